"""``vitrine eval confidentialite``: precision and recall of the guard on the labelled corpus,
next to plain Presidio (``fr_core_news_md`` + its default recognisers) on the same texts.

A predicted span is correct when it overlaps a labelled span of the same type; a labelled span
is found when a prediction of its type overlaps it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from vitrine.privacy.corpus import Example, Span, load_split
from vitrine.privacy.entities import ENTITY_TYPES

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

Predictor = Callable[[str, Sequence[str]], list[Span]]

#: How plain Presidio's entity types are read against ours (others are not counted at all).
BASELINE_TYPES = {
    "PERSON": "PERSON",
    "PHONE_NUMBER": "PHONE_NUMBER",
    "EMAIL_ADDRESS": "EMAIL_ADDRESS",
    "EMAIL": "EMAIL_ADDRESS",
    "LOCATION": "ADDRESS",
    "DATE_TIME": "DATE_OF_BIRTH",
    "AGE": "DATE_OF_BIRTH",
    "ID": "MEDICAL_RECORD",
    "MEDICAL_LICENSE": "MEDICAL_RECORD",
}


@dataclass
class Counts:
    """Overlap counts for one entity type."""

    predicted: int = 0
    predicted_correct: int = 0
    labelled: int = 0
    labelled_found: int = 0

    @property
    def precision(self) -> float:
        """Share of predictions that overlap a labelled span (1.0 when nothing was predicted)."""
        return self.predicted_correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled spans overlapped by a prediction (1.0 when nothing was labelled)."""
        return self.labelled_found / self.labelled if self.labelled else 1.0

    def add(self, other: Counts) -> None:
        """Accumulate another type's counts (for the overall figure)."""
        self.predicted += other.predicted
        self.predicted_correct += other.predicted_correct
        self.labelled += other.labelled
        self.labelled_found += other.labelled_found


@dataclass
class Scores:
    """Counts per entity type and overall."""

    per_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in ENTITY_TYPES})

    @property
    def overall(self) -> Counts:
        """Counts summed over every type."""
        total = Counts()
        for counts in self.per_type.values():
            total.add(counts)
        return total

    def to_dict(self) -> dict[str, object]:
        """JSON-ready figures."""

        def figures(c: Counts) -> dict[str, object]:
            return {
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "predicted": c.predicted,
                "labelled": c.labelled,
            }

        return {
            "per_type": {t: figures(c) for t, c in self.per_type.items()},
            "overall": figures(self.overall),
        }


def _overlaps(a: Span, b: Span) -> bool:
    return a.type == b.type and a.start < b.end and b.start < a.end


def score(examples: Iterable[Example], predict: Predictor) -> Scores:
    """Run ``predict`` on every example and count overlaps per type."""
    scores = Scores()
    for example in examples:
        predicted = [p for p in predict(example.text, example.allow) if p.type in scores.per_type]
        for p in predicted:
            counts = scores.per_type[p.type]
            counts.predicted += 1
            counts.predicted_correct += any(_overlaps(p, gold) for gold in example.spans)
        for gold in example.spans:
            counts = scores.per_type[gold.type]
            counts.labelled += 1
            counts.labelled_found += any(_overlaps(gold, p) for p in predicted)
    return scores


def guard_predict(text: str, allow: Sequence[str]) -> list[Span]:
    """The guard's predictions as spans."""
    from vitrine.privacy import find

    return [Span(e.type, e.start, e.end) for e in find(text, allow=allow)]


@cache
def baseline_analyzer() -> AnalyzerEngine:
    """Plain Presidio for French: ``fr_core_news_md`` and the default recognisers.

    The only change: the e-mail recogniser checks domains against tldextract's bundled list
    (same regex and logic), because the default one would try to download the list.
    """
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    from vitrine.privacy.recognizers import OfflineEmailRecognizer

    configuration = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "fr", "model_name": "fr_core_news_md"}],
    }
    nlp_engine = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    registry = RecognizerRegistry(supported_languages=["fr"])
    registry.load_predefined_recognizers(languages=["fr"], nlp_engine=nlp_engine)
    registry.recognizers = [r for r in registry.recognizers if not isinstance(r, EmailRecognizer)]
    registry.add_recognizer(OfflineEmailRecognizer(supported_language="fr"))
    return AnalyzerEngine(nlp_engine=nlp_engine, registry=registry, supported_languages=["fr"])


def baseline_predict(text: str, allow: Sequence[str]) -> list[Span]:
    """Plain Presidio's predictions, read through ``BASELINE_TYPES`` (``allow`` is ignored)."""
    results = baseline_analyzer().analyze(text=text, language="fr")
    return [
        Span(BASELINE_TYPES[r.entity_type], r.start, r.end)
        for r in results
        if r.entity_type in BASELINE_TYPES
    ]


def _table(title: str, scores: Scores) -> list[str]:
    lines = [title, f"  {'type':<16}{'précision':>10}{'rappel':>9}{'prédits':>9}{'étiquetés':>11}"]
    rows = [*scores.per_type.items(), ("ENSEMBLE", scores.overall)]
    for name, c in rows:
        lines.append(f"  {name:<16}{c.precision:>10.3f}{c.recall:>9.3f}{c.predicted:>9}{c.labelled:>11}")
    return lines


def run(args: argparse.Namespace) -> int:
    """Entry point of ``vitrine eval confidentialite``."""
    split = str(getattr(args, "split", "all"))
    examples = load_split(split)
    guard = score(examples, guard_predict)
    baseline = score(examples, baseline_predict)
    if getattr(args, "format", "text") == "json":
        report = {
            "split": split,
            "texts": len(examples),
            "guard": guard.to_dict(),
            "presidio": baseline.to_dict(),
        }
        json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    lines = [f"Corpus confidentialite, partie « {split} » : {len(examples)} textes", ""]
    lines += _table("Garde de confidentialité de Vitrine", guard)
    lines += [""]
    lines += _table("Presidio seul (fr_core_news_md, reconnaisseurs par défaut)", baseline)
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
