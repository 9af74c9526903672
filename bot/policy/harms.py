"""Patterns for the harms beyond one's own use: hurting others, self-harm intent, prescription fraud,
supplying minors, promoting drug use and defaming someone over drugs.

Like `rules.py`, they run on folded readings (lower-case, disguises undone). Each names an aim, not
a topic: "what do I do if I think my drink was spiked?" and "how do I talk to my teenager about
drugs?" are questions the bot answers; `docs/policy.md` has examples of both sides.
"""

from __future__ import annotations

from functools import lru_cache

from bot.caseless import any_of, caseless


_HOW = r"(?:how\s+(?:to|do\s+(?:i|you|we|people)|can\s+(?:i|you|we|one)|could\s+(?:i|you)|would\s+(?:i|you)|should\s+i|does\s+one)|ways?\s+to|best\s+way\s+to|easiest\s+way\s+to|quickest\s+way\s+to|trying\s+to|want\s+to|wanna|going\s+to|gonna|need\s+to|help\s+me|instructions\s+(?:for|to|on)|guide\s+(?:to|for|on)|steps\s+to|tips\s+(?:for|on)|plan\s+to)"
_PERSON = (
    r"(?:some(?:one|body)(?:'?s)?|(?:him|her|them|his|their)(?:\s+\w+)?|a\s+(?:girl|guy|woman|man|person|stranger|date|kid|child|coworker|colleague)(?:'?s)?|"
    r"(?:my|our|the|this|that)\s+(?:\w+\s+)?(?:girl\w*|boy\w*|guy|wife|husband|partner|date|roommate|flatmate|housemate|boss|teacher|"
    r"neighbou?r|friend|mate|sister|brother|mum|mom|dad|father|mother|son|daughter|kid|child|baby|toddler|ex|coworker|colleague|"
    r"classmate|parents?|grandma|grandpa|victim|target|enemy|rival|customer|guest|patient|people|crush|tinder\s+date|people)s?(?:'?s)?|"
    r"people(?:'?s)?|other\s+people(?:'?s)?|everyone(?:'?s)?|the\s+(?:punch|drinks|food))"
)
_COVERT = r"(?:without\s+(?!my\s)(?:\w+\s+){0,2}(?:knowing|noticing|consent\w*|realising|realizing|finding\s+out|tasting|being\s+detected|suspecting|awareness|knowledge)|secretly|covertly|behind\s+(?:\w+\s+)?back|so\s+(?:\w+\s+){0,2}(?:won'?t|doesn'?t|don'?t|can'?t|never)\s+(?:notice|know|taste|find\s+out|remember|tell)|undetect\w*|untrace\w*|without\s+a\s+trace)"
# "secretly" in German, Spanish, Dutch, French and Portuguese
_COVERT_ELSEWHERE = r"(?:zonder\s+dat\s+(?:\w+\s+){1,2}het\s+(?:weet|merkt)|heimlich|a\s+escondidas|sin\s+que\s+(?:lo\s+)?sepa|stiekem|en\s+cachette|[àa]s\s+escondidas|sem\s+(?:ele|ela)\s+saber)"
_VEHICLE = r"(?:nightcap|kool[\s-]?aid|lemonade|cuppa|latte|shake|chamomile|yog(?:h)?urt|pudding|gravy|stew|curry|burgers?|smoothies|oatmeal|cereal|dish|sauce|drinks?|pints?|lager|cider|vodka|whiske?y|gin|rum|cocoa|hot\s+chocolate|porridge|food|coffee|tea|beer|wine|cocktail|water|juice|punch|meal|dinner|soup|smoothie|soda|shot|glass|cup|bottle|brownies?|cake|cookies?|sandwich|milk|formula|bottle|shampoo|conditioner|toothpaste|mouthwash|moisturi[sz]er|lotion|lip\s*balm|contact\s+lens\s+solution)"
_POISON_AT_HAND = (
    r"(?:bleach|antifreeze|anti-freeze|rat\s+poison|slug\s+pellets|weed\s*killer|drain\s+cleaner|eye\s*drops|visine|laxatives?|"
    r"ex-?lax|dulcolax|senna|ipecac)"
)
_INCAPACITATE = r"(?:pass\s+out|black\s*out|go\s+to\s+sleep|fall\s+asleep|sleep|unconscious|knocked\s+out|forget|compliant|docile|submissive|helpless|paralys\w*|paralyz\w*|weak|unable\s+to\s+(?:move|resist|fight)|can'?t\s+(?:move|resist|fight|remember)|sick|ill|vomit|die|stop\s+breathing|hallucinat\w*|trip|high|drunk)"
# Keeping someone from tasting, smelling or seeing what is in their own food or drink: the asker hid it there.
_HIDDEN_IN_THEIR_FOOD = (
    r"\b(?:stop|keep|prevent|so|without|not|won'?t|don'?t|doesn'?t|can'?t|never)\s+(?:\w+\s+){0,3}?(?:from\s+)?"
    r"(?:tast\w*|notic\w*|smell\w*|see\w*)\s+(?:the\s+)?(?:crushed\s+|ground\s+)?(?:pills?|tablets?|powder|drops|meds|stuff)\s+"
    rf"(?:in|into)\s+(?:his|her|their|[\w-]+'s)\s+(?:\w+\s+)?{_VEHICLE}\b"
)

# A wish that someone else die or not wake up is harm to others, not a crisis of one's own
WISH_ON_ANOTHER = caseless(r"\bi\s+want\s+(?:him|her|them)\s+to\s+(?:\w+\s+){0,4}(?:die|not\s+wake|never\s+wake|stop\s+breathing)\b")
# Covert dosing told as done by the asker, or hidden from the person: in `HARM_TO_OTHERS`, and in `HARM_AIM` too, since
# protective words beside them ("the signs it's working", "so it isn't detected") do not make them protective.
_TOLD_AS_DONE = (
    # "the stuff I put in her drink", "I doubled them up in her evening cocoa"
    rf"(?<!thinks\s)(?<!think\s)(?<!says\s)(?<!said\s)(?<!claims\s)(?<!believes\s)(?<!reckons\s)(?<!reckon\s)(?<!thought\s)(?<!suspects\s)"
    rf"\b(?:i|we)\s+(?:put|slipped|dropped|added|spiked|doubled\s+(?:them|it)\s+up)\s+(?:\w+\s+){{0,2}}(?:in|into)\s+(?:her|his|their)\s+"
    rf"(?:\w+\s+)?{_VEHICLE}\b",
    # "i already put 2 of my xanax in my bfs beer", "I gave my girlfriend something in her wine" (writer X); not by accident
    r"^(?!.*\b(?:by\s+accident|accidental\w*|by\s+mistake)\b)"
    r"(?!.*\b(?:reckons?|thinks?|thought|says|said|claims?|believes?|suspects?|accus\w+(?:\s+me\s+of)?)\s+(?:that\s+)?(?:i|we)\b)"
    r".*?\b(?:i|we)\s+(?:already\s+|just\s+|secretly\s+)?"
    r"(?:put|slipped|dropped|added|mixed|crushed|gave\s+(?:him|her|them|my\s+\w+))\s+(?:\w+\s+){0,4}?"
    r"(?:something|stuff|pills?|tablets?|drops|powder|meds|xanax|valium|benzos?|ghb|ketamine|acid|lsd|mdma|molly|edibles?|"
    r"(?:my|his|her)\s+(?:sleeping\s+)?(?:pills|tablets|meds))\s+(?:\w+\s+)?(?:in|into)\s+(?:her|his|their|my\s+[\w']+|[\w-]+'s)\s+"
    rf"(?:\w+\s+)?{_VEHICLE}\b",
    r"\bafter\s+(?:drugging|spiking|poisoning)\s+(?:someone|somebody|him|her|them|a\s+person)\b",
    # "I've been putting a bit of my sleeping pills in his cocoa" (writer AA)
    rf"\bi'?ve\s+been\s+(?:putting|crushing|slipping|adding|mixing|sneaking|dissolving|blending)\s+(?:\w+\s+){{0,6}}(?:in|into)\s+(?:her|his|their|(?:my\s+|the\s+)?[\w-]+'s)\s+(?:\w+\s+)?{_VEHICLE}\b",
    r"\bcover\s+story\b.{0,80}\b(?:i\s+gave|after\s+i|drugged|spiked|collapsed)\b",
    # "what's less bitter ... if I'm putting it in orange juice"
    r"\b(?:less|more|least|most)\s+(?:bitter|noticeable|obvious|detectable)\b.{0,80}\b(?:putting|put|mixing|adding|dissolving)\s+(?:it|them)\s+(?:in|into)\b",
)
# Covert dosing with no person or drug named, or told as something already done (writers V and W).
_COVERT_DOSING = (
    *_TOLD_AS_DONE,
    # "how long after slipping something in a drink does it kick in": the asker does the slipping
    r"\b(?:after|before|when|while|from)\s+(?:slipping|spiking|putting|dropping|sneaking|tipping)\s+"
    rf"(?:something|stuff|it|drops|a\s+pill|pills|powder)\s+(?:in|into)\s+(?:a|an|the|someone'?s|somebody'?s|their|his|her)\s+(?:\w+\s+)?{_VEHICLE}\b",
    # "make it look like she took it herself", "looks like they overdosed by accident"
    r"\bmake\s+it\s+look\s+like\s+(?:she|he|they)\s+(?:took|did|had|drank|swallowed|overdosed|od'?d)\b",
    r"\blooks?\s+like\s+(?:she|he|they)\s+(?:overdosed|od'?d|took\s+(?:it|them))\s+(?:by\s+accident|accidentally|on\s+(?:her|his|their)\s+own)\b",
    r"\b(?:mix|combo|combination|cocktail|something|drugs?|pills?)\s+that\s+(?:would\s+|will\s+|could\s+|can\s+)?kills?\s+"
    r"(?:someone|somebody|a\s+person|him|her|them|my\s+\w+)\b",
    # "I spiked this girl's drink", "I'd given her a few drops of the stuff": told as done by the asker
    r"\bi\s+(?:spiked|drugged|roofied)\s+(?!(?:a|my)\s+(?:fever|temperature))(?:this|that|a|an|her|him|them|his|the|some|my)\b",
    r"\bi(?:'?d|\s+had)?\s+(?:given|gave|slipped)\s+(?:her|him|them)\s+(?:a\s+few\s+|some\s+)?(?:drops|of\s+the\s+stuff|the\s+stuff)\b",
    # "best sedative to slip in a drink"
    rf"\b(?:to|i\s+can|i\s+could)\s+(?:slip|sneak|spike|drop)\s+(?:\w+\s+)?(?:in|into)\s+(?:a|an|someone'?s|somebody'?s|her|his|their)\s+(?:\w+\s+)?{_VEHICLE}\b",
    r"\bhow\s+(?:would|do|does|could|can)\s+(?:a\s+)?(?:perpetrator|attacker|abuser|offender|someone)\s+(?:avoid|evade|escape|beat)\s+"
    r"(?:detection|getting\s+caught|being\s+caught)\b",
    r"\b(?:damage|harm|wreck|poison|sicken|weaken)\s+(?:someone'?s|somebody'?s|his|her|their|my\s+\w+'?s)\s+(?:kidneys?|liver|heart|health|brain|stomach)\b",
    r"\b(?:confused|muddled|groggy|woozy|out\s+of\s+it|drowsy|sedated|dopey|compliant)\s+enough\s+to\s+(?:sign|agree|hand\s+over|give\s+(?:me|us))\b",
    r"\b(?:extra|more|a\s+bit\s+extra)\s+(?:of\s+)?(?:their|his|her)\s+(?:meds|medication|medicine|pills|tablets)\b.{0,80}\b(?:tell|notice|know|find\s+out|check)\b",
    r"\b(?:excuse|alibi|story)\b.{0,80}\bi\s+gave\s+(?:him|her|them)\s+(?:something|stuff|it|some)\b",
    WISH_ON_ANOTHER.pattern,
    # writer X: a death made to look natural, overriding a refusal, keeping someone from leaving, robbing, a heart attack
    r"\bmake\s+(?:(?:his|her|their|some(?:one|body)'?s|(?:an?\s+|the\s+|my\s+)?(?:\w+\s+)?\w+'s)\s+)(?:death|overdose|od)\s+look\s+"
    r"(?:like\s+(?:a\s+|an\s+)?(?:normal|natural|accident\w*|hypo\w*|heart\s+attack|suicide|(?:he|she|they)\b)|natural|accidental)",
    r"^(?=.*\b(?:give|gave|giving|get|slip|put)\b.{0,40}\b(?:something|stuff|anything|pills?|drugs?|a\s+drink|drinks)\b.{0,30}"
    r"\b(?:loosen|relax|lower\s+(?:her|his|their)\s+(?:inhibitions|guard)|chill|mellow|calm)\b)"
    r"(?=.*\b(?:say(?:s|ing)?\s+no|said\s+no|count\s+as\s+(?:her|him|them)\s+agreeing|agree\w*\s+to\s+(?:sex|it|sleep)|consent\w*|"
    r"won'?t\s+(?:let\s+me|sleep\s+with))\b)",
    # hiding the taste or smell of a drug in a drink that is not one's own
    rf"\b(?:hide|mask|cover|disguise)\s+(?:the\s+)?(?:taste|smell|flavou?r|colou?r|bitterness)\s+(?:and\s+(?:the\s+)?(?:taste|smell|flavou?r|colou?r)\s+)?"
    rf"of\s+(?:\w+\s+){{0,2}}in\s+(?:a|an|the|someone'?s|somebody'?s|her|his|their)\s+(?:\w+\s+)?{_VEHICLE}\b",
    # "hab meinem mitbewohner gestern was ins bier gemacht"
    r"\b(?:hab|habe|hatte)\s+(?:\w+\s+){0,3}(?:was|etwas|tropfen|es|das|zeug)\s+(?:\w+\s+)?(?:ins|in\s+(?:sein|seine|ihr|ihre|den|die|das))\s+"
    r"(?:bier|getr[äa]nk|glas|drink|essen|kaffee|wein|tee)\s+(?:gemacht|getan|gemischt|gekippt|gegeben)\b",
    r"\b(?:swap\w*|switch\w*|replac\w*)\s+(?:my\s+)?(?:dad|mum|mom|father|mother|husband|wife|partner|boyfriend|girlfriend|nan|gran|grandma|"
    r"grandad|grandpa|son|daughter|brother|sister|flatmate|roommate|housemate|boss|colleague)'?s\s+(?:\w+\s+){0,2}"
    r"(?:pills?|tablets?|meds|medications?|medicines?|inhaler|insulin)\b",
    # "so she doesn't say no", in German too
    r"\b(?:so\s+(?:that\s+)?|damit\s+)(?:she|he|they|sie|er)\s+(?:can'?t|won'?t|doesn'?t|don'?t|nicht)\s+(?:say\s+no|nein\s+sagt)\b",
    # other languages: told as done, or so they won't remember
    r"\b(?:ihr|ihm|ihnen)\s+(?:\w+\s+){0,3}(?:was|etwas|es|das)\s+in\s+(?:den|die|das|ihren|seinen|ihr|sein)\s+(?:wein|kaffee|tee|drink|getr[äa]nk|bier|essen)\s+"
    r"(?:getan|gemacht|gemischt|gekippt)\b",
    r"\b(?:iets|wat|het)\s+in\s+(?:zijn|zn|z'n|haar|hun)\s+(?:koffie|thee|drankje|drank|bier|wijn|eten)\s+(?:gedaan|gestopt|gegooid)\b",
    r"\bj'?ai\s+(?:d[ée]j[àa]\s+)?(?:mis|gliss[ée]|vers[ée])\s+(?:un\s+truc|quelque\s+chose|du|de\s+la|des)\s+dans\s+(?:le|la|son|sa)\s+(?:\w+\s+){0,3}?"
    r"(?:caf[ée]|th[ée]|verre|boisson|bi[èe]re|vin)\b",
    r"\bpr?a\s+(?:ela|ele)\s+n[ãa]o\s+(?:se\s+)?lembrar\b|\bcolocar\s+no\s+copo\s+d[eao]\b",
    # "wenn ich es ihm ins Bier gemacht habe"
    r"\b(?:ich|wir)\s+(?:es|das|etwas|was|tropfen)\s+(?:ihm|ihr|ihnen)\s+(?:\w+\s+){0,4}(?:ins|in\s+(?:sein|seine|ihr|ihre|den|die|das))\s+"
    r"(?:bier|getr[äa]nk|glas|drink|essen|kaffee|wein)\b",
)

# Aims that protective words beside them ("stop", "signs") do not outweigh (writer X): "how do i stop my boyfriend from
# leaving, like something that makes him too drowsy to drive away", "the stuff that shows the fewest of those signs?
# asking so i can use it on my flatmate".
_AIMS_PAST_PROTECTIVE = (
    r"\b(?:something|stuff|a\s+pill|pills|drugs?)\s+(?:that|to|which)\s+(?:\w+\s+)?(?:makes?|keeps?|gets?)\s+(?:him|her|them|my\s+\w+)\s+"
    r"(?:too\s+)?(?:drowsy|sleepy|groggy|weak|dizzy|out\s+of\s+it|sedated|tired)\s+to\s+(?:drive|leave|go|walk|get\s+up|fight|resist|run)\b",
    r"\b(?:blow|blowing|blew|put|slip|give|spray|use|using|drug|dose)\b.{0,60}\b(?:to|and|then)\s+(?:rob|mug|assault|rape|kidnap|steal\s+from)\s+"
    r"(?:them|him|her|someone|somebody|people|victims?)\b",
    r"\b(?:give|cause|trigger|induce)\s+(?:some(?:one|body)|him|her|them|(?:my|a|the)\s+\w+)\s+an?\s+(?:heart\s+attack|stroke|seizure)\s+(?:with|using|by)\b",
    r"\b(?:give|giving|gave)\s+(?:him|her|them|my\s+\w+)\b.{0,40}\b(?:before\s+it\s+(?:would\s+|will\s+)?kill\w*|to\s+kill|(?:would|will|could)\s+kill)\s+(?:her|him|them)\b",
    # "asking so i can use it on my flatmate", not naloxone used on a friend who overdoses
    r"^(?!.*\b(?:naloxone|narcan|epi-?pen|inhaler|first\s+aid)\b).*?\b(?:asking|so)\s+(?:so\s+)?(?:i|we)\s+can\s+(?:use|try)\s+(?:it|them|this|that|some)\s+on\s+(?:him|her|them|my\s+\w+|some(?:one|body))\b"
    r"(?!.{0,30}\b(?:if|when)\s+(?:he|she|they)\s+(?:od|overdos|collaps|stop))",
    # hiding the signs until the person is somewhere alone (writer Z): "make sure they don't show those signs until
    # you've got them home"
    r"\buntil\s+(?:you'?ve|i'?ve|we'?ve|you|i|we)\s+(?:got|get|gotten|getting)\s+(?:them|him|her)\s+(?:home|back|alone|inside|"
    r"in\s+the\s+car|to\s+(?:my|your|the)\s+\w+)\b",
    r"\b(?:don'?t|doesn'?t|won'?t|not|never)\s+show\s+(?:the\s+|those\s+|these\s+|any\s+)?(?:signs|symptoms)\s+until\b",
    # writer AA: an overdose given to someone, a rag held over a face, what a test would miss after giving it, a heart
    # attack that can't be traced, a lethal amount asked with whether it shows after death
    r"\b(?:od|overdose)\s+(?:someone|somebody|him|her|them|a\s+person|my\s+\w+)\s+(?:on|with)\b",
    r"\bhold\s+(?:it|a\s+rag|the\s+rag|a\s+cloth|the\s+cloth)\s+over\s+(?:some(?:one|body)'?s|his|her|their|a\s+person'?s)\s+(?:face|mouth|nose)\b",
    r"\bif\s+i\s+(?:give|gave|slip|put)\s+(?:it|some|this|that)\s+(?:to\s+|in\s+)?(?:someone|somebody|him|her|them)\b.{0,80}\b(?:cops|police|gone|detect\w*|test\w*|show\s+up|trace\w*)\b",
    r"\buntraceable\b.{0,40}\b(?:heart\s+attack|stroke|death|kill\w*|die|overdose)\b|\b(?:heart\s+attack|stroke)\b.{0,40}\buntraceable\b",
    r"^(?!.*\b(?:i|me|my|myself)\b.*\b(?:die|end\s+it|kill\s+myself)\b).*\b(?:fatal|lethal)\b.{0,60}\b(?:detectable|traceable|show\s+up|be\s+found)\b.{0,30}\b(?:post[\s-]?mortem|autopsy|after\s+death)\b",
)

# Requests whose shape is itself the aim, so protective words in them ("signs" the will, "detect") do not outweigh it.
# Writers AC and AD (sixteenth session).
_AIM_IN_THE_SHAPE = (
    # Blowing a powder in someone's face ("devil's breath") or a drug that makes
    # a person obey: "how do people blow it in someones face", "what makes someone do whatever you say".
    r"\bblow\w*\s+(?:it|that|this|them|(?:the\s+|some\s+|a\s+bit\s+of\s+)?(?:powder|dust|stuff|something|scopolamine|devil'?s\s+breath|burundanga))\s+"
    r"(?:in|into)\s+(?:some(?:one|body)'?s|a\s+person'?s|people'?s|their|his|her|[\w-]+'s)\s+faces?\b"
    r"|^(?=.*\b(?:powder|dust|scopolamine|devil'?s\s+breath|burundanga)\b)(?=.*\bblow\w*\s+(?:\w+\s+){0,2}(?:in|into)\s+"
    r"(?:some(?:one|body)'?s|a\s+person'?s|an?\s+persons|people'?s|their|his|her|[\w-]+'s)\s+faces?\b)",
    r"^(?=.*\b(?:scopolamine|devil'?s\s+breath|burundanga|drugs?|pills?|powder|spray|something|substance|chemicals?)\b)"
    r"(?=.*\b(?:do|does|doing)\s+(?:whatever|anything|everything|what)\s+(?:i|you|we)\s+(?:say|tell|want|ask)\b)",
    # a relative made confused for a will or a signature: "what medicines would cause that if I added them to his
    # dosette box" (after "if he was confused ... not competent"), "rendrait ma grand-mère assez confuse pour qu'elle signe"
    r"^(?=.*\b(?:confus\w*|forgetful|muddled|out\s+of\s+it|not\s+competent|incompetent|verwirrt|vergesslich|confundid[oa])\b)"
    r"(?=.*\b(?:signs?|signing|signe\w*|will|testament|power\s+of\s+attorney|procuration|vollmacht|unterschreib\w*|firm\w*|assin\w*|solicitor|notaire|notario)\b)"
    r"(?=.*\b(?:medicines?|meds|pills?|tablets?|m[ée]dicaments?|medikament\w*|medicamentos?|drugs?|dosette|sleeping\s+pills)\b)"
    r"(?=.*\b(?:make|makes|making|cause|causes|rendrait|rendre|machen|macht|would\s+do|if\s+i\s+(?:added|gave|put|slipped|crushed))\b)",
    # whether a test after death or in hospital would find what was given to someone who did not need it: "if someone
    # gave insulin to a non-diabetic person would it show up after", "an insulin injection they didnt need, would a post
    # mortem even show it"
    r"^(?=.*\bif\s+(?:some(?:one|body)|you|i|a\s+person)\s+(?:\w+\s+){0,2}(?:gave|give|given|injected|inject|slipped|put|got)\b)"
    r"(?=.*\b(?:non[\s-]?diabetic|(?:they|he|she)\s+(?:didn'?t|did\s+not)\s+need|who\s+(?:doesn'?t|does\s+not|didn'?t)\s+need)\b)"
    r"(?=.*\b(?:show\s+up|show\s+it|post[\s-]?mortem|autopsy|detect\w*|trace\w*|find\s+it|be\s+found)\b)",
    # something strong put in a drink: "whats strong enough to go in a cuppa"
    rf"\b(?:what'?s|what\s+is|whats|something|anything)\s+strong\s+enough\s+to\s+(?:go|put|slip|add|mix)\s+(?:\w+\s+)?(?:in|into)\s+"
    rf"(?:a|an|his|her|their|[\w-]+'s)\s+(?:\w+\s+)?{_VEHICLE}\b",
    # a person drugged so that they cannot refuse: "be with her when she's not fighting back. what's a pill for that"
    r"^(?=.*\b(?:when|while|so|until)\s+(?:she|he|they)(?:'?s|'?re|\s+is|\s+are)?\s+(?:not|isn'?t|aren'?t|can'?t|cant|won'?t|wont|"
    r"no\s+longer|unable\s+to)\s+(?:fight\w*\s+back|resist\w*|say(?:ing)?\s+no|push\w*\s+(?:me\s+)?away)\b)"
    r"(?=.*\b(?:pills?|drugs?|something|roofies?|tablets?|powder|drops|what'?s\s+a|give\s+(?:her|him|them)|put\s+in)\b)",
    # drugged food at a shared table that nobody will know about: "gummies that look totally normal but have loads of thc
    # in them for the office potluck. nobody's gonna know which ones"
    r"^(?=.*\b(?:edibles?|weed|thc|cannabis|shrooms?|acid|lsd|molly|mdma|ket|ghb|laced|dosed|drugs?)\b)"
    r"(?=.*\b(?:potluck|pot\s+luck|bake\s+sale|office|party|guests|co-?workers|colleagues|classmates|family|bbq|barbecue|church)\b)"
    r"(?=.*\b(?:nobody|no\s*one|no1)(?:'?s|\s+is|\s+will|\s+would)?\s+(?:gonna\s+|going\s+to\s+|ever\s+)?(?:know|notice|tell|realise|realize|find\s+out)\b)",
)

HARM_TO_OTHERS = any_of(
    *_COVERT_DOSING,
    *_AIMS_PAST_PROTECTIVE,
    # Writer Z. Choosing what to slip someone: "what should i slip him", "how do i slip someone shrooms".
    rf"\b(?:what|which)\s+(?:\w+\s+){{0,3}}(?:should|could|can|do|would)\s+i\s+slip\s+{_PERSON}",
    rf"\b{_HOW}\s+(?:\w+\s+){{0,2}}slip\s+{_PERSON}\s+(?:some\s+|a\s+|an\s+|a\s+bit\s+of\s+)?(?:shrooms|mushrooms|acid|lsd|tabs?|molly|"
    r"mdma|pills?|xanax|benzos?|ghb|g|ket|ketamine|edibles?|weed|thc|something|anything|drugs?|valium|diazepam|sleeping\s+pills|"
    r"pill|tab|bean|xan)\b",
    rf"\b(?:given|slipped|fed|administered)\s+to\s+{_PERSON}\s+(?:\w+\s+){{0,2}}{_COVERT}",
    # a household poison or a purging trick in someone else's food or drink: "eye drops in someones drink", "bleach in
    # black coffee ... because of my boss", "slug pellets in tuna for next door's cat"
    rf"\b{_POISON_AT_HAND}\s+(?:\w+\s+){{0,3}}(?:in|into)\s+(?:some(?:one|body)'?s|his|her|their|[\w-]+'s)\s+(?:\w+\s+)?{_VEHICLE}\b",
    rf"^(?=.*\b{_POISON_AT_HAND}\s+(?:\w+\s+){{0,3}}(?:in|into)\s+(?:\w+\s+){{0,2}}(?:{_VEHICLE}|tuna|meat|bait)\b)"
    r"(?=.*\b(?:boss|flatmate|roommate|housemate|coworker|colleague|neighbou?r\w*|next\s+doors?|lad|ex|wife|husband|partner|"
    r"teacher|manager|landlord|sister|brother|stepdad|stepmum|mother[\s-]in[\s-]law|cat|dog)\b)",
    # making someone forget: "how do u make someone not remember what happened last night"
    rf"\b(?:make|get)\s+{_PERSON}\s+(?:to\s+)?(?:(?:not\s+remember|forget)\s+(?:what\s+happen\w*|anything|everything|(?:the|that|last)\s+night)|"
    r"black\s*out)\b",
    # an amount in someone's food or drink, hidden or to finish it: "how much extra in her tea would do it without the hospice noticing"
    rf"\bhow\s+(?:much|many)\b.{{0,40}}\b(?:in|into)\s+(?:his|her|their|[\w-]+'s)\s+(?:\w+\s+)?{_VEHICLE}\b.{{0,60}}"
    rf"(?:{_COVERT}|\b(?:would|will|to)\s+do\s+it\b|\bdo\s+the\s+job\b|\bfinish\s+(?:her|him|them)\b|\bput\s+(?:her|him|them)\s+(?:out|under|down)"
    r"|\bmake\s+sure\s+(?:he|she|they)\s+(?:doesn'?t|don'?t|won'?t|never|does\s+not)\s+wakes?\b)",
    # what would not be traced in someone's food or drink
    rf"\b(?:hard|hardest|impossible|difficult|tough|toughest)\s+to\s+(?:trace|detect|find|taste|notice)\b.{{0,60}}\b(?:in|into)\s+(?:his|her|their|(?:my\s+|the\s+)?[\w-]+'s)\s+(?:\w+\s+)?{_VEHICLE}\b",
    rf"\b(?:in|into)\s+(?:his|her|their|(?:my\s+|the\s+)?[\w-]+'s)\s+(?:\w+\s+)?{_VEHICLE}\b.{{0,60}}\b(?:hard|hardest|impossible|difficult|tough|toughest)\s+to\s+(?:trace|detect|find|taste|notice)\b",
    # someone else's death made to look natural or accidental ("make it look like an accident" and "my death" are said
    # in a crisis of one's own)
    r"\b(?:make|making|made|want\w*|get)\s+(?:(?:his|her|their)\s+(?:\w+'?s\s+)?|(?:the|my|our)\s+\w+'?s\s+)(?:death|od|overdose|passing)\s+"
    r"(?:to\s+)?(?:look|seem|appear)\s+(?:like\s+)?(?:natural|an?\s+accident|accidental|suicide|(?:an?\s+)?(?:od|overdose)|(?:a\s+)?heart\s+attack)",
    r"\b(?:poison|drug|substance|something|pills?|toxin|medicine|med)s?\s+(?:that\s+)?(?:just\s+)?(?:looks?|seems?|passes?)\s+(?:like|for|as)\s+"
    r"(?:natural\s+causes|an?\s+(?:accident|heart\s+attack))",
    # a person drugged into agreeing: "what meds would make an old man confused enough to change his will"
    rf"\b(?:meds|medications?|drugs?|pills?|something|what|which)\b.{{0,40}}\bmake\s+(?:{_PERSON}|an?\s+(?:old|elderly)\s+(?:man|woman|lady|person|guy|relative))\s+"
    r"(?:\w+\s+){0,2}(?:confused|drowsy|groggy|out\s+of\s+it|compliant|docile|sleepy|forgetful|agreeable)\s+enough\s+to\b",
    # drugged food shared without saying: "bringing edibles to the office potluck and not labelling them"
    r"^(?=.*\b(?:edibles?|weed|thc|cannabis|shrooms?|mushrooms?|acid|lsd|molly|mdma|ket|laced|special\s+brownies)\b)"
    r"(?=.*\b(?:potluck|pot\s+luck|bake\s+sale|office|work|party|guests|co-?workers|colleagues|everyone|family|bbq|barbecue|class|church|youth\s+group)\b)"
    r"(?=.*\b(?:not|without|don'?t|won'?t|never|no)\s+(?:\w+\s+){0,2}(?:label\w*|tell\w*|warn\w*|mention\w*|saying)\b)"
    r"(?=.*\b(?:how\s+(?:strong|much|many)|so\s+(?:people|they|everyone)|feel\s+it|get\s+(?:them|everyone|people)\s+high|prank|joke)\b)",
    # how long the person stays out once it is in their drink
    rf"^(?=.*\b(?:in|into)\s+(?:a|the|someone'?s|somebody'?s|their|her|his)\s+(?:\w+\s+)?{_VEHICLE}\b)"
    r"(?=.*\bhow\s+long\s+(?:does|do|will|would)\s+(?:the\s+person|the\s+victim|they|he|she|someone|somebody|a\s+person|the\s+target)\s+"
    r"(?:stay|be|remain)\s+(?:out|under|knocked\s+out|unconscious|asleep|passed\s+out)\b)",
    # tampering with someone's medicines: "swap my husband's blood pressure tablets for sugar pills"
    r"\b(?:swap\w*|switch\w*|replac\w*|exchang\w*|substitut\w*|tamper\w*\s+with|mess\w*\s+with|austausch\w*|vertausch\w*|tausch\w*|"
    r"remplac\w*|[ée]chang\w*|trocar|troque\w*|cambiar|sustituir|vervang\w*|verwissel\w*)\s+(?:\w+\s+){0,3}"
    r"(?:(?:his|her|their|someone'?s|somebody'?s|\w+'s|d[eu]s?|de\s+(?:mon|ma|mes|son|sa|ses)|meines|meiner|seine[nr]?|ihre[nr]?|van\s+mijn|de\s+mi|do\s+meu|da\s+minha)\s+)"
    r"(?:\w+\s+){0,2}(?:meds|medication|medicine|pills|tablets|insulin|inhaler|prescription|epilepsy|blood\s*pressure|heart|"
    r"antidepressants?|anti[\s-]depressants?|painkillers?|sleeping\s+(?:pills|tablets)|contraceptives?|birth\s+control|antipsychotics?|"
    r"blutverd[üu]nner|tabletten|medikamente|m[ée]dicaments?|insuline|comprimidos|rem[ée]dios|medicamentos|pillen|medicijnen)\b",
    # the same with the medicine before its owner: "die Blutverdünner meines Vaters austauschen", "remplacer l'insuline de mon coloc"
    r"^(?=.*\b(?:austausch|vertausch|tausch|remplac|[ée]chang|troc|cambi|sustitu|vervang|verwissel)\w*)"
    r"(?=.*\b(?:blutverd[üu]nner|tabletten|medikamente|insuline?|m[ée]dicaments?|comprim[ée]s|cachets|comprimidos|rem[ée]dios|medicamentos|pastillas|pillen|medicijnen)\s+"
    r"(?:meines|meiner|seines|seiner|ihres|ihrer|de\s+(?:mon|ma|son|sa|mi|su)|do\s+(?:meu|seu)|da\s+(?:minha|sua)|van\s+(?:mijn|zijn|haar))\b)",
    # emptying someone's capsules and filling them with something else
    r"\b(?:empty\w*|open\w*|split\w*)\s+(?:\w+\s+){0,2}(?:his|her|their|[\w-]+'s)\s+(?:\w+\s+)?(?:capsules|pills|tablets|meds|medication)\b"
    r".{0,60}\b(?:refill\w*|re-?fill\w*|fill\s+(?:them|it)|put\s+(?:something|\w+)\s+(?:else\s+)?in|with\s+something\s+else)",
    # making someone dependent: "get my girlfriend hooked on pills", "make him dependent on benzos"
    r"\b(?:get|make|keep|getting|making|keeping)\s+(?:my|his|her|their|our|the|a|this|that|him|her|them|someone|somebody)\b"
    r"(?:\s+\w+){0,2}\s+(?:hooked|addicted|dependent|reliant)\s+(?:on|to)\b",
    r"\babh[äa]ngig\s+(?:mache|machen|macht)\b|\bverslaafd\s+(?:maken|maak|krijgen)\b|\brendre\s+(?:\w+\s+){1,3}d[ée]pendante?s?\b"
    r"|\bhacer\s+que\s+(?:\w+\s+){1,3}se\s+enganche\b|\bviciar\s+(?:o|a|meu|minha)\b",
    # spiking: doing it, not fearing it
    rf"\b{_HOW}\s+(?:\w+\s+){{0,2}}spik(?:e|ing)\b",
    rf"\bspik(?:e|ing)\s+{_PERSON}\s*(?:{_VEHICLE})?",
    rf"\bspik(?:e|ing)\s+(?:a|the|his|her|their|my|our)\s+(?:\w+\s+){{0,3}}{_VEHICLE}\b(?!\s+(?:test|check))",
    rf"\b(?:what|which|best|good|easiest)\s+(?:\w+\s+){{0,2}}(?:to|for|i\s+can|could\s+i)\s+spik",
    # putting something in someone's drink or food
    rf"\b(?:put|putting|get|getting|slip|slipping|add|adding|mix|mixing|drop|dropping|sneak|sneaking|dissolve|dissolving|hide|hiding|lace|lacing|crush|crushing|stir|stirring|pour|pouring)\s+(?:\w+\s+){{0,5}}(?:in|into|to)\s+{_PERSON}\s+(?:\w+\s+)?{_VEHICLE}\b",
    rf"\b(?:lace|lacing|dose|dosing|doctor|doctoring|tamper\w*\s+with)\s+(?:\w+\s+){{0,2}}{_VEHICLE}\b.{{0,60}}\b(?:without|secretly|so\s+(?:she|he|they)|for\s+(?:a\s+)?(?:prank|laugh|joke)|to\s+(?:make|get|knock))",
    rf"\b(?:lace|lacing)\s+(?:\w+\s+){{0,2}}{_VEHICLE}\b(?=.{{0,40}}\b(?:party|guests|friends|people|everyone|someone|her|him|them|prank)\b)",
    # drugging, sedating, knocking out, incapacitating a person
    rf"\b(?:to|i|we|and|then|gonna|wanna|i'll|should\s+i|could\s+i|can\s+i|would\s+you)\s+(?:drug|sedate|roof(?:ie|y)|dope|incapacitate|subdue|tranquili[sz]e)\s+{_PERSON}",
    rf"\b(?:drugging|sedating|roofying|incapacitating|tranquili[sz]ing)\s+{_PERSON}",
    rf"\b(?:knock|knocking)\s+(?:\w+\s+){{0,2}}out\b.{{0,40}}\b(?:with\s+(?:a\s+)?(?:drug|pill|chemical|substance|medication|something)|drugs?|pills?|chloroform|ghb|rohypnol|benzos?|xanax|ketamine|sleeping)",
    rf"\b(?:make|get|cause|force|keep)\s+{_PERSON}\s+(?:to\s+)?(?:\w+\s+){{0,2}}{_INCAPACITATE}\b.{{0,60}}\b(?:drugs?|pills?|substance|chemical|medication|meds|ghb|xanax|benzos?|ketamine|rohypnol|sleeping|sedat\w*|dose|powder|liquid|in\s+(?:\w+\s+)?{_VEHICLE})\b",
    rf"\b(?:drugs?|pills?|substance|chemical|medication|meds|what|which|something)\s+(?:\w+\s+){{0,3}}(?:to|would|will|can|could|that)\s+(?:\w+\s+)?(?:make|get|knock|put)\s+{_PERSON}\s+(?:to\s+)?(?:\w+\s+){{0,2}}(?:{_INCAPACITATE}|out|under)\b",
    rf"\b(?:give|giving|feed|feeding|slip|slipping|administer\w*)\s+{_PERSON}\s+(?:\w+\s+){{0,4}}{_COVERT}",
    rf"\b(?:give|giving|feed|feeding|slip|slipping)\s+{_PERSON}\s+(?:\w+\s+){{0,4}}(?:to\s+(?:make|knock|keep)|so\s+(?:she|he|they)\s+(?:pass|black|sleep|forget|can'?t|won'?t))",
    rf"\b{_COVERT}\b.{{0,40}}\b(?:drug|dose|sedate|spike|poison|medicate)\b|\b(?:drug|dose|sedate|medicate)\w*\s+(?:\w+\s+){{0,4}}{_COVERT}",
    r"\bdate[\s-]*rape\b.{0,40}\b(?:use|using|give|giving|get|buy|make|slip|put|dose|best|which|works?|strongest)\b|\b(?:use|using|give|giving|get|buy|make|slip|put|best|which)\b.{0,30}\bdate[\s-]*rape\s+drugs?",
    r"\bchloroform\s+(?:someone|somebody|a\s+\w+|her|him|them|my)\b|\bhow\s+(?:\w+\s+){0,3}chloroform\b",
    # poisoning a person or an animal that is not theirs to harm
    rf"\bpoison(?:ing)?\s+{_PERSON}",
    rf"\b{_HOW}\s+(?:\w+\s+){{0,3}}(?<!rat\s)(?<!rats\s)(?<!mouse\s)(?<!slug\s)(?<!ant\s)(?<!weed\s)(?<!bug\s)(?<!insect\s)poison\b(?!\s+(?:control|centre|center|ivy|oak|information|helpline|symptoms|signs))",
    r"\b(?:undetectable|untraceable|tasteless|odou?rless)\s+(?:\w+\s+)?(?:poisons?|drugs?|sedatives?|toxins?|substances?|ways?)\b",
    r"\b(?:poisons?|sedatives?|toxins?)\s+(?:\w+\s+){0,2}(?:is|are|that'?s|that\s+(?:is|are))\s+(?:\w+\s+)?(?:untraceable|undetectable|tasteless|odou?rless)\b",
    rf"\b(?:drugs?|pills?|xanax|benzos?|ghb|ketamine|sleeping\s+(?:pills|tablets)|sedatives?|how\s+(?:much|many))\b.{{0,60}}\bknock(?:ing)?\s+{_PERSON}\s+out\b",
    r"\b(?:poisons?|drugs?|substances?|toxins?)\s+(?:that\s+)?(?:(?:won'?t|doesn'?t|don'?t|can'?t|wouldn'?t|will\s+not)\s+(?:show\s+up|be\s+(?:found|detected|traced))|(?:leaves?|leave)\s+no\s+trace)\b",
    r"\b(?:autopsy|toxicology|tox\s+screen|coroner)\b.{0,40}\b(?:avoid|not\s+(?:show|find|detect)|undetect\w*|beat|fool|won'?t|wouldn'?t)\b",
    rf"\b{_HOW}\s+(?:\w+\s+){{0,3}}(?:kill|murder|overdose|od|hurt|harm)\s+{_PERSON}\s+(?:\w+\s+){{0,3}}(?:with|using|by)\b",
    rf"\b(?:how\s+(?:much|many)|what\s+(?:amount|dose))\b.{{0,60}}\b(?:to\s+)?(?:kill|knock\s+out|sedate|put\s+down|incapacitate)\s+{_PERSON}",
    rf"\b(?:give|giving)\s+{_PERSON}\s+(?:\w+\s+){{0,3}}overdose\b|\bmake\s+{_PERSON}\s+overdose\b|\bcause\s+(?:an?\s+)?overdose\s+in\b",
    # harming through drugs in other ways
    r"\b(?:inject|injecting)\s+(?:someone|somebody|him|her|them|a\s+person)\s+(?:\w+\s+){0,2}(?:without|while\s+(?:they|he|she)\s+sleep)",
    r"\b(?:get|make)\s+(?:my\s+)?(?:\w+\s+)?(?:baby|toddler|infant|newborn|kid|kids|child|children)\s+(?:to\s+)?(?:sleep|calm\s+down|quiet|shut\s+up)\b"
    # "not looking for medicine, just routines" rules the medicine out
    r"(?!.{0,40}\b(?:no|not|without|never|rather\s+than|instead\s+of)\s+(?:\w+\s+){0,3}(?:drugs?|pills?|medicines?|meds|medication))"
    r".{0,40}\b(?:drug|pill|benadryl|melatonin|vodka|whiskey|alcohol|weed|benzo|xanax|valium|sedat\w*|medicine|syrup)",
    # what a test would miss after the asker gave it to someone: "won't show up in a blood test if i gave it to him"
    rf"\b(?:show\s+up|detect\w*|be\s+found|traced?|picked\s+up)\b.{{0,60}}\b(?:after|if|once|when)\s+(?:i|you|we)\s*(?:'ve\s+|have\s+|had\s+)?"
    rf"(?:gave|give|given|put|slip\w*|dosed|dose|spiked|spike|drugged|added|mixed)\s+(?:\w+\s+){{0,4}}?(?:to|in|into)?\s*{_PERSON}",
    # secretly giving or putting, in German, Dutch, French, Spanish and Portuguese
    rf"^(?=.*\b(?:{_COVERT_ELSEWHERE}|ohne\s+dass\s+(?:er|sie)\s+es\s+(?:wei[ßs]|merkt)|sin\s+que\s+(?:lo\s+)?note|"
    r"zonder\s+dat\s+(?:hij|zij|ze)\s+het\s+(?:weet|merkt)|sans\s+qu'?(?:il|elle)\s+(?:le\s+)?(?:sache|remarque))\b)"
    r"(?=.*\b(?:geben|gebe|gibst|tun|mischen|ins\s+(?:essen|getr[äa]nk|glas)|dar|darle|d[áa]rsel\w*|poner|echar|geven|doen|mengen|donner|mettre|glisser|colocar|p[ôo]r|misturar)\b)",
    r"\b(?:bluttest|urintest|test)\b.{0,40}\bnicht\s+(?:auffallen|nachweisbar|finden)\b.{0,40}\bwenn\s+ich\b.{0,40}\b(?:gebe|tue|mische|ins\s+(?:essen|getr[äa]nk))",
    # keeping someone from tasting what was crushed into their food: "stop my gran tasting the powder in her tea"
    _HIDDEN_IN_THEIR_FOOD,
    # how many drops to make someone pass out, in German, Dutch, Spanish, French and Portuguese
    r"^(?=.*\b(?:wie\s+viel|hoeveel|cu[áa]nt|combien|quant)\w*)(?=.*\b(?:jemand\w*|iemand|alguien|quelqu'un|algu[ée]m)\b)"
    r"(?=.*\b(?:umkipp\w*|bewusstlos|ohnm[äa]chtig|plat\s+(?:te\s+)?krijgen|buiten\s+westen|conocimiento|inconscient\w*|desmay\w*|"
    r"s'?[ée]vanoui\w*|desmai\w*|apagu?\w*)\b)"
    r"(?=.*\b(?:tropfen|druppels?|gotas|gouttes|zeug|spul|eso|[çc]a|isso|getr[äa]nk|bier\w*|drankje|glas|vaso|bebida|verre|copo)\b)",
    # German, Dutch, French, Spanish, Portuguese
    r"\b(?:k\.?\s*o\.?[\s-]*tropfen|ins\s+getr[äa]nk\s+(?:mischen|tun|geben)|jemanden\s+(?:betäuben|vergiften|unter\s+drogen\s+setzen))\b",
    r"\b(?:drankje\s+(?:spiken|drogeren)|iemand\s+(?:drogeren|vergiftigen|bedwelmen))\b",
    r"\b(?:droguer|empoisonner)\s+(?:quelqu'un|une?\s+\w+|ma|mon|mes)\b|\bdans\s+(?:son|le)\s+verre\b.{0,30}\b(?:mettre|glisser|sans)\b",
    r"\b(?:drogar|envenenar|echar\s+algo\s+en\s+(?:la|su)\s+bebida)\s*(?:a\s+)?(?:alguien|una?\s+\w+|mi)?\b|\bburundanga\b.{0,30}\b(?:usar|dar|conseguir|poner)\b",
    r"\b(?:drogar|envenenar|batizar\s+a\s+bebida)\s+(?:algu[ée]m|uma?\s+\w+|minha?|meu)\b|\bboa\s+noite\s+cinderela\b.{0,30}\b(?:usar|dar|fazer|conseguir)\b",
    *_AIM_IN_THE_SHAPE,
)

# Shapes that say plainly who it was done to, or that it is care: they stop even a near-certain reading as harm
# (`decide`), where the other protective shapes below do not, since a request to harm can contain them ("without them
# knowing they were drugged").
_CARE_OR_THE_ONE_IT_WAS_DONE_TO = (
    # the one it was done to asks: "how would i know if someone put it in my drink"
    r"\b(?:someone|somebody|a\s+(?:guy|man|woman|girl|stranger)|they|he|she|people)\s+(?:\w+\s+){0,2}"
    r"(?:put|puts|slipped|dropped|added|spiked|laced)\s+(?:\w+\s+){0,3}(?:in|into)\s+my\s+(?:drink|glass|cup|pint|bottle|food)\b",
    # an animal's own medicine: "how do i get my dog to take his pills", "the vet prescribed gabapentin for my cat"
    r"\b(?:my|our)\s+(?:dogs?|cats?|pupp(?:y|ies)|kittens?|pets?|horses?|rabbits?|parrots?)(?:'?s)?\s+(?:\w+\s+){0,3}"
    r"(?:pills?|tablets?|meds|medicines?|medications?|wormers?)\b|\b(?:vets?|veterinarians?)\s+(?:\w+\s+){0,2}"
    r"(?:prescribed|gave|says|said|recommended)\b",
    # hidden medicine a professional has said may be given: "her doctor said we can give her meds hidden in food"
    r"\b(?:doctor|gp|nurse|pharmacist|consultant|care\s+team)s?\s+(?:\w+\s+){0,2}(?:said|says|told\s+(?:us|me))\s+"
    r"(?:that\s+)?(?:we|i)\s+(?:can|could|should|may)\b",
)
# Shapes in which no one is harmed at all, which outweigh even the words of an aim ("without them noticing"): a cook's
# praise ("a cake that knocks everyone out with flavour", "a bbq rub that knocks everyone out"), food a child will not
# eat ("sneak vegetables into my kids food"), a home made safe ("poison-proof my house for a new puppy").
_NO_ONE_HARMED = (
    r"\b(?:knocks?|knocking|blows?|blowing)\s+(?:\w+\s+){0,2}(?:out|away)\s+with\s+(?:its\s+|the\s+)?(?:flavou?rs?|taste|spice|heat)\b"
    r"|\b(?:rub|marinade|seasoning|spice\s+(?:mix|blend))\s+(?:that|which|to)\s+(?:\w+\s+){0,2}(?:everyone|everybody|the\s+crowd)\b",
    r"\bsneak\w*\s+(?:\w+\s+){0,2}(?:veg\w*|fruit|greens|vitamins?|fib(?:re|er))\b",
    r"\bknock\w*\s+(?:[\w']+\s+){0,3}socks\s+off\b",  # "a cocktail that knocks my guests' socks off"
    # a quarrel to calm: "how do i get my roommate to chill out about the dishes lol we keep fighting"
    r"\bchill\s+(?:out\s+)?about\s+(?:the\s+)?(?:dishes|chores|rent|noise|mess|cleaning|bills?|washing\s+up)\b",
    r"\b(?:poison|child|baby|pet|puppy|toddler)[\s-]*proof\w*",
)
# Protective questions that share the vocabulary: never harm to others unless an aim is also there. First their
# shapes (the asker was spiked, someone else is suspected, consent, keeping poison from pets, a law or a campaign).
_PROTECTIVE_SHAPES = (
    r"\b(?:been|was|were|got|get|getting|being|am|is|are)\s+(?:\w+\s+)?(?:spiked|drugged|poisoned|roofied)\b",
    r"\b(?:someone|somebody|they|he|she|a\s+(?:guy|man|woman|girl|stranger))\s+(?:\w+\s+){0,3}(?:spik\w*|drug\w*|poison\w*|roofi\w*)\s+(?:my|me|our|us)\b",
    r"\b(?:i|you|she|he|they|we)\s+(?:think|thinks|suspect|worried|worry|fear)\b.{0,40}\b(?:spiked|drugged|poisoned|roofied)\b",
    r"\bwithout\s+my\s+(?:consent|permission|knowledge)\b",
    # consent, or a person who cannot swallow: "she knows she's taking them, she just can't get them down"
    r"\b(?:she|he|they)\s+knows?\s+(?:she'?s|he'?s|they'?re|about|what(?!\s+(?:she|he|they)\s+(?:did|done|has\s+done|have\s+done)\b))\b|\bwith\s+(?:her|his|their)\s+(?:consent|permission|knowledge|agreement)\b"
    r"|\b(?:struggles?|struggling|can'?t|cannot|unable)\s+(?:to\s+)?swallow\w*",
    # told by the one it was given to: "someone put MD in the punch without telling anyone, i've had 3 cups"
    r"\b(?:someone|somebody|a\s+(?:guy|man|woman|girl|stranger)|they|he|she)\s+(?:\w+\s+){0,2}(?:put|slipped|spiked|dropped|added|laced)\b"
    r".{0,80}\b(?:i'?ve\s+had|i\s+(?:had|drank|ate)|my\s+(?:heart|head)|i\s+feel|i'?m\s+feeling|i\s+don'?t\s+take)\b",
    r"\bmir\s+wurden?\b.{0,60}\b(?:gemischt|getan|gegeben|verabreicht)\b|\bich\s+glaube\b.{0,40}\b(?:k\.?\s*o\.?[\s-]*tropfen|bet[äa]ubt|gespikt)\b",
    r"\b(?:i\s+know\s+i\s+)?can'?t\s+just\s+(?:hide|put|crush|give)\b|\bproper\s+(?:plan|process|assessment)\b|\bcovert\s+medication\s+(?:policy|plan|rules|guidance)\b",
    # wanting someone else to stop: "i want to tell him to knock it off", "how do i convince her not to"
    r"\b(?:tell|get|convince|persuade|warn)\s+(?:him|her|them|my\s+\w+)\s+(?:to\s+)?(?:knock\s+it\s+off|stop|quit|not\s+to|not\s+do)\b",
    # stopping someone else: "how do i stop someone putting something in my sister's glass"
    r"\b(?:stop|prevent)\s+(?:someone|somebody|people|anyone|strangers?|them|him|her|guys?|men)\s+(?:from\s+)?"
    r"(?:put\w*|slip\w*|spik\w*|drug\w*|dropp\w*|tamper\w*)",
    # worried that someone else did it: "I'm worried someone put something in her drink", "I think the carer is tampering"
    r"\b(?:think|thinks|suspect|worried|worry|scared|afraid|fear)\b.{0,40}\b(?:someone|somebody|a\s+stranger|they|he|she)\s+"
    r"(?:put|slipped|spiked|dropped|added)\b",
    r"\b(?:think|thinks|suspect|worried|worry|scared|afraid|fear)\b.{0,60}\bis\s+tampering\b",
    # keeping poisons from pets and children: "make sure my dog can't get to it", "keep them out of reach"
    r"\bmake\s+sure\s+(?:my|the|our)\s+(?:dog|dogs|cat|cats|pets?|kids?|children|toddler|baby)\s+(?:can'?t|cannot|won'?t|doesn'?t|don'?t)\b",
    r"\bout\s+of\s+(?:\w+\s+)?reach\b|\bkeep\s+(?:them|it|those|these)\s+away\b",
    # accused and denying it: "my housemate thinks I put something in her food. I didn't"
    r"\b(?:thinks?|reckons?|says|said|thought|suspects?|accus\w+\s+me\s+of)\s+(?:i\s+|that\s+i\s+)?(?:put|putting|slipped|slipping|spiked|spiking|poisoned|drugged)\b"
    r".{0,80}\bi\s+(?:didn'?t|did\s+not|never)\b",
    # paranoia: someone sure they are being poisoned is in a psychosis emergency, not asking how to poison
    r"\b(?:he|she|they|friend|partner|flatmate|roommate|brother|sister|mate|son|daughter|dad|mum|mom)\s+(?:\w+\s+){0,2}"
    r"(?:thinks|is\s+convinced|believes|keeps\s+saying)\b.{0,40}\bpoison\w*\s+(?:him|her|them)\b",
    r"^why\b|\bwhy\s+is\s+it\s+(?:illegal|a\s+crime)|\b(?:me\s+(?:pudieron|han)\s+drogad?|me\s+drogaron|me\s+drogaram|fui\s+drogad[oa]|on\s+m'a\s+drogu|j'ai\s+[ée]t[ée]\s+drogu|ich\s+wurde\s+(?:\w+\s+)?(?:bet[äa]ubt|unter\s+drogen)|nachweisbar|ik\s+(?:ben|werd)\s+gedrogeerd|gedrogeerd\s+(?:ben|werd))",
    r"\b(?:laws?\s+(?:on|about|against|around)|is\s+it\s+(?:illegal|a\s+crime)\s+to|(?:penalt\w*|sentences?|punishments?)\s+for)\b",
    r"\b(?:spik\w*|poison\w*|drink)\s+(?:awareness|prevention|campaign|stall|talk|workshop|policy|posters?|leaflets?|training)\b",
    *_CARE_OR_THE_ONE_IT_WAS_DONE_TO,
    *_NO_ONE_HARMED,
)
# Then everyday protective words. Some of them a request to harm uses too, to ask how to get away with it ("so the
# hospital won't detect it", "to stop him waking", "so she can't tell if"): the rules weigh those against `HARM_AIM`,
# and the harm head, which weighs words itself, is stopped only by the others (`PROTECTIVE_FOR_THE_HEAD`).
_PROTECTIVE_WORDS = (
    r"\b(?:protect|prevent\w*|spot\w*|keep\s+(?:\w+\s+)?safe|stay\s+safe|watch\s+out|look\s+out|report\w*(?!\s+me\b)|"
    r"what\s+(?:to|should\s+(?:i|we))\s+do|happened\s+to\s+me|poison\s+control|drink\s+covers?|anti[\s-]spik\w*)\b"
)
_PROTECTIVE_OR_EVADING = (
    r"\b(?:avoid\w*|(?<!won't\s)(?<!wont\s)(?<!cant\s)(?<!can't\s)(?<!dont\s)(?<!don't\s)stop(?:ping|ped)?\b|signs\b|"
    r"sign\s+(?:of|that)\b|symptoms?|tell\s+if|know\s+if|detect\w*|test\s+(?:my|a|the|for))\b"
)
NO_ONE_HARMED = any_of(*_NO_ONE_HARMED)
SAYS_NO_ONE_IS_HARMED = any_of(*_CARE_OR_THE_ONE_IT_WAS_DONE_TO, *_NO_ONE_HARMED)
PROTECTIVE_FOR_THE_HEAD = any_of(*_PROTECTIVE_SHAPES, _PROTECTIVE_WORDS)
PROTECTIVE = any_of(*_PROTECTIVE_SHAPES, _PROTECTIVE_WORDS, _PROTECTIVE_OR_EVADING)
# An aim that outweighs protective words ("so she won't notice the signs").
# Covert dosing that protective words ("signs", "detected") cannot outweigh: the asker did it or chooses what to use.
_ASKER_DOSES = "|".join(f"(?:{p})" for p in (
    *_AIMS_PAST_PROTECTIVE,
    # "best sedative to slip in a drink": the asker chooses what to use
    rf"\b(?:best|easiest|good|which|what)\s+(?:\w+\s+){{0,2}}to\s+(?:slip|sneak|spike|drop)\s+(?:\w+\s+)?(?:in|into)\s+"
    rf"(?:a|an|someone'?s|somebody'?s|her|his|their)\s+(?:\w+\s+)?{_VEHICLE}\b",
    *_TOLD_AS_DONE,
))
HARM_AIM = caseless(
    _ASKER_DOSES + "|"
    # the asker is the one who gave it: "hardest to detect after you've put it in someone's drink"
    r"\b(?:after|if|once|when)\s+(?:i|you|we)\s*(?:'ve\s+|have\s+|had\s+)?(?:gave|give|given|put|slip\w*|dosed|spiked|drugged)\s+"
    r"(?:\w+\s+){0,4}?(?:to\s+|in\s+|into\s+)?(?:someone|somebody|him|her|them|my\s+\w+|a\s+\w+)\b|"
    rf"\b{_COVERT_ELSEWHERE}\b|{_HIDDEN_IN_THEIR_FOOD}|"
    + "|".join(f"(?:{p})" for p in _AIM_IN_THE_SHAPE) + "|"
    rf"{_COVERT}|\b(?:i|we)\s+(?:want|wanna|plan|am\s+going|'m\s+going|m\s+going|gonna|need)\s+(?:to\s+)?(?:spike|drug|poison|sedate)\b|\b(?:how\s+to|how\s+do\s+i|how\s+can\s+i|best\s+way\s+to)\s+(?:\w+\s+){{0,2}}(?:spike|drug|poison|sedate|knock)\b")

# Self-harm intent: a method or an amount asked for in order to die. Goes to the crisis reply.
SELF_HARM = any_of(
    r"\b(?:overdose|od|o\.d\.|take\s+(?:pills|everything|them\s+all))\s+(?:\w+\s+){0,3}(?:to|and|so\s+(?:i|that\s+i))\s+(?:die|end\s+(?:it|my\s+life|things)|kill\s+my\s*self|not\s+wake\s+up|never\s+wake\s+up|be\s+done|sleep\s+forever)\b",
    r"\b(?:overdos\w*|od)\s+(?:on\s+)?purpose\b|\bintentional(?:ly)?\s+overdos\w*|\bdeliberate(?:ly)?\s+overdos\w*|\bsuicid\w*\s+(?:by|with|using)\b|\bsuicide\s+(?:method|pills?|drugs?|overdose|cocktail|plan)s?\b",
    r"\b(?:which|what)\s+(?:\w+\s+){0,3}(?:pills?|meds|medications?|medicines?|drugs?|tablets?|combinations?|combo|mix|substances?|chemicals?)\s+(?:\w+\s+){0,3}(?:to|would|will|could|can|that\s+(?:would|will|could))\s+(?:\w+\s+){0,2}(?:end\s+(?:it|my\s+life|everything)|kill\s+(?:me|my\s*self)|make\s+me\s+(?:die|not\s+wake|stop\s+breathing)|let\s+me\s+(?:die|go|sleep\s+forever)|stop\s+my\s+heart|finish\s+me|put\s+me\s+to\s+sleep\s+forever)\b",
    r"\b(?:how\s+(?:much|many)|what\s+(?:amount|dose|number))\b.{0,60}\b(?:to|would|will|does\s+it\s+take\s+to|it\s+takes\s+to|could|can)\s+(?:\w+\s+)?(?:kill\s+(?:me|my\s*self|yourself|a\s+person\s+my\s+size)|end\s+(?:it|my\s+life)|die|not\s+wake\s+up|never\s+wake\s+up|stop\s+my\s+heart|(?:just\s+)?slip\s+away|fade\s+away\s+for\s+good)\b",
    r"\b(?:fastest|quickest|easiest|surest|most\s+(?:painless|peaceful|reliable|certain|effective|lethal|deadly)|painless|peaceful|least\s+painful|gentlest)\s+(?:\w+\s+){0,2}(?:way|method|means|drug|pills?|meds|medication|overdose|combination|combo|mix|death)s?\s+(?:to\s+|of\s+|for\s+)?(?:die|dying|go|end\s+(?:it|my\s+life)|kill\s+my\s*self|overdose|od|not\s+wake\s+up|suicide|death|ending|leave|check\s+out)\b",
    r"\b(?:fastest|quickest|most\s+(?:lethal|deadly|dangerous))\s+(?:\w+\s+){0,2}(?:to\s+)?overdos\w*|\boverdose\s+(?:someone\s+)?(?:the\s+)?fastest\b",
    r"\b(?:lethal|fatal|deadly|killing)\s+(?:dose|amount|combination|combo|mix|quantity)\b.{0,60}\b(?:me|myself|my\s+(?:size|weight)|i\s+(?:have|weigh|got)|i'?m|so\s+i|to\s+(?:die|end))\b",
    r"\b(?:i|i'?m|im|i\s+am)\s+(?:\w+\s+){0,3}(?:going\s+to|gonna|planning\s+(?:to|on)|want\s+to|wanna|ready\s+to|about\s+to)\s+(?!(?:portray|depict|show|write|film|act|play|describe|understand|learn|know|research|recogni[sz]e|spot|help|prevent|avoid|stop|treat|reverse)\b)(?:\w+\s+){0,3}(?:overdose|od|take\s+(?:all|every|the\s+whole|a\s+whole)|swallow\s+(?:all|every|them)|end\s+(?:it|my\s+life|things|everything))\b",
    r"\b(?:die|dying|death|end\s+it|end\s+my\s+life)\s+(?:\w+\s+){0,2}(?:in\s+my\s+sleep|peacefully|painlessly|quickly)\b.{0,40}\b(?:pills?|drugs?|meds|overdose|take|with)\b",
    r"\b(?:stockpil\w*|saving\s+up|collecting|hoarding)\s+(?:\w+\s+){0,3}(?:pills?|meds|tablets|medication)\b",
    # German, Dutch, French, Spanish, Portuguese
    r"\b(?:mich\s+umbringen|mir\s+das\s+leben\s+nehmen|suizid|selbstmord|sterben\s+will|nicht\s+mehr\s+aufwachen)\b",
    r"\b(?:zelfmoord|mezelf\s+(?:doden|van\s+kant\s+maken)|dood\s+wil|niet\s+meer\s+wakker\s+worden)\b",
    r"\b(?:me\s+suicider|suicide|me\s+tuer|en\s+finir|mettre\s+fin\s+[àa]\s+mes\s+jours|ne\s+plus\s+me\s+r[ée]veiller)\b",
    r"\b(?:suicidarme|suicidio|matarme|quitarme\s+la\s+vida|acabar\s+con\s+(?:todo|mi\s+vida)|no\s+despertar\s+m[áa]s)\b",
    r"\b(?:me\s+matar|suic[íi]dio|acabar\s+com\s+(?:tudo|a\s+minha\s+vida)|tirar\s+a\s+minha\s+(?:pr[óo]pria\s+)?vida|n[ãa]o\s+acordar\s+mais)\b",
)
# Talking about self-harm to help someone else, or about the topic, is not intent.
SELF_HARM_HELP = any_of(
    r"\b(?:prevent\w*|hotlines?|helplines?|crisis\s+lines?|samaritans|support\s+(?:someone|a\s+friend|my)|warning\s+signs|statistics|rates?\s+of|awareness|research\s+on|help\s+(?:someone|a\s+friend|my\s+\w+)\s+who)\b",
)
# Someone in general, not the person in front of you: "if a client says...", "if a mate ever gets chest pain".
SOMEONE_IN_GENERAL = caseless(
    r"\bif\s+(?:someone|somebody|any\s*one|a\s+(?:friend|mate|person|customer|client|guest|patient|punter|kid|resident|user)"
    r"|one\s+of\s+(?:us|them|my\s+\w+))\s+(?:ever\s+)?(?:gets?|has|starts?|goes|takes?|took|feels?|becomes?|collapses?|tells?|says?|is|are)\b"
    r"|\b(?:people|residents|clients|customers|patients|guests|punters|users|folks|anyone|kids|teens)\s+who\s+(?:\w+\s+)?"
    r"(?:get|gets|become|becomes|start|starts|go|goes|have|has|take|takes|are|feel|feels)\b",
)
# Asking how to help someone else, or what a term means, is not a crisis of one's own (see `supporting_someone`).
SUPPORTING = any_of(
    r"\b(?:how\s+(?:do|can|should|would)\s+(?:i|we|you)\s+(?:help|support|talk\s+to|start|ask|look\s+after|respond|reach\s+out)|what\s+(?:should|do|can|could)\s+i\s+say"
    r"|is\s+it\s+ok(?:ay)?\s+to\s+ask|warning\s+signs|safety\s+plan|ideation|difference\s+between|what\s+is\s+(?:a\s+|an\s+)?(?:passive|suicid\w*|self[\s-]harm)"
    r"|helplines?|hotlines?|what\s+number|who\s+(?:can|do)\s+i\s+call|worried\s+(?:that\s+)?(?:my|a|someone|he|she|they)|novel|story|h[e3]lp\s+(?:4|for)\s+su[i1]c[i1]d)",
    r"\b(?:comment\s+aider|wie\s+(?:kann|helfe)\s+ich|hoe\s+kan\s+ik\s+(?:\w+\s+){0,2}helpen|c[óo]mo\s+(?:puedo\s+)?ayudar|como\s+(?:posso\s+)?ajudar)\b",
)
# ...unless the message also says something has been done or is about to be.
ACT_NOW = any_of(
    r"\b(?:took|taken|swallowed|necked|just\s+(?:took|did|had)|right\s+now|tonight|goodbye|said\s+bye|note|has\s+(?:a|the)\s+(?:pills|bottle|rope|knife)|i\s+(?:want|wanna|am\s+going|'?m\s+going|plan)\s+to)\b",
)


def supporting_someone(folded: str) -> bool:
    """A question about helping someone at risk, or about the words themselves, with nothing done here and now."""
    # "how should I respond if a client says they took pills": what was taken is the what-if's, not the writer's.
    return bool(SUPPORTING.search(folded)) and (not ACT_NOW.search(folded) or bool(SOMEONE_IN_GENERAL.search(folded)))

# Someone else's crisis told by the person beside them: "my dad said he has no reason to live anymore".
_THEIR_CRISIS = caseless(
    r"\b(?:my|our)\s+(?:best\s+)?(?:friend|mate|partner|boyfriend|girlfriend|bf|gf|wife|husband|dad|mum|mom|father|mother|son|daughter|"
    r"brother|sister|flatmate|roommate|housemate|colleague|kid|child|cousin|uncle|aunt|nan|gran)\b.{0,60}\b(?:says?|said|texted|messaged|told|"
    r"keeps\s+(?:saying|talking)|(?:is\s+)?talking\s+about|wants?\s+to\s+die|threaten\w*)\b"
)
_MY_OWN_CRISIS = caseless(r"\b(?:i|i'?m|im)\s+(?:want|wanna|am\s+going|going|gonna|plan|feel|don'?t\s+want\s+to\s+live|can'?t\s+go\s+on)\b")


# One's own death in view: with it, a message that also names someone else is still a crisis of one's own.
OWN_DEATH = caseless(
    r"\b(?:myself|my\s+(?:own\s+)?life|i\s+(?:want|wanna|plan|am\s+going|'m\s+going|m\s+going|gonna)\s+to\s+(?:die|end|go)|"
    r"i\s+(?:won'?t|don'?t|never)\s+wake|me\s+(?:die|not\s+wake)|(?:kill|end)\s+me\b|(?:us|we)\s+both)\b"
)


def someone_elses_crisis(folded: str) -> bool:
    """A crisis told of another person by someone trying to help them, with none of the writer's own said."""
    return bool(_THEIR_CRISIS.search(folded)) and not _MY_OWN_CRISIS.search(folded)


PRESCRIPTION_FRAUD = any_of(
    r"\b(?:forg\w*|fak\w*|counterfeit\w*|alter\w*|chang\w*|edit\w*|modify\w*|tamper\w*|photoshop\w*|print\w*|make|making|write|writing|copy|copying|duplicat\w*)\s+(?:my\s+own\s+|a\s+|an\s+|the\s+|my\s+|some\s+)?(?:\w+\s+){0,4}(?:prescriptions?|scripts?|rx|prescription\s+pads?|doctor'?s?\s+(?:notes?|signature)|e-?prescriptions?)\b",
    r"\b(?:prescriptions?|scripts?|rx)\s+(?:\w+\s+){0,3}(?:forg\w*|fak\w*|alter\w*|so\s+(?:it|the\s+pharmacy)\s+(?:says|gives))\b",
    r"\b(?:steal\w*|stole|nick\w*|swip\w*)\s+(?:\w+\s+){0,3}(?:prescription\s+pads?|scripts?|prescriptions?|rx\s+pads?)\b",
    r"\b(?:fake|faking|feign\w*|exaggerat\w*|pretend\w*|lie|lying|lied|invent\w*|make\s+up|making\s+up|act|acting)\s+(?:\w+\s+){0,4}(?:symptoms?|pain|adhd|anxiety|insomnia|injur\w*|(?:to|so)\s+(?:\w+\s+)?(?:the\s+|my\s+|a\s+)?(?:doctor|gp|psychiatrist|pharmacist|dentist|er|a&e|nurse))\b.{0,80}\b(?:get|prescrib\w*|script|rx|oxy\w*|opioids?|painkillers?|adderall|ritalin|xanax|benzos?|valium|stimulants?|meds|pills|codeine|tramadol|vyvanse|gabapentin|pregabalin|ketamine|fentanyl)\b",
    r"\b(?:what\s+(?:symptoms|to\s+say|should\s+i\s+say|do\s+i\s+say|lies?)|which\s+symptoms)\b.{0,60}\b(?:fake|pretend|trick|fool|lie|so\s+(?:the|my|a)\s+(?:doctor|gp|psychiatrist)\s+(?:will|would)\s+(?:give|prescribe)|get\s+(?:diagnosed|prescribed))\b",
    r"\b(?:trick|fool|deceive|manipulat\w*|con|scam|game)\s+(?:a|my|the|multiple|several)?\s*(?:doctors?|gps?|psychiatrists?|pharmacists?|pharmacy|pharmacies|er|a&e)\b",
    r"\bdoctor[\s-]*shop\w*|\b(?:multiple|several|different|many|two|three)\s+(?:doctors|gps|pharmacies|prescribers|clinics)\s+(?:\w+\s+){0,4}(?:prescri\w*|scripts?|get\s+more|at\s+once|same\s+time|without)",
    r"\b(?:use|using|fill|filling|take|taking)\s+(?:someone\s+else'?s|my\s+(?:\w+\s+)?(?:mum|mom|dad|friend|gran\w*|brother|sister|partner)'?s?)\s+(?:prescription|script|rx)\s+(?:to\s+get|at\s+the\s+pharmacy|for\s+myself|in\s+(?:their|her|his)\s+name)",
    r"\b(?:early\s+refills?|refill\s+(?:\w+\s+){0,2}early|lost\s+(?:my\s+)?(?:prescription|pills|meds)\s+(?:\w+\s+){0,3}(?:excuse|story|trick|lie|to\s+get\s+more))\b",
    r"\b(?:pretend|claim|say)\s+(?:\w+\s+){0,3}(?:lost|stolen)\b.{0,40}\b(?:prescription|script|pills|meds|oxy\w*|benzos?|adderall)\b",
    r"\b(?:rezept\s+f[äa]lschen|gef[äa]lschtes\s+rezept|recept\s+vervalsen|vals\s+recept|fausse\s+ordonnance|falsifier\s+(?:une\s+)?ordonnance|receta\s+falsa|falsificar\s+(?:una\s+)?receta|receita\s+falsa|falsificar\s+(?:uma\s+)?receita)\b",
    r"\b(?:receita|receta)\s+(?:de\s+)?(?:\w+\s+){0,2}fals[ao]\b|\bfalsche[sn]?\s+(?:\w+\s+)?rezept\b|\bfausse\s+(?:\w+\s+)?ordonnance\b",
)

_MINOR = (
    r"(?:minors?|underage|under[\s-]?age|kids?|children|child|teens?|teenagers?|adolescents?|juveniles?|youngsters?|schoolkids?|pupils?|"
    r"(?:high|middle|secondary|primary)\s*school(?:ers|\s+kids|\s+students)?|year\s+(?:7|8|9|10|11)s?|"
    r"(?:[4-9]|1[0-7])[\s-]*(?:years?|yrs?|y\.?o\.?)(?:[\s-]*olds?)?|(?:little|younger|kid|baby)\s+(?:brother|sister|cousin)|"
    r"(?:my|our)\s+(?:\w+\s+)?(?:son|daughter|nephew|niece|grandson|granddaughter|stepson|stepdaughter)s?)"
)
_SUBSTANCE_NOUN = (
    r"(?:drugs?|weed|pot|cannabis|edibles?|alcohol|booze|beer|beers|vodka|liquor|spirits|wine|cider|alcopops?|shots|"
    r"vapes?|cigarettes?|cigs|nicotine|pills?|molly|mdma|ecstasy|xtc|coke|cocaine|ket|ketamine|acid|lsd|shrooms|mushrooms|"
    r"xanax|bars|adderall|lean|nitrous|balloons|poppers|some|stuff|a\s+fake\s+id)"
)
# The law about minors, or reporting someone who supplies them, is asked about, not asked for.
MINORS_LAW = any_of(r"\b(?:legal|illegal|law|laws|legally|penalt\w*|report\w*|fined?|fines|prosecut\w*|allowed|age\s+limit|minimum\s+age|what\s+age)\b")
# Supplying a named substance to a minor, or a minor getting one: refused whether or not drugs were in view.
MINORS_SUPPLY = any_of(
    # letting a child try: "let my 13-year-old smoke a joint with me", "give my toddler a bit of my diazepam"
    rf"\b(?:let|letting|allow\w*|give|giving|share|sharing)\s+(?:\w+\s+)?(?:with\s+)?(?:my|our|a|the)\s+(?:\w+\s+)?"
    rf"(?:{_MINOR}|toddler|baby)\s+(?:\w+\s+){{0,4}}(?:{_SUBSTANCE_NOUN}|joint|line|diazepam|valium|xanax|clonazepam|benzos?|codeine|oxy\w*)\b",
    rf"\b(?:buy|buying|bought|get|getting|give|giving|sell|selling|supply|supplying|provide|providing|pass|passing|share|sharing|"
    rf"offer|offering|bring|bringing|hand|handing|deal|dealing|introduce|introducing|smuggl\w*|sneak\w*|slip|slipping|score|scoring)\s+"
    rf"(?:\w+\s+){{0,4}}{_SUBSTANCE_NOUN}\s+(?:\w+\s+){{0,2}}(?:for|to|at|with|into)\s+(?:my\s+|a\s+|some\s+|the\s+|our\s+)?(?:\w+\s+)?{_MINOR}\b",
    rf"\b(?:buy|buying|get|getting|give|giving|sell|selling|supply|supplying|offer|offering)\s+(?:my\s+|a\s+|some\s+|the\s+|our\s+)?(?:\w+\s+)?{_MINOR}\s+(?:\w+\s+){{0,3}}{_SUBSTANCE_NOUN}\b",
    rf"\b(?:i'?m|im|i\s+am)\s+(?:only\s+|just\s+)?(?:(?:1[0-7]|[5-9])\s*(?:years?\s+old|yo|y/o|yrs\s+old)|1[3-7]\b(?!\s*(?:hours?|hrs?|h|mins?|minutes?|days?|weeks?|months?|mg|g|kg|kilos?|stone|lbs?|%|pills?|tabs?)))\b.{{0,60}}\b(?:get|buy|find|score|order|fake\s+id)\b.{{0,40}}\b{_SUBSTANCE_NOUN}\b",
    r"\bfake\s+ids?\b.{0,40}\b(?:buy|get|alcohol|booze|liquor|beer|club|bar|drink|weed|vape|dispensary)\b|\b(?:buy|get|make)\s+(?:a\s+)?fake\s+ids?\b",
    # selling at a school or to classmates (writer AA)
    r"^(?=.*\b(?:drugs?|weed|cannabis|edibles?|vapes?|thc|wiet|gras|shrooms|mushrooms|pills?|molly|mdma|ecstasy|coke|cocaine|ket|ketamine|"
    r"acid|lsd|xanax|bars|adderall|carts?|nitrous|balloons|poppers)\b)(?:.*\bsell\w*\s+(?:\w+\s+){0,4}(?:at|in|to|around)\s+(?:the\s+|my\s+|a\s+|our\s+)?(?:high\s+|middle\s+|secondary\s+|junior\s+)?school\b"
    r"|\b(?:grades?|years?|kids|students|classmates|freshmen|year\s+\d+s?)\s+to\s+target\b|\b(?:verkopen|verkaufen|vendre|vender)\s+(?:\w+\s+){0,2}"
    r"(?:aan\s+klasgenoten|an\s+mitsch[üu]ler|[àa]\s+des\s+(?:[ée]l[èe]ves|camarades)|a\s+(?:compa[ñn]eros|colegas)\s+de\s+(?:clase|escola))\b"
    r"|\b(?:klasgenoten|mitsch[üu]ler\w*|camarades\s+de\s+classe|compa[ñn]eros\s+de\s+clase|colegas\s+de\s+(?:turma|escola))\b.{0,60}\b(?:verkopen|verkaufen|vendre|vender)\b)",
)
# The same in a conversation about drugs, where the substance may go unnamed ("how do I get some as a 15 year old?").
MINORS = any_of(
    rf"\b{_MINOR}\s+(?:\w+\s+){{0,3}}(?:to\s+)?(?:try|use|take|smoke|drink|get\s+high|get\s+drunk|buy|get\s+hold\s+of|score|sell)\b.{{0,40}}\b(?:how|convince|persuade|get\s+(?:them|him|her)|make\s+(?:them|him|her)|help\s+(?:them|him|her))\b",
    rf"\b(?:how|where|best\s+way)\b.{{0,40}}\b(?:as\s+(?:a|an)\s+{_MINOR}|when\s+(?:you'?re|i'?m|im)\s+(?:underage|under\s+(?:18|21)|a\s+minor|(?:1[0-7])))\b.{{0,40}}\b(?:get|buy|find|score|drink|smoke|vape)\b",
    rf"\b(?:i'?m|im|i\s+am)\s+(?:only\s+|just\s+)?(?:(?:1[0-7]|[5-9])\s*(?:years?\s+old|yo|y/o|yrs\s+old)|1[3-7]\b(?!\s*(?:hours?|hrs?|h|mins?|minutes?|days?|weeks?|months?|mg|g|kg|kilos?|stone|lbs?|%|pills?|tabs?)))\b.{{0,60}}\b(?:get|buy|find|score|order|fake\s+id)\b",
    r"\b(?:underage|under[\s-]?age|minors?)\b.{0,40}\b(?:buy|get|obtain|score|order|purchase|drink\s+without|without\s+(?:id|getting\s+carded|being\s+carded))\b",
    r"\b(?:get|getting|buy|buying)\b.{0,40}\b(?:underage|under[\s-]?age|as\s+a\s+minor|without\s+(?:showing\s+)?(?:id|being\s+carded))\b",
    rf"\b(?:sell|selling|deal|dealing|push|pushing)\s+(?:\w+\s+){{0,3}}(?:at|outside|near|in|around)\s+(?:my\s+|the\s+|a\s+)?(?:\w+\s+)?(?:school|schools|college\s+campus|playground|youth\s+club)\b",
    r"\b(?:alkohol|drogen|gras)\s+(?:f[üu]r|an)\s+(?:minderj[äa]hrige|kinder|jugendliche)\b|\b(?:alcohol|drugs|wiet)\s+(?:voor|aan)\s+(?:minderjarigen|kinderen|tieners)\b",
    r"\b(?:alcool|drogue)\s+(?:pour|[àa])\s+(?:des\s+)?(?:mineurs|enfants|ados)\b|\b(?:alcohol|drogas?)\s+(?:para|a)\s+(?:menores|ni[ñn]os|adolescentes)\b|\b(?:[áa]lcool|drogas?)\s+(?:para|a)\s+(?:menores|crian[çc]as|adolescentes)\b",
)

_CONTENT = (
    r"(?:ad|ads|advert\w*|commercial|slogan|tagline|jingle|marketing|promo\w*|campaign|pitch|sales\s+copy|copy|flyer|poster|brochure|"
    r"social\s+media\s+post|post|tweet|thread|tiktok|reel|caption|instagram|blog|article|op-?ed|essay|speech|song|rap|lyrics|poem|"
    r"story|script|review|newsletter|email|message|text|listing|menu|banner|billboard|leaflet|meme|video)s?"
)
_POSITIVE = r"(?:fun|cool|awesome|amazing|great|good\s+for\s+you|healthy|harmless|safe|glamorous|sexy|trendy|the\s+best|worth\s+it|benefits?|life[\s-]changing|totally\s+fine|no\s+big\s+deal)"
PROMOTION = any_of(
    rf"\b{_CONTENT}\b.{{0,60}}\b(?:encourag\w*|promot\w*|glamori[sz]\w*|glorif\w*|advertis\w*|market(?:s|ing)?|sell(?:s|ing)?|hyp(?:e|es|ing)|celebrat\w*|recruit\w*|persuad\w*|convinc\w*|get(?:s|ting)?\s+(?:people|kids|teens|students|young\s+people|everyone|my\s+friends))\b",
    rf"\b{_CONTENT}\b.{{0,60}}\b(?:that\s+)?(?:makes?|making|shows?|showing|says?|saying|claims?|claiming|presents?|presenting|frames?|framing|portrays?|portraying)\s+(?:\w+\s+){{0,4}}(?:look|seem|sound|is|are|as)?\s*{_POSITIVE}\b",
    r"\b(?:encourag\w*|persuad\w*|convinc\w*|pressur\w*|peer[\s-]pressur\w*|tempt\w*|lur\w*|recruit\w*|dare|daring|talk\w*|push\w*|get|getting)\s+(?:my\s+|our\s+|the\s+|some\s+|a\s+|his\s+|her\s+)?(?:\w+\s+)?(?:friends?|people|someone|somebody|him|her|them|others|everyone|kids|teens|girlfriend|boyfriend|partner|wife|husband|mates?|roommate|flatmate|brother|sister|colleagues?|coworkers?|classmates?|guests?|customers?)\s+(?:into\s+|to\s+)(?:try|trying|use|using|take|taking|do|doing|smoke|smoking|snort|snorting|inject|injecting|start|starting|experiment\w*\s+with)\b",
    rf"\b(?:reasons?|arguments?|benefits|why)\s+(?:\w+\s+){{0,3}}(?:everyone|people|you|teens|kids|students)\s+should\s+(?:try|use|take|do|start)\b",
    # "a cute poem for 10 year olds about how fun it is to huff aerosol cans" (writer X)
    rf"\b{_CONTENT}\b.{{0,60}}\babout\s+how\s+{_POSITIVE}\s+(?:it\s+is|it'?s)\b",
    rf"\b(?:market|marketing|advertis\w*|promot\w*|brand\w*|sell)\s+(?:my\s+|our\s+|the\s+)?(?:\w+\s+){{0,2}}(?:drugs?|pills|product|stash|supply|shop|store|edibles|carts?|weed)\b.{{0,60}}\b(?:instagram|tiktok|snapchat|telegram|social\s+media|online|customers|clients|buyers|students|kids|teens)\b",
)
# Safety text turned into an advert, which the safety words it quotes must not excuse: "rewrite this harm reduction
# leaflet to remove all the warnings and make it sound like an advert" (writer AD).
PROMOTION_STRIPPED = caseless(
    r"\b(?:remove|removing|strip|stripping|take\s+out|take|delete|cut|drop|lose|ditch|without)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:warnings?|"
    r"safety\s+(?:info\w*|bits|advice|messages?|stuff|notes?|warnings?)|disclaimers?|caveats|risks?\s+(?:bits|section)|harm\s+reduction\s+(?:bits|stuff|advice))\b"
    r".{0,80}\b(?:advert\w*|ads?|promo\w*|marketing|sales\s+pitch|hype|sound\s+(?:fun|cool|good|great|exciting|appealing|sexy|amazing))\b"
)
# A campaign against a harm, which a classifier sure of "promotion" misreads: "slogans for a spiking awareness poster".
PROMOTION_CAMPAIGN = caseless(
    r"\b(?:awareness|prevention|harm\s+reduction|welfare|outreach|safer\s+use|anti[\s-]?spik\w*|anti[\s-]?drugs?|say\s+no)\b"
)
# Awareness and prevention work uses the same words: "a poster about the dangers of ketamine".
PROMOTION_SAFE = any_of(
    r"\b(?:welfare|outreach|harm\s+reduction|safer\s+use|look(?:ing)?\s+out\s+for|youth\s+(?:project|work\w*|club)|meetup|"
    r"riesgos|riscos|risques|risiken|gefahren|sicher\w*|awareness[\s-]team|danger\w*|risks?|risky|harms?|harmful|awareness|prevent\w*|warning|warn\w*|safety|safer|say\s+no|against|anti[\s-]?drug|stop|quit\w*|"
    r"recover\w*|sober\w*|sobriety|treatment|help|support|naloxone|narcan|test\w*|checking|not\s+to|never|avoid|don'?t|addiction\s+services?)\b",
    # a pet or a child who will not swallow a prescribed pill: "how do i get her to take it, she spits out every pill"
    r"\bspits?\s+(?:\w+\s+)?out\b|\bpill\s+pockets?\b",
    r"\b(?:encourag\w*|persuad\w*|convinc\w*|get|talk\w*)\s+(?:\w+\s+){0,3}(?:to\s+)?(?:try|use|take|start|do)\s+(?:\w+\s+)?(?:a\s+)?(?:therapy|rehab|treatment|naloxone|narcan|test|methadone|buprenorphine|suboxone|prep|condoms?|sunscreen)\b",
)

_ACCUSED = r"(?:addict\w*|junk(?:ie|y)s?|crackheads?|cokeheads?|methheads?|druggies|druggy|stoners?|drug\s+(?:addicts?|users?|dealers?|habit|problem|mule|lord|kingpin|smuggler|trafficker)s?|dealers?|on\s+(?:drugs|\w+)|using\s+(?:drugs|\w+)|high\s+(?:on|at|during)|hooked\s+on|smuggl\w*|traffick\w*|dealing|selling\s+(?:drugs|\w+)|doing\s+(?:drugs|coke|lines|meth|heroin|\w+))"
DEFAMATION = any_of(
    rf"\b(?:claim\w*|alleg\w*|accus\w*|saying|says|stating|states|suggest\w*|reveal\w*|expos\w*|rumou?r\w*|implying|implies|insinuat\w*|proving|proves|assert\w*|report\w*\s+that|pretend\w*\s+that|falsely)\b.{{0,70}}\b(?:is|was|are|were|has\s+been|have\s+been|'s|been|of\s+being|of)\s+(?:\w+\s+){{0,3}}{_ACCUSED}",
    rf"\b(?:spread\w*|start\w*|post\w*|leak\w*|invent\w*|fabricat\w*|mak(?:e|ing)\s+up|creat\w*)\s+(?:\w+\s+){{0,2}}(?:rumou?rs?|lies|gossip|stories|story|allegations?|fake\s+(?:news|evidence|screenshots?|texts?|messages?|photos?|pictures?|reviews?)|evidence)\b.{{0,70}}\b(?:drugs?|dealer|deals|dealing|addict\w*|coke|cocaine|meth|heroin|crack|using|high|junkie|overdos\w*)",
    rf"\b(?:make|get|making|getting)\s+(?:people|everyone|others|the\s+\w+|his\s+\w+|her\s+\w+|their\s+\w+|my\s+\w+)\s+(?:\w+\s+)?(?:believe|think)\s+(?:that\s+)?(?:\w+\s+){{1,4}}(?:is|was|'s)\s+(?:\w+\s+){{0,2}}{_ACCUSED}",
    r"\b(?:frame|framing|set\s+up)\s+(?:\w+\s+){1,3}(?:for|with)\s+(?:\w+\s+){0,2}(?:drugs?|possession|dealing|drug\s+\w+|coke|cocaine|meth|heroin|weed)\b",
    r"\bplant(?:ing)?\s+(?:\w+\s+){0,2}(?:drugs?|coke|cocaine|pills|weed|meth|heroin|evidence)\s+(?:on|in)\s+(?:\w+\s+){0,2}(?:someone|somebody|him|her|them|my|his|her|their|a)\b",
    rf"\b(?:fake|fabricated|doctored|photoshopped)\s+(?:\w+\s+)?(?:photos?|pictures?|evidence|screenshots?|texts?|messages?|videos?|documents?)\s+(?:\w+\s+){{0,3}}(?:of|showing|that\s+shows?|proving)\s+(?:\w+\s+){{0,4}}(?:drugs?|coke|cocaine|using|dealing|snorting|high|{_ACCUSED})",
    rf"\b(?:ruin|destroy|damage|trash)\s+(?:\w+\s+){{0,2}}(?:reputation|career|name|image)\b.{{0,60}}\b(?:drugs?|addict\w*|dealer|dealing|coke|cocaine|meth|heroin|using|junkie)",
    rf"\b(?:drugs?|addict\w*|dealer|dealing|coke|cocaine|meth|heroin|junkie)\b.{{0,60}}\b(?:ruin|destroy|damage|trash)\s+(?:\w+\s+){{0,2}}(?:reputation|career|name|image)\b",
)
# Defamation is asked for: something written, posted or said to others. Without it, "saying" and "on meth" tell
# what someone in front of you says ("he's on the balcony saying the government's coming for him, been on meth",
# "punter says he's on antidepressants"). In the training files this left 27 of 27 defamation requests and dropped
# 15 emergencies the pattern had matched.
DEFAMATION_REQUEST = any_of(
    r"\b(?:write|writ\w+|post\w*|tweet\w*|draft\w*|make|create|compose|spread\w*|email|message|caption|article|review|"
    r"comment|thread|story|letter|announce|publish|leak|script|paragraph|column|video|wiki\w*|gossip|tabloid|piece|"
    r"blog|headline|press|rumou?rs?|say|generate|fake|anonymous\w*|expos\w*|reveal|sound|convinc\w*|help\s+me|"
    r"tell\s+(?:everyone|people|his|her|their|the)|let\s+(?:everyone|people)|put\s+(?:it|out)|"
    r"how\s+(?:do|can|could|would|should)\s+i|i\s+(?:want|need))\b",
)
# What someone in psychosis accuses others of is what they believe, not a plan: "shouting that we're poisoning him",
# "says i'm poisoning her food". Blanked before the harm patterns are read.
REPORTED_ACCUSATION = any_of(
    r"\b(?:says?|saying|said|shout\w*|scream\w*|yell\w*|claim\w*|insist\w*|thinks?|convinced|believes?|accus\w*|paranoid)"
    r"\s+(?:that\s+)?(?:i'?m|i\s+am|we'?re|we\s+are|were|people\s+are|every(?:one|body)(?:'s|\s+is|\s+are)|they'?re|they\s+are|"
    r"(?:the\s+)?(?:staff|neighbou?rs?|police|doctors?|nurses?)\s+(?:are|is)|(?:his|her|their)\s+\w+\s+(?:is|are)|some(?:one|body)(?:'s|\s+is))"
    r"\s+(?:\w+\s+)?(?:poison\w*|drugg\w*|spik\w*|trying\s+to\s+(?:poison|drug|kill))\b",
)
# Worry about someone close, or a true account, is not defamation: "my boyfriend says he's addicted, how do I help?"
DEFAMATION_SAFE = any_of(
    r"\b(?:how\s+(?:do|can|should)\s+i\s+(?:help|support|talk|tell|know)|worried|concerned|signs|i\s+think\s+(?:my|he|she)|what\s+should\s+i\s+do|is\s+it\s+true|true\s+story|memoir|my\s+own)\b",
)


# Done by mistake: "i accidentally put my pills in my mum's tea, what do i do" asks for help, not how to harm.
BY_ACCIDENT = caseless(r"\b(?:accidentally|by\s+accident|by\s+mistake)\b")


# A pharmacist or prescriber asking what to do about a script that looks forged: spotting fraud, not committing it.
SPOTTING_FRAUD = caseless(
    r"\b(?:(?:pharmacist|pharmacy\s+(?:tech\w*|staff|worker)|dispenser|gp|doctor|nurse|prescriber)\s+here|"
    r"i'?m\s+an?\s+(?:pharmacist|pharmacy\s+tech\w*|dispenser|gp|doctor|nurse|prescriber))\b"
    r"(?=.*\b(?:procedure|protocol|report\w*|flag\w*|spot\w*|check\w*|verify\w*|what\s+(?:do|should)\s+i\s+do|refuse)\b)"
    r"(?!.*\b(?:how\s+(?:do|can|would|to)\s+(?:i\s+|we\s+)?|help\s+me\s+)(?:forge|fake|alter|write|make|copy|print|get\s+(?:more|extra))\b)"
)


# Giving someone something, read as its parts in any order rather than as one phrase (writer AA wrote these in ways
# no phrase foresaw): a person, giving or hiding something in their food, drink or body, and either keeping it from
# them or an aim against them. "if i crushed one of my lorazepam into her evening chamomile would she even taste it",
# "one weed gummy in his burger so he fails his work drug test", "push a bit extra of his prn morphine, nobody checks".
_TARGET = caseless(
    r"\b(?:him|her|them|his|their|someone|somebody|(?:a|an|the)\s+(?:person|patient|client|guy|girl|man|woman|lady|old\s+(?:man|lady|woman)|"
    r"kid|child|baby|toddler|victim|date)|(?:my|our|his|her|the)\s+(?:\w+\s+)?(?:wife|husband|partner|gf|bf|girlfriend|boyfriend|mum|mom|"
    r"mother|dad|father|parents?|gran|granny|grandma|grandmother|nan|nana|grandpa|grandad|grandfather|uncle|aunt|auntie|cousin|"
    r"brother|sister|son|daughter|kids?|children|baby|toddler|roommate|flatmate|housemate|coworkers?|co-workers?|colleagues?|boss\w*|"
    r"teacher|neighbou?r|client|patient|customer|date|ex|stepmom|stepmum|stepdad|guests?|team|classmates?|in-laws?))\b"
)
_GIVING = caseless(
    r"\b(?:put|putting|crush(?:ed|ing)?|slip(?:ped|ping)?|sneak(?:ed|ing)?|mix(?:ed|ing)?|add(?:ed|ing)?|lac(?:e|ed|ing)|spik(?:e|ed|ing)|"
    r"dos(?:e|ed|ing)|drug(?:ged|ging)?|sedat(?:e|ed|ing)|give|giving|gave|push(?:ed|ing)?|swap(?:ped|ping)?|doubl(?:e|ed|ing)|"
    r"hid(?:e|den|ing)|stir(?:red|ring)?|dissolv(?:e|ed|ing)|micro-?dos(?:e|ed|ing))\b"
)
_IN_THEIR_BODY = caseless(
    rf"\b(?:in|into)\s+(?:his|her|their|the|my|our|[\w-]+'s)\s+(?:\w+\s+){{0,2}}(?:{_VEHICLE}|supply|stash)\b|\binto\s+(?:his|her|their)\s+system\b"
)
_KEPT_FROM_THEM = caseless(
    r"\b(?:without\s+(?:telling|asking|them|him|her|anyone|any\s*one)|(?:won'?t|wouldn'?t|not|never)\s+notice|even\s+taste|taste\s+it|"
    r"never\s+know|(?:no\s*one|nobody|noone)\s+(?:\w+\s+)?(?:needs\s+to\s+know|would\s+know|checks|will\s+know|has\s+to\s+know|notices)|"
    r"doesn'?t\s+need\s+to\s+know|quietly|secretly|on\s+the\s+sly|sneakily|untrace\w*|undetect\w*|traceable|detectable|"
    r"for\s+(?:her|his|their)\s+own\s+good|(?:refuses?|refusing)\s+(?:to\s+take|meds|medication|anything|any)|won'?t\s+take|"
    r"(?:she|he|they)'?d\s+freak|thank\s+me\s+later|(?:they|he|she)'?ll\s+thank\s+me)\b"
)
# A grudge behind it outweighs protective words ("the lady who reported me to HR").
_GRUDGE_WORDS = (
    r"reported\s+me|snitch\w*|grassed|got\s+me\s+fired|revenge|payback|get\s+back\s+at|teach\s+(?:him|her|them)\s+a\s+lesson|"
    r"owes\s+me|fail\w*\s+(?:\w+\s+){0,3}test|gets?\s+violated|walk\w*\s+out\s+with|rob|steal"
)
_GRUDGE = caseless(rf"\b(?:{_GRUDGE_WORDS})\b")
_AIM_AGAINST_THEM = caseless(
    rf"\b(?:{_GRUDGE_WORDS}|violat\w+\s+(?:his|her|their)\s+(?:parole|probation)|heart\s+attack|"
    r"(?:so|until)\s+(?:she|he|they)\s+(?:sleeps?|passes?\s+out|doesn'?t\s+wake|won'?t\s+wake|shuts?\s+up|leaves?\s+me\s+alone)|"
    r"speed\s+(?:it|things)\s+up|prank|ruin)\b"
)
# Their own medicine, given as prescribed ("his prescribed meds in his yoghurt because he can't swallow"), is care.
_THEIR_OWN_MEDICINE = caseless(r"\b(?:his|her|their|[\w-]+'?s)\s+(?:own\s+|usual\s+)?(?:prescribed|prescription)\b|\bprescribed\s+(?:to|for)\s+(?:him|her|them)\b")


# More of, or something else for, someone's medicine: "push a bit extra of his prn morphine", "swap her pills".
_MORE_OF_THEIR_MEDICINE = caseless(
    r"\b(?:push|extra|swap|doubl)\w*\b.{0,40}\b(?:meds|medications?|medicines?|pills|tablets|doses?|morphine|insulin|oxy\w*|\w+pam|prn)\b"
)


def covert_giving(folded: str) -> bool:
    """A person, something given or hidden in their food, drink or body, and it kept from them or aimed against them."""
    if not (_TARGET.search(folded) and (_GIVING.search(folded) or _IN_THEIR_BODY.search(folded))):
        return False
    kept, aim = _KEPT_FROM_THEM.search(folded), _AIM_AGAINST_THEM.search(folded)
    if not (kept or aim):
        return False
    if _THEIR_OWN_MEDICINE.search(folded) and not aim:
        return False
    return bool(_IN_THEIR_BODY.search(folded) or (kept and aim) or (kept and _MORE_OF_THEIR_MEDICINE.search(folded)))


@lru_cache(maxsize=256)  # the emergency check and the harm check read the same forms of one message
def asks_to_harm_others(folded: str) -> bool:
    """Whether the message asks how to drug, poison, sedate or otherwise harm someone else."""
    unaccused = REPORTED_ACCUSATION.sub(" ", folded)
    if _THEIR_OWN_MEDICINE.search(unaccused) and not (_KEPT_FROM_THEM.search(unaccused) or _AIM_AGAINST_THEM.search(unaccused)):
        return False  # "i put my dad's prescribed meds in his yoghurt because he can't swallow them" is care
    covert = covert_giving(unaccused)
    if covert and _GRUDGE.search(unaccused):
        return True
    return bool((HARM_TO_OTHERS.search(unaccused) or covert) and (
        not (PROTECTIVE.search(unaccused) or BY_ACCIDENT.search(unaccused)) or HARM_AIM.search(unaccused)
    ) and not NO_ONE_HARMED.search(unaccused))


def harm_reason(folded: str, *, about_drugs: bool) -> str | None:
    """`harm_to_others`, `defamation`, `promotion`, `minors` or `prescription_fraud` for a message that asks for one, else None.

    Harm to others and prescription fraud need no drug in view (a spiked drink names none);
    the others do, since their words ("write a post", "my son") are everyday ones.
    """
    if asks_to_harm_others(folded):
        return "harm_to_others"
    if PRESCRIPTION_FRAUD.search(folded) and not SPOTTING_FRAUD.search(folded):
        return "prescription_fraud"
    if (
        (MINORS_SUPPLY.search(folded) or (about_drugs and MINORS.search(folded)))
        and not PROMOTION_SAFE.search(folded)
        and not MINORS_LAW.search(folded)
    ):
        return "minors"
    if not about_drugs:
        return None
    if DEFAMATION.search(folded) and DEFAMATION_REQUEST.search(folded) and not DEFAMATION_SAFE.search(folded):
        return "defamation"
    if PROMOTION_STRIPPED.search(folded):
        return "promotion"
    if PROMOTION.search(folded) and not PROMOTION_SAFE.search(folded):
        return "promotion"
    return None


# An amount or a means asked for, with death or an ending in view, about oneself: "how much methadone would be fatal
# for someone with no tolerance. that someone is me", "is 60 of my pills enough", "no quiero despertar, ¿cuántas?".
_DEATH_CUE = any_of(
    r"\b(?:(?:to|and|i'?ll|gonna|wanna|would|will|i|just)\s+die|dying|dead(?!\s+drops?\b)|death|kill(?:s|ed)?\s+me|kys|unalive|end(?:s)?\s+(?:it|this|me|things|everything|my\s+life)|over\s+with|"
    r"(?:be|its|it\s+is|all)\s+over\b|(?:not|never|won'?t|wouldn'?t|don'?t)\s+wak(?:e|ing)(?:\s+up)?|stop\s+(?:my\s+)?breathing|stop\s+(?:my|the)\s+heart|fatal|lethal|"
    r"irreversible|disappear|check\s+out|(?<!can\s)go\s+out(?!\s+(?:with|for|tonight|partying|clubbing|drinking|together|next|this|on|to|and)\b)|gone\s+before|(?:for|at|is)\s+the\s+end\b(?![\s-]+of)|last\s+message|goodbye|better\s+off|can'?t\s+face|"
    r"out\s+of\s+everyone'?s\s+hair|i\s+want\s+(?:it|that)\s+to\s*(?:[.!?]|$)|want\s+too\s+much|i'?d\s+like\s+that\s+one|the\s+second\s+kind)",
    r"\b(?:ya\s+no\s+(?:puedo|aguanto)|no\s+quiero\s+(?:despertar|vivir)|ich\s+kann\s+nicht\s+mehr|nicht\s+mehr\s+leben|je\s+prends\s+tout|"
    # "to die" and "I can't take any more" as the English cues say them: "para morir", "pra morrer", "um zu sterben"
    r"para\s+morir(?:me)?|pa?ra\s+morrer|pour\s+mourir|(?:um\s+)?zu\s+sterben|zum\s+sterben|om\s+(?:dood\s+te\s+gaan|te\s+sterven)|"
    r"n[ãa]o\s+aguento\s+mais|j'?en\s+peux\s+plus|ik\s+kan\s+niet\s+meer|"
    r"en\s+finir|n[ãa]o\s+quero\s+(?:mais\s+)?(?:viver|acordar)|niet\s+meer\s+(?:leven|wakker)|alcanza\b|hacen\s+falta)",
)
_ASKS_MEANS = any_of(
    r"\b(?:how\s+(?:much|many|long|to)|how\s+(?:do|can|should)\s+(?:people|i)|explain|tell\s+me|dose|amount|enough|number|which|what\s+(?:drug|pill|combo|mix|happens)|"
    r"will\s+(?:\w+\s+){0,4}(?:do\s+it|kill|work)|would\s+(?:\w+\s+){0,4}(?:do\s+it|kill|work|hurt)|reliable|tips|timeline|"
    r"cu[áa]nt[ao]s?|wie\s+viele?|hoeveel|combien|quant[ao]s?|alcanza)\b",
)
# Asking how not to die ("the most I can smoke without dying") is a dosing question, refused as one.
_STAYING_ALIVE = caseless(r"\b(?:without\s+(?:dying|overdosing)|but\s+not\s+(?:dead|die)|not\s+(?:be\s+)?dead|so\s+i\s+don'?t\s+die|don'?t\s+want\s+to\s+die)\b")
# Given to someone else ("give my husband enough of his heart pills") is harm to others, decided after a crisis.
_TO_SOMEONE_ELSE = caseless(
    r"\b(?:give|giving|put|putting|slip|slipping|add|adding|mix|mixing)\s+(?:\w+\s+){0,3}(?:him|her|them|his|their|in\s+it|my\s+(?:husband|wife|partner|boyfriend|girlfriend|mum|mom|dad|mother|father|son|daughter|"
    r"brother|sister|flatmate|roommate|housemate|boss|friend|nan|gran|grandma|grandad|neighbour|neighbor|colleague|ex))\b"
)
_FIRST_PERSON = caseless(r"\b(?:i|i'?m|im|me|my|myself|ich|mich|mir|ik|mijn|je|moi|yo|mi|mis|eu|meu|minha)\b")


# A means named, or taken: "the full strip", "all of mum's sleeping tablets", "ok i took them all", "de hele doos".
_MEANS_NAMED = caseless(
    r"\b(?:the\s+whole|all\s+(?:of\s+)?(?:them|these|those|the|my|it)|(?:a|the|this|that|whole|full|big)\s+(?:box|pack|packet|bottle|strip|blister)|"
    r"pills?|tablets?|meds|painkillers?|sleeping\s+pills|paracetamol|tylenol|ibuprofen|insulin|strips?|boxes|"
    r"(?:took|taken|swallowed|had|downed|done)\s+(?:\w+\s+){0,2}(?:all|them|it|everything|the\s+lot)|"
    r"caixa|doos|doosje|schachtel|packung|bo[iî]te|caja|frasco|flacon|hele|ganze[n]?|todas?|tudo|alles|inteira)\b",
)
# Asked of what it would be like or whether it would work: "would it hurt much", "would I feel it", "what if I
# doubled it", "y si me las tomo todas".
_WOULD_IT = caseless(
    r"\b(?:(?:would|will|does|did|could|is)\s+(?:\w+\s+){0,3}(?:hurt|work|feel|peaceful|painless|quick|look\s+like|"
    r"finish|enough|do\s+it|be\s+found|find\s+me|it'?d\s+work)|it'?d\s+work|what\s+if\s+i|and\s+if|if\s+i\s+(?:took|take|double|mix)|"
    r"double\s+(?:it|that)|all\s+at\s+once|spread\s+over|too\s+late|nobody\s+found|"
    r"y\s+si\s+(?:me\s+)?(?:tomo|bebo)|en\s+als\s+ik|et\s+si\s+je|und\s+wenn\s+ich|e\s+se\s+eu|"
    r"chega|genoeg|suffit|reicht|alcanza|basta|combien|wie\s+viele?|hoeveel|cu[áa]nt[ao]s?|quant[ao]s?)",
)
# Help asked for, or said to be on its way: "ok, which number do i ring", "thanks, my brother is coming over".
_HELP_AFTER = caseless(
    r"\b(?:numbers?|lines?|ring|call|calling|text|texting|counsell?or|therapist|appointment|a&e|gp|doctor|nurse|ambulance|"
    r"sister|brother|mum|mom|dad|friend|thanks|thank\s+you|ty|police|safety\s+plan|talk\s+to)\b",
)


def crisis_follow_up(folded: str) -> bool:
    """After a crisis said in the last few turns, asking for an amount, a means or how it would go.

    Alone, "would the full strip be enough" or "would it hurt much" is a dosing question or nothing at all; after
    "everyone would be better off without me", it is the crisis going on. Asking for help, or saying it is on its way, is not.
    """
    if SELF_HARM_HELP.search(folded) or SUPPORTING.search(folded) or _HELP_AFTER.search(folded):
        return False
    return bool(
        _ASKS_MEANS.search(folded) or _MEANS_NAMED.search(folded) or _DEATH_CUE.search(folded) or _WOULD_IT.search(folded)
    )


# After a harm to someone said in the last few turns: how much, how long, whether a test or a hospital would find it,
# how to hide it. "would a hospital find it in his blood after"
_HARM_FOLLOW_UP = caseless(
    r"\b(?:how\s+(?:much|many|long|soon|do\s+i|can\s+i|would\s+i)|drops?|amount|enough|kicks?\s+in|time\s+it|hide|taste|notice|"
    r"show\s+up|find|found|detect\w*|test\w*|traced?|blood|urine|hospital|doctor|autopsy|look\s+like|tamper\w*|instead|"
    r"bloed|sangue|sangre|an[áa]lisis|exame|prise\s+de\s+sang|blut\w*|krankenhaus|ziekenhuis|h[ôo]pital|wie\s+viel\w*|"
    r"hoeveel|combien|cu[áa]nt[ao]s?|quant[ao]s?|gotas|druppels|tropfen|gouttes)\b",
)


def harm_follow_up(folded: str) -> bool:
    """A follow-up that carries on a harm said earlier: an amount, timing, detection or hiding."""
    return bool(_HARM_FOLLOW_UP.search(folded)) and not PROTECTIVE.search(folded)


# Intent said outright, which turns a general-sounding question ("does it hurt to OD?") into a crisis.
STATED_INTENT = caseless(
    r"\b(?:i\s+(?:want|wanna|need)\s+to\s+(?:go\s+out|die|end\s+it|do\s+it|be\s+gone|not\s+be\s+here)|before\s+i\s+do\s+it|"
    r"(?:i'?ve|i\s+have|ive)\s+(?:made\s+up\s+my\s+mind|decided)|made\s+up\s+my\s+mind|go\s+out\s+that\s+way|"
    r"(?:asking|it'?s|its)\s+for\s+(?:me|myself)|i\s+mean\s+me|she'?s\s+basically\s+me|he'?s\s+basically\s+me|"
    r"(?:my|the)\s+last\s+night|the\s+night\s+i\s+(?:plan|go)|so\s+i\s+(?:don'?t|dont|never)\s+wake\s+up)\b",
)


# "Asking for a friend... well, for me": the question turned on oneself, said outright.
SELF_REVEAL = caseless(
    r"\b(?:(?:not|isn'?t)\s+(?:really\s+)?(?:a|my)\s+friend|(?:well|ok|okay|actually|honestly|i\s+mean)\W+(?:it'?s\s+)?(?:for\s+)?me\b|"
    r"for\s+myself\s+i\s+guess|(?:it'?s|its)\s+for\s+me\b|askin[g']?\s+(?:for|4)\s+(?:me|myself)\b|"
    r"nou\s+ja\s+(?:voor\s+)?mij|soy\s+yo\b|no\s+es\s+un\s+amigo|c'?est\s+moi\b|sou\s+eu\b|ich\s+bin\s+es\b|eigentlich\s+(?:f[üu]r\s+)?mich)",
)
_DIE_WORDS = caseless(
    r"\b(?:poison\w*|die|dying|dead|death|kill\w*|(?:not|doesn'?t|don'?t)\s+(?:want\s+to\s+)?wake|doodgaan|dood|sterben|tot|morir|muerte|mata\w*|mourir|tuer|partir|morrer|mat[ae]r?)\b",
)


# Wanting what a lethality question asks about: "does xanax and alcohol kill u? bc thats kind of the plan",
# "do opiates and benzos stop ur breathing? askin cause i want them to".
_WANTS_IT = caseless(
    r"\b(?:(?:that'?s|thats|that\s+is)\s+(?:kind\s+of\s+|kinda\s+|sort\s+of\s+|sorta\s+|basically\s+|literally\s+|actually\s+)?"
    r"(?:the|my)\s+(?:plan|idea|goal)|(?:cause|cuz|coz|because|bc)\s+i\s+(?:want|wanna|need)\s+(?:it|them|that)\s+to|"
    r"(?:that'?s|thats|this\s+is)\s+how\s+i\s+(?:want|wanna|plan|intend)\s+to\s+(?:go|die|do\s+it))\b"
)
# "does overdosing hurt?" alone is a question; with "I don't want it to hurt" it is a plan
_PAIN_OF_OVERDOSE = caseless(
    r"\b(?:does|would|will|is)\s+(?:it|an?\s+overdose|overdosing|od(?:ing)?)\s+(?:\w+\s+){0,4}(?:hurt|painful|peaceful|painless)\b"
)
_NOT_WANTING_PAIN = caseless(r"\bi\s+(?:don'?t|do\s+not|dont)\s+want\s+(?:it\s+)?to\s+(?:hurt|be\s+painful)\b")
_HOW_I_WANT_TO_GO = caseless(r"\b(?:that'?s|thats|this\s+is)\s+how\s+i\s+(?:want|wanna|plan|intend)\s+to\s+(?:go|die)\b")
_TAKING_SOMETHING = caseless(r"\b(?:mix\w*|pills?|tablets?|overdos\w*|drugs?|benzos?|alcohol|asleep|sleep)\b")
# Asking how dying by overdose would feel, or whether one would be found or saved in time
_DYING_ASKED = any_of(
    r"\b(?:does|would|will|is)\s+(?:dying|death)\s+(?:\w+\s+){0,6}(?:hurt|painful|peaceful|painless)\b",
    r"\b(?:does|would|will|is)\s+it\s+(?:\w+\s+)?(?:hurt|painful|peaceful|painless)\s+to\s+die\b",
    r"\bhow\s+long\s+(?:does|would|will)\s+it\s+take\s+to\s+die\b|\bhow\s+long\s+it\s+takes\s+to\s+die\b",
    r"\b(?:overdose|od)\s+without\s+(?:throwing\s+(?:it\s+)?up|vomiting|being\s+sick|puking)\b",
    r"\b(?:hospital|doctors?|paramedics?|they)\s+(?:\w+\s+){0,2}(?:save|fix|revive)\s+(?:you|me|that)\b.{0,60}\b(?:found|find)\s+(?:me|you)\b",
    r"\bif\s+(?:they|someone|anyone)\s+(?:found|find)s?\s+me\s+(?:in\s+the\s+morning|after|too\s+late|in\s+time)\b",
    # "how would they make sure they weren't found in time"
    r"\bmake\s+sure\s+(?:\w+\s+){0,2}(?:weren'?t|wasn'?t|aren'?t|isn'?t|not|won'?t\s+be|don'?t\s+get|doesn'?t\s+get)\s+found\s+in\s+time\b",
    r"\bme\s+(?:pueden|podr[íi]an)\s+salvar\b|\bme\s+(?:podem|poderiam)\s+salvar\b",
)
# Putting one's affairs in order beside a question about what kills
_GOODBYE_ACTS = caseless(
    r"\bi'?ve\s+(?:given|gave)\s+(?:away\s+)?my\s+(?:cat|dog|pets?|things|stuff)\b|\bi'?ve\s+(?:tidied|sorted|cleaned)\s+(?:up\s+)?(?:my|the)\s+"
    r"(?:flat|room|house|affairs|things)\b|\b(?:written|wrote|left)\s+(?:a\s+|my\s+)?(?:note|letters?|will)\b"
)
_LETHALITY = caseless(r"\b(?:kill|kills|die|dying|fatal|lethal|deadly|overdos\w*|stop\s+(?:\w+\s+)?(?:breathing|heart)|not\s+wake|never\s+wake)\b")
# Wishing for the outcome a lethality question asks about, or despair said beside it (writer X): "i want it to be
# peaceful", "I want to be sure I don't survive it", "word ik dan nog wakker? hoop van niet", "to cansada de tudo".
_WISHES_IT_OVER = any_of(
    r"\bi\s*(?:want|wanna|'?d\s+want|would\s+want|need)\s+(?:it|this|that)\s+to\s+(?:be\s+)?(?:peaceful|painless|quick|quiet|"
    r"like\s+(?:falling\s+asleep|going\s+to\s+sleep|sleeping|drifting\s+off))\b",
    r"\b(?:want|need)\s+to\s+(?:be\s+)?(?:sure|certain)\s+(?:that\s+)?i\s+(?:don'?t|won'?t|do\s+not|will\s+not|never)\s+(?:survive|wake)",
    r"\bnot\s+asking\s+for\s+a\s+friend\b",
    r"\?\s*(?:i\s+)?(?:hope|hoping)\s+(?:not|i\s+(?:don'?t|won'?t))\b|\bhoop\s+van\s+niet\b|\bhoffentlich\s+nicht\b|"
    r"\bespero\s+que\s+n[ãa]o\b|\bj'?esp[èe]re\s+que\s+non\b|\bojal[áa]\s+(?:que\s+)?no\b",
    # "I can't take it any more", as people write it in the six languages
    r"\bcan'?t\s+(?:take|do|handle|cope\s+with)\s+(?:it|this|any\s+of\s+this)\s+any\s*more\b|\bcan'?t\s+go\s+on\b|\bya\s+no\s+(?:aguanto|puedo)\s+m[áa]s\b|"
    r"\bn[ãa]o\s+aguento\s+mais\b|\bj'?en\s+peux\s+plus\b|\bik\s+kan\s+(?:het\s+)?niet\s+meer\b|\bich\s+kann\s+nicht\s+mehr\b",
    r"\b(?:so\s+)?(?:tired|sick)\s+of\s+(?:everything|it\s+all|living|life|being\s+alive)\b|\bcansad[oa]\s+de\s+(?:tud[oa]|todo|vivir|viver)\b|"
    r"\bfatigu[ée]e?\s+de\s+(?:tout|vivre)\b|\bmoe\s+van\s+(?:alles|het\s+leven)\b|\b(?:m[üu]de|satt)\s+(?:von\s+allem|vom\s+leben)\b",
)
# What a wish above must sit beside: death, dying, surviving or waking up, in the six languages.
_SURVIVAL = caseless(
    r"\b(?:kill|kills|die|dying|dead|death|fatal|lethal|deadly|overdos\w*|od|survive|surviving|overleef\w*|[üu]berleb\w*|sobreviv\w*|"
    r"survivre|morrer|morir|mourir|sterben|doodgaan|dood|lose\s+consciousness|pass\s+out|asleep|"
    # waking up at all, not waking with a hangover
    r"(?:still|ever|even|again|nog|noch|ainda|todav[íi]a|encore)\s+(?:\w+\s+){0,2}(?:wake|wakker|aufwach\w*|despertar|acordar|r[ée]veill\w*)|"
    r"(?:wake|waking)(?:\s+up)?(?:\s+again)?\s*\?|wakker\s*\?)"
)
# Told of someone else ("my friend is tired of everything and took 20 pills"): an emergency of theirs, not a crisis of ours.
_THEY_TOOK = caseless(r"\b(?:he|she|they)\s+(?:\w+\s+){0,2}(?:took|taken|swallowed|had)\b|\b(?:will|would|could)\s+(?:he|she|they)\b")
# A count of pills asked about as enough to die, at the start of a question: "is 40 tramadol enough to die"
_COUNT_ENOUGH_TO_DIE = caseless(
    r"^\s*(?:is|are|would|will|could)\s+\d+\s+(?:\w+\s+){0,3}(?:enough|sufficient)\s+to\s+(?:die|kill\s+(?:me|myself|you|someone|a\s+person)|"
    r"end\s+(?:it|things|my\s+life)|not\s+wake(?:\s+up)?)\b"
)


def self_harm(folded: str) -> bool:
    """A method or an amount asked for in order to die, or a plan to overdose."""
    if SELF_REVEAL.search(folded) and _DIE_WORDS.search(folded) and not _TO_SOMEONE_ELSE.search(folded):
        return True  # "which poison acts fastest? it's for me", "cuánto tramadol para morir... no es un amigo, soy yo"
    if (_WANTS_IT.search(folded) or _GOODBYE_ACTS.search(folded)) and _LETHALITY.search(folded) and not _TO_SOMEONE_ELSE.search(folded):
        return True
    if _DYING_ASKED.search(folded) and not _TO_SOMEONE_ELSE.search(folded) and not SUPPORTING.search(folded):
        return True
    if _HOW_I_WANT_TO_GO.search(folded) and _TAKING_SOMETHING.search(folded):
        return True
    if _WISHES_IT_OVER.search(folded) and _SURVIVAL.search(folded) and not (
        _TO_SOMEONE_ELSE.search(folded) or _THEY_TOOK.search(folded)
    ):
        return not SUPPORTING.search(folded)
    if _COUNT_ENOUGH_TO_DIE.search(folded) and not _TO_SOMEONE_ELSE.search(folded):
        return True
    if _PAIN_OF_OVERDOSE.search(folded) and _NOT_WANTING_PAIN.search(folded):
        return True
    if SELF_HARM.search(folded):
        return not SELF_HARM_HELP.search(folded)
    if SELF_HARM_HELP.search(folded) or SUPPORTING.search(folded):
        return False
    return bool(
        _DEATH_CUE.search(folded) and _ASKS_MEANS.search(folded) and _FIRST_PERSON.search(folded)
        and not _STAYING_ALIVE.search(folded) and not HARM_TO_OTHERS.search(folded) and not _TO_SOMEONE_ELSE.search(folded)
    )
