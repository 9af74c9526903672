"""A real Chroma server (`chroma run` from the installed chromadb) on loopback, for the scale-out tests."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.widget.servers import free_port

BIN = Path(sys.executable).parent


def command(name: str) -> str:
    """An executable of this virtualenv (`chroma`, `hrbot`), or from PATH."""
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


@contextmanager
def chroma_server(path: Path, *, within: float = 90.0) -> Iterator[str]:
    """Start `chroma run` on 127.0.0.1 with its data in `path`; yield its URL; stop it at the end."""
    port = free_port()
    env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
    log = (path.parent / f"chroma-{port}.log").open("wb")
    process = subprocess.Popen(
        [command("chroma"), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)],
        stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/api/v2/heartbeat", process, within=within)
        yield url
    finally:
        stop(process)
        log.close()


def wait_until_up(url: str, process: subprocess.Popen, *, within: float) -> None:
    """Poll `url` until it answers 200 (bounded), failing at once if the process died."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode} before {url} answered")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"{url} did not answer within {within:.0f} s")


def stop(process: subprocess.Popen, *, within: float = 20.0) -> None:
    """SIGTERM the process group (workers included), then SIGKILL what is left after `within` seconds."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=within)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)
