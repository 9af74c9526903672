"""Emergency situations (`emergencies.yaml`) and the jurisdiction fields they rely on: every check, on a copy of the
tiny knowledge base, and the shape of the real one."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from bot.kb.check import check_knowledge
from bot.kb.loader import load_knowledge
from bot.kb.model import EmergencyStep
from bot.kb.stats import coverage
from bot.sentences import split_sentences

from .test_check import TODAY, edit, problems

GUIDE = """---
id: overheating
title: "Emergency: overheating"
substances: [mdma]
topic: emergency
jurisdictions: []
status: vetted
reviewed_on: 2026-11-25
review_due: 2027-11-25
---

## What to do now
Sources: nhs-swast-when-to-call-999

Call the emergency number straight away if someone on MDMA is confused and very hot.
Move the person to a cooler place, e.g. a quiet room, and stay with them.
"""

SITUATIONS = """- id: overheating
  name: Overheating after MDMA
  guide: overheating
  priority: 50
  signs: [burning up, overheating, "can't cool down"]
  substances: [mdma, unknown]
  needs: any
  steps:
    - section: "overheating#What to do now"
      sentence: "Call the emergency number straight away if someone on MDMA is confused and very hot."
    - section: "overheating#What to do now"
      sentence: >-
        Move the person to a cooler place, e.g. a quiet room, and stay with them.
  self_steps:
    - section: "overheating#What to do now"
      sentence: "Call the emergency number straight away if someone on MDMA is confused and very hot."
"""

POISON_LINES = """  poison_lines:
    - name: NHS 111
      contact: "call 111"
      sources: [nhs-swast-when-to-call-999]
"""


@pytest.fixture()
def emerg_kb(mini_kb: Path) -> Path:
    """The tiny knowledge base with one emergency guide, one situation and a poison line."""
    (mini_kb / "documents/overheating.md").write_text(GUIDE)
    (mini_kb / "emergencies.yaml").write_text(SITUATIONS)
    with (mini_kb / "jurisdictions.yaml").open("a") as handle:
        handle.write('  also: ["112"]\n' + POISON_LINES)
    return mini_kb


def test_no_emergencies_file_means_no_situations(mini_kb: Path) -> None:
    kb, found = load_knowledge(mini_kb)
    assert found == [] and kb.situations == {}
    assert kb.jurisdictions["UK"].poison_lines == () and kb.jurisdictions["UK"].also_numbers == ()


def test_situations_and_jurisdiction_fields_are_read(emerg_kb: Path) -> None:
    kb, found = check_knowledge(emerg_kb, today=TODAY)
    assert found == []
    situation = kb.situations["overheating"]
    assert situation.priority == 50 and situation.needs == "any" and situation.guide == "overheating"
    assert situation.signs == ("burning up", "overheating", "can't cool down")
    assert situation.substances == ("mdma", "unknown")
    assert [s.section for s in situation.steps] == ["overheating#What to do now"] * 2
    # A folded YAML sentence is read as one line, and a sentence with "e.g." is still one sentence.
    assert situation.steps[1].sentence == "Move the person to a cooler place, e.g. a quiet room, and stay with them."
    assert situation.self_steps == (
        EmergencyStep("overheating#What to do now", situation.steps[0].sentence),
    )
    uk = kb.jurisdictions["UK"]
    assert uk.also_numbers == ("112",)
    assert [(line.name, line.contact, line.source_ids) for line in uk.poison_lines] == [
        ("NHS 111", "call 111", ("nhs-swast-when-to-call-999",))
    ]


def test_stats_count_situations_and_poison_lines(emerg_kb: Path) -> None:
    kb, _ = load_knowledge(emerg_kb)
    summary = coverage(kb).summary
    assert summary["situations"] == 1 and summary["poison_lines"] == 1


def test_guide_must_be_an_emergency_document(emerg_kb: Path) -> None:
    edit(emerg_kb / "emergencies.yaml", "guide: overheating", "guide: mdma-effects")
    assert problems(emerg_kb) == ["emergencies.yaml:1: guide `mdma-effects` is not the id of a vetted emergency document"]


def test_step_section_must_exist(emerg_kb: Path) -> None:
    edit(emerg_kb / "emergencies.yaml", '"overheating#What to do now"', '"overheating#What to do later"')
    assert problems(emerg_kb) == [
        "emergencies.yaml:9: step section `overheating#What to do later` is not a vetted section (`doc-id#Heading`)"
    ]


def test_step_sentence_must_be_exactly_one_sentence_of_its_section(emerg_kb: Path) -> None:
    edit(emerg_kb / "emergencies.yaml", "confused and very hot.\"\n    - section", "confused and hot.\"\n    - section")
    found = problems(emerg_kb)
    assert len(found) == 1 and found[0].startswith("emergencies.yaml:9: step sentence is not exactly one sentence")


def test_two_sentences_in_one_step_are_refused(emerg_kb: Path) -> None:
    both = (
        "Call the emergency number straight away if someone on MDMA is confused and very hot. "
        "Move the person to a cooler place, e.g. a quiet room, and stay with them."
    )
    path = emerg_kb / "emergencies.yaml"
    text = path.read_text()
    last = text.rindex("Call the emergency number")
    path.write_text(text[:last] + both + '"\n')
    assert any("step sentence is not exactly one sentence" in p for p in problems(emerg_kb))


def test_a_step_from_a_draft_is_refused(emerg_kb: Path) -> None:
    edit(emerg_kb / "documents/overheating.md", "status: vetted", "status: draft")
    found = problems(emerg_kb)
    assert any("guide `overheating` is not the id of a vetted emergency document" in p for p in found)
    assert sum("is not a vetted section" in p for p in found) == 3


def test_unknown_substance(emerg_kb: Path) -> None:
    edit(emerg_kb / "emergencies.yaml", "substances: [mdma, unknown]", "substances: [mdma, moonrock]")
    assert problems(emerg_kb) == ["emergencies.yaml:1: unknown substance `moonrock` (a substance id or `unknown`)"]


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("needs: any", "needs: maybe", "`needs` must be one of any, sign_and_substance, not `maybe`"),
        ("substances: [mdma, unknown]\n  needs: any", "needs: sign_and_substance", "`needs: sign_and_substance` needs a non-empty `substances` list"),
        ("priority: 50", "priority: high", "`priority` must be a whole number"),
        ("priority: 50", "priority: 5.5", "`priority` must be a whole number"),
        ("  priority: 50\n", "", "`priority` must be a whole number"),
        ("signs: [burning up, overheating, \"can't cool down\"]", "signs: []", "missing `signs`"),
        ("signs: [burning up,", "signs: [Burning Up,", "sign `Burning Up` must be lowercase"),
        ("signs: [burning up,", "signs: [overheating,", "sign `overheating` is listed twice"),
        ("id: overheating\n  name", "id: Over_Heating\n  name", "situation id `Over_Heating` must be a lowercase slug"),
        ("  name: Overheating after MDMA\n", "", "missing `name`"),
    ],
)
def test_bad_situation_fields(emerg_kb: Path, old: str, new: str, problem: str) -> None:
    edit(emerg_kb / "emergencies.yaml", old, new)
    assert [p for p in problems(emerg_kb)] == [f"emergencies.yaml:1: {problem}"]


def test_steps_are_required_and_self_steps_optional(emerg_kb: Path) -> None:
    text = (emerg_kb / "emergencies.yaml").read_text()
    (emerg_kb / "emergencies.yaml").write_text(text[: text.index("  self_steps:")])
    assert problems(emerg_kb) == []
    (emerg_kb / "emergencies.yaml").write_text(text[: text.index("  steps:")])
    assert problems(emerg_kb) == ["emergencies.yaml:1: missing `steps`"]


def test_a_step_listed_twice(emerg_kb: Path) -> None:
    with (emerg_kb / "emergencies.yaml").open("a") as handle:
        handle.write(
            '    - section: "overheating#What to do now"\n'
            '      sentence: "Call the emergency number straight away if someone on MDMA is confused and very hot."\n'
        )
    assert problems(emerg_kb) == [
        "emergencies.yaml:17: a step of `self_steps` is listed twice: `Call the emergency number straight away if someone`"
    ]


def test_duplicate_situation_id(emerg_kb: Path) -> None:
    text = (emerg_kb / "emergencies.yaml").read_text()
    (emerg_kb / "emergencies.yaml").write_text(text + text)
    assert any("duplicate situation id `overheating`" in p for p in problems(emerg_kb))


def test_dose_amount_in_emergencies_is_reported(emerg_kb: Path) -> None:
    edit(emerg_kb / "emergencies.yaml", "name: Overheating after MDMA", "name: Overheating after 200 mg of MDMA")
    assert any(p.startswith("emergencies.yaml:2: dose amount") for p in problems(emerg_kb))


def test_poison_line_sources_must_be_known(emerg_kb: Path) -> None:
    edit(emerg_kb / "jurisdictions.yaml", "      sources: [nhs-swast-when-to-call-999]", "      sources: [made-up]")
    assert problems(emerg_kb) == ["jurisdictions.yaml:1: unknown source id `made-up`"]


@pytest.mark.parametrize(("also", "problem"), [('["999"]', "`also` repeats the emergency number `999`"), ('["one-one-two"]', "`also` number `one-one-two` must be digits")])
def test_bad_also_numbers(emerg_kb: Path, also: str, problem: str) -> None:
    edit(emerg_kb / "jurisdictions.yaml", 'also: ["112"]', f"also: {also}")
    assert problems(emerg_kb) == [f"jurisdictions.yaml:1: {problem}"]


# The real knowledge base: the situations the emergency replies are built from.

REQUIRED_SITUATIONS = {
    "opioid-breathing",
    "depressant-unconscious",
    "stimulant-overheating",
    "serotonin-syndrome",
    "seizure",
    "chest-pain",
    "psychosis-agitation",
    "accidental-swallowing",
    "difficult-trip",
    "suicidal-crisis",
}
OVERDOSE_SITUATIONS = {"opioid-breathing", "depressant-unconscious", "stimulant-overheating", "serotonin-syndrome", "chest-pain", "suicidal-crisis"}


@pytest.fixture(scope="module")
def real_kb():  # type: ignore[no-untyped-def]
    from bot.settings import Settings

    kb, found = check_knowledge(Settings().knowledge_dir, today=dt.date.today())
    assert found == []
    return kb


def test_the_real_knowledge_base_has_the_situations(real_kb) -> None:  # type: ignore[no-untyped-def]
    assert REQUIRED_SITUATIONS <= set(real_kb.situations)
    for situation in real_kb.situations.values():
        assert len(situation.steps) >= 2, situation.id
        if situation.id in OVERDOSE_SITUATIONS:
            assert situation.self_steps, situation.id


def test_every_real_step_is_a_quotable_sentence(real_kb) -> None:  # type: ignore[no-untyped-def]
    sections = {s.key: s for s in real_kb.vetted_sections()}
    for situation in real_kb.situations.values():
        for step in (*situation.steps, *situation.self_steps):
            assert step.sentence in [s.text for s in split_sentences(sections[step.section])], (situation.id, step)


def test_opioid_steps_lead_with_the_call_and_naloxone(real_kb) -> None:  # type: ignore[no-untyped-def]
    first = [step.sentence.lower() for step in real_kb.situations["opioid-breathing"].steps[:3]]
    assert "emergency number" in first[0] and any("naloxone" in s for s in first)
    assert real_kb.situations["opioid-breathing"].priority == max(s.priority for s in real_kb.situations.values())


def test_self_steps_for_overdoses_start_with_calling(real_kb) -> None:  # type: ignore[no-untyped-def]
    for sid in OVERDOSE_SITUATIONS:
        assert "emergency number" in real_kb.situations[sid].self_steps[0].sentence.lower() or "000" in real_kb.situations[sid].self_steps[0].sentence, sid


COOLING = re.compile(r"\b(cool|cold|wet cloths?|fan|fanning|ice)\b")
BY_MOUTH = re.compile(r"\b(water|drink|eat|coffee|food)\b")
NEGATED = re.compile(r"\b(not|never)\b")


def test_cold_or_unconscious_situations_have_no_cooling_and_nothing_by_mouth(real_kb) -> None:  # type: ignore[no-untyped-def]
    for sid in ("opioid-breathing", "depressant-unconscious", "seizure", "accidental-swallowing"):
        for step in (*real_kb.situations[sid].steps, *real_kb.situations[sid].self_steps):
            text = step.sentence.lower()
            assert not COOLING.search(text), (sid, step.sentence)
            assert not BY_MOUTH.search(text) or NEGATED.search(text), (sid, step.sentence)


def test_no_step_anywhere_walks_people_around_or_uses_cold_showers(real_kb) -> None:  # type: ignore[no-untyped-def]
    for situation in real_kb.situations.values():
        for step in (*situation.steps, *situation.self_steps):
            text = step.sentence.lower()
            assert "walk them" not in text and "walk the person" not in text, (situation.id, step.sentence)
            assert "cold shower" not in text or "do not" in text, (situation.id, step.sentence)


POISON_LINES_VERIFIED = {"US", "UK", "AU"}  # others only once an official page gives the number


def test_every_emergency_number_cites_a_page_about_it_and_poison_lines_exist_where_verified(real_kb) -> None:  # type: ignore[no-untyped-def]
    for place in real_kb.jurisdictions.values():
        assert place.source_ids, place.id
        assert "cdc-xylazine" not in place.source_ids and "canada-good-samaritan-video" not in place.source_ids, place.id
    assert {p.id for p in real_kb.jurisdictions.values() if p.poison_lines} >= POISON_LINES_VERIFIED
    assert real_kb.jurisdictions["UK"].also_numbers == ("112",)
