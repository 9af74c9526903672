"""What every connector shares: rate limit, short memory, the call into the core (`bot/channels/responder.py`)."""

from __future__ import annotations

from bot.channels.commands import Command
from bot.channels.responder import History, Notice, RateLimiter, Responder
from bot.core import Bot
from bot.reply import Reply


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_rate_limit_counts_per_user_and_tells_how_long_to_wait() -> None:
    clock = Clock()
    limiter = RateLimiter(limit=2, window=60, clock=clock)

    assert limiter.check("alice") == 0 and limiter.check("alice") == 0
    clock.now += 10
    assert limiter.check("alice") == 50
    assert limiter.check("bob") == 0
    clock.now += 50
    assert limiter.check("alice") == 0


def test_history_keeps_only_the_last_turns() -> None:
    history = History(turns=4)
    for n in range(5):
        history.add("room", f"question {n}", Reply(kind="abstain", text=f"reply {n}"))
    assert [t.text for t in history.get("room")] == ["question 3", "reply 3", "question 4", "reply 4"]
    assert history.get("elsewhere") == []


def responder(bot: Bot, *, limit: int = 5) -> Responder:
    return Responder(
        bot, help_text="HELP", combo_example="!combo a b",
        limiter=RateLimiter(limit=limit, window=60), history=History(turns=6),
    )


async def test_follow_ups_are_read_in_the_conversation_of_that_user_only(bot: Bot) -> None:
    shared = responder(bot)
    await shared.respond(Command("ask", text="What are the risks of MDMA?"), user="alice", conversation="room")
    follow_up = await shared.respond(Command("ask", text="what about with alcohol?"), user="alice", conversation="room")
    someone_else = await shared.respond(Command("ask", text="what about with alcohol?"), user="bob", conversation="room")

    assert isinstance(follow_up, Reply) and follow_up.interaction and follow_up.interaction.a == "mdma"
    assert isinstance(someone_else, Reply) and someone_else.interaction is None


async def test_help_usage_and_rate_limit_are_notices(bot: Bot) -> None:
    limited = responder(bot, limit=2)
    assert await limited.respond(Command("help"), user="u", conversation="c") == Notice("help", "HELP")
    usage = await limited.respond(Command("combo"), user="u", conversation="c")
    assert isinstance(usage, Notice) and usage.kind == "usage" and "!combo a b" in usage.text
    wait = await limited.respond(Command("help"), user="u", conversation="c")
    assert isinstance(wait, Notice) and wait.kind == "rate_limited" and "60 seconds" in wait.text
    assert not wait.repeat


async def test_a_flood_is_told_to_wait_once_not_once_per_message(bot: Bot) -> None:
    limited = responder(bot, limit=1)
    await limited.respond(Command("help"), user="u", conversation="c")
    notices = [await limited.respond(Command("help"), user="u", conversation="c") for _ in range(3)]
    assert [n.kind for n in notices] == ["rate_limited"] * 3
    assert [n.repeat for n in notices] == [False, True, True]
