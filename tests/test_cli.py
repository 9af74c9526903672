"""The command line: thin, and the same answers as the Python API."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot import cli
from bot.core import Bot

runner = CliRunner()


@pytest.fixture()
def loaded(bot: Bot, monkeypatch: pytest.MonkeyPatch) -> Bot:
    """The CLI loads the bot once per command; reuse the session's instead of reloading."""
    monkeypatch.setattr(Bot, "load", classmethod(lambda cls, settings=None: bot))
    return bot


def test_ask_json_prints_the_reply_contract(loaded: Bot) -> None:
    result = runner.invoke(cli.app, ["ask", "--json", "What does MDMA do to serotonin?"])
    assert result.exit_code == 0, result.output
    reply = json.loads(result.output)
    assert reply["kind"] == "answer"
    assert any(c["doc_id"] == "mdma-effects" for c in reply["citations"])


def test_ask_prints_readable_text_with_sources(loaded: Bot) -> None:
    result = runner.invoke(cli.app, ["ask", "what are the risks of ketamine"])
    assert result.exit_code == 0
    assert "Sources:" in result.output and "[1]" in result.output


def test_batch_answers_every_line_in_order_with_ids(loaded: Bot, tmp_path: Path) -> None:
    lines = [
        {"id": "a", "q": "What are the risks of MDMA?"},
        {"id": 2, "q": "what about with alcohol?", "history": [{"role": "user", "text": "What are the risks of MDMA?"}]},
        {"id": "c", "q": "What's the capital of France?"},
    ]
    batch = tmp_path / "questions.jsonl"
    batch.write_text("\n".join(json.dumps(line) for line in lines) + "\n\nnot json\n")
    result = runner.invoke(cli.app, ["ask", "--json", "--batch", str(batch)])
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.output.strip().splitlines()]
    assert [o["id"] for o in out] == ["a", 2, "c", None]
    assert out[1]["interaction"]["a"] == "mdma" and out[1]["interaction"]["b"] == "alcohol"
    assert out[2]["kind"] == "abstain"
    assert "error" in out[3]


def test_combo_prints_the_table_entry(loaded: Bot) -> None:
    result = runner.invoke(cli.app, ["combo", "--json", "coke", "booze"])
    assert result.exit_code == 0
    assert json.loads(result.output)["interaction"]["level"] in {"dangerous", "unsafe", "caution"}


def test_kb_check_exits_1_and_prints_file_and_line(mini_kb: Path) -> None:
    doc = mini_kb / "documents/mdma-effects.md"
    doc.write_text(doc.read_text().replace("feel energetic", "feel energetic after 100 mg"))
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "kb", "check"],
        env={"HRBOT_KNOWLEDGE_DIR": str(mini_kb), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "mdma-effects.md:16: dose amount `100 mg`" in result.stdout
