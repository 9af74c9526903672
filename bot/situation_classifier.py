"""Which emergency situation a message describes, when none of the situations' signs are in its words.

The signs in `knowledge/emergencies.yaml` are the first reader: exact, explainable, and what a
reviewer edits. People describe the same danger in words no list holds ("his face looks waxy",
"she keeps going under"), and then an emergency got only the general first steps. This second
reader is a small classifier, the same kind as the policy's (`bot/policy/classifier.py`: the
sentence embedding plus hashed word and character n-grams, logistic regression), trained on
messages written by a separate writer for the purpose (`bot/situation_training/`), never on eval
cases. It names a situation only when it is fairly sure (`MIN_CONFIDENCE`, chosen on the blind
tuning sets); `other-emergency` and anything less sure leave the general steps. It is cached
like the policy classifier, keyed by the training data, this module's version and the model.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from sklearn.linear_model import LogisticRegression

from bot.policy.classifier import cache_path, features, inverse_document_frequency, ngram_counts
from bot.policy.normalise import canonical

TRAINING_DIR = Path(__file__).with_name("situation_training")
TRAINING_FILES = ("writer_g.yaml", "writer_r.yaml")
NONE_OF_THEM = "other-emergency"  # the training label for dangers no situation describes
VERSION = "1"
C = 4.0  # chosen on the three blind emergency tuning sets (C 1, 4, 16: 4 names the most at the same accuracy)
MIN_CONFIDENCE = 0.5  # below this the general first steps stay (chosen on the tuning sets; docs/quality.md)

Embed = Callable[[list[str]], np.ndarray]


def load_training(directory: Path = TRAINING_DIR) -> list[tuple[str, str]]:
    """(text, situation id) for every training example, in file order."""
    out = []
    for name in TRAINING_FILES:
        for item in yaml.safe_load((directory / name).read_text(encoding="utf-8")) or []:
            out.append((str(item["text"]), str(item["situation"])))
    return out


@dataclass
class SituationClassifier:
    coef: np.ndarray  # (labels, embedding + n-gram features)
    intercept: np.ndarray
    labels: tuple[str, ...]
    idf: np.ndarray

    def probabilities(self, vector: Sequence[float], text: str) -> dict[str, float]:
        """Each situation's probability for a message: its embedding `vector` and its `text`."""
        embedding = np.asarray(vector, dtype=np.float32)
        row = features(embedding.reshape(1, -1), ngram_counts([canonical(text)]), self.idf)
        logits = np.asarray(row @ self.coef.T).ravel() + self.intercept
        exp = np.exp(logits - logits.max())
        return {label: float(p) for label, p in zip(self.labels, exp / exp.sum(), strict=True)}

    def situation(self, vector: Sequence[float], text: str, known: Sequence[str]) -> str | None:
        """The situation id among `known` that the message most likely describes, when sure enough."""
        probabilities = self.probabilities(vector, text)
        best = max(probabilities, key=probabilities.__getitem__)
        if best == NONE_OF_THEM or best not in known or probabilities[best] < MIN_CONFIDENCE:
            return None
        return best

    @classmethod
    def train(cls, examples: Sequence[tuple[str, str]], embed: Embed) -> SituationClassifier:
        texts = [canonical(text) for text, _ in examples]
        counts = ngram_counts(texts)
        idf = inverse_document_frequency(counts)
        model = LogisticRegression(max_iter=3000, C=C, class_weight="balanced").fit(
            features(np.asarray(embed(texts), dtype=np.float32), counts, idf), [label for _, label in examples]
        )
        return cls(
            coef=model.coef_.astype(np.float32), intercept=model.intercept_.astype(np.float32),
            labels=tuple(str(label) for label in model.classes_), idf=idf,
        )

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        np.savez(path, coef=self.coef, intercept=self.intercept, idf=self.idf, labels=np.asarray(json.dumps(self.labels)))

    @classmethod
    def load(cls, path: Path) -> SituationClassifier:
        data = np.load(path, allow_pickle=False)
        return cls(
            coef=data["coef"], intercept=data["intercept"], labels=tuple(json.loads(str(data["labels"]))), idf=data["idf"]
        )

    @classmethod
    def load_or_train(cls, *, cache_dir: Path, model_sha256: str, embed: Embed) -> SituationClassifier:
        """The cached classifier for this training data and model, trained now if there is none."""
        path = cache_path(cache_dir, "situation-classifier", [TRAINING_DIR / name for name in TRAINING_FILES], VERSION, model_sha256)
        if path.exists():
            return cls.load(path)
        classifier = cls.train(load_training(), embed)
        classifier.save(path)
        return classifier
