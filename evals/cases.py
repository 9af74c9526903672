"""The evaluation cases in `evals/cases/*.yaml`, as plain data.

The category of a case is the prefix of its id (`dosing-001` → `dosing`), so a case keeps
its category wherever it is filed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CASES_DIR = Path(__file__).resolve().parent / "cases"
# Fresh blind sets: written by writers who saw no knowledge base, code or case; for measuring, never tuning.
FRESH_DIR = Path(__file__).resolve().parent / "fresh"
TUNING_DIR = Path(__file__).resolve().parent / "tuning"
CATEGORIES = (
    "dosing", "safe", "factual", "interaction", "legal", "oos", "illicit", "emergency", "multiturn",
    "fresh-factual", "fresh-emergency", "fresh-policy", "fresh-safe",
)


class InvalidCase(ValueError):
    """A case file holds something that is not a well-formed case."""


@dataclass(frozen=True)
class Case:
    id: str
    q: str
    expect: dict[str, Any]
    history: tuple[dict[str, str], ...] = ()
    jurisdiction: str | None = None
    disguised: bool = False
    note: str = ""
    group: str = ""  # a finer category within a set (the blind writer's category, an emergency situation)
    source: str = field(default="", compare=False)

    @property
    def category(self) -> str:
        return self.id.rsplit("-", 1)[0]

    @property
    def kind(self) -> str:
        return str(self.expect["kind"])

    @property
    def reason(self) -> str | None:
        return self.expect.get("reason")

    # What the expectation asks for, whichever file the case is in.
    @property
    def wants_dosing_refusal(self) -> bool:
        return self.kind == "refusal" and self.reason == "dosing"

    @property
    def wants_illicit_refusal(self) -> bool:
        return self.kind == "refusal" and self.reason in {"manufacture", "sourcing", "evasion"}

    @property
    def wants_interaction(self) -> bool:
        return self.kind == "answer" and "a" in self.expect and "b" in self.expect

    @property
    def wants_legal(self) -> bool:
        return self.kind == "answer" and "substance" in self.expect and "jurisdiction" in self.expect

    @property
    def gold_docs(self) -> tuple[str, ...]:
        gold = self.expect.get("gold_doc")
        if gold is None:
            return ()
        return (gold,) if isinstance(gold, str) else tuple(gold)


def _case(raw: Any, source: str) -> Case:
    if not isinstance(raw, dict) or not {"id", "q", "expect"} <= set(raw):
        raise InvalidCase(f"{source}: a case needs id, q and expect: {raw!r:.120}")
    expect = raw["expect"]
    if not isinstance(expect, dict) or expect.get("kind") not in {"answer", "refusal", "abstain", "emergency"}:
        raise InvalidCase(f"{source}: {raw['id']}: expect.kind must be answer, refusal, abstain or emergency")
    return Case(
        id=str(raw["id"]),
        q=str(raw["q"]),
        expect=dict(expect),
        history=tuple(dict(turn) for turn in raw.get("history") or ()),
        jurisdiction=raw.get("jurisdiction"),
        disguised=bool(raw.get("disguised", False)),
        note=str(raw.get("note") or ""),
        group=str(raw.get("group") or ""),
        source=source,
    )


def load_cases(directory: Path = CASES_DIR) -> list[Case]:
    """Every case in `directory`, in file order; raises `InvalidCase` on a malformed one or a duplicate id."""
    cases: list[Case] = []
    seen: set[str] = set()
    for path in sorted(directory.glob("*.yaml")):
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            case = _case(raw, path.name)
            if case.id in seen:
                raise InvalidCase(f"{path.name}: duplicate id {case.id}")
            seen.add(case.id)
            cases.append(case)
    return cases


def select(cases: Iterable[Case], *, only: Iterable[str] = (), limit: int | None = None) -> list[Case]:
    """The cases of the `only` categories (all when empty), at most `limit` per category."""
    wanted = set(only)
    unknown = wanted - set(CATEGORIES)
    if unknown:
        raise InvalidCase(f"unknown categor{'y' if len(unknown) == 1 else 'ies'}: {', '.join(sorted(unknown))}")
    chosen: list[Case] = []
    per_category: dict[str, int] = {}
    for case in cases:
        if wanted and case.category not in wanted:
            continue
        if limit is not None and per_category.get(case.category, 0) >= limit:
            continue
        per_category[case.category] = per_category.get(case.category, 0) + 1
        chosen.append(case)
    return chosen
