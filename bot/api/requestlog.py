"""One log line per request: a request id, the route, the reply kind and the latency. Never client text.

The route is the matched template (`/v1/chat`), never the path as sent: a path is client text, and a
percent-decoded one can carry a newline that forges a log line. Unmatched paths log as `-`.
Handlers note the reply kind with `note_kind(request, reply)`; the id goes back in `X-Request-ID`.
"""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.reply import Reply

log = logging.getLogger("hrbot.api")
SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
SAFE_ROUTE = re.compile(r"^[A-Za-z0-9/._{}-]{1,100}$")
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def note_kind(request: Request, reply: Reply) -> None:
    """Record the reply kind for this request's log line."""
    request.state.reply_kind = reply.kind


def request_id(request: Request) -> str:
    return str(getattr(request.state, "request_id", "-"))


class RequestLog:
    """ASGI middleware: assigns the request id (a caller's safe `X-Request-ID` is kept) and logs the outcome."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        offered = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        rid = offered if SAFE_ID.match(offered) else uuid.uuid4().hex
        state = scope.setdefault("state", {})
        state["request_id"] = rid
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            log.info(
                "request_id=%s method=%s route=%s status=%s kind=%s latency_ms=%.1f",
                rid, _method(scope), route_template(scope), status, state.get("reply_kind", "-"),
                (time.perf_counter() - started) * 1000,
            )


def route_template(scope: Scope) -> str:
    """The path template of the route that handled the request (set by the router), or `-` when none did."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) and SAFE_ROUTE.match(path) else "-"


def _method(scope: Scope) -> str:
    method = str(scope.get("method", "-"))
    return method if method in METHODS else "other"
