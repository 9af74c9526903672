"""Find the sections that answer a question: dense and BM25 ranks fused, then preferences.

The fused order comes from LangChain's weighted reciprocal rank fusion; on top of it,
sections about the substances the question names, and of the topic its words point to,
move up a few ranks. Each hit also carries the similarity of its best single sentence:
a short, specific question ("why use a filter?") can match one sentence well while the
section as a whole looks only loosely related, and the relevance gate needs to know that.
(Ranking by best sentence as a third fused list was tried and did not rank better.)
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from langchain_classic.retrievers import EnsembleRetriever
from langchain_community.retrievers import BM25Retriever
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document as LCDocument
from langchain_core.embeddings import Embeddings
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from bot.index import SectionIndex
from bot.kb.model import Section
from bot.sentences import split_sentences

RRF_C = 60
# RRF scores differ by about 0.0003 between neighbouring ranks, so each preference is worth a few ranks.
SUBSTANCE_BONUS = 0.001
TOPIC_BONUS = 0.001
STOPWORDS = frozenset(
    "a an and are as at be but by can could do does for from had has have how i if in into is it its "
    "me my of on or so than that the their them then there these they this to was we were what when "
    "where which while who why will with would you your about any some much many".split()
)


def diversify(hits: list[Hit], *, per_document: int) -> list[Hit]:
    """Best first, but at most `per_document` sections of one document before any repeats.

    Answers draw on the top few sections; letting one document fill them all hides the
    others (a question about MDMA and water should see the hyponatremia guide too).
    """
    first, rest, seen = [], [], {}
    for hit in hits:
        count = seen.get(hit.section.doc_id, 0)
        (first if count < per_document else rest).append(hit)
        seen[hit.section.doc_id] = count + 1
    return first + rest


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
    sentence_similarity: float = 0.0  # of its best-matching sentence; 0.0 when none was in the pool


class HybridRetriever(BaseRetriever):
    """Dense (Chroma) plus BM25 over the same sections; usable as a LangChain retriever."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: SectionIndex
    embeddings: Embeddings
    sections: dict[str, Section]
    bm25: BM25Retriever
    fusion: EnsembleRetriever
    sections_of_sentence: dict[str, tuple[str, ...]]
    pool: int = 24
    per_document: int = 1

    @classmethod
    def build(
        cls,
        index: SectionIndex,
        embeddings: Embeddings,
        sections: Sequence[Section],
        *,
        pool: int = 24,
        dense_weight: float = 0.9,
    ) -> HybridRetriever:
        docs = [LCDocument(page_content=s.embed_text, metadata={"key": s.key}) for s in sections]
        bm25 = BM25Retriever.from_documents(docs, k=pool, preprocess_func=tokenize)
        dense = index.store.as_retriever(search_kwargs={"k": pool})
        fusion = EnsembleRetriever(
            retrievers=[dense, bm25], weights=[dense_weight, 1 - dense_weight], c=RRF_C, id_key="key"
        )
        owners: dict[str, list[str]] = {}
        for section in sections:
            for sentence in split_sentences(section):
                owners.setdefault(index.sentence_id(sentence.text), []).append(section.key)
        return cls(
            index=index,
            embeddings=embeddings,
            sections={s.key: s for s in sections},
            bm25=bm25,
            fusion=fusion,
            sections_of_sentence={sid: tuple(keys) for sid, keys in owners.items()},
            pool=pool,
        )

    def search(
        self,
        query: str,
        *,
        vector: list[float],
        substances: Sequence[str] = (),
        topics: set[str] | frozenset[str] = frozenset(),
        k: int = 6,
        only_topics: set[str] | None = None,
        sentence_relevance: bool = False,
    ) -> list[Hit]:
        """Return the `k` best sections for `query` (whose embedding is `vector`).

        `sentence_relevance` fills each hit's `sentence_similarity` (one more vector search),
        which only the decision to answer or abstain needs.
        """
        dense = [(key, sim) for key, sim in self.index.search(vector, k=self.pool) if key in self.sections]
        similarity = dict(dense)
        best_sentence = self._best_sentences(vector) if sentence_relevance else {}
        dense_docs = [LCDocument(page_content="", metadata={"key": key}) for key, _ in dense]
        terms = tokenize(query)[:MAX_SPARSE_TERMS]
        sparse_docs = self.bm25.invoke(" ".join(terms)) if terms else []
        fused = self.fusion.weighted_reciprocal_rank([dense_docs, sparse_docs])
        wanted = set(substances)
        hits = []
        for rank, doc in enumerate(fused, start=1):
            section = self.sections[doc.metadata["key"]]
            if only_topics is not None and section.topic not in only_topics:
                continue
            score = 1.0 / (RRF_C + rank)
            if wanted & set(section.substances):
                score += SUBSTANCE_BONUS
            if section.topic in topics:
                score += TOPIC_BONUS
            hits.append(Hit(section, score, similarity.get(section.key, 0.0), best_sentence.get(section.key, 0.0)))
        hits.sort(key=lambda h: h.score, reverse=True)
        return diversify(hits, per_document=self.per_document)[:k]

    def _best_sentences(self, vector: list[float]) -> dict[str, float]:
        """Section key → similarity of its best sentence, for sections with a sentence among the closest."""
        best: dict[str, float] = {}
        for sentence_id, sim in self.index.search_sentences(vector, k=self.pool * 4):
            for key in self.sections_of_sentence.get(sentence_id, ()):
                if key in self.sections and key not in best:
                    best[key] = sim
        return best

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[LCDocument]:
        vector = self.embeddings.embed_query(query)
        return [
            LCDocument(page_content=h.section.text, metadata={"key": h.section.key, "score": h.score})
            for h in self.search(query, vector=vector)
        ]
