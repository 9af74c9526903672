"""What kind of information a question asks for, from its wording."""

from __future__ import annotations

import re

LEGAL = re.compile(
    r"\b(legal(?:ly|ity)?|illegal|unlawful|lawful|laws?|arrest\w*|jail|prison|police|cops?|allowed|"
    r"decriminali[sz]\w*|criminal|possess\w*|fined?|charged|prosecut\w*|scheduled?|class\s+[abc]\b|"
    r"banned|ban|permitted|licen[cs]e|legislation|controlled\s+(?:drug|substance))",
    re.IGNORECASE,
)
COMBINATION = re.compile(
    r"\b(mix\w*|combin\w*|combo\w*|together|with|while\s+on|on\s+top|interact\w*|plus|and|after|stack\w*|"
    r"same\s+time|cross[\s-]?fad\w*|\+|&)",
    re.IGNORECASE,
)
TOPIC_WORDS: dict[str, re.Pattern[str]] = {
    "risks": re.compile(
        r"\b(risk\w*|danger\w*|harm\w*|bad|safe|unsafe|side[\s-]?effects?|overdos\w*|die|death|deadly|kill\w*|"
        r"addict\w*|depend\w*|withdraw\w*|damage\w*|toxic\w*|sign\w*|symptom\w*|long[\s-]term)\b",
        re.IGNORECASE,
    ),
    "effects": re.compile(
        r"\b(effects?|feel\w*|does|do\b|work\w*|how\s+long|last\w*|high|like|what\s+is|onset|kick\s+in)\b",
        re.IGNORECASE,
    ),
    "safer-use": re.compile(
        r"\b(safer|safely|tips?|reduce|precaution\w*|test\w*|protect\w*|look\s+after|care)\b", re.IGNORECASE
    ),
}


def asks_about_law(text: str) -> bool:
    return bool(LEGAL.search(text))


def asks_about_combination(text: str) -> bool:
    return bool(COMBINATION.search(text))


def topic_hints(text: str) -> set[str]:
    """Topics whose words the question uses, used to prefer matching sections."""
    return {topic for topic, pattern in TOPIC_WORDS.items() if pattern.search(text)}
