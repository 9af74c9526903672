"""The second reader of emergencies: a situation named from the message when no sign is in its words."""

from __future__ import annotations

import re

from bot.core import Bot
from bot.situation_classifier import NONE_OF_THEM, load_training
from evals.cases import CASES_DIR, FRESH_DIR, load_cases


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def test_every_training_label_is_a_situation_or_none_of_them(bot: Bot) -> None:
    labels = {label for _, label in load_training()}
    assert labels - {NONE_OF_THEM} <= set(bot.kb.situations)
    assert len(labels) >= 10


def test_no_eval_case_is_a_training_example() -> None:
    training = {_words(text) for text, _ in load_training()}
    cases = [c.q for d in (CASES_DIR, FRESH_DIR, CASES_DIR.parent / "tuning") for c in load_cases(d)]
    assert not [q for q in cases if _words(q) in training]


def test_a_situation_is_named_from_words_no_sign_lists(bot: Bot) -> None:
    def named(text: str) -> str | None:
        return bot.situations.situation(bot.embeddings.embed_query(text), text, list(bot.kb.situations))

    assert named("he has gone grey and makes a rattling noise every few seconds after the heroin") == "opioid-breathing"
    assert named("she says the neighbours put microphones in her teeth and she is pulling them out") == "psychosis-agitation"
    assert named("whats the weather like in leeds tomorrow") is None


def test_an_emergency_with_no_sign_gets_the_named_situations_steps(bot: Bot) -> None:
    reply = bot.ask("my mate is on the floor making this awful rattle every few seconds after the blues and wont open his eyes")
    assert reply.kind == "emergency"
    assert re.search(r"naloxone", reply.text, re.I)
