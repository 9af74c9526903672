"""A small classifier on the sentence embeddings the bot already computes.

It catches what the patterns cannot list (paraphrases, role play, new slang, other languages)
and tells questions that are not about drugs at all. The data is `bot/policy/training/`, kept
apart from the eval cases: the project's own examples and writer A's are the training set,
writer B's, written independently, the validation set. Each label's threshold is chosen on
writer B (see `choose_thresholds`) for a model fitted on the training set; the model is then
refitted on all three files. It reads the canonical form of a message (`normalise.canonical`),
as the bot does. The fitted model is cached under the index directory, keyed by a hash of the
training data, this module's version and the embedding model, so an unchanged setup never retrains.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression

from bot.policy.normalise import canonical

LABELS = (
    "safe", "dosing", "emergency", "crisis", "manufacture", "sourcing", "evasion", "harm_to_others",
    "prescription_fraud", "minors", "promotion", "defamation", "out_of_scope",
)
GUARDED = tuple(label for label in LABELS if label != "safe")
BENIGN = frozenset({"safe", "out_of_scope"})
TRAINING_DIR = Path(__file__).with_name("training")
# Which writer wrote each file, and whether it trains the model or validates it (the cross-writer split).
TRAINING_FILES = {"hand.yaml": ("project", "train"), "writer_a.yaml": ("A", "train"), "writer_b.yaml": ("B", "validate")}
# Per label, the share of benign validation examples (safe, out of scope) allowed above its threshold.
MAX_FALSE_POSITIVE_RATE = 0.003
VERSION = "3"  # bump when the features change (e.g. how a message is canonicalised), so caches retrain

Embed = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    history: tuple[str, ...] = ()  # earlier user messages, for follow-ups
    writer: str = "project"
    role: str = "train"  # or "validate"


def load_examples(directory: Path = TRAINING_DIR, *, role: str | None = None) -> list[Example]:
    """The labelled examples of every training file (or only those of one `role`), in file order."""
    examples = []
    for name, (writer, file_role) in TRAINING_FILES.items():
        if role is not None and file_role != role:
            continue
        items = yaml.safe_load((directory / name).read_text(encoding="utf-8")) or []
        examples += [
            Example(str(i["text"]), str(i["label"]), tuple(str(h) for h in i.get("history") or ()), writer, file_role)
            for i in items
            if i.get("label") in LABELS
        ]
    return examples


NEVER = 1.01  # a threshold no probability reaches


def negatives_for(label: str, truth: np.ndarray) -> np.ndarray:
    """Which validation examples count as false positives for `label`: benign ones, or for out of scope all others."""
    if label == "out_of_scope":
        return truth != label
    return np.isin(truth, list(BENIGN)) & (truth != label)


def choose_thresholds(probabilities: np.ndarray, labels: Sequence[str]) -> dict[str, float]:
    """Per label: the lowest threshold at which at most `MAX_FALSE_POSITIVE_RATE` of benign validation
    examples (safe or out of scope; for `out_of_scope` itself, every other example) score above it.

    The lowest such threshold gives the best recall the false-positive budget allows.
    """
    truth = np.asarray(labels)
    thresholds = {}
    for label in GUARDED:
        column = probabilities[:, LABELS.index(label)]
        negatives = column[negatives_for(label, truth)]
        # Up to 0.999, and past 1 (the classifier alone never acts on the label) when nothing lower keeps the
        # budget: a label whose benign look-alikes score near certain must not refuse them.
        candidates = np.concatenate([np.linspace(0.1, 0.99, 90), np.linspace(0.991, 0.999, 9), [NEVER]])
        allowed = [t for t in candidates if (negatives >= t).mean() <= MAX_FALSE_POSITIVE_RATE]
        thresholds[label] = float(min(allowed))
    return thresholds


@dataclass
class PolicyClassifier:
    model: LogisticRegression
    thresholds: dict[str, float]
    held_out_report: dict[str, dict[str, float]] = field(default_factory=dict)

    def probabilities(self, vector: Sequence[float]) -> dict[str, float]:
        row = self.model.predict_proba(np.asarray(vector, dtype=np.float32).reshape(1, -1))[0]
        return {str(label): float(p) for label, p in zip(self.model.classes_, row, strict=True)}


    @classmethod
    def train(cls, examples: Sequence[Example], embed: Embed) -> PolicyClassifier:
        """Fit on the training writers, choose thresholds on the validation writer, then refit on everything."""
        vectors = embed([canonical(e.text) for e in examples])
        labels = np.asarray([e.label for e in examples])
        validate = np.asarray([e.role == "validate" for e in examples])
        probe = _fit(vectors[~validate], labels[~validate])
        probabilities = _ordered(probe, probe.predict_proba(vectors[validate]))
        thresholds = choose_thresholds(probabilities, labels[validate])
        report = _report(probabilities, labels[validate], thresholds)
        return cls(model=_fit(vectors, labels), thresholds=thresholds, held_out_report=report)

    # -- caching ------------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(
            path,
            coef=self.model.coef_,
            intercept=self.model.intercept_,
            classes=np.asarray(self.model.classes_),
            meta=np.asarray(json.dumps({"thresholds": self.thresholds, "report": self.held_out_report})),
        )

    @classmethod
    def load(cls, path: Path) -> PolicyClassifier:
        data = np.load(path, allow_pickle=False)
        model = LogisticRegression()
        model.coef_, model.intercept_, model.classes_ = data["coef"], data["intercept"], data["classes"]
        meta = json.loads(str(data["meta"]))
        return cls(model=model, thresholds=meta["thresholds"], held_out_report=meta["report"])

    @classmethod
    def load_or_train(cls, *, cache_dir: Path, model_sha256: str, embed: Embed) -> PolicyClassifier:
        """The cached classifier for these training files and model, trained now if there is none."""
        data = b"".join((TRAINING_DIR / name).read_bytes() for name in TRAINING_FILES)
        digest = hashlib.sha256(data + VERSION.encode() + model_sha256.encode()).hexdigest()[:16]
        path = cache_dir / f"policy-classifier-{digest}.npz"
        if path.exists():
            return cls.load(path)
        classifier = cls.train(load_examples(), embed)
        classifier.save(path)
        return classifier


def _fit(vectors: np.ndarray, labels: Sequence[str]) -> LogisticRegression:
    """Logistic regression, chosen over an MLP and kNN on the cross-writer split (docs/policy.md)."""
    return LogisticRegression(max_iter=3000, C=16.0, class_weight="balanced").fit(vectors, labels)


def _ordered(model: LogisticRegression, probabilities: np.ndarray) -> np.ndarray:
    """Columns in `LABELS` order, whatever order the model learned them in."""
    index = [list(model.classes_).index(label) for label in LABELS]
    return probabilities[:, index]


def _report(probabilities: np.ndarray, labels: Sequence[str], thresholds: dict[str, float]) -> dict[str, dict[str, float]]:
    truth = np.asarray(labels)
    report = {}
    for label, threshold in thresholds.items():
        column = probabilities[:, LABELS.index(label)]
        positives = truth == label
        report[label] = {
            "threshold": round(threshold, 3),
            "recall": round(float((column[positives] >= threshold).mean()), 3) if positives.any() else 0.0,
            # The same negatives the threshold was chosen on (for out of scope: every other example).
            "benign_false_positive_rate": round(float((column[negatives_for(label, truth)] >= threshold).mean()), 4),
            "held_out_positives": int(positives.sum()),
        }
    return report
