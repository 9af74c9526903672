"""Find the sections that answer a question: four ranked lists fused, then preferences.

Dense similarity of whole sections (stored in Chroma, searched in memory), BM25 over each section's text and its
hand-written questions, similarity to those questions (doc2query written by hand: people
word questions nothing like our prose), and similarity of single sentences (one sentence
can answer a question its broader section does not look like) are fused by weighted
reciprocal rank; on top of that, sections about the substances the question names, and of
the topic its words point to, move up a few ranks. Each hit carries its best sentence and
question similarity for the answer-or-abstain decision. Chroma stores the embeddings (one
directory, or a server shared by many workers); each worker loads them once and every search
is one exact matrix product, about ten times quicker than a Chroma query for a knowledge base
of this size.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from langchain_community.retrievers import BM25Retriever
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
import numpy as np
from pydantic import ConfigDict

from bot.index import SectionIndex
from bot.kb.model import Section
from bot.sentences import split_sentences

RRF_C = 60
STRONG_QUESTION = 0.8  # a message this close to a section's own question is about that section
# RRF scores differ by about 0.0003 between neighbouring ranks, so each preference is worth a few ranks.
SUBSTANCE_BONUS = 0.001
TOPIC_BONUS = 0.001
OVERVIEW_PENALTY = 0.001  # "What MDMA is" yields to the section on what was asked, unless that was what it is
# A message that nearly repeats one of a section's own questions leads with that section, however few of the
# other lists found it: "do you put something in their mouth during a fit" is the seizure guide's own question.
# Chosen on the gate and factual tuning sets 1 and 2: from 0.8 it cost gold-source hits; from 0.9 it is neutral there.
QUESTION_BONUS, QUESTION_BONUS_FROM = 0.01, 0.9
# A rare word of the message in a section's heading ("FDA" in "The FDA decision in August 2024") says what the
# section is about more surely than either fused list: rare means in at most RARE_HEADING_DF headings. Chosen on the
# gate's factual cases and factual tuning sets 1 and 2 (gold hit / hit@3): none .971/.971, .895/.796; 0.0005 at 3
# .975/.978, .904/.805; 0.001 at 1, 2, 3, 5 and 0.002 at 3 were no better on both.
HEADING_TERM_BONUS, RARE_HEADING_DF = 0.0005, 3
STOPWORDS = frozenset(
    "a an and are as at be but by can could do does for from had has have how i if in into is it its "
    "me my of on or so than that the their them then there these they this to was we were what when "
    "where which while who why will with would you your about any some much many".split()
)


def diversify(hits: list[Hit], *, per_document: int, keep_question: float = STRONG_QUESTION) -> list[Hit]:
    """Best first, but at most `per_document` sections of one document before any repeats.

    Answers draw on the top few sections; letting one document fill them all hides the
    others (a question about MDMA and water should see the hyponatremia guide too). A section
    one of whose own questions the message nearly repeats is never pushed back: "what did the
    FDA say about MDMA therapy" must reach "The FDA decision", even when a broader section of
    the same document ranks above it.
    """
    first, rest, seen = [], [], {}
    for hit in hits:
        count = seen.get(hit.section.doc_id, 0)
        (first if count < per_document or hit.question_similarity >= keep_question else rest).append(hit)
        seen[hit.section.doc_id] = count + 1
    return first + rest


def each_named_first(sections: Sequence[Section], substances: Sequence[str]) -> list[Section]:
    """The best section about each substance named, in the order named, then the rest best first.

    "ritalin vs adderall": a comparison needs both sides, though search may rank one drug's sections
    above everything about the other.
    """
    first: list[Section] = []
    for substance in substances:
        best = next((s for s in sections if substance in s.substances and s not in first), None)
        if best is not None:
            first.append(best)
    return first + [s for s in sections if s not in first]


# BM25 scores every section once per query term: a 2,000-character message would cost ~100 ms. Real questions
# have far fewer terms, so the cap changes nothing for them.
MAX_SPARSE_TERMS = 32


def tokenize(text: str) -> list[str]:
    return [t for t in re.findall(r"[a-z0-9]+", text.lower()) if t not in STOPWORDS]


@dataclass(frozen=True)
class Hit:
    section: Section
    score: float
    similarity: float  # dense cosine similarity of the section; 0.0 when the dense search missed it
    sentence_similarity: float = 0.0  # of its best-matching sentence
    question_similarity: float = 0.0  # of its best-matching `Questions:` entry; 0.0 when it has none


@dataclass(frozen=True)
class Weights:
    """How much each ranked list counts in the fusion (chosen on the tuning cases; see docs/quality.md)."""

    dense: float = 0.5
    bm25: float = 0.1
    questions: float = 0.25
    sentences: float = 0.15


@dataclass(frozen=True)
class Rankings:
    """What each retriever found for one query: ranked section keys, and the similarities behind them."""

    dense: list[str]
    bm25: list[str]
    questions: list[str]
    sentences: list[str]
    dense_similarity: dict[str, float]
    question_similarity: np.ndarray  # per section, in `HybridRetriever.keys` order
    sentence_similarity: np.ndarray
    terms: frozenset[str] = frozenset()  # the query's words, for the heading-word bonus


class _Matrix:
    """Embeddings held in memory with the section(s) each row belongs to: exact search in one product."""

    def __init__(self, vectors: dict[str, np.ndarray], owners: dict[str, tuple[str, ...]], keys: list[str]) -> None:
        column = {key: i for i, key in enumerate(keys)}
        rows, owner_rows, owner_cols = [], [], []
        for item_id, sections in owners.items():
            vector = vectors.get(item_id)
            if vector is None:
                continue
            for key in sections:
                owner_rows.append(len(rows))
                owner_cols.append(column[key])
            rows.append(vector)
        self.matrix = np.stack(rows).astype(np.float32) if rows else np.zeros((0, 1), dtype=np.float32)
        # Row-section pairs grouped by section, so one `reduceat` takes each section's best (`np.maximum.at`,
        # its unbuffered equivalent, cost several milliseconds a query).
        order = np.argsort(np.asarray(owner_cols, dtype=np.int64), kind="stable")
        self.rows = np.asarray(owner_rows, dtype=np.int64)[order]
        cols = np.asarray(owner_cols, dtype=np.int64)[order]
        self.sections, self.starts = np.unique(cols, return_index=True)
        self.width = len(keys)

    def best_per_section(self, vector: np.ndarray) -> np.ndarray:
        """For every section, the similarity of its best row (0.0 for sections with none)."""
        best = np.zeros(self.width, dtype=np.float32)
        if len(self.rows):
            scores = (self.matrix @ np.asarray(vector, dtype=np.float32))[self.rows]
            best[self.sections] = np.maximum(np.maximum.reduceat(scores, self.starts), 0.0)
        return best


def rare_heading_terms(sections: Sequence[Section]) -> dict[str, frozenset[str]]:
    """Each section's heading words that head at most RARE_HEADING_DF sections (sections with none are left out)."""
    words = {s.key: frozenset(tokenize(s.heading)) for s in sections}
    count = Counter(word for heading in words.values() for word in heading)
    rare = {key: frozenset(w for w in heading if count[w] <= RARE_HEADING_DF) for key, heading in words.items()}
    return {key: terms for key, terms in rare.items() if terms}


def weighted_rrf(rankings: Sequence[Sequence[str]], weights: Sequence[float], *, c: int = RRF_C) -> list[str]:
    """Weighted reciprocal rank fusion (Cormack et al., 2009): keys best first."""
    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, key in enumerate(ranking, start=1):
            scores[key] = scores.get(key, 0.0) + weight / (c + rank)
    return sorted(scores, key=lambda key: scores[key], reverse=True)


class HybridRetriever(BaseRetriever):
    """Dense sections, BM25, hand-written questions and single sentences, fused; a LangChain retriever."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: SectionIndex
    embeddings: Embeddings
    sections: dict[str, Section]
    bm25: BM25Retriever
    keys: list[str]
    dense_sections: _Matrix
    questions: _Matrix
    sentences: _Matrix
    weights: Weights = Weights()
    rare_heading_terms: dict[str, frozenset[str]] = {}
    pool: int = 24
    per_document: int = 1  # 2 raised focus on the tuning cases (0.50 to 0.68) but cost the gates (gold hit 0.928, hit@3 0.949)

    @classmethod
    def build(
        cls,
        index: SectionIndex,
        embeddings: Embeddings,
        sections: Sequence[Section],
        *,
        pool: int = 24,
        weights: Weights | None = None,
        sentence_vectors: dict[str, np.ndarray] | None = None,
    ) -> HybridRetriever:
        docs = [LCDocument(page_content=s.search_text, metadata={"key": s.key}) for s in sections]
        bm25 = BM25Retriever.from_documents(docs, k=pool, preprocess_func=tokenize)
        keys = [s.key for s in sections]
        sentence_owners: dict[str, list[str]] = {}
        question_owners: dict[str, list[str]] = {}
        for section in sections:
            for sentence in split_sentences(section):
                sentence_owners.setdefault(index.sentence_id(sentence.text), []).append(section.key)
            for question in section.questions:
                question_owners.setdefault(index.sentence_id(question), []).append(section.key)
        return cls(
            index=index,
            embeddings=embeddings,
            sections={s.key: s for s in sections},
            bm25=bm25,
            keys=keys,
            dense_sections=_Matrix(index.section_vectors(), {key: (key,) for key in keys}, keys),
            questions=_Matrix(index.question_vectors(), {k: tuple(v) for k, v in question_owners.items()}, keys),
            sentences=_Matrix(
                sentence_vectors if sentence_vectors is not None else index.sentence_vectors(),
                {k: tuple(v) for k, v in sentence_owners.items()}, keys,
            ),
            weights=weights or Weights(),
            rare_heading_terms=rare_heading_terms(sections),
            pool=pool,
        )

    def rankings(self, query: str, vector: Sequence[float]) -> Rankings:
        """Each retriever's ranked section keys (its best `pool`), for fusion and for the retrieval baselines."""
        v = np.asarray(vector, dtype=np.float32)
        words = tokenize(query)
        terms = words[:MAX_SPARSE_TERMS]  # a 2,000-character message must not cost 100 ms of scoring
        by_section = self.dense_sections.best_per_section(v)
        top = self._top_indices(by_section)
        dense_keys = [self.keys[i] for i in top]
        by_question = self.questions.best_per_section(v)
        by_sentence = self.sentences.best_per_section(v)
        return Rankings(
            dense=dense_keys,
            bm25=[d.metadata["key"] for d in self.bm25.invoke(" ".join(terms))] if terms else [],
            questions=self._top(by_question),
            sentences=self._top(by_sentence),
            dense_similarity={self.keys[i]: float(by_section[i]) for i in top},
            question_similarity=by_question,
            sentence_similarity=by_sentence,
            terms=frozenset(words),
        )

    def _top_indices(self, scores: np.ndarray) -> list[int]:
        return [int(i) for i in np.argsort(-scores)[: self.pool] if scores[i] > 0]

    def _top(self, scores: np.ndarray) -> list[str]:
        return [self.keys[i] for i in self._top_indices(scores)]

    def search(
        self,
        query: str,
        *,
        vector: list[float],
        substances: Sequence[str] = (),
        topics: set[str] | frozenset[str] = frozenset(),
        k: int = 6,
        only_topics: set[str] | None = None,
        overview: bool = True,
    ) -> list[Hit]:
        """Return the `k` best sections for `query` (whose embedding is `vector`).

        Four ranked lists are fused: whole sections (dense), keywords (BM25 over the text and its
        questions), the sections' hand-written questions, and single sentences, so one sentence
        that answers the question is found even inside a broader section. Every hit carries its
        best sentence and question similarity. With `overview` False the question asks something
        narrower than what a substance is, so overview sections move down a few ranks.
        """
        ranked = self.rankings(query, vector)
        w = self.weights
        fused = weighted_rrf(
            [ranked.dense, ranked.bm25, ranked.questions, ranked.sentences],
            [w.dense, w.bm25, w.questions, w.sentences],
        )
        column = {key: i for i, key in enumerate(self.keys)}
        wanted = set(substances)
        hits = []
        for rank, key in enumerate(fused, start=1):
            section = self.sections[key]
            if only_topics is not None and section.topic not in only_topics:
                continue
            score = 1.0 / (RRF_C + rank)
            if wanted & set(section.substances):
                score += SUBSTANCE_BONUS
            if section.topic in topics:
                score += TOPIC_BONUS
            if not overview and section.is_overview:
                score -= OVERVIEW_PENALTY
            i = column[key]
            if ranked.question_similarity[i] >= QUESTION_BONUS_FROM:
                score += QUESTION_BONUS
            if ranked.terms & self.rare_heading_terms.get(key, frozenset()):
                score += HEADING_TERM_BONUS
            hits.append(Hit(
                section, score, ranked.dense_similarity.get(key, 0.0),
                float(ranked.sentence_similarity[i]), float(ranked.question_similarity[i]),
            ))
        hits.sort(key=lambda h: h.score, reverse=True)
        return diversify(hits, per_document=self.per_document)[:k]

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[LCDocument]:
        vector = self.embeddings.embed_query(query)
        return [
            LCDocument(page_content=h.section.text, metadata={"key": h.section.key, "score": h.score})
            for h in self.search(query, vector=vector)
        ]
