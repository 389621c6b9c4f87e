"""``vitrine eval avis``: triage quality on the labelled corpus ``corpus/avis``.

Prints sentiment accuracy, precision/recall/F1 per report reason and micro-averaged, and the
same for the defamation-risk flag and the topics. The gate in
``tests/reputation/test_quality_gate.py`` uses :func:`evaluate` on the ``test`` split.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vitrine.reputation.model import STAR_RATINGS
from vitrine.reputation.triage import REPORT_REASONS, triage_text

CORPUS_DIR = Path(__file__).resolve().parents[3] / "corpus" / "avis"
SPLITS = ("dev", "test")


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one label."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        total = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / total if total else 1.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class EvalResult:
    """Scores of the triage against the labels."""

    size: int
    sentiment_accuracy: float
    reasons: dict[str, Counts]
    defamation: Counts
    topics: Counts

    @property
    def reasons_micro(self) -> Counts:
        total = Counts()
        for counts in self.reasons.values():
            total = total + counts
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "size": self.size,
            "sentiment_accuracy": round(self.sentiment_accuracy, 4),
            "report_reasons": {reason: counts.to_dict() for reason, counts in self.reasons.items()},
            "report_reasons_micro": self.reasons_micro.to_dict(),
            "defamation_risk": self.defamation.to_dict(),
            "topics_micro": self.topics.to_dict(),
        }


def load_corpus(splits: Iterable[str], corpus_dir: Path = CORPUS_DIR) -> list[dict[str, Any]]:
    """Read the labelled reviews of the given splits."""
    rows: list[dict[str, Any]] = []
    for split in splits:
        path = corpus_dir / f"{split}.jsonl"
        with path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise ValueError(f"{path}, ligne {number} : JSON invalide ({exc.msg})") from exc
    return rows


def _counts(predicted: set[str], expected: set[str]) -> Counts:
    return Counts(len(predicted & expected), len(predicted - expected), len(expected - predicted))


def evaluate(rows: Sequence[dict[str, Any]]) -> EvalResult:
    """Triage every labelled review and compare with its labels."""
    correct = 0
    reasons = dict.fromkeys(REPORT_REASONS, Counts())
    defamation = topics = Counts()
    for row in rows:
        result = triage_text(row.get("comment", ""), STAR_RATINGS[row["starRating"]], row["reviewId"])
        correct += result.sentiment == row["sentiment"]
        predicted = {reason.reason for reason in result.report_reasons}
        expected = set(row["report_reasons"])
        for reason in REPORT_REASONS:
            reasons[reason] = reasons[reason] + _counts(predicted & {reason}, expected & {reason})
        defamation = defamation + _counts(
            {"x"} if result.defamation_risk else set(), {"x"} if row["defamation_risk"] else set()
        )
        topics = topics + _counts(set(result.topics), set(row["topics"]))
    return EvalResult(len(rows), correct / len(rows) if rows else 0.0, reasons, defamation, topics)


def run(args: argparse.Namespace) -> int:
    """Entry point of ``vitrine eval avis``."""
    splits = SPLITS if args.split == "all" else (args.split,)
    result = evaluate(load_corpus(splits))
    if args.format == "json":
        print(json.dumps({"split": args.split, **result.to_dict()}, ensure_ascii=False, indent=2))
        return 0
    print(f"Corpus avis ({args.split}) : {result.size} avis")
    print(f"Sentiment — exactitude : {result.sentiment_accuracy:.3f}")
    print("Motifs de signalement      précision  rappel     F1   (VP/FP/FN)")
    rows = [
        *result.reasons.items(),
        ("micro", result.reasons_micro),
        ("diffamation (risque)", result.defamation),
    ]
    rows.append(("sujets (micro)", result.topics))
    for name, counts in rows:
        print(
            f"  {name:<26}{counts.precision:>7.3f}{counts.recall:>8.3f}{counts.f1:>7.3f}"
            f"   ({counts.tp}/{counts.fp}/{counts.fn})"
        )
    return 0
