"""Plain data for the knowledge base: what the files in `knowledge/` hold once parsed."""

from __future__ import annotations

import re

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

TOPICS = ("effects", "risks", "interactions", "legal", "safer-use", "emergency", "general")


@dataclass(frozen=True)
class Location:
    """Where a thing was read from, so problems can point at `file:line`."""

    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    url: str
    accessed: dt.date | None
    published: dt.date | None = None
    updated: dt.date | None = None
    where: Location | None = None


@dataclass(frozen=True)
class Substance:
    id: str
    name: str
    aliases: tuple[str, ...]
    classes: tuple[str, ...]
    interacts_as: str | None = None
    where: Location | None = None
    # Names of preparations that hold another substance too: ayahuasca is DMT with an MAOI vine, so a mix
    # with it is also a mix with an MAOI ((("ayahuasca", ("maois",)),): pairs, so a substance stays hashable).
    also_contains: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Names of a mix of this substance with others: "speedball" always names opioids with cocaine, so a
    # question about it is a question about the pair ((("speedball", ("cocaine",)),)).
    mixes: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class CrisisLine:
    name: str
    contact: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class Jurisdiction:
    id: str
    name: str
    aliases: tuple[str, ...]
    emergency_number: str
    source_ids: tuple[str, ...]
    crisis_lines: tuple[CrisisLine, ...] = ()
    where: Location | None = None
    # Lines for accidental swallowing that is not life-threatening (same shape as crisis lines).
    poison_lines: tuple[CrisisLine, ...] = ()
    # Other numbers that reach the emergency services too, where the cited source says so ("112" in the UK).
    also_numbers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Section:
    """One retrieval unit: a `##` section of a document, or a generated table row."""

    doc_id: str
    doc_title: str
    heading: str
    text: str
    source_ids: tuple[str, ...]
    topic: str
    substances: tuple[str, ...] = ()
    jurisdictions: tuple[str, ...] = ()
    where: Location | None = None
    search_terms: tuple[str, ...] = ()  # the document's: words people use for its subject; searched, never quoted
    # Questions a person would type that this section answers (doc2query, written by hand): each is
    # embedded and searched on its own and added to the BM25 text, and is never quoted or cited.
    questions: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Stable id of the section in the index: changes only when the heading does."""
        return f"{self.doc_id}#{self.heading}"

    @property
    def embed_text(self) -> str:
        """What is embedded and indexed: the text with its titles and the document's search terms."""
        terms = f" ({', '.join(self.search_terms)})" if self.search_terms else ""
        return f"{self.doc_title}{terms}. {self.heading}. {self.text}"

    @property
    def is_overview(self) -> bool:
        """A "What MDMA is" section: the answer to what a thing is, and padding for any narrower question."""
        return bool(OVERVIEW_HEADING.match(self.heading))

    @property
    def search_text(self) -> str:
        """What BM25 matches: the embedded text plus the section's questions, so their words count too."""
        return " ".join([self.embed_text, *self.questions])


@dataclass(frozen=True)
class Document:
    id: str
    title: str
    substances: tuple[str, ...]
    topic: str
    jurisdictions: tuple[str, ...]
    status: str
    reviewed_on: dt.date | None
    review_due: dt.date | None
    sections: tuple[Section, ...]
    where: Location
    search_terms: tuple[str, ...] = ()


SITUATION_NEEDS = ("any", "sign_and_substance")
OVERVIEW_HEADING = re.compile(r"^What\s.+\s(?:is|are)$")


@dataclass(frozen=True)
class EmergencyStep:
    """One first step: an exact sentence of a knowledge-base section, so it is quoted and cited as written."""

    section: str  # "doc-id#Heading" (== Section.key)
    sentence: str
    where: Location | None = field(default=None, compare=False)  # for `file:line` in problems only


@dataclass(frozen=True)
class Situation:
    """An emergency situation from `knowledge/emergencies.yaml`: how to recognise it and its ordered first steps."""

    id: str
    name: str
    guide: str  # id of the emergency document to read more
    priority: int  # when several situations apply, higher comes first
    signs: tuple[str, ...]  # words people type, lowercase, matched on word boundaries
    substances: tuple[str, ...]  # substance ids that point here; `unknown` means unknown pills or powders
    needs: str  # "any": one sign is enough | "sign_and_substance": one sign and one of the substances
    steps: tuple[EmergencyStep, ...]  # for a bystander, in order
    self_steps: tuple[EmergencyStep, ...]  # for the person in danger when they are the one typing, in order
    where: Location | None = None
    # Steps that the person's state calls for ("cold": keep them warm), by state name (see `bot.triage.STATES`).
    state_steps: dict[str, tuple[EmergencyStep, ...]] = field(default_factory=dict)
    fallback: bool = False  # the steps for an emergency whose situation is not recognised (at most one)


@dataclass(frozen=True)
class InteractionEntry:
    a: str
    b: str
    level: str
    explanation: str
    source_ids: tuple[str, ...]
    where: Location | None = None
    # Why the pair is rated lower risk than the reference table (knowledge/reference/), with its source.
    below_reference: str = ""

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.a, self.b))


@dataclass(frozen=True)
class LegalEntry:
    substance: str
    jurisdiction: str
    category: str
    status: str
    as_of: dt.date | None
    source_ids: tuple[str, ...]
    access: str = ""
    where: Location | None = None


@dataclass
class KnowledgeBase:
    """Everything in `knowledge/`, parsed. Built by `bot.kb.loader.load_knowledge`."""

    root: Path
    sources: dict[str, Source] = field(default_factory=dict)
    substances: dict[str, Substance] = field(default_factory=dict)
    jurisdictions: dict[str, Jurisdiction] = field(default_factory=dict)
    documents: list[Document] = field(default_factory=list)
    interactions: list[InteractionEntry] = field(default_factory=list)
    legal: list[LegalEntry] = field(default_factory=list)
    situations: dict[str, Situation] = field(default_factory=dict)  # from emergencies.yaml; empty when absent
    allowed_domains: tuple[str, ...] = ()

    def fallback_situation(self) -> Situation | None:
        """The situation whose steps serve an emergency that no other situation's signs describe."""
        return next((s for s in self.situations.values() if s.fallback), None)

    def vetted_sections(self) -> list[Section]:
        """The sections that may be indexed and quoted: drafts never are."""
        return [s for d in self.documents if d.status == "vetted" for s in d.sections]
