"""The ONNX embeddings: a query is encoded at its own length, never padded to a fixed one."""

from __future__ import annotations

import numpy as np
import pytest

from bot.embeddings import OnnxEmbeddings, load_embeddings
from bot.settings import Settings


@pytest.fixture(scope="module")
def onnx(settings: Settings) -> OnnxEmbeddings:
    embeddings = load_embeddings(settings.model_copy(update={"embedding_backend": "onnx"}))
    assert isinstance(embeddings, OnnxEmbeddings)
    return embeddings


class _Spy:
    """Records the shape of what reaches the encoder."""

    def __init__(self, session: object) -> None:
        self.session = session
        self.shapes: list[tuple[int, ...]] = []

    def run(self, outputs: list[str], feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
        self.shapes.append(feeds["input_ids"].shape)
        return self.session.run(outputs, feeds)  # type: ignore[attr-defined]


def test_a_short_query_is_not_padded(onnx: OnnxEmbeddings, monkeypatch: pytest.MonkeyPatch) -> None:
    # The packaged tokenizer.json pads to a fixed 128 tokens; a six-word question padded that far cost
    # the encoder about ten times its real length on every ask.
    spy = _Spy(onnx.session)
    monkeypatch.setattr(onnx, "session", spy)
    onnx.embed_query("is it safe to mix mdma and alcohol")
    assert spy.shapes and spy.shapes[0][1] < 20


def test_query_and_document_embeddings_agree(onnx: OnnxEmbeddings) -> None:
    text = "what does ketamine do to the bladder"
    assert np.allclose(onnx.embed_query(text), onnx.embed_documents([text])[0], atol=1e-5)


def test_a_long_query_is_cut_at_the_query_limit(onnx: OnnxEmbeddings, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _Spy(onnx.session)
    monkeypatch.setattr(onnx, "session", spy)
    onnx.embed_query("word " * 1000)
    assert spy.shapes[0][1] == 128
