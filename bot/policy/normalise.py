"""Fold text into a form the policy can read, however it was disguised.

The folded text is for detection only; replies never show it.
"""

from __future__ import annotations

import re
import unicodedata

ZERO_WIDTH = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# Cyrillic and Greek letters that look like Latin ones ("dоse" with a Cyrillic о).
CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅαβεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdqwABEKMHOPCTXIJSabeiknoptuxABEHIKMNOPTYX",
)
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
SPACED_LETTERS = re.compile(r"\b(?:[a-z][\s._*\-]{1,3}){2,}[a-z]\b", re.IGNORECASE)
REPEATS = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)


def _printable(text: str) -> str:
    """Drop control characters and lone surrogates (from binary input): they break tokenizers."""
    return "".join(
        ch if unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn") or ch in "\t\n\r" else " " for ch in text
    )


def clean(text: str) -> str:
    """Unicode NFKC, control and zero-width characters removed, look-alike letters mapped, spaces folded."""
    text = unicodedata.normalize("NFKC", _printable(text))
    text = ZERO_WIDTH.sub("", text).translate(CONFUSABLES)
    return " ".join(text.split())


def _join_spaced(match: re.Match[str]) -> str:
    return re.sub(r"[\s._*\-]", "", match.group(0))


def _unleet_word(word: str) -> str:
    # Only words that mix letters and digits are leetspeak ("d0se"); "2024" and "5" stay numbers.
    if re.search(r"[a-z]", word, re.IGNORECASE) and re.search(r"[0-9@$]", word):
        if not re.fullmatch(r"\d+(?:mg|g|ml|mcg|ug|µg|kg|x|s)?", word, re.IGNORECASE):
            return word.translate(LEET)
    return word


def fold(text: str) -> str:
    """`clean`, then leetspeak and spaced-out letters folded, lower-cased: detection only."""
    text = clean(text)
    text = " ".join(_unleet_word(w) for w in text.split())
    text = SPACED_LETTERS.sub(_join_spaced, text)
    text = REPEATS.sub(r"\1\1", text)
    return text.lower()
