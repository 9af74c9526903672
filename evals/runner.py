"""Run the cases through a client and gather everything the table, the JSON and the report show."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.core import Bot
from bot.kb.model import KnowledgeBase
from evals import retrieval
from evals.honesty import training_overlap
from evals.cases import Case
from evals.citations import SectionTexts
from evals.clients import Client
from evals.metrics import Failure, Outcome, summarise

WARM_UP = ("what does mdma do", "is ket and alcohol ok together")


@dataclass
class RunResult:
    mode: str
    counts: dict[str, int]
    metrics: dict[str, float | int | None]
    failures: list[Failure]
    retrieval: dict[str, retrieval.RetrievalScores]
    training_overlap: list[str]

    def as_json(self) -> dict[str, Any]:
        return {
            "counts": self.counts,
            "metrics": self.metrics,
            "failures": [f.as_dict() for f in self.failures],
        }


def run(client: Client, cases: Sequence[Case], *, kb: KnowledgeBase, bot: Bot | None = None, mode: str) -> RunResult:
    """Ask every case once (after a short warm-up), score the replies, and score retrieval when `bot` is given."""
    for question in WARM_UP:
        client.ask(Case(id="warmup-0", q=question, expect={"kind": "answer"}))
    outcomes = []
    for case in cases:
        reply, latency = client.ask(case)
        outcomes.append(Outcome(case, reply, latency))
    summary = summarise(outcomes, SectionTexts.from_kb(kb))
    scores = retrieval.evaluate(bot, cases) if bot is not None else {}
    metrics = dict(summary.metrics)
    failures = list(summary.failures)
    for name in retrieval.RETRIEVERS:
        s = scores.get(name)
        prefix = "retrieval" if name == "hybrid" else f"retrieval_{name}"
        metrics[f"{prefix}_hit_at_1"] = s.hit_at_1 if s else None
        metrics[f"{prefix}_hit_at_3"] = s.hit_at_3 if s else None
        metrics[f"{prefix}_mrr"] = s.mrr if s else None
    if "hybrid" in scores:
        by_id = {c.id: c for c in cases}
        for case_id, top in scores["hybrid"].misses.items():
            case = by_id[case_id]
            failures.append(Failure(case_id, case.category, "retrieval_hit_at_3",
                                    f"a section of {' or '.join(case.gold_docs)} in the top 3",
                                    {"top_3_doc_ids": top}, case.q))
    overlap = training_overlap(cases)
    metrics["policy_training_overlap"] = len(overlap)
    return RunResult(mode=mode, counts=summary.counts, metrics=metrics, failures=failures, retrieval=scores,
                     training_overlap=overlap)
