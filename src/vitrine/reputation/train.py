"""Train the report-reason model on ``corpus/avis/dev.jsonl`` (never on the test split).

``python -m vitrine.reputation.train`` writes ``reputation/data/report_reasons_model.json``.
scikit-learn (the ``dev`` extra) is needed here only; the triage reads the JSON with numpy.

Thresholds are chosen on out-of-fold probabilities (5-fold on dev), so no review judges a
threshold fitted on itself: per reason, the threshold with the best F1 among those whose
out-of-fold precision is at least :data:`PRECISION_FLOOR`. The model only adds to lexicons that
are already precise (P ≈ 0.86 blind), so it must not buy recall with many false alarms.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from vitrine.reputation.evaluate import CORPUS_DIR, load_corpus
from vitrine.reputation.reasons_model import DIMENSIONS, MODEL_FILE, ReasonsModel, char_grams, spans
from vitrine.reputation.textmatch import Analysis, analyse
from vitrine.reputation.triage import REPORT_REASONS

C = 10.0  # inverse L2 strength: the tf-idf rows are unit length, so little regularisation
VECTOR_WEIGHT = 0.1  # word vectors are standardised; this keeps them from drowning the grams
MIN_DF = 2
FOLDS = 5
PRECISION_FLOOR = 0.7
SEED = 0
# Spam is structural (links, repetition, gibberish, adverts): the model learnt « short and
# generic » as spam and flagged plain praise, so spam stays with the lexicons alone.
LEXICON_ONLY = frozenset({"spam"})
NEVER = 1.01  # a threshold no probability reaches
OUTPUT = Path(__file__).resolve().parent / "data" / MODEL_FILE


def featurise(rows: Sequence[dict[str, Any]]) -> list[tuple[str, np.ndarray]]:
    """The text and the mean word vector of each review."""
    result = []
    for row in rows:
        text = row.get("comment", "")
        found = spans(analyse(text) if text.strip() else Analysis(text, (), ()))
        result.append((text, found[0].vector if found else np.zeros(DIMENSIONS)))
    return result


def fit(items: Sequence[tuple[str, np.ndarray]], labels: np.ndarray) -> ReasonsModel:
    """One balanced logistic regression per reason (thresholds left at 0.5)."""
    from sklearn.linear_model import LogisticRegression

    df = Counter(gram for text, _ in items for gram in char_grams(text))
    vocabulary = sorted(gram for gram, count in df.items() if count >= MIN_DF)
    idf = np.array([math.log((1 + len(items)) / (1 + df[gram])) + 1.0 for gram in vocabulary])
    vectors = np.stack([vector for _, vector in items])
    model = ReasonsModel(
        reasons=REPORT_REASONS,
        grams={gram: column for column, gram in enumerate(vocabulary)},
        idf=idf,
        mean=vectors.mean(axis=0),
        scale=vectors.std(axis=0) + 1e-6,
        vector_weight=VECTOR_WEIGHT,
        coef=np.zeros((len(REPORT_REASONS), len(vocabulary) + DIMENSIONS)),
        intercept=np.zeros(len(REPORT_REASONS)),
        thresholds=dict.fromkeys(REPORT_REASONS, 0.5),
        meta={},
    )
    features = np.stack([model.features(text, vector) for text, vector in items])
    for column in range(len(REPORT_REASONS)):
        regression = LogisticRegression(C=C, class_weight="balanced", max_iter=3000)
        regression.fit(features, labels[:, column])
        model.coef[column] = regression.coef_[0]
        model.intercept[column] = regression.intercept_[0]
    return model


def out_of_fold(items: Sequence[tuple[str, np.ndarray]], labels: np.ndarray) -> np.ndarray:
    """Review probabilities, each from a model that did not see the review (k-fold)."""
    from sklearn.model_selection import KFold

    probabilities = np.zeros(labels.shape)
    for train, held in KFold(FOLDS, shuffle=True, random_state=SEED).split(np.arange(len(items))):
        model = fit([items[i] for i in train], labels[train])
        rows = np.stack([model.features(*items[i]) for i in held])
        probabilities[held] = model.probabilities(rows)
    return probabilities


def choose_threshold(probabilities: np.ndarray, truth: np.ndarray) -> float:
    """Best F1 among thresholds with precision ≥ the floor; :data:`NEVER` if none."""
    best, chosen = -1.0, NEVER
    for threshold in np.round(np.arange(0.30, 0.995, 0.01), 2):
        predicted = probabilities >= threshold
        tp = int((predicted & (truth == 1)).sum())
        fp = int((predicted & (truth == 0)).sum())
        fn = int((~predicted & (truth == 1)).sum())
        if not tp or tp / (tp + fp) < PRECISION_FLOOR:
            continue
        f1 = 2 * tp / (2 * tp + fp + fn)
        if f1 > best + 1e-9:
            best, chosen = f1, float(threshold)
    return chosen


def train(rows: Sequence[dict[str, Any]], data_sha256: str) -> ReasonsModel:
    """Fit on every row, with thresholds from out-of-fold probabilities."""
    items = featurise(rows)
    labels = np.array([[reason in row["report_reasons"] for reason in REPORT_REASONS] for row in rows], int)
    model = fit(items, labels)
    probabilities = out_of_fold(items, labels)
    for column, reason in enumerate(REPORT_REASONS):
        model.thresholds[reason] = (
            NEVER if reason in LEXICON_ONLY else choose_threshold(probabilities[:, column], labels[:, column])
        )
    model.meta.update(
        {
            "command": "python -m vitrine.reputation.train",
            "data": "corpus/avis/dev.jsonl",
            "data_sha256": data_sha256,
            "reviews": len(rows),
            "C": C,
            "folds": FOLDS,
            "precision_floor": PRECISION_FLOOR,
        }
    )
    return model


def weights_sha256(document: dict[str, Any]) -> str:
    """Hash of the learned part of a model document (everything but ``meta``)."""
    learned = {key: value for key, value in document.items() if key != "meta"}
    return hashlib.sha256(json.dumps(learned, sort_keys=True).encode()).hexdigest()


def build_document(corpus_dir: Path = CORPUS_DIR) -> dict[str, Any]:
    """Train on the dev split and return the JSON document to ship."""
    data_sha256 = hashlib.sha256((corpus_dir / "dev.jsonl").read_bytes()).hexdigest()
    document = train(load_corpus(["dev"], corpus_dir), data_sha256).to_json()
    document["meta"]["weights_sha256"] = weights_sha256(document)
    document["meta"]["date"] = datetime.date.today().isoformat()
    return document


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m vitrine.reputation.train``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    document = build_document()
    args.output.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    thresholds = ", ".join(f"{reason} {value}" for reason, value in document["thresholds"].items())
    print(f"{args.output} : {len(document['grams'])} n-grammes ; seuils : {thresholds}")
    print(f"empreinte des poids : {document['meta']['weights_sha256']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
