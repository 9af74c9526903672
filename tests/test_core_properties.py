"""Property test of `Bot.ask`: whatever arrives, the reply keeps the contract and the core never raises."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import Bot
from bot.reply import Reply
from tests.test_core import assert_contract

WORDS = ["mdma", "molly", "ketamine", "how much", "dose", "mg", "legal", "uk", "alcohol", "mix", "overdose",
         "not breathing", "what is", "risks", "k", "xanax", "and", "?", "1.5g", "m d m a", "d0se", "\u200b", "\n"]
messages = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1900, max_size=2100),
    st.none(), st.integers(), st.binary(max_size=50),
)
turns = st.one_of(
    st.fixed_dictionaries({"role": st.sampled_from(["user", "assistant"]), "text": messages}),
    st.dictionaries(st.text(max_size=5), st.text(max_size=20), max_size=3),
    st.text(max_size=10), st.none(),
)
histories = st.one_of(st.none(), st.lists(turns, max_size=12), st.text(max_size=20), st.integers())
places = st.one_of(st.none(), st.sampled_from(["US", "UK", "CA", "AU", "NL", "DE", "PT", "uk", "XX", ""]),
                   st.lists(st.text(max_size=3), max_size=2), st.integers())


@given(message=messages, history=histories, jurisdiction=places)
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None, derandomize=True)
def test_any_input_gets_a_reply_within_the_contract(bot: Bot, message: object, history: object, jurisdiction: object) -> None:
    reply = bot.ask(message, history=history, jurisdiction=jurisdiction)
    assert isinstance(reply, Reply)
    assert_contract(bot, reply)
    assert reply.jurisdiction is None or reply.jurisdiction in bot.kb.jurisdictions
    if not isinstance(message, str) or not message.strip():
        assert (reply.kind, reply.reason) == ("abstain", "empty")


@given(message=st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join))
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck), database=None, derandomize=True)
def test_a_cached_reply_is_the_reply_the_bot_would_give(bot: Bot, message: str) -> None:
    first = bot.ask(message)
    assert bot.ask(f" {message}\n") == first
    cache, bot.cache = bot.cache, None
    try:
        assert bot.ask(message) == first  # computed afresh: the cache changes no reply
    finally:
        bot.cache = cache
