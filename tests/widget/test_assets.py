"""The widget's files: nothing from elsewhere, no HTML from strings, the same level words as the core."""

from __future__ import annotations

import re
from pathlib import Path

from bot.kb.tables import LEVEL_LABELS

STATIC = Path(__file__).resolve().parents[2] / "bot" / "static"


def code(name: str) -> str:
    """The file without comments and shown code (both show the example https://HOST URL)."""
    text = re.sub(r"/\*.*?\*/", "", (STATIC / name).read_text(encoding="utf-8"), flags=re.S)
    return re.sub(r"<code>.*?</code>", "", text, flags=re.S)


def test_nothing_is_loaded_from_another_host() -> None:
    for name in ["widget.js", "widget.css", "index.html", "demo.css"]:
        text = code(name)
        assert not re.search(r"https?://", text), name
        assert "@import" not in text and "@font-face" not in text, name


def test_the_widget_never_builds_html_from_strings() -> None:
    text = code("widget.js")
    for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"]:
        assert sink not in text, sink


def test_the_widget_uses_the_cores_words_for_interaction_levels() -> None:
    text = code("widget.js")
    for level, label in LEVEL_LABELS.items():
        assert f'{level}: "{label}"' in text, level


def test_the_demo_page_has_no_inline_script_or_style() -> None:
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    assert "<style" not in page and " style=" not in page and "onclick" not in page
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/widget.js" defer>']
