"""`python -m evals --json` on a small subset, against the session's bot."""

from __future__ import annotations

import json

import pytest

from bot.core import Bot
from evals.__main__ import main
from evals.cases import load_cases
from evals.thresholds import load_bounds


def test_every_case_loads_and_has_its_gold_filled_in() -> None:
    cases = load_cases()
    assert len(cases) >= 900
    assert all("level" in c.expect for c in cases if c.wants_interaction)
    assert all("category" in c.expect for c in cases if c.wants_legal)


def test_json_has_counts_every_gated_metric_and_failures(bot: Bot, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json", "--only", "legal", "--only", "dosing", "--limit", "3"], bot=bot) in {0, 1}
    output = json.loads(capsys.readouterr().out)
    assert output["counts"] == {"dosing": 3, "legal": 3}
    assert set(load_bounds()) <= set(output["metrics"])
    assert {"retrieval_bm25_hit_at_3", "retrieval_dense_hit_at_3", "latency_p95_ms"} <= set(output["metrics"])
    assert output["metrics"]["dose_leaks"] == 0
    for failure in output["failures"]:
        assert {"case", "category", "check", "expected", "got"} <= set(failure)


def test_factual_subset_reports_the_three_retrievers(bot: Bot, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--json", "--only", "factual", "--limit", "4"], bot=bot)
    metrics = json.loads(capsys.readouterr().out)["metrics"]
    for prefix in ("retrieval", "retrieval_bm25", "retrieval_dense"):
        assert 0.0 <= metrics[f"{prefix}_mrr"] <= 1.0
