"""Turn a `Reply` into text for people: one place, shared by every channel.

Plain text, Markdown and HTML say the same thing in the same order (heading, combination,
text with `[n]` markers, numbered sources), so a citation looks the same everywhere.
Channels only adapt this output to their platform; `split` keeps each piece within a limit.
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote, urlsplit

from bot.kb.tables import LEVEL_LABELS
from bot.reply import Citation, Reply

KIND_HEADINGS = {
    "emergency": "EMERGENCY",
    "refusal": "I can't help with that",
    "abstain": "No vetted information",
}
SOURCES_HEADING = "Sources:"
MARKER = re.compile(r"\[(\d+)\]")
SOURCE_LINE = re.compile(r"^\[\d+\] ")
_MARKDOWN_SPECIAL = re.compile(r"\[\d+\]|[\\`*_~|>#\[\]<]")
_SENTENCE_END = re.compile(r"[.!?:;][\"')]?(?:\s*\[\d+\])*(?=\s)")
_LINK_REL = 'rel="noopener noreferrer"'


def heading(reply: Reply) -> str | None:
    """The short heading for kinds other than a plain answer, e.g. 'EMERGENCY'."""
    return KIND_HEADINGS.get(reply.kind)


def combination_line(reply: Reply) -> str | None:
    """'Combination: a + b: level', for replies about a pair from the interaction table."""
    if reply.interaction is None:
        return None
    return f"Combination: {reply.interaction.a} + {reply.interaction.b}: {LEVEL_LABELS[reply.interaction.level]}"


# -- plain text -------------------------------------------------------------------------------


def to_plain(reply: Reply) -> str:
    """Plain text: an optional heading, the text with [n] markers, then the numbered sources."""
    lines = []
    if title := heading(reply):
        lines.append(f"[{title}]")
    if combination := combination_line(reply):
        lines.append(combination)
    lines.append(reply.text)
    if reply.citations:
        lines += ["", SOURCES_HEADING, *source_lines_plain(reply)]
    return "\n".join(lines)


def source_lines_plain(reply: Reply) -> list[str]:
    """One line per citation: `[n] Title, Publisher. URL`."""
    return [f"[{c.n}] {c.title}, {c.publisher}. {c.url}" for c in reply.citations]


# -- Markdown (Discord) -----------------------------------------------------------------------


def to_markdown(reply: Reply) -> str:
    """Markdown: the same lines as `to_plain`, with the reply's text escaped and sources as links."""
    lines = []
    if title := heading(reply):
        lines.append(f"**{escape_markdown(title)}**")
    if combination := combination_line(reply):
        lines.append(f"**{escape_markdown(combination)}**")
    lines.append(text_markdown(reply))
    if reply.citations:
        lines += ["", f"**{SOURCES_HEADING}**", *source_lines_markdown(reply)]
    return "\n".join(lines)


def text_markdown(reply: Reply) -> str:
    """The reply's text, escaped for Markdown; `[n]` markers stay as they are."""
    return escape_markdown(reply.text)


def source_lines_markdown(reply: Reply) -> list[str]:
    """One line per citation: `[n] [Title](url), Publisher.` (a plain title when the URL is not http(s))."""
    lines = []
    for c in reply.citations:
        title = escape_markdown(c.title)
        url = safe_url(c.url)
        linked = f"[{title}]({quote(url, safe=_URL_SAFE)})" if url else title
        lines.append(f"[{c.n}] {linked}, {escape_markdown(c.publisher)}.")
    return lines


def escape_markdown(text: str) -> str:
    """Backslash-escape Markdown syntax so knowledge-base text can't format, link or mention."""
    return _MARKDOWN_SPECIAL.sub(lambda m: m[0] if MARKER.fullmatch(m[0]) else "\\" + m[0], text)


# -- HTML (Matrix, web) -----------------------------------------------------------------------


def to_html(reply: Reply) -> str:
    """HTML with only our own tags: everything from the reply is escaped; markers link to their source."""
    parts = []
    if title := heading(reply):
        parts.append(f"<p><strong>{html.escape(title)}</strong></p>")
    if combination := combination_line(reply):
        parts.append(f"<p><strong>{html.escape(combination)}</strong></p>")
    parts.append(f"<p>{text_html(reply)}</p>")
    if reply.citations:
        parts.append(f"<p>{html.escape(SOURCES_HEADING)}<br>\n" + "<br>\n".join(source_lines_html(reply)) + "</p>")
    return "\n".join(parts)


def text_html(reply: Reply) -> str:
    """The reply's text, escaped, with each `[n]` marker a link to source n and line breaks kept."""
    by_n = {c.n: c for c in reply.citations}

    def marker(match: re.Match[str]) -> str:
        citation = by_n.get(int(match[1]))
        url = safe_url(citation.url) if citation else None
        return _link(url, match[0], title=citation.title if citation else None) if url else match[0]

    return MARKER.sub(marker, html.escape(reply.text)).replace("\n", "<br>\n")


def source_lines_html(reply: Reply) -> list[str]:
    """One line per citation: `[n] <a href=url>Title</a>, Publisher.`"""
    return [f"[{c.n}] {_source_link(c)}, {html.escape(c.publisher)}." for c in reply.citations]


def plain_to_html(text: str) -> str:
    """Any plain text (help, notices) as escaped HTML with its line breaks."""
    return html.escape(text).replace("\n", "<br>\n")


def _source_link(citation: Citation) -> str:
    url = safe_url(citation.url)
    return _link(url, html.escape(citation.title)) if url else html.escape(citation.title)


def _link(url: str, inner_html: str, *, title: str | None = None) -> str:
    title_attr = f' title="{html.escape(title)}"' if title else ""
    return f'<a href="{html.escape(url)}"{title_attr} {_LINK_REL}>{inner_html}</a>'


_URL_SAFE = ":/?#[]@!$&'*+,;=%~-._"


def safe_url(url: str) -> str | None:
    """The URL if it is http(s) with a host, else None: no `javascript:` or relative links ever render."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


# -- splitting --------------------------------------------------------------------------------


def split(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters, in order, that join back to the same lines.

    Cuts between lines first, then after a sentence (and its markers), then between words; never
    inside a `[n]` marker, and never inside a source line unless that one line is longer than `limit`.
    Raises ValueError for a limit too small to hold a marker.
    """
    if limit < 8:
        raise ValueError(f"limit {limit} is too small to split text")
    pieces: list[str] = []
    current: list[str] = []
    size = -1
    for line in text.split("\n"):
        if size + 1 + len(line) <= limit:
            current.append(line)
            size += 1 + len(line)
            continue
        if current:
            pieces.append("\n".join(current))
        current, size = [], -1
        cut = _cut_line(line, limit) if len(line) > limit else [line]
        pieces += cut[:-1]
        current, size = [cut[-1]], len(cut[-1])
    if current:
        pieces.append("\n".join(current))
    return [p for piece in pieces if (p := piece.strip("\n"))]


def _cut_line(line: str, limit: int) -> list[str]:
    """One over-long line as pieces of at most `limit`: after sentences, else between words."""
    pieces = []
    while len(line) > limit:
        at = _best_cut(line, limit)
        pieces.append(line[:at].rstrip())
        line = line[at:].lstrip()
    return [*pieces, line]


def _best_cut(line: str, limit: int) -> int:
    window = line[: limit + 1]
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() <= limit]
    if sentence_ends and sentence_ends[-1] > limit // 3:
        return sentence_ends[-1]
    spaces = [m.start() for m in re.finditer(r"\s(?!\[\d+\])", window) if 0 < m.start() <= limit]
    if spaces:
        return spaces[-1]
    spaces = [m.start() for m in re.finditer(r"\s", window) if 0 < m.start() <= limit]
    if spaces:
        return spaces[-1]
    for marker in MARKER.finditer(line):  # no space at all: cut hard, but before a marker that would straddle
        if marker.start() < limit < marker.end():
            return marker.start() or marker.end()
    return limit
