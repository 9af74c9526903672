"""Case-insensitive patterns that lower the text once instead of folding case at every step.

With `re.IGNORECASE` the regular-expression engine folds the case of each character it compares, and cannot
skip ahead on a pattern's first letters. The policy reads every message with a few hundred such patterns, so on
a 2,000-character message that folding was most of the policy's time. Lowering the text once and matching a
lower-cased pattern finds the same matches two to five times faster.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def _lowered(source: str) -> str:
    """The pattern's source with its letters lower-cased, escapes (`\\S`, `\\W`, `\\B`) left as written."""
    out, chars = [], iter(source)
    for char in chars:
        if char == "\\":
            out.append(char + next(chars, ""))
        else:
            out.append(char.lower())
    return "".join(out)


class Caseless:
    """A compiled pattern, case-insensitive, read-only: `search`, `match`, `fullmatch` and `sub`.

    Matches are found in the lower-cased text, so their positions hold for the text as given, and their
    groups are lower case. A text whose lower-case form has another length (a dotted capital I) is matched
    the slow way, with `re.IGNORECASE`, so positions always hold.
    """

    __slots__ = ("_lower", "_exact")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._lower = re.compile(_lowered(source), flags & ~re.IGNORECASE)
        self._exact = re.compile(source, flags | re.IGNORECASE)

    @property
    def pattern(self) -> str:
        return self._exact.pattern

    def _read(self, text: str) -> tuple[re.Pattern[str], str]:
        lowered = text.lower()
        return (self._lower, lowered) if len(lowered) == len(text) else (self._exact, text)

    def search(self, text: str) -> re.Match[str] | None:
        pattern, read = self._read(text)
        return pattern.search(read)

    def match(self, text: str) -> re.Match[str] | None:
        pattern, read = self._read(text)
        return pattern.match(read)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        pattern, read = self._read(text)
        return pattern.fullmatch(read)

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str) -> str:
        """Replace every match; the text between matches keeps its case."""
        pattern, read = self._read(text)
        if pattern is self._exact:
            return pattern.sub(repl, text)
        out, last = [], 0
        for found in pattern.finditer(read):
            out += [text[last:found.start()], repl(found) if callable(repl) else found.expand(repl)]
            last = found.end()
        out.append(text[last:])
        return "".join(out)


def caseless(source: str, flags: int = 0) -> Caseless:
    """`re.compile(source, flags | re.IGNORECASE)`, faster on long text."""
    return Caseless(source, flags)


def any_of(*sources: str) -> Caseless:
    """One caseless pattern that matches where any of `sources` does: a family of phrasings, one per line."""
    return caseless("|".join(f"(?:{source})" for source in sources))
