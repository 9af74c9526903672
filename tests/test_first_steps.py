"""First steps never contradict the situation: one test per rule, then the steps the data gives."""

from __future__ import annotations

import pytest

from bot.first_steps import StepFinder, contradiction
from bot.kb.check import check_knowledge
from bot.kb.model import KnowledgeBase
from bot.settings import Settings
from bot.triage import triage

COLD = frozenset({"cold"})
UNCONSCIOUS = frozenset({"unresponsive"})
FITTING = frozenset({"seizure"})
HOT = frozenset({"hot"})


def test_no_cooling_for_someone_who_is_cold() -> None:
    assert contradiction("Cool their skin with wet cloths.", COLD)
    assert contradiction("Keep the person calm and cool them with cool, wet cloths.", COLD)
    assert contradiction("Cool their skin with wet cloths.", HOT) is None


def test_no_cooling_for_someone_unconscious_who_is_not_overheating() -> None:
    assert contradiction("Cool their skin with cool water and fanning.", UNCONSCIOUS)
    assert contradiction("Cool their skin with cool water and fanning.", UNCONSCIOUS | HOT) is None


def test_nothing_by_mouth_for_someone_drowsy_unconscious_or_fitting() -> None:
    for state in (UNCONSCIOUS, FITTING):
        assert contradiction("Offer them sips of water.", state)
        assert contradiction("Give the person something sugary to drink.", state)
    assert contradiction("Do not give the person anything to eat or drink.", UNCONSCIOUS) is None


@pytest.mark.parametrize(
    "sentence",
    ["Walk them around to keep them awake.", "Put them under a cold shower.", "Make them sick to get it out."],
)
def test_walking_cold_showers_and_making_someone_sick_are_never_steps(sentence: str) -> None:
    assert contradiction(sentence, frozenset())


def test_a_sentence_that_warns_against_the_step_is_kept() -> None:
    assert contradiction("Never put someone in a cold shower.", frozenset()) is None
    assert contradiction("Do not try to make someone sick after they have swallowed something.", frozenset()) is None


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return check_knowledge(Settings().knowledge_dir)[0]


@pytest.fixture(scope="module")
def finder(kb: KnowledgeBase) -> StepFinder:
    return StepFinder(kb.vetted_sections(), kb.situations.values())


def steps(kb: KnowledgeBase, finder: StepFinder, text: str, substances: list[str]) -> list[str]:
    return [s.text for s in finder.steps(triage(text, substances, kb.situations.values()))]


def test_a_cold_passed_out_drinker_is_kept_warm_and_never_cooled(kb: KnowledgeBase, finder: StepFinder) -> None:
    found = steps(kb, finder, "my sister drank all night, she's freezing cold and clammy and won't wake up", ["alcohol"])
    assert any("warm" in s for s in found)
    assert all(contradiction(s, frozenset({"cold", "unresponsive"})) is None for s in found)


def test_slow_breathing_after_an_unknown_pill_gets_naloxone_early(kb: KnowledgeBase, finder: StepFinder) -> None:
    found = steps(kb, finder, "he took a pill and is barely breathing, lips blue", [])
    assert any("naloxone" in s.lower() for s in found[:3])


def test_naloxone_at_hand_during_a_seizure_is_used(kb: KnowledgeBase, finder: StepFinder) -> None:
    found = steps(kb, finder, "she smoked something, went blue, i sprayed narcan and now she's fitting", [])
    assert any("naloxone" in s.lower() for s in found)
    assert any("head" in s.lower() for s in found)


def test_the_person_typing_gets_steps_for_themselves(kb: KnowledgeBase, finder: StepFinder) -> None:
    found = steps(kb, finder, "i smoked some fent and i keep nodding out and im alone", ["fentanyl"])
    assert any("unlock" in s.lower() or "someone near you" in s.lower() for s in found)


def test_nothing_by_mouth_for_someone_who_drank_too_much_water() -> None:
    from bot.triage import body_state

    state = body_state("shes been drinking litres of water on molly and now shes confused and puking")
    assert "water" in state
    assert contradiction("Offer them sips of water while you wait.", state) is not None


def test_taking_off_wet_clothes_is_not_cooling() -> None:
    """"wet cloths" (cooling) once matched inside "wet clothes", so the warming step was dropped for the cold."""
    assert contradiction("Take off any wet clothes and wrap the person in dry blankets.", COLD) is None
    assert contradiction("Take off any soaked or damp clothing and wrap the person up.", COLD) is None
    assert contradiction("Cool their skin with wet cloths.", COLD)


def test_someone_cold_with_no_recognised_situation_is_wrapped_up(kb: KnowledgeBase, finder: StepFinder) -> None:
    from dataclasses import replace

    read = triage("we found him in the woods, wet through and shivering and confused", [], kb.situations.values())
    read = replace(read, situations=(kb.fallback_situation(),))
    found = [s.text for s in finder.steps(read)]
    assert any("blankets" in s for s in found[:3])


def test_a_named_opioid_brings_naloxone_whatever_the_situation(kb: KnowledgeBase, finder: StepFinder) -> None:
    """A toddler who chewed a fentanyl patch is an accidental swallowing, and still needs naloxone to hand."""
    found = steps(kb, finder, "my toddler chewed on a fentanyl patch", ["fentanyl"])
    assert any("naloxone" in s.lower() for s in found)
    found = steps(kb, finder, "my toddler ate one of my gummies", ["cannabis"])
    assert not any("naloxone" in s.lower() for s in found)


def test_two_guides_giving_the_same_step_say_it_once() -> None:
    from bot.first_steps import distinct
    from bot.kb.model import Section
    from bot.sentences import split_sentences

    section = Section(
        doc_id="d", doc_title="D", heading="h", source_ids=("s",), topic="emergency",
        text="If the person is unconscious but breathing, put them in the recovery position. "
        "Put the person in the recovery position if they are unconscious but breathing, or if you have to leave them. "
        "Stay with them.",
    )
    kept = distinct(split_sentences(section))
    assert [s.text for s in kept] == [
        "If the person is unconscious but breathing, put them in the recovery position.", "Stay with them.",
    ]
