"""The gate's bounds (`evals/thresholds.yaml`) and the check of a run's metrics against them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

THRESHOLDS_FILE = Path(__file__).resolve().parent / "thresholds.yaml"
BOUNDS = THRESHOLDS_FILE
FRESH_BOUNDS = Path(__file__).resolve().parent / "fresh_targets.yaml"  # the issues' targets for the blind sets


class InvalidThresholds(ValueError):
    """`thresholds.yaml` has an entry that is not `{min: x}` or `{max: x}` (with an optional `target`)."""


@dataclass(frozen=True)
class Bound:
    """A gate. `target` is where the metric should get to when the gate is a floor against regressions."""

    metric: str
    min: float | None = None
    max: float | None = None
    target: float | None = None

    def __str__(self) -> str:
        bound = f">= {self.min:g}" if self.min is not None else f"<= {self.max:g}"
        return f"{bound} (target {self.target:g})" if self.target is not None else bound

    def status(self, value: float | int | None) -> str:
        """`pass`, `FAIL`, or `skipped` when the run could not measure the metric."""
        if value is None:
            return "skipped"
        if self.min is not None and value < self.min:
            return "FAIL"
        if self.max is not None and value > self.max:
            return "FAIL"
        return "pass"


def load_bounds(path: Path = THRESHOLDS_FILE) -> dict[str, Bound]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    bounds = {}
    for metric, spec in raw.items():
        gates = set(spec) & {"min", "max"} if isinstance(spec, dict) else set()
        if not isinstance(spec, dict) or len(gates) != 1 or not set(spec) <= {"min", "max", "target"}:
            raise InvalidThresholds(f"{path.name}: {metric}: expected {{min: x}} or {{max: x}}, got {spec!r}")
        bounds[metric] = Bound(metric, min=spec.get("min"), max=spec.get("max"), target=spec.get("target"))
    return bounds


def missed(metrics: Mapping[str, float | int | None], bounds: Mapping[str, Bound]) -> list[str]:
    """The metrics that fail their bound."""
    return [name for name, bound in bounds.items() if bound.status(metrics.get(name)) == "FAIL"]
