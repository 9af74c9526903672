"""Retrieval quality on the factual cases: BM25 alone, dense alone and the bot's hybrid, side by side.

Each question is turned into a query the way the bot does it (the message read in its
conversation, plus the names of the substances it mentions), then each retriever ranks
sections. A hit is a section whose `doc_id` is one of the case's gold documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.conversation import read_in_context
from bot.core import Bot
from bot.intent import topic_hints
from bot.policy.decide import without_homonyms
from bot.policy.normalise import clean
from bot.reply import Turn
from evals.cases import Case

DEPTH = 10
RETRIEVERS = ("bm25", "dense", "questions", "sentences", "hybrid")


def first_hit(ranked_doc_ids: Sequence[str], gold: Sequence[str]) -> int | None:
    """1-based rank of the first section from a gold document, or None."""
    return next((rank for rank, doc_id in enumerate(ranked_doc_ids, 1) if doc_id in gold), None)


@dataclass(frozen=True)
class RetrievalScores:
    hit_at_1: float | None
    hit_at_3: float | None
    mrr: float | None
    misses: dict[str, list[str]] = field(default_factory=dict)  # case id → top-3 doc ids, when no gold among them

    @classmethod
    def from_ranks(cls, ranks: dict[str, int | None], tops: dict[str, list[str]] | None = None) -> RetrievalScores:
        if not ranks:
            return cls(None, None, None)
        n = len(ranks)
        return cls(
            hit_at_1=sum(r == 1 for r in ranks.values()) / n,
            hit_at_3=sum(r is not None and r <= 3 for r in ranks.values()) / n,
            mrr=sum(1 / r for r in ranks.values() if r is not None and r <= DEPTH) / n,
            misses={cid: (tops or {}).get(cid, [])[:3] for cid, r in ranks.items() if r is None or r > 3},
        )


def ranked_doc_ids(bot: Bot, case: Case) -> dict[str, list[str]]:
    """The top `DEPTH` sections' doc ids for each retriever, for one case."""
    text = clean(case.q)
    context = read_in_context(
        without_homonyms(text), [Turn.model_validate(turn) for turn in case.history], bot.resolver,
        jurisdiction=case.jurisdiction if case.jurisdiction in bot.kb.jurisdictions else None,
        default_jurisdiction=bot.settings.default_jurisdiction,
    )
    query = bot._query(context)
    vector = bot.embeddings.embed_query(query)
    sections = bot.retriever.sections
    hybrid = bot.retriever.search(
        query, vector=vector, substances=context.substances, topics=topic_hints(context.text), k=DEPTH
    )
    ranked = bot.retriever.rankings(query, vector)
    docs = lambda keys: [sections[key].doc_id for key in keys][:DEPTH]  # noqa: E731
    return {
        "bm25": docs(ranked.bm25), "dense": docs(ranked.dense), "questions": docs(ranked.questions),
        "sentences": docs(ranked.sentences), "hybrid": [h.section.doc_id for h in hybrid],
    }


def evaluate(bot: Bot, cases: Sequence[Case]) -> dict[str, RetrievalScores]:
    """Scores per retriever over the cases that name a gold document."""
    ranks: dict[str, dict[str, int | None]] = {name: {} for name in RETRIEVERS}
    tops: dict[str, dict[str, list[str]]] = {name: {} for name in RETRIEVERS}
    for case in cases:
        if not case.gold_docs:
            continue
        for name, doc_ids in ranked_doc_ids(bot, case).items():
            ranks[name][case.id] = first_hit(doc_ids, case.gold_docs)
            tops[name][case.id] = doc_ids
    return {name: RetrievalScores.from_ranks(ranks[name], tops[name]) for name in RETRIEVERS}
