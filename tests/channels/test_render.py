"""The renderer every channel shares (`bot/render.py`): same citations everywhere, safe output, clean splits."""

from __future__ import annotations

import re

import pytest

from bot.core import Bot
from bot.render import split, to_html, to_markdown, to_plain
from bot.reply import Citation, Interaction, Reply


def citation(n: int, *, title: str = "MDMA (ecstasy)", url: str = "https://www.healthdirect.gov.au/mdma") -> Citation:
    return Citation(n=n, source_id=f"s{n}", title=title, publisher="healthdirect", url=url, doc_id="d", section="s",
                    quote="q")


def test_every_format_shows_the_same_numbered_citations(bot: Bot) -> None:
    reply = bot.ask("What does MDMA do to serotonin?")
    numbers = {c.n for c in reply.citations}

    for rendered in (to_plain(reply), to_markdown(reply), to_html(reply)):
        assert {int(n) for n in re.findall(r"\[(\d+)\]", rendered)} == numbers
        assert "Sources:" in rendered
        assert all(c.url in rendered for c in reply.citations)


def test_plain_text_keeps_the_cli_layout() -> None:
    reply = Reply(kind="emergency", reason="overdose", text="Call now [1].", citations=[citation(1)])
    assert to_plain(reply) == (
        "[EMERGENCY]\nCall now [1].\n\nSources:\n[1] MDMA (ecstasy), healthdirect. https://www.healthdirect.gov.au/mdma"
    )


def test_html_escapes_everything_from_the_reply_and_links_markers_to_sources() -> None:
    reply = Reply(
        kind="answer",
        text='<script>alert(1)</script> & "quotes" [1].',
        citations=[citation(1, title="<b>Bold</b> title")],
    )
    html = to_html(reply)

    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert "<b>" not in html and "&lt;b&gt;Bold&lt;/b&gt;" in html
    assert '<a href="https://www.healthdirect.gov.au/mdma" title="&lt;b&gt;Bold&lt;/b&gt; title" ' \
           'rel="noopener noreferrer">[1]</a>' in html
    assert set(re.findall(r"</?([a-z]+)", html)) <= {"p", "strong", "br", "a"}


def test_html_never_links_a_url_that_is_not_http() -> None:
    reply = Reply(kind="answer", text="See [1].", citations=[citation(1, url="javascript:alert(1)")])
    html = to_html(reply)
    assert "javascript:" not in html and "href" not in html


def test_markdown_escapes_formatting_but_keeps_markers_and_links_sources() -> None:
    reply = Reply(
        kind="answer", text="Use *less* and [ask] a_pharmacist [1].", citations=[citation(1, title="Know [your] stuff")],
        interaction=Interaction(a="mdma", b="alcohol", level="caution"),
    )
    markdown = to_markdown(reply)

    assert r"Use \*less\* and \[ask\] a\_pharmacist [1]." in markdown
    assert r"[1] [Know \[your\] stuff](https://www.healthdirect.gov.au/mdma), healthdirect." in markdown
    assert markdown.startswith("**Combination: mdma + alcohol: caution**")


TEXT = (
    "MDMA is a stimulant [1]. Pills sold as ecstasy may contain other drugs [1][2]. Testing helps [3]. "
    "Heat and dancing raise the risk of overheating, so take breaks and sip water [2].\n\nSources:\n"
    "[1] MDMA (ecstasy), healthdirect. https://www.healthdirect.gov.au/mdma-ecstasy\n"
    "[2] Drug checking, The Loop. https://wearetheloop.org/\n"
    "[3] Know your stuff, KnowYourStuffNZ. https://knowyourstuff.nz/"
)


@pytest.mark.parametrize("limit", range(80, 400, 7))
def test_split_never_cuts_a_marker_or_a_source_line(limit: int) -> None:
    pieces = split(TEXT, limit)

    assert all(len(piece) <= limit for piece in pieces)
    assert " ".join(" ".join(pieces).split()) == " ".join(TEXT.split())  # nothing lost, nothing reordered
    markers = [m for piece in pieces for m in re.findall(r"\[\d+\]", piece)]
    assert markers == re.findall(r"\[\d+\]", TEXT)
    assert not any(re.search(r"\[\d*$|^\d*\]", piece) for piece in pieces)
    source_lines = [line for line in TEXT.split("\n") if line.startswith("[")]
    for line in source_lines:
        assert any(line in piece.split("\n") for piece in pieces)


def test_split_prefers_sentence_ends_and_keeps_markers_with_their_sentence() -> None:
    pieces = split(TEXT.split("\n")[0], 100)
    assert pieces[0] == "MDMA is a stimulant [1]. Pills sold as ecstasy may contain other drugs [1][2]. Testing helps [3]."


def test_split_leaves_short_text_whole_and_rejects_tiny_limits() -> None:
    assert split(TEXT, 10_000) == [TEXT]
    with pytest.raises(ValueError):
        split(TEXT, 3)
