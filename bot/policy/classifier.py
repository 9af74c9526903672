"""A small classifier on the sentence embeddings the bot already computes.

It catches what the patterns cannot list (paraphrases, role play, new slang) and tells
questions that are not about drugs at all. It is trained on `bot/policy/training.yaml`,
which is kept apart from the eval cases; each label's threshold is chosen on a held-out
quarter of that file (see `choose_thresholds`), then the model is refitted on all of it.
The fitted model is cached under the index directory, keyed by a hash of the training
data and the embedding model, so an unchanged setup never retrains.
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
from sklearn.model_selection import train_test_split

LABELS = ("safe", "dosing", "emergency", "manufacture", "sourcing", "evasion", "out_of_scope")
GUARDED = ("dosing", "emergency", "manufacture", "sourcing", "evasion", "out_of_scope")
TRAINING_FILE = Path(__file__).with_name("training.yaml")
MAX_FALSE_POSITIVE_RATE = 0.01  # of held-out examples of other labels scored above a label's threshold
HELD_OUT = 0.25
SEED = 13

Embed = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class Example:
    text: str
    label: str
    history: tuple[str, ...] = ()  # earlier user messages, for follow-ups


def load_examples(path: Path = TRAINING_FILE) -> list[Example]:
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [Example(str(i["text"]), str(i["label"])) for i in items if i.get("label") in LABELS]


def choose_thresholds(probabilities: np.ndarray, labels: Sequence[str]) -> dict[str, float]:
    """Per label: the lowest threshold at which at most 1% of held-out examples of other labels score above it.

    The lowest such threshold gives the best recall the false-positive budget allows.
    """
    truth = np.asarray(labels)
    thresholds = {}
    for label in GUARDED:
        column = probabilities[:, LABELS.index(label)]
        negatives = column[truth != label]
        candidates = np.linspace(0.2, 0.95, 76)
        allowed = [t for t in candidates if (negatives >= t).mean() <= MAX_FALSE_POSITIVE_RATE]
        thresholds[label] = float(min(allowed)) if allowed else 0.95
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
        """Fit on 75%, choose thresholds on the held-out 25%, then refit on everything."""
        texts = [e.text for e in examples]
        labels = [e.label for e in examples]
        vectors = embed(texts)
        train_x, test_x, train_y, test_y = train_test_split(
            vectors, labels, test_size=HELD_OUT, random_state=SEED, stratify=labels
        )
        probe = _fit(train_x, train_y)
        probabilities = _ordered(probe, probe.predict_proba(test_x))
        thresholds = choose_thresholds(probabilities, test_y)
        report = _report(probabilities, test_y, thresholds)
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
        """The cached classifier for this training file and model, trained now if there is none."""
        digest = hashlib.sha256(TRAINING_FILE.read_bytes() + model_sha256.encode()).hexdigest()[:16]
        path = cache_dir / f"policy-classifier-{digest}.npz"
        if path.exists():
            return cls.load(path)
        classifier = cls.train(load_examples(), embed)
        classifier.save(path)
        return classifier


def _fit(vectors: np.ndarray, labels: Sequence[str]) -> LogisticRegression:
    return LogisticRegression(max_iter=2000, C=4.0, class_weight="balanced").fit(vectors, labels)


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
            "false_positive_rate": round(float((column[~positives] >= threshold).mean()), 3),
            "held_out_positives": int(positives.sum()),
        }
    return report
