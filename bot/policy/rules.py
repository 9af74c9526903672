"""Clear patterns for what the bot must refuse or treat as an emergency.

Patterns run on folded text (see `normalise.fold`). Each returns the reason it matched,
so a decision can always be explained.
"""

from __future__ import annotations

import re

from bot.doses import find_dose_mentions


def _any(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


# Phrases in which a drug's street name means something else: removed before anything else reads the text.
HOMONYMS = _any(
    r"\b(?:can|bottle|glass|cup|case|pack)s?\s+of\s+(?:diet\s+)?coke\b",
    r"\b(?:diet|cherry|vanilla)\s+coke\b|\bcoke\s+(?:zero|cola|float)\b|\bcoca[\s-]?cola\b",
    r"\bacid\s+(?:reflux|rain|test|wash|jazz|house|attack|etch\w*)\b|\b(?:citric|amino|folic|lactic|stomach|battery|hydrochloric|uric)\s+acids?\b",
    r"\b(?:internet|wifi|wi-fi|download|upload|broadband|router|network|reading|typing|light)\s+speed\b|\bspeed\s+(?:limit|camera|test|bump|boat|dating|of\s+light|run\w*|up)\b",
    r"\bcrack(?:ed|s)?\s+(?:in|on)\s+(?:my|the|a)\s+\w+|\bcrack\s+(?:a\s+joke|the\s+code|open|down)\b|\bcrackpot\b",
    r"\bweed\s*(?:control|killer|out|whacker|eater|s\s+in)\b|\bweeding\b|\bgarden\s+weeds?\b",
    r"\bmolly\s+is\s+my\s+\w+|\bmy\s+(?:cat|dog|daughter|friend|sister)\s+molly\b",
    r"\becstasy\s+of\s+(?:gold|saint|st)\b",
    r"\bice\s+(?:cream|cubes?|skat\w*|hockey|age|bath|pack)\b|\bblack\s+ice\b",
    r"\bspecial\s+k\s+(?:cereal|bars?)\b",
    r"\bpot\s+(?:roast|plant\s+soil|noodle|of\s+tea|luck)\b|\bcrock\s*pot\b",
    r"\b(?:grass|lawn)\s+(?:seed|mower|cutting)\b",
    r"\bpoppers?\s+(?:for\s+)?(?:popcorn|party)\b|\bparty\s+poppers?\b",
    r"\bhigh\s+(?:school|score|five|blood\s+pressure|heels|tide|street)\b",
)

# Words that make a message about drugs even when it names no substance we know.
DRUG_WORDS = _any(
    r"\b(?:drugs?|substances?|narcotics?|pills?|tabs?|powder|baggies?|capsules?|blotters?|doses?|dosing|dosage|"
    r"re-?dos\w*|micro[\s-]*dos\w*|overdos\w*|od'?d?|high|stoned|trip(?:s|ping|ped)?|rolling|tripping|"
    r"psychedelics?|stimulants?|depressants?|opiates?|opioids?|benzos?|meds|medications?|prescriptions?|"
    r"recreational|party\s+drugs?|chems?|chemsex|harm\s+reduction|drug\s+checking|pill\s+testing|"
    r"naloxone|narcan|syringes?|needles?|inject\w*|snort\w*|smok(?:e|ing)\s+(?:it|this|that)|joint|bong|"
    r"come\s*down|comedown|withdraw\w*|addict\w*|sober|rehab|dealer|plug|stash|sniffer\s+dogs?|drug\s+tests?|"
    r"urine\s+tests?|piss\s+tests?|hair\s+tests?|cook|lab|precursors?|extract\w*|stuff|gear|"
    r"mushrooms?|cactus|cacti|spores?|poppies|toad)\b",
)

_SUBJECT = r"(?:i|i'?m|im|i\s+am|he|she|they|we|my\s+\w+|our\s+\w+|someone|somebody|this\s+(?:guy|girl|person)|the\s+\w+)"
_GENERAL_FRAMING = _any(
    r"\b(?:signs?|symptoms?)\s+of\b",
    r"\bwhat\s+(?:happens|to\s+do|should\s+(?:you|i|we)\s+do|do\s+(?:you|i)\s+do)\s+(?:if|when)\b",
    r"\bhow\s+(?:do|can|would|to)\s+(?:you|i|we|one)?\s*(?:tell|know|recogni[sz]e|spot|help|treat)\b",
    r"\bwhat\s+(?:is|are|does)\b",
    r"\bcan\s+(?:you|it|they|someone|people)\b",
    r"\bwhy\b",
)
_HERE_AND_NOW = _any(
    r"\bright\s+now\b",
    r"\bhelp\b",
    r"\bplease\b",
    r"\b(?:my|our)\s+(?:friend|mate|bf|gf|boyfriend|girlfriend|partner|husband|wife|brother|sister|son|daughter|roommate|flatmate|buddy|dad|mum|mom|kid)\b",
    r"\b(?:he|she|they)\s*(?:'s|is|are|isn'?t|aren'?t|won'?t|can'?t|just|has|have)\b",
    r"\bi\s*(?:'m|am)\b|\bim\b",
    r"\b(?:we|i)\s+(?:can'?t|cannot)\b",
    r"!{1,}|\bhurry\b|\bquick\b|\bwhat\s+do\s+i\s+do\b",
)

EMERGENCY: dict[str, re.Pattern[str]] = {
    "crisis": _any(
        r"\b(?:kill|killing|hurt|hurting|harm|harming)\s+my\s*self\b|\bkms\b",
        r"\b(?:end|ending|take|taking)\s+(?:my\s+(?:own\s+)?life|it\s+all)\b",
        r"\bsuicid\w*",
        r"\b(?:want|wanna|going|ready)\s+to\s+(?:die|end\s+it|not\s+exist|disappear\s+forever)\b",
        r"\bdon'?t\s+want\s+to\s+(?:live|be\s+alive|be\s+here|wake\s+up|exist)\b",
        r"\b(?:so|that)\s+i\s+(?:won'?t|don'?t|never|dont)\s+wake\s+up\b",
        r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)\b",
        r"\bbetter\s+off\s+(?:dead|without\s+me)\b",
        r"\b(?:took|swallowed|taking)\s+(?:all|everything|the\s+whole\s+\w+)\b.{0,40}\b(?:die|end|wake)\b",
    ),
    "overdose": _any(
        rf"\b{_SUBJECT}\s*(?:'s|'re|is|are|am|was)?\s*(?:overdosing|od'?ing|oding)\b",
        r"\b(?:i\s+think\s+)?(?:i|he|she|they|we)\s*(?:'ve|'s|have|has)?\s*(?:overdosed|od'?d|o\.d\.'?d)\b",
        r"\b(?:not|isn'?t|stopped|barely|hardly|struggling|can'?t)\s+breath\w*",
        r"\bbreath\w*\s+(?:is\s+)?(?:really\s+|very\s+|super\s+)?(?:slow\w*|shallow|weird\w*|strange\w*|funny|gurgl\w*|rattl\w*)",
        r"\b(?:can'?t|cannot|won'?t|couldn'?t|unable\s+to)\s+(?:wake|rouse|get)\s+(?:him|her|them|my\s+\w+|up)\b",
        r"\bwon'?t\s+wake\b|\bnot\s+waking\b",
        r"\bunresponsive\b|\bunconscious\b|\bpassed\s+out\s+and\b|\bcollaps\w*",
        r"\blips\s+(?:are\s+|went\s+|turning\s+|look\s+)?(?:blue|purple|grey|gray)\b|\bblue\s+lips\b|\bturning\s+blue\b",
        r"\b(?:snoring|gurgling)\s+(?:weird|strange|loud)\w*",
        r"\bi\s+(?:think\s+)?(?:i'?m|im|am)\s+dying\b|\b(?:he|she|they)\s*(?:'s|is|are)\s+dying\b",
    ),
    "seizure": _any(
        r"\b(?:having|had|has)\s+(?:a\s+)?(?:seizure|fit|convulsion)s?\b",
        r"\b(?:seizing|convulsing|fitting)\b",
        r"\bshaking\s+(?:uncontrollabl\w*|all\s+over\s+and)\b",
    ),
    "overheating": _any(
        r"\b(?:overheating|over\s*heating|heat\s*stroke)\b",
        r"\b(?:burning\s+up|boiling\s+hot|way\s+too\s+hot|super\s+hot|really\s+hot|so\s+hot)\b.{0,60}\b(?:confus\w*|not\s+making\s+sense|stopped\s+sweating|faint\w*|collaps\w*|can'?t\s+stand|delirious)",
        r"\bstopped\s+sweating\b",
    ),
    "cardiac": _any(
        r"\bchest\s+(?:pain|hurts|is\s+(?:really\s+)?(?:tight|hurting|crushing))\b|\bheart\s+attack\b",
        r"\bheart\s+(?:is\s+)?(?:racing|pounding|beating)\s+(?:so\s+)?(?:fast|hard)\b.{0,40}\b(?:scared|can'?t|hurts|pain|dizzy)",
    ),
    "serotonin": _any(
        r"\b(?:severe|extreme|really\s+bad)\s+agitation\b",
        r"\b(?:can'?t\s+stop|uncontrollabl\w*)\s+(?:shaking|twitching|jerking|shivering)\b",
        r"\b(?:muscles?|legs?|jaw|body)\s+(?:are\s+|is\s+)?(?:jerking|twitching|rigid|stiff)\b.{0,60}\b(?:fever|hot|sweat\w*|confus\w*)",
        r"\bserotonin\s+syndrome\b.{0,30}\b(?:now|i\s+think|having|has)\b",
    ),
}

_DRUG_ACTION = r"(?:take|taking|use|using|do|doing|drop|dropping|snort|snorting|smoke|smoking|swallow|eat|drink|dose|dosing|inject|shoot|plug|sniff|have|put|give)"
_AMOUNT_WORDS = r"(?:mg|milligrams?|grams?|g|ml|mcg|ug|pills?|tabs?|tablets?|caps?|capsules?|points?|bumps?|lines?|hits?|puffs?|balloons?|drops?|doses?|dosage|units?|drinks?|shots?|blotters?|squares?|keys?)"
DOSING = _any(
    rf"\bhow\s*(?:much|many)\b(?!\s+(?:water|fluids?|does\s+\w+\s+cost|do(?:es)?\s+(?:it|they|a|an|the)\s+\w*\s*cost|money|is\s+(?:a|an|the)\s+(?:test|kit|fine)|time|people|deaths?|years?|jail|prison|of\s+a\s+fine))[^?.]{{0,60}}\b(?:{_DRUG_ACTION}|should|safe|ok|okay|enough|need|to\s+get|too\s+much|for\s+(?:a|my|me|the|first|beginners?)|is\s+(?:a|the)\s+(?:good|safe|normal|typical|first))\b",
    rf"\bhow\s*(?:much|many)\s+{_AMOUNT_WORDS}\b",
    r"\bhow\s*(?:much|many)\s+(?:\w+\s+){0,3}(?:is|are|would\s+be)\s+(?:safe|ok|okay|fine|enough|a\s+lot|normal)\b",
    r"\b(?:what|which|whats|what's)\s+(?:is\s+)?(?:a|an|the|my)?\s*(?:good|safe|normal|typical|right|recommended|starting|start|first[\s-]*time|beginner|common|strong|heavy|light|low|high|threshold|max\w*|min\w*|usual|average|proper|correct|ideal|effective|standard|lethal|fatal)\s+(?:\w+\s+)?(?:dose|dosage|amount|quantity)\b",
    r"(?<!over)\b(?:dose|dosage|dosing)s?\s+(?:of|for|is|range|guide|chart|calculator|per|would|should)\b",
    r"\b(?:what|which|whats|what's|recommend\w*|suggest\w*)\s+(?:\w+\s+){0,2}(?<!over)(?:dose|dosage|dosing)\b",
    r"\b(?:threshold|light|common|strong|heavy)\s+(?:dose|dosage|range)\b|\bdos(?:e|ing|age)\s+ranges?\b",
    r"\bre-?dos(?:e|ing)\b.{0,40}\b(?:when|how\s+soon|how\s+long|after|wait|can\s+i|should\s+i|ok|okay|safe)\b",
    r"\b(?:when|how\s+soon|how\s+long|how\s+often)\b.{0,40}\b(?:re-?dose|re-?dosing|take\s+(?:more|another|again|a\s+second)|top\s*(?:up|off)|another\s+(?:dose|pill|line|bump|tab|hit|one)|dose\s+again|(?:next|second)\s+dose)\b",
    rf"\bhow\s+(?:long|many\s+(?:hours|days|minutes))\s+(?:should\s+i\s+|do\s+i\s+|to\s+)?wait\s+(?:between|before|after)\b.{{0,40}}\b(?:dose|doses|{_DRUG_ACTION}|taking|more|again|another)\b",
    rf"\bhow\s+often\s+(?:can|should|could|do|is\s+it\s+(?:ok|okay|safe)\s+to)\s+(?:i|you|we|one)?\s*{_DRUG_ACTION}?\b",
    r"\b(?:per|/)\s*(?:kg|kilo\w*|lbs?|pound)\b|\bbody\s*weight\b|\bi\s+weigh\b|\bweigh\s+(?:about\s+)?\d+",
    r"\b(?:convert\w*|conversion|equivalen\w*|equal\s+to|same\s+as)\b.{0,50}\b(?:dose|mg|ml|grams?|pills?|tabs?|amount|oral|nasal|snort\w*|smok\w*|rectal|plug\w*|iv|inject\w*)\b",
    r"\b(?:dose|mg|ml|grams?|amount)\b.{0,50}\b(?:convert\w*|conversion|equivalen\w*)\b",
    r"\bmicro[\s-]*dos\w*\b.{0,50}\b(?:schedule|protocol|how\s+(?:much|often|many)|every|regimen|amount|days?\s+(?:on|off)|stack|plan|routine|dose)\b",
    r"\b(?:schedule|protocol|regimen|plan|routine)\b.{0,30}\bmicro[\s-]*dos\w*",
    r"\b(?:tolerance)\b.{0,60}\b(?:how\s+much|more|increase|double|adjust|compensate|need\s+to\s+take)\b",
    r"\b(?:clinical\s+)?(?:trials?|studies|study|research|therapy|therapists?)\b.{0,50}\b(?:dose|dosage|amount|how\s+much|mg)\b",
    r"\b(?:dose|dosage|amount|how\s+much|mg)\b.{0,50}\b(?:trials?|studies|study|therapy\s+sessions?)\b.{0,40}\b(?:copy|replicate|same|use|follow|at\s+home)\b",
    r"\b(?:answer|reply|respond)\s+(?:only\s+)?(?:with|in)\s+(?:just\s+)?(?:a\s+)?(?:number|digits?|amount)\b|\bjust\s+(?:give|tell)\s+me\s+(?:a|the)\s+(?:number|amount)\b",
    rf"\bis\s+(?:it\s+)?(?:\w+\s+){{0,3}}(?:too\s+much|too\s+many|enough|safe|ok|okay|a\s+lot|too\s+little|overkill)\b",
    rf"\b(?:should|can|could|would)\s+i\s+(?:\w+\s+){{0,2}}(?:take|do|use|drop|snort|have)\s+(?:another|more|a\s+second|again|half|the\s+other\s+half)\b",
)
# "is it safe" alone is a safety question: only an amount in the message makes it a dosing one.
DOSING_NEEDS_AMOUNT = re.compile(r"\bis\s+(?:it\s+)?(?:\w+\s+){0,3}(?:too\s+much|too\s+many|enough|safe|ok|okay|a\s+lot|too\s+little|overkill)\b", re.IGNORECASE)

MANUFACTURE = _any(
    r"\b(?:how\s+(?:to|do\s+(?:i|you|we)|can\s+(?:i|you|we)|would\s+(?:i|you)|does\s+one)|steps?\s+to|guide\s+to|instructions?\s+(?:for|to)|teach\s+me\s+(?:to|how))\s+(?:\w+\s+){0,2}(?:make|cook|synthesi[sz]e|produce|manufacture|extract|brew|distil+|refine|press|isolate|crystalli[sz]e|wash|freebase|grow)\b",
    r"\b(?:synthesis|synthesi[sz]e|synthesising|synthesizing|recipe|precursors?|reagents?\s+(?:for|to\s+make)|lab\s+setup|cook\w*\s+(?:meth|crack|dmt|ghb|lsd)|extraction\s+(?:tek|method|process|of))\b",
    r"\b(?:extract|isolate|purify)\s+(?:\w+\s+){0,2}(?:from|out\s+of)\b",
    r"\b(?:turn|convert|make)\s+(?:\w+\s+){0,2}(?:coke|cocaine|powder)\s+into\s+(?:crack|freebase)\b|\bgbl\s+(?:in)?to\s+ghb\b",
    r"\b(?:grow|growing|cultivat\w*)\s+(?:my\s+own\s+)?(?:shrooms|mushrooms|psilocybin|cacti|cactus|peyote|san\s+pedro|poppies|coca)\b|\bspore\s+(?:syringe|print)s?\b.{0,30}\bgrow",
    r"\bpill\s+press\b|\bpress\s+(?:my\s+own\s+)?pills\b",
)
SOURCING = _any(
    r"\b(?:where|how|who)\s+(?:\w+\s+){0,3}(?:buy|get\s+(?:some|hold\s+of)?|score|cop|order|purchase|find\s+(?:some|a\s+(?:dealer|plug|seller|vendor))|source|pick\s+up)\b",
    r"\b(?:dealer|plug|darknet|dark\s*web|darkweb|\.onion|onion\s+link|vendor|telegram\s+(?:group|channel)|wickr|snapchat\s+dealer)s?\b",
    r"\b(?:buy|order|purchase|get)\s+(?:\w+\s+){0,3}(?:online|delivered|off\s+(?:the\s+)?(?:dark\s*web|telegram))\b",
    r"\b(?:sell|sells|selling)\s+(?:me\s+)?(?:\w+\s+){0,2}(?:near|around|in)\b",
    r"\bhook\s+me\s+up\b|\bwho\s+sells\b|\bconnect\s+me\s+(?:with|to)\s+(?:a|someone)\b",
)
SOURCING_HELP_ITEMS = re.compile(
    r"\b(?:naloxone|narcan|nyxoid|prenoxad|test(?:ing)?\s+(?:kit|strip)s?|fentanyl\s+strips?|reagent\w*|drug[\s-]*checking|pill\s+testing|"
    r"clean\s+needles|needles?|syringes?|needle\s+exchange|nsp|help|treatment|rehab|counsel\w*|support|advice|information|info|"
    r"methadone\s+(?:clinic|treatment)|buprenorphine\s+(?:treatment|clinic)|prescription|doctor|gp|therapist|test\s+results?|"
    r"condoms?|prep|pep|hiv\s+test\w*|vaccin\w*|foil|pipes?\s+from\s+(?:a|the)\s+service|safer\s+(?:use|smoking|injecting)\s+(?:kit|supplies|equipment))\b",
    re.IGNORECASE,
)
EVASION = _any(
    r"\b(?:pass|beat|cheat|fool|trick|get\s+(?:around|past|through)|fake|dodge|avoid\s+failing|clean\s+out\s+for)\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+)?(?:\w+\s+){0,2}(?:drug|urine|piss|pee|hair|saliva|swab|mouth|blood|breath|workplace|employment|probation|court|random|roadside)\s*(?:test|screen|check|swab)\w*",
    r"\b(?:detox|cleanse|masking|synthetic\s+urine|fake\s+(?:pee|urine)|clean\s+(?:pee|urine))\b.{0,40}\b(?:test|screen|pass)\b",
    r"\b(?:hide|hiding|conceal\w*|stash\w*|smuggl\w*|sneak\w*|carry\w*|bring\w*|get)\s+(?:\w+\s+){0,4}(?:from|past|through|into|in|at)\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:police|cops?|security|customs|airport|border|festival\s+(?:gates?|entrance|security)|sniffer|dogs?|searches?|prison|jail|parents)\b",
    r"\b(?:sniffer|drug|k9|police)\s+dogs?\b.{0,40}\b(?:avoid|beat|fool|get\s+past|trick|smell|detect)\b|\b(?:avoid|beat|fool|get\s+past|trick)\b.{0,40}\b(?:sniffer|drug|k9|police)\s+dogs?\b",
    r"\b(?:smuggl\w*|body\s*pack\w*|plugging\s+(?:it|drugs)\s+(?:through|past)|swallow\w*\s+(?:bags|packets|balloons)\s+(?:to|through|past))\b",
    r"\b(?:cut|cutting|bulk\w*|stretch\w*)\s+(?:\w+\s+){0,2}(?:with|agent|to\s+make\s+more)\b|\bcutting\s+agents?\b",
    r"\b(?:sell|selling|deal|dealing|push|pushing|flip|flipping|move|moving)\s+(?:\w+\s+){0,3}(?:without\s+getting\s+caught|for\s+profit|to\s+make\s+money|at\s+(?:a\s+)?festivals?|on\s+the\s+side|price\s+per|profit)\b|\bhow\s+(?:to|do\s+i|can\s+i)\s+(?:start\s+)?(?:sell|selling|deal|dealing)\b",
    r"\b(?:avoid|not\s+get|without\s+getting)\s+(?:\w+\s+){0,2}(?:caught|arrested|busted|detected)\b",
)


def emergency_reason(folded: str) -> str | None:
    """The kind of emergency a message describes, or None.

    A crisis statement always counts; other signs count unless the message is a general
    question ("what are the signs of an overdose?") with nothing that places it here and now.
    """
    if EMERGENCY["crisis"].search(folded):
        return "crisis"
    for reason, pattern in EMERGENCY.items():
        if reason != "crisis" and pattern.search(folded):
            general = _GENERAL_FRAMING.search(folded) and not _HERE_AND_NOW.search(folded)
            if not general:
                return reason
    return None


def asks_for_dose(folded: str) -> bool:
    """True when the message asks for an amount, a schedule, a timing or a conversion."""
    for match in DOSING.finditer(folded):
        if DOSING_NEEDS_AMOUNT.fullmatch(match.group(0)) and not find_dose_mentions(folded):
            continue
        return True
    return False


def refusal_reason(folded: str) -> str | None:
    """`manufacture`, `sourcing` or `evasion` when the message asks for that help."""
    if MANUFACTURE.search(folded):
        return "manufacture"
    if SOURCING.search(folded) and not SOURCING_HELP_ITEMS.search(folded):
        return "sourcing"
    if EVASION.search(folded):
        return "evasion"
    return None
