"""What every connector does with a command: rate limit, remember a few turns, call the core.

Connectors stay thin: they turn platform events into a `Command`, call `Responder.respond`,
and render what comes back (a core `Reply`, or one of our own `Notice`s).
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from bot.channels.commands import COMBO_USAGE, Command
from bot.core import Bot
from bot.reply import Reply, Turn
from bot.settings import Settings

log = logging.getLogger("hrbot.channels")

RATE_LIMITED = (
    "You're sending messages faster than I can answer. Please wait {seconds} seconds and ask again. "
    "If someone is unwell right now, call your local emergency number."
)
MAX_TRACKED = 10_000  # users or conversations kept in memory; the least recently seen are forgotten


@dataclass(frozen=True)
class Notice:
    """A message of our own rather than a core reply: help, a usage hint, or 'please wait'."""

    kind: Literal["help", "usage", "rate_limited"]
    text: str
    repeat: bool = False  # the user was already told this during the same wait: chat connectors stay quiet


Response = Reply | Notice


class RateLimiter:
    """At most `limit` messages per user in any `window` seconds (a sliding window)."""

    def __init__(self, *, limit: int, window: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self.clock = limit, window, clock
        self._seen: OrderedDict[str, deque[float]] = OrderedDict()

    def check(self, user: str) -> float:
        """0 and counts the message when `user` may send it, else the seconds to wait (nothing counted)."""
        now = self.clock()
        times = self._seen.pop(user, None) or deque()
        while times and now - times[0] >= self.window:
            times.popleft()
        self._seen[user] = times
        if len(self._seen) > MAX_TRACKED:
            self._seen.popitem(last=False)
        if len(times) >= self.limit:
            return max(self.window - (now - times[0]), 0.001)
        times.append(now)
        return 0.0


class History:
    """The last few turns per conversation, in memory only, so follow-up questions work."""

    def __init__(self, *, turns: int) -> None:
        self.turns = turns
        self._by_key: OrderedDict[str, deque[Turn]] = OrderedDict()

    def get(self, key: str) -> list[Turn]:
        return list(self._by_key.get(key, ()))

    def add(self, key: str, question: str, reply: Reply) -> None:
        turns = self._by_key.pop(key, None) or deque(maxlen=self.turns)
        turns.append(Turn(role="user", text=question))
        turns.append(Turn(role="assistant", text=reply.text))
        self._by_key[key] = turns
        if len(self._by_key) > MAX_TRACKED:
            self._by_key.popitem(last=False)


class Responder:
    """Answers commands for one connector; the core runs in a thread because it is CPU-bound."""

    def __init__(
        self, bot: Bot, *, help_text: str, combo_example: str, limiter: RateLimiter, history: History
    ) -> None:
        self.bot, self.help_text, self.combo_example = bot, help_text, combo_example
        self.limiter, self.history = limiter, history
        self._told: OrderedDict[str, float] = OrderedDict()  # user -> when their current wait ends

    @classmethod
    def from_settings(cls, bot: Bot, settings: Settings, *, help_text: str, combo_example: str) -> Responder:
        return cls(
            bot,
            help_text=help_text,
            combo_example=combo_example,
            limiter=RateLimiter(limit=settings.channel_rate_limit, window=settings.channel_rate_window),
            history=History(turns=settings.channel_history_turns),
        )

    async def respond(self, command: Command, *, user: str, conversation: str) -> Response:
        """The reply to `command` from `user` in `conversation` (a room or channel id).

        Over the rate limit, the reply is a `rate_limited` notice; from the second one in the same
        wait it is marked `repeat`, so a flood of messages is not answered by a flood of notices.
        """
        return self.check(user) or await self.answer(command, user=user, conversation=conversation)

    def check(self, user: str) -> Notice | None:
        """Count a message from `user`: None when it may be answered, else the `rate_limited` notice."""
        wait = self.limiter.check(user)
        return self._rate_limited(user, wait) if wait else None

    async def answer(self, command: Command, *, user: str, conversation: str) -> Response:
        """The reply to `command`, without counting it against the rate limit (see `check`)."""
        if command.name == "help":
            return Notice("help", self.help_text)
        if command.name == "combo":
            if not (command.a and command.b):
                return Notice("usage", COMBO_USAGE.format(example=self.combo_example))
            reply = await asyncio.to_thread(self.bot.combo, command.a, command.b)
        else:
            key = f"{conversation}\x00{user}"
            reply = await asyncio.to_thread(self.bot.ask, command.text, history=self.history.get(key))
            self.history.add(key, command.text, reply)
        log.debug("answered with %s/%s", reply.kind, reply.reason)
        return reply

    def _rate_limited(self, user: str, wait: float) -> Notice:
        now = self.limiter.clock()
        repeat = self._told.pop(user, 0.0) > now
        self._told[user] = now + wait
        if len(self._told) > MAX_TRACKED:
            self._told.popitem(last=False)
        log.info("rate limited a user for %.0fs", wait)
        return Notice("rate_limited", RATE_LIMITED.format(seconds=math.ceil(wait)), repeat=repeat)
