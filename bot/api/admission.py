"""Admission control: a bounded number of API requests in flight; beyond it, 503 at once instead of a queue.

The core is CPU-bound, so requests admitted past a few per core only wait for each other: latency
grows for everyone and throughput does not. Refusing the excess at once keeps the served requests
fast and tells clients (and load balancers) to retry elsewhere or later.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

BODY = json.dumps({"error": "overloaded", "detail": "The service is busy; try again in a moment."}).encode()
HEADERS = [
    (b"content-type", b"application/json"),
    (b"content-length", str(len(BODY)).encode()),
    (b"retry-after", b"1"),
]


class Admission:
    """ASGI middleware: at most `max_in_flight` requests under `prefix` at once; the rest get 503 + Retry-After.

    One event loop per worker, so a plain counter is exact. `max_in_flight` 0 turns admission off.
    """

    def __init__(self, app: ASGIApp, *, max_in_flight: int, prefix: str = "/v1/") -> None:
        self.app = app
        self.max_in_flight = max_in_flight
        self.prefix = prefix
        self.in_flight = 0
        self.refused = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            self.max_in_flight <= 0
            or scope["type"] != "http"
            or scope["method"] == "OPTIONS"
            or not scope["path"].startswith(self.prefix)
        ):
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.max_in_flight:
            self.refused += 1
            await send({"type": "http.response.start", "status": 503, "headers": HEADERS})
            await send({"type": "http.response.body", "body": BODY})
            return
        self.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1
