"""Clear patterns for what the bot must refuse or treat as an emergency.

Patterns run on folded readings of the message (see `normalise.readings`). They are
deliberately broad where a miss is dangerous (dosing, emergencies) and the classifier
adds what patterns cannot list. `docs/policy.md` explains the policy with examples.
"""

from __future__ import annotations

from bot.caseless import Caseless, any_of, caseless
from bot.doses import find_dose_mentions
from bot.policy.harms import SOMEONE_IN_GENERAL, WISH_ON_ANOTHER, self_harm, supporting_someone


# Phrases in which a drug's street name means something else: blanked before anything else reads the text.
HOMONYMS = any_of(
    r"\b(?:can|bottle|glass|cup|case|pack)s?\s+of\s+(?:diet\s+)?coke\b",
    r"\b(?:diet|cherry|vanilla)\s+coke\b|\bcoke\s+(?:zero|cola|float)\b|\bcoca[\s-]?cola\b",
    r"\bacid\s+(?:reflux|rain|test|wash|jazz|house|attack|etch\w*)\b|\b(?:citric|amino|folic|lactic|stomach|battery|hydrochloric|uric)\s+acids?\b",
    r"\b(?:internet|wifi|wi-fi|download|upload|broadband|router|network|reading|typing|light)\s+speed\b|\bspeed\s+(?:limit|camera|test|bump|boat|dating|of\s+light|run\w*|up)\b",
    r"\bspeed\s+(?:for|of|on)\s+(?:my|the|a|your)\s+(?:router|internet|wifi|connection|car|computer|pc|laptop|phone|fan|bike|drive)\b",
    r"\bvitamin\s+[a-z]\d?\b|\bk[\s-]?pop\b|\bg[\s-]?spot\b|\bspecial\s+k\s+cereal\b",
    r"\bcrack(?:ed|s)?\s+(?:in|on)\s+(?:my|the|a)\s+\w+|\bcrack\s+(?:a\s+joke|the\s+code|open|down|crab|lobster|nuts?|eggs?|walnuts?)\b|\bcrackpot\b",
    r"\bweed\s*(?:control|killer|out|whacker|eater|s\s+in)\b|\bweeding\b|\bgarden\s+weeds?\b",
    r"\bmolly\s+is\s+my\s+\w+|\bmy\s+(?:cat|dog|daughter|friend|sister|niece|aunt)\s+(?:molly|tina)\b|\btina\s+turner\b",
    r"\becstasy\s+of\s+(?:gold|saint|st)\b",
    r"\bice\s+(?:cream|cubes?|skat\w*|hockey|age|bath|pack|tea|maker)\b|\bblack\s+ice\b|\bdry\s+ice\b",
    r"\bpot\s+(?:roast|plant\s+soil|noodle|of\s+tea|luck)\b|\bcrock\s*pot\b",
    r"\b(?:grass|lawn)\s+(?:seed|mower|cutting)\b",
    r"\bpoppers?\s+(?:for\s+)?(?:popcorn|party)\b|\bparty\s+poppers?\b",
    r"\bhigh\s+(?:score|five|blood\s+pressure|heels|tide|street|speed)\b|\bhigh(?=\s+school\b)",  # "school" stays: selling at a school
    r"\bcrystal\s+(?:clear|glass|ball|palace|healing)\b",
    r"\broll(?:ing)?\s+(?:\w+\s+)?(?:sushi|joints?|spliffs?|blunts?|dice|cigarettes?|dough|ball|call|over|back)\b|\brock\s+and\s+roll\b|\b(?:egg|spring|sushi|toilet)\s+rolls?\b",
    r"\bmolly\s+fish\b|\bmollies\b|\btop\s+speed\b|\bsuicide\s+tuesday\b",
    r"\btrip(?:s|ping|ped)?\s+(?:someone|somebody|him|her|them|people|my\s+\w+|an?\s+\w+|up|over)\b|\b(?:judo|jiu[\s-]?jitsu|wrestling|karate)\b",
    r"\bhash\s*(?:maps?|tables?|functions?|tags?|browns?|codes?|rates?|sets?)\b|\bhashing\b|\bcrack\s+chicken\b|\bspeed\s+scratch\b",
    r"\b(?:shiitake|button|portobello|oyster|chestnut|wild|field|porcini|stuffed|fried|garlic)\s+mushrooms?\b|\bmushroom\s+(?:soup|risotto|sauce|pie|stroganoff)\b",
    r"\b(?:clay|cooking|stock|flower|plant|tea|coffee|instant|cast[\s-]iron|pressure)\s+pot\b",
    r"\bdrink\w*(?=\s+(?:a\s+lot\s+of\s+|lots\s+of\s+|some\s+|the\s+|too\s+much\s+|more\s+)?(?:cough\s+syrup|syrup|lean|water|fluids?|electrolytes?|juice|tea|coffee|milk)\b)",
    r"\bdrink\w*(?=\s+(?:the\s+|some\s+|a\s+bottle\s+of\s+)?(?:poppers|amyl|ghb|gbl|g|lean|methadone|liquid\s+\w+)\b)",
    r"\b(?:cats?|kittens?)\b.{0,30}\bmeow\w*|\bmeow\w*(?!\s+meow).{0,30}\b(?:cats?|kittens?)\b",
    r"\bwater\b.{0,30}\bdrink\w*|\bdrink\w*\s+(?:\w+\s+)?(?:water|fluids?|electrolytes?|juice|tea|coffee|milk)\b|\bsoft\s+drinks?\b",
    r"\bpot\b(?=.{0,40}\b(?:soup|stew|pasta|boil\w*|cook\w*|kitchen|litre|liter|quart|plant\s+pot)\b)",
    # A drink as a stain, an ingredient or a garnish: "red wine out of a carpet", "a gin and tonic garnish".
    r"\b(?:red\s+|white\s+)?wine\s+(?:stains?|out\s+of|vinegar|glass(?:es)?|rack|pairing)\b|\bcooking\s+(?:wine|sherry)\b"
    r"|\bbeer\s+(?:batter|bread)\b",
    r"\b(?:gin|rum|vodka|tequila|whiske?y|wine|beer|prosecco|cocktail|martini|mojito)s?\b"
    r"(?=(?:\s+and\s+tonic)?\s+(?:garnish\w*|stains?|glass(?:es)?)\b)",
    # A seller or a plug of another kind: "my car dealer", "which plug adapter for the uk", "plug my podcast".
    r"\b(?:car|cars|card|art|antique|auto|motor|used[\s-]car|casino|blackjack|arms|gun|horse|coin|stamp|furniture|tile)\s+dealers?(?:ship)?s?\b|\bdealership\b",
    r"\bplugs?\s+(?:adapters?|adaptors?|sockets?|points?|converters?|types?|sizes?|for\s+(?:the|my|a)\s+(?:uk|us|eu|charger|laptop|phone|kettle))\b"
    r"|\b(?:spark|ear|bath|sink|wall|power|mains|three[\s-]pin|two[\s-]pin)\s*plugs?\b|\bplug-?ins?\b|\bshameless\s+plug\b|\bpull\s+the\s+plug\b"
    r"|\bplug(?:ging)?\s+(?:my|our|your|his|her|their|a|the)\s+(?:new\s+|own\s+|small\s+)?(?:podcast|channel|youtube|business|shop|book|music|band|brand|page|blog|event|show|store|video|stream|app|newsletter|website|art|album|etsy|gig|startup|product)s?\b",
    r"\bdark\s*web\s+(?:monitor\w*|scan\w*|alerts?|report|check)\b",
    # a spike in sport or in a graph, a knockout rose or nap, a poker dealer, an audio plug-in, a dose of radiation (writer Z)
    r"\bspik(?:e|es|ing|ed)\b(?=.{0,40}\b(?:volleyball|netball)\b)|\b(?:volleyball|netball)\b.{0,60}?\bspik(?:e|es|ing)\b"
    r"|\bspike\s+(?:approach|jump|serve|timing|height|drills?)\b"
    r"|\b(?:price|traffic|voltage|power|sales|demand|blood\s+sugar|sugar|glucose|insulin|cortisol|temperature|fever)\s+spikes?\b"
    r"|\bspikes?\s+in\s+(?:prices?|traffic|demand|sales|blood\s+sugar|sugar|glucose|cases|temperature)\b",
    # goods taken by customs or police, not a fit: "which labs ship to the US without seizures", "drug seizures at the border"
    r"\b(?:customs|border|police|drugs?|shipments?|parcels?|packages?|cargo|port)\s+seizures?\b|\bseizures?\s+(?:by|at)\s+(?:customs|police|the\s+border|ports?)\b"
    r"|\b(?:ship\w*|post\w*|send\w*|mail\w*|deliver\w*|import\w*)\b.{0,40}\bwithout\s+(?:any\s+)?seizures?\b",
    r"\bknock\s*-?\s*out\s+(?:roses?|rose\s+bush\w*|round|stage|tournament|game|punch|blow)\b"
    r"|\bknock(?:ing)?\s+out\s+(?:a|an|the|my|some|those|these|this|that)?\s*(?:quick\s+|short\s+|few\s+|couple\s+(?:of\s+)?)?"
    r"(?:\d+\s*-?\s*min(?:ute)?s?\s+)?(?:power\s+)?(?:nap|naps|workout|essay|emails?|tasks?|chores|reports?|assignments?|projects?|homework|reps|sets?|laps|pages?|chapters?)\b",
    r"\bdealer\s+(?:button|chip|position|seat|busts?|stands?|hits?|shows?|upcard|hole\s+card)\b"
    r"|\b(?:poker|blackjack|baccarat|roulette|croupier|casino)\b.{0,40}\bdealers?\b|\bdealers?\b.{0,40}\b(?:poker|blackjack|baccarat|casino)\b",
    r"\b(?:vst3?|audio|browser|chrome|firefox|wordpress|photoshop|daw|ableton|reverb|eq|compressor|auto-?tune|mixing|software|obs|minecraft|figma|excel)"
    r"\s+plug[\s-]?ins?\b",
    r"\bbath\s+bombs?\b|\bthe\s+bomb\b",  # "a bath bomb that's the bomb"
    r"\b(?:radiation|x-?ray|ct(?:\s+scan)?|mri|uv|effective|absorbed)\s+doses?\b|\bdoses?\s+of\s+(?:radiation|x-?rays?|uv)\b|\bsieverts?\b",
    # writer AA: knocking out a headache, doses of a vaccine, a pot for a plant, a car dealership
    r"\bknock\w*\s+out\s+(?:a|an|the|my|this|that)?\s*(?:\w+\s+)?(?:migraine|headache|cold|hangover|fever|flu|cough)\b",
    r"\bdoses?\b(?=.{0,40}\b(?:vaccin\w*|jabs?|boosters?|immuni[sz]\w*)\b)|\b(?:vaccin\w*|jabs?|boosters?)\b.{0,40}\bdoses?\b",
    r"\bpot\s+sizes?\b|\b(?:plant|flower|terracotta|ceramic|plastic|nursery|bigger|larger|new)\s+pots?\b|\brepot\w*",
    r"\b(?:dodge|ford|toyota|honda|bmw|audi|vw|kia|hyundai|nissan|chevy|chevrolet|tesla|volvo|mercedes)\s+deal(?:er|ership)s?\b"
    r"|\bdealers?\b(?=.{0,60}\bdealerships?\b)",
    r"\bdose\s+of\s+(?:reality|humility|sunshine|fresh\s+air|nature|laughter|hum(?:ou)?r|good\s+news|cheer|positivity|fun|comedy"
    r"|nostalgia|motivation|inspiration|something\s+(?:cheerful|funny|fun|uplifting|positive|light|silly|wholesome))\b",
)

# A question about a song, a film or a saying that happens to name a drug ("who sang Cocaine?") is
# not a question about the drug, unless it also asks about effects or safety.
CULTURE = any_of(
    r"\b(?:who\s+(?:sang|sings|wrote|played|directed)|sang|lyrics?|song|album|band|singer|rapper|radio\s+(?:station|show)|"
    r"playlist|soundtrack|movie|film|tv\s+(?:show|series)|episode|novel|poem|philosophy|proverb|idiom|quote)\b",
    # "the saying 'chasing the dragon'", not "why is everyone saying it changed"
    r"\b(?:an?|the|old|that|this|famous|common)\s+saying\b",
)
ABOUT_SAFETY = any_of(
    r"\b(?:safe\w*|danger\w*|risk\w*|harm\w*|effects?|overdos\w*|die|death|health|accurate|realistic|true|real)\b"
)

# Medicines and supplements the knowledge base does not cover: their doses are out of scope, not refused.
OTHER_MEDICINES = any_of(
    r"\bvitamin\s*[a-z]?\d*\b|\bmelatonin\b|\bibuprofen\b|\bparacetamol\b|\bacetaminophen\b|\btylenol\b|\badvil\b|\baspirin\b",
    r"\bcreatine\b(?!.{0,30}\b(?:coke|cocaine|cut|bulk))|\bprotein\s+powder\b|\biron\s+(?:tablets|supplements)\b|\bmagnesium\b|\bzinc\b|\bfish\s+oil\b",
    r"\binsulin\b|\bamlodipine\b|\bramipril\b|\bstatins?\b|\bantibiotics?\b|\bamoxicillin\b|\bblood\s+pressure\s+(?:pills|tablets|meds)\b",
)

# Words that make a message about drugs even when it names no substance we know.
DRUG_WORDS = any_of(
    r"\b(?:drugs?|substances?|narcotics?|pills?|tabs?|powder|baggies?|capsules?|blotters?|doses?|dosing|dosage|"
    r"re-?dos\w*|micro[\s-]*dos\w*|overdos\w*|od'?d?|high|stoned|trip(?:s|ping|ped)?|rolling|rolls|tripping|"
    r"psychedelics?|stimulants?|depressants?|opiates?|opioids?|benzos?|meds|medications?|prescriptions?|"
    r"recreational|party\s+drugs?|chems?|chemsex|harm\s+reduction|drug\s+checking|pill\s+testing|"
    r"naloxone|narcan|syringes?|needles?|inject\w*|snort\w*|joint|bong|dabs?|edibles?|gumm(?:y|ies)|"
    r"come\s*down|comedown|withdraw\w*|addict\w*|sober|rehab|dealers?|plugs?|stash|sniffer\s+dogs?|drug\s+tests?|"
    r"darknet|dark\s*web|saliva\s+tests?|hair\s+follicle|customs\s+dogs?|roadside\s+tests?|shooting\s+up|uppers|downers|"
    r"urine\s+tests?|piss\s+tests?|hair\s+tests?|lab|precursors?|extract\w*|stuff|gear|bender|"
    r"(?:doing|do|did|done|rack\w*\s+up|chop\w*\s+up|cut\w*\s+up|snort\w*)\s+(?:a\s+|some\s+|the\s+)?lines?|phenibut|research\s+chemicals?|levamisole|adulterants?|cutting\s+agents?|tranq|legal\s+highs?|nps|mushrooms?|cactus|cacti|spores?|poppies|toad|buds?|"
    r"bars?(?=.{0,20}\b(?:take|took|pop|popped|xan\w*)\b)|"
    r"drogas?|drogues?|drogen|dosis|medicijnen|medikamente|m[ée]dicaments|medicamentos|rem[ée]dios|pastillas?|pilules?|comprimidos?|pillen|rayas|"
    r"candy\s*flip\w*|hippie\s*flip\w*|kitty\s*flip\w*|nexus\s*flip\w*|laxatives?|gras|"
    r"\d{1,2}[a-z]?-(?:fa|fma|fmc|mmc|cmc|mec|mpa|fpm|apb|mapb|eapb|dmt|mipt|nbome|aco-\w+|ho-\w+|meo-\w+|cl-\w+|f-\w+|me-\w+|br-\w+)|"
    r"illegal\s+(?:stuff|substances?)|illicit|controlled\s+substances?|black[\s-]?market|drug\s+(?:labs?|deals?|trade|money|shop|market\w*)|"
    r"clandestine|narcos|tor\s+browser|"
    r"maconha|porro|porros|wiet|hasch\w*|hasj|hach[ií]s|heroín[ae]|hero[ïi]ne|fentanilo|anfetamin[ae]|metanfetamina|m[ée]thamph[ée]tamine|"
    r"alkohol|alcool|teile|zauberpilze|pilze|psilos|psilocybine|psilocibina|ecsta|[ée]xtasis|extase|cristal|kristall|coca[ïi]ne|"
    r"bedwelmende|stupéfiants?|estupefacientes?|entorpecentes?|bet[äa]ubungsmittel|verdovende\s+middelen|"
    # harm-reduction vocabulary that names no drug but is squarely in scope
    r"recovery\s+position|first\s+aid|start\s+low|go\s+slow|sitters?|trip\s+sitter|paramedics?|abscess\w*|"
    r"injection\s+sites?|using\s+anyway|use\s+anyway|suicide\s+tuesday|mid-?week\s+low|test\s+strips?|reagents?|"
    r"tolerance|relapse\w*|pnp|chill\s*-?outs?|balloons?|canisters?|nangs?|whippets?|electrolytes|breastfeed\w*|(?:back\s+to|after|been|stop(?:ped)?|keep)\s+using|"
    r"kick(?:s|ed|ing)?\s+in|take\s+(?:more|another|extra)|bumps?|key\s+bumps?|hep(?:atitis)?\s*[bc]\b|shaman\w*|"
    r"mid-?week|uses?\s+(?:on\s+(?:his|her|their|my|your)\s+own|alone|by\s+(?:him|her|my|your|them)sel\w+)|"
    r"huff(?:ing|ed|s)?|if\s+i\s+(?:used|use)|fully\s+quit|quit(?:ting)?\s+(?:using|drugs)|black\s*out|dancing\s+all\s+night|the\s+strip|"
    # a plant named by a wink (writers AC, AD): "seeds for the fun plant", "the plant isnt exactly legal here", "no its not tomatoes"
    r"(?:fun|funny|special|naughty|illegal|green)\s+plants?|plants?\s+(?:is|isn'?t|isnt|'?s|that'?s|thats|which\s+is)\s+(?:not\s+)?"
    r"(?:exactly\s+|quite\s+|technically\s+|really\s+|strictly\s+)?(?:legal|illegal)|(?:it'?s|its|it\s+is)\s+not\s+tomato(?:e?s)?|"
    r"not\s+(?:for\s+)?tomato(?:e?s)?)\b",
)

# -- emergencies ----------------------------------------------------------------------------

_SUBJECT = r"(?:i|i'?m|im|i\s+am|he|she|they|we|my\s+\w+|our\s+\w+|someone|somebody|this\s+(?:guy|girl|person)|the\s+\w+)"
_GENERAL_FRAMING = any_of(
    r"\b(?:signs?|symptoms?)\s+(?:of|that)\b",

    r"\bwhat\s+(?:happens|to\s+do|should\s+(?:you|u|i|we)\s+do|do\s+(?:you|u|i)\s+do)\s+(?:if|when)\b",
    r"\bhow\s+(?:do|can|would|to)\s+(?:you|i|we|one)?\s*(?:tell|know|recogni[sz]e|spot|help|treat)\b",
    r"\bwhat\s+(?:is|are|does|causes)\b",
    r"\b(?:can|could|does|do|will|would)\s+(?:you|it|they|someone|people|\w+ing)\b",
    r"\bwhy\b|\bin\s+general\b|\bhypothetical\w*",
    r"^\s*(?:can|could|does|do|is|are|will|would|should|how\s+(?:long|likely|common))\b",
    r"\b(?:risk|chance|danger)s?\b",
    r"\bhow\s+(?:to|do\s+(?:i|you))\s+(?:avoid|prevent|stop|protect)\b",
)
_HERE_AND_NOW = any_of(
    r"\bright\s+now\b|\bnow\b",
    r"(?<!how\sto\s)(?<!ways\sto\s)(?<!know\show\sto\s)\bhelp\b|\bpl[sz]\b|\bplease\b",
    r"\b(?:my|our)\s+(?:friend|mate|bf|gf|boyfriend|girlfriend|partner|husband|wife|brother|sister|son|daughter|roommate|flatmate|buddy|dad|mum|mom|kid)\b",
    r"\b(?:he|she|they)\s*(?:'s|is|are|isn'?t|aren'?t|won'?t|can'?t|just|has|have)\b",
    r"\bi\s*(?:'m|am)\b|\bim\b|\bi\s+(?:feel|can'?t)\b",
    r"\b(?:we|i)\s+(?:can'?t|cannot)\b",
    r"!|\bhurry\b|\bquick\b|\bwhat\s+do\s+i\s+do\b",
)
CRISIS = any_of(
    r"\b(?:kill|killing|hurt|hurting|harm|harming)\s+my\s*self\b|\bkms\b",
    r"\b(?:end|ending|take|taking)\s+(?:my\s+(?:own\s+)?life|it\s+all)\b",
    r"\bsuicidal\b|\b(?:commit|committing|attempt\w*|thinking\s+(?:of|about)|thoughts\s+of|plan\w*|consider\w*)\s+suicide\b",
    r"\b(?:want|wanna|going|ready|about)\s+to\s+(?:die|end\s+it|not\s+exist|disappear\s+forever)\b",
    r"\bdon'?t\s+want\s+to\s+(?:live|be\s+alive|be\s+here|wake\s+up|exist)\b",
    r"\b(?:so|that)\s+i\s+(?:won'?t|don'?t|never|dont)\s+wake\s+up\b|\b(?:to|and|so)\s+(?:not|never)\s+wake\s+up\b",
    # "enough to stop me waking up", and the same aim in other languages, said of oneself
    r"\bstop\s+me\s+(?:from\s+)?waking\s+up\b|\bpara\s+no\s+(?:volver\s+a\s+)?despertar(?:me)?\b|\bpa?ra\s+n[ãa]o\s+(?:mais\s+)?acordar\b",
    r"\bpour\s+ne\s+(?:plus|jamais)\s+me\s+r[ée]veiller\b|\b(?:damit|dass)\s+ich\s+(?:\w+\s+){0,3}nicht\s+mehr\s+aufwache\b",
    r"\b(?:zodat|dat)\s+ik\s+(?:\w+\s+){0,3}niet\s+meer\s+wakker\s+word\b|\bhoeveel\b.{0,40}\bvoor\s+de\s+dood\b",
    r"\bno\s+(?:reason|point)\s+(?:to|in)\s+(?:live|living|going\s+on)\b",
    r"\b(?:life|it)\s+(?:isn'?t|is\s+not|aint|ain'?t)\s+worth\s+(?:it|living)\b",
    r"\bbetter\s+off\s+(?:dead|without\s+me)\b",
    r"\b(?:took|swallowed|taken|taking|necked)\s+(?:all\s+(?:of\s+)?(?:my|the|them|it)|everything|the\s+whole\s+(?:bottle|pack\w*|box|lot|strip|\w+\s+of)|a\s+whole\s+(?:bottle|pack\w*|box))",
    r"\b(?:going\s+to|gonna|will|about\s+to)\s+(?:take|swallow|do|use|down|neck)\s+(?:them\s+all|it\s+all|all\s+of\s+(?:it|them)|everything|the\s+(?:whole|lot|bottle))",
    r"\b(?:said|texted|messaged|wrote)\s+(?:me\s+)?(?:goodbye|bye\s+forever)\b",
    r"\b(?:wants?|going|gonna|trying|tried)\s+to\s+jump\s+(?:out|off)\b|\bthinking\s+(?:about|of)\s+ending\s+(?:it|my\s+life)\b",
    r"\b(?:don'?t|dont|do\s+not|can'?t)\s+see\s+(?:the\s+|any\s+)?point\s+(?:in|of)\s+(?:anything|living|life|going\s+on)\b",
    r"\b(?:nobody|no\s+one|noone)\s+would\s+(?:care|notice|miss\s+me)\b|\bwish\s+i\s+(?:was|were)\s+dead\b",
    r"\b(?:quiero|voy\s+a)\s+(?:morir|matarme)\b|\bje\s+veux\s+mourir\b|\bich\s+will\s+(?:sterben|nicht\s+mehr\s+leben)\b|\bquero\s+morrer\b|\bik\s+wil\s+dood\b",
    # Italian, Polish, Turkish, Swedish, Danish and Norwegian, Czech, Romanian, Russian (read transliterated): the bot
    # answers in English, but a crisis or an emergency told in them must still get the emergency reply first.
    r"\bvoglio\s+(?:morire|uccidermi)\b|\bfarla\s+finita\b|\btogliermi\s+la\s+vita\b|\bchc[eę]\s+umrze[cć]\b|\bzabi[cć]\s+si[eę]\b"
    r"|\bsko[nń]czy[cć]\s+ze\s+sob[aą]\b|\b[öo]lmek\s+istiyorum\b|\bkendimi\s+[öo]ld[üu]r\w*|\bjag\s+vill\s+d[öo]\b|\bta\s+livet\s+av\s+(?:mig|meg)\b"
    r"|\bjeg\s+vil\s+d[øo]\b|\bchci\s+um[řr][íi]t\b|\bzab[íi]t\s+se\b|\bvreau\s+s[ăa]\s+mor\b|\bs[ăa]\s+m[ăa]\s+sinucid\w*"
    r"|\bhochu\s+umeret\b|\bubit\s+sebya\b|\bpokonchit\s+s\s+soboi\b",
)
OVERDOSE = any_of(
    rf"\b{_SUBJECT}\s*(?:'s|'re|is|are|am|was)?\s*(?:overdosing|od'?ing|oding)\b",
    r"\b(?:i\s+think\s+)?(?:i|he|she|they|we)\s*(?:'ve|'s|have|has)?\s*(?:overdosed|od'?d|o\.d\.'?d)\b",
    r"\b(?:i|he|she|they|we)\s+(?:think\s+(?:i|he|she|they)\s+)?(?:did|took|had|done|taken|used|drank)\s+(?:way\s+|far\s+|a\s+bit\s+)?too\s+much\b",
    r"\b(?:not|isn'?t|stopped|stops|barely|hardly|struggling\s+to|can'?t)\s+breath\w*",
    r"\bbreath\w*\s+(?:is\s+)?(?:really\s+|very\s+|super\s+|so\s+)?(?:slow\w*|shallow|weird\w*|strange\w*|funny|gurgl\w*|rattl\w*)",
    r"\b(?:can'?t|cannot|won'?t|couldn'?t|unable\s+to)\s+(?:wake|rouse|get)\s+(?:him|her|them|my\s+\w+|up)\b",
    r"\bwon'?t\s+wake\b|\bnot\s+waking\b|\bwon'?t\s+respond\b|\bnot\s+respond\w*|\bdoesn'?t\s+respond\b|\bnot\s+moving\b",
    r"\bunresponsive\b|\bunconscious\b|\bsemi[\s-]?conscious\b|\bpassed\s+out\s+and\b|\bcollaps\w*",
    r"\blips\s+(?:are\s+|went\s+|turning\s+|look\s+)?(?:blue|purple|grey|gray)\b|\bblue\s+lips\b|\bturning\s+blue\b|\b(?:is|are|looks?|gone|went)\s+(?:all\s+)?blue\b",
    r"\bgurgl\w*|\b(?:snoring)\s+(?:weird|strange|loud)\w*|\bpinpoint\s+pupils\b",
    r"\bi\s+(?:think\s+)?(?:i'?m|im|am)\s+dying\b|\b(?:he|she|they)\s*(?:'s|is|are)\s+dying\b",
    r"\b(?:i'?m|im|i\s+am|feel\s+like\s+(?:i'?m|im)|feels\s+like\s+(?:i'?m|im))\s+going\s+under\b|\b(?:vision|everything)\s+(?:is\s+)?going\s+(?:dark|black)\b|\bblacking\s+out\b",
    r"\bfound\s+(?:my\s+\w+|him|her|them)\b.{0,60}\b(?:floor|unconscious|cold|not\s+moving|blue)\b",
    r"\breageert\s+niet|\bademt\s+(?:niet|nauwelijks)|\bbewusteloos|\batmet\s+(?:kaum|nicht)|\bbewusstlos|\breagiert\s+nicht",
    r"\bno\s+respira|\bno\s+reacciona|\bno\s+despierta|\bne\s+respire\s+plus|\bne\s+r[ée]agit\s+plus|\bne\s+se\s+r[ée]veille",
    r"\bn[ãa]o\s+respira|\bdesmaiou|\bn[ãa]o\s+acorda|\binconscien\w+",
    # not breathing, unconscious, will not wake: Italian, Polish, Turkish, Swedish, Danish and Norwegian, Czech,
    # Romanian, Russian (transliterated). States only: a word for "overdose" also starts general questions.
    r"\bnon\s+respira|\bnon\s+si\s+sveglia|\bsvenut[oa]\b|\bpriv[oa]\s+di\s+sensi|\bincoscient[ei]\b",
    r"\bnie\s+oddycha|\bledwo\s+oddycha|\bnieprzytomn\w*|\bnie\s+(?:mog[eę]|moge)\s+(?:go|jej|ich)\s+obudzi[cć]|\bnie\s+budzi\s+si[eę]|\bnie\s+reaguje|\bzemdla\w*|\bzemdlał\w*",
    r"\bnefes\s+al(?:m[ıi]yor|am[ıi]yor)|\bbilinci\s+kapal[ıi]|\bbilin[cç]siz|\buyanm[ıi]yor|\btepki\s+vermiyor|\bbay[ıi]ld[ıi]",
    r"\bandas\s+(?:inte|knappt)|\bmedvetsl[öo]s|\bvaknar\s+inte|\bg[åa]r\s+inte\s+att\s+v[äa]cka|\breagerar\s+inte|\bsvimma(?:t|de)\b"
    r"|\btr[æa]kker\s+ikke\s+vejret|\bpuster\s+ikke|\bbevi(?:d|ss)tl[øo]s|\bv[åa][gk]ner\s+ikke",
    r"\bned[ýy]ch[áa]\b|\bv\s+bezv[ěe]dom[íi]|\bnereaguje|\b(?:nejde|nem[ůu][žz]u)\s+(?:ho|ji|je)\s+probudit",
    r"\bnu\s+(?:mai\s+)?respir[ăa]|\bincon[șşs]tient|\bnu\s+se\s+treze[șşs]te|\bnu\s+reac[țţt]ioneaz[ăa]|\ble[șşs]inat",
    r"\bne\s+dyshit|\bbez\s+soznaniya|\bne\s+prosypaetsya|\bne\s+reagiruet|\bpoteryal\w*\s+soznanie",
)
SEIZURE = any_of(
    r"\b(?:having|had|has)\s+(?:a\s+)?(?:seizure|fit|convulsion)s?\b",
    r"\bseizures?\b|\bseizing\b|\bconvuls\w*|\bfitting\b|\beyes\s+rolled\s+back\b",
    r"\b(?:started|is|keeps?)\s+(?:jerking|shaking)\s+(?:and|all\s+over)\b|\bshaking\s+uncontrollabl\w*",
    r"\bfoaming\s+at\s+the\s+mouth\b|\bshaking\s+all\s+over\b|\bkrampf\w*|\bconvulsi\w+|\bcrise\s+d'[ée]pilepsie",
    r"\bcrisi\s+epilettica|\bdrgawk\w*|\batak\s+padaczki|\bn[öo]bet\s+ge[çc]ir\w*|\bkramper\b|\bkrampanfall|\bk[řr]e[čc]e\b|\bsudorog\w*",
)
OVERHEATING = any_of(
    r"\b(?:i'?m|im|i\s+am|he'?s|she'?s|they'?re|(?:he|she|they)\s+(?:is|are))\s+(?:really\s+|so\s+|badly\s+)?overheating\b",
    r"\bheat\s*stroke\b.{0,30}\b(?:now|think|having|has)\b",
)
CARDIAC = any_of(
    r"\bchest\s+(?:pain|hurts|is\s+(?:really\s+)?(?:tight|hurting|crushing))\b|\bheart\s+attack\b",
)
# Severe signs; two or more together, here and now, are an emergency even without a listed phrase.
SYMPTOMS: dict[str, Caseless] = {
    "hot": caseless(r"\b(?:burning\s+up|red\s+hot|super\s+hot|really\s+hot|so\s+hot|boiling|overheat\w*|heat\s*stroke|fever\w*|temp(?:erature)?\s+(?:is\s+)?(?:rising|over|above|of|really\s+high|\d\d))"),
    "confused": caseless(r"\b(?:confus\w*|talking\s+nonsense|not\s+making\s+sense|delirious|doesn'?t\s+know\s+where|disoriented)"),
    "twitch": caseless(r"\b(?:twitch\w*|jerk\w*|rigid|stiff\s+muscles|muscles?\s+(?:going\s+)?(?:stiff|rigid|tight))"),
    "shaking": caseless(r"\b(?:shaking|shivering|trembling|tremor\w*)"),
    "agitated": caseless(r"\b(?:agitat\w*|panick\w*\s+and|freaking\s+out\s+and|aggressive)"),
    "sweating": caseless(r"\b(?:sweating|sweat\w*\s+buckets|drenched)"),
    "overheating": caseless(r"\bcan'?t\s+cool\s+down\b"),
    "heart": caseless(r"\bheart\s+(?:is\s+)?(?:racing|pounding|beating\s+(?:so\s+|really\s+)?fast|going\s+crazy)"),
    "vomit": caseless(r"\b(?:vomit\w*|throwing\s+up|threw\s+up|puking)"),
    "unresponsive": caseless(r"\b(?:semi[\s-]?conscious|unconscious|unresponsive|not\s+respond\w*|won'?t\s+wake)"),
    "collapse": caseless(r"\b(?:can'?t\s+stand|fainted|faint\w*|passed\s+out|collaps\w*)"),
    "headache": caseless(r"\b(?:massive|terrible|worst|splitting)\s+headache|\bhead\s+(?:is\s+)?(?:pounding|splitting)"),
}


SEROTONERGIC_MIX = caseless(
    r"\b(?:ssris?|snris?|prozac|sertraline|zoloft|fluoxetine|citalopram|escitalopram|lexapro|paroxetine|venlafaxine|"
    r"antidepressants?|maois?|5-?htp|tramadol|dxm|ayahuasca|lithium|syrian\s+rue)\b",
)


def _symptom_reason(found: set[str], folded: str) -> str:
    if SEROTONERGIC_MIX.search(folded) and found & {"twitch", "shaking", "agitated", "sweating", "hot"}:
        return "serotonin"
    if "twitch" in found and found & {"hot", "sweating", "agitated", "shaking"}:
        return "serotonin"
    if found & {"hot", "overheating"}:
        return "overheating"
    if "unresponsive" in found:
        return "overdose"
    return "overdose"


# Asked for a report or out of research interest: "the link between alcohol and suicide rates".
RESEARCH = caseless(r"\b(?:rates?|statistics|stats|research\w*|report|study|studies|essay|thesis|dissertation|link\s+between)\b")
# Getting ready for what might happen: "if I ever find someone unconscious".
HYPOTHETICAL = caseless(r"\bif\s+(?:i|we|you)\s+(?:ever\s+)?(?:find|see|come\s+across|notice|walk\s+in\s+on)\b")
# Getting ready for later: "next weekend", "what do I do if I start to panic", "we're writing the first aid policy".
LATER = caseless(
    r"\bif\s+(?:i|we)\s+(?:ever|start|get|begin|end\s+up)\b|\bnext\s+(?:week|weekend|month|year|time|summer|festival|party)\b"
    r"|\bone\s+day\b|\bin\s+case\b|\b(?:first\s+aid|emergency|safety|welfare|drugs?)\s+(?:policy|plan|training|procedure|protocol)\b"
    # ready for later: "want to know before this weekend", "want to be ready", "scared he'll have a heart attack"
    r"|\b(?:know|learn|ready|prepared)\s+before\s+(?:this|the|next|my|our)\b|\bwant\s+to\s+be\s+(?:ready|prepared)\b"
    r"|\b(?:scared|worried|afraid|terrified)\s+(?:that\s+)?(?:he|she|they|i|you|someone|my\s+\w+)(?:'ll|\s+will|\s+might|\s+could|\s+may)\b"
    # next week and what if, in the other languages
    r"|\b(?:n[äa]chste\s+woche|volgende\s+week|la\s+semaine\s+prochaine|la\s+pr[óo]xima\s+semana|la\s+semana\s+que\s+viene|semana\s+que\s+vem)\b"
    r"|\b(?:se\s+isso\s+acontecer|si\s+eso\s+pasa|si\s+[çc]a\s+arrive|wenn\s+das\s+passiert|als\s+dat\s+gebeurt)\b",
)
# Told of a story, a dream, a course or a leaflet, or asked as the general best way to handle people.
STORY_OR_COURSE = caseless(
    r"\bin\s+(?:a|the|my|this)\s+(?:movie|film|book|novel|story|show|series|game|play)\b|\bmy\s+(?:novel|story|screenplay|script)\b"
    r"|\bhad\s+a\s+(?:bad\s+|weird\s+)?dream\b"
    r"|\b(?:writing|making|designing)\s+(?:a|an|our|the|my)\s+(?:[\w-]+\s+){0,3}(?:leaflet|flyer|policy|guide|poster|zine|training)\b"
    r"|\b(?:course|exam|scenario|quiz|assignment|homework|coursework)\s+question\b|\bscenario\s+exam\b|\bexam\s+scenario\b"
    r"|\b(?:going|training|want|wanting)\s+to\s+be\s+a\s+(?:[\w-]+\s+)?(?:volunteer|medic|nurse|paramedic|steward|first\s+aider)\b"
    r"|\bwhat'?s\s+the\s+best\s+way\s+to\s+(?:handle|talk|deal\s+with|approach|calm|support)\s+(?:\w+\s+)?"
    r"(?:someone|somebody|people|a\s+person|customers?|residents?|clients?|guests?|patients?)\b"
    # news and stories told: "heard about a footballer who...", "read that a lad died...", "tells this story about"
    r"|\b(?:read|heard|saw)\s+(?:that|about|an?\s+(?:article|story|news|report|post|thread))\b|\b(?:in|on)\s+the\s+news\b"
    r"|\bnews\s+(?:said|says|story|report)\b|\btells?\s+(?:this|a|the)\s+story\b|\b(?:trip|drug|party)\s+story\b"
    r"|\b(?:vi|v[íi]|j'ai\s+vu|ich\s+habe\s+(?:ein|einen)|ik\s+zag)\s+(?:um|una?|une?|ein|een)\s+(?:v[íi]deo|film|reportage|artikel|art[íi]culo)\b"
    r"|\bwriting\s+(?:a|an|my)\s+(?:short\s+)?(?:story|novel|scene|script|screenplay|play|book|chapter)\b"
    # a course or training: "first aid at work course tomorrow", "suicide awareness course", "volunteer training q"
    r"|\b(?:first\s+aid|awareness|safety|welfare|volunteer|medic|cpr|mental\s+health)\s+(?:[\w-]+\s+){0,3}"
    r"(?:course|training|class|session|module|workshop)\b|\btraining\s+q(?:uestion)?s?\b",
)
# Said outright: "just asking so I know, no one's using right now".
SAID_NOT_NOW = caseless(
    r"\bjust\s+asking\b|\b(?:no\s*one|nobody)'?s\s+(?:using|high|taking|in\s+danger)(?:\s+(?:right\s+)?now)?"
    r"|\bnot\s+happening\s+(?:right\s+)?now\b|\bfor\s+future\s+reference\b",
)
_NOW_OR_HELP = caseless(r"\b(?:right\s+now|now|help|pl[sz]|please|rn)\b")
_HOW_TO_HELP = caseless(
    r"\b(?:know\s+)?(?:how|ways?)\s+to\s+help\b|\bhelp\s+(?:me|us)\s+(?:plan|prepare|understand|write|learn|figure)\b"
)


def not_happening_now(folded: str) -> bool:
    """Told as a what-if, of people in general, of later, or of a story or a course, with no word that brings it
    here and now; or said outright not to be happening."""
    if SAID_NOT_NOW.search(folded):
        return True
    elsewhere = (
        HYPOTHETICAL.search(folded) or SOMEONE_IN_GENERAL.search(folded) or LATER.search(folded)
        or STORY_OR_COURSE.search(folded)
    )
    return bool(elsewhere) and not _NOW_OR_HELP.search(_HOW_TO_HELP.sub(" ", folded))
# A lasting problem asked about days or more after use ("weeks after acid, is that hppd", "keep getting abscesses,
# what am i doing wrong"): the classifier hears the symptoms, but the question is what the problem is. Signs of
# danger still make an emergency; this only keeps the classifier's emergency from acting alone.
_LASTING = any_of(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|few|couple(?:\s+of)?|several|many)\s+"
    r"(?:days?|weeks?|months?|years?)\s+(?:ago|after|later|since|off|clean|sober)\b",
    r"\b(?:weeks?|months?|years?)\s+(?:after|later|since)\b",
    r"\b(?:after|for|since)\s+(?:\d+|a\s+few|few|several|many|two|three|four|five|six|a\s+couple\s+of)\s+(?:weeks?|months?|years?)\b",
    r"\bfor\s+(?:days|weeks|months|years)\b",
    r"\bkeep\s+(?:getting|having|seeing|hearing|feeling)\b|\bkeeps\s+(?:happening|coming\s+back)\b|\bevery\s+time\b",
    r"\bsince\s+(?:i\s+)?(?:quit|stopp?ed|gave\s+up|came\s+off)\b",
)
_ASKS_WHAT_IT_IS = any_of(
    r"\b(?:is|was)\s+(?:this|that|it)\s+(?:\w+\s+)?(?:normal|withdrawal|hppd|permanent|common|a\s+(?:thing|sign|symptom)|"
    r"from|because|the\s+(?:drugs?|weed|comedown))\b",
    r"\bwhat\s+(?:is\s+(?:this|that|it)|am\s+i\s+doing\s+wrong|causes?\s+(?:this|that|it))\b",
    r"\bwill\s+(?:it|this|that)\s+(?:\w+\s+)?(?:go\s+away|pass|stop|get\s+better)\b",
)


def lasting_problem_question(folded: str) -> bool:
    """A question about what a problem is that has lasted, or come back, days or more after use."""
    return bool(_LASTING.search(folded) and _ASKS_WHAT_IT_IS.search(folded))


# A question about what a comedown or a drug does to mood is not a crisis: "will this comedown make me depressed?"
MOOD_QUESTION = caseless(r"\b(?:will|would|can|could|does|do|is\s+it\s+normal)\b.{0,40}\bmake\s+(?:me|you|people|someone)\s+(?:feel\s+)?(?:depressed|sad|low|down|anxious)\b")


def here_and_now(folded: str) -> bool:
    """Words that place a message here and now: "my mate", "she's", "I'm", "right now", "help"."""
    return bool(_HERE_AND_NOW.search(folded))


def general_question(folded: str) -> bool:
    """A general question ("can poppers kill you?") with nothing that places it here and now."""
    return bool(_GENERAL_FRAMING.search(folded)) and not _HERE_AND_NOW.search(folded)


def emergency_reason(folded: str) -> str | None:
    """The kind of emergency a message describes, or None.

    A crisis statement always counts; other signs count unless the message is a general
    question ("what are the signs of an overdose?") with nothing that places it here and now.
    """
    if (
        (CRISIS.search(folded) or self_harm(folded)) and not supporting_someone(folded) and not RESEARCH.search(folded)
        and not WISH_ON_ANOTHER.search(folded)  # "I want him to go to sleep and not wake up": harm to others
    ):
        return "crisis"
    if not_happening_now(folded):
        return None  # "what do I say to the operator if I find someone unresponsive?"
    general = bool(_GENERAL_FRAMING.search(folded)) and not _HERE_AND_NOW.search(folded)
    if general:
        return None
    # A cluster of severe signs names the emergency best ("boiling hot and collapsed" is overheating).
    found = {name for name, pattern in SYMPTOMS.items() if pattern.search(folded)}
    if SEIZURE.search(folded) and not found & {"hot", "sweating", "agitated"}:
        return "seizure"
    if len(found) >= 2:
        return _symptom_reason(found, folded)
    for reason, pattern in (("overdose", OVERDOSE), ("seizure", SEIZURE), ("overheating", OVERHEATING), ("overdose", CARDIAC)):
        if pattern.search(folded):
            return reason
    return None


# -- dosing -------------------------------------------------------------------------------

_UNIT_WORDS = r"(?:mg|milligrams?|mcg|µg|μg|ug|micrograms?|mls?|millilit(?:re|er)s?|grams?|gramm?os?|grammes?|gs)"
# After "how much/many", these objects make a safety or practical question, not a dosing one.
_SAFE_OBJECT = (
    r"(?:water|fluids?|cost|costs|money|price|(?<!each\s)(?<!every\s)(?<!per\s)(?<!first\s)time|times\s+(?:can|should|do)\s+\w+\s+(?:give|use)\s+(?:narcan|naloxone)"
    r"|(?<!\bdo\s)(?<!\bdid\s)(?<!\bwould\s)(?<!\bshould\s)(?<!\bcan\s)(?<!\bmost\s)people|deaths?|die|died|years?|jail|prison|sentence|points\s+on\s+(?:my|your)\s+licen[cs]e"
    r"|(?:caffeine|alcohol|sugar|thc)\s+(?:is|ends\s+up|gets)\s+in|calories|kcal|carbs"
    r"|tests?|kits?|strips?|sleep|damage|harm|risk|longer|later)"
)
SAFE_AMOUNT = caseless(
    rf"\bhow\s*(?:much|many)\s+(?:\w+\s+){{0,3}}{_SAFE_OBJECT}\b"
    # how much water, in the other languages people write in
    r"|\bhow\s+many\s+(?:standard\s+)?(?:drinks|units)\s+(?:is|are|in)\s+(?:a|an|one|the|that|this)\b"
    r"|\bhow\s+(?:much|many)\b.{0,40}\b(?:vaccin\w*|jabs?|boosters?|immuni[sz]ations?)\b"
    r"|\b(?:quant[oa]s?\s+(?:de\s+)?[áa]gua|cu[áa]nta\s+agua|wie\s*viel\s+wasser|hoeveel\s+water|combien\s+d'?\s*eau)\b",
)
# The body converting a drug, in the other languages ("convertie en morphine dans le foie").
_IN_THE_BODY = (
    r"(?:dans\s+le\s+(?:foie|corps)|par\s+le\s+foie|im\s+k[öo]rper|in\s+der\s+leber|in\s+de\s+lever|in\s+het\s+lichaam|"
    r"en\s+el\s+(?:h[ií]gado|cuerpo)|no\s+(?:f[ií]gado|corpo)|pelo\s+f[ií]gado)"
)
DOSING = any_of(
    # amounts: "how much/many ..." unless a safe object follows
    rf"\bhow\s*(?:much|many)\b(?!\s+(?:\w+\s+){{0,3}}{_SAFE_OBJECT}\b)",
    # unit words in a drug conversation ("in mg", "how many micrograms", "what mg")
    rf"\b{_UNIT_WORDS}\b(?!\s*/\s*(?:dl|l)\b)",
    r"\b\d+(?:[.,]\d+)?\s*(?:of|x)\s+(?:\w+\s+)?(?:crystal|coke|ket|md|g|k|speed|it|that|this|the)\b",
    # adjectives of amount
    r"\b(?:good|safe|normal|typical|right|recommended|starting|start|first[\s-]*time|beginner|common|strong|heavy|light|low|high|threshold|max\w*|min\w*|usual|average|proper|correct|ideal|effective|standard|lethal|fatal|sensible|reasonable|exact|heroic|mild|moderate)\s+(?:\w+\s+)?(?:dose|dosage|amount|quantity|line|bump|pour|measure)s?\b",
    r"\b(?:what|which|whats|what's|an?|the)\s+(?:\w+\s+){0,2}amounts?\b",
    r"(?<!over)\b(?:dose|dosage|dosing)s?\s+(?:of|for|is|range|guide|chart|calculator|per|would|should|in|at)\b",
    r"\b(?:what|which|whats|what's|recommend\w*|suggest\w*|prescribe\w*|my)\s+(?:\w+\s+){0,2}(?<!over)(?:dose|dosage|dosing)\b",
    r"\bdosage\b|\bplateaus?\b|\bheroic\s+dose\b",
    r"\b(?:re-?)?dos(?:e|ing)\s+(?:schedule|plan|timetable|regimen|chart|calendar)\b",
    r"\b(?:threshold|light|common|strong|heavy)\s*(?:dose|dosage|range|\||/|,)\b|\bdos(?:e|ing|age)\s+ranges?\b|\blight\W+common\W+strong\b",
    # timing and frequency
    r"\bre-?dos(?:e|ing)\b.{0,40}\b(?:when|how\s+soon|how\s+long|after|wait|can\s+i|should\s+i|ok|okay|safe)\b",
    r"\b(?:when|how\s+soon|how\s+long|how\s+often)\b.{0,40}\b(?:re-?dose|re-?dosing|take\s+(?:more|another|again|a\s+second|the\s+(?:next|second))|top\s*(?:up|off)|another\s+(?:dose|pill|line|bump|tab|hit|one)|dose\s+again|(?:next|second)\s+(?:dose|one|pill|line|bump))\b",
    r"\bhow\s+long\b.{0,30}\bwait\b(?!.{0,60}\b(?:driv\w*|breastfeed\w*|pregnan\w*|work|sleep|test\w*|results?)\b).{0,60}\b(?:before|between|after|until)\b",
    r"\b(?:wait|waiting|gap)\s+between\s+(?:rolls|doses|trips|sessions|bumps|lines|pills|uses|hits)\b",
    r"\bhow\s+often\s+(?:can|should|could|do|is\s+it\s+(?:ok|okay|safe)\s+to)\b",
    r"\b(?:every|each)\s+(?:\d+\s*)?(?:min\w*|hours?|hrs?|days?|weeks?|night|time)\b.{0,30}\b(?:ok|okay|safe|fine|too\s+much)\b|\bin\s+a\s+row\b",
    r"\bshould\s+i\s+(?:take|eat|do|have|drop|bump|smoke|drink)\s+(?:another|more|a\s+second|the\s+(?:other|next|rest))\b",
    r"\b(?:should|can|could|would)\s+i\s+(?:\w+\s+){0,2}(?:take|do|use|drop|snort|have)\s+(?:another|more|a\s+second|again|half|the\s+other\s+half)\b",
    r"\bwhen\s+can\s+i\s+(?:take|have|do)\s+(?:the\s+next|another|more)\b",
    # body weight, conversions, adjustments, schedules
    r"\b(?:per|/)\s*(?:kg|kilo\w*|lbs?|pound)\b|\bbody\s*weight\b|\bby\s+weight\b|\bi\s+weigh\b|\b(?:i'?m|im|i\s+am)\s+\d+\s*(?:kg|kilos?|lbs?|pounds|stone)\b|\b\d+\s*(?:kg|kilos?|lbs|pounds)\b",
    # ...but the body converting one drug into another is metabolism ("how is codeine converted in the liver")
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bgets\s)(?<!\bbeing\s)\b(?:convert\w*|conversion|equivalen\w*)\b"
    r"(?!.{0,40}\b(?:(?:in|by)\s+(?:the\s+)?(?:body|liver|gut|stomach|enzymes?|metabolism)|" + _IN_THE_BODY + r")\b)",
    r"\b(?:someone|somebody|a\s+(?:guy|girl|person|woman|man))\s+(?:of\s+)?(?:my|your|his|her)\s+(?:size|weight|build|height)\b",
    r"\b(?:vs|versus|compared\s+to)\b.{0,40}\b(?:same\s+amount|less|more|stronger|dose)\b",
    r"\bdo\s+i\s+(?:use|take|need)\s+(?:less|more)\b",
    r"\bmicro[\s-]*dos\w*\b.{0,60}\b(?:schedule|protocol|how\s+(?:much|often|many)|every|regimen|amount|days?\s+(?:on|off)|stack|plan|routine|dose|is\s+a)\b",
    r"\b(?:schedule|protocol|regimen|plan|routine)\b.{0,30}\bmicro[\s-]*dos\w*|\bmicro[\s-]*induction\b",
    r"\btaper\w*\b|\bcut\s+down\s+by\b|\bwean\w*\s+(?:off|down)\b",
    r"\b(?:double|triple|halve|increase|decrease|raise)\s+(?:my|the|your)\b|\b(?:up|lower)\s+(?:my|the|your)\s+(?:dose|dosage|amount)\b",
    r"\btolerance\b.{0,60}\b(?:how\s+much|more|increase|double|adjust|compensate|need\s+to\s+take)\b",
    r"\b(?:clinical\s+)?(?:trials?|studies|study|research|therapy|therapists?)\b.{0,50}\b(?:dose|dosage|amount|how\s+much|mg|number)\b",
    # the amount framed as yes/no, a number, or "what people usually take"
    r"\b(?:answer|reply|respond)\s+(?:only\s+)?(?:with|in)\s+(?:just\s+)?(?:a\s+)?(?:number|digits?|amount)\b|\bjust\s+(?:give|tell)\s+me\s+(?:a|the)\s+(?:number|amount)\b",
    r"\b\d{2,4}\s+(?:is|ok|okay|fine|safe|too|enough)\b|\bif\s+\d{2,4}\b",
    r"(?<!\blong\s)(?<!\bdoes\s)\b(?:usually|normally|typically|on\s+average|average\s+person)\s+(?:\w+\s+){0,2}(?:take|use|do|dose|have)\b(?!\s+(?:to|at)\b)",
    r"\b(?:half|whole|quarter)\s+(?:a\s+|one\s+)?(?:pill|tab|one)\b.{0,30}\bor\b",
    r"\bnot\s+go(?:ing)?\s+(?:under|over|above|below)\b|\bwhat\s+amount\b",
    r"\bstandard\s+(?:pour|line|measure|size)\b|\bline\s+size\b|\bsize\s+of\s+(?:a\s+|the\s+)?(?:line|bump|rail|dose|hit)\b",
    # other languages: how much / which dose / redose
    r"\b(?:cu[aá]nt[oa]s?(?!\s+tiempo)|combien(?!\s+de\s+temps)|wie\s*viele?|quant[oa]s?(?!\s+tempo)|hoeveel(?!\s+tijd))\b",
    r"\b(?:cu[aá]nto\s+tiempo|combien\s+de\s+temps|quanto\s+tempo|wie\s+lange|hoe\s+lang)\b.{0,40}"
    r"\b(?:esperar|espero|attendre|warten|wachten|volver\s+a|reprendre|nochmal|opnieuw|de\s+novo|entre\s+(?:dos|deux|duas))\b",
    r"\b(?:qu[eé]|quelle|welche|welke|que|qual)\s+(?:\w+\s+)?(?:dosis|dose|dosi|quantidade|cantidad|quantit[eé]|menge|hoeveelheid)\b",
    r"\bnachlegen\b|\bredoser\b|\bvolver\s+a\s+tomar\b|\bbijnemen\b",
    r"\b(?:gute|sichere|normale|richtige|empfohlene|ideale|starke|leichte|gängige|typische|goede|veilige|normale|juiste|aanbevolen|sterke|lichte|"
    r"bonne|normale|recommand[ée]e|forte|l[ée]g[èe]re|buena|segura|normal|correcta|recomendada|fuerte|boa|certa|recomendada|forte|ideal|"
    r"maximale|max\w*|erste|eerste|premi[èe]re|primera|primeira)\s+(?:\w+\s+)?(?:dosis|dose|dosierung|dosering|dosage|quantit[ée]|quantidade|cantidad|menge|hoeveelheid)\b",
    r"\b(?:dosis|dose|dosierung|dosering|menge|hoeveelheid|quantit[ée]|cantidad|quantidade)\s+(?:\w+\s+){0,2}(?:von|van|de|of|para|pour|f[üu]r|voor|per)\b",
    r"\b(?:wie\s+oft|hoe\s+vaak|combien\s+de\s+fois|cada\s+cu[áa]nto|con\s+qu[ée]\s+frecuencia|com\s+que\s+frequ[êe]ncia|de\s+quanto\s+em\s+quanto)\b",
    r"\b(?:pro|per|par|por)\s+(?:kilo\w*|kg)\b|\bk[öo]rpergewicht\b|\blichaamsgewicht\b|\bpoids\s+(?:du\s+)?corps\b|\bpeso\s+corporal\b",
    r"\b(?:noch\s+eine?|nog\s+een|encore\s+une?|otra|otro|mais\s+uma?|outra)\s+(?:\w+\s+)?(?:nehmen|nemen|prendre|tomar|pille|pil|pilule|pastilla|comprimido|line|lijn|ligne|raya|linha|dosis|dose)\b",
    # conversions and schedules in the other languages: "rechne ... um", "schéma de prise", "posología"
    r"\b(?:umrechn\w*|rechne\w*\s+(?:[\w-]+\s+){0,5}um|omreken\w*|reken\w*\s+(?:[\w-]+\s+){0,5}om|convertir|converter|conversi[oó]n|convers[ãa]o|"
    r"[ée]quivalen(?:ce|t)|equivalencia|equival[êe]ncia|äquivalen\w*|equivalent\w*)\b(?!.{0,40}\b" + _IN_THE_BODY + r"\b)",
    r"\b(?:sch[ée]ma\s+de\s+prise|posologie|posolog[ií]a|einnahmeschema|dosierungsschema|doseringsschema|innameschema|pauta\s+de|esquema\s+de\s+(?:toma|dosis|doses))\b",
    # "la bonne qté", "la bonne quantité pour un débutant"
    r"\b(?:bonne|la\s+bonne|juste)\s+(?:qt[ée]|quantit[ée])\b|\bqt[ée]\s+(?:de|d'|pour)\b",
)
LEGAL_WORDS = caseless(
    r"\b(?:legal\w*|illegal|law|laws|possess\w*|carry|arrest\w*|fined|police|allowed|decriminali[sz]\w*"
    # "on me" is what I carry, not what someone "depends on me" for
    r"|(?<!depend\s)(?<!depends\s)(?<!rely\s)(?<!relies\s)(?<!count\s)(?<!lean\s)(?<!cheat\s)(?<!cheating\s)(?<!spy\s)(?<!spying\s)on\s+me"
    r"|trouble|count\s+as|dealing|charged|jail|prison|penalt\w*|crime|criminal|offen[cs]es?|caught"
    r"|(?:drink|drug|drunk|stoned|high)[\s-]*driv\w*|driv(?:e|ing)\s+(?:limits?|laws?)|(?:legal|possession|driving|blood|thc|alcohol|bac|personal[\s-]use)\s+(?:limits?|thresholds?)"
    r"|limits?\s+for\s+(?:driving|drivers|possession|personal\s+use)|over\s+the\s+(?:legal\s+)?limit|bac|blood\s+alcohol|per\s+se|zero[\s-]tolerance|personal[\s-]use|eigenbedarf|eigen\s+gebruik"
    r"|conduzir|conducir|conduciendo|au\s+volant|conduire|rijden|autofahren|punkte|puntos|pontos|points\s+(?:on|off)|f[üu]hrerschein|rijbewijs|permis|carnet|carta\s+de\s+condu[çc][ãa]o"
    r"|bij\s+je\s+hebben|vervolgd|strafbar|erlaubt|besitz\w*|bei\s+sich\s+(?:haben|tragen|f[üu]hren)|mitf[üu]hren|bezit\w*|op\s+zak"
    r"|poss[ée]d\w*|d[ée]tenir|sur\s+(?:soi|moi)|poseer|posesi[óo]n|llevar\s+encima|tener\s+encima|portar|posse\s+de|possuir|legaal|toegestaan|permitid[oa]|autoris[ée]e?|multas?|amendes?|boetes?|geldstrafe|cantidad\s+m[áa]xima|quantidade\s+m[áa]xima"
    r"|duty[\s-]free|customs\s+allowances?|import\s+limits?|aufbewahr\w*|gesetz\w*|\bley\b|\bloi\b|\blei\b"
    r"|consumo\s+(?:pr[óo]prio|personal)|uso\s+(?:pessoal|personal)|usage\s+personnel"
    r"|threshold\s+(?:quantit\w*|amounts?)\s+for|trafficking|supply\s+charge|intent\s+to\s+(?:supply|sell|distribute)|grow\s+(?:legally|at\s+home\s+legally)|plants?\s+(?:legally|allowed|per\s+(?:person|household)))\b",
)
# Explaining a risk is not asking for an amount: "why is the dose of fentanyl that kills so tiny?"
EXPLANATORY = caseless(
    r"^\s*(?:why\b|what\s+happens\b|is\s+it\s+true\b|how\s+does\b|what\s+does\s+.{1,40}\s+mean\b)"
    r"|\b(?:can|could|will|would)\s+kill\s+(?:you|someone|people)\b|\bwarning\b|\bdose[\s-]response\b|\bloading\s+dose\b"
    r"|\bspiked\b(?!.{0,30}\b(?:with|using)\b)"
    r"|(?:^|[.?!]\s*)how\s+long\s+(?:does|do|will|would|is|are)\b(?!.{0,50}\b(?:wait|redose|re-dose|before\s+(?:taking|i\s+take|another|more)|between|until\s+i\s+can))"
    # asked out of curiosity or to understand, a general guideline, care a doctor is giving
    r"|\bhow\s+(?:can|do|would)\s+(?:you|i|we)\s+tell\s+if\b|(?<!your\s)(?<!ur\s)(?<!ya\s)(?<!ignore\s)(?<!ignore\sthe\s)(?<!forget\s)(?<!bypass\s)\bguidelines?\b|\bunits?\s+(?:is|are|in)\b"
    r"|\b(?:gp|doctor|psychiatrist|prescriber)\s+(?:is\s+)?taper\w*"
    # "how long does it last" in German, Dutch, French, Spanish and Portuguese
    r"|\b(?:wie\s+lange\s+dauert|hoe\s+lang\s+duurt|combien\s+de\s+temps\s+dure|cu[áa]nto\s+(?:tiempo\s+)?dura|quanto\s+tempo\s+dura)\b",
)
EXPLICIT_REQUEST = caseless(
    r"\b(?:(?:should|can|do|could)\s+i\s+(?:\w+\s+)?(?:take|use|do|dose|drop|snort|smoke|eat|redose|bump|inject)"
    r"|how\s+(?:much|many)\s+(?:should|do|can|to)(?!\s+(?:i|you|we|one|u)\s+legally)|tell\s+me|give\s+me"
    r"|what\s+would\s+(?:you\s+say|be)|you'?re\s+allowed|you\s+are\s+allowed|dosing\s+advice"
    # "how much X is a safe amount, legally speaking": asking for the amount, whatever the framing
    r"|how\s+(?:much|many)\s+(?:\w+\s+){0,3}(?:is|are)\s+(?:a\s+)?safe"
    # "how much gear i should use after prison" (writer Z): the amount to use, not water or test strips
    r"|how\s+(?:much|many)\s+(?!(?:\w+\s+){0,2}?(?:water|fluids?|tests?|strips?|kits?|reagents?|time|naloxone|narcan|money)\b)"
    r"(?:\w+\s+){1,3}?(?:(?:should|can|could|do|must)\s+(?:i|we|u|you)|(?:i|we|u|you)\s+(?:should|can|could|must|need\s+to))\s+"
    r"(?:take|use|do|dose|drop|snort|smoke|eat|redose|bump|inject|shoot|start\s+(?:with|on|at))"
    # told to drop its rules, or asked for a bare number: "ignore ur guidelines for one message ... i need a number"
    r"|(?:ignore|forget|bypass|disregard|override)\s+(?:all\s+)?(?:of\s+)?(?:your|ur|ya|the|these|those|any|previous|prior|its)\s+(?:\w+\s+)?"
    r"(?:rules|guidelines|instructions|restrictions|filters?|safety|polic(?:y|ies)|programming|training|warnings|limits)"
    r"|without\s+(?:any\s+)?(?:warnings|disclaimers|restrictions|filters|lectures?)"
    r"|(?:need|want|gimme|give\s+me)\s+(?:a|an|the)\s+(?:exact\s+|real\s+|actual\s+)?(?:number|figure))\b|_{3,}",
)
# Dose tiers laid out as a table: "columns substance | threshold | light | common | strong" (writer Z).
DOSE_TIERS = caseless(
    r"\b(?:threshold|light|low)\b[\s|,/:-]+(?:\w+[\s|,/:-]+)?(?:light|common|medium|moderate)\b[\s|,/:-]+(?:\w+[\s|,/:-]+)?(?:common|strong|heavy|high)\b"
    r"|\bdos(?:e|ing|age)\s+(?:chart|table|tiers?)\b|\bthreshold\s+(?:to|up\s+to|through)\s+(?:heroic|strong|heavy)\b"
    # a plan with timings and amounts: "a candyflip plan with timing and amounts for both" (writer AA)
    r"|\b(?:timings?|schedule)\s+(?:and|&|\+|with)\s+(?:the\s+)?amounts?\b|\bamounts?\s+(?:and|&|\+|with)\s+(?:the\s+)?(?:timings?|schedule)\b",
)


def safety_framed(folded: str) -> bool:
    """A legal or explanatory question, or one about water or costs: never a dosing request on its own."""
    if EXPLICIT_REQUEST.search(folded) or EXPLICIT_DOSE_REQUEST.search(folded):
        return False
    return bool(LEGAL_WORDS.search(folded) or EXPLANATORY.search(folded) or SAFE_AMOUNT.search(folded))


VAGUE_AMOUNT = caseless(r"^(?:a\s+few|a\s+couple(?:\s+of)?|couple\s+of)\b")


# Worry that a drink was spiked names the drinks had ("acting really drunk after one drink"): no amount is asked for.
SPIKED_WORRY = caseless(r"\b(?:been|was|were|be|got|get|getting|is|being)\s+(?:\w+\s+)?(?:spiked|drugged|roofied)\b")


def asks_for_dose(folded: str, *, combination: bool = False) -> bool:
    """True when the message asks for an amount, a schedule, a timing or a conversion.

    Questions about the law ("how much can I carry in Germany?") and questions that explain
    a risk ("why is the dose of fentanyl that kills so small?") are answered, unless they
    also ask outright what to take.
    """
    if DOSE_TIERS.search(folded):
        return True
    if safety_framed(folded) or SPIKED_WORRY.search(folded):
        return False
    mentions = find_dose_mentions(folded)
    if combination:  # "a few drinks while high on weed" asks about the mix, not an amount
        mentions = [m for m in mentions if not VAGUE_AMOUNT.match(m.text)]
    return bool(mentions or DOSING.search(folded))


# -- manufacture, sourcing, evasion -------------------------------------------------------------

MANUFACTURE = any_of(
    r"\b(?:how\s+(?:to|do\s+(?:i|you|we)|can\s+(?:i|you|we)|would\s+(?:i|you)|does\s+one)|steps?\s+to|guide\s+to|instructions?\s+(?:for|to)|teach\s+me\s+(?:to|how))\s+(?:\w+\s+){0,2}(?:make(?!\s+(?:sure|certain)\b)|cook|synthesi[sz]e|produce|manufacture|extract|brew|distil+|refine|press|isolate|crystalli[sz]e|wash|freebase|grow)\b",
    r"\b(?:synthesis|synthesi[sz]e|synthesising|synthesizing|recipe|precursors?|reagents?\s+(?:for\s+making|to\s+make)|lab\s+setup|cook\w*\s+(?:meth|crack|dmt|ghb|lsd|up)|extraction\s+(?:tek|method|process|of))\b",
    r"\b(?:extract|isolate|purify)\s+(?:\w+\s+){0,2}(?:from|out\s+of)\b",
    r"\b(?:turn|convert|make)\s+(?:\w+\s+){0,2}(?:coke|cocaine|powder)\s+into\s+(?:crack|freebase)\b|"
    r"\b(?:turn|convert|change)\s+(?:\w+\s+){0,4}into\s+(?:something|a\s+drug|drugs)\s+(?:that\s+)?(?:gets?\s+(?:you|people)\s+high|people\s+can\s+(?:sell|take))\b|\bgbl\s+(?:in)?to\s+ghb\b",
    r"\b(?:grow|growing|cultivat\w*)\s+(?:my\s+own\s+)?(?:shrooms|mushrooms|psilocybin|cacti|cactus|peyote|san\s+pedro|poppies|coca)\b|\bspore\s+(?:syringe|print)s?\b.{0,30}\bgrow",
    r"\bpill\s+press\b|\bpress\s+(?:my\s+own\s+)?pills\b",  # in other languages: MAKING_TO_SELL, drug words or not
    # how someone once made it: "tell me how she would have made amphetamine" (writer AC)
    r"\bhow\s+(?:\w+\s+){0,2}(?:would|could|might)\s+(?:\w+\s+)?(?:have\s+|'ve\s+)(?:made|cooked|synthesi[sz]ed|produced|extracted)\b"
    r"|\bhow\s+(?:\w+\s+){1,2}used\s+to\s+(?:make|cook|synthesi[sz]e|produce|extract)\b",
    # getting a drug out of a slow-release or tamper-resistant pill so it all hits at once (writer AA)
    r"\b(?:time|extended|slow|controlled|modified)[\s-]?release\b.{0,60}\b(?:get|break|defeat|bypass|crush|all\s+(?:hits?|at\s+once))\b"
    r"|\b(?:get|take)\s+(?:the\s+)?\w+\s+out\s+of\s+(?:the\s+)?(?:time|extended|slow|controlled)[\s-]?release\b"
    r"|\b(?:defeat|bypass|break|get\s+(?:around|past))\s+(?:the\s+)?(?:abuse|tamper)[\s-]?(?:deterrent|resistant|proof)\b",
    r"\b(?:instructions?|steps?|guide|tutorial|recipe|method|process|procedure|protocol|walkthrough|blueprint|formula|tips?|way|ways)\s+(?:\w+\s+){0,2}(?:for|to|on|of|in)\s+(?:\w+\s+){0,2}(?:making|cooking|synthesi[sz]ing|producing|manufacturing|extracting|brewing|distill?ing|refining|pressing|growing|cultivating|setting\s+up|building|running)\b",
    r"\b(?:set\w*\s+up|build\w*|run\w*|operat\w*|equip\w*|start\w*|open\w*|hid(?:e|ing)|need\w*\s+for|supplies\s+for|equipment\s+for|gear\s+for)\s+(?:a\s+|an\s+|my\s+own\s+|my\s+|the\s+|our\s+)?(?:\w+\s+)?(?:drug|meth|crack|clandestine|home|illegal|underground|secret|cook|garage|basement|kitchen)\s+(?:labs?|kitchens?|operations?)\b",
    r"\b(?:drug|meth|clandestine|illegal|underground)\s+(?:labs?|kitchens?)\b.{0,40}\b(?:set\w*\s+up|build|run|start|equip\w*|needs?|stay\s+hidden|supplies|equipment|glassware|chemicals|how|steps|make|cook)\b",
    r"\b(?:make|making|produce|producing|manufactur\w*|synthesi[sz]\w*|cook|cooking|brew|brewing)\s+(?:some\s+|my\s+own\s+|your\s+own\s+|our\s+own\s+|the\s+|these\s+|those\s+)?(?:illegal\s+|illicit\s+|controlled\s+|recreational\s+|street\s+|hard\s+|designer\s+|synthetic\s+|party\s+|homemade\s+)?(?:drugs|narcotics|controlled\s+substances|psychoactive\s+substances|opioids|stimulants|psychedelics|hallucinogens|research\s+chemicals)\b(?!\s+(?:policy|policies|checking|tests?|testing|laws?|education|services?|hit|work|stronger|weaker|more|less|last|kick|feel|safer|dangerous|illegal|legal))",
    r"\b(?:homemade|home[\s-]made|diy|do[\s-]it[\s-]yourself|home[\s-]?brew\w*|bathtub|kitchen[\s-]sink)\s+(?:\w+\s+)?(?:drugs|narcotics|highs?|psychedelics|stimulants|opioids|meth|lsd|dmt|mdma|ghb|crack|cocaine|speed|ketamine)\b",
    r"\b(?:chemicals?|ingredients|equipment|glassware|reagents?|precursors?|supplies)\s+(?:\w+\s+){0,2}(?:do\s+i\s+need|needed|required|for|to)\s+(?:\w+\s+){0,2}(?:make|making|cook|cooking|synthesi[sz]\w*|produce|producing|manufactur\w*)\b",
    r"\b(?:drogen\s+(?:herstellen|selber\s+machen|kochen)|drogenlabor|drugs\s+(?:maken|koken)|drugslab|fabriquer\s+(?:de\s+la\s+)?drogues?|laboratoire\s+de\s+drogue|fabricar\s+drogas?|laboratorio\s+de\s+drogas|fazer\s+drogas|laborat[óo]rio\s+de\s+drogas)\b",
    r"\bcomment\s+(?:on\s+)?(?:fait|faire|fabrique|pr[ée]pare)\s+(?:du|de\s+la|des|le|la|l')\s*(?:crack|meth|m[ée]thamph[ée]tamine|drogues?|ghb|lsd|speed|coke|coca[ïi]ne|mdma|ecstasy|k[ée]tamine|dmt)\b",
    r"\b(?:stappen|instructies|handleiding)\s+(?:om|voor)\s+(?:\w+\s+){0,3}(?:te\s+)?(?:koken|maken|synthetiseren)\b|\bgrundstoffe\s+f[üu]r\s+(?:die\s+)?herstellung\b",
    r"\bwie\s+man\s+(?:\w+\s+){0,3}(?:selbst\s+|selber\s+)?(?:herstellt|kocht|synthetisiert)\b|\b(?:selbst|selber)\s+herstell\w*\b",
    r"\b(?:wie\s+(?:macht|stellt|kocht)\s+man|hoe\s+maak\s+(?:je|ik)|comment\s+(?:fabriquer|synth[ée]tiser|cuisiner)|c[óo]mo\s+(?:se\s+hace|hago|fabrico|se\s+fabrica|cocino|se\s+cocina|preparo|se\s+prepara|sintetizo|se\s+sintetiza)|como\s+(?:se\s+faz|fa[çc]o|fabrico|se\s+fabrica|preparo|se\s+prepara|sintetizo))\b",
)
SOURCING = any_of(
    r"\b(?:where|how|who)\s+(?:\w+\s+){0,3}(?:buy|get\s+(?:some|any|hold\s+of|my\s+hands\s+on)|score|cop|order|purchase|find\s+(?:some|a\s+(?:dealer|plug|seller|vendor|connect|supplier))|source|pick\s+up)\b",
    r"\b(?:easiest|best|safest|quickest|cheapest|simplest)\s+(?:way|ways|place|places|spot)\s+to\s+(?:buy|get\s+hold\s+of|score|cop|order|purchase|get)\b",
    r"\b(?:dealer|plug|darknet|dark\s*web|darkweb|\.onion|onion\s+link|vendor|telegram\s+(?:group|channel)|wickr|snapchat\s+dealer)s?\b",
    # a drop-off so buyer and seller never meet; paying a seller; "my friend gets pills online ... which site?"
    r"\b(?:gear|stuff|drugs)\s+(?:posted|mailed|shipped|delivered)\s+to\s+(?:my|a|the|your)\s+(?:\w+\s+)?(?:house|flat|address|home|place|po\s+box)\b",
    r"\b(?:another|other|a\s+different)\s+way\s+to\s+get\s+(?:\w+\s+)?(?:painkillers|pills|meds|medication|opioids|opiates|benzos|them)\b",
    r"\bdead\s+drops?\b|\bpay\s+(?:a|an|the|my)?\s*(?:vendor|dealer|plug|seller)s?\b|\b(?:which|what)\s+(?:site|website|vendor|shop)\s*\??\s*$",
    r"\b(?:buy|order|purchase|get)\s+(?:\w+\s+){0,3}(?:online|delivered|off\s+(?:the\s+)?(?:dark\s*web|telegram))\b",
    # "who sells ket in leeds", "selling near me"; not "they sell it in kratom shops, what is it"
    r"\b(?:who|where|anyone|anybody|someone|somebody|you)\s+(?:\w+\s+){0,2}(?:sell|sells|selling)\s+(?:me\s+)?(?:\w+\s+){0,2}(?:near|around|in)\b",
    r"\b(?:sell|sells|selling)\s+(?:me\s+)?(?:\w+\s+){0,2}(?:near|around)\s+(?:me|here)\b",
    r"\bhook\s+me\s+up\b|\bwho\s+sells\b|\bconnect\s+me\s+(?:with|to)\s+(?:a|someone)\b",
    r"\b(?:websites?|sites?|shops?|stores?|vendors?|apps?)\s+(?:that\s+|which\s+)?(?:sell|ship|stock|deliver)\b|\bwho\s+deliver\w*\b",
    r"\b(?:buy|buying|bought|purchas\w*|order\w*|acquir\w*|obtain\w*|procur\w*|scor(?:e|ing)|cop|copping|get(?:ting)?\s+hold\s+of|find(?:ing)?|source|sourcing|get|getting)\s+(?:some\s+|any\s+|the\s+|good\s+|cheap\s+|real\s+|pure\s+)?(?:illegal|illicit|street|recreational|hard|party|controlled|black[\s-]market|prescription|rec)\s+(?:drugs?|substances?|narcotics|pills|meds|stuff)\b",
    r"\b(?:buy|buying|purchas\w*|order\w*|acquir\w*|obtain\w*|procur\w*|scor(?:e|ing)|cop|find|get|getting)\s+(?:some\s+|any\s+)?(?:drugs|narcotics|pills)\s+(?:\w+\s+){0,2}(?:online|anonymously|discreetly|safely|without\s+getting\s+caught|near\s+me|in\s+(?:my|this|the)\s+(?:area|city|town)|tonight|delivered|by\s+post|through\s+the\s+(?:mail|post)|from\s+(?:a|the)\s+(?:dealer|street|internet|web))\b",
    r"\b(?:black[\s-]?markets?|dark\s*net|dark\s*web|darkweb|deep\s+web|tor|onion)\b.{0,60}\b(?:buy|buying|order\w*|purchas\w*|access\w*|find|get|shop\w*|vendors?|markets?|links?|sites?|use|using)\b",
    r"\b(?:buy|buying|order\w*|purchas\w*|find|get|shop\w*|access\w*)\b.{0,60}\b(?:black[\s-]?markets?|dark\s*net|dark\s*web|darkweb|deep\s+web|\.onion|onion\s+(?:sites?|links?))\b",
    r"\b(?:find|finding|meet|meeting|contact|contacting|approach\w*|reach|locate|spot|recogni[sz]e|identify|talk\s+to|befriend)\s+(?:a|an|the|my|some|local)?\s*(?:\w+\s+)?(?:dealers?|plugs?|suppliers?|connects?|pushers?|sellers?)\b",
    r"\b(?:where|how)\s+(?:\w+\s+){0,4}(?:dealers?|plugs?|suppliers?)\s+(?:\w+\s+){0,2}(?:hang\s+out|are|be|found|work|operate|sell)\b",
    r"\b(?:drugs?|pills|narcotics)\s+(?:\w+\s+){0,2}(?:for\s+sale|on\s+sale|delivery|delivered|by\s+post|by\s+mail|shipped|dealer\s+near)\b",
    r"\b(?:wo|woher)\s+(?:\w+\s+){0,4}(?:kauf\w*|bekomm\w*|krieg\w*|besorg\w*|bestell\w*)\b|\bwaar\s+(?:\w+\s+){0,4}(?:kopen|krijgen|halen|bestellen|scoren)\b|\bo[ùu]\s+(?:\w+\s+){0,4}(?:acheter|trouver|commander|avoir|choper|pécho)\b|\bd[óo]nde\s+(?:\w+\s+){0,4}(?:comprar|consigo|conseguir|pillar|encontrar|pedir)\b|\bonde\s+(?:\w+\s+){0,4}(?:comprar|compro|arranjar|conseguir|encontrar|pedir)\b",
    r"\bwhere\s+(?:to|can\s+i|do\s+i|could\s+i|should\s+i|would\s+i)\s+(?:get|find|buy|score|cop)\b",
    r"\bget\s+hold\s+of\s+(?:it|some|them|this|that)\s+(?:somewhere|anywhere)\b",
    r"\b(?:camellos?|traficantes?|vendedor\s+de\s+drogas|drogendealer|drugsdealer|dealer\s+de\s+drogue)\b",
)
SOURCING_HELP_ITEMS = caseless(
    r"\b(?:sharps\s+bins?|sharps|(?:na|aa|ca|smart)\s+meetings?|meetings?|support\s+groups?|naloxone|narcan|nyxoid|prenoxad|test(?:ing)?\s+(?:kit|strip)s?|tested|checked|test\s+(?:my|them|it|our)|fentanyl\s+strips?|reagent\w*|drug[\s-]*checking|pill\s+testing|"
    r"clean\s+needles|needles?|syringes?|needle\s+exchange|nsp|help(?!\s+me\b)|treatment|rehab|counsel\w*|support|advice|information|info|"
    r"methadone\s+(?:clinic|treatment)|buprenorphine\s+(?:treatment|clinic)|prescription|doctor|gp|therapist|test\s+results?|"
    r"condoms?|prep|pep|hiv\s+test\w*|report\w*|meld\w*|anzeig\w*|aangifte|signal(?:er|ez|[ée]|ement|ons)\w*|d[ée]non[cç]\w*|denunci\w*|den[úu]ncia|vaccin\w*|foils?|(?:clean|safer|free)\s+pipes?|pipes?\s+from\s+(?:a|the)\s+service|"
    # getting rid of medicines safely: "where do I take leftover oxycodone", "dispose of old pills"
    r"get\s+rid\s+of|dispos\w*|take[\s-]?back\s+(?:scheme|service|point)|drop[\s-]?off\s+(?:point|box|bin)|safer\s+(?:use|smoking|injecting)\s+(?:kit|supplies|equipment))\b",
)
EVASION = any_of(
    r"\b(?:pass|beat|cheat|fool|trick|get\s+(?:around|past|through)|fake|dodge|avoid\s+failing|clean\s+out\s+for)\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+)?(?:\w+\s+){0,2}(?:drug|urine|piss|pee|hair|follicle|saliva|swab|mouth|blood|breath|workplace|employment|probation|court|random|roadside)\s*(?:test|screen|check|swab)\w*",
    r"\b(?:detox|cleanse|masking|synthetic\s+urine|fake\s+(?:pee|urine)|clean\s+(?:pee|urine))\b.{0,40}\b(?:test|screen|pass)\b",
    # cutting to a recipe: "explain exactly how dealers cut cocaine, with ratios" (what it is cut with is a safety question)
    r"\bcut\w*\s+(?:\w+\s+){0,2}(?:coke|cocaine|heroin|gear|product|powder|meth|speed|ket|mdma|crack)\b.{0,60}\bratios?\b"
    r"|\bratios?\b.{0,40}\bcut(?:ting)?\s+(?:\w+\s+){0,2}(?:coke|cocaine|heroin|gear|product|powder|meth|speed|ket|mdma|crack)\b",
    r"\b(?:hide|hiding|conceal\w*|stash\w*|smuggl\w*|sneak\w*|carry\w*|bring\w*|gets?|getting)\s+(?:\w+\s+){0,4}(?:from|past|through|into|in|at)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,2}(?:police|cops?|security|customs|airport|border|festival\s+(?:gates?|entrance|security)|sniffer|dogs?|searches?|prison|jail|parents)\b",
    r"\b(?:sniffer|drug|k9|police)\s+dogs?\b.{0,40}\b(?:avoid|beat|fool|get\s+past|trick|smell|detect)\b|\b(?:avoid|beat|fool|get\s+past|trick)\b.{0,40}\b(?:sniffer|drug|k9|police)\s+dogs?\b",
    # a faked test result (writer AA)
    r"\bfake\s+(?:\w+\s+){0,2}(?:lab\s+(?:report|results?)|test\s+results?|drug\s+test|urine\s+test|negative\s+test|clean\s+test)\b",
    # keeping the police, a landlord, customs or a dog from finding it; post nobody scans (writer Z)
    r"\b(?:stop|keep|prevent)\s+(?:[\w']+\s+){0,4}(?:dogs?|k9|k-9|police|cops|security|landlord|neighbou?rs|customs)\s+(?:from\s+)?(?:finding|smelling|sniffing|detecting|noticing)\b",
    r"\bwithout\s+(?:the\s+|my\s+|our\s+)?(?:\w+\s+){0,3}(?:police|cops|landlord|neighbou?rs|security|customs)\s+(?:\w+\s+){0,2}(?:smelling|noticing|finding|knowing|catching|detecting)\b",
    r"\b(?:don'?t|do\s+not|doesn'?t|won'?t|never|not)\s+(?:scan|x-?ray|check|search|inspect|open)\w*\s+(?:\w+\s+){0,2}(?:parcels?|packages?|post|mail|letters?)\b",
    r"\b(?:won'?t|doesn'?t|don'?t|not|wouldn'?t)\s+look\s+suspicious\b.{0,60}\b(?:police|cops|read|phone|texts?)\b"
    r"|\b(?:message|text|order)\s+(?:\w+\s+){0,2}in\s+code(?:\s*words?)?\b",
    r"\b(?:smuggl\w*|body\s*pack\w*|plugging\s+(?:it|drugs)\s+(?:through|past)|swallow\w*\s+(?:bags|packets|balloons)\s+(?:to|through|past))\b",
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bisn't\s)(?<!\bisnt\s)(?<!\bnot\s)(?<!\bwas\s)(?<!\bwasn't\s)(?<!often\s)(?<!usually\s)(?<!commonly\s)(?<!typically\s)(?<!been\s)(?<!dealers\s)(?<!people\s)(?<!they\s)\b(?:cut|cutting|bulk\w*|stretch\w*)\s+(?:\w+\s+){0,2}(?:with|agent|to\s+make\s+more)\b|\bcutting\s+agents?\b(?!\s+(?:are|is|found|in))",
    r"\b(?:sell|selling|deal|dealing|push|pushing|flip|flipping|move|moving)\s+(?:\w+\s+){0,3}(?:without\s+getting\s+caught|for\s+profit|to\s+make\s+money|at\s+(?:a\s+)?(?!the\b)(?:\w+\s+)?festivals?|on\s+the\s+side|price\s+per|profit)\b|\bhow\s+(?:to|do\s+i|can\s+i)\s+(?:start\s+)?(?:sell|selling|deal|dealing)\b(?!\s+with)",
    r"\b(?:avoid|not\s+get|without\s+getting)\s+(?:\w+\s+){0,2}(?:caught|arrested|busted|detected)\b",
    r"\b(?:flush|clear|clean|get)\s+(?:\w+\s+){0,3}out\s+of\s+(?:my|your|the)\s+(?:system|body|urine|blood|hair)\b.{0,50}\btest|\btest\b.{0,50}\b(?:flush|clear|clean|get)\s+(?:\w+\s+){0,3}out\s+of\s+(?:my|your|the)\s+(?:system|body)\b",
    r"\b(?:fake|cover)\s+(?:story|excuse|reason)\b.{0,50}\b(?:police|cops?|customs|security|handler|border|dogs?|if\s+(?:they|i\s+get|i'?m)\s+(?:stop|search|caught))",
    r"\b(?:bulk|bulking|stretch|stretching)\s+(?:\w+\s+)?(?:out|up)\b|\bcharge\s+(?:per|for\s+a)\b|\bprice\s+per\s+(?:gram|g|pill|tab|point)\b|\bmake\s+a\s+profit\b",
)


# What makes a question about tests, police or selling an evasion request rather than a question about
# how things work: an aim to beat, hide, cut or sell. "Can police test at the roadside?" has none.
EVASION_INTENT = caseless(
    r"\b(?:pass\w*|(?<!heart\s)beat\w*|cheat\w*|fool\w*|trick\w*|get(?:ting)?\s+(?:around|past|through|away|rid)|fake\w*|dodg\w*|"
    r"avoid\w*|hid(?:e|ing)|conceal\w*|stash\w*|smuggl\w*|sneak\w*|mask\w*|detox\w*|flush\w*|cleans\w*|"
    r"clean\s+(?:out|system|pee|urine|piss)|clear\w*\s+(?:my|your|the)\s+system|out\s+of\s+(?:my|your)\s+system|"
    r"undetect\w*|(?:not|without)\s+(?:getting\s+|being\s+)?(?:caught|busted|arrested|detected|found)|"
    r"sell\w*|deal(?:s|ing|er)?|cut(?:s|ting)?|bulk\w*|stretch\w*|profit\w*|price\w*|plug\w*|body\s*pack\w*|"
    r"test\s+negative|come\s+(?:up|back)\s+(?:clean|negative)|show\s+up|synthetic\s+urine|someone\s+else'?s\s+(?:pee|urine)|"
    r"dilut\w*|tamper\w*|(?:won'?t|wouldn'?t|doesn'?t|don'?t|not|never)\s+(?:notice|find|detect|know|see|spot|tell)|"
    # "get pills through a festival search", "so the postal scanners miss it", "without it being sniffed out"
    r"get(?:ting)?\s+(?:\w+\s+){1,3}(?:past|through|into|in\s+to)\s+(?:a\s+|the\s+|my\s+)?(?:\w+\s+)?(?:search\w*|security|customs|border|prison|jail|airport|gates?|scanners?|dogs?|police|bouncers?)|"
    r"(?:without|so)\s+(?:it|they|them)\s+(?:being|getting|get|gets)\s+(?:sniffed|found|detected|spotted|seen|caught|picked\s+up)|sniffed\s+out|"
    r"so\s+(?:the\s+)?(?:\w+\s+)?(?:scanners?|dogs?|police|cops?|security|customs|guards?|nurse|lab|bouncers?)\s+(?:miss|misses|can'?t|won'?t|don'?t|doesn'?t)|"
    r"comes?\s+back\s+(?:clean|negative)|swap\w*\s+(?:my\s+)?(?:urine|pee|piss|sample)|so\s+they\s+can'?t\s+(?:search|use|find|charge)|"
    r"(?:won'?t|doesn'?t|don'?t|not)\s+(?:get\s+)?(?:found|noticed|searched|search|flagged|opened|checked|picked\s+up)|"
    r"(?:stop|keep)\s+(?:\w+\s+){0,2}(?:from\s+)?(?:finding\s+out|knowing)|"
    # the same aims in German, Dutch, French, Spanish and Portuguese
    r"bestehe\w*|besteht|bestanden|"
    # what is added to a urine sample to fool the test
    r"(?:test|urine|sample)\s+adulterants?|adulterants?\s+(?:for|to\s+beat)\s+(?:\w+\s+){0,2}(?:tests?|urine)|"
    r"austrick\w*|t[äa]usch\w*|versteck\w*|schmuggel\w*|schmuggl\w*|strecken|streckt|sauber\s+(?:bekomm|krieg)\w*|"
    r"ohne\s+erwischt|vorbei(?:bring|schmuggel)?\w*|verkauf\w*|negativ|"
    r"slagen|kom\s+ik\s+door|doorkom\w*|verstop\w*|smokkel\w*|versnij\w*|verkop\w*|negatief|misleid\w*|zonder\s+(?:dat|betrapt)|niks\s+ruiken|"
    r"tromper|r[ée]ussir|d[ée]jouer|fausser|cach(?:er|e)|planquer|dissimul\w*|couper|vendre|n[ée]gati(?:f|ve)|sans\s+(?:me|se)\s+faire|"
    r"enga[ñn]\w*|escond\w*|ocultar|contraband\w*|cortar|se\s+corta|vender|venderla|negativ[oa]|sin\s+que|burlar|pasar\s+(?:un|el)\s+test|"
    r"enganar|batiz\w*|contrabande\w*|sem\s+(?:ser|que)|passar\s+(?:num|no|o)\s+teste)\b",
)


# Making or cutting a product to sell, watched chemicals and their stand-ins, a pill press: drug words or not, these
# are about making drugs ("make it purer so I can charge more", "couper la came pour en avoir plus à vendre").
MAKING_TO_SELL = any_of(
    r"\bchemicals?\b.{0,50}\b(?:watched|monitored|tracked|flagged|keep\s+an\s+eye\s+on|watch|track|monitor)\b.{0,60}\balternatives?\b",
    r"\b(?:make|get)\s+(?:it|the\s+product|my\s+stuff)\s+purer\b.{0,40}\b(?:charge|sell)\b",
    r"\b(?:purer|cut\w*|stretch\w*|bulk\w*)\b.{0,40}\bso\s+i\s+can\s+(?:charge|sell\s+it\s+for)\s+more\b",
    r"\bpillenpers\w*|\bpillenpresse\b|\bpresse\s+[àa]\s+pilules\b|\bprensa\s+de\s+(?:pastillas|comprimidos)\b",
    r"\bcouper\s+(?:la|le|de\s+la)\s+(?:came|coke|c[ée]ss?|drogue|poudre)\b|\bpour\s+en\s+avoir\s+plus\s+[àa]\s+vendre\b",
    r"\bbatizar\s+o\s+p[óo]\b|\brender\s+mais\s+na\s+venda\b",
)


# Buying, selling, smuggling and making with no drug named, checked with or without drug words like `MAKING_TO_SELL`
# (writer X): "my dealer got arrested, how do i find a new one", "a fair price to sell a half at", "a front business to
# run cash through if you're moving product", "which state is best to cook in with the least police attention".
DEALING_UNNAMED = {
    "sourcing": any_of(
        r"\b(?:dealer|plug|connect|supplier|guy)s?\b.{0,60}\b(?:arrested|busted|nicked|locked\s+up|gone|disappeared|stopped|quit|"
        r"moved|dry|retired|in\s+jail|inside|ghosted)\b.{0,60}\b(?:find|get|locate)\s+(?:a\s+)?(?:new|another|different)\s+"
        r"(?:one|1|dealer|plug|connect|guy|supplier)\b",
        r"\b(?:vendors?|sellers?|plugs?)\b.{0,60}\b(?:legit|trust\w*|reliable|scam\w*)\b.{0,40}\b(?:before\s+i|send|pay|money|order)\b",
        r"\b(?:mail[\s-]?order|order|ship|post|import)\w*\s+(?:\w+\s+){0,3}(?:that'?s|that\s+is|which\s+is|thats)\s+(?:illegal|banned|controlled)\s+"
        r"(?:here|in\s+(?:my|this|our))\b",
        r"\bprice\s+(?:\w+\s+){0,3}(?:to\s+)?sell\s+(?:a|an|the)\s+(?:half|quarter|q|eighth|ounce|oz|zip|gram|g|bag|point|ball|teenth)\b",
        r"\bflip\s+what\s+i\s+(?:got|have|bought|picked\s+up)\b|\bshift\s+the\s+(?:extra|rest|surplus|excess)\b",
        r"\b(?:profit|money)\s+(?:\w+\s+){0,2}sell\w*\s+(?:\w+\s+){0,2}(?:at|to)\s+(?:house\s+)?(?:parties|festivals|raves|clubs|school|uni|college|students)\b",
        r"\bsell\w*\s+(?:\w+\s+){0,3}without\s+(?:getting\s+)?(?:caught|busted|arrested|nicked)\b",
        # laundering money from dealing
        r"^(?=.*\b(?:launder\w*|witwass\w*|blanchi\w*|lavar\s+(?:o\s+|el\s+)?(?:dinheiro|dinero)|lavagem|front\s+business|run\s+(?:\w+\s+)?(?:cash|money)\s+through)\b)"
        r"(?=.*\b(?:deal\w*|product|sell\w*|corre|tr[áa]fico|trafic|plug|hustl\w*|drug\w*|without|sem\s+(?:a|o)|sin\s+que|zonder|ohne|sans)\b)",
        r"\b(?:take|taking|get|getting|sneak|sneaking|steal|stealing|nick|pinch|swipe|divert)\s+(?:\w+\s+){0,3}(?:from|out\s+of)\s+(?:the\s+|my\s+|a\s+)?(?:\w+\s+){0,2}"
        r"(?:clinic|hospital|pharmacy|ward|work|surgery|practice|cabinet|stock|dispensary)\b.{0,80}\b(?:without|noticing|missing|caught|notice|count)\b",
        # starting to deal, or dealing through an app: "how much to buy to start selling to my mates", "move weight",
        # "slang names to sell pills on snap"
        r"\b(?:start|begin|get\s+into)\s+(?:selling|dealing|shotting|slinging|pushing)\s+(?:to\s+(?:my\s+)?(?:mates|friends|people|students|"
        r"classmates|coworkers|the\s+lads)|at\s+(?:parties|festivals|raves|clubs|school|uni|college|work))\b|\bmov(?:e|es|ing)\s+weight\b",
        r"\bsell\w*\s+(?:pills|gear|product|party\s+favou?rs|bags|baggies|stuff|the\s+good\s+stuff)\s+(?:on|via|through|over)\s+"
        r"(?:snap\w*|insta\w*|telegram|whats\s*app|wickr|signal|discord|tiktok|the\s+app)\b",
        r"\bonline\b.{0,40}\bwithout\s+(?:a\s+)?(?:prescription|script|rx)\b|\bwithout\s+(?:a\s+)?(?:prescription|script|rx)\b.{0,40}\bonline\b|"
        r"\b(?:no|without)\s+(?:a\s+)?(?:prescription|script|rx)\s+(?:needed|required)\b",
        r"\bkeep\s+(?:them|him|her|customers|my\s+customers)\s+(?:buying|coming\s+back)\b|\b(?:they|customers)\s+keep\s+(?:buying|coming\s+back)\b|\bbusiness\s+plan\b.{0,40}\bsell\w*\b",
        # selling on a dating app: "a grindr bio that lets guys know i can sort them out with tina" (writer Z)
        r"\bsort\s+(?:them|you|u|people|guys|anyone|lads|ppl)\s+out\s+with\s+(?:some\s+|a\s+bit\s+of\s+)?(?:tina|t|ice|crystal|coke|charlie|gear|"
        r"pills|beans|molly|mdma|ket|weed|bud|g|gina|meow|party\s+favou?rs|the\s+good\s+stuff|product|stuff)\b",
        r"\b(?:grindr|tinder|dating|hinge|bumble|snap(?:chat)?|insta(?:gram)?)\s+(?:bio|profile|story|post|caption|ad)\b.{0,80}"
        r"\b(?:sell\w*|sort\s+\w+\s+out|supply|supplying|hook\s+\w+\s+up)\b",
        # Writers AC and AD (sixteenth session). Darknet post: "how does stealth shipping work", "a drop address";
        # vendors that ship to a country; a menu for customers in code.
        r"\bstealth\s+(?:ship\w*|pack\w*|post\w*|mail\w*)\b|\bdrop\s+(?:address|addy)\b|\b(?:which|what|any)\s+(?:good\s+|reliable\s+|legit\s+|trusted\s+)?"
        r"(?:labs?|vendors?|sellers?)\s+(?:\w+\s+){0,3}ship\w*\s+to\b",
        r"\bemojis?\s+as\s+(?:a\s+)?code\b|\b(?:my|our)\s+(?:customers|clients|buyers|regulars)\b.{0,60}\b(?:menu|price\s*list|restock)\b",
        # medicines taken from work unnoticed: "my mate works in a pharmacy and could take some stuff home ... without the stock
        # checks noticing", "order stuff through the hospital supplier for personal use without it showing up on the ward audit"
        r"^(?=.*\b(?:pharmacy|pharmacies|hospital|ward|clinic|surgery|dispensary|supplier|drug\s+cupboard|stock\s*room|care\s+home)\b)"
        r"(?=.*\b(?:take|taking|order|ordering|get|getting|sneak|steal|pocket|skim|divert|nick|pinch|walk\s+out\s+with)\w*\s+(?:\w+\s+){0,3}"
        r"(?:stuff|meds|pills|drugs|some|home|out|for\s+(?:personal|my\s+own)\s+use)\b)"
        r"(?=.*\bwithout\s+(?:\w+\s+){0,3}(?:stock\s*(?:checks?|takes?|counts?)|audits?|counts?|notic\w*|showing\s+up|being\s+missed|going\s+missing|"
        r"anyone\s+(?:knowing|finding\s+out)))",
        # a prescription got to sell on, symptoms faked, or more than the doctor gives
        r"\bprescri\w*\b.{0,60}\bsell\s+(?:it\s+|them\s+)?on\b|\b(?:fake|faking|pretend\w*|exaggerat\w*|lie\s+about|make\s+up)\s+"
        r"(?:\w+\s+){0,2}symptoms\b.{0,60}\b(?:prescri\w*|script|get)\b|\bget\s+more\s+(?:pills|meds|tablets|of\s+(?:it|them))\s+than\s+"
        r"(?:my\s+|the\s+)?(?:doctor|gp|prescri\w*|script)\b",
        # whether a seller is police: "how do i check if my new guy is a narc", "tell if a dealer is an undercover cop"
        r"\b(?:tell|check|know|spot|find\s+out|suss\s+out|work\s+out|sure)\s+(?:if|whether|that)\s+(?:my\s+|a\s+|the\s+|this\s+|that\s+|our\s+|your\s+|ur\s+)?"
        r"(?:new\s+)?(?:dealer|guy|plug|connect|seller|vendor|supplier|man)\b.{0,20}\b(?:narc|undercover|cop|fed|police|informant|grass|snitch)\w*",
    ),
    "evasion": any_of(
        r"\bunbemerkt\b.{0,60}\b(?:grenze|zoll|flughafen)\b|\b(?:über|ueber)\s+die\s+grenze\b.{0,40}\b(?:bring\w*|schmuggel\w*)\b",
        r"\b(?:get|sneak|smuggle|bring|take|pass)\s+(?:\w+\s+){0,2}(?:product|stuff|gear|drugs|contraband)\s+(?:\w+\s+){0,3}(?:into|in\s+to|past)\s+(?:a\s+|the\s+)?"
        r"(?:prison|jail|gaol|visiting\s+room|cell)\b",
        r"\b(?:planqu\w*|cach(?:e|er)|hide|hiding|stash\w*|versteck\w*|escond\w*|verstop\w*)\b.{0,50}\b(?:voiture|car|auto|coche|carro|wagen|truck|camion)\b"
        r".{0,50}\b(?:fronti[èe]re|border|grenze|grens|frontera|fronteira|customs|douane|zoll)\b",
        r"\b(?:drugs?test|urinetest|urintests?|urinprobe|haartest|drogentest|test\s+antidrogue|d[ée]pistage|prueba\s+de\s+drogas|(?:teste|exame)\s+(?:de\s+)?(?:drogas|toxicol[óo]gico))\b"
        r".{0,40}\b(?:omzeil\w*|umgeh\w*|contourn\w*|burlar|enganar|esquivar|austrick\w*|bestehe\w*|besteht|bestaan|doorkom\w*|passer|r[ée]ussir|pasar|passar)\b|"
        r"\b(?:omzeil\w*|umgeh\w*|contourn\w*|burlar|enganar|esquivar|austrick\w*|bestehe\w*|besteht|bestaan|doorkom\w*|passer|r[ée]ussir|pasar|passar)\b"
        r".{0,40}\b(?:drugs?test|urinetest|urintests?|urinprobe|haartest|drogentest|d[ée]pistage|prueba\s+de\s+drogas)\b",
        # what is added to a urine sample to fool the test: "which drug test adulterants actually work"
        r"\b(?:drug\s*test|urine|sample|piss\s+test|pee\s+test)\s+adulterants?\b",
        # a parcel past customs, scanners or dogs: "how do vendors pack it so dogs and scanners dont pick it up", "seeds
        # shipped to the uk without them being taken at customs", "mandar uma encomenda pela fronteira sem a alfândega pegar"
        r"\b(?:ship\w*|send\w*|post(?:ed|ing)?|mail\w*|pack\w*|parcels?|packages?|encomendas?|mandar|pakete?|colis|paquetes?|envoyer|enviar)\b"
        r".{0,80}\b(?:without|so|past|through|sem|sin|sans|ohne|zonder)\b.{0,40}\b(?:customs|scanners?|sniffer\s+dogs?|dogs?|x[\s-]?rays?|"
        r"alf[âa]ndega|zoll|douane|aduana|border\s+force)\b(?!\s+(?:fees?|charges?|dut(?:y|ies)|tax\w*|forms?|declarations?|paperwork|delays?))",
        # getting things into a prison: "my brother's inside. how do people get stuff in to them", "drone drops into prisons"
        r"^(?=.*\b(?:inside|prisons?|jails?|gaol|nick|locked\s+up|behind\s+bars)\b)(?=.*\b(?:get|sneak|smuggl|bring|pass|send)\w*\s+"
        r"(?:\w+\s+){0,2}(?:stuff|gear|drugs|contraband|spice|product)\s+(?:in|into|in\s+to|through)\b)",
        r"\bhow\s+(?:do|does|would|can)\s+(?:\w+\s+){0,3}drone\s+drops?\b|\bdrone\s+drops?\b.{0,80}\b(?:carry|window|cell|spot|deliver)\w*",
    ),
    "manufacture": any_of(
        # a grow or a lab hidden from the landlord, the neighbours or the electricity company (writers AC, AD)
        r"^(?!.*\b(?:tomato\w*|veg\w*|herbs?|basil|chill?i\w*|peppers?|lettuce|strawberr\w*|microgreens|orchids?|compost|flowers?|mushrooms?)\b)"
        r"(?=.*(?:\b(?:grow\w*|grow\s*(?:tent|room|op|box)|labs?)\b.{0,100}\b(?:hide|hiding|mask\w*|cover\w*|get\w*\s+rid\s+of|stop|without|control)\b"
        r"|\b(?:hide|hiding|mask\w*|cover\w*|get\w*\s+rid\s+of|stop|control)\s+(?:\w+\s+){0,4}(?:grow|lab)\b))"
        r"(?=.*\b(?:smell\w*|odou?rs?|stink|electric\w*\s+(?:company|bill|usage|meter|board)|usage\s+spikes?|power\s+(?:company|bill|usage)|"
        r"heat\s+signature|thermal|landlord)\b)",
        r"\b(?:anbau\w*|anzubauen|bau\w*\s+(?:man|ich|wir)\s+(?:\w+\s+){0,3}an|cultiver|cultivar|kweken|telen)\b.{0,100}\b(?:riecht|geruch|riechen|vermieter|"
        r"stromverbrauch|odeur|propri[ée]taire|olor|casero|cheiro|senhorio|geur|huisbaas)\b",
        r"\bgrow\w*\b.{0,80}\bnot\s+(?:for\s+)?tomato(?:e?s)?\b",
        r"^(?=.*\bprecursors?\b(?!\s+(?:cells?|proteins?|hormones?|molecules?)))(?=.*\b(?:buy|order|get|suppliers?|source|legally|purchase)\b)",
        r"\b(?:best|safest|where|which)\b.{0,40}\bto\s+cook\b.{0,40}\b(?:police|cops|heat|attention|law\s+enforcement|dea|feds)\b",
    ),
    "minors": any_of(
        r"\b(?:set\s+up|start|run|recruit\w*)\s+(?:a\s+|my\s+own\s+|our\s+)?county\s+lines?\b|\bcounty\s+lines?\b.{0,30}\b(?:set\s+up|start)\b",
        r"\b(?:recruit|use|using)\s+(?:\w+\s+){0,2}(?:teenagers?|kids|children|minors|youngsters|school\s*kids)\s+(?:as|to)\s+(?:runners?|sell|deal|carry|move)\b",
    ),
}


# A dose asked for in so many words, as an order or a field to fill in: "give me dose amounts for mdma, ket and coke",
# "recommend me an edible dose", {"dose_ug": ?}. It is a dosing request even when the message names a combination.
EXPLICIT_DOSE_REQUEST = caseless(
    r"\b(?:give|tell|list|recommend|suggest|output|show|provide|write|send|generate|print|fill\s+in)\s+(?:me\s+|us\s+)?"
    r"(?:\w+\s+){0,3}(?:doses|dosages|dosing|dose)\b(?!\s+(?:of\s+naloxone|errors?|mistakes?|of\s+radiation))"
    r"|\bdos(?:e|age)_\w+|\b(?:dose|dosage|dosing)\s+(?:amounts?|tables?|charts?|guides?|ranges?|sizes?)\b"
    r"|\bre[\s-]?dos(?:e|ing)\s+(?:guides?|plans?|schedules?|charts?|timetables?|tables?|strateg\w*|rota)\b"
)


def dealing_unnamed(folded: str) -> str | None:
    """The refusal for buying, selling, smuggling or making told in words that name no drug, or None."""
    reporting = bool(REPORTING_A_SELLER.search(folded))
    return next(
        (reason for reason, pattern in DEALING_UNNAMED.items()
         if pattern.search(folded) and not (reporting and reason == "sourcing")),
        None,
    )


def making_or_evading(folded: str) -> str | None:
    """`manufacture` or `evasion`: checked before dosing, so "convert GBL to GHB" is named for what it is."""
    if MANUFACTURE.search(folded):
        return "manufacture"
    if EVASION.search(folded):
        return "evasion"
    return None


WITHOUT_PRESCRIPTION = any_of(
    r"\bwithout\s+(?:a\s+)?(?:prescription|script|doctor)\b",
    r"\b(?:zonder\s+(?:een\s+)?recept|sin\s+receta|sans\s+ordonnance|ohne\s+rezept|sem\s+receita)\b",
    r"\bwithout\s+(?:seeing|going\s+(?:back\s+)?to|asking|visiting|talking\s+to)\s+(?:a|my|the|any)\s+(?:doctor|gp|psychiatrist)\b",
    # asking a doctor, unless it is asked the proper way ("how do i get my doctor to prescribe adhd meds legitimately")
    r"^(?!.*\b(?:legitimately|legally|properly|the\s+right\s+way|honestly|above\s+board|assessment|referral|diagnos\w*)\b)"
    r".*\b(?:get|make|convince|trick|ask|persuade)\s+(?:\w+\s+){0,2}(?:doctor|gp|psychiatrist)\b.{0,40}\bprescrib\w*",
    r"\bwhat\s+(?:to|should\s+i)\s+(?:say|tell)\b.{0,30}\b(?:doctor|gp)\b.{0,40}\b(?:get|prescrib\w*)\b",
)


# Naloxone and test strips are handed out without a prescription: asking so is asking for help.
HELP_WITHOUT_PRESCRIPTION = caseless(r"\b(?:naloxone|narcan|nyxoid|test(?:ing)?\s+(?:kits?|strips?)|fentanyl\s+strips?|sharps)\b")
# One's own medicines collected on holiday or between prescriptions; not ordered online, where fakes are sold.
OWN_MEDICINES = caseless(
    r"\b(?:my|mijn|mes|mis|meine|meus|minhas)\s+(?:own\s+|usual\s+|eigen\s+)?(?:meds|medicines?|medications?|medicijnen|m[ée]dicaments|"
    r"medicamentos|medikamente|rem[ée]dios)\b"
)
ORDERING = caseless(r"\b(?:order\w*|buy\w*|purchas\w*|online|ship\w*|websites?|sites?|posted|deliver\w*|bestel\w*|kopen|bestell\w*|commander)\b")


# Where something already bought came from ("got them from a plug"), said while asking how to check it: the question
# is about what is in hand, not where to buy. Any other sourcing words in the message still count.
FROM_A_SELLER = caseless(
    r"\b(?:from|off|by|at)\s+(?:a|an|the|my|our|his|her|their|this|that|some|new|local|usual)?\s*(?:\w+\s+)?"
    r"(?:dealers?|plugs?|vendors?|sellers?|connects?|darknet|dark\s*web|darkweb)\b"
)
CHECKING_WHAT_IS_IN_HAND = caseless(
    r"\b(?:test\w*|check\w*|know\s+(?:if|whether|what)|tell\s+(?:if|whether|what)|pressed|laced|cut\s+with|real|fake|"
    r"legit|safe|what'?s\s+in)\b"
)


# Asking for where to go after a conversation about buying: "just give me the link then", "recommend one that ships
# to the UK". Alone these ask nothing; after "what are darknet markets" they ask for a seller.
_SOURCING_FOLLOW_UP = caseless(
    r"\b(?:(?:the|a)\s+links?|links?\s+(?:pls|please|then)|urls?|(?:the|a)\s+(?:site|website|address)|recommend\s+(?:one|a|some|any)|"
    r"ships?\s+to|deliver\w*\s+to|post\w*\s+to|(?:his|her|their|the)\s+(?:number|contact|details))\b"
)


def sourcing_follow_up(folded: str) -> bool:
    """A follow-up that asks for a link, a site or a contact: a sourcing request if the earlier turns were about buying."""
    return bool(_SOURCING_FOLLOW_UP.search(folded)) and not SOURCING_HELP_ITEMS.search(folded)


# Asking what a word means: "what does 'plug' mean in slang? my 14 year old keeps saying it"
MEANING_QUESTION = caseless(r"\bwhat\s+(?:does|do|is)\b.{0,30}\bmean\b|\bmeaning\s+of\b|\b(?:in|as)\s+slang\b|\bslang\s+(?:for|word|term)\b")
# ...unless it also asks where to find or how to buy ("what does 'tap in' mean on a dealer's story and how do i order")
_ALSO_BUYING = caseless(r"\b(?:find|where|get|buy|contact|order|cop|score|purchase)\b")


# Telling the authorities about a seller is not buying from one: "how do i report a website selling meds without a
# prescription", "who do i tip off about a dealer on my street".
REPORTING_A_SELLER = caseless(
    r"\b(?:report\w*|tip\s+off|tip-off|flag)\s+(?:\w+\s+){0,2}(?:websites?|sites?|sellers?|dealers?|shops?|pages?|accounts?|"
    r"listings?|pharmac(?:y|ies)|vendors?|someone\s+(?:selling|dealing))\b"
)


def asks_where_to_buy(folded: str) -> bool:
    """Buying or finding drugs; asking where to get naloxone, test kits or help is not."""
    if REPORTING_A_SELLER.search(folded):
        return False
    if MEANING_QUESTION.search(folded) and not _ALSO_BUYING.search(folded):
        return False
    if WITHOUT_PRESCRIPTION.search(folded) and not HELP_WITHOUT_PRESCRIPTION.search(folded) and not (
        OWN_MEDICINES.search(folded) and not ORDERING.search(folded)
    ):
        return True
    if CHECKING_WHAT_IS_IN_HAND.search(folded):
        folded = FROM_A_SELLER.sub(" ", folded)
    return bool(SOURCING.search(folded)) and not SOURCING_HELP_ITEMS.search(folded)
