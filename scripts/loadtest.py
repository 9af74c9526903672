"""Load test for POST /v1/chat: bounded requests at fixed concurrencies; prints latency, throughput, errors, RSS.

`make loadtest` starts its own server (`hrbot serve`, rate limiter off, admission control on), runs
concurrency 4 and then 32, prints the figures and stops the server:

    .venv/bin/python scripts/loadtest.py --serve --requests 1500 --concurrency 4 32

Or point it at a running service (then no RSS figure):

    .venv/bin/python scripts/loadtest.py --url http://127.0.0.1:8000 --requests 1000 --concurrency 8

The mix: the questions people ask most (answers, combinations, the law, follow-ups, refusals,
emergencies, off-topic) drawn with a long-tail (Zipf) weight from a pool that also holds every
evaluation question, so a few are asked often and most rarely, as on a real service. Only loopback
traffic: the target must be 127.0.0.1 or localhost.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx

# What people ask most, first: these get the largest weights in the mix.
QUESTIONS: list[dict] = [
    {"message": "What does MDMA do to serotonin?"},
    {"message": "is coke and booze bad"},
    {"message": "is molly legal in the UK"},
    {"message": "what are the risks of ketamine?"},
    {"message": "can I mix xanax with alcohol"},
    {"message": "what about with alcohol?", "history": [{"role": "user", "text": "What are the risks of MDMA?"}]},
    {"message": "is it legal?", "history": [{"role": "user", "text": "tell me about ketamine"}], "jurisdiction": "DE"},
    {"message": "how much mdma should I take"},
    {"message": "my friend took too much and won't wake up"},
    {"message": "what are the signs of an opioid overdose"},
    {"message": "how does naloxone work"},
    {"message": "what is fentanyl"},
    {"message": "what is the capital of France"},
    {"message": "does cannabis affect memory"},
    {"message": "lsd and lithium together?"},
    {"message": "where can I get drugs tested"},
]
ZIPF_S = 1.0  # weight of the k-th most asked question: 1 / k^s
SEED = 15


def question_pool() -> list[dict]:
    """The common questions first, then every evaluation question (if the evals package is importable)."""
    pool = list(QUESTIONS)
    try:
        from evals.cases import load_cases
    except ImportError:
        return pool
    cases = sorted(load_cases(), key=lambda c: c.id)
    random.Random(SEED).shuffle(cases)
    for case in cases:
        item: dict = {"message": case.q}
        if case.history:
            item["history"] = list(case.history)
        if case.jurisdiction:
            item["jurisdiction"] = case.jurisdiction
        pool.append(item)
    return pool


def request_mix(requests: int, pool: list[dict], *, seed: int) -> list[dict]:
    weights = [1 / (rank**ZIPF_S) for rank in range(1, len(pool) + 1)]
    return random.Random(seed).choices(pool, weights=weights, k=requests)


def repeat_rate(mix: list[dict]) -> float:
    """Share of first-turn requests whose message and place were asked before: what the reply cache can serve."""
    seen: set[tuple[str, str | None]] = set()
    first, repeats = 0, 0
    for item in mix:
        if item.get("history"):
            continue
        first += 1
        key = (item["message"].strip(), item.get("jurisdiction"))
        repeats += key in seen
        seen.add(key)
    return repeats / first if first else 0.0


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of already sorted values."""
    rank = max(1, min(len(values), round(q / 100 * len(values) + 0.5)))
    return values[rank - 1]


async def run(
    url: str, mix: list[dict], *, concurrency: int, timeout: float, max_seconds: float, honour_retry_after: bool = True
) -> dict:
    """Send `mix` with `concurrency` clients; stop early after `max_seconds`. Returns the figures.

    A client told 503 with Retry-After waits that long before its next request, as the widget and any
    well-behaved client do (`honour_retry_after=False`: it sends the next one at once, a hostile client).
    """
    served: list[float] = []
    refused: list[float] = []
    statuses: collections.Counter[int | str] = collections.Counter()
    queue: asyncio.Queue[dict] = asyncio.Queue()
    for item in mix:
        queue.put_nowait(item)
    deadline = time.monotonic() + max_seconds

    async def worker(client: httpx.AsyncClient) -> None:
        while time.monotonic() < deadline:
            try:
                item = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            started = time.perf_counter()
            try:
                response = await client.post("/v1/chat", json=item)
            except httpx.HTTPError as error:
                statuses[type(error).__name__] += 1
                continue
            elapsed = (time.perf_counter() - started) * 1000
            statuses[response.status_code] += 1
            (served if response.status_code == 200 else refused).append(elapsed)
            wait = response.headers.get("retry-after", "")
            if honour_retry_after and response.status_code == 503 and wait.isdigit():
                await asyncio.sleep(min(float(wait), max(0.0, deadline - time.monotonic())))

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=timeout, limits=limits) as client:
        began = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - began
    served.sort()
    refused.sort()
    return {"served": served, "refused": refused, "statuses": statuses, "elapsed": elapsed}


def report(url: str, concurrency: int, figures: dict) -> None:
    served, refused, statuses, elapsed = figures["served"], figures["refused"], figures["statuses"], figures["elapsed"]
    sent = sum(statuses.values())
    print(f"\nPOST {url}/v1/chat: {sent} requests at concurrency {concurrency} in {elapsed:.1f} s")
    print(f"  statuses: {dict(sorted(statuses.items(), key=str))}")
    if served:
        print(
            f"  served (200) latency ms: p50 {percentile(served, 50):.1f}  p95 {percentile(served, 95):.1f}  "
            f"p99 {percentile(served, 99):.1f}  mean {statistics.fmean(served):.1f}  max {served[-1]:.1f}"
        )
    if refused:
        print(f"  refused (non-200) latency ms: p50 {percentile(refused, 50):.1f}  p95 {percentile(refused, 95):.1f}")
    errors = sent - statuses.get(200, 0)
    print(f"  throughput: {len(served) / elapsed:.1f} served/s, {sent / elapsed:.1f} requests/s; "
          f"errors {errors} ({statuses.get(503, 0)} of them 503)")


def peak_rss_mb(pid: int) -> float:
    """The largest peak resident memory (VmHWM) among `pid` and its child processes, in MB."""
    peaks = []
    for proc in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{proc}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(int(line.split()[1]) / 1024)
        except OSError:
            continue
    return max(peaks, default=0.0)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, ValueError, IndexError):
                continue
    return found


def start_server(port: int) -> subprocess.Popen:
    """`hrbot serve` on 127.0.0.1 with the rate limiter off; waits (bounded) until it is ready."""
    hrbot = Path(sys.executable).parent / "hrbot"
    env = {**os.environ, "HRBOT_RATE_LIMIT_ENABLED": "false"}
    server = subprocess.Popen(
        [str(hrbot), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"hrbot serve exited with {server.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    stop_server(server)
    raise SystemExit("hrbot serve was not ready within 300 s")


def stop_server(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="a running service (ignored with --serve)")
    parser.add_argument("--serve", action="store_true", help="start hrbot serve (limiter off) for the run, then stop it")
    parser.add_argument("--requests", type=int, default=1000, help="per concurrency level")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[4, 32])
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--max-seconds", type=float, default=120.0, help="per concurrency level, a hard stop")
    parser.add_argument("--ignore-retry-after", action="store_true",
                        help="clients send their next request at once after a 503 (default: wait Retry-After)")
    options = parser.parse_args()
    if not 1 <= options.requests <= 100_000:
        parser.error("--requests must be between 1 and 100000")
    if not all(1 <= c <= 256 for c in options.concurrency):
        parser.error("--concurrency must be between 1 and 256")
    server = start_server(port := free_port()) if options.serve else None
    url = f"http://127.0.0.1:{port}" if server else options.url.rstrip("/")
    if urlparse(url).hostname not in ("127.0.0.1", "localhost", "::1"):
        parser.error("load only loopback: --url must be 127.0.0.1 or localhost")
    try:
        pool = question_pool()
        warmup = asyncio.run(run(url, QUESTIONS, concurrency=1, timeout=options.timeout, max_seconds=60))
        print(f"warm-up: {sum(warmup['statuses'].values())} requests; mix: {len(pool)} distinct questions, "
              f"Zipf s={ZIPF_S}; after a 503 clients {'send at once' if options.ignore_retry_after else 'wait Retry-After'}")
        for concurrency in options.concurrency:
            mix = request_mix(options.requests, pool, seed=SEED + concurrency)
            figures = asyncio.run(run(url, mix, concurrency=concurrency, timeout=options.timeout,
                                      max_seconds=options.max_seconds,
                                      honour_retry_after=not options.ignore_retry_after))
            report(url, concurrency, figures)
        print(f"\nfirst-turn repeats in one level's mix (what the reply cache can serve): {repeat_rate(mix):.0%}")
        if server:
            print(f"server peak RSS: {peak_rss_mb(server.pid):.0f} MB "
                  f"(torch loaded: {'yes' if _torch_loaded(server.pid) else 'no'})")
    finally:
        if server:
            stop_server(server)


def _torch_loaded(pid: int) -> bool:
    """Whether PyTorch's library is mapped into the server (or a worker) process."""
    for proc in [pid, *_children(pid)]:
        try:
            if "libtorch" in Path(f"/proc/{proc}/maps").read_text():
                return True
        except OSError:
            continue
    return False


if __name__ == "__main__":
    main()
