"""A small classifier on the sentence embedding the bot already computes and the message's own words.

It catches what the patterns cannot list (paraphrases, role play, new slang, other languages)
and tells questions that are not about drugs at all. Its features are the embedding and hashed
word and character n-grams (tf-idf): the embedding reads meaning, the n-grams the telling words
("spike", "plug", "undetectable") in any spelling; on the cross-writer split the two together
found far more at the same false-positive budget than the embedding alone (docs/policy.md). The data is `bot/policy/training/`, kept
apart from the eval cases: the project's own examples and writer A's are the training set,
writer B's, written independently, the validation set (writer C's, a third writer's, trains too). Each label's threshold is chosen on
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
from scipy import sparse
from sklearn.feature_extraction.text import HashingVectorizer
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
TRAINING_FILES = {
    "hand.yaml": ("project", "train"), "writer_a.yaml": ("A", "train"), "writer_c.yaml": ("C", "train"),
    "writer_d.yaml": ("D", "train"), "writer_e.yaml": ("E", "train"), "writer_f.yaml": ("F", "train"),
    "writer_g.yaml": ("G", "train"), "writer_j.yaml": ("J", "train"), "writer_k.yaml": ("K", "train"),
    "writer_l.yaml": ("L", "train"), "writer_p.yaml": ("P", "train"), "writer_r.yaml": ("R", "train"),
    "writer_s.yaml": ("S", "train"), "writer_t.yaml": ("T", "train"), "writer_u.yaml": ("U", "train"),
    "writer_b.yaml": ("B", "validate"),
}
# The classifier acts on a label only when it finds it more likely than not, however low a threshold writer B
# would allow: with n-gram features, writer B's budget alone let "is lsd schedule 1" through as dosing.
MIN_THRESHOLD = 0.5
# Per label, the share of benign validation examples (safe, out of scope) allowed above its threshold.
MAX_FALSE_POSITIVE_RATE = 0.003
VERSION = "6"  # bump when the training changes, so caches retrain
# The code that turns a message into features: a cached model is keyed by it too, so a change to how a message is
# canonicalised retrains. A version bumped by hand was once forgotten, and a stale model served a session's
# measurements while a clean clone trained a different one.
FEATURE_CODE = (Path(__file__), Path(__file__).with_name("normalise.py"))
# The n-gram features: hashed (no vocabulary to store), tf-idf weighted, scaled against the embedding.
# Weight 2 and C=16 were chosen on writer B (mean recall at the budget 0.60 with the embedding alone, 0.86).
NGRAM_WEIGHT = 2.0
# Harm to others also gets a model of its own, that label against all others, on the same features. In the
# multi-class model its probability is shared with the crisis, emergency and dosing labels that requests to drug
# someone resemble, so new writers' requests rarely made it the top label. Trained on the same files, its threshold
# chosen on writer B in the same way; `decide` says when it may act. With it the whole policy refused 0.818 of writer
# AB's harm-to-others requests (never tuned on), against 0.773 without it (docs/policy.md).
HARM_HEAD_LABEL = "harm_to_others"
NGRAM_FEATURES = 2**16
_WORDS = HashingVectorizer(n_features=NGRAM_FEATURES, ngram_range=(1, 2), alternate_sign=False, norm=None)
_CHARS = HashingVectorizer(
    n_features=NGRAM_FEATURES, analyzer="char_wb", ngram_range=(3, 5), alternate_sign=False, norm=None
)

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
    return {label: column_threshold(probabilities[:, LABELS.index(label)], truth, label) for label in GUARDED}


def column_threshold(column: np.ndarray, truth: np.ndarray, label: str) -> float:
    """`choose_thresholds` for one model's probabilities of one `label` (a column of the multi-class model, or a head)."""
    negatives = column[negatives_for(label, truth)]
    # Up to 0.999, and past 1 (the classifier alone never acts on the label) when nothing lower keeps the
    # budget: a label whose benign look-alikes score near certain must not refuse them.
    candidates = np.concatenate([np.linspace(MIN_THRESHOLD, 0.99, round((0.99 - MIN_THRESHOLD) * 100) + 1),
                                 np.linspace(0.991, 0.999, 9), [NEVER]])
    allowed = [t for t in candidates if (negatives >= t).mean() <= MAX_FALSE_POSITIVE_RATE]
    return float(min(allowed))


@dataclass
class PolicyClassifier:
    model: LogisticRegression
    thresholds: dict[str, float]
    held_out_report: dict[str, dict[str, float]] = field(default_factory=dict)
    idf: np.ndarray = field(default_factory=lambda: np.ones(2 * NGRAM_FEATURES, dtype=np.float32))
    # A second model on the same features, harm to others against everything else (`HARM_HEAD_LABEL`).
    harm_head: LogisticRegression | None = None
    harm_threshold: float = NEVER
    harm_head_report: dict[str, float] = field(default_factory=dict)

    def probabilities(self, vector: Sequence[float], text: str = "") -> dict[str, float]:
        """Each label's probability for a message: its embedding `vector` and its `text` (canonicalised here)."""
        return self.scores(vector, text)[0]

    def scores(self, vector: Sequence[float], text: str = "") -> tuple[dict[str, float], float]:
        """Each label's probability, and the harm head's probability of harm to others, read from one set of features."""
        # The models' own arithmetic (softmax, or the logistic, of coef · features + intercept) on one message,
        # without building sparse matrices: a third of the cost of `predict_proba` on the features.
        embedding = np.asarray(vector, dtype=np.float32)
        counts = ngram_counts([canonical(text)])
        weights = (1 + np.log(counts.data.astype(np.float32))) * self.idf[counts.indices]
        norm = float(np.sqrt(weights @ weights)) or 1.0
        scaled = weights * (NGRAM_WEIGHT / norm)

        def logits(model: LogisticRegression) -> np.ndarray:
            coef = model.coef_
            out = coef[:, : embedding.size] @ embedding + model.intercept_
            if counts.indices.size:
                out = out + coef[:, embedding.size + counts.indices] @ scaled
            return out

        row = logits(self.model)
        row = np.exp(row - row.max())
        row /= row.sum()
        harm = 0.0 if self.harm_head is None else float(1 / (1 + np.exp(-logits(self.harm_head)[0])))
        return {str(label): float(p) for label, p in zip(self.model.classes_, row, strict=True)}, harm

    @classmethod
    def train(cls, examples: Sequence[Example], embed: Embed) -> PolicyClassifier:
        """Fit on the training writers, choose thresholds on the validation writer, then refit on everything."""
        texts = [canonical(e.text) for e in examples]
        vectors = np.asarray(embed(texts), dtype=np.float32)
        counts = ngram_counts(texts)  # hashed once; every fit below takes rows of it
        labels = np.asarray([e.label for e in examples])
        validate = np.asarray([e.role == "validate" for e in examples])
        train, held = ~validate, validate
        idf = inverse_document_frequency(counts[train])
        fitting, validating = features(vectors[train], counts[train], idf), features(vectors[held], counts[held], idf)
        probe = _fit(fitting, labels[train])
        probabilities = _ordered(probe, probe.predict_proba(validating))
        thresholds = choose_thresholds(probabilities, labels[held])
        report = _report(probabilities, labels[held], thresholds)
        harmful = labels == HARM_HEAD_LABEL
        head_column = _fit(fitting, harmful[train]).predict_proba(validating)[:, 1]
        harm_threshold = column_threshold(head_column, labels[held], HARM_HEAD_LABEL)
        idf = inverse_document_frequency(counts)
        everything = features(vectors, counts, idf)
        return cls(
            model=_fit(everything, labels), thresholds=thresholds, held_out_report=report, idf=idf,
            harm_head=_fit(everything, harmful), harm_threshold=harm_threshold,
            harm_head_report=_column_report(head_column, labels[held], HARM_HEAD_LABEL, harm_threshold),
        )

    # -- caching ------------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        head = self.harm_head
        np.savez(
            path,
            coef=self.model.coef_.astype(np.float32),
            intercept=self.model.intercept_,
            idf=self.idf,
            classes=np.asarray(self.model.classes_),
            head_coef=(head.coef_ if head is not None else np.zeros((1, 0))).astype(np.float32),
            head_intercept=head.intercept_ if head is not None else np.zeros(1),
            meta=np.asarray(json.dumps({
                "thresholds": self.thresholds, "report": self.held_out_report, "harm_threshold": self.harm_threshold,
                "harm_report": self.harm_head_report,
            })),
        )

    @classmethod
    def load(cls, path: Path) -> PolicyClassifier:
        data = np.load(path, allow_pickle=False)
        model = LogisticRegression()
        model.coef_, model.intercept_, model.classes_ = data["coef"], data["intercept"], data["classes"]
        meta = json.loads(str(data["meta"]))
        head = None
        if data["head_coef"].size:
            head = LogisticRegression()
            head.coef_, head.intercept_, head.classes_ = data["head_coef"], data["head_intercept"], np.asarray([False, True])
        return cls(
            model=model, thresholds=meta["thresholds"], held_out_report=meta["report"], idf=data["idf"],
            harm_head=head, harm_threshold=meta["harm_threshold"], harm_head_report=meta["harm_report"],
        )

    @classmethod
    def load_or_train(cls, *, cache_dir: Path, model_sha256: str, embed: Embed) -> PolicyClassifier:
        """The cached classifier for these training files and model, trained now if there is none."""
        path = cache_path(cache_dir, "policy-classifier", [TRAINING_DIR / name for name in TRAINING_FILES], VERSION, model_sha256)
        if path.exists():
            return cls.load(path)
        classifier = cls.train(load_examples(), embed)
        classifier.save(path)
        return classifier


def cache_path(cache_dir: Path, name: str, files: Sequence[Path], version: str, model_sha256: str) -> Path:
    """Where a model fitted on `files` is cached: keyed by their bytes, the code that makes the features
    (`FEATURE_CODE`), the version and the embedding model."""
    data = b"".join(path.read_bytes() for path in [*files, *FEATURE_CODE])
    digest = hashlib.sha256(data + version.encode() + model_sha256.encode()).hexdigest()[:16]
    return cache_dir / f"{name}-{digest}.npz"


def ngram_counts(texts: Sequence[str]) -> sparse.csr_matrix:
    return sparse.hstack([_WORDS.transform(texts), _CHARS.transform(texts)]).tocsr()


def inverse_document_frequency(counts: sparse.csr_matrix) -> np.ndarray:
    """Smoothed inverse document frequency of each hashed n-gram over the texts counted (as scikit-learn's tf-idf)."""
    frequency = np.asarray((counts > 0).astype(np.float32).sum(axis=0)).ravel()
    return (np.log((1 + counts.shape[0]) / (1 + frequency)) + 1).astype(np.float32)


def features(vectors: np.ndarray, counts: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """The embedding, then the n-grams: sublinear counts times idf, L2-normalised per text, times the weight."""
    counts = counts.astype(np.float32)
    counts.data = 1 + np.log(counts.data)
    weighted = counts.multiply(idf.reshape(1, -1)).tocsr()
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    weighted = sparse.diags(NGRAM_WEIGHT / np.clip(norms, 1e-12, None)) @ weighted
    return sparse.hstack([sparse.csr_matrix(vectors), weighted]).tocsr()


def _fit(features: sparse.csr_matrix, labels: Sequence[str]) -> LogisticRegression:
    """Logistic regression, chosen over an MLP and kNN on the cross-writer split (docs/policy.md)."""
    return LogisticRegression(max_iter=3000, C=16.0, class_weight="balanced").fit(features, labels)


def _ordered(model: LogisticRegression, probabilities: np.ndarray) -> np.ndarray:
    """Columns in `LABELS` order, whatever order the model learned them in."""
    index = [list(model.classes_).index(label) for label in LABELS]
    return probabilities[:, index]


def _report(probabilities: np.ndarray, labels: Sequence[str], thresholds: dict[str, float]) -> dict[str, dict[str, float]]:
    truth = np.asarray(labels)
    return {
        label: _column_report(probabilities[:, LABELS.index(label)], truth, label, threshold)
        for label, threshold in thresholds.items()
    }


def _column_report(column: np.ndarray, truth: np.ndarray, label: str, threshold: float) -> dict[str, float]:
    """Recall and benign false-positive rate of one model's probabilities of `label` at `threshold`."""
    positives = truth == label
    return {
        "threshold": round(threshold, 3),
        "recall": round(float((column[positives] >= threshold).mean()), 3) if positives.any() else 0.0,
        # The same negatives the threshold was chosen on (for out of scope: every other example).
        "benign_false_positive_rate": round(float((column[negatives_for(label, truth)] >= threshold).mean()), 4),
        "held_out_positives": int(positives.sum()),
    }
