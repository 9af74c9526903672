"""Answers are focused: the answering sentence first, nothing far below it, no near-duplicates, one number a source."""

from __future__ import annotations

from bot.compose import near_duplicate
from bot.core import Bot


def cited_sections(reply) -> set[str]:
    return {f"{q.doc_id}#{q.section}" for c in reply.citations for q in c.quotes}


def test_the_best_sentence_leads(bot: Bot) -> None:
    question = "why does mdma make you grind your teeth"
    vector = bot.embeddings.embed_query(question)
    section = bot.retriever.search(question, vector=vector, substances=["mdma"], k=1)[0].section
    chosen = bot.composer.pick(vector, [section], relative_floor=0.0)
    similarity = [float(bot.composer._sentence_vectors([s])[0] @ vector) for s in chosen]
    assert len(chosen) > 1 and similarity[0] == max(similarity)


def test_the_relative_floor_leaves_out_sentences_far_below_the_best(bot: Bot) -> None:
    question = "what is hyponatremia"
    vector = bot.embeddings.embed_query(question)
    hits = bot.retriever.search(question, vector=vector, k=3)
    loose = bot.composer.pick(vector, [h.section for h in hits], relative_floor=0.0)
    strict = bot.composer.pick(vector, [h.section for h in hits], relative_floor=0.95)
    assert len(strict) < len(loose)
    assert strict[0].text == loose[0].text


def test_near_duplicates_are_recognised() -> None:
    assert near_duplicate(
        "Naloxone can reverse an opioid overdose.", "Naloxone can quickly reverse an opioid overdose in minutes."
    )
    assert not near_duplicate("Naloxone can reverse an opioid overdose.", "Ketamine can damage the bladder.")


def test_no_answer_repeats_itself(bot: Bot) -> None:
    for question in ("what is naloxone", "signs of an opioid overdose", "is mdma addictive"):
        sentences = [s for s in bot.ask(question).text.split(". ") if s]
        for i, a in enumerate(sentences):
            assert not any(near_duplicate(a, b) for b in sentences[i + 1 :]), question


def test_a_source_cited_from_two_sections_gets_one_number(bot: Bot) -> None:
    for question in ("what are the risks of mdma", "how do i use naloxone", "what is a comedown"):
        reply = bot.ask(question)
        sources = [c.source_id for c in reply.citations]
        assert len(sources) == len(set(sources)), question


# Misses the blind set showed, in our own words (regression tests, not the blind cases).
def test_the_fda_decision_on_mdma_therapy_is_found(bot: Bot) -> None:
    reply = bot.ask("what did the fda say about mdma assisted therapy")
    assert reply.kind == "answer"
    assert any("FDA" in s for s in cited_sections(reply)) or "FDA" in reply.text


def test_drinking_too_much_water_on_mdma_reaches_the_hyponatremia_guide(bot: Bot) -> None:
    reply = bot.ask("can you drink too much water when you're on molly")
    assert reply.kind == "answer"
    assert any(s.startswith("hyponatremia#") for s in cited_sections(reply))


def test_a_question_about_the_mdma_comedown_reaches_the_comedown_guide(bot: Bot) -> None:
    reply = bot.ask("why do i feel so low a few days after taking pills")
    assert reply.kind == "answer"
    assert any("comedown" in s.lower() for s in cited_sections(reply))
