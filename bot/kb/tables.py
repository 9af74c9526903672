"""Turn rows of the structured tables into sections, so they are quoted and cited like prose.

The wording here is the fixed frame around the data ("As of ..., the legal category of
... is ..."); every fact inside it comes from a row of `knowledge/` and its sources.
"""

from __future__ import annotations

from bot.kb.model import InteractionEntry, Jurisdiction, KnowledgeBase, LegalEntry, Section

LEVEL_LABELS = {
    "dangerous": "dangerous",
    "unsafe": "unsafe",
    "caution": "caution",
    "low_risk_synergy": "low risk, effects add up",
    "low_risk_no_synergy": "low risk, no extra effect expected",
    "low_risk_decrease": "low risk, effects may weaken",
    "unknown": "unknown",
}


def place(name: str) -> str:
    """'the United Kingdom', 'the Netherlands', but 'Germany'."""
    return f"the {name}" if name.startswith(("United ", "Netherlands")) else name


def substance_name(kb: KnowledgeBase, substance_id: str) -> str:
    substance = kb.substances.get(substance_id)
    return substance.name if substance else substance_id


def interaction_section(kb: KnowledgeBase, entry: InteractionEntry) -> Section:
    a, b = substance_name(kb, entry.a), substance_name(kb, entry.b)
    text = f"Combining {a} with {b} is rated {LEVEL_LABELS[entry.level]} on our combination table. {entry.explanation}"
    return Section(
        doc_id="interactions",
        doc_title="Combination table",
        heading=f"{entry.a}+{entry.b}",
        text=text,
        source_ids=entry.source_ids,
        topic="interactions",
        substances=(entry.a, entry.b),
        where=entry.where,
    )


def legal_section(kb: KnowledgeBase, entry: LegalEntry) -> Section:
    place_name = kb.jurisdictions[entry.jurisdiction].name if entry.jurisdiction in kb.jurisdictions else entry.jurisdiction
    as_of = entry.as_of.strftime("%-d %B %Y") if entry.as_of else "an unknown date"
    parts = [
        f"As of {as_of}, the legal category of {substance_name(kb, entry.substance)} in {place(place_name)} is: {entry.category}.",
        entry.status,
        entry.access,
    ]
    return Section(
        doc_id=f"{entry.substance}-legal",
        doc_title=f"Legal status of {substance_name(kb, entry.substance)}",
        heading=entry.jurisdiction,
        text=" ".join(p for p in parts if p),
        source_ids=entry.source_ids,
        topic="legal",
        substances=(entry.substance,),
        jurisdictions=(entry.jurisdiction,),
        where=entry.where,
    )


def emergency_number_section(jurisdiction: Jurisdiction) -> Section:
    return Section(
        doc_id="jurisdictions",
        doc_title="Emergency numbers",
        heading=f"{jurisdiction.id} emergency number",
        text=f"In {place(jurisdiction.name)}, the emergency number is {' or '.join((jurisdiction.emergency_number, *jurisdiction.also_numbers))}.",
        source_ids=jurisdiction.source_ids,
        topic="emergency",
        jurisdictions=(jurisdiction.id,),
        where=jurisdiction.where,
    )


def numbers_by_group(kb: KnowledgeBase) -> list[Section]:
    """With no place known: one sentence per emergency number, naming every place it serves.

    "In the United States and Canada, the emergency number is 911." Places that also answer a
    second number say so ("999 or 112"), so the reader sees their own number whichever it is.
    Each group cites the official pages of all its places.
    """
    groups: dict[tuple[str, ...], list[Jurisdiction]] = {}
    for place_ in kb.jurisdictions.values():
        groups.setdefault((place_.emergency_number, *place_.also_numbers), []).append(place_)
    sections = []
    for numbers, places in groups.items():
        names = [place(p.name) for p in places]
        where = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        text = f"In {where}, the emergency number is {' or '.join(numbers)}."
        sections.append(
            Section(
                doc_id="jurisdictions",
                doc_title="Emergency numbers",
                heading=f"{' or '.join(numbers)}: {', '.join(p.id for p in places)}",
                text=text,
                source_ids=tuple(dict.fromkeys(sid for p in places for sid in p.source_ids)),
                topic="emergency",
                jurisdictions=tuple(p.id for p in places),
                where=places[0].where,
            )
        )
    return sections


def poison_line_sections(jurisdiction: Jurisdiction) -> list[Section]:
    return [
        Section(
            doc_id="jurisdictions",
            doc_title="Poison information lines",
            heading=f"{jurisdiction.id} poison line: {line.name}",
            text=f"In {place(jurisdiction.name)}, for advice when something was swallowed by accident and the person "
            f"seems well, you can reach {line.name}: {line.contact}.",
            source_ids=line.source_ids,
            topic="emergency",
            jurisdictions=(jurisdiction.id,),
            where=jurisdiction.where,
        )
        for line in jurisdiction.poison_lines
    ]


def crisis_line_sections(jurisdiction: Jurisdiction) -> list[Section]:
    return [
        Section(
            doc_id="jurisdictions",
            doc_title="Crisis lines",
            heading=f"{jurisdiction.id} crisis line: {line.name}",
            text=f"In {place(jurisdiction.name)}, you can reach {line.name}: {line.contact}.",
            source_ids=line.source_ids,
            topic="emergency",
            jurisdictions=(jurisdiction.id,),
            where=jurisdiction.where,
        )
        for line in jurisdiction.crisis_lines
    ]
