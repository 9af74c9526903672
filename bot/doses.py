"""Recognise dose amounts and redosing timings in text.

One detector serves three places that must agree: `hrbot kb check` (no dose in the
content), the policy (a question asking for an amount) and the last gate (no dose in
any reply). It errs on the side of flagging: a false alarm costs a rephrase, a miss
can cost a life.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUMBER = r"(?:\d+(?:[.,]\d+)?(?:\s*(?:-|–|to)\s*\d+(?:[.,]\d+)?)?|\d+\s*/\s*\d+|[½¼¾⅓⅔])"
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|half|quarter"
    r"|a\s+half|a\s+quarter|a\s+couple(?:\s+of)?|couple\s+of|a\s+few)"
)
_MASS_OR_VOLUME = (
    r"(?:mg|milligrams?|mcg|µg|μg|ug|micrograms?|g|grams?|gr|gs|ml|mls|millilit(?:re|er)s?|cc|cl|oz|ounces?"
    r"|units?|mg/kg|µg/kg|μg/kg|ug/kg|mcg/kg|g/kg|ml/kg)"
)
_COUNTED = (
    r"(?:tabs?|tablets?|pills?|caps?|capsules?|hits?|points?|pts|bumps?|lines?|drops?|puffs?|balloons?"
    r"|blotters?|squares?|tokes?|shots?|drinks?|caps|grams?|spoons?|teaspoons?|scoops?|keys?)"
)
# "at one point" is ordinary English; with a number word, "points" is not counted.
_COUNTED_AFTER_WORD = _COUNTED.replace("|points?|pts", "")
_PER_WEIGHT = r"(?:per\s+(?:kg|kilo(?:gram)?s?|pound|lb|body\s*weight)|/\s*kg\b)"
_TIME = r"(?:min(?:ute)?s?|h|hrs?|hours?)"
_REDOSE = (
    r"(?:re-?dos\w*|top(?:ping)?[\s-]+up|another\s+(?:dose|hit|line|bump|pill|tab)|next\s+dose"
    r"|between\s+doses|dose\s+again|take\s+more)"
)

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("amount", re.compile(rf"(?<![\w-]){_NUMBER}\s*{_MASS_OR_VOLUME}(?![\w])", re.IGNORECASE)),
    ("amount", re.compile(rf"(?<![\w-]){_NUMBER}\s*(?:an?\s+|of\s+a\s+)?{_COUNTED}(?![\w])", re.IGNORECASE)),
    ("amount", re.compile(rf"\b{_NUMBER_WORD}\s+(?:a\s+|of\s+a\s+)?{_COUNTED_AFTER_WORD}\b", re.IGNORECASE)),
    ("amount", re.compile(rf"\b{_NUMBER_WORD}\s+(?:a\s+|of\s+a\s+)?(?:g|gs|grams?|mg|ml|mls)\b", re.IGNORECASE)),
    ("per-weight", re.compile(rf"{_NUMBER}?\s*\w*\s*{_PER_WEIGHT}", re.IGNORECASE)),
    ("redose-timing", re.compile(rf"{_REDOSE}[^.?!\n]{{0,40}}?{_NUMBER}\s*{_TIME}\b", re.IGNORECASE)),
    ("redose-timing", re.compile(rf"\b{_NUMBER}\s*{_TIME}\b[^.?!\n]{{0,30}}?{_REDOSE}", re.IGNORECASE)),
)


@dataclass(frozen=True)
class DoseMention:
    kind: str
    text: str
    start: int
    end: int


def find_dose_mentions(text: str) -> list[DoseMention]:
    """Return every dose amount, per-weight amount or redosing timing in `text`."""
    found = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if match.group(0).strip():
                found.append(DoseMention(kind, match.group(0).strip(), match.start(), match.end()))
    return sorted(found, key=lambda m: m.start)


def contains_dose(text: str) -> bool:
    return bool(find_dose_mentions(text))
