"""Incremental indexing against a real Chroma directory and the real model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.embeddings import load_embeddings
from bot.index import SectionIndex
from bot.kb.check import check_knowledge
from bot.settings import Settings


@pytest.fixture(scope="module")
def embeddings():  # type: ignore[no-untyped-def]
    return load_embeddings(Settings())


def sections(root: Path):  # type: ignore[no-untyped-def]
    kb, problems = check_knowledge(root, today=dt.date(2026, 11, 25))
    assert problems == []
    return kb.vetted_sections()


def test_second_run_embeds_nothing_and_changes_embed_only_what_changed(mini_kb: Path, tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    index = SectionIndex(Settings(index_dir=tmp_path / "idx", knowledge_dir=mini_kb), embeddings)
    first = index.refresh(sections(mini_kb))
    assert (first.embedded, first.deleted) == (2, 0)

    again = SectionIndex(Settings(index_dir=tmp_path / "idx", knowledge_dir=mini_kb), embeddings)
    assert again.refresh(sections(mini_kb)).embedded == 0

    doc = mini_kb / "documents/mdma-effects.md"
    doc.write_text(doc.read_text().replace("raises blood pressure.", "raises blood pressure and heart rate."))
    changed = again.refresh(sections(mini_kb))
    assert (changed.embedded, changed.deleted, changed.unchanged) == (1, 0, 1)

    text = doc.read_text()
    doc.write_text(text[: text.index("## Heat and heart")])
    removed = again.refresh(sections(mini_kb))
    assert (removed.embedded, removed.deleted, removed.unchanged) == (0, 1, 1)
    assert again.is_current(sections(mini_kb))


def test_search_returns_section_keys_with_cosine_similarity(mini_kb: Path, tmp_path: Path, embeddings) -> None:  # type: ignore[no-untyped-def]
    index = SectionIndex(Settings(index_dir=tmp_path / "idx"), embeddings)
    index.refresh(sections(mini_kb))
    hits = index.search(embeddings.embed_query("does ecstasy make you overheat"), k=2)
    assert hits[0][0] == "mdma-effects#Heat and heart"
    assert 0.3 < hits[0][1] <= 1.0


def test_a_model_with_the_wrong_hash_is_refused(tmp_path: Path) -> None:
    from bot.embeddings import ModelIntegrityError, packaged_model_dir

    with pytest.raises(ModelIntegrityError):
        load_embeddings(Settings(model_sha256="0" * 64))
    fake = tmp_path / "model"
    fake.mkdir()
    (fake / "model.safetensors").write_bytes(b"not the vetted weights")
    with pytest.raises(ModelIntegrityError):
        load_embeddings(Settings(model_dir=fake))
    assert (packaged_model_dir() / "model.safetensors").is_file()
