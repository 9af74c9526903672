"""Read an emergency message for what is happening: which situations, who is typing, and the body's state.

The situations and their signs are data (`knowledge/emergencies.yaml`); this module only
matches them against a message and decides their order. A situation comes from the signs
someone describes and the substances in view, not from a substance alone, and several can
apply at once (an unknown pill, unresponsive and snoring: the opioid steps, naloxone
included, come first). What is said about the person's state (cold, overheating, drowsy,
fitting) decides which steps must never be given (`bot/first_steps.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from bot.kb.model import Situation
from bot.policy.rules import RESEARCH, SAID_NOT_NOW, not_happening_now

UNKNOWN = "unknown"  # a situation's `substances` entry for unknown pills or powders

Who = Literal["self", "other"]

# The person typing is the one in danger ("i took", "my heart") or someone else is ("my mate", "he's").
_SELF = re.compile(
    r"\b(i (took|did|smoked|snorted|shot|drank|swallowed|ate|had|redosed|used|injected|accidentally|accidentaly|"
    r"think i|think im|keep|feel|just|want|wanna|dont want|need|am|dont feel|do not feel)|"
    r"i cant (breathe|stop|keep|think|move|see|feel|remember|calm|cool|stand|walk|focus|swallow|stay awake|talk)|"
    # in other languages: "j'ai pris", "ich habe", "me siento", "eu tomei"
    r"j ?ai (pris|pas|super|tres|trop|mal)|je (suis|me sens|prends|tremble|vais)|ich (habe|bin|fuhle|fühle|kann)|mir ist|"
    r"ik (heb|ben|voel|kan)|me siento|estoy|tome|tomé|eu (tomei|estou|sinto)|estou|"
    r"im (so|really|feeling|going|dying|scared|alone|shaking|burning|freezing|sweating|seeing|hearing|on|about)|"
    r"my (whole )?(heart|chest|body|head|legs|arms|jaw|muscles|skin|lips|hands|feet|eyes|vision|stomach|face|breathing|throat)|"
    r"im (soaked|boiling|overheating|twitching|shaking|sweating|freaking|panicking|losing))\b"
)
# "took 30 pills an hour ago", "been on meth for days": the person typing, with the "I" left out.
_IMPLICIT_SELF = re.compile(
    r"^(just )?(took|did|smoked|snorted|drank|ate|swallowed|shot|injected|used|dropped|popped|mixed|been|cant|feel|feeling|"
    r"meant|accidentally|had|woke)\b"
)
# "took 2 of my mum's clonazepam": the owner of the pills is not the one in danger.
_OWNER = re.compile(
    r"\b(?:of\s+)?(?:my|his|her)\s+(?:mum|mom|dad|nan|gran|brother|sister|friend|mate|partner|boyfriend|girlfriend|husband|wife|flatmate|roommate)s?\s+"
    r"(?:\w+\s+)?(?:pills?|meds|medicine|medication|tablets?|prescription|stash|bottle|clonazepam|diazepam|valium|xanax|oxy\w*|tramadol|methadone|morphine|codeine|adderall|ritalin)\b"
)
# A clause that starts with what was done or felt, with no one else named: the person typing.
_CLIPPED_SELF = re.compile(r"(?:^|[,.;:+]\s*|\band\s+)(?:took|did|had|drank|smoked|snorted|dropped|popped|boiling|shaking|puking|feel|feeling|cant)\b")
# "someone gave me a pill", "the guy who sold it to me", "someone put something in my drink": the other person is
# the giver, not the one in danger.
_GIVER = re.compile(
    r"\b(someone|somebody|a guy|this guy|the guy|a girl|a man|a woman|he|she|they|my (?:friend|mate|dealer))\s+"
    r"(gave|sold|handed|offered|passed|slipped|put|spiked|got)\s+(me|something in my|it to me|my)\b"
)
_OTHER = re.compile(
    r"(^|\b(my|this|a|the|our) )(friend|freind|mate|bf|gf|boyfriend|girlfriend|partner|husband|wife|son|daughter|"
    r"brother|sister|dad|mum|mom|nan|gran|grandson|granddaughter|baby|toddler|child|kid|roommate|roomate|flatmate|"
    r"client|patient|guy|girl|man|woman|person|sibling|bloke|lad|dude|housemate)s?\b|\b(client|patient|customer)s? (on|is|has|took)\b|"
    r"\b(guy|girl|lad|bloke|dude|woman|man|fella) (is|has|took|keeps|wont|cant|just)\b|"
    r"\b(he|she|hes|shes|they|theyre|him|her|someone|somebody|\d+ ?(yo|year old))\b"
)
_STATE: dict[str, re.Pattern[str]] = {
    "cold": re.compile(r"\b(cold|freezing|chilly|hypotherm\w*|ice cold|in the snow|wet through|soaking wet|soaked through|kalt|froid|fr[ií]o|koud)\b"),
    "hot": re.compile(r"\b(hot|burning up|boiling|overheat\w*|roasting|on fire|temp(erature)?( is| of| at)? \d|fever)\b"),
    "unresponsive": re.compile(
        r"\b(unconscious|passed out|out cold|wont wake|cant wake|cant be woken|unresponsive|not responding|"
        r"wont respond|cant get (him|her|them) to respond|nodding|drowsy|sleepy|floppy|limp|blacking out|"
        r"blacked out|gcs|slumped|keep nodding|cant keep my eyes open|falling asleep|went under|gone under|"
        r"completely gone|wont answer|not answering|not waking|out of it|here but not|cant keep my head up|"
        r"bewusstlos|reagiert nicht|inconscient|inconsciente|no despierta|bewusteloos)\b"
    ),
    "seizure": re.compile(r"\b(fit|fits|fitting|seizure|seizing|convuls\w*|shaking and jerking)\b"),
    "breathing": re.compile(
        r"\b(not breathing|stopped breathing|barely breathing|slow breathing|breathing (is )?(so |really )?slow|"
        r"shallow breath\w*|snoring|gurgling|blue|grey|gray|purple|agonal|cant breathe|breathing like)\b"
    ),
    "naloxone": re.compile(r"\b(naloxone|narcan|nyxoid|prenoxad|kloxxado)\b"),
    # Too much water (on MDMA, at a festival): the sodium in the blood falls, and more to drink makes it worse.
    "water": re.compile(
        r"\b((litres|liters|loads|lots|gallons|bottles|tons) of water|too much water|drinking (so much|loads of|tons of|"
        r"litres of|liters of) water|water intoxication|hyponatr\w*)\b"
    ),
}

STATES = tuple(_STATE)  # the state names a situation's `state_steps` may use


def plain(text: str) -> str:
    """Lower case, apostrophes dropped, spaces squashed: "Can't  wake" and "cant wake" read the same."""
    return " ".join(re.sub(r"['’`]", "", text.lower()).split())


@lru_cache(maxsize=4096)
def _sign_pattern(sign: str) -> tuple[re.Pattern[str], ...]:
    """A sign's patterns, all of which must match: "toddler/baby + swallowed/ate" is (toddler or baby) and
    (swallowed or ate), for signs that only mean danger together (a child, and something swallowed)."""
    parts = []
    for part in sign.split(" + "):
        words = "|".join(re.escape(plain(word)) for word in part.split("/") if word.strip())
        parts.append(re.compile(rf"(?<![a-z])(?:{words})(?![\w])"))  # "4yo" holds the sign "yo"
    return tuple(parts)


def sign_parts(sign: str) -> list[list[str]]:
    """The alternatives of each part of a sign, as written (for `kb check`)."""
    return [[word.strip() for word in part.split("/")] for part in sign.split(" + ")]


@dataclass(frozen=True)
class Triage:
    """What an emergency message says: the situations in order, who is typing and the person's state."""

    situations: tuple[Situation, ...]
    who: Who
    state: frozenset[str]  # cold, hot, unresponsive, seizure, breathing, naloxone, water
    substances: tuple[str, ...] = ()  # the substances in view (named now or earlier in the conversation)

    @property
    def opioid_possible(self) -> bool:
        return any(s.id == "opioid-breathing" for s in self.situations)

    @property
    def crisis_possible(self) -> bool:
        return any(s.id == "suicidal-crisis" for s in self.situations)


def who_is_typing(text: str) -> Who:
    """'self' when the person in danger is writing; otherwise (and when unsure) 'other', for bystander steps."""
    text = plain(text)
    if _IMPLICIT_SELF.match(text):
        return "self"
    text = _OWNER.sub(" ", _GIVER.sub(" ", text))
    first_self, first_other = _SELF.search(text), _OTHER.search(text)
    if first_self and (not first_other or first_self.start() < first_other.start()):
        return "self"
    if not first_other and _CLIPPED_SELF.search(text):
        return "self"  # "on sertraline, took molly, shaking, burning up": nobody else named, the "I" left out
    return "other"


# A general question ("what are the signs of an overdose") names nobody: no one is in danger now.
_GENERAL = re.compile(
    r"^(what|whats|why|how|hows|when|which|who|is|are|can|could|does|do|should|will|would|if|in case|signs?|symptoms?)\b"
)
# Over and done ("last night", "hes ok today"), unless something says it is happening now.
_OVER = re.compile(
    r"\b(last (night|week|weekend|month|year|time|summer|winter|spring|autumn|fall|christmas)|yesterday|"
    r"ended up in (icu|intensive care|hospital|a&e|the er|the hospital)|was in (icu|intensive care)|the other (day|night)|\d+ (days|weeks|months|years) ago|"
    r"(days|weeks|months|years) ago|(hes|shes|im|theyre|he is|she is|they are|he was|she was) (ok|okay|fine|alright)|"
    r"it turned out fine|a doctor checked|went to hospital|in (january|february|march|april|may|june|july|august|"
    r"september|october|november|december)|"
    r"(?<!since )(?<!until )(?<!till )(on |last )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)( night)?(?! (night )?now)|"
    r"whenever|every time|comes home|the day after|day after|"
    r"lately|in the past|(?<!not )(?<!get )(?<!got )used to(?! (it|them|this|that)\b)|why (?:did|does|would) (?:that|this|it) happen)\b"
)
# Someone in particular: "is it ok to walk him around" asks about a person, "is it ok to mix" does not.
_SOMEONE_NOW = re.compile(
    r"\b(my|myself|hes|shes|im|ive|he is|she is|him|her|(he|she|they) (wont|cant|isnt|arent|took|keeps|just|did|started|stopped)|"
    r"i (swallowed|took|did|had|drank|smoked|snorted|ate|injected|dropped|popped)|(starting|started) to feel)\b"
)
# "is it normal for someone to shake on the ground like this? still going": a question about now.
_HAPPENING = re.compile(r"\b(still going|still happening|right now|rn|at the moment|happening now|as we speak)\b")
_RESOLVED_NOW = re.compile(r"\b(fine|ok|okay|alright|better|home|calm|gone|over|settled|normal|home from (the )?hospital) now\b")
# "still" and "again" place it now ("still not breathing", "nodding out again"), but not in "should he still see a
# doctor" or "could it happen again": those ask about later.
_NOW = re.compile(
    r"\b(right now|rn|now|currently|"
    r"(?<!should he )(?<!should she )(?<!should i )(?<!should we )(?<!should they )still|"
    r"(?<!happen )(?<!happens )(?<!happening )(?<!stop )(?<!quit )(?<!try )(?<!it )(?<!them )(?<!him )(?<!her )(?<!use )again)\b"
)
_PERSONAL = re.compile(
    r"\b(i|im|ive|my|me|myself|he|she|hes|shes|him|her|they|theyre|this guy|guy in our|male|female|"
    # the same people in German, Dutch, French, Spanish and Portuguese
    r"ich|mein|meine|meinem|meinen|er|sie|ik|mijn|hij|zij|jai|je|il|elle|mon|ma|mes|mi|mis|yo|el|él|ella|"
    r"meu|minha|eu|ele|ela)\b"
)


def _nothing_now(plain_text: str) -> bool:
    """No word says it is happening now ("fine now" says the opposite, so it does not count)."""
    return not _NOW.search(_RESOLVED_NOW.sub("", plain_text))


def over_and_done(text: str) -> bool:
    """Whether the message tells of something past and resolved ("last weekend", "he's fine now"), with nothing
    said to be happening now."""
    text = plain(text)
    return bool(_OVER.search(text)) and _nothing_now(text)


_RESOLVED = re.compile(
    r"\b((hes|shes|im|theyre|he is|she is|they are|he was|she was|i was|was) (totally |completely |all |perfectly )?(ok|okay|fine|alright|better)|"
    r"turned out fine|a doctor checked|went to hospital|they said (im|hes|shes) (ok|okay|fine)|"
    r"discharged|tests? (were|was|came back) (fine|normal|clear)|ecg was (fine|normal)|home from (the )?hospital|"
    r"(checked|seen) (at|in|by) (the )?(hospital|a&e|doctor|gp)|"
    r"been (totally |completely |perfectly )?(fine|ok|okay|alright|better) since|slept it off and (hes|shes|im|theyre)|"
    r"(its|it is|thats|that is) (all )?(gone|passed)|"
    r"(they|doctors?|paramedics?|the nurse|the doctor) said (it was|its|he was|she was|hes|shes|all|everything was) (fine|ok|okay|normal|alright|clear)|came (round|to) on (his|her|their) own)\b"
)


# "keeps saying he's fine but slurring": a claim, not a sign it is over.
_CLAIMS_FINE = re.compile(
    r"\b(?:says?|saying|insist\w*|claim\w*|swear\w*|thinks?|reckons?|pretty sure|probably|probs|prob|hopefully|i guess|maybe)"
    r"\s+(?:that\s+)?(?:hes|shes|im|theyre|he is|she is|they are|i am)\s+"
    r"(?:totally |completely |all |perfectly )?(?:ok|okay|fine|alright|better)\b"
)


def resolved(text: str) -> bool:
    """Whether the message says it is over and the person is all right ("he was fine this morning")."""
    text = _CLAIMS_FINE.sub(" ", plain(text))
    return bool(_RESOLVED.search(text)) and _nothing_now(text)


@lru_cache(maxsize=256)  # the policy step and the danger-first routing ask it of the same message
def describes_someone(text: str) -> bool:
    """Whether the message is about a person now (not a general question), so described signs mean danger."""
    text = plain(text)
    if over_and_done(text):
        return False
    if _IMPLICIT_SELF.match(text):
        return True
    if not _PERSONAL.search(text) and not _OTHER.search(text):
        return False
    # "is it ok to walk him around? he took ecstasy": a question asked about someone in front of you.
    if not_happening_now(text) and not _HAPPENING.search(SAID_NOT_NOW.sub(" ", text)):
        return False  # "what do I say to the operator if I find someone unresponsive?", "residents who get paranoid"
    if _GENERAL.match(text) and RESEARCH.search(text):
        return False  # "what's the link between alcohol and suicide rates? for my report"
    return not (_GENERAL.match(text) and not _SOMEONE_NOW.search(text) and not _HAPPENING.search(text))


def body_state(text: str) -> frozenset[str]:
    text = plain(text)
    return frozenset(name for name, pattern in _STATE.items() if pattern.search(text))


_LETTER_RUN = re.compile(r"[a-z]+")


def letter_runs(text: str) -> frozenset[str]:
    """The (plain) text's runs of letters: a sign word can only be there if its first run is one of them."""
    return frozenset(_LETTER_RUN.findall(text))


@lru_cache(maxsize=4096)
def _sign_leads(sign: str) -> tuple[frozenset[str] | None, ...]:
    """Per part of a sign, the first letter run of each of its words (None when a word starts with no letter).

    A word matches only where it starts a letter run (`(?<![a-z])`), and its first run ends where a non-letter
    follows it in the word or in the text, so that run must be among the text's: a quick, exact no for most signs.
    """
    leads = []
    for words in sign_parts(sign):
        firsts = [_LETTER_RUN.match(plain(word)) for word in words if word]
        leads.append(None if any(f is None for f in firsts) else frozenset(f.group(0) for f in firsts if f))
    return tuple(leads)


def prepare_signs(situations: Iterable[Situation]) -> None:
    """Compile every sign once, at load, so no message pays for compiling the signs it is the first to touch."""
    for situation in situations:
        for sign in situation.signs:
            _sign_leads(sign)
            _sign_pattern(sign)


def signs_in(situation: Situation, text: str, runs: frozenset[str] | None = None) -> list[str]:
    """The situation's signs that the (plain) text describes; `runs` are its letter runs, if already found."""
    runs = letter_runs(text) if runs is None else runs
    return [
        sign for sign in situation.signs
        if all(lead is None or not lead.isdisjoint(runs) for lead in _sign_leads(sign))
        and all(p.search(text) for p in _sign_pattern(sign))
    ]


def triage(text: str, substances: Sequence[str], situations: Iterable[Situation]) -> Triage:
    """Match every situation against `text` and the substances in view; the most fitting first.

    A situation fits when one of its signs is described (and, for `needs: sign_and_substance`,
    one of its substances is in view). Situations whose substances are in view come before
    those that only share a sign ("passed out" after drinking is the alcohol situation before
    the opioid one); with no substance named, `unknown` counts as in view. Then more signs,
    then the data's `priority`.
    """
    plain_text = plain(text)
    runs = letter_runs(plain_text)
    in_view = set(substances) or {UNKNOWN}
    scored = []
    for situation in situations:
        found = signs_in(situation, plain_text, runs)
        if not found:
            continue
        matches_substance = bool(in_view & set(situation.substances))
        if situation.needs == "sign_and_substance" and not matches_substance:
            continue
        scored.append(((matches_substance or not situation.substances, len(found), situation.priority), situation))
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return Triage(
        situations=tuple(s for _, s in scored), who=who_is_typing(text), state=body_state(text),
        substances=tuple(substances),
    )
