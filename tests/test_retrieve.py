"""Retrieval against the real knowledge base, index and model."""

from __future__ import annotations

from bot.core import Bot
from bot.kb.model import Section
from bot.retrieve import RARE_HEADING_DF, each_named_first, rare_heading_terms

QUESTIONS = (
    "what happened with the FDA and MDMA therapy",
    "can drinking too much water on molly hurt you",
    "why do people grind their teeth on ecstasy",
    "is ketamine bad for your bladder",
    "how long does acid last",
)


def test_the_in_memory_dense_search_ranks_sections_as_chroma_does(bot: Bot) -> None:
    """The exact search held in memory replaced a Chroma query per ask; the same store must rank the same way."""
    for question in QUESTIONS:
        vector = bot.embeddings.embed_query(question)
        ours = bot.retriever.rankings(question, vector)
        theirs = bot.retriever.index.search(vector, k=5)
        assert ours.dense[:5] == [key for key, _ in theirs], question
        for key, similarity in theirs:
            assert abs(ours.dense_similarity[key] - similarity) < 1e-4, (question, key)


def test_every_indexed_section_is_searchable_in_memory(bot: Bot) -> None:
    assert bot.retriever.dense_sections.matrix.shape[0] == len(bot.retriever.keys)


def test_a_message_that_repeats_a_sections_own_question_finds_that_section(bot: Bot) -> None:
    """The seizure guide's 'During a seizure' was found by its question alone and fell below sections that several
    lists ranked middling: a near-repeat of a section's own question now comes near the top."""
    for section in bot.kb.vetted_sections():
        if section.doc_id == "seizures" and section.questions:
            question = section.questions[0]
            hits = bot.retriever.search(question, vector=bot.embeddings.embed_query(question), k=3)
            assert section.key in [h.section.key for h in hits], question


def test_only_words_that_head_few_sections_count_as_rare() -> None:
    common = [_section(f"d{i}", (), heading=f"Alcohol and sleep {i}") for i in range(RARE_HEADING_DF + 1)]
    rare = _section("fda", (), heading="The FDA decision")
    terms = rare_heading_terms([*common, rare])
    assert terms[rare.key] == {"fda", "decision"}
    assert not any("alcohol" in terms.get(c.key, ()) for c in common)


def test_a_rare_word_of_the_question_in_a_heading_leads_to_that_section(bot: Bot) -> None:
    """With the substance's full names in the query, 'Keeping the research in perspective' tied with 'The FDA
    decision' and won; FDA heads one section only, so that section leads."""
    question = "what did the fda say about mdma assisted therapy MDMA (ecstasy, molly)"
    hits = bot.retriever.search(question, vector=bot.embeddings.embed_query(question), substances=["mdma"], k=3)
    assert hits[0].section.key == "mdma-therapy-research#The FDA decision in August 2024"


def _section(doc_id: str, substances: tuple[str, ...], heading: str = "H") -> Section:
    return Section(doc_id=doc_id, doc_title=doc_id, heading=heading, text="t", source_ids=("s",), topic="effects",
                   substances=substances)


def test_a_comparison_leads_with_the_best_section_on_each_side() -> None:
    a1, a2, a3, b1 = _section("a1", ("a",)), _section("a2", ("a",)), _section("a3", ("a",)), _section("b1", ("b",))
    assert each_named_first([a1, a2, a3, b1], ["a", "b"]) == [a1, b1, a2, a3]
    # A side with no section leaves the order as it was.
    assert each_named_first([a1, a2], ["a", "c"]) == [a1, a2]
