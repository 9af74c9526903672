"""What a sentence of the knowledge base is: the unit the bot quotes, cites and searches.

The composer quotes whole sentences and the index embeds each one, so both must split
text the same way; this module is that one definition.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.kb.model import Section

_ABBREVIATIONS = ("e.g.", "i.e.", "U.S.", "U.K.", "Dr.", "St.", "vs.", "etc.", "approx.", "No.")
_BOUNDARY = re.compile(r"(?<=[.!?])(?P<close>[\"”’)]?)\s+(?=[A-Z0-9\"“‘(])")


@dataclass(frozen=True)
class Sentence:
    section: Section
    start: int
    end: int
    position: int

    @property
    def text(self) -> str:
        return self.section.text[self.start : self.end]


def split_sentences(section: Section) -> list[Sentence]:
    """Split a section's text into sentences, keeping their offsets in the text."""
    text = section.text
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start() + len(match.group("close"))
        if text[start:end].endswith(_ABBREVIATIONS):
            continue
        sentences.append(Sentence(section, start, end, len(sentences)))
        start = match.end()
    if text[start:].strip():
        sentences.append(Sentence(section, start, len(text.rstrip()), len(sentences)))
    return sentences
