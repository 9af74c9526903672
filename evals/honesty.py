"""The honesty rule, checked where it can be: no case question may be a training example of the policy classifier."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import yaml

from bot.settings import PROJECT_ROOT
from evals.cases import Case

POLICY_TRAINING = PROJECT_ROOT / "bot" / "policy" / "training"


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def training_overlap(cases: Sequence[Case], path: Path = POLICY_TRAINING) -> list[str]:
    """Ids of cases whose question is, word for word, a string in the policy's training files (a directory of
    YAML files, or one file)."""
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path] if path.exists() else []
    seen = {_squash(s) for f in files for s in _strings(yaml.safe_load(f.read_text(encoding="utf-8")))}
    return [case.id for case in cases if _squash(case.q) in seen]
