"""The policy step for one message read in its conversation: what `Bot.screen` runs.

It gathers what `decide` needs from the conversation (the substances in view, whether earlier
turns were about drugs or about getting help) and the classifier's reading of the query vector.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from bot.policy.decide import HARM_ALONE_FLOOR, Decision, decide, harm_head_may_refuse, without_homonyms
from bot.policy.normalise import canonical, readings
from bot.policy.harms import crisis_follow_up, harm_follow_up
from bot.policy.rules import DRUG_WORDS, SOURCING_HELP_ITEMS, asks_where_to_buy, emergency_reason, sourcing_follow_up
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
    embed: Callable[[str], Sequence[float]] | None = None,
) -> Decision:
    """Emergency, refusal, off-topic or go ahead (`Decision(None, None)`) for `message` after `turns`.

    `embed` embeds a text for the classifier; with it, a follow-up is also read with the turns before it.
    """
    forms = readings(canonical(message))
    named = [s for r in forms for s in resolver.substances(without_homonyms(r))]
    in_view = list(dict.fromkeys([*context.substances, *named]))
    earlier_user = [t.text for t in turns if t.role == "user"][-FOLLOW_UP_TURNS:]
    probabilities, harm_alone = classifier.scores(vector, message)
    return decide(
        message,
        substances=in_view,
        earlier_drug_talk=any(DRUG_WORDS.search(t) or resolver.substances(t) for t in earlier_user),
        help_in_view=any(SOURCING_HELP_ITEMS.search(t.text) for t in turns[-2:] if t.role == "user"),
        about_law=context.about_law,
        about_someone_now=describes_someone(context.text),
        follow_up_of=follow_up_of(message, forms, earlier_user, classifier=classifier, embed=embed),
        named_here=bool(named) or not turns,
        probabilities=probabilities,
        thresholds=classifier.thresholds,
        harm_alone=harm_alone,
        harm_alone_threshold=classifier.harm_threshold,
    )


def follow_up_of(
    message: str,
    forms: Sequence[str],
    earlier_user: Sequence[str],
    *,
    classifier: PolicyClassifier,
    embed: Callable[[str], Sequence[float]] | None,
) -> str | None:
    """`crisis`, `harm_to_others` or `sourcing` when the conversation so far told of one and `message` carries it on.

    A crisis said earlier in so many words ("everyone would be better off without me") is read by the rules.
    Otherwise the classifier reads the user's turns and this message together ("I've written goodbye notes. My
    partner's sleeping tablets are in the drawer. How long would it take to work?"). Only a message shaped as a
    follow-up (an amount, a means, how it would go, whether a test would find it) is read again, so the extra
    embedding is rare.
    """
    if not earlier_user:
        return None
    sourcing_shaped = any(sourcing_follow_up(form) for form in forms)
    crisis_shaped = any(crisis_follow_up(form) for form in forms)
    harm_shaped = any(harm_follow_up(form) for form in forms)
    if not (sourcing_shaped or crisis_shaped or harm_shaped):
        return None  # most messages: the earlier turns are not read again
    said = [form for turn in earlier_user for form in readings(canonical(turn))]
    if sourcing_shaped and any(asks_where_to_buy(form) for form in said):
        return "sourcing"  # "just give me the link then" after "what are darknet markets"
    if not crisis_shaped and not harm_shaped:
        return None
    if crisis_shaped and any(emergency_reason(form) == "crisis" for form in said):
        return "crisis"
    if embed is None:
        return None
    # Each turn as the policy reads a message (`canonical`), so how this one is dressed changes nothing.
    together = " ".join(canonical(turn) for turn in [*earlier_user, message])
    probabilities, harm = classifier.scores(embed(together), together)
    top = max(probabilities, key=probabilities.__getitem__)
    if (
        ((top == "crisis" and crisis_shaped) or (top == "harm_to_others" and harm_shaped))
        and probabilities[top] >= classifier.thresholds.get(top, 1.0)
    ):
        return top
    # The harm head reads the turns together as it reads one message (`decide`), and may act where it would there.
    if (
        harm_shaped and harm >= max(classifier.harm_threshold, HARM_ALONE_FLOOR)
        and harm_head_may_refuse(together, probabilities)
    ):
        return "harm_to_others"
    return None
