"""Decide, before any retrieval, whether a message is an emergency or must be refused.

Order matters and is fixed: an emergency wins over everything, then dosing, then the
other refusals. Out-of-scope questions are decided later, from retrieval strength.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.policy.normalise import fold
from bot.policy.rules import DRUG_WORDS, HOMONYMS, asks_for_dose, emergency_reason, refusal_reason


@dataclass(frozen=True)
class Decision:
    """`kind` is `emergency`, `refusal` or None (answer normally); `reason` says why."""

    kind: str | None
    reason: str | None
    folded: str

    @property
    def blocks_answer(self) -> bool:
        return self.kind is not None


def without_homonyms(text: str) -> str:
    """The text with phrases like 'a can of coke' blanked, so they name no drug."""
    return HOMONYMS.sub(" ", text)


def decide(text: str, *, drug_context: bool) -> Decision:
    """Emergency first, whatever the topic; refusals only where drugs are what the message is about.

    `drug_context` says whether the message (or the conversation it follows) is about drugs:
    "how much flour for bread" asks for an amount but is no dosing question.
    """
    folded = fold(text)
    readable = without_homonyms(folded)
    reason = emergency_reason(readable)
    if reason:
        return Decision("emergency", reason, folded)
    if not drug_context and not DRUG_WORDS.search(readable):
        return Decision(None, None, folded)
    if asks_for_dose(readable):
        return Decision("refusal", "dosing", folded)
    reason = refusal_reason(readable)
    if reason:
        return Decision("refusal", reason, folded)
    return Decision(None, None, folded)
