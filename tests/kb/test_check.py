"""Every error class `hrbot kb check` reports, each shown on a copy of the tiny knowledge base."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.kb.check import check_knowledge

TODAY = dt.date(2026, 11, 25)


def problems(root: Path, today: dt.date = TODAY) -> list[str]:
    return [f"{p.where.path.name}:{p.where.line}: {p.message}" for p in check_knowledge(root, today=today)[1]]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def test_the_fixture_knowledge_base_is_clean(mini_kb: Path) -> None:
    assert problems(mini_kb) == []


def test_the_real_knowledge_base_is_clean() -> None:
    from bot.settings import Settings

    assert problems(Settings().knowledge_dir, today=dt.date.today()) == []


def test_unknown_source_id_in_a_section(mini_kb: Path) -> None:
    edit(mini_kb / "documents/mdma-effects.md", "Sources: nida-mdma-drugfacts\n\nMDMA can", "Sources: made-up\n\nMDMA can")
    assert problems(mini_kb) == ["mdma-effects.md:18: unknown source id `made-up`"]


def test_section_without_sources(mini_kb: Path) -> None:
    edit(mini_kb / "documents/mdma-effects.md", "Sources: nida-mdma-drugfacts\n\nMDMA can", "MDMA can")
    assert any("names no sources" in p and p.startswith("mdma-effects.md:18") for p in problems(mini_kb))


def test_missing_source_fields_and_non_https_url(mini_kb: Path) -> None:
    edit(mini_kb / "sources.yaml", "url: https://nida.nih.gov", "url: http://nida.nih.gov")
    edit(mini_kb / "sources.yaml", '  title: "Misuse of Drugs Act 1971"\n', "")
    found = problems(mini_kb)
    assert any("URL must be https" in p for p in found)
    assert any("missing `title`" in p for p in found)


def test_domain_not_on_the_allow_list(mini_kb: Path) -> None:
    edit(mini_kb / "sources.yaml", "https://www.swast.nhs.uk/", "https://example.com/")
    assert any("domain `example.com` is not in allowed_domains.yaml" in p for p in problems(mini_kb))


def test_unsupported_topic(mini_kb: Path) -> None:
    edit(mini_kb / "documents/mdma-effects.md", "topic: effects", "topic: recipes")
    assert any("unsupported topic `recipes`" in p for p in problems(mini_kb))


def test_duplicate_ids_and_aliases(mini_kb: Path) -> None:
    edit(mini_kb / "documents/draft-note.md", "id: draft-note", "id: mdma-effects")
    edit(mini_kb / "substances.yaml", "aliases: [booze, beer]", "aliases: [booze, beer, molly]")
    with (mini_kb / "sources.yaml").open("a") as handle:
        handle.write("- id: nida-mdma-drugfacts\n  title: t\n  publisher: p\n  url: https://nida.nih.gov/x\n  accessed: 2026-11-25\n")
    found = problems(mini_kb)
    assert any("duplicate document id `mdma-effects`" in p for p in found)
    assert any("duplicate alias `molly`" in p for p in found)
    assert any("duplicate source id `nida-mdma-drugfacts`" in p for p in found)


def test_also_contains_must_name_the_substance_and_known_substances(mini_kb: Path) -> None:
    edit(mini_kb / "substances.yaml", "aliases: [booze, beer]", "aliases: [booze, beer]\n  also_contains: {beer: [mdma], wine: [mdma], booze: [unicorn]}")
    found = problems(mini_kb)
    assert any("`also_contains` names `wine`, which is not a name of `alcohol`" in p for p in found)
    assert any("`also_contains` for `booze` names unknown substance `unicorn`" in p for p in found)
    assert not any("`beer`" in p for p in found)


def test_expired_review(mini_kb: Path) -> None:
    assert any("review expired" in p for p in problems(mini_kb, today=dt.date(2028, 1, 1)))


@pytest.mark.parametrize("amount", ["120 mg", "half a pill", "0.5 ml", "2 tabs", "1 mg per kg", "redose after 2 hours"])
def test_dose_amount_anywhere_in_the_content(mini_kb: Path, amount: str) -> None:
    edit(mini_kb / "documents/mdma-effects.md", "feel energetic", f"feel energetic after {amount}")
    assert [p for p in problems(mini_kb) if "dose amount" in p][0].startswith("mdma-effects.md:16: dose amount")


def test_dose_amount_in_a_table(mini_kb: Path) -> None:
    edit(mini_kb / "interactions.yaml", "both dehydrate", "both dehydrate, even at 50 mg,")
    assert any(p.startswith("interactions.yaml:5: dose amount") for p in problems(mini_kb))


def test_unknown_substance_jurisdiction_and_level(mini_kb: Path) -> None:
    edit(mini_kb / "interactions.yaml", "level: caution", "level: fine")
    edit(mini_kb / "legal.yaml", "jurisdiction: UK", "jurisdiction: XX")
    edit(mini_kb / "documents/mdma-effects.md", "substances: [mdma]", "substances: [mdma, unobtainium]")
    found = problems(mini_kb)
    assert any("unsupported level `fine`" in p for p in found)
    assert any("unknown jurisdiction `XX`" in p for p in found)
    assert any("unknown substance `unobtainium`" in p for p in found)


def test_broken_yaml_is_reported_not_raised(mini_kb: Path) -> None:
    (mini_kb / "substances.yaml").write_text("- id: [unclosed\n")
    assert any(p.startswith("substances.yaml:") and "invalid YAML" in p for p in problems(mini_kb))


def test_drafts_are_never_indexed(mini_kb: Path) -> None:
    kb, _ = check_knowledge(mini_kb, today=TODAY)
    assert {s.doc_id for s in kb.vetted_sections()} == {"mdma-effects"}


def test_search_terms_reach_every_section_of_their_document_and_nothing_else(mini_kb: Path) -> None:
    edit(mini_kb / "documents/mdma-effects.md", "status: vetted", 'search_terms: ["molly", "rolling"]\nstatus: vetted')
    kb, found = check_knowledge(mini_kb, today=TODAY)
    assert found == []
    sections = [s for s in kb.vetted_sections() if s.doc_id == "mdma-effects"]
    assert sections and all("(molly, rolling)" in s.embed_text for s in sections)
    assert all("molly" not in s.text for s in sections)


def test_too_many_or_too_long_search_terms(mini_kb: Path) -> None:
    terms = ", ".join(f'"term {n}"' for n in range(17))
    edit(mini_kb / "documents/mdma-effects.md", "status: vetted", f'search_terms: [{terms}, "{"x" * 41}"]\nstatus: vetted')
    found = problems(mini_kb)
    assert any("at most 16 `search_terms`" in p for p in found)
    assert any("longer than 40 characters" in p for p in found)


def test_a_dose_in_search_terms_is_reported(mini_kb: Path) -> None:
    edit(mini_kb / "documents/mdma-effects.md", "status: vetted", 'search_terms: ["100mg pills"]\nstatus: vetted')
    assert any("dose amount" in p for p in problems(mini_kb))


QUESTIONS = "Sources: nida-mdma-drugfacts\nQuestions: {}\n\nMDMA can"


def test_questions_line_is_read_and_never_part_of_the_quoted_text(mini_kb: Path) -> None:
    edit(mini_kb / "documents/mdma-effects.md", "Sources: nida-mdma-drugfacts\n\nMDMA can",
         QUESTIONS.format("what does molly do | why do people feel close on mdma"))
    kb, found = check_knowledge(mini_kb, today=TODAY)
    assert found == []
    section = next(s for d in kb.documents if d.id == "mdma-effects" for s in d.sections if s.questions)
    assert section.questions == ("what does molly do", "why do people feel close on mdma")
    assert "Questions" not in section.text and "molly do" not in section.text
    assert "what does molly do" in section.search_text


@pytest.mark.parametrize(
    ("questions", "problem"),
    [
        ("only one question", "lists 2 to 5 questions"),
        (" | ".join(f"question {n}" for n in range(6)), "lists 2 to 5 questions"),
        ("short one | " + "x" * 130, "longer than 120 characters"),
        ("same question | Same Question", "listed twice"),
        ("is 100mg of molly a lot | what does molly do", "dose amount `100mg`"),
    ],
)
def test_bad_questions_are_reported(mini_kb: Path, questions: str, problem: str) -> None:
    edit(mini_kb / "documents/mdma-effects.md", "Sources: nida-mdma-drugfacts\n\nMDMA can", QUESTIONS.format(questions))
    assert any(problem in p and p.startswith("mdma-effects.md:") for p in problems(mini_kb))


def test_a_mix_must_name_the_substance_and_known_substances(mini_kb: Path) -> None:
    edit(mini_kb / "substances.yaml", "aliases: [booze, beer]", "aliases: [booze, beer]\n  mixes: {wine: [mdma], booze: [unicorn]}")
    found = problems(mini_kb)
    assert any("`mixes` names `wine`, which is not a name of `alcohol`" in p for p in found)
    assert any("`mixes` for `booze` names unknown substance `unicorn`" in p for p in found)
