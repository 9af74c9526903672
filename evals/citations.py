"""Citation checks: are the citations valid, and do the quotes they carry support the sentences?

Validity is exact: `[n]` markers and citations match one to one, every quote is verbatim text
of the section it names, and every URL is in the bibliography (`knowledge/sources.yaml`).

Support is a deterministic proxy for ALCE's citation recall (Gao et al., 2023), which asks an
NLI model whether the cited passages entail each sentence. Here a sentence is supported when,
with its markers removed, it is contained in the concatenated quotes of its citations, or
when at least `SUPPORT_OVERLAP` of its content words occur in them. `docs/quality.md`
explains the measure and what it cannot see.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.kb.model import KnowledgeBase, Section
from bot.kb.tables import (
    crisis_line_sections,
    emergency_number_section,
    interaction_section,
    legal_section,
    numbers_by_group,
    poison_line_sections,
)
from bot.reply import Reply

MARKER = re.compile(r"\[(\d+)\]")
SUPPORT_OVERLAP = 0.8
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“‘(])")
_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset(
    "a an and are as at be been but by can could do does for from had has have how i if in into is it its "
    "me my of on or so than that the their them then there these they this to was we were what when where "
    "which while who why will with would you your about any some much many not no also more most may".split()
)


@dataclass(frozen=True)
class SectionTexts:
    """The text of every section a reply may quote, by `(doc_id, section heading)`."""

    texts: dict[tuple[str, str], str]
    bibliography: frozenset[str]

    @classmethod
    def from_kb(cls, kb: KnowledgeBase) -> SectionTexts:
        sections: list[Section] = list(kb.vetted_sections())
        sections += [interaction_section(kb, entry) for entry in kb.interactions]
        sections += [legal_section(kb, entry) for entry in kb.legal]
        sections += numbers_by_group(kb)
        for place in kb.jurisdictions.values():
            sections.append(emergency_number_section(place))
            sections += crisis_line_sections(place)
            sections += poison_line_sections(place)
        return cls(
            texts={(s.doc_id, s.heading): s.text for s in sections},
            bibliography=frozenset(source.url for source in kb.sources.values()),
        )


def citation_problems(reply: Reply, sections: SectionTexts) -> list[str]:
    """Why the reply's citations are invalid; an empty list means they are valid."""
    problems: list[str] = []
    markers = {int(n) for n in MARKER.findall(reply.text)}
    numbers = [c.n for c in reply.citations]
    if len(numbers) != len(set(numbers)):
        problems.append(f"citation numbers repeat: {numbers}")
    if markers - set(numbers):
        problems.append(f"markers without a citation: {sorted(markers - set(numbers))}")
    if set(numbers) - markers:
        problems.append(f"citations without a marker: {sorted(set(numbers) - markers)}")
    sources = [c.source_id for c in reply.citations]
    if len(sources) != len(set(sources)):
        problems.append(f"a source has more than one number: {sources}")
    for citation in reply.citations:
        quotes = [(q.doc_id, q.section, q.text) for q in citation.quotes] or [
            (citation.doc_id, citation.section, citation.quote)
        ]
        if citation.quotes and (citation.doc_id, citation.section, citation.quote) != quotes[0]:
            problems.append(f"[{citation.n}] doc_id, section and quote are not its first quote")
        for doc_id, section, quote in quotes:
            text = sections.texts.get((doc_id, section))
            if text is None:
                problems.append(f"[{citation.n}] cites an unknown section {doc_id}#{section}")
            elif not quote or quote not in text:
                problems.append(f"[{citation.n}] quote is not verbatim text of {doc_id}#{section}")
        if citation.url not in sections.bibliography:
            problems.append(f"[{citation.n}] URL not in the bibliography: {citation.url}")
    return problems


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def content_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS]


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def supports(sentence: str, quotes: Iterable[str]) -> bool:
    """Whether `quotes` support `sentence` (markers already removed): containment, else word overlap."""
    evidence = _squash(" ".join(quotes))
    claim = _squash(sentence).rstrip(".!?")
    if claim and claim in evidence:
        return True
    words = content_words(sentence)
    if not words:
        return False
    present = set(content_words(evidence))
    return sum(w in present for w in words) / len(words) >= SUPPORT_OVERLAP


@dataclass(frozen=True)
class SupportCount:
    supported: int
    claims: int
    unsupported: tuple[str, ...] = ()


def sentence_support(reply: Reply, *, framing: Iterable[re.Pattern[str]] = ()) -> SupportCount:
    """Count the reply's claim sentences and how many of them their cited quotes support.

    Every sentence is a claim except an unmarked one that matches a `framing` pattern (the
    bot's fixed, fact-free sentences); an unmarked claim is unsupported, as in ALCE.
    """
    quotes = {c.n: " ".join(q.text for q in c.quotes) or c.quote for c in reply.citations}
    patterns = list(framing)
    supported, claims, unsupported = 0, 0, []
    for sentence in split_sentences(reply.text):
        cited = [int(n) for n in MARKER.findall(sentence)]
        bare = " ".join(MARKER.sub("", sentence).split()).replace(" .", ".").replace(" ,", ",")
        if not cited and any(p.fullmatch(bare) for p in patterns):
            continue
        claims += 1
        if cited and supports(bare, [quotes.get(n, "") for n in cited]):
            supported += 1
        else:
            unsupported.append(bare)
    return SupportCount(supported, claims, tuple(unsupported))


def framing_patterns(texts: Iterable[str]) -> list[re.Pattern[str]]:
    """One pattern per sentence of the fixed texts; `{placeholders}` match any words."""
    patterns = []
    for text in texts:
        for sentence in split_sentences(text):
            parts = re.split(r"\{[^}]*\}", sentence)
            patterns.append(re.compile(".+?".join(re.escape(p) for p in parts), re.IGNORECASE))
    return patterns
