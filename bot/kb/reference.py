"""A reference table of combination levels that our interaction table is compared against.

`knowledge/reference/tripsit_levels.yaml` holds, for our substance-id pairs, the level that
TripSit's published combination data gives (levels only: facts, none of TripSit's wording). It
is never indexed or quoted. `hrbot kb check` fails when one of our pairs is rated lower risk than
the reference unless the entry says why, with a source, in `below_reference:`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.kb.loader import LINE_KEY, Problem, _LineLoader
from bot.kb.model import InteractionEntry, KnowledgeBase, Location

REFERENCE_FILE = Path("reference") / "tripsit_levels.yaml"

# Higher is riskier. The three low-risk levels are one step: they differ in kind, not in risk.
SEVERITY = {
    "dangerous": 4,
    "unsafe": 3,
    "caution": 2,
    "low_risk_synergy": 1,
    "low_risk_no_synergy": 1,
    "low_risk_decrease": 1,
}
# The coarse buckets the agreement figure is computed over.
BUCKETS = {"dangerous": "avoid", "unsafe": "avoid", "caution": "caution"} | {
    level: "low_risk" for level in SEVERITY if level.startswith("low_risk")
}


@dataclass(frozen=True)
class ReferenceLevel:
    a: str
    b: str
    level: str
    where: Location

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.a, self.b))


@dataclass(frozen=True)
class Agreement:
    """How our levels compare with the reference over the pairs both tables have."""

    compared: int
    same_bucket: int
    lower: list[tuple[InteractionEntry, ReferenceLevel]]

    @property
    def ratio(self) -> float:
        return self.same_bucket / self.compared if self.compared else 1.0


def load_reference(root: Path) -> tuple[list[ReferenceLevel], list[Problem]]:
    """Read the reference table under `root`; a knowledge base without one has nothing to compare."""
    path = root / REFERENCE_FILE
    if not path.exists():
        return [], []
    try:
        rows = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader) or []
    except yaml.YAMLError as error:
        return [], [Problem(Location(path, 1), f"invalid YAML: {error}")]
    if not isinstance(rows, list):
        return [], [Problem(Location(path, 1), "expected a list of {a, b, level} mappings")]
    out, problems, seen = [], [], set()
    for row in rows:
        line = int(row.get(LINE_KEY, 1)) if isinstance(row, dict) else 1
        where = Location(path, line)
        if not isinstance(row, dict) or not all(isinstance(row.get(k), str) for k in ("a", "b", "level")):
            problems.append(Problem(where, "a reference row needs `a`, `b` and `level`"))
            continue
        level = ReferenceLevel(row["a"].strip(), row["b"].strip(), row["level"].strip(), where)
        if level.level not in SEVERITY:
            problems.append(Problem(where, f"unsupported reference level `{level.level}`"))
            continue
        if level.pair in seen:
            problems.append(Problem(where, f"duplicate reference pair {level.a} + {level.b}"))
            continue
        seen.add(level.pair)
        out.append(level)
    return out, problems


def compare(kb: KnowledgeBase, reference: list[ReferenceLevel]) -> Agreement:
    """Our level against the reference's for every pair both have."""
    ours = {entry.pair: entry for entry in kb.interactions if entry.level in SEVERITY}
    compared = same = 0
    lower = []
    for ref in reference:
        entry = ours.get(ref.pair)
        if entry is None:
            continue
        compared += 1
        same += BUCKETS[entry.level] == BUCKETS[ref.level]
        if SEVERITY[entry.level] < SEVERITY[ref.level]:
            lower.append((entry, ref))
    return Agreement(compared=compared, same_bucket=same, lower=lower)


def check_reference(kb: KnowledgeBase) -> list[Problem]:
    """No pair may be rated lower risk than the reference without a stated, sourced reason."""
    reference, problems = load_reference(kb.root)
    for ref in reference:
        unknown = [sid for sid in (ref.a, ref.b) if sid not in kb.substances]
        problems += [Problem(ref.where, f"unknown substance `{sid}`") for sid in unknown]
    agreement = compare(kb, reference)
    below = {id(entry) for entry, _ in agreement.lower}
    for entry, ref in agreement.lower:
        assert entry.where is not None
        if not entry.below_reference:
            problems.append(
                Problem(
                    entry.where,
                    f"{entry.a} + {entry.b} is rated `{entry.level}`, lower risk than TripSit's `{ref.level}` "
                    f"({ref.where}): raise the level, or give the reason and its source in `below_reference:`",
                )
            )
        elif not any(sid in kb.sources for sid in _words(entry.below_reference)):
            message = "`below_reference` must name the id of a source that supports the reason"
            problems.append(Problem(entry.where, message))
    for entry in kb.interactions:
        if entry.below_reference and id(entry) not in below:
            assert entry.where is not None
            message = "`below_reference` is set, but the pair is not rated lower than the reference"
            problems.append(Problem(entry.where, message))
    return problems


def _words(text: str) -> set[str]:
    return {word.strip("`'\".,;:()[]") for word in text.split()}
