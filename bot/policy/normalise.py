"""Fold text into forms the policy can read, however it was disguised.

The folded forms are for detection only; replies never show them.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata

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
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
SPACED_LETTERS = re.compile(r"\b(?:[a-z][ ._*\-]){2,}[a-z]\b", re.IGNORECASE)
REPEATS = re.compile(r"([a-z])\1{2,}", re.IGNORECASE)
BASE64_TOKEN = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")


def _printable(text: str) -> str:
    """Drop control characters and lone surrogates (from binary input): they break tokenizers."""
    return "".join(
        ch if unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn") or ch in "\t\n\r" else " " for ch in text
    )


def _unfolded(text: str) -> str:
    """NFKC, printable, no zero-width characters; spacing kept as typed."""
    return ZERO_WIDTH.sub("", unicodedata.normalize("NFKC", _printable(text)))


def clean(text: str) -> str:
    """Unicode NFKC, control and zero-width characters removed, look-alike letters mapped, spaces folded."""
    return " ".join(_unfolded(text).translate(CONFUSABLES).split())


def _join_spaced(match: re.Match[str]) -> str:
    return re.sub(r"[ ._*\-]", "", match.group(0))


def _unleet_word(word: str) -> str:
    # Only words that mix letters and digits are leetspeak ("d0se"); "2024", "5" and "10mg" stay as written.
    if re.search(r"[a-z]", word, re.IGNORECASE) and re.search(r"[0-9@$]", word):
        if not re.fullmatch(r"[\d.,/]+(?:mg|g|ml|mcg|ug|µg|kg|x|s|lbs?)?[?.!,]*", word, re.IGNORECASE):
            return word.translate(LEET)
    return word


def _fold_one(text: str) -> str:
    # Letters spaced out one by one ("h o w  m u c h"): join within words, keep double spaces as word gaps.
    chunks = [SPACED_LETTERS.sub(_join_spaced, chunk) for chunk in re.split(r"\s{2,}", text)]
    text = " ".join(" ".join(chunks).split())
    text = " ".join(_unleet_word(w) for w in text.split())
    return REPEATS.sub(r"\1\1", text).lower()


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


def readings(text: str) -> list[str]:
    """Every form worth checking: the folded text, a phonetic reading of Cyrillic, rot13, decoded base64."""
    raw = _unfolded(text)
    forms = [fold(text)]
    if re.search("[а-яА-Я]", raw):
        forms.append(_fold_one(raw.lower().translate(TRANSLITERATION)))
    if re.search(r"rot\s*-?13|\bubj\b|\bzhpu\b|\bgnxr\b|\bqbfr\b", raw, re.IGNORECASE):
        forms.append(_fold_one(codecs.decode(raw, "rot13")))
    forms += [_fold_one(decoded) for decoded in _decoded_base64(raw)]
    return forms
