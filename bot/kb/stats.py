"""Coverage of the knowledge base: what `hrbot kb stats` prints."""

from __future__ import annotations

import re

from dataclasses import dataclass, field
from itertools import combinations

from bot.kb.model import TOPICS, Document, KnowledgeBase
from bot.kb.reference import compare, load_reference

SUBSTANCE_TOPICS = ("effects", "risks", "safer-use")
# The section of a substance's effects document that gives onset and duration: "How long it lasts", or one
# that names the substance ("How long MDMA lasts").
DURATION_HEADING = re.compile(r"^How long .*\blasts?\b")


@dataclass(frozen=True)
class Coverage:
    """Counts for the JSON summary, plus the substance × topic grid for the table."""

    summary: dict[str, int | float]
    grid: dict[str, dict[str, int]] = field(default_factory=dict)  # substance → topic → sections
    missing_pairs: list[tuple[str, str]] = field(default_factory=list)


def coverage(kb: KnowledgeBase) -> Coverage:
    vetted = [d for d in kb.documents if d.status == "vetted"]
    grid = {s: {t: 0 for t in (*SUBSTANCE_TOPICS, "legal")} for s in kb.substances}
    for doc in vetted:
        for substance in doc.substances:
            if substance in grid and doc.topic in grid[substance]:
                grid[substance][doc.topic] += len(doc.sections)
    for entry in kb.legal:
        if entry.substance in grid:
            grid[entry.substance]["legal"] += 1
    groups = sorted(s.id for s in kb.substances.values() if not s.interacts_as)
    covered = {entry.pair for entry in kb.interactions}
    missing = [(a, b) for a, b in combinations(groups, 2) if frozenset((a, b)) not in covered]
    summary = {
        "substances": len(kb.substances),
        "aliases": sum(len(s.aliases) for s in kb.substances.values()),
        "interaction_groups": len(groups),
        "interaction_pairs": len(kb.interactions),
        "interaction_pairs_missing": len(missing),
        "jurisdictions": len(kb.jurisdictions),
        "poison_lines": sum(len(j.poison_lines) for j in kb.jurisdictions.values()),
        "situations": len(kb.situations),
        "legal_entries": len(kb.legal),
        "documents": len(vetted),
        "sections": sum(len(d.sections) for d in vetted),
        "general_topics": sum(1 for d in vetted if d.topic != "emergency" and not _about_one_substance(d)),
        "emergency_docs": sum(1 for d in vetted if d.topic == "emergency"),
        "sources": len(kb.sources),
        "sources_cited": len(_cited(kb)),
        **{f"documents_{topic}": sum(1 for d in vetted if d.topic == topic) for topic in TOPICS},
        "substances_with_duration": len(_with_duration(kb, vetted)),
        **_reference_summary(kb),
    }
    return Coverage(summary=summary, grid=grid, missing_pairs=missing)


def _with_duration(kb: KnowledgeBase, vetted: list[Document]) -> set[str]:
    """Substances whose effects document has a "How long ... lasts" section (onset, duration, after-effects)."""
    return {
        substance
        for doc in vetted
        if doc.topic == "effects" and any(DURATION_HEADING.match(s.heading) for s in doc.sections)
        for substance in doc.substances
        if substance in kb.substances
    }


def _reference_summary(kb: KnowledgeBase) -> dict[str, int | float]:
    """Our combination levels against TripSit's, in coarse buckets: avoid (dangerous, unsafe), caution, low risk."""
    reference, _ = load_reference(kb.root)
    if not reference:
        return {}
    agreement = compare(kb, reference)
    return {
        "reference_pairs_compared": agreement.compared,
        "reference_pairs_same_bucket": agreement.same_bucket,
        "reference_pairs_rated_lower": len(agreement.lower),
        "reference_agreement": round(agreement.ratio, 4),
    }


def _about_one_substance(doc: Document) -> bool:
    """Substance documents live in `documents/substances/<id>/`; guides elsewhere."""
    return "substances" in doc.where.path.parts


def _cited(kb: KnowledgeBase) -> set[str]:
    cited = {sid for d in kb.documents for s in d.sections for sid in s.source_ids}
    cited |= {sid for e in kb.interactions for sid in e.source_ids}
    cited |= {sid for e in kb.legal for sid in e.source_ids}
    for place in kb.jurisdictions.values():
        cited |= set(place.source_ids)
        cited |= {sid for line in (*place.crisis_lines, *place.poison_lines) for sid in line.source_ids}
    return cited


def as_table(result: Coverage) -> str:
    """A plain-text table: sections per substance and topic, then the totals."""
    columns = (*SUBSTANCE_TOPICS, "legal")
    width = max(len(s) for s in result.grid) if result.grid else 10
    lines = [f"{'substance':<{width}}  " + "  ".join(f"{c:>9}" for c in columns)]
    for substance, row in sorted(result.grid.items()):
        lines.append(f"{substance:<{width}}  " + "  ".join(f"{row[c]:>9}" for c in columns))
    lines.append("")
    lines += [f"{key:<28} {value}" for key, value in result.summary.items()]
    if result.missing_pairs:
        lines.append("pairs not in the table: " + ", ".join(f"{a}+{b}" for a, b in result.missing_pairs))
    return "\n".join(lines)
