"""How chat messages are read: `bot/channels/commands.py`."""

from __future__ import annotations

from bot.channels.commands import Command, help_text, parse


def test_in_a_room_only_prefixed_commands_are_for_the_bot() -> None:
    assert parse("what are the risks of ketamine", addressed=False) is None
    assert parse("!ask what are the risks of ketamine", addressed=False) == Command(
        "ask", text="what are the risks of ketamine"
    )
    assert parse("!help", addressed=False) == Command("help")
    assert parse("!unknown thing", addressed=False) is None


def test_combo_takes_two_names_with_or_without_separators() -> None:
    assert parse("!combo mdma alcohol", addressed=False) == Command("combo", a="mdma", b="alcohol")
    assert parse("!combo nitrous oxide + alcohol", addressed=False) == Command("combo", a="nitrous oxide", b="alcohol")
    assert parse("!combo ketamine and cocaine", addressed=False) == Command("combo", a="ketamine", b="cocaine")
    assert parse("!combo mdma", addressed=False) == Command("combo")  # a usage hint, not a guess


def test_when_addressed_any_text_is_a_question() -> None:
    assert parse("help", addressed=True) == Command("help")
    assert parse("combo mdma alcohol", addressed=True) == Command("combo", a="mdma", b="alcohol")
    assert parse("help my friend collapsed", addressed=True) == Command("ask", text="help my friend collapsed")
    assert parse("combo of mdma and alcohol is it ok", addressed=True).name == "ask"
    assert parse("  ", addressed=True) == Command("help")


def test_help_says_what_the_bot_does_not_do() -> None:
    text = help_text(ask="/ask", combo="/combo", help="/help")
    assert "never give dosing advice" in text and "emergency" in text and "/combo" in text
