"""The reply contract: what the core returns to every channel.

Every channel (CLI, HTTP, widget, Matrix, Discord) renders this and nothing
else, so its shape is fixed here once and validated by pydantic.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

ReplyKind = Literal["answer", "refusal", "abstain", "emergency"]
InteractionLevel = Literal[
    "dangerous",
    "unsafe",
    "caution",
    "low_risk_synergy",
    "low_risk_no_synergy",
    "low_risk_decrease",
    "unknown",
]
INTERACTION_LEVELS: tuple[str, ...] = InteractionLevel.__args__  # type: ignore[attr-defined]


class Quote(BaseModel):
    """Knowledge-base text a reply used, and the section it is verbatim text of."""

    doc_id: str
    section: str
    text: str


class Citation(BaseModel):
    """One numbered source: every `[n]` marker in `text` for this source points here.

    A source gets one number however many sections the reply drew from it; `quotes` holds the
    text used from each section. `doc_id`, `section` and `quote` repeat the first quote, for
    clients written before a citation could carry several.
    """

    n: int = Field(ge=1)
    source_id: str
    title: str
    publisher: str
    url: str
    doc_id: str
    section: str
    quote: str = Field(description="The exact knowledge-base text the reply used (the first quote).")
    quotes: list[Quote] = Field(default_factory=list, description="Every section's text used from this source.")

    def quoted(self) -> list[str]:
        """Every quoted text, for checks that must see all of what a channel receives."""
        return [q.text for q in self.quotes] or [self.quote]


class Interaction(BaseModel):
    """The combination a reply is about, with its level from the interaction table."""

    a: str
    b: str
    level: InteractionLevel


class Turn(BaseModel):
    """One earlier message of the conversation, as a channel passes it back."""

    role: Literal["user", "assistant"]
    text: str


class Reply(BaseModel):
    """The core's answer to one message."""

    kind: ReplyKind
    reason: str | None = None
    text: str
    citations: list[Citation] = Field(default_factory=list)
    substances: list[str] = Field(default_factory=list)
    interaction: Interaction | None = Field(
        default=None, description="The combination asked about; with three or more substances, the riskiest pair."
    )
    interactions: list[Interaction] = Field(
        default_factory=list,
        description="With three or more substances: every pair, riskiest first (a pair the table lacks is `unknown`).",
    )
    jurisdiction: str | None = None
    # For an emergency: the situation recognised (an id from knowledge/emergencies.yaml), most urgent first.
    situation: str | None = None
