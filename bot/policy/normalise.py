"""Fold text into forms the policy can read, however it was disguised.

The folded forms are for detection only; replies never show them.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata
from functools import lru_cache

ZERO_WIDTH = re.compile("[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# Cyrillic and Greek letters that look like Latin ones ("dоse" with a Cyrillic о).
CONFUSABLES = str.maketrans(
    "аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅαβεικνορτυχΑΒΕΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdqwABEKMHOPCTXIJSabeiknoptuxABEHIKMNOPTYX",
)
# Cyrillic written phonetically ("мдма"): a second reading, since it conflicts with look-alikes (р is p or r).
TRANSLITERATION = str.maketrans(
    "абвгдеёзийклмнопрстуфхцыэ", "abvgdeeziiklmnoprstufhcye"
)
# The letters with no one-letter reading: "не дышит" reads "ne dyshit", "хочу умереть" "hochu umeret".
TRANSLITERATION.update(str.maketrans({"ж": "zh", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "", "ю": "yu", "я": "ya"}))
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
SPACED_LETTERS = re.compile(r"\b(?:[^\W\d_][ ._*\-]){2,}[^\W\d_]\b(?:\.(?=\s|$))?", re.IGNORECASE)
REPEATS = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)
BASE64_TOKEN = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")


def _printable(text: str) -> str:
    """Drop control characters and lone surrogates (from binary input): they break tokenizers."""
    if text.isprintable():  # the common case, checked in C: none of those categories is present
        return text
    return "".join(
        ch if unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn") or ch in "\t\n\r" else " " for ch in text
    )


@lru_cache(maxsize=256)  # one message is read several times by the policy: each reading asks for this form
def _unfolded(text: str) -> str:
    """NFKC, printable, no zero-width characters; spacing kept as typed."""
    return ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", _printable(text)))


def clean(text: str) -> str:
    """Unicode NFKC, control and zero-width characters removed, look-alike letters mapped, spaces folded."""
    return " ".join(_unfolded(text).translate(CONFUSABLES).split())


def _join_spaced(match: re.Match[str]) -> str:
    # "d.a.r.k.n.e.t m.a.r.k.e.t": with dots (or stars, dashes) between letters, a space is a word break.
    run = match.group(0)
    if " " in run and re.search(r"[._*\-]", run):
        return re.sub(r"[._*\-]", "", run)
    return re.sub(r"[ ._*\-]", "", run)


# A number with its unit or an age, not leetspeak: "13-year-old", "15yo", "3am", "2nd", "20mins".
NUMBER_WITH_UNIT = re.compile(
    r"[\d.,/]+-?(?:mg|g|ml|mcg|ug|µg|kg|x|s|lbs?|st|nd|rd|th|am|pm|yo|y/o|yrs?|years?|h|hrs?|hours?|mins?|minutes?|"
    r"days?|weeks?|months?)?(?:-(?:year|month|week|day)s?-olds?)?[?.!,]*",
    re.IGNORECASE,
)
# "any1", "some1": the digit is the word "one"
ONE_WORDS = re.compile(r"(any|some|every|no)1\b", re.IGNORECASE)


# A chemical's name ("4-FA", "3-MMC", "5-MeO-DMT", "25I-NBOMe"): its digits are part of the name, not leetspeak.
CHEMICAL_NAME = re.compile(r"\(?\d{1,2}[a-z]?-[a-z]+(?:-[a-z]+)*[?.!,)]*", re.IGNORECASE)


def _unleet_word(word: str) -> str:
    # Only words that mix letters and digits are leetspeak ("d0se"); "2024", "5" and "10mg" stay as written.
    if re.search(r"[a-z]", word, re.IGNORECASE) and re.search(r"[0-9@$]", word):
        if not NUMBER_WITH_UNIT.fullmatch(word) and not CHEMICAL_NAME.fullmatch(word):
            return ONE_WORDS.sub(r"\1one", word).translate(LEET)
    return word


# Misspellings of the words a harmful request turns on, read as the word meant ("how do i posion a teachr", writer AD).
# Only misspellings that are no other word: "prison" is one letter from "poison" and must stay itself.
MISSPELLINGS = {
    "posion": "poison", "poisen": "poison", "pioson": "poison", "poisin": "poison", "posoin": "poison", "poisn": "poison",
    "posioning": "poisoning", "poisining": "poisoning", "posion's": "poison's",
    "spikeing": "spiking", "spicking": "spiking", "rufies": "roofies", "ruffies": "roofies", "roofys": "roofies",
    "sedatve": "sedative", "sedetive": "sedative",
}
_MISSPELLED = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, MISSPELLINGS), key=len, reverse=True)) + r")\b")


def _fold_one(text: str) -> str:
    # Letters spaced out one by one ("h o w  m u c h"): join within words, keep double spaces as word gaps.
    chunks = [SPACED_LETTERS.sub(_join_spaced, chunk) for chunk in re.split(r"\s{2,}", text)]
    text = " ".join(" ".join(chunks).split())
    text = " ".join(_unleet_word(w) for w in text.split())
    folded = REPEATS.sub(r"\1\1", text).casefold()  # casefold: "HEISS" and "heiß" read the same
    return _MISSPELLED.sub(lambda m: MISSPELLINGS[m.group(0)], folded)


def fold(text: str) -> str:
    """The main detection form: `clean`, then spaced letters, leetspeak and repeats folded, lower-cased."""
    return _fold_one(_unfolded(text).translate(CONFUSABLES))


def _decoded_base64(text: str) -> list[str]:
    out = []
    for token in BASE64_TOKEN.findall(text):
        try:
            decoded = base64.b64decode(token + "=" * (-len(token) % 4), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
        if decoded.isprintable() and sum(c.isalpha() or c == " " for c in decoded) > 0.8 * len(decoded):
            out.append(decoded)
    return out


@lru_cache(maxsize=256)  # the screen and the decision read the same message
def readings(text: str) -> tuple[str, ...]:
    """Every form worth checking: the folded text, a phonetic reading of Cyrillic, rot13, decoded base64."""
    raw = _unfolded(text)
    forms = [fold(text)]
    if re.search("[а-яА-Я]", raw):
        forms.append(_fold_one(raw.lower().translate(TRANSLITERATION)))
    if re.search(r"rot\s*-?13|\bubj\b|\bzhpu\b|\bgnxr\b|\bqbfr\b", raw, re.IGNORECASE):
        forms.append(_fold_one(codecs.decode(raw, "rot13")))
    forms += [_fold_one(decoded) for decoded in _decoded_base64(raw)]
    return tuple(forms)


# -- the canonical message ------------------------------------------------------------------------
# The policy decides on one canonical form of a message, so its decision never turns on how the request
# was dressed: case, spacing, quotes, trailing punctuation, "please" and "can you", or an imperative
# opening ("Explain…", "Write…", "Provide…"). Meaning-bearing words stay ("instructions for", "a guide to").

QUOTE_CHARS = re.compile("[\"“”„‟«»‹›`´]")
LONE_APOSTROPHE = re.compile(r"(?<![a-zA-Z0-9])'|'(?![a-zA-Z0-9])")
EDGE_PUNCTUATION = re.compile(r"^[\s.,;:!?¡¿…~*\-–—()\[\]]+|[\s.,;:!?¡¿…~*\-–—()\[\]]+$")
_POLITE = r"(?:please|pls|plz|plez|kindly|pretty\s+please)"
_ADDRESS = r"(?:hi|hey|hello|hiya|yo|dear\s+\w+|bot|hrbot|assistant|chatbot|ai)"
_MODAL = (
    r"(?:(?:can|could|would|will|wont|won't)\s+(?:you|u|ya)(?:\s+(?:please|pls|kindly|possibly|maybe|just))?"
    r"|i\s+(?:want|need|would\s+like|'d\s+like|d\s+like)\s+you\s+to|i'd\s+like\s+you\s+to|would\s+you\s+mind"
    r"|(?:i\s+)?(?:was|am|'m)\s+wondering\s+(?:if\s+you\s+could\s+)?)"
)
# Verbs that frame a request without adding to it; those that need an object ("tell me", "give us") say so.
IMPERATIVES = (
    r"(?:explain|describe|provide|(?:write|list|type|map|jot)\s+(?:out|up|down)|write|list|outline|detail|generate|create|compose|draft|summari[sz]e|"
    r"break\s+down|lay\s+out|spell\s+out|clarify|elaborate\s+on|"
    r"(?:tell|give|show|teach|inform|enlighten)(?=\s+(?:to\s+|for\s+)?(?:me|us)\b)|walk\s+(?:me|us)\s+through|let\s+me\s+know)"
)
_GENERIC_ASK = (
    r"(?:(?:(?:a|an|the|some)\s+)(?:(?:short|brief|quick|detailed|full|clear|simple|complete|honest|thorough)\s+)*"
    r"(?:answer|response|reply|explanation|overview|summary|rundown)|(?:(?:some|the|more)\s+)?(?:information|info|details))"
    r"(?:\s+(?:to|on|about|of|for|regarding)\b)?"
)
# A bare "me" follows only the verbs that need it ("tell me"); "Explain me metí…" is Spanish, not a wrapper.
_OBJECT_VERB_END = r"(?:(?<=tell)|(?<=give)|(?<=show)|(?<=teach)|(?<=inform)|(?<=enlighten))"
_IMPERATIVE_HEAD = re.compile(
    rf"^{IMPERATIVES}\b(?:\s+(?:to|for)\s+(?:me|us)\b|{_OBJECT_VERB_END}\s+(?:me|us)\b)?(?:\s+with)?(?:\s+{_GENERIC_ASK})?\s*:?\s*",
    re.IGNORECASE,
)
_POLITE_HEAD = re.compile(rf"^(?:{_ADDRESS}\b[\s,!.]*|{_POLITE}\b[\s,]*|(?:do|does)\s+(?:you|u)\s+know\b\s*)", re.IGNORECASE)
# "Can you overdose on weed?" keeps its "can you": only a modal before an imperative verb is a wrapper.
_MODAL_HEAD = re.compile(rf"^{_MODAL}\b\s*", re.IGNORECASE)
_IMPERATIVE_NEXT = re.compile(rf"^{IMPERATIVES}\b", re.IGNORECASE)
WRAPPER_TAIL = re.compile(
    rf"(?:[\s,]+(?:{_POLITE}|thanks?|thank\s+you(?:\s+so\s+much)?|thx|ty|cheers|thanks\s+in\s+advance)|\s*:\)|\s*:-\))$",
    re.IGNORECASE,
)


def _without_head(text: str) -> str:
    """The text without one leading wrapper: a greeting or "please", a modal before an imperative, or an imperative."""
    if m := _POLITE_HEAD.match(text):
        return text[m.end():]
    if (m := _MODAL_HEAD.match(text)) and _IMPERATIVE_NEXT.match(text[m.end():]):
        return text[m.end():]
    if m := _IMPERATIVE_HEAD.match(text):
        return text[m.end():]
    return text


def _joined_letter_runs(text: str) -> str:
    """Letters spaced out one by one, joined into words: the widest gaps in a run mark the word breaks.

    Relative gaps, not absolute ones, so "h o w  m u c h" and "h  o  w    m  u  c  h" read the same.
    """
    tokens = re.split(r"(\s+)", text)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        j = i
        while j + 2 < len(tokens) and len(tokens[j]) == 1 and tokens[j].isalpha() and len(tokens[j + 2]) == 1 and tokens[j + 2].isalpha():
            j += 2
        if j - i >= 4 and len(tokens[i]) == 1:  # three letters or more
            gaps = [len(tokens[k]) for k in range(i + 1, j, 2)]
            narrow = min(gaps)
            word = tokens[i]
            for k in range(i + 1, j, 2):
                word += " " if len(tokens[k]) > narrow else ""
                word += tokens[k + 1]
            out.append(word)
            i = j + 1
        else:
            out.append(tokens[i])
            i += 1
    return "".join(out)


def _unwrapped(text: str) -> str:
    for _ in range(8):  # wrappers nest ("hey, could you please explain to me: …"); each pass removes one
        before = text
        text = EDGE_PUNCTUATION.sub("", text)
        text = WRAPPER_TAIL.sub("", text)
        stripped = _without_head(text)
        text = stripped if stripped.strip(" .,;:!?") else text  # never strip a message down to nothing
        if text == before:
            break
    return text


@lru_cache(maxsize=256)  # the screen, the decision and the leaning each ask for the same message's form
def canonical(text: str) -> str:
    """The form the policy decides on: printable and NFKC, quotes, polite and imperative wrappers and edge
    punctuation removed, spaced-out letters joined, spaces folded. Case is kept (base64 needs it) and
    look-alike letters are left for `fold`, so `readings` of it still find transliterated Cyrillic.
    """
    # "ß" is written "ss" in capitals (FUSSBALLER): spelling it so keeps case out of the decision, since the
    # embedding model lower-cases but does not fold ß.
    text = _unfolded(text).replace("’", "'").replace("‘", "'").replace("ß", "ss")
    text = _unwrapped(LONE_APOSTROPHE.sub(" ", QUOTE_CHARS.sub(" ", text)))
    return _unwrapped(" ".join(_joined_letter_runs(text).split()))
