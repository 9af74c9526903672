"""`Bot.ask` accepts anything a caller might pass and still answers within the contract."""

from __future__ import annotations

import pytest

from bot.core import Bot
from bot.reply import Reply, Turn
from tests.test_core import assert_contract

ODD_HISTORIES = [
    None,
    "tell me about ketamine",
    b"bytes",
    {"role": "user", "text": "a dict, not a list"},
    42,
    [None, 3, "x", {"role": "robot", "text": "hi"}, {"role": "user", "text": 7}, {"role": "user"}],
    ({"role": "user", "text": "tell me about ketamine"} for _ in range(3)),
    [{"role": "user", "text": "k" * 1_000_000}],
    [Turn(role="user", text="What are the risks of MDMA?")] * 5000,
]
ODD_JURISDICTIONS = [["UK"], {"UK": 1}, 44, b"UK", "uk", "XX", "", None]
ODD_MESSAGES = [None, 12, 3.5, b"what is mdma", ["what is mdma"], {"message": "what is mdma"}, object()]


@pytest.mark.parametrize("history", ODD_HISTORIES, ids=lambda h: type(h).__name__)
def test_any_history_is_read_without_raising(bot: Bot, history: object) -> None:
    reply = bot.ask("is it legal?", history=history)
    assert isinstance(reply, Reply)
    assert_contract(bot, reply)


@pytest.mark.parametrize("jurisdiction", ODD_JURISDICTIONS, ids=repr)
def test_any_jurisdiction_is_read_without_raising(bot: Bot, jurisdiction: object) -> None:
    reply = bot.ask("is molly legal", jurisdiction=jurisdiction)
    assert_contract(bot, reply)
    assert reply.jurisdiction in (None, "UK")


@pytest.mark.parametrize("message", ODD_MESSAGES, ids=lambda m: type(m).__name__)
def test_a_message_that_is_not_text_counts_as_empty(bot: Bot, message: object) -> None:
    reply = bot.ask(message)
    assert (reply.kind, reply.reason) == ("abstain", "empty")


def test_a_huge_message_is_read_only_up_to_its_limit(bot: Bot) -> None:
    reply = bot.ask("what does mdma do to serotonin? " + "x" * 5_000_000)
    assert_contract(bot, reply)


def test_a_list_jurisdiction_is_ignored_not_used(bot: Bot) -> None:
    assert bot.ask("is molly legal", jurisdiction=["UK"]) == bot.ask("is molly legal")


def test_no_history_is_used_when_the_limit_is_zero(bot: Bot) -> None:
    from bot.core import _history

    assert _history([{"role": "user", "text": "tell me about ketamine"}], limit=0) == []
    assert len(_history([{"role": "user", "text": "hi"}] * 50, limit=10)) == 10
