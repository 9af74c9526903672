"""What kind of information a question asks for, from its wording."""

from __future__ import annotations

import pytest

from bot.intent import asks_what_it_is, compares
from bot.kb.model import Section


@pytest.mark.parametrize(
    "question", ["what is flakka", "what even is tusi, my mate called it pink coke", "whats ket?", "tell me about dmt",
                 "what kind of drug is kratom"],
)
def test_asking_what_a_thing_is(question: str) -> None:
    assert asks_what_it_is(question)


@pytest.mark.parametrize(
    "question", ["whats the comedown from mdma actually like", "what does tranq do to your skin",
                 "what is actually in fake xanax bars", "meth psychosis how long does it last"],
)
def test_narrower_questions_do_not_ask_what_it_is(question: str) -> None:
    assert not asks_what_it_is(question)


def test_an_overview_section_is_one_headed_what_it_is() -> None:
    def section(heading: str) -> Section:
        return Section(doc_id="d", doc_title="D", heading=heading, text="t", source_ids=("s",), topic="effects")

    assert section("What MDMA is").is_overview and section("What poppers are").is_overview
    assert not section("What to do if someone overheats").is_overview
    assert not section("How long it lasts").is_overview


@pytest.mark.parametrize(
    "question", ["what is 3mmc and why was everyone in amsterdam on it", "is adderall just speed",
                 "whats the actual difference between heroin and fentanyl", "peyote and san pedro, both mescaline?"],
)
def test_asking_what_a_thing_is_in_other_shapes(question: str) -> None:
    assert asks_what_it_is(question)


def test_a_threshold_listed_with_other_dose_levels_is_no_legal_question() -> None:
    """Writer B: "list the threshold, common and strong doses for mushrooms" was read as the law's threshold."""
    from bot.intent import asks_about_law

    assert not asks_about_law("list the threshold, common and strong doses for mushrooms")
    assert not asks_about_law("threshold / light / strong for 2cb?")
    assert asks_about_law("what is the threshold quantity for cocaine in portugal")


@pytest.mark.parametrize(
    "question", ["why do poppers give me such a banging headache", "trouble sleeping after a coke weekend",
                 "in the trials MDMA was given in a controlled setting, is that why it was safe",
                 "my cheeks are lawn-green after ket lol", "does ket make your bladder problems worse over time"],
)
def test_words_that_only_contain_a_legal_word_ask_no_legal_question(question: str) -> None:
    """'banging' is no ban: the legal words must be whole words, and trouble or control only in their legal sense."""
    from bot.intent import asks_about_law

    assert not asks_about_law(question)


@pytest.mark.parametrize(
    "question", ["will i get in trouble if the police find one pill", "is ketamine a controlled drug in the uk",
                 "are poppers banned now", "is it legal to carry nitrous", "could i get into trouble for having weed at uni",
                 "how much trouble can you get in for g in the uk"],
)
def test_legal_questions_still_ask_about_the_law(question: str) -> None:
    from bot.intent import asks_about_law

    assert asks_about_law(question)


@pytest.mark.parametrize(
    "question",
    ["is zopiclone less habit forming than diazepam", "ritalin vs adderall", "is ket safer than mdma",
     "is tramadol as addictive as oxy", "difference between 2cb and mdma", "is ket withdrawal like opiate withdrawal"],
)
def test_comparing_two_substances_is_not_asking_about_a_mix(question: str) -> None:
    assert compares(question)


@pytest.mark.parametrize(
    "question", ["is ket and mdma ok together", "can i take xanax with my oxy", "is it ok to take xanax like after coke"]
)
def test_a_mix_is_not_a_comparison(question: str) -> None:
    assert not compares(question)
