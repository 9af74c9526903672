"""Build replies from knowledge-base sentences, each followed by its citation marker.

Extractive on purpose: the bot never writes a claim of its own, so every factual
sentence it sends is a sentence of the knowledge base and its `[n]` points at the
source that section names, with the exact text quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.kb.model import KnowledgeBase, Section
from bot.reply import Citation, Interaction, Reply

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


def with_marker(sentence: str, markers: str) -> str:
    """Put the markers before the closing punctuation: 'X is Y [1].'"""
    match = re.search(r"([.!?][\"”’)]?)$", sentence)
    if not match:
        return f"{sentence} {markers}"
    return f"{sentence[: match.start()]} {markers}{match.group(1)}"


class Composer:
    """Chooses sentences and numbers citations; holds a cache of sentence embeddings."""

    def __init__(
        self,
        kb: KnowledgeBase,
        embeddings: Embeddings,
        *,
        max_words: int,
        max_sources: int,
        sentence_vectors: dict[str, np.ndarray] | None = None,
        sentence_id: Callable[[str], str] | None = None,
    ) -> None:
        self.kb = kb
        self.embeddings = embeddings
        self.max_words = max_words
        self.max_sources = max_sources
        self._stored = sentence_vectors or {}
        self._sentence_id = sentence_id
        self._vectors: dict[str, np.ndarray] = {}

    # -- choosing sentences -------------------------------------------------------------

    def _sentence_vectors(self, sentences: Sequence[Sentence]) -> np.ndarray:
        """Stored embeddings from the index; anything missing (a stale index) is embedded once and kept."""
        if self._sentence_id:
            for s in sentences:
                if s.text not in self._vectors and (stored := self._stored.get(self._sentence_id(s.text))) is not None:
                    self._vectors[s.text] = stored
        missing = [s.text for s in sentences if s.text not in self._vectors]
        if missing:
            for text, vector in zip(missing, self.embeddings.embed_documents(missing), strict=True):
                self._vectors[text] = np.asarray(vector, dtype=np.float32)
        return np.stack([self._vectors[s.text] for s in sentences])

    def pick(
        self,
        question_vector: Sequence[float],
        sections: Sequence[Section],
        *,
        max_words: int | None = None,
        max_sources: int | None = None,
        min_similarity: float = 0.2,
    ) -> list[Sentence]:
        """The sentences of `sections` that best answer the question, in reading order.

        `sections` come best first. The best section gets a clear lift, so an answer reads
        mostly from one place and borrows only its most relevant sentences from the others;
        sentences barely related to the question are left out.
        """
        max_words = max_words or self.max_words
        max_sources = max_sources or self.max_sources
        candidates = [s for section in sections for s in split_sentences(section)]
        if not candidates:
            return []
        similarity = self._sentence_vectors(candidates) @ np.asarray(question_vector, dtype=np.float32)
        rank_of = {section.key: rank for rank, section in enumerate(sections)}
        lift = (0.15, 0.05)
        scores = [
            float(sim) + (lift[rank_of[s.section.key]] if rank_of[s.section.key] < len(lift) else 0.0)
            for s, sim in zip(candidates, similarity, strict=True)
        ]
        order = sorted(range(len(candidates)), key=lambda i: scores[i], reverse=True)
        chosen: list[Sentence] = []
        sources: list[str] = []
        words = 0
        for i in order:
            sentence = candidates[i]
            if chosen and similarity[i] < min_similarity:
                continue
            length = len(sentence.text.split())
            new_sources = [sid for sid in sentence.section.source_ids if sid not in sources]
            if chosen and (words + length > max_words or len(sources) + len(new_sources) > max_sources):
                continue
            chosen.append(sentence)
            sources += new_sources
            words += length
        return sorted(chosen, key=lambda s: (rank_of[s.section.key], s.position))

    def leading(self, sections: Sequence[Section], *, max_words: int, max_sources: int) -> list[Sentence]:
        """Sentences in document order from the first sections: for step-by-step guidance."""
        chosen: list[Sentence] = []
        sources: list[str] = []
        words = 0
        for section in sections:
            new_sources = [sid for sid in section.source_ids if sid not in sources]
            if chosen and len(sources) + len(new_sources) > max_sources:
                continue
            for sentence in split_sentences(section):
                length = len(sentence.text.split())
                if chosen and words + length > max_words:
                    return chosen
                chosen.append(sentence)
                words += length
            sources += new_sources
        return chosen

    # -- building replies ---------------------------------------------------------------

    def cite(self, sentences: Sequence[Sentence], *, first_n: int = 1) -> tuple[list[str], list[Citation]]:
        """Marked sentence texts and their citations: one citation per (section, source)."""
        citations: list[Citation] = []
        numbers: dict[tuple[str, str], int] = {}
        spans: dict[str, tuple[int, int]] = {}
        for sentence in sentences:
            start, end = spans.get(sentence.section.key, (sentence.start, sentence.end))
            spans[sentence.section.key] = (min(start, sentence.start), max(end, sentence.end))
        texts = []
        for sentence in sentences:
            section = sentence.section
            markers = []
            for source_id in section.source_ids:
                key = (section.key, source_id)
                if key not in numbers:
                    numbers[key] = first_n + len(citations)
                    source = self.kb.sources[source_id]
                    start, end = spans[section.key]
                    citations.append(
                        Citation(
                            n=numbers[key],
                            source_id=source_id,
                            title=source.title,
                            publisher=source.publisher,
                            url=source.url,
                            doc_id=section.doc_id,
                            section=section.heading,
                            quote=section.text[start:end],
                        )
                    )
                markers.append(f"[{numbers[key]}]")
            texts.append(with_marker(sentence.text, "".join(markers)))
        return texts, citations

    def reply(
        self,
        *,
        kind: str,
        reason: str | None,
        sentences: Sequence[Sentence],
        before: Sequence[str] = (),
        after: Sequence[str] = (),
        substances: Sequence[str] = (),
        interaction: Interaction | None = None,
        jurisdiction: str | None = None,
        lead: Sequence[Sentence] = (),
    ) -> Reply:
        """A reply whose text is: fixed sentences `before`, cited `lead` and `sentences`, then `after`."""
        marked, citations = self.cite([*lead, *sentences])
        text = " ".join([*before, *marked, *after]).strip()
        return Reply(
            kind=kind,  # type: ignore[arg-type]
            reason=reason,
            text=text,
            citations=citations,
            substances=list(substances),
            interaction=interaction,
            jurisdiction=jurisdiction,
        )

