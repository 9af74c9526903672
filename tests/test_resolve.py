from __future__ import annotations

import pytest

from bot.core import Bot


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is molly dangerous", ["mdma"]),
        ("MDMA and booze", ["mdma", "alcohol"]),
        ("can i take molly on sertraline", ["mdma", "ssris"]),
        ("xanax and oxycodone together", ["benzodiazepines", "opioids"]),
        ("2cb vs 2C-B", ["2c-x"]),
        ("what about special k", ["ketamine"]),
        ("viagra with poppers", ["pde5-inhibitors", "poppers"]),
        ("the weather is nice", []),
    ],
)
def test_substances_resolve_through_aliases_and_classes(bot: Bot, text: str, expected: list[str]) -> None:
    assert bot.resolver.substances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is it legal in the UK", "UK"),
        ("here in canada", "CA"),
        ("in Germany?", "DE"),
        ("amsterdam coffee shops", "NL"),
        ("can you tell us about mdma", None),
        ("laws in the US", "US"),
    ],
)
def test_jurisdictions_are_detected_but_not_from_the_word_us(bot: Bot, text: str, expected: str | None) -> None:
    assert bot.resolver.jurisdiction(text) == expected


def test_interacts_as_uses_the_group_row(bot: Bot) -> None:
    direct = bot.resolver.interaction("opioids", "alcohol")
    via_group = bot.resolver.interaction("fentanyl", "alcohol")
    assert direct is not None and via_group is direct


def test_a_section_names_the_groups_of_its_document_and_its_text(bot: Bot) -> None:
    section = bot.retriever.sections["cocaine-risks#Cocaine with alcohol: cocaethylene"]
    assert {"cocaine", "alcohol"} <= bot.resolver.groups_named(section)


def test_a_preparation_named_brings_what_it_holds(bot: Bot) -> None:
    assert bot.resolver.also_contained("drank ayahuasca last night") == {"dmt": ("maois",)}
    assert bot.resolver.also_contained("smoked dmt last night") == {}
