"""Read a message in the light of the conversation so far.

A follow-up such as "what about with alcohol?" after "What are the risks of MDMA?" is
about MDMA and alcohol: substances, the place and the legal framing carry over from
earlier user turns when the new message does not name its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.intent import ASKS_PERMISSION_HERE, asks_about_combination, asks_about_law
from bot.reply import Turn
from bot.resolve import Resolver

FOLLOW_UP_MAX_WORDS = 12


@dataclass(frozen=True)
class Context:
    """What the current question is about, once the conversation is taken into account."""

    text: str
    substances: list[str] = field(default_factory=list)
    jurisdiction: str | None = None
    about_law: bool = False
    carried: list[str] = field(default_factory=list)  # names of substances taken from earlier turns
    carried_text: str = ""  # the previous question, for a short follow-up that names nothing ("where can I get some?")

    @property
    def search_text(self) -> str:
        """The text to retrieve with: the message plus what it refers back to."""
        return " ".join(part for part in [self.text, *self.carried, self.carried_text] if part)


def read_in_context(
    text: str,
    history: Sequence[Turn],
    resolver: Resolver,
    *,
    jurisdiction: str | None = None,
    default_jurisdiction: str | None = None,
) -> Context:
    """Resolve substances and jurisdiction for `text`, carrying them over from `history`."""
    own = resolver.substances(text)
    earlier_turns = [turn.text for turn in reversed(history) if turn.role == "user"]
    earlier: list[str] = next((found for t in earlier_turns if (found := resolver.substances(t))), [])
    short = len(text.split()) <= FOLLOW_UP_MAX_WORDS
    carried: list[str] = []
    earlier_was_legal = any(asks_about_law(t) for t in earlier_turns[:1])
    if earlier and short:
        if not own:
            carried = earlier
        elif len(own) == 1 and own[0] not in earlier and (asks_about_combination(text) or not earlier_was_legal):
            carried = earlier[:1]
    substances = carried + own if carried and own else own or carried
    place = (
        resolver.jurisdiction(text)
        or jurisdiction
        or next((found for t in earlier_turns if (found := resolver.jurisdiction(t))), None)
        or default_jurisdiction
    )
    named_place = resolver.jurisdiction(text) is not None
    about_law = (
        asks_about_law(text)
        or ((named_place or re.search(r"\bhere\b", text, re.I)) and bool(ASKS_PERMISSION_HERE.search(text)))
        or (short and named_place and earlier_was_legal)
    )
    names = [resolver.kb.substances[s].name for s in carried if s in resolver.kb.substances]
    carried_text = earlier_turns[0] if short and earlier_turns and not substances else ""
    return Context(
        text=text, substances=substances, jurisdiction=place, about_law=about_law, carried=names,
        carried_text=carried_text,
    )
