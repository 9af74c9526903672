"""Load test for POST /v1/chat: a bounded number of requests at a fixed concurrency; prints latency figures.

Start the service with the rate limiter off, then run this:

    HRBOT_RATE_LIMIT_ENABLED=false .venv/bin/hrbot serve &
    .venv/bin/python scripts/loadtest.py --url http://127.0.0.1:8000 --requests 1000 --concurrency 8
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import statistics
import time

import httpx

# A mix of what people ask: answers, combinations, the law, follow-ups, refusals, emergencies, off-topic.
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


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of already sorted values."""
    rank = max(1, min(len(values), round(q / 100 * len(values) + 0.5)))
    return values[rank - 1]


async def run(url: str, *, requests: int, concurrency: int, timeout: float) -> None:
    latencies: list[float] = []
    statuses: collections.Counter[int | str] = collections.Counter()
    kinds: collections.Counter[str] = collections.Counter()
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(requests):
        queue.put_nowait(n)

    async def worker(client: httpx.AsyncClient) -> None:
        while True:
            try:
                n = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            started = time.perf_counter()
            try:
                response = await client.post("/v1/chat", json=QUESTIONS[n % len(QUESTIONS)])
            except httpx.HTTPError as error:
                statuses[type(error).__name__] += 1
                continue
            latencies.append((time.perf_counter() - started) * 1000)
            statuses[response.status_code] += 1
            if response.status_code == 200:
                kinds[response.json()["kind"]] += 1

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=timeout, limits=limits) as client:
        (await client.get("/readyz")).raise_for_status()
        for question in QUESTIONS:  # warm up once per question, outside the figures
            await client.post("/v1/chat", json=question)
        began = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        elapsed = time.perf_counter() - began

    latencies.sort()
    print(f"POST {url}/v1/chat: {requests} requests, concurrency {concurrency}, {len(QUESTIONS)} questions in rotation")
    print(f"statuses: {dict(statuses)}   reply kinds: {dict(kinds)}")
    if latencies:
        print(
            f"latency ms: p50 {percentile(latencies, 50):.0f}  p95 {percentile(latencies, 95):.0f}  "
            f"p99 {percentile(latencies, 99):.0f}  mean {statistics.fmean(latencies):.0f}  max {latencies[-1]:.0f}"
        )
    print(f"throughput: {requests / elapsed:.1f} requests/s over {elapsed:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=60.0)
    options = parser.parse_args()
    if not 1 <= options.requests <= 100_000:
        parser.error("--requests must be between 1 and 100000")
    asyncio.run(run(options.url, requests=options.requests, concurrency=options.concurrency, timeout=options.timeout))


if __name__ == "__main__":
    main()
