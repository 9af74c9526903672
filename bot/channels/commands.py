"""What a chat message asks for: a question, a combination, or help.

Every connector reads messages the same way, so `!combo a b` on Matrix and `combo a b`
in a Discord DM mean the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

CommandName = Literal["ask", "combo", "help"]
_PAIR_SEPARATOR = re.compile(r"\s*(?:\+|,|&|\band\b|\bwith\b)\s*", re.IGNORECASE)
MAX_NAME_WORDS = 3  # "nitrous oxide", "magic mushrooms"
_HELP_WORDS = {"help", "?", "commands", "start", "/start"}


@dataclass(frozen=True)
class Command:
    """One request to the bot. For `combo`, both `a` and `b` are set, or neither (then it is a usage error)."""

    name: CommandName
    text: str = ""
    a: str = ""
    b: str = ""


def parse(text: str, *, prefix: str = "!", addressed: bool) -> Command | None:
    """The command in `text`, or None when the message is not for the bot.

    `addressed` is true for direct messages and mentions: then any text is a question, and
    `help` or `combo A B` work without the prefix. In a room, only `{prefix}ask`, `{prefix}combo`
    and `{prefix}help` are commands.
    """
    text = text.strip()
    word, _, rest = text.partition(" ")
    word = word.lower()
    if prefix and word.startswith(prefix):
        name = word[len(prefix):]
        rest = rest.strip()
        if name == "ask":
            return Command("ask", text=rest) if rest or addressed else Command("help")
        if name == "help":
            return Command("help")
        if name == "combo":
            return _combo(rest) or Command("combo")
        return None
    if not addressed:
        return None
    if word.rstrip("!.?") in _HELP_WORDS and not rest.strip():
        return Command("help")
    if word == "combo" and (pair := _combo(rest.strip())):
        return pair
    return Command("ask", text=text) if text else Command("help")


def _combo(rest: str) -> Command | None:
    """`a b`, `a + b`, `a and b`, `a, b`: two names, each of a few words when separated (else it is a sentence)."""
    parts = [p for p in _PAIR_SEPARATOR.split(rest) if p]
    if len(parts) != 2:
        parts = rest.split()
    if len(parts) != 2 or any(len(part.split()) > MAX_NAME_WORDS for part in parts):
        return None
    return Command("combo", a=parts[0].strip(), b=parts[1].strip())


def help_text(*, ask: str, combo: str, help: str) -> str:  # noqa: A002 - `help` is the command's name
    """What the bot does and does not do, with the platform's own syntax for each command."""
    return (
        "I'm a harm-reduction information bot. I answer questions about drugs and alcohol: effects, risks, "
        "combinations and legal status, only from a vetted knowledge base, and every answer names its sources.\n"
        "\n"
        "What I don't do: I never give dosing advice (no amounts, timings or schedules). I don't help make, buy "
        "or hide drugs. When I have no vetted information, I say so instead of guessing. I'm not a doctor and "
        "can't see your situation, so a pharmacist or a drug service can help with what I can't.\n"
        "\n"
        "In an emergency, call your local emergency number first.\n"
        "\n"
        f"Ask a question: {ask}\n"
        f"Check a combination: {combo}\n"
        f"This help: {help}\n"
        "I don't keep your messages: I remember the last few turns of our conversation in memory only, "
        "so follow-up questions work."
    )


COMBO_USAGE = "Name two substances, for example: {example}"
