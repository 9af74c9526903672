"""The ordered first steps for an emergency, and the steps that must never be given for it.

Steps are knowledge-base sentences named in `knowledge/emergencies.yaml`. Which steps a
situation needs is data; which steps contradict what the person is going through is a
safety rule, so it lives here in code and every rule has a test: no cooling for someone who
is cold, nothing by mouth for someone drowsy, unconscious or fitting, and never walking
someone around, a cold shower or making them sick. A rule drops only a sentence that tells
you to do the thing; "Do not give them anything to drink" stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from bot.compose import near_duplicate
from bot.kb.model import EmergencyStep, Section, Situation
from bot.sentences import Sentence, split_sentences
from bot.triage import UNKNOWN, Triage

SELF_FIRST = 3  # steps for the person themselves that lead, when they are the one typing
NALOXONE = re.compile(r"\b(naloxone|narcan)\b", re.IGNORECASE)
_NEGATED = re.compile(r"\b(do not|don't|dont|never|not|no|avoid|without|instead of)\b[^.;]{0,40}$", re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    """A kind of step that must not be given when `applies` says so for the person's state."""

    name: str
    applies: Callable[[frozenset[str]], bool]
    instruction: re.Pattern[str]


RULES: tuple[Rule, ...] = (
    Rule(
        "no cooling for someone who is cold, or unconscious without overheating",
        lambda state: "cold" in state or ("unresponsive" in state and "hot" not in state),
        re.compile(r"\b(cool (their|the|an|them|him|her)|cool water|cold water|wet cloths?|wet towels?|"
                   r"cold packs?|ice packs?|fanning|fan them)\b", re.IGNORECASE),  # "wet clothes" is not cooling
    ),
    Rule(
        "nothing by mouth for someone drowsy, unconscious or fitting, or who has drunk too much water",
        lambda state: bool({"unresponsive", "seizure", "water"} & state),
        re.compile(r"\b(give|offer|sip|sips|drink|eat)\b[^.]{0,30}\b(water|fluids?|food|sugar|milk|drink|something)\b",
                   re.IGNORECASE),
    ),
    Rule("never walk someone around", lambda state: True,
         re.compile(r"\bwalk (them|him|her|the person) (around|about)\b", re.IGNORECASE)),
    Rule("never a cold shower", lambda state: True, re.compile(r"\bcold (shower|bath)\b", re.IGNORECASE)),
    Rule("never make someone sick", lambda state: True,
         re.compile(r"\b(make|making) (them|him|her|the person|someone|yourself) (vomit|sick|throw up)\b", re.IGNORECASE)),
)


def contradiction(text: str, state: frozenset[str]) -> str | None:
    """The rule a sentence breaks for this state (it tells you to do a forbidden thing), or None."""
    for rule in RULES:
        if not rule.applies(state):
            continue
        for match in rule.instruction.finditer(text):
            if not _NEGATED.search(text[: match.start()]):
                return rule.name
    return None


def allowed(sentences: Iterable[Sentence], state: frozenset[str]) -> list[Sentence]:
    """The sentences that break no rule for this state."""
    return [s for s in sentences if contradiction(s.text, state) is None]


class StepFinder:
    """Turns a triage into quotable sentences: the situations' steps, in order, without contradictions."""

    def __init__(self, sections: Sequence[Section], situations: Iterable[Situation]) -> None:
        self._sentences: dict[tuple[str, str], Sentence] = {
            (section.key, s.text): s for section in sections for s in split_sentences(section)
        }
        situations = list(situations)
        self._naloxone = next(
            (step for situation in situations if situation.id == "opioid-breathing" for step in situation.steps
             if NALOXONE.search(step.sentence)),
            None,
        )
        # The opioids: the substances of the opioid situation, so naming one brings naloxone in any situation.
        self._opioids = frozenset(
            s for situation in situations if situation.id == "opioid-breathing" for s in situation.substances
        ) - {UNKNOWN}

    @staticmethod
    def _state_steps(triage: Triage) -> list[EmergencyStep]:
        """The steps the described state calls for, from the first situation that has them for each state."""
        out: list[EmergencyStep] = []
        for state in sorted(triage.state):
            steps = next((s.state_steps[state] for s in triage.situations if state in s.state_steps), ())
            out += [step for step in steps if step not in out]
        return out

    def sentence(self, step: EmergencyStep) -> Sentence | None:
        return self._sentences.get((step.section, step.sentence))

    def steps(self, triage: Triage, *, first: int = 6, others: int = 3, limit: int = 9) -> list[Sentence]:
        """The first situation's first `first` steps, then up to `others` new ones from each further situation.

        The person typing gets the steps for themselves when the situation has them. Naloxone is
        always among the steps when opioids are possible or the message says naloxone is at hand.
        """
        chosen: list[EmergencyStep] = []
        for n, situation in enumerate(triage.situations):
            own = list(situation.steps)
            if triage.who == "self" and situation.self_steps:
                # Their own steps first (call now, tell someone, unlock the door), then what the situation
                # itself needs (cooling, naloxone), which someone with them can do.
                own = [*situation.self_steps[:SELF_FIRST], *situation.steps[1:]]
            fresh = [s for s in own if s not in chosen]
            chosen += fresh[: first if n == 0 else others]
        # What the person's state calls for ("cold": keep them warm) comes right after the call for help.
        for state_step in self._state_steps(triage):
            if state_step not in chosen:
                chosen.insert(1 if chosen else 0, state_step)
        wants_naloxone = (
            triage.opioid_possible or "naloxone" in triage.state or bool(self._opioids & set(triage.substances))
        )
        if wants_naloxone and self._naloxone and not any(NALOXONE.search(s.sentence) for s in chosen):
            chosen.insert(1 if chosen else 0, self._naloxone)
        sentences = [s for step in chosen if (s := self.sentence(step)) is not None]
        return distinct(allowed(sentences, triage.state))[:limit]


def distinct(sentences: Iterable[Sentence]) -> list[Sentence]:
    """The sentences without a near-repeat of an earlier one: two guides saying "recovery position" alike say it once."""
    kept: list[Sentence] = []
    for sentence in sentences:
        if not any(near_duplicate(sentence.text, k.text) for k in kept):
            kept.append(sentence)
    return kept
