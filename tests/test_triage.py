"""Reading an emergency: which situations, in what order, who is typing and what state the person is in."""

from __future__ import annotations

import pytest

from bot.kb.check import check_knowledge
from bot.kb.model import KnowledgeBase
from bot.settings import Settings
from bot.triage import _sign_pattern, body_state, describes_someone, plain, resolved, signs_in, triage, who_is_typing


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return check_knowledge(Settings().knowledge_dir)[0]


def ids(kb: KnowledgeBase, text: str, substances: list[str]) -> list[str]:
    return [s.id for s in triage(text, substances, kb.situations.values()).situations]


def test_an_unknown_pill_with_slow_breathing_puts_the_opioid_situation_first(kb: KnowledgeBase) -> None:
    assert ids(kb, "she took some pill and now shes barely breathing and wont wake up", [])[0] == "opioid-breathing"


def test_a_drinker_who_passed_out_gets_the_depressant_situation_before_the_opioid_one(kb: KnowledgeBase) -> None:
    found = ids(kb, "my mate drank loads and passed out, he's cold and wont wake up", ["alcohol"])
    assert found[0] == "depressant-unconscious"


def test_serotonin_syndrome_needs_a_serotonergic_drug_in_view(kb: KnowledgeBase) -> None:
    text = "her legs keep twitching and shes shivering and really hot"
    assert "serotonin-syndrome" not in ids(kb, text, ["cannabis"])
    assert "serotonin-syndrome" in ids(kb, text, ["mdma", "tramadol"])


def test_fitting_is_a_seizure(kb: KnowledgeBase) -> None:
    assert ids(kb, "hes fitting on the floor", [])[0] == "seizure"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("i took too much and my heart is racing", "self"),
        ("i accidentally took my husband's pills and feel sleepy", "self"),
        ("my chest hurts after coke", "self"),
        ("my friend took g and won't wake up", "other"),
        ("i have narcan, my roommate is passed out", "other"),
        ("gave him narcan and hes still out", "other"),
    ],
)
def test_who_is_typing(text: str, who: str) -> None:
    assert who_is_typing(text) == who


def test_the_body_state_is_read_from_the_words_used() -> None:
    assert {"cold", "unresponsive"} <= body_state("she's freezing cold and passed out")
    assert "hot" in body_state("he's burning up")
    assert "naloxone" in body_state("we have narcan here")
    assert "seizure" in body_state("she's fitting")


def test_a_general_question_about_signs_describes_nobody() -> None:
    assert not describes_someone("what are the usual signs that an opioid overdose is happening")
    assert describes_someone("my friend is snoring weird and wont wake up")
    assert describes_someone("what do i do my mate is fitting")


def test_a_sign_in_two_parts_needs_both(kb: KnowledgeBase) -> None:
    # "toddler/... + swallowed/ate/...": a child, and something swallowed; neither alone is an emergency.
    ids = lambda text: [s.id for s in triage(text, [], kb.situations.values()).situations]  # noqa: E731
    assert "accidental-swallowing" in ids("my 3 year old ate one of the gummies from my bag")
    assert "accidental-swallowing" in ids("my 4yo got into my pills")
    assert "accidental-swallowing" not in ids("my 3 year old is learning to swim")


@pytest.mark.parametrize("text", [
    "took 30 pills an hour ago on purpose",
    "friend smoked spice and is screaming and punching walls",
    "bloke at the squat is off his head and smashing things up",
    "whats the dose that stops your breathing, asking for myself",
])
def test_someone_is_described_without_the_usual_pronouns(text: str) -> None:
    assert describes_someone(text)


@pytest.mark.parametrize("text", [
    "my friend was really paranoid after smoking spice last night, hes ok today, is that common",
    "my mate passed out drunk last night, he was fine this morning, did we do the right thing",
    "if someone is fitting do you put something in their mouth",
    "whats the best thing to do if someone is having a bad trip at a party",
])
def test_what_is_over_or_hypothetical_is_not_danger_now(text: str) -> None:
    assert not describes_someone(text)


def test_over_but_happening_again_now_is_danger_now() -> None:
    assert describes_someone("he was fine an hour ago but now he wont wake up")
    assert describes_someone("my toddler might have drunk my methadone, shes fine right now but im scared")


def test_a_worried_question_about_paranoia_is_not_a_psychosis_emergency(kb: KnowledgeBase) -> None:
    ids = lambda text: [s.id for s in triage(text, [], kb.situations.values()).situations]  # noqa: E731
    assert "psychosis-agitation" not in ids("my brother smokes weed every day and is paranoid, can weed cause psychosis")
    assert "psychosis-agitation" in ids("hes paranoid and has a knife, says people are coming for him")


def test_resolved_means_over_and_all_right_not_just_in_the_past() -> None:
    from bot.triage import resolved

    assert resolved("last weekend my friend passed out after G, hes fine now but what should we have done")
    assert resolved("i had a fit after tramadol, went to hospital and they said im ok. why did that happen")
    assert not resolved("stopped my xanax 4 days ago, just had a seizure, i feel like another one is coming")
    assert not resolved("he was fine an hour ago but now he wont wake up")
    # Saying one is fine is not being fine.
    assert not resolved("my mate took a pill, his face is purple red and he keeps saying hes fine but slurring")
    assert not resolved("she insists shes ok but she cant stand up")


@pytest.mark.parametrize(
    "message",
    [
        "I accidentally took my husband's oxycodone this morning, I'm not used to it, and I feel very sleepy",
        "meant to do a tiny bump of fent and accidentally did the whole cap",
        "mi hermano tomó mucha cocaína y está en el balcón gritando",
        "er hat Crystal genommen und hat ein Messer",
        "j'ai une douleur dans la poitrine après la coke",
        "minha filha engoliu uns comprimidos",
        "guy in our group thinks the tents are on fire",
        "festival medic here, 20 y/o male, GCS low after GHB",
    ],
)
def test_someone_described_now_in_many_ways(message: str) -> None:
    """"not used to it" is no past habit, and people are named in other languages and in a medic's words."""
    assert describes_someone(message)


def test_a_general_opening_about_something_still_going_is_now() -> None:
    assert describes_someone("is it normal for someone to shake on the ground for five minutes? still going")
    assert not describes_someone("is it normal for someone to shake after a night out")


@pytest.mark.parametrize(
    "text",
    ["someone gave me a pill that was supposed to help me chill but now im sweating and shaking",
     "i think someone put something in my drink i feel really weird and my legs dont work",
     "je prends de la venlafaxine et j'ai pris de la MD ce soir, j'ai super chaud",
     "im in a tent at the festival and i cant cool down",
     "just had what i think was a seizure?? woke up on the floor"],
)
def test_the_person_in_danger_typing_is_read_as_self(text: str) -> None:
    assert who_is_typing(text) == "self"


def test_a_bystander_who_cannot_wake_someone_is_not_the_one_in_danger() -> None:
    assert who_is_typing("i cant wake him up he took g") == "other"
    assert who_is_typing("my friend took pills and he cant wake up") == "other"


@pytest.mark.parametrize(
    "text",
    ["had a few drinks then took 2 of my sisters diazepam, everything is spinning and i feel sick",
     "on citalopram, took a pill, shaking, boiling", "pingers + st johns wort, now my whole body feels wrong"],
)
def test_the_owner_of_the_pills_is_not_the_one_in_danger_and_a_clipped_i_is_still_me(text: str) -> None:
    assert who_is_typing(text) == "self"


def test_someone_else_named_with_clipped_clauses_is_still_someone_else() -> None:
    assert who_is_typing("my friend took a pill, shaking, boiling") == "other"


@pytest.mark.parametrize(
    "text",
    [
        "my mate overheated at a festival last summer and was in intensive care, could that happen to him again?",
        "i had a seizure last year coming off benzos and want to come off them again, how do i do it more safely",
        "i volunteer at a shelter, what helps calm residents who get paranoid after spice",
        "going to try mushrooms next weekend for the first time, what do i do if i start to panic",
        "my friend had a fit at a gig on friday, he's ok now, should he still see a doctor?",
    ],
)
def test_the_past_the_future_and_people_in_general_are_not_danger_now(text: str) -> None:
    """Look-alikes from emergency tuning set 7 in other words: a time, a habit or a plan places them elsewhere."""
    assert not describes_someone(text)


@pytest.mark.parametrize(
    "text",
    [
        "he's nodding out again and his lips are going blue",
        "she was ok an hour ago but now she's fitting on the floor",
        "what do i do if he won't wake up, he took a load of pills",
        "he's still not breathing properly",
    ],
)
def test_again_still_and_what_if_said_about_someone_now_are_still_danger_now(text: str) -> None:
    assert describes_someone(text)


@pytest.mark.parametrize(
    "text",
    [
        "in the film the guy on meth sees insects under his skin, does that really happen",
        "im writing a leaflet for our welfare team, what should it say about spotting a seizure",
        "nursing student, exam scenario: patient unresponsive with tiny pupils, what comes first",
        "whats the best way to calm down someone who's aggressive on coke? i work the door",
        "just asking so i know, no one's using right now: how do you tell nodding from an overdose",
        "my mate had chest pain on coke on friday, he was seen at a&e and discharged, what should he avoid",
    ],
)
def test_stories_courses_and_what_is_over_are_not_danger_now(text: str) -> None:
    assert not describes_someone(text) or resolved(text)


def test_a_worker_reporting_a_real_emergency_is_still_danger_now() -> None:
    assert describes_someone("welfare volunteer here, a girl in our tent is unresponsive and her lips are blue")
    assert describes_someone("nurse at the festival, guy is fitting on the floor now")


@pytest.mark.parametrize(
    "message",
    [
        "two weeks ago my mate went grey after some gear, he came round on his own, should we have called someone",
        "my brother had a fit after spice on saturday, he's been fine since but tired, does he need a doctor",
        "my mum had chest pains at the wedding, the paramedics said it was fine, should she see her gp",
    ],
)
def test_told_as_over_and_the_person_all_right_is_resolved(message: str) -> None:
    assert resolved(message)


def test_asking_how_to_stop_it_happening_again_is_not_happening_now() -> None:
    assert not describes_someone("at a festival last summer i overheated on pills, how do i stop that happening again")


@pytest.mark.parametrize(
    ("message", "situation"),
    [
        ("meine freundin hat was genommen und atmet kaum noch", "opioid-breathing"),
        ("mijn vriend ligt op de grond met blauwe lippen", "opioid-breathing"),
        ("il respire à peine depuis qu'il a fumé", "opioid-breathing"),
        ("no respira casi nada desde hace un rato", "opioid-breathing"),
        ("the bathroom door is locked, there's a snoring noise and no answer", "opioid-breathing"),
        ("ik ben in paniek, die paddo's zijn te sterk", "difficult-trip"),
        ("i've got a rope in the loft and nobody's home till late", "suicidal-crisis"),
        ("ik heb een drukkend gevoel op mijn borst na de coke", "chest-pain"),
        ("there's a chip in my arm and they're listening through it", "psychosis-agitation"),
        ("mi abuela tomó las pastillas de mi abuelo por error y está muy mareada", "accidental-swallowing"),
        ("smoked dmt half an hour ago and i never came back", "difficult-trip"),
        ("been saving up my tablets for weeks and tonight's the night", "suicidal-crisis"),
    ],
)
def test_signs_are_read_in_the_words_and_languages_people_use(kb: KnowledgeBase, message: str, situation: str) -> None:
    assert situation in ids(kb, message, [])


def test_a_hedged_i_am_fine_is_a_claim_not_a_sign_it_is_over() -> None:
    assert not resolved("probably i'm fine but my temp is 39.8 and i can't stop sweating after the pills")


def test_what_i_have_just_done_is_about_someone_now() -> None:
    assert describes_someone("is it bad that ive stopped sweating, been on pills all night")
    assert describes_someone("when the cops came i swallowed what i had, starting to feel sleepy")


@pytest.mark.parametrize(
    "message",
    [
        "my brother overheated at the festival yesterday but slept it off and he's fine, should he see someone",
        "my legs were twitching after mdma on my ssri last week, it's gone now, was that serotonin syndrome",
    ],
)
def test_over_and_gone_is_resolved(message: str) -> None:
    assert resolved(message)


def test_over_but_another_coming_is_not_resolved() -> None:
    assert not resolved("had a fit an hour ago coming off benzos, it's over but i feel another one starting")


@pytest.mark.parametrize("text", [
    "my 4yo ate something",  # a sign word after a digit
    "she's   NOT breathing!!",
    "can't wake him, he's blue",
    "hes fitting on the floor shaking",
    "chest hurts & heart racing after 2 lines",
    "très chaud, kalt, frío",
    "the shakes again-and-again",
    "",
])
def test_the_quick_no_on_letter_runs_never_hides_a_sign(kb: KnowledgeBase, text: str) -> None:
    """Every sign found by checking its patterns one by one is found by `signs_in`, and nothing else."""
    text = plain(text)
    for situation in kb.situations.values():
        every = [sign for sign in situation.signs if all(p.search(text) for p in _sign_pattern(sign))]
        assert signs_in(situation, text) == every
