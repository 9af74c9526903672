"""Turn a `Reply` into text for people: one place, shared by every channel."""

from __future__ import annotations

from bot.kb.tables import LEVEL_LABELS
from bot.reply import Reply

KIND_HEADINGS = {
    "emergency": "EMERGENCY",
    "refusal": "I can't help with that",
    "abstain": "No vetted information",
}


def to_plain(reply: Reply) -> str:
    """Plain text: an optional heading, the text with [n] markers, then the numbered sources."""
    lines = []
    if reply.kind in KIND_HEADINGS:
        lines.append(f"[{KIND_HEADINGS[reply.kind]}]")
    if reply.interaction:
        lines.append(f"Combination: {reply.interaction.a} + {reply.interaction.b}: {LEVEL_LABELS[reply.interaction.level]}")
    lines.append(reply.text)
    if reply.citations:
        lines.append("")
        lines.append("Sources:")
        lines += [f"[{c.n}] {c.title}, {c.publisher}. {c.url}" for c in reply.citations]
    return "\n".join(lines)
