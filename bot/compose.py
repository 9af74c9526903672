"""Build replies from knowledge-base sentences, each followed by its citation marker.

Extractive on purpose: the bot never writes a claim of its own, so every factual
sentence it sends is a sentence of the knowledge base and its `[n]` points at the
source that section names, with the exact text quoted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.kb.model import KnowledgeBase, Section
from bot.reply import Citation, Interaction, Quote, Reply
from bot.sentences import Sentence, split_sentences


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
        sentence_vectors: dict[str, np.ndarray] | None = None,
        sentence_id: Callable[[str], str] | None = None,
    ) -> None:
        self.kb = kb
        self.embeddings = embeddings
        self.max_words = max_words
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
        min_similarity: float = 0.2,
    ) -> list[Sentence]:
        """The sentences of `sections` that best answer the question, in reading order.

        `sections` come best first, and the caller chooses how many, so how many places an
        answer cites. Each section's best sentence comes in first, so every retrieved section
        that bears on the question is heard and cited; the rest of the word budget goes to the
        best-scoring sentences, with a lift for the best section so the answer reads mostly
        from one place. Sentences barely related to the question are left out.
        """
        max_words = max_words or self.max_words
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
        by_score = sorted(range(len(candidates)), key=lambda i: scores[i], reverse=True)
        best_of_section: dict[str, int] = {}
        for i in by_score:
            best_of_section.setdefault(candidates[i].section.key, i)
        seeds = [best_of_section[s.key] for s in sections if s.key in best_of_section]
        order = [*seeds, *(i for i in by_score if i not in seeds)]
        chosen: list[Sentence] = []
        words = 0
        for i in order:
            sentence = candidates[i]
            if chosen and similarity[i] < min_similarity:
                continue
            length = len(sentence.text.split())
            if chosen and words + length > max_words:
                continue
            chosen.append(sentence)
            words += length
        return sorted(chosen, key=lambda s: (rank_of[s.section.key], s.position))

    def leading(
        self, sections: Sequence[Section], *, max_words: int, max_sources: int, per_section: int | None = None
    ) -> list[Sentence]:
        """Sentences in document order from the first sections: for step-by-step guidance.

        `per_section` keeps a long first section ("Recognise ...") from using up the words
        before the next one ("What to do now") is reached.
        """
        chosen: list[Sentence] = []
        sources: list[str] = []
        words = 0
        for section in sections:
            new_sources = [sid for sid in section.source_ids if sid not in sources]
            if chosen and len(sources) + len(new_sources) > max_sources:
                continue
            for sentence in split_sentences(section)[:per_section]:
                length = len(sentence.text.split())
                if chosen and words + length > max_words:
                    return chosen
                chosen.append(sentence)
                words += length
            sources += new_sources
        return chosen

    # -- building replies ---------------------------------------------------------------

    def cite(self, sentences: Sequence[Sentence], *, first_n: int = 1) -> tuple[list[str], list[Citation]]:
        """Marked sentence texts and their citations: one number per source, however many sections use it.

        Each citation quotes, for every section the reply drew on that names the source, the span
        of that section's text from the first to the last sentence used.
        """
        spans: dict[str, tuple[int, int]] = {}
        for sentence in sentences:
            start, end = spans.get(sentence.section.key, (sentence.start, sentence.end))
            spans[sentence.section.key] = (min(start, sentence.start), max(end, sentence.end))
        numbers: dict[str, int] = {}
        quoted: dict[str, list[Quote]] = {}
        seen: set[tuple[str, str]] = set()
        texts = []
        for sentence in sentences:
            section = sentence.section
            for source_id in section.source_ids:
                numbers.setdefault(source_id, first_n + len(numbers))
                if (source_id, section.key) not in seen:
                    seen.add((source_id, section.key))
                    start, end = spans[section.key]
                    quoted.setdefault(source_id, []).append(
                        Quote(doc_id=section.doc_id, section=section.heading, text=section.text[start:end])
                    )
            markers = "".join(f"[{numbers[sid]}]" for sid in dict.fromkeys(section.source_ids))
            texts.append(with_marker(sentence.text, markers))
        citations = []
        for source_id, n in numbers.items():
            source, first = self.kb.sources[source_id], quoted[source_id][0]
            citations.append(
                Citation(
                    n=n, source_id=source_id, title=source.title, publisher=source.publisher, url=source.url,
                    doc_id=first.doc_id, section=first.section, quote=first.text, quotes=quoted[source_id],
                )
            )
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

