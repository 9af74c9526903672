"""Caseless patterns find what `re.IGNORECASE` finds, at the same places."""

from __future__ import annotations

import re

import pytest

from bot.caseless import any_of, caseless

PATTERNS = [
    r"\bhow\s+much\b",
    r"\bMDMA\b|\bKetamine\s+\w+",  # upper-case letters in the pattern itself
    r"\S+\s+\W\B",  # upper-case escapes keep their meaning
    r"[A-Z]{2,}\d",
    r"stra(?:ß|ss)e",
    r"(?<!rat\s)poison\b(?!\s+control)",
]
TEXTS = [
    "How MUCH is too much?",
    "mdma and KETAMINE together",
    "ab !!",
    "ABC1 and xyz2",
    "STRASSE oder Straße",
    "RAT POISON, or Poison Control, or poison",
    "İstanbul: HOW MUCH",  # a dotted capital I lowers to two characters
    "",
]


@pytest.mark.parametrize("source", PATTERNS)
@pytest.mark.parametrize("text", TEXTS)
def test_the_same_matches_as_ignorecase(source: str, text: str) -> None:
    exact, fast = re.compile(source, re.IGNORECASE), caseless(source)
    for method in ("search", "match", "fullmatch"):
        expected, found = getattr(exact, method)(text), getattr(fast, method)(text)
        assert (expected is None) == (found is None), method
        if expected is not None:
            assert expected.span() == found.span(), method


def test_sub_keeps_the_case_of_the_text_between_matches() -> None:
    pattern = caseless(r"\bcoca[\s-]?cola\b")
    assert pattern.sub(" drink ", "Is COCA-COLA with Ketamine OK") == "Is  drink  with Ketamine OK"
    assert pattern.sub(lambda m: m.group(0).upper(), "a coca cola") == "a COCA COLA"


def test_sub_on_text_whose_length_changes_when_lowered() -> None:
    assert caseless(r"\bcola\b").sub("x", "İ COLA") == re.sub(r"\bcola\b", "x", "İ COLA", flags=re.I)


def test_the_source_is_kept_as_written() -> None:
    assert caseless(r"\bMDMA\S").pattern == r"\bMDMA\S"


def test_any_of_matches_where_any_of_its_phrasings_does() -> None:
    family = any_of(r"\bcoca[\s-]?cola\b", r"\bdiet\s+coke\b")
    assert family.pattern == r"(?:\bcoca[\s-]?cola\b)|(?:\bdiet\s+coke\b)"
    assert family.search("a DIET Coke please") and family.search("Coca-Cola") and not family.search("coke")
