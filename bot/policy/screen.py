"""The policy step for one message read in its conversation: what `Bot.screen` runs.

It gathers what `decide` needs from the conversation (the substances in view, whether earlier
turns were about drugs or about getting help) and the classifier's reading of the query vector.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.policy.decide import Decision, decide, without_homonyms
from bot.policy.normalise import canonical, readings
from bot.policy.rules import DRUG_WORDS, SOURCING_HELP_ITEMS
from bot.triage import describes_someone

if TYPE_CHECKING:
    from bot.conversation import Context
    from bot.policy.classifier import PolicyClassifier
    from bot.reply import Turn
    from bot.resolve import Resolver

# Earlier user turns that can make a bare "how much?" a dosing follow-up.
FOLLOW_UP_TURNS = 3


def screen(
    message: str,
    *,
    context: Context,
    turns: Sequence[Turn],
    resolver: Resolver,
    classifier: PolicyClassifier,
    vector: Sequence[float],
) -> Decision:
    """Emergency, refusal, off-topic or go ahead (`Decision(None, None)`) for `message` after `turns`."""
    forms = readings(canonical(message))
    in_view = list(dict.fromkeys([*context.substances, *(s for r in forms for s in resolver.substances(without_homonyms(r)))]))
    earlier_user = [t.text for t in turns if t.role == "user"][-FOLLOW_UP_TURNS:]
    return decide(
        message,
        substances=in_view,
        earlier_drug_talk=any(DRUG_WORDS.search(t) or resolver.substances(t) for t in earlier_user),
        help_in_view=any(SOURCING_HELP_ITEMS.search(t.text) for t in turns[-2:] if t.role == "user"),
        about_law=context.about_law,
        about_someone_now=describes_someone(context.text),
        probabilities=classifier.probabilities(vector, message),
        thresholds=classifier.thresholds,
    )
