"""Per-client rate limiting: a token bucket per client IP, kept in this process.

With several workers each keeps its own buckets, so a client may get up to workers × the limit;
put a shared limiter in the load balancer when that matters.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Receive, Scope, Send


@dataclass
class Bucket:
    tokens: float
    updated: float


class TokenBuckets:
    """`per_minute` requests a minute per key, with bursts of up to `burst`."""

    def __init__(self, *, per_minute: int, burst: int, clock: Callable[[], float] = time.monotonic,
                 max_keys: int = 10_000) -> None:
        self.rate = per_minute / 60.0
        self.burst = max(1, burst)
        self.clock = clock
        self.max_keys = max_keys
        self._buckets: dict[str, Bucket] = {}
        self._lock = threading.Lock()

    def take(self, key: str) -> float:
        """Spend one token for `key`: 0.0 if allowed, else the seconds until a token is free."""
        now = self.clock()
        with self._lock:
            bucket = self._buckets.get(key)
            if bucket is None:
                if len(self._buckets) >= self.max_keys:
                    self._forget_full(now)
                bucket = self._buckets[key] = Bucket(tokens=float(self.burst), updated=now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.updated) * self.rate)
            bucket.updated = now
            if bucket.tokens >= 1.0:
                bucket.tokens -= 1.0
                return 0.0
            return (1.0 - bucket.tokens) / self.rate if self.rate > 0 else 60.0

    def _forget_full(self, now: float) -> None:
        """Drop buckets that have refilled: forgetting them changes nothing, and memory stays bounded."""
        full = [k for k, b in self._buckets.items() if b.tokens + (now - b.updated) * self.rate >= self.burst]
        for key in full or list(self._buckets)[: len(self._buckets) // 2]:
            del self._buckets[key]


class RateLimit:
    """ASGI middleware: requests under `prefix` beyond the client's bucket get 429 with `Retry-After`."""

    def __init__(self, app: ASGIApp, *, buckets: TokenBuckets, prefix: str = "/v1/") -> None:
        self.app = app
        self.buckets = buckets
        self.prefix = prefix

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] == "OPTIONS" or not scope["path"].startswith(self.prefix):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        wait = self.buckets.take(client[0] if client else "unknown")
        if wait <= 0:
            await self.app(scope, receive, send)
            return
        seconds = max(1, math.ceil(wait))
        body = json.dumps(
            {"error": "rate_limited", "detail": f"Too many requests; try again in {seconds} seconds."}
        ).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
            (b"retry-after", str(seconds).encode()),
        ]
        await send({"type": "http.response.start", "status": 429, "headers": headers})
        await send({"type": "http.response.body", "body": body})
