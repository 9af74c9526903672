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


# Chosen on the tuning cases (evals/cases/factual.yaml), never on the fresh blind sets: see docs/quality.md.
RELATIVE_FLOOR = 0.6  # chosen on the tuning cases: the highest floor that keeps gold source hit >= 0.95
SEED_SECTIONS = 2  # the best sentence of each of the first this many sections is always heard
MMR_LAMBDA = 0.7  # relevance against novelty when choosing each further sentence
DUPLICATE_COSINE = 0.9  # two sentences this similar say the same thing: keep one
SECTION_LIFT = (0.15, 0.05)  # the best sections' sentences count this much more
_WORD = re.compile(r"[a-z0-9]+")
_STOP = frozenset(
    "a an and are as at be been but by can could do does for from had has have how i if in into is it its "
    "me my of on or so than that the their them then there these they this to was we were what when where "
    "which while who why will with would you your about any some much many not no also more most may".split()
)


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def near_duplicate(a: str, b: str, *, share: float = 0.8) -> bool:
    """Whether most content words of the shorter sentence also appear in the other."""
    wa, wb = content_words(a), content_words(b)
    shorter, longer = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return bool(shorter) and len(shorter & longer) / len(shorter) >= share


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
        relative_floor: float | None = None,
    ) -> list[Sentence]:
        """The sentences of `sections` that answer the question: the best one first, then the rest in reading order.

        `sections` come best first (a small lift keeps the answer mostly in the best section).
        A sentence is kept only when it is about the question: at least `min_similarity`, and at
        least `relative_floor` times as similar as the best sentence, so a sharp question does
        not get padded with loosely related facts. Among those, selection is MMR-style (Carbonell
        and Goldstein, 1998): each next sentence trades relevance against similarity to what is
        already chosen, and a near-duplicate of a chosen sentence is never added. No minimum
        length: one sentence that answers beats three that wander.
        """
        max_words = max_words or self.max_words
        candidates = [s for section in sections for s in split_sentences(section)]
        if not candidates:
            return []
        vectors = self._sentence_vectors(candidates)
        similarity = vectors @ np.asarray(question_vector, dtype=np.float32)
        rank_of = {section.key: rank for rank, section in enumerate(sections)}
        scores = similarity + np.asarray(
            [SECTION_LIFT[rank_of[s.section.key]] if rank_of[s.section.key] < len(SECTION_LIFT) else 0.0
             for s in candidates], dtype=np.float32,
        )
        best = int(np.argmax(scores))
        floor = max(min_similarity, (RELATIVE_FLOOR if relative_floor is None else relative_floor) * float(similarity[best]))
        chosen = [best]
        # The best sentence of each of the first SEED_SECTIONS sections is heard too: retrieval's second
        # choice is often the one that answers (chosen on the tuning cases, for gold source hit).
        for section in sections[:SEED_SECTIONS]:
            own = [i for i in range(len(candidates)) if candidates[i].section.key == section.key]
            top = max(own, key=lambda i: scores[i], default=None)
            if (
                top is not None and top not in chosen and similarity[top] >= min_similarity
                and not any(near_duplicate(candidates[top].text, candidates[c].text) for c in chosen)
            ):
                chosen.append(top)
        words = sum(len(candidates[i].text.split()) for i in chosen)
        pool = [i for i in np.argsort(-scores) if i not in chosen and similarity[i] >= floor]
        while pool:
            overlap = (vectors[pool] @ vectors[chosen].T).max(axis=1)
            mmr = MMR_LAMBDA * scores[pool] - (1 - MMR_LAMBDA) * overlap
            order = np.argsort(-mmr)
            taken = None
            for j in order:
                i = pool[j]
                if overlap[j] >= DUPLICATE_COSINE or any(
                    near_duplicate(candidates[i].text, candidates[c].text) for c in chosen
                ):
                    continue
                if words + len(candidates[i].text.split()) > max_words:
                    continue
                taken = i
                break
            if taken is None:
                break
            chosen.append(taken)
            words += len(candidates[taken].text.split())
            pool = [i for i in pool if i != taken]
        rest = sorted(chosen[1:], key=lambda i: (rank_of[candidates[i].section.key], candidates[i].position))
        return [candidates[best], *(candidates[i] for i in rest)]

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
        interactions: Sequence[Interaction] = (),
        jurisdiction: str | None = None,
        lead: Sequence[Sentence] = (),
        situation: str | None = None,
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
            interactions=list(interactions),
            jurisdiction=jurisdiction,
            situation=situation,
        )

