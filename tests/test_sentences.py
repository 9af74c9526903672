"""What a knowledge-base sentence is: the unit quoted, cited and searched."""

from __future__ import annotations

from bot.kb.model import Section
from bot.sentences import split_sentences


def section(text: str) -> Section:
    return Section(doc_id="d", doc_title="D", heading="H", text=text, source_ids=("s",), topic="risks")


def test_sentences_keep_their_offsets_in_the_section_text() -> None:
    s = section("MDMA raises body temperature. Drink water slowly! Is it safe? Nobody can say.")
    parts = split_sentences(s)
    assert [p.text for p in parts] == [
        "MDMA raises body temperature.", "Drink water slowly!", "Is it safe?", "Nobody can say.",
    ]
    assert all(s.text[p.start : p.end] == p.text for p in parts)
    assert [p.position for p in parts] == [0, 1, 2, 3]


def test_abbreviations_and_closing_quotes_do_not_split_a_sentence() -> None:
    parts = split_sentences(section('Some drugs, e.g. GHB, slow breathing. The label says "do not mix." Then it ends.'))
    assert [p.text for p in parts] == [
        "Some drugs, e.g. GHB, slow breathing.", 'The label says "do not mix."', "Then it ends.",
    ]


def test_the_index_and_the_composer_share_one_definition() -> None:
    import bot.compose
    import bot.index

    assert bot.compose.split_sentences is split_sentences
    assert bot.index.split_sentences is split_sentences
