"""How `hrbot serve` runs the API: uvicorn on h11, with limits that hold against hostile and slow clients.

uvicorn alone bounds neither the time a client may take to send a request nor (with httptools)
the size of its headers. `GuardedH11Protocol` adds both: the request line and headers may take
`HRBOT_MAX_HEADER_BYTES` (h11 refuses more with 400), a whole request must arrive within
`HRBOT_READ_TIMEOUT` seconds (else 408 and the connection is closed), and a worker keeps at most
`HRBOT_MAX_CONNECTIONS` connections open (more get 503 and are closed). Proxy headers are read
only from `HRBOT_TRUSTED_PROXIES`.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from bot.api.logs import log_config
from bot.settings import Settings

log = logging.getLogger("hrbot.server")
APP = "bot.api.app:create_app"
PROTOCOL = "bot.server:GuardedH11Protocol"


@functools.cache
def _limits() -> Settings:
    """The worker's settings, read once: uvicorn builds one protocol object per connection."""
    return Settings()


def _raw_response(status: int, reason: str, error: str, detail: str, extra: str = "") -> bytes:
    body = json.dumps({"error": error, "detail": detail}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\ncontent-length: {len(body)}\r\n"
        f"{extra}connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


HEAD_TOO_LARGE = _raw_response(
    431, "Request Header Fields Too Large", "too_large", "The request line and headers are too large."
)
TIMED_OUT = _raw_response(408, "Request Timeout", "timeout", "The request was not received in time.")
TOO_MANY = _raw_response(
    503, "Service Unavailable", "overloaded", "Too many connections; try again shortly.", "retry-after: 1\r\n"
)


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for receiving each request and a cap on open connections."""

    settings: Settings | None = None  # None: the worker's own settings, from the environment

    @classmethod
    def configured(cls, settings: Settings) -> type[GuardedH11Protocol]:
        """This protocol bound to `settings`, for a server built in-process (tests, embedding)."""
        return type(cls.__name__, (cls,), {"settings": settings})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        settings = self.settings or _limits()
        self.read_timeout = settings.read_timeout
        self.max_connections = settings.max_connections
        self.max_header_bytes = settings.max_header_bytes
        self._deadline: asyncio.TimerHandle | None = None
        self._head_bytes = 0  # of the request head being received

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections:
            self._refuse(TOO_MANY)
            return
        self._arm()  # the first request must arrive in time, even if the client sends nothing at all

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self.conn.their_state is h11.IDLE:
            self._arm()  # a new request begins (or goes on arriving) on this connection
            # h11 bounds only an incomplete head; a complete one that came in a single read would pass.
            end = data.find(b"\r\n\r\n")
            self._head_bytes += len(data) if end < 0 else end + 4
            if self._head_bytes > self.max_header_bytes:
                self._refuse(HEAD_TOO_LARGE)
                return
        super().data_received(data)
        if self.conn.their_state is not h11.IDLE:
            self._head_bytes = 0
        if self.conn.their_state not in (h11.IDLE, h11.SEND_BODY):
            self._disarm()  # the whole request is in: the deadline covered receiving, not answering

    def _refuse(self, response: bytes) -> None:
        self._disarm()
        if not self.transport.is_closing():
            self.transport.write(response)
            self.transport.close()

    def _arm(self) -> None:
        if self._deadline is None:
            self._deadline = self.loop.call_later(self.read_timeout, self._too_slow)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _too_slow(self) -> None:
        """The client did not send its request within the read timeout: answer 408 if we can, and close."""
        self._deadline = None
        if self.transport.is_closing():
            return
        if self.conn.their_state is h11.IDLE and (self.cycle is None or self.cycle.response_complete):
            self.transport.write(TIMED_OUT)
        log.info("closed a connection whose request did not arrive within %.0f s", self.read_timeout)
        self.transport.close()


def uvicorn_options(settings: Settings, *, host: str, port: int, workers: int) -> dict[str, Any]:
    """Everything `hrbot serve` hands `uvicorn.run`; a function so tests can check and reuse it."""
    return {
        "app": APP,
        "factory": True,
        "host": host,
        "port": port,
        "workers": workers,
        "http": PROTOCOL,
        "h11_max_incomplete_event_size": settings.max_header_bytes,
        "timeout_keep_alive": settings.keep_alive_timeout,
        # Proxy headers only from the proxies named; none by default (uvicorn's own default trusts 127.0.0.1).
        "proxy_headers": bool(settings.trusted_proxies),
        "forwarded_allow_ips": ",".join(settings.trusted_proxies) or "",
        "server_header": False,
        "access_log": False,  # request lines stay out of logs; RequestLog writes id, route, status, kind, latency
        "log_config": log_config(),
    }


def serve(settings: Settings, *, host: str | None = None, port: int | None = None, workers: int = 1) -> None:
    """Run the API until stopped."""
    import uvicorn

    uvicorn.run(**uvicorn_options(settings, host=host or settings.host, port=port or settings.port, workers=workers))
