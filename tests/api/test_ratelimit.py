"""Per-client rate limiting: a token bucket per IP, answering 429 with Retry-After."""

from __future__ import annotations

from fastapi.testclient import TestClient

from bot.api.app import create_app
from bot.api.ratelimit import TokenBuckets
from bot.core import Bot
from bot.settings import Settings


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_is_allowed_then_the_rate_applies() -> None:
    clock = Clock()
    buckets = TokenBuckets(per_minute=6, burst=3, clock=clock)
    assert [buckets.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert buckets.take("a") == 10.0  # one token every 10 seconds
    assert buckets.take("b") == 0.0  # another client has its own bucket
    clock.now = 10.0
    assert buckets.take("a") == 0.0 and buckets.take("a") > 0


def test_memory_stays_bounded_with_many_clients() -> None:
    buckets = TokenBuckets(per_minute=60, burst=2, clock=Clock(), max_keys=100)
    for n in range(1000):
        buckets.take(f"10.0.{n // 256}.{n % 256}")
    assert len(buckets._buckets) <= 100


def test_over_the_limit_gets_429_with_retry_after(bot: Bot) -> None:
    api = TestClient(create_app(Settings(rate_limit_per_minute=2, rate_limit_burst=2), bot=bot))
    codes = [api.get("/v1/substances").status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    limited = api.post("/v1/chat", json={"message": "what is mdma"})
    assert limited.status_code == 429 and limited.json()["error"] == "rate_limited"
    assert 1 <= int(limited.headers["retry-after"]) <= 30
    assert api.get("/healthz").status_code == 200  # health checks and pages are never limited
    assert api.get("/").status_code == 200


def test_the_limit_can_be_switched_off(bot: Bot) -> None:
    api = TestClient(create_app(Settings(rate_limit_enabled=False, rate_limit_burst=1), bot=bot))
    assert {api.get("/v1/substances").status_code for _ in range(5)} == {200}
