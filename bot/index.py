"""The dense index of knowledge-base sections in Chroma, kept in step with `knowledge/`.

Each stored section carries a hash of what was embedded (and of the model), so a refresh
embeds only new or changed sections and deletes removed ones; an unchanged knowledge base
costs one metadata read. A second collection holds every sentence's embedding, keyed by a
hash of the sentence, so composing a reply never has to embed knowledge-base text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlparse

import numpy as np

import chromadb
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings
from tqdm import tqdm

from bot.kb.model import Section
from bot.sentences import split_sentences
from bot.settings import Settings

BATCH = 64


@dataclass(frozen=True)
class RefreshStats:
    embedded: int
    deleted: int
    unchanged: int
    sentences_embedded: int = 0
    sentences_deleted: int = 0


def _chroma_client(settings: Settings) -> chromadb.ClientAPI:
    """A local persistent client by default; an HTTP client when a server URL is set."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return chromadb.HttpClient(
            host=url.hostname or "localhost",
            port=url.port or (443 if url.scheme == "https" else 8000),
            ssl=url.scheme == "https",
            settings=chroma_settings,
        )
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.index_dir), settings=chroma_settings)


class SectionIndex:
    """Dense search over sections; ids are `Section.key`."""

    def __init__(self, settings: Settings, embeddings: Embeddings) -> None:
        # What embedded the vectors: the model, and for the ONNX backend its export (`model_id`), so a change re-embeds.
        self._model_sha = getattr(embeddings, "model_id", None) or settings.model_sha256
        client = _chroma_client(settings)
        self.store = Chroma(
            client=client,
            collection_name=settings.collection,
            embedding_function=embeddings,
            collection_metadata={"hnsw:space": "cosine"},
        )
        self.sentence_store = Chroma(
            client=client,
            collection_name=f"{settings.collection}-sentences",
            embedding_function=embeddings,
            collection_metadata={"hnsw:space": "cosine"},
        )
        self.question_store = Chroma(
            client=client,
            collection_name=f"{settings.collection}-questions",
            embedding_function=embeddings,
            collection_metadata={"hnsw:space": "cosine"},
        )

    def sentence_id(self, sentence: str) -> str:
        return hashlib.sha256(f"{self._model_sha}\n{sentence}".encode()).hexdigest()[:32]

    def section_vectors(self) -> dict[str, np.ndarray]:
        """Every stored section embedding, by section key: held in memory, an exact search is one product
        (0.2 ms) where a Chroma query costs about 3 ms."""
        return _vectors(self.store)

    def sentence_vectors(self) -> dict[str, np.ndarray]:
        """Every stored sentence embedding, by `sentence_id`: loaded once, used for every reply."""
        return _vectors(self.sentence_store)

    def question_vectors(self) -> dict[str, np.ndarray]:
        """Every stored embedding of a section's `Questions:`, by `sentence_id` of the question."""
        return _vectors(self.question_store)

    def _refresh_texts(self, store: Chroma, texts: Iterable[str], *, label: str, progress: bool) -> tuple[int, int]:
        """Embed texts not yet in `store` and delete those no longer wanted; ids are `sentence_id`."""
        wanted = {self.sentence_id(text): text for text in texts}
        stored = set(store.get(include=[])["ids"])
        removed = [i for i in stored if i not in wanted]
        if removed:
            store.delete(ids=removed)
        new = [(i, text) for i, text in wanted.items() if i not in stored]
        bar = tqdm(total=len(new), desc=f"Embedding {label}s", unit=label, disable=not progress or not new)
        for start in range(0, len(new), BATCH * 4):
            batch = new[start : start + BATCH * 4]
            store.add_texts(texts=[t for _, t in batch], ids=[i for i, _ in batch])
            bar.update(len(batch))
        bar.close()
        return len(new), len(removed)

    def content_hash(self, section: Section) -> str:
        return hashlib.sha256(f"{self._model_sha}\n{section.embed_text}".encode()).hexdigest()

    def stored_hashes(self) -> dict[str, str]:
        stored = self.store.get(include=["metadatas"])
        return {i: (m or {}).get("hash", "") for i, m in zip(stored["ids"], stored["metadatas"], strict=True)}

    def is_current(self, sections: Sequence[Section]) -> bool:
        return self.stored_hashes() == {s.key: self.content_hash(s) for s in sections}

    def refresh(self, sections: Sequence[Section], *, progress: bool = False) -> RefreshStats:
        """Embed new and changed sections and sentences, delete removed ones."""
        stored = self.stored_hashes()
        wanted = {s.key: s for s in sections}
        stale = [s for key, s in wanted.items() if stored.get(key) != self.content_hash(s)]
        removed = [key for key in stored if key not in wanted]
        if removed:
            self.store.delete(ids=removed)
        bar = tqdm(total=len(stale), desc="Embedding sections", unit="section", disable=not progress or not stale)
        for start in range(0, len(stale), BATCH):
            batch = stale[start : start + BATCH]
            self.store.add_texts(
                texts=[s.embed_text for s in batch],
                metadatas=[{"hash": self.content_hash(s), "key": s.key, "doc_id": s.doc_id, "topic": s.topic} for s in batch],
                ids=[s.key for s in batch],
            )
            bar.update(len(batch))
        bar.close()
        new_sentences, old_sentences = self._refresh_texts(
            self.sentence_store, (s.text for section in sections for s in split_sentences(section)),
            label="sentence", progress=progress,
        )
        self._refresh_texts(
            self.question_store, (q for section in sections for q in section.questions), label="question",
            progress=progress,
        )
        return RefreshStats(
            embedded=len(stale),
            deleted=len(removed),
            unchanged=len(wanted) - len(stale),
            sentences_embedded=new_sentences,
            sentences_deleted=old_sentences,
        )

    def search(self, vector: list[float], *, k: int) -> list[tuple[str, float]]:
        """Return `(section key, cosine similarity)` pairs, most similar first."""
        return _nearest(self.store, vector, k)



def _vectors(store: Chroma) -> dict[str, np.ndarray]:
    stored = store.get(include=["embeddings"])
    return {i: np.asarray(v, dtype=np.float32) for i, v in zip(stored["ids"], stored["embeddings"], strict=True)}


def _nearest(store: Chroma, vector: list[float], k: int) -> list[tuple[str, float]]:
    hits = store.similarity_search_by_vector_with_relevance_scores(vector, k=k)
    return [(doc.id or "", 1.0 - distance) for doc, distance in hits]
