"""The reference-table rule: no combination is rated lower risk than TripSit's without a sourced reason."""

from __future__ import annotations

from pathlib import Path

from bot.kb.loader import load_knowledge
from bot.kb.reference import compare, load_reference
from tests.kb.test_check import edit, problems


def write_reference(root: Path, rows: str) -> None:
    (root / "reference").mkdir(exist_ok=True)
    (root / "reference" / "tripsit_levels.yaml").write_text("# test reference\n" + rows)


def give_reason(root: Path, reason: str) -> None:
    old = "  sources: [nida-mdma-drugfacts]"
    edit(root / "interactions.yaml", old, f'{old}\n  below_reference: "{reason}"')


def test_a_pair_rated_lower_than_the_reference_is_an_error(mini_kb: Path) -> None:
    write_reference(mini_kb, "- {a: alcohol, b: mdma, level: unsafe}\n")
    found = problems(mini_kb)
    assert len(found) == 1
    assert found[0].startswith("interactions.yaml:1: mdma + alcohol is rated `caution`, lower risk than TripSit's")


def test_a_sourced_reason_allows_a_lower_level(mini_kb: Path) -> None:
    write_reference(mini_kb, "- {a: alcohol, b: mdma, level: unsafe}\n")
    give_reason(mini_kb, "A reason, supported by nida-mdma-drugfacts.")
    assert problems(mini_kb) == []


def test_a_reason_must_name_a_known_source(mini_kb: Path) -> None:
    write_reference(mini_kb, "- {a: alcohol, b: mdma, level: dangerous}\n")
    give_reason(mini_kb, "we think so")
    assert problems(mini_kb) == [
        "interactions.yaml:1: `below_reference` must name the id of a source that supports the reason"
    ]


def test_a_reason_on_a_pair_that_is_not_lower_is_an_error(mini_kb: Path) -> None:
    write_reference(mini_kb, "- {a: alcohol, b: mdma, level: low_risk_synergy}\n")
    give_reason(mini_kb, "see nida-mdma-drugfacts")
    assert problems(mini_kb) == [
        "interactions.yaml:1: `below_reference` is set, but the pair is not rated lower than the reference"
    ]


def test_rated_higher_or_equal_is_fine_and_low_risk_kinds_are_one_step(mini_kb: Path) -> None:
    write_reference(mini_kb, "- {a: alcohol, b: mdma, level: low_risk_decrease}\n")
    assert problems(mini_kb) == []
    edit(mini_kb / "interactions.yaml", "level: caution", "level: low_risk_synergy")
    assert problems(mini_kb) == []


def test_reference_rows_are_checked(mini_kb: Path) -> None:
    write_reference(mini_kb, "- {a: alcohol, b: unicorn, level: caution}\n- {a: alcohol, b: mdma, level: risky}\n")
    assert problems(mini_kb) == [
        "tripsit_levels.yaml:2: unknown substance `unicorn`",
        "tripsit_levels.yaml:3: unsupported reference level `risky`",
    ]


def test_agreement_counts_coarse_buckets(mini_kb: Path) -> None:
    kb, _ = load_knowledge(mini_kb)
    write_reference(mini_kb, "- {a: alcohol, b: mdma, level: caution}\n")
    assert compare(kb, load_reference(mini_kb)[0]).ratio == 1.0
    write_reference(mini_kb, "- {a: alcohol, b: mdma, level: dangerous}\n")
    result = compare(kb, load_reference(mini_kb)[0])
    assert (result.compared, result.same_bucket, len(result.lower)) == (1, 0, 1)


def test_the_real_table_agrees_with_tripsit() -> None:
    from bot.settings import Settings

    kb, _ = load_knowledge(Settings().knowledge_dir)
    reference, trouble = load_reference(kb.root)
    assert reference and not trouble
    result = compare(kb, reference)
    assert result.compared >= 250
    assert result.ratio >= 0.93
    assert all(entry.below_reference for entry, _ in result.lower)
