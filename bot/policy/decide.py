"""Decide, before any retrieval, whether a message is an emergency, must be refused, or is off-topic.

Order matters and is fixed: an emergency (a crisis included) wins over everything, then harm to
others and the other harms of `harms.py`, then making or evading, dosing, buying, and out-of-scope.
Each layer is explainable: `Decision.by` says whether a pattern or the classifier decided. The
message is first brought to its canonical form (`normalise.canonical`), so case, quotes, spacing,
trailing punctuation and polite or imperative wrappers never change a decision.
"""

from __future__ import annotations

from functools import lru_cache
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from bot.caseless import caseless
from bot.intent import LEGAL_LIMIT
from bot.policy.harms import (
    OWN_DEATH, PROMOTION_CAMPAIGN, PROMOTION_SAFE, PROTECTIVE, PROTECTIVE_FOR_THE_HEAD, SAYS_NO_ONE_IS_HARMED, SPOTTING_FRAUD, STATED_INTENT, asks_to_harm_others, harm_reason,
)
from bot.policy.normalise import canonical, readings
from bot.policy.rules import (
    ABOUT_SAFETY,
    CULTURE,
    DRUG_WORDS,
    EVASION,
    EVASION_INTENT,
    EXPLANATORY,
    EXPLICIT_DOSE_REQUEST,
    HOMONYMS,
    LEGAL_WORDS,
    MOOD_QUESTION,
    OTHER_MEDICINES,
    RESEARCH,
    SOURCING_HELP_ITEMS,
    asks_for_dose,
    asks_where_to_buy,
    dealing_unnamed,
    emergency_reason,
    general_question,
    lasting_problem_question,
    here_and_now,
    MAKING_TO_SELL,
    making_or_evading,
    safety_framed,
)

NO_FLAGS: Mapping[str, float] = {}
LEGAL_TO_BUY = frozenset({"alcohol", "caffeine"})
NEAR_CERTAIN = 0.9  # the classifier may act without drug words in view only this sure
CLASSIFIER_FLOOR = 0.65  # never below this, whatever the validation threshold
EMERGENCY_FLOOR = 0.75
# The classifier this sure of an emergency, told here and now, comes before the amount or medicine a message
# names ("took half a pill then another half and she just dropped"): chosen on emergency tuning set 5.
EMERGENCY_FIRST = 0.9
# Told about someone now (`triage.describes_someone`), the classifier's emergency and crisis together this likely make
# an emergency, whatever else the message set off ("he's on the balcony rail saying the government's coming for
# him", "they put a chip in me, I'm going to cut it out"): people in danger write in words no pattern lists, and the
# two labels split the same danger between them. Chosen on emergency tuning sets 1-7, the gate and the factual
# tuning sets: 0.7 found 13 of their 26 missed emergencies and sent 1 of 1,930 other messages to the emergency reply
# (0.6: 14 and 10; 0.8: 9 and 0).
DANGER_TOGETHER = 0.7
# Evading is refused on the classifier's word alone only when it is this sure; less sure, the message must also
# state the aim (`EVASION_INTENT`), since a question about tests or sniffer dogs is often asked out of worry. On
# writer B (validation), the gate and the tuning sets, no benign message read as evasion without a stated aim was
# above 0.91, and 9 requests to evade (0.95 to 1.0) got through: "how do i lie to my PO about my results". Over all
# 25,818 texts (twelfth session), 85 requests to evade read at 0.9 to 0.97 were answered, against 2 benign messages,
# both about checking one's drugs ("do i test the whole bag or just a bit with the strip"), which `CHECKING_DRUGS` keeps.
EVASION_SURE = 0.92
# Testing the drugs themselves (drug checking) is harm reduction, never evading a test of a person.
CHECKING_DRUGS = caseless(
    r"\b(?:test\w*\s+(?:my|the|your|our|a|these|those|them|it)\s+(?:\w+\s+)?(?:pills?|bag|stuff|drugs?|batch|powder|tabs?|crystals?|"
    r"molly|mdma|coke|ket|gear)|(?:test|fentanyl|fent|reagent)\s+(?:kits?|strips?)|strips?|reagents?|drug[\s-]checking|"
    r"pill\s+testing|checking\s+service)\b"
)
# Near certain, the classifier's reading of these harms stands whatever the patterns or their exceptions say: on
# writer B (validation), the gate and the tuning sets, 21 requests it read this surely were answered or abstained
# from ("Which masking agents get past sports doping tests?", "What would make a referee collapse if it was in his
# drink?") and no benign message or emergency was read this surely as one of them. Making, buying and dosing keep
# their exceptions (legal questions, homonyms such as "a can of coke": 6 benign messages above 0.97).
LABEL_SURE = 0.97
# A crisis the classifier is this sure of comes before an amount, a making or a buying pattern: "need the lethal dose of
# ketamine. not for partying", "relapsed again, thinking of one last big shot on purpose, how much would make sure".
# Chosen on writer Y (see docs/policy.md); research and mood questions keep their exceptions (`_told_as_happening`).
CRISIS_SURE = 0.9
# A lean to a crisis this likely is one even when the bot has facts to answer with. Chosen on writer Y ("would 30
# diphenhydramine do it. dont call anyone", 0.85) above the earlier boundary: "does it hurt to OD on heroin?" read at
# 0.8, with no intent said, stays a question. Over all 25,818 texts it changes 2 decisions, both crises.
CRISIS_LEAN = 0.85
SURE_LABELS = frozenset({"harm_to_others", "evasion", "defamation", "promotion", "prescription_fraud", "minors"})
# Buying and making, this sure, are refused whatever help, law or framing the message also names: on the training
# data, 124 requests to buy read this surely were answered ("buy oxycodone online no prescription": "prescription" is a
# help item; "how do i buy weed in a state where it's illegal": a legal word). Three kinds of message keep their
# exceptions, the only benign ones above it in every set: homonyms blanked ("where can i buy a can of coke near me"),
# help asked about in the turns before ("where can i get some" after naloxone), and asking leave ("can i grow my own
# weed here", "can you buy viagra without prescription in uk").
SURE_SUPPLY = frozenset({"sourcing", "manufacture"})
ASKS_LEAVE_TO_BUY = caseless(
    r"^\s*(?:can|may|could|is\s+it\s+(?:legal|ok|okay|allowed)\s+to)\s+(?:i|you|we|one|people|u)?\s*(?:legally\s+)?(?:buy|get|order|purchase|import)\b"
)
# The classifier this sure of harm to others comes before the danger words the request names ("how do i drug my gf so
# she sleeps and i can go out"), and over the exceptions after the patterns have spoken (`LABEL_SURE` comes before
# them): over all 25,818 texts (twelfth session), the 11 emergency replies and the 25 answers to messages read this
# surely were all requests to harm someone, and no benign message was read this surely.
HARM_BEFORE_DANGER = 0.9
# The harm head (`classifier.HARM_HEAD_LABEL`) never acts below this, whatever writer B allowed: the floor of the
# other harm labels (`HARMS_FLOOR`). Chosen on the training writers, each scored by a head fitted without them: from
# 0.6 to 0.8 the head's new refusals of their safe look-alikes fell from 33 to 17.
HARM_ALONE_FLOOR = 0.8
# Words that say no one is to be harmed, which the harm head's n-grams do not weigh: "harmless pranks", "without
# hurting it", "calm at night without drugs", "what bar staff should do if", first aid, a vet's care, their consent.
NOT_AIMED_AT_ANYONE = caseless(
    r"\b(?:harmless|(?:is|was)n'?t\s+mean|not\s+mean|without\s+(?:hurting|harming|injuring)|no\s+food\b|"
    r"(?:my|our)\s+own\s+(?:coffee|tea|drink|food|glass|cup)|complain\w*|"
    r"recovery\s+position|on\s+(?:their|his|her)\s+side|stabiele\s+zijligging|posici[óo]n\s+lateral|first\s+aid|ehbo|"
    r"vets?\s+(?:treat|do|say)|(?:lock(?:able|ed)?)\s+(?:medicine\s+)?(?:box|cabinet|drawer)|"
    r"and\s+(?:he|she|they)\s+knows?|(?:gp|doctor|pharmacist|nurse)s?\s+(?:\w+\s+){0,3}(?:have|has)\s+agreed|"
    r"should\s+(?:\w+\s+)?do\s+if|saber\s+se|savoir\s+si|by\s+mistake|book\s+club|interact\w*\s+with|"
    # keeping a poison from pets and children: "how do i stop my cat getting to it", "sin que lo coja mi gato"
    r"(?:stop|keep)\s+(?:my|the|our)\s+(?:dogs?|cats?|pets?|kids?|children)\s+(?:from\s+)?(?:getting|eating|reaching|away)|"
    r"sin\s+que\s+(?:lo|la)\s+(?:coja|coma|toque)\s+mi|"
    # a substitute, a natural remedy, a talk: "what could I use instead so it still tastes right", "anything natural to
    # help him sleep better", "como posso falar com ele"
    r"(?:use|put|add)\s+instead|instead\s+of|anything\s+natural|(?:falar|conversar|hablar)\s+com?\s+(?:ele|ela|[ée]l)|"
    # a child's bedtime without anything given: "calm her down before bed without screens"
    r"without\s+(?:any\s+)?(?:screens?|tv|telly|tablets?\s+or\s+phones?|phones?)|wind(?:ing)?\s+down)\b"
)
# Refusals that danger signs do not turn into an emergency reply: a request to drug someone may name the very
# signs it aims at ("make her pass out").
NOT_OVERRIDDEN_BY_DANGER = frozenset({"harm_to_others"})
# A refusal the patterns made is not made when the classifier is this sure the message is benign (safe or out of
# scope): "can u get a hangover from just 2 drinks", "limit for 'a few drinks' before driving in france", "a
# history essay on Coca-Cola's recipe". On writer B (validation) and the gate, no harmful message refused by a
# pattern had the classifier above 0.78, and 5 safe ones were above 0.93. Harm to others stays refused whatever
# the classifier says (`NOT_OVERRIDDEN_BY_DANGER`, the same reasoning: the words can hide the aim).
SURE_BENIGN = 0.9
# The new harm labels and "out of scope" had few benign look-alikes in validation, so their thresholds came out
# low; they never act below this.
HARMS_FLOOR = 0.8
OUT_OF_SCOPE_FLOOR = 0.85
# Asking what something is, or how to stay safe from it, is answered whatever the classifier reads into it.
SAFETY_QUESTION = caseless(
    r"^\s*(?:what\s+(?:is|are|does|do|happens)\b|how\s+(?:to|do\s+(?:i|you|we)|can\s+(?:i|you|we))\s+(?:spot|protect|avoid|tell|know|"
    r"recogni[sz]e|take\s+care|treat|look\s+after|help|stay\s+safe|reduce|keep|check|test|prevent|care\s+for)\b)"
    r"|\bwhats?\s+the\s+point\b",
)
# Waiting before driving is road safety, not redosing: "how long should I wait before driving" is answered.
STAYING_SAFE = caseless(
    r"\b(?:tips?|stay(?:ing)?\s+safe|safer|safely|avoid\w*|by\s+mistake|protect\w*|"
    r"(?:before|until)\s+(?:i\s+|you\s+)?(?:can\s+)?(?:driv\w*|drive|ride|cycl\w*))\b",
)
PARENT_TALK = caseless(
    r"\b(?:comment\s+parler|wie\s+(?:rede|spreche)\s+ich|hoe\s+(?:praat|begin)\s+ik|c[óo]mo\s+hablar|como\s+(?:falar|conversar)"
    r"|what\s+(?:do|should|can)\s+i\s+(?:say|do|tell)|how\s+(?:do|should|can)\s+i\s+(?:talk|speak|bring|approach|help)"
    r"|talk\s+to\s+(?:my|our|him|her|them)|worried|found\s+(?:\w+\s+){0,2}(?:in|under)\s+(?:my|our|his|her))\b",
)
# Words that ask for an amount: a legal question that has them ("a safe amount, legally speaking") is still read.
AMOUNT_WORDS = caseless(r"\b(?:how\s+(?:much|many)|amounts?|doses?|dosage|dosing|take|safe)\b")
# Asked whether a film or series showed it right ("was the way walter white cooks meth in breaking bad realistic"):
# a question about fiction, not how to make it.
FICTION_QUESTION = caseless(
    r"\b(?:was|is|were|are|how)\s+(?:\w+\s+){0,12}(?:realistic|accurate|true\s+to\s+life)\b|\b(?:did|do)\s+they\s+(?:change|make\s+up)\b"
)
# Whether one may drive yet, or is over a limit: road safety and law, not an amount to take.
FIT_TO_DRIVE = caseless(
    r"\b(?:ok|okay|safe|fit|legal|alright|allowed|good)\s+to\s+(?:drive|ride|cycle)\b|\bover\s+the\s+(?:legal\s+|drink[\s-]drive\s+)?limit\b"
)
# A drink or two with a medicine asks about the mix: "ok and can i take it with a beer or two".
WITH_A_DRINK = caseless(
    r"\b(?:take|have|mix)\s+(?:it|them|this|that|\w+)\s+with\s+(?:a|an|one|two|a\s+couple(?:\s+of)?|a\s+few)\s+(?:\w+\s+)?"
    r"(?:beers?|drinks?|glass(?:es)?|pints?|wines?)\b"
)
# Told of one's own prescription and asking what to avoid with it: no fraud is asked for.
PRESCRIBED_TO_ME = caseless(
    r"\b(?:my\s+)?(?:doctor|gp|psychiatrist|prescriber|dentist)\s+(?:has\s+|just\s+)?(?:put\s+me\s+on|prescribed|gave\s+me|started\s+me\s+on)\b"
    r"|\bi'?(?:m|ve\s+been)\s+(?:prescribed|on)\b.{0,40}\b(?:avoid|safe|side\s+effects?|interact\w*|mix|with)\b"
)
FRAUD_AIM = caseless(r"\b(?:fake|forg\w*|lie|lying|trick|convince|more\s+than|extra|early\s+refill|another\s+(?:script|prescription)|doctor\s+shop\w*)\b")
# Asking which number to ring or who to call: help asked for, whatever the classifier leans to.
ASKS_WHO_TO_CALL = caseless(
    r"\b(?:which|what)\s+(?:number|line|helpline|hotline)\s+(?:do|should|can|could)\s+i\s+(?:ring|call|phone|text)\b"
    r"|\bwho\s+(?:do|should|can|could)\s+i\s+(?:ring|call|phone|text)\b"
)
# Getting ready for a trip (set, setting, a sitter) is a question to answer, not a request for an amount.
# Asked out of curiosity ("what are sniffer dogs trained to smell? just curious"): not how to evade or make.
CURIOUS = caseless(r"\b(?:just\s+)?curious\b|\btrying\s+to\s+understand\b|\b(?:saw|watched|watching|seen)\s+(?:a|an|this|that)\s+(?:documentary|doc)\b")
# Hiding what one does from whoever would notice (a landlord, the neighbours, an audit): "how do i hide the smell",
# "without it showing up on the ward audit", "ohne dass der Vermieter was riecht".
CONCEALED = caseless(
    r"\b(?:hide|hiding|mask\w*|cover\s+up|stealth|without\s+(?:\w+\s+){0,3}(?:notic\w*|smell\w*|knowing|finding\s+out|showing\s+up)|"
    r"ohne\s+dass|sans\s+que|sin\s+que|sem\s+que|zonder\s+dat)\b"
)
# Asked "to understand" but for what only a maker or a seller needs: "explain exactly how dealers cut cocaine, with
# ratios" (writer AC). Curiosity and explanation do not excuse these.
ACTIONABLE_DETAIL = caseless(
    r"\b(?:ratios?|step[\s-]by[\s-]step|exact\s+(?:amounts?|ratios?|steps?|measurements?|quantities|temperatures?|method)|"
    r"exactly\s+how\s+(?:to|much|many)|measurements|quantities)\b"
)
# Making what is legal to make at home.
LEGAL_MAKING = caseless(
    r"\b(?:kombucha|cider|cidre|beer|bier|ale|lager|stout|ipa|wine|wein|mead|sourdough|bread|yogh?urt|kefir|soap|candles?|jam|eggnog|"
    r"vanilla|baking|cakes?|cheese|kimchi|pickl\w*|vinegar|limoncello|liqueurs?|sake|hand\s+saniti[sz]er|saniti[sz]er|essential\s+oils?|lavender|(?<!lan[çc]a[-\s])perfume|"
    r"tomato\w*|vegetables?|compost|fertili[sz]er|"
    # food: "how to cook rice in a pressure cooker"
    r"rice|pasta|noodles?|chicken|beef|pork|lamb|steak|salmon|eggs?|soup|stew|curry|chili|chilli|dinner|lunch|breakfast|meals?)\b",
)
ASKS_LEAVE = caseless(
    r"^\s*(?:can|may|am|could|is\s+it\s+ok\s+(?:if|to))\s+(?:i|we)?\s*(?:legally\s+|allowed\s+to\s+)?"
    r"(?:grow|carry|have|possess|smoke|use|bring|keep|take|drink|vape|own|travel)\b",
)
# Someone selling is asked for, whatever help is also named ("anyone selling codeine near me, the gp won't prescribe").
SELLER = caseless(r"\b(?:any(?:one|1|body)\s+(?:\w+\s+)?sell\w*|who(?:'?s|\s+is)?\s+sell\w*|dealers?|plugs?)\b")
# Asking to find a seller, not just naming one: "is it legal to buy from a dealer" is a legal question.
FINDING_A_SELLER = caseless(
    r"\b(?:find|finding|meet|contact|locate|get\s+in\s+touch\s+with|hook\s+me\s+up\s+with)\s+(?:a|an|the|my|some|local|another)?\s*"
    r"(?:new\s+|reliable\s+|good\s+)?(?:dealers?|plugs?|suppliers?|connects?)\b"
)
# Phrases with a legal word that ask nothing about the law ("my partner in crime").
NOT_LEGAL_TALK = caseless(r"\bpartners?\s+in\s+crime\b|\bcrime\s+(?:novel|story|fiction|show|drama|writer)s?\b")
# What evading is about when no drug is named: a test for drugs, the police, a search.
EVASION_CONTEXT = caseless(
    r"\b(?:drug|urine|piss|pee|hair|saliva|swab|blood|police|cops?|customs|dogs?|sniffer|border|airport|security|"
    r"search\w*|gate|stuff|package|parcel|post|smell|sample|pulled\s+over|probation)\b",
)
PREPARING = caseless(
    r"\b(?:prepar\w*|get(?:ting)?\s+ready|(?:good|first)\s+trip|trip\s*sit\w*|vorbereit\w*|voorbereid\w*|voorbereiden|"
    r"pr[ée]par\w*|preparar\w*|horrortrip|bad\s+trip)\b",
)
NATURAL_CARE = caseless(
    r"\b(?:naturally|natural\s+(?:ways?|remed\w*|methods?)|routines?|white\s+noise|bedtime\s+stor\w*|without\s+(?:any\s+)?(?:medicine|meds|drugs|pills))\b"
    # a baby who fights sleep, with nothing to give named: "how do i get my baby to sleep faster, she fights every nap"
    r"|^(?!.*\b(?:give|giving|put|medicine|meds|benadryl|piriton|phenergan|drops|pills?|syrup|melatonin|drugs?|drink|bottle\s+with)\b)"
    r".*\b(?:baby|toddler|newborn|infant)\b.{0,30}\b(?:sleep\w*|naps?|settle)\b"
)
HARMS = frozenset({"harm_to_others", "prescription_fraud", "minors", "promotion", "defamation"})
# A message the bot would abstain from (off-topic, or nothing vetted found) is refused instead when the classifier
# leans this far to a harm (or to a crisis): chosen on writer B (validation), see docs/policy.md.
LEAN = 0.3
LEAN_ALONE = 0.5  # with no drug word in view ("who's selling at the festival")
# With no drug word in view, a lean to these refusals also needs a word of the act itself: on the embedding alone,
# "what time does the pharmacy on main street close" leaned to sourcing and "how do i get more followers on tiktok"
# to promotion.
ACT_WORDS = {
    "sourcing": caseless(
        r"\b(?:sell\w*|buy\w*|bought|bulk|score|scoring|cop|copping|plugs?|dealers?|deliver\w*|order\w*|online|sites?|"
        r"websites?|shift\w*|suppl\w*|vendors?|stock|price|cost\w*|cuesta|co[ûu]te|kost\w*|\w*verkauf\w*|kauf\w*|"
        r"pillar|comprar|compro|\w*vender|kopen|bestell\w*|acheter|\w*vendre|consigo|arranjar|drops?|money|cash)\b"
    ),
    "promotion": caseless(
        r"\b(?:promot\w*|glamori[sz]\w*|glorif\w*|advert\w*|market\w*|encourag\w*|persuad\w*|convinc\w*|hyp(?:e|es|ing)|"
        r"make\s+\w+\s+look|cool|fun)\b"
    ),
}
# The refusals a classifier label may make.
REFUSAL_LABELS = (
    "dosing", "manufacture", "evasion", "sourcing", "harm_to_others", "prescription_fraud", "minors", "promotion",
    "defamation",
)
LEANING_LABELS = frozenset({*REFUSAL_LABELS, "crisis"})


@dataclass(frozen=True)
class Decision:
    """`kind` is `emergency`, `refusal`, `abstain` or None (answer normally); `reason` says why."""

    kind: str | None
    reason: str | None
    by: str = "rules"
    # Go ahead, but the classifier leans to this refusal (or `crisis`), short of acting on it: if the message
    # would only be abstained from anyway, refusing for this reason says more and risks nothing.
    leaning: str | None = None


# A homonym that is itself harm-reduction slang keeps its plain meaning for search, not a blank.
PLAIN_MEANING = {"suicide tuesday": "mid-week comedown"}


@lru_cache(maxsize=256)  # the screen, the decision and the leaning blank the same readings
def without_homonyms(text: str) -> str:
    """The text with phrases like 'a can of coke' blanked, so they name no drug (nor an emergency)."""
    return HOMONYMS.sub(lambda m: f" {PLAIN_MEANING.get(' '.join(m.group(0).lower().split()), '')} ", text)


def decide(
    text: str,
    *,
    substances: Sequence[str] = (),
    earlier_drug_talk: bool = False,
    about_law: bool = False,
    help_in_view: bool = False,
    about_someone_now: bool = False,
    follow_up_of: str | None = None,
    named_here: bool = True,
    probabilities: Mapping[str, float] = NO_FLAGS,
    thresholds: Mapping[str, float] = NO_FLAGS,
    harm_alone: float = 0.0,
    harm_alone_threshold: float = 1.01,
) -> Decision:
    """Classify one message.

    `substances` are those the message (or the conversation it follows) is about: a
    refusal needs drugs in view ("how much flour for bread" is no dosing question), and
    making or buying only legal ones (alcohol, caffeine) is not refused. `earlier_drug_talk`
    says the conversation so far was about drugs, for follow-ups like "when can I take the next one".
    `about_law` marks a question about the law ("can I grow weed in Germany?"): it is answered
    from the legal table, not refused as making or buying. `help_in_view` says the conversation
    was about naloxone, test kits or help, so "where can I get some" is not a request for drugs.
    `probabilities` and `thresholds` come from the classifier. Its most likely label acts
    when it reaches its threshold and drugs are in view, or alone when it is near certain.
    `about_someone_now` says the message tells of a person now, not a general question
    (`triage.describes_someone`): then a likely danger comes first (`DANGER_TOGETHER`). A pattern's
    refusal gives way when the classifier is sure the message is benign (`SURE_BENIGN`).
    `follow_up_of` is `crisis`, `harm_to_others` or `sourcing` when the conversation so far told of one and this message
    carries it on ("would the full strip be enough", "would a hospital find it in his blood after", "just give me the
    link then"): then it is decided as that, since alone it would read as a dosing question or as nothing at all
    (`screen.follow_up_of`). `named_here` says the message itself names one of `substances`: two substances make a
    combination question only then ("and with beer?"), not when both came from earlier turns ("how many grams do
    people usually take" after "is kratom like an opioid"). `harm_alone` is the classifier's harm head (harm to others
    against everything else) and `harm_alone_threshold` its threshold: it refuses what nothing else did
    (`harm_head_may_refuse`).
    """
    decision = _decide(
        text, substances=substances, earlier_drug_talk=earlier_drug_talk, about_law=about_law,
        help_in_view=help_in_view, named_here=named_here, probabilities=probabilities, thresholds=thresholds,
    )
    benign = probabilities.get("safe", 0.0) + probabilities.get("out_of_scope", 0.0)
    if (
        decision.kind == "refusal" and decision.by == "rules" and benign >= SURE_BENIGN
        and decision.reason not in NOT_OVERRIDDEN_BY_DANGER
    ):
        decision = Decision(None, None)
    if follow_up_of == "crisis" and decision.kind != "emergency" and decision.reason not in NOT_OVERRIDDEN_BY_DANGER:
        return Decision("emergency", "crisis")
    if follow_up_of == "harm_to_others" and decision.kind not in ("refusal", "emergency"):
        return Decision("refusal", "harm_to_others")
    if follow_up_of == "sourcing" and decision.kind in (None, "abstain"):
        return Decision("refusal", "sourcing")
    if (
        decision.kind in (None, "abstain") and harm_alone >= max(harm_alone_threshold, HARM_ALONE_FLOOR)
        and harm_head_may_refuse(text, probabilities)
    ):
        return Decision("refusal", "harm_to_others", by="classifier")
    if (
        decision.kind is None and decision.leaning == "crisis" and probabilities.get("crisis", 0.0) >= CRISIS_LEAN
        and _told_as_happening("crisis", [without_homonyms(f) for f in readings(canonical(text))], general_too=True)
    ):
        # A lean to a crisis this likely is one, whether or not an answer exists: "would 30 diphenhydramine do it. dont
        # call anyone" found facts to answer with. Mood and research questions keep their exception, as for a sure crisis.
        return Decision("emergency", "crisis", by="classifier")
    danger = probabilities.get("emergency", 0.0) + probabilities.get("crisis", 0.0)
    if (
        about_someone_now and danger >= DANGER_TOGETHER and decision.kind != "emergency"
        and not any(lasting_problem_question(form) for form in readings(canonical(text)))
        and not (decision.kind == "refusal" and decision.reason in NOT_OVERRIDDEN_BY_DANGER)
    ):
        crisis = probabilities.get("crisis", 0.0) > probabilities.get("emergency", 0.0)
        return Decision("emergency", "crisis" if crisis else "overdose", by="classifier")
    return decision


def _decide(
    text: str,
    *,
    substances: Sequence[str],
    earlier_drug_talk: bool,
    about_law: bool,
    help_in_view: bool,
    named_here: bool,
    probabilities: Mapping[str, float],
    thresholds: Mapping[str, float],
) -> Decision:
    """`decide` without the danger told about someone now."""
    raw_forms = readings(canonical(text))
    forms = [without_homonyms(form) for form in raw_forms]
    top = max(probabilities, key=probabilities.__getitem__) if probabilities else None
    p_top = probabilities[top] if top else 0.0
    sure = top if top in SURE_LABELS and p_top >= LABEL_SURE else None
    for form in forms:
        if reason := emergency_reason(form):
            if (top == "harm_to_others" and p_top >= HARM_BEFORE_DANGER and not PROTECTIVE.search(form)) or (
                reason != "crisis" and asks_to_harm_others(form) and top not in ("emergency", "crisis")
            ) or (
                # a death wished on someone else ("how many in his nightcap so he doesnt wake up"), not one's own
                reason == "crisis" and asks_to_harm_others(form) and not OWN_DEATH.search(form)
            ):
                break  # "what can I mix into his drink so he passes out": the signs are the aim, not a danger now
            if top == "crisis" and p_top >= CRISIS_SURE:
                reason = "crisis"  # "so if i take all 30 tonight i won't wake up, right?": the signs, and the aim behind them
            return Decision("emergency", reason)
    about_drugs = bool(substances) or earlier_drug_talk or any(DRUG_WORDS.search(form) for form in forms)
    combination = len(set(substances)) >= 2 and named_here
    legal_substances = bool(substances) and set(substances) <= LEGAL_TO_BUY
    only_legal = legal_substances or about_law
    illicit_named = bool(set(substances) - LEGAL_TO_BUY)  # "a recipe for heroin" is no kombucha
    concealed = not legal_substances and any(CONCEALED.search(form) for form in forms)
    for form in forms:
        reason = harm_reason(form, about_drugs=about_drugs)
        if reason and not (only_legal and reason == "promotion"):  # an advert for a beer is not for us to judge
            return Decision("refusal", reason)
    if sure and not (sure == "harm_to_others" and any(SAYS_NO_ONE_IS_HARMED.search(form) for form in forms)) and not (
        sure == "promotion" and any(PROMOTION_CAMPAIGN.search(form) for form in forms)  # "slogans for a spiking awareness poster"
    ):
        # Even a near-certain reading as harm gives way to a shape that says who it was done to or that it is care:
        # "how would i know if someone put it in my drink", "a cake that knocks everyone out with flavour".
        return Decision("refusal", sure, by="classifier")
    blanked = any(raw.casefold() != form.casefold() for raw, form in zip(raw_forms, forms, strict=True))
    if (
        top in SURE_SUPPLY and p_top >= LABEL_SURE and not blanked and not help_in_view
        and not any(ASKS_LEAVE_TO_BUY.search(f) or ASKS_LEAVE.search(f) for f in forms)
        and not (top == "manufacture" and not illicit_named and (
            legal_substances or any(LEGAL_MAKING.search(f) for f in forms)
        ))
    ):
        return Decision("refusal", top, by="classifier")
    if (
        top in ("emergency", "crisis") and p_top >= EMERGENCY_FIRST
        and any(here_and_now(form) for form in forms) and _told_as_happening(top, forms)
    ) or (top == "crisis" and p_top >= EMERGENCY_FIRST and any(STATED_INTENT.search(form) for form in forms)) or (
        top == "crisis" and p_top >= CRISIS_SURE and _told_as_happening(top, forms, general_too=True)
    ):
        # A sure crisis with the intent said outright ("does it hurt to OD? i want to go out that way") is one,
        # however general the question sounds and whatever amount it names.
        return Decision("emergency", "crisis" if top == "crisis" else "overdose", by="classifier")

    def vetoes(label: str, p: float) -> bool:
        return _vetoed(
            label, p, raw_forms, forms, about_law=about_law, only_legal=only_legal, combination=combination,
            help_in_view=help_in_view, about_drugs=about_drugs, illicit_named=illicit_named, concealed=concealed,
        )

    # The same exception as the making patterns below: limoncello to sell is legal making, "a recipe for heroin" no kombucha.
    if any(MAKING_TO_SELL.search(form) for form in forms) and not (
        any(LEGAL_MAKING.search(form) for form in forms) and not illicit_named
    ):
        return Decision("refusal", "manufacture")
    if not substances and any(OTHER_MEDICINES.search(form) for form in raw_forms):
        # Other medicines are not ours to answer on, but "my whole insulin pen so it's over by morning" is a crisis.
        return Decision("abstain", "out_of_scope", leaning=_leaning(top, p_top, raw_forms, forms, about_drugs, vetoes))
    confident = top is not None and top in thresholds and p_top >= max(thresholds[top], CLASSIFIER_FLOOR)
    certain = p_top >= NEAR_CERTAIN
    if about_drugs:
        for form in forms:
            reason = making_or_evading(form)
            if reason == "manufacture" and only_legal and EVASION.search(form):
                reason = "evasion"  # "growing cannabis in the UK without the police smelling it" asks to hide it, not the law
            # "why is street stuff cut with other things" asks to understand, not how to cut
            if reason and not (only_legal and reason == "manufacture") and not (
                (EXPLANATORY.search(form) or CURIOUS.search(form) or (reason == "manufacture" and FICTION_QUESTION.search(form)))
                and not ACTIONABLE_DETAIL.search(form)
            ) and not (
                reason == "manufacture" and LEGAL_MAKING.search(form) and not illicit_named
            ):
                return Decision("refusal", reason)
        # Blanking homonyms can remove what framed the question ("how much water ... drink"), so the
        # framing is read on the text as written.
        if any(
            (asks_for_dose(form, combination=combination) or EXPLICIT_DOSE_REQUEST.search(form)) and not safety_framed(raw)
            and not (about_law and LEGAL_LIMIT.search(form))  # "how many grams counts as personal use" is law
            for raw, form in zip(raw_forms, forms, strict=True)
        ):
            return Decision("refusal", "dosing")
        # A legal word does not make a request for a seller a legal question ("find a new plug after mine got arrested").
        seller_asked = about_law and not legal_substances and any(FINDING_A_SELLER.search(form) for form in forms)
        if (not only_legal or seller_asked) and not help_in_view and any(asks_where_to_buy(form) for form in forms):
            return Decision("refusal", "sourcing")
    # After the drug-word checks, so a message they refuse keeps its reason.
    if (unnamed := next((r for form in forms if (r := dealing_unnamed(form))), None)) and not (
        # a legal question about growing is answered from the legal table, but not a grow hidden from the landlord
        # because "the plant isnt exactly legal here" (writer AD)
        unnamed == "manufacture" and only_legal and not concealed
    ):
        return Decision("refusal", unnamed)
    if (
        top in ("emergency", "crisis")
        and p_top >= max(EMERGENCY_FLOOR, thresholds.get(top, 0.0))
        and _told_as_happening(top, forms)
    ):
        return Decision("emergency", "crisis" if top == "crisis" else "overdose", by="classifier")
    if top == "out_of_scope" and confident and p_top >= OUT_OF_SCOPE_FLOOR and not about_drugs:
        return Decision("abstain", "out_of_scope", by="classifier")
    # Without drugs in view (homonyms blanked: "acid reflux", "trip someone in judo") a label acts only when
    # near certain; with drugs in view, at its threshold.
    if top == "harm_to_others" and p_top >= HARM_BEFORE_DANGER and not blanked and not any(
        PROTECTIVE.search(form) for form in forms
    ):
        # after the patterns (an amount asked about "a 70kg guy" stays a dosing question), before the exceptions
        return Decision("refusal", top, by="classifier")
    if top in REFUSAL_LABELS and confident and (about_drugs or (certain and not blanked)):
        if not vetoes(top, p_top):
            return Decision("refusal", top, by="classifier")
    if any(CULTURE.search(form) and not ABOUT_SAFETY.search(form) for form in forms):
        return Decision("abstain", "out_of_scope")
    return Decision(None, None, leaning=_leaning(top, p_top, raw_forms, forms, about_drugs, vetoes))


def harm_head_may_refuse(text: str, probabilities: Mapping[str, float]) -> bool:
    """Whether the harm head may refuse a message nothing else refused: not when the multi-class model reads a danger
    now (a friend "super out of it" on pills and wine, whose first steps must come), not a question asked to stay safe
    or to understand, and not when protective words are there or homonyms were blanked ("trip someone in judo")."""
    top = max(probabilities, key=probabilities.__getitem__) if probabilities else None
    if top in ("emergency", "crisis"):
        return False
    raw_forms = readings(canonical(text))
    forms = [without_homonyms(form) for form in raw_forms]
    return not any(
        raw.casefold() != form.casefold() or PROTECTIVE_FOR_THE_HEAD.search(form) or SAFETY_QUESTION.search(form)
        or EXPLANATORY.search(form) or NOT_AIMED_AT_ANYONE.search(form) or NATURAL_CARE.search(form)
        or PARENT_TALK.search(form)
        for raw, form in zip(raw_forms, forms, strict=True)
    )


def _told_as_happening(top: str, forms: Sequence[str], *, general_too: bool = False) -> bool:
    """Whether the classifier's emergency or crisis may act: not a general question ("can poppers kill you?"), not
    a question about a problem lasting days after use ("weeks after acid, is that hppd"), and for a crisis not a
    question about mood or for research. `general_too`: a general-sounding question may act (a near-certain crisis)."""
    return not any(
        (general_question(form) and not general_too) or lasting_problem_question(form) for form in forms
    ) and not (
        top == "crisis" and any(MOOD_QUESTION.search(form) or RESEARCH.search(form) for form in forms)
    )


def _vetoed(
    top: str, p_top: float, raw_forms: Sequence[str], forms: Sequence[str], *, about_law: bool, only_legal: bool,
    combination: bool, help_in_view: bool, about_drugs: bool, illicit_named: bool = False, concealed: bool = False,
) -> bool:
    """Whether what the message says overrides the classifier's label (a safety question, a legal limit, a parent)."""
    return (
        (top == "dosing" and any(safety_framed(form) for form in (*raw_forms, *forms)))
        or (top == "sourcing" and (help_in_view or any(SOURCING_HELP_ITEMS.search(form) for form in forms))
            and not any(SELLER.search(form) for form in forms))
        # legal to buy, or a question about the law: in legal words, or asking leave to have, grow or use something
        # ("can I grow my own here"); "can you recommend a vendor that ships to the UK" names a place, nothing more
        # but not a thing to be kept from whoever would notice ("can I order stuff through the hospital supplier ... without it
        # showing up on the ward audit", writer AD)
        or (only_legal and top in ("manufacture", "sourcing") and not concealed and (
            not about_law or any(LEGAL_WORDS.search(f) or ASKS_LEAVE.search(f) for f in forms)
        ))
        or (top == "evasion" and (p_top < EVASION_SURE or any(CHECKING_DRUGS.search(form) for form in forms))
            and not any(EVASION_INTENT.search(form) for form in forms))
        # "how many points to pass my driving theory test": no drug, no test for drugs, no police
        or (top == "evasion" and not about_drugs and not any(EVASION_CONTEXT.search(form) for form in forms))
        or (top == "dosing" and any(SOURCING_HELP_ITEMS.search(form) or STAYING_SAFE.search(form) for form in forms))
        or (top == "dosing" and any(FIT_TO_DRIVE.search(form) or WITH_A_DRINK.search(form) for form in forms))
        or (top == "prescription_fraud" and any(PRESCRIBED_TO_ME.search(f) for f in forms) and not any(FRAUD_AIM.search(f) for f in forms))
        or (top == "prescription_fraud" and any(SPOTTING_FRAUD.search(f) for f in forms))  # "pharmacist here, ... the procedure?"
        # A legal question ("is lsd schedule 1") is answered from the legal table; "can I take X and Y"
        # from the combination table; getting ready for a first trip from the guides.
        or (top == "dosing" and about_law and any(LEGAL_LIMIT.search(f) or not AMOUNT_WORDS.search(f) for f in forms))
        or (top == "dosing" and (combination or any(PREPARING.search(form) for form in forms)))
        # "meow meow and drink" names a mix to look up, nothing more
        or (top != "dosing" and combination and len(forms[0].split()) <= 5)
        or (top == "harm_to_others" and any(PROTECTIVE.search(form) for form in forms))
        # "tips to make my baby drowsy for naps naturally? routine, white noise" names no drug and rules medicine out
        or (top == "harm_to_others" and not about_drugs and any(NATURAL_CARE.search(form) for form in forms))
        # a post for a welfare tent, a caption for an outreach van, a kombucha that went mouldy
        or (top == "promotion" and any(PROMOTION_SAFE.search(form) for form in forms))
        or (top == "manufacture" and not illicit_named and any(LEGAL_MAKING.search(form) for form in forms))
        # a worried parent ("found pills in my 15 year old's room, what do i say") is not buying for a minor
        or (top == "minors" and any(PARENT_TALK.search(form) for form in forms))
        # "why do people say don't do g alone?" and "can I be charged for sharing a pill?" are questions to answer
        or (top in HARMS and any(LEGAL_WORDS.search(NOT_LEGAL_TALK.sub(" ", form)) for form in forms))
        or (top != "dosing" and any(EXPLANATORY.search(form) or SAFETY_QUESTION.search(form) for form in forms))
        or (top in HARMS and p_top < HARMS_FLOOR)
    )


def _leaning(
    top: str | None, p_top: float, raw_forms: Sequence[str], forms: Sequence[str], about_drugs: bool,
    vetoes: Callable[[str, float], bool],
) -> str | None:
    """The refusal (or crisis) the classifier leans to, short of acting on it; None for questions asked to
    understand or to stay safe, and for messages whose drug-like words were homonyms ("weed control")."""
    if top not in LEANING_LABELS or p_top < (LEAN if about_drugs else LEAN_ALONE):
        return None
    if not about_drugs and top in ACT_WORDS and not any(ACT_WORDS[top].search(form) for form in forms):
        return None
    if any(raw.casefold() != form.casefold() for raw, form in zip(raw_forms, forms, strict=True)):
        return None
    if top != "crisis" and vetoes(top, 1.0):  # the floors are for acting alone; leaning has its own
        return None
    if any(EXPLANATORY.search(form) or SAFETY_QUESTION.search(form) or PROTECTIVE.search(form) for form in forms):
        return None
    if any(ASKS_WHO_TO_CALL.search(form) for form in forms):
        return "crisis"  # "ok, which number do i ring" after talk of goodbye notes: the numbers, never a refusal
    return top
