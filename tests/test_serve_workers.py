"""`hrbot serve --workers 2`: two stateless worker processes answer from one shared Chroma server."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import httpx

from tests.chroma import chroma_server, command, stop, wait_until_up
from tests.widget.servers import free_port


def children(pid: int) -> list[int]:
    """Processes whose parent is `pid` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def test_two_workers_serve_the_api_and_stop_together(mini_kb: Path, tmp_path: Path) -> None:
    with chroma_server(tmp_path / "chroma") as url:
        env = {
            **os.environ, "HRBOT_CHROMA_URL": url, "HRBOT_KNOWLEDGE_DIR": str(mini_kb),
            "HRBOT_INDEX_DIR": str(tmp_path / "local"), "HRBOT_RATE_LIMIT_ENABLED": "false",
            "ANONYMIZED_TELEMETRY": "False",
        }
        subprocess.run([command("hrbot"), "index"], env=env, check=True, capture_output=True, timeout=300)
        port = free_port()
        log = (tmp_path / "serve.log").open("wb")
        server = subprocess.Popen(
            [command("hrbot"), "serve", "--workers", "2", "--port", str(port)],
            env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            wait_until_up(f"{base}/healthz", server, within=120)
            deadline, ready = time.monotonic() + 180, 0
            while ready < 10 and time.monotonic() < deadline:  # both workers loaded: ten readies in a row
                ready = ready + 1 if httpx.get(f"{base}/readyz", timeout=5).status_code == 200 else 0
                time.sleep(0.1)
            assert ready == 10, (tmp_path / "serve.log").read_text()[-2000:]
            workers = [p for p in children(server.pid) if "spawn" in Path(f"/proc/{p}/cmdline").read_text()]
            assert len(workers) == 2, workers
            with httpx.Client(base_url=base, timeout=30) as client:
                replies = [client.post("/v1/chat", json={"message": "does mdma raise body temperature"}) for _ in range(20)]
            assert [r.status_code for r in replies] == [200] * 20
            assert {r.json()["kind"] for r in replies} == {"answer"}
        finally:
            stop(server)
            log.close()
        assert server.returncode is not None
        assert all(not Path(f"/proc/{p}").exists() for p in workers)
