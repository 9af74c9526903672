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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is a speedball riskier than either alone", ["opioids", "cocaine"]),
        ("thinking of candy flipping on saturday", ["lsd", "mdma"]),
        ("hippie flip vs candyflip", ["psilocybin", "mdma", "lsd"]),
    ],
)
def test_a_mix_s_name_names_every_substance_in_it(bot: Bot, text: str, expected: list[str]) -> None:
    assert bot.resolver.substances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how long do mkat comedowns last", ["cathinones"]),
        ("been doing balloons all weekend", ["nitrous"]),
        ("quit smoking bud last month", ["cannabis"]),
        ("we bought balloons for the party", []),
        ("is lachgas verboden in belgië", ["nitrous"]),
    ],
)
def test_street_phrases_name_their_drug_but_plain_words_do_not(bot: Bot, text: str, expected: list[str]) -> None:
    assert bot.resolver.substances(text) == expected


def test_only_a_mix_s_own_name_names_a_mix(bot: Bot) -> None:
    assert bot.resolver.names_a_mix("is candy flipping worse than acid alone")
    assert not bot.resolver.names_a_mix("is acid worse than mdma")
