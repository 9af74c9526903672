"""The scale-out path: `hrbot index` and `ask` against a real Chroma server (HRBOT_CHROMA_URL), incrementally."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

import chromadb

from tests.chroma import chroma_server, command


def hrbot(*args: str, env: dict[str, str]) -> str:
    done = subprocess.run([command("hrbot"), *args], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def counts(output: str) -> tuple[int, int, int]:
    found = re.search(r"embedded (\d+), deleted (\d+), unchanged (\d+)", output)
    assert found, output
    return int(found[1]), int(found[2]), int(found[3])


def test_index_and_ask_against_a_chroma_server(mini_kb: Path, tmp_path: Path) -> None:
    with chroma_server(tmp_path / "chroma") as url:
        env = {
            **os.environ, "HRBOT_CHROMA_URL": url, "HRBOT_KNOWLEDGE_DIR": str(mini_kb),
            "HRBOT_INDEX_DIR": str(tmp_path / "local"), "ANONYMIZED_TELEMETRY": "False",
        }
        assert counts(hrbot("index", env=env)) == (2, 0, 0)
        assert counts(hrbot("index", env=env)) == (0, 0, 2)  # unchanged: nothing embedded

        doc = mini_kb / "documents/mdma-effects.md"
        text = doc.read_text().replace("raises blood pressure.", "raises blood pressure and heart rate.")
        doc.write_text(text[: text.index("## How MDMA acts on the brain")] + text[text.index("## Heat and heart"):])
        assert counts(hrbot("index", env=env)) == (1, 1, 0)  # one section changed, the other removed

        stored = chromadb.HttpClient(host="127.0.0.1", port=int(url.rsplit(":", 1)[1])).get_collection("hrbot-sections")
        assert stored.get()["ids"] == ["mdma-effects#Heat and heart"]
        assert not (tmp_path / "local" / "chroma.sqlite3").exists()  # nothing went to a local directory

        reply = json.loads(hrbot("ask", "--json", "does mdma make your heart beat faster", env=env))
        assert reply["kind"] == "answer", reply
        assert any("heart rate" in c["quote"] for c in reply["citations"])
