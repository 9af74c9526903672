"""Ask the bot a case's question: in this process, or over HTTP against a running service."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from typing import Protocol

from bot.core import Bot
from bot.reply import Reply
from evals.cases import Case


class ServiceError(RuntimeError):
    """The HTTP service did not return a reply for a case."""


class Client(Protocol):
    def ask(self, case: Case) -> tuple[Reply, float]:
        """The reply to the case, and the time it took in milliseconds."""
        ...


class InProcessClient:
    """Calls `Bot.ask` directly; the timing is the reply alone, with the model already warm."""

    def __init__(self, bot: Bot) -> None:
        self.bot = bot

    def ask(self, case: Case) -> tuple[Reply, float]:
        started = time.perf_counter()
        reply = self.bot.ask(case.q, history=list(case.history), jurisdiction=case.jurisdiction)
        return reply, (time.perf_counter() - started) * 1000


class HttpClient:
    """POSTs `{message, history, jurisdiction}` to `{url}/v1/chat`; the timing includes the round trip."""

    def __init__(self, url: str, *, timeout: float = 30.0) -> None:
        self.endpoint = url.rstrip("/") + "/v1/chat"
        self.timeout = timeout

    def ask(self, case: Case) -> tuple[Reply, float]:
        body = json.dumps({"message": case.q, "history": list(case.history), "jurisdiction": case.jurisdiction})
        request = urllib.request.Request(
            self.endpoint, data=body.encode(), headers={"content-type": "application/json"}, method="POST"
        )
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = response.read()
        except (urllib.error.URLError, TimeoutError) as error:
            raise ServiceError(f"{case.id}: {self.endpoint}: {error}") from error
        elapsed = (time.perf_counter() - started) * 1000
        return Reply.model_validate_json(payload), elapsed
