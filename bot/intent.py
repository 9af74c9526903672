"""What kind of information a question asks for, from its wording."""

from __future__ import annotations

from bot.caseless import Caseless, caseless

# "threshold, common and strong doses": a threshold listed with other dose levels is a dose range, not the law's.
_NOT_A_DOSE_LEVEL = r"(?![\s,/|]+(?:and\s+|or\s+|to\s+|up\s+to\s+|through\s+)?(?:light|common|strong|heavy|low|medium|high|heroic)\b)"
LEGAL = caseless(
    # "an illegal drug" names a kind of drug; "is it illegal" asks about the law
    # Whole words only: "banging" is no ban, a "lawn" no law.
    r"\b(legal(?:ly|ity)?|legali[sz]\w*|illegal(?!\s+(?:drugs?|substances?|stuff|ones?|pills?|narcotics|kind)\b)|unlawful|lawful|laws?|arrest\w*|jail\w*|prisons?|police|allowed|"
    # "cops" are the police; "where to cop some ket" is buying
    r"(?<!to\s)cops?(?!\s+(?:some|a|an|me|the|any|from|off|it|them|ur|your)\b)|"
    r"decriminali[sz]\w*|criminal\w*|crimes?|possess\w*|fined|charged|prosecut\w*|scheduled?|class\s+[abc]\b|"
    # "in trouble" with the law, not "trouble sleeping"; a "controlled drug", not a "controlled setting"
    r"(?:what|which)\s+class|classified|classification|penalt\w*|offen[cs]es?|caught\s+with|(?<!having\s)(?<!have\s)(?<!had\s)trouble(?!\s+(?:sleeping|breathing|focus\w*|concentrat\w*|swallowing|walking|standing|peeing|remembering|with\s+(?:sleep|breathing|my\s+(?:sleep|memory|breathing|heart|stomach|bladder))))|"
    r"age[\s-]restrict\w*|minimum\s+age|(?:prescription|pharmacy)[\s-]only|banned|bans?|permitted|licen[cs]\w*|legislation|"
    r"controlled(?!\s+(?:setting|environment|trials?|stud(?:y|ies)|conditions?|way|manner|breathing|clinical|amounts?|doses?))|"
    r"thresholds?(?!\s+(?:dose|doses|dosage|amount\s+to\s+feel))" + _NOT_A_DOSE_LEVEL + r"|personal\s+(?:use|amount|quantity|possession)|counts?\s+as\s+personal|possession\s+limits?|"
    r"how\s+(?:much|many)\s+(?:\w+\s+){0,3}(?:can|am)\s+(?:i|you|we)\s+(?:legally\s+|allowed\s+to\s+)?(?:carry|have|grow|keep|possess|bring)|"
    r"verhaftet|strafbar|verboten|erlaubt|ilegal|prohibid[oa]s?|permitid[oa]s?|interdit\w*|autoris\w*|verboden|toegestaan|legaal)\b",
)
# A limit the law sets (possession, personal use, driving): a legal fact, never a dose (issue 13).
LEGAL_LIMIT = caseless(
    r"\b(?:thresholds?(?!\s+(?:dose|doses|dosage))" + _NOT_A_DOSE_LEVEL + r"|personal\s+(?:use|amount|quantity|possession)|counts?\s+as\s+personal|possession\s+limits?|"
    r"legal\s+limits?|(?:drink|drug)[\s-]?driv\w*\s+limits?|driving\s+limits?|"
    r"(?:can|am|are)\s+(?:i|you|we)\s+(?:legally\s+|allowed\s+to\s+)?(?:carry|have\s+on\s+(?:me|you|u|us|(?:my|your)\s+person)|grow|keep|possess|bring))\b",
)
COMBINATION = caseless(
    r"\b(mix\w*|combin\w*|combo\w*|together|with|while\s+on|on\s+top|interact\w*|plus|and|after|stack\w*|"
    r"same\s+time|cross[\s-]?fad\w*|\+|&)",
)
TOPIC_WORDS: dict[str, Caseless] = {
    "safer-use": caseless(
        r"\b(?:tips?|safer|safely|stay(?:ing)?\s+safe|keep\s+(?:\w+\s+)?safe|be\s+safe|safe\s+use|reduce\s+(?:the\s+)?(?:risks?|harms?)|"
        r"precautions?|look\s+after|harm\s+reduction|how\s+(?:can|do|should)\s+i\s+.{0,30}\bsafe\w*)",
    ),
    "risks": caseless(
        r"\b(?:risk\w*|danger\w*|harm\w*|bad\s+for|side[\s-]?effects?|overdos\w*|die|death|deadly|kill\w*|"
        r"addict\w*|depend\w*|withdraw\w*|damage\w*|toxic\w*|long[\s-]term|mess\s+(?:up|with)|signs?\s+of)\b",
    ),
    "interactions": caseless(
        r"\b(?:interact\w*|interfere\w*|(?:meds|medicines?|medications?|pills|antidepressants)\s+(?:\w+\s+){0,3}(?:with|and)|"
        r"(?:mix|mixing|combin\w*)\s+(?:it\s+)?with)\b",
    ),
    "effects": caseless(
        r"\b(?:effects?\s+of|what\s+does\s+.{1,30}\s+(?:do|feel)|feel\s+like|how\s+long\s+.{0,30}(?:last|kick)|"
        r"kick\s+in|onset|how\s+does\s+.{1,30}\s+work|what\s+is\s+(?:it\s+)?like)\b",
    ),
}


# "what is flakka", "what even is tusi, my mate…", "tell me about ket": asks what a thing is. "whats the comedown
# from mdma like" and "what does tranq do to your skin" ask something narrower, which an overview must not crowd out.
WHAT_IT_IS = caseless(
    r"\bwhat(?:\s+even)?\s*(?:is|are|'s|s|r)\s+(?:an?\s+|the\s+)?\w[\w-]*(?:\s+\w[\w-]*)?\s*(?:[?,.!]|$|\band\b)"
    r"|\bwhat\s+(?:even\s+)?is\s+(?:that|this|it)\b|\btell\s+me\s+(?:\w+\s+)?about\b"
    r"|\b(?:what|which)\s+(?:kind|type|sort|class)\s+of\b|\bever\s+heard\s+of\b"
    # "is adderall just speed", "are molly and ecstasy the same thing", "the difference between heroin and fentanyl"
    r"|\b(?:is|are)\s+\w[\w-]*\s+(?:just|basically|simply)\b|\bthe\s+same\s+(?:thing|drug|stuff)\b"
    r"|\bdifference\s+between\b|\bboth\s+\w[\w-]*\s*\?",
)


def asks_what_it_is(text: str) -> bool:
    return bool(WHAT_IT_IS.search(text))


def asks_about_law(text: str) -> bool:
    return bool(LEGAL.search(text))


COMPARISON = caseless(
    r"\b(?:difference\s+between|differ\w*|vs\.?|versus|compared?\s+(?:to|with)|stronger\s+than|same\s+as"
    r"|(?:more|less)\s+(?:\w+\s+){0,2}(?:or|than)\s|(?:better|worse|safer|riskier|weaker|harder)\s+than\b"
    r"|\bas\s+(?:bad|addictive|strong|dangerous|risky|safe)\s+as\b|similar\s+to"
    # "is kratom withdrawal like opioid withdrawal": the thing asked about, then "like"
    r"|^\s*(?:is|are)\s+\w+(?:\s+\w+)?\s+like\s"
    r"|is\s+(?:it|that|this|\w+)\s+(?:really\s+|basically\s+|actually\s+|technically\s+|just\s+)?(?:an?|the)\s+(?:real\s+)?(?:opioid|opiate|antidepressant|ssri|snri|maoi"
    r"|benzo\w*|stimulant|depressant|psychedelic|dissociative|painkiller|sedative|medicine)s?"
    r"|(?:kind|type|sort|class)\s+of\s+(?:drug|medicine|opioid|antidepressant|stimulant|psychedelic))\b",
)
ASKS_PERMISSION_HERE = caseless(r"^\s*(?:can|may|am|could)\s+(?:i|we|you)\b")


TESTING = caseless(
    r"\b(?:detect\w*|test(?:s|ed|ing)?\s+(?:for|positive|kits?|strips?)|(?:test|fentanyl|fent)\s+strips?|reagents?|"
    r"drug[\s-]checking|pill\s+testing|show\s+up\s+(?:on|as|in))\b",
)


def asks_about_testing(text: str) -> bool:
    """'Do fentanyl strips detect nitazenes?': two substances named, but a question about drug checking."""
    return bool(TESTING.search(text))


def asks_about_combination(text: str) -> bool:
    return bool(COMBINATION.search(text))


def compares(text: str) -> bool:
    """'MDMA vs meth', 'is tramadol a real opioid?': two substances named, but no combination asked about."""
    return bool(COMPARISON.search(text))


def topic_hints(text: str) -> set[str]:
    """The topic the question's words point to, used to prefer matching sections.

    Only an unambiguous hint counts: a question that sounds like two topics gets none.
    """
    found = {topic for topic, pattern in TOPIC_WORDS.items() if pattern.search(text)}
    return found if len(found) == 1 else set()
