from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bot.kb.loader import load_knowledge
from bot.kb.stats import coverage


def test_coverage_counts_the_tiny_knowledge_base(mini_kb: Path) -> None:
    kb, _ = load_knowledge(mini_kb)
    result = coverage(kb)
    assert result.summary["substances"] == 2
    assert result.summary["interaction_pairs"] == 1
    assert result.summary["legal_entries"] == 1
    assert result.summary["documents"] == 1  # the draft is not counted
    assert result.grid["mdma"]["effects"] == 2 and result.grid["mdma"]["legal"] == 1
    assert result.missing_pairs == []


def test_kb_stats_json_has_the_documented_keys() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "kb", "stats", "--json"], capture_output=True, text=True, check=True
    ).stdout
    stats = json.loads(out)
    for key in ("substances", "interaction_pairs", "jurisdictions", "legal_entries", "general_topics", "emergency_docs", "sources"):
        assert isinstance(stats[key], int)
    assert stats["substances"] >= 30 and stats["interaction_pairs"] >= 400 and stats["jurisdictions"] >= 7
    assert stats["general_topics"] >= 15 and stats["emergency_docs"] >= 6
