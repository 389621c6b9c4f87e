"""A small learned model behind the report-reason lexicons, for recall on new wordings.

One logistic regression per report reason over two kinds of features that generalise beyond
exact phrases: character 3–5-grams of the folded words (« harcèle », « harceler », « harcelement »
share most of them) weighted by tf-idf, and the averaged static word vectors of spaCy
``fr_core_news_md`` (the pipeline the lexicons already load, :func:`textmatch._nlp`).
The weights are learned on ``corpus/avis/dev.jsonl`` by
:mod:`vitrine.reputation.train` (scikit-learn, training time only) and shipped as JSON in
``reputation/data/report_reasons_model.json``; at run time only numpy is needed.

The review's probability decides; each sentence is scored with the same weights and the
best-scoring one is the evidence span shown to the user.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import numpy as np

from vitrine.reputation.textmatch import Analysis, Token, _nlp, normalize

MODEL_FILE = "report_reasons_model.json"
DIMENSIONS = 300
# Below this many words the grams of a text are too few to judge: « Super ! » is not spam.
MIN_WORDS = 6


@dataclass(frozen=True)
class Span:
    """A sentence (or the whole review) with its feature vector."""

    start: int
    end: int
    vector: np.ndarray


@dataclass(frozen=True)
class ModelHit:
    """The model's probability for one reason and the sentence that scored highest."""

    reason: str
    probability: float
    start: int
    end: int


def _word_vector(token: Token) -> np.ndarray | None:
    if not any(char.isalpha() for char in token.text):
        return None
    vocab = _nlp().vocab
    for form in (token.text.lower(), token.text):
        if vocab.has_vector(form):
            return np.asarray(vocab.get_vector(form), dtype=np.float64)
    return None


def _mean(vectors: list[np.ndarray]) -> np.ndarray:
    if not vectors:
        return np.zeros(DIMENSIONS)
    mean: np.ndarray = np.mean(vectors, axis=0)
    norm = float(np.linalg.norm(mean))
    # Unit length: a long review and a short one are compared by direction, not by word count.
    return mean / norm if norm else mean


def spans(analysis: Analysis) -> list[Span]:
    """The whole review first, then each sentence that has words with a vector."""
    if not analysis.tokens:
        return []
    sentences: list[list[Token]] = [[]]
    for token in analysis.tokens:
        sentences[-1].append(token)
        if token.sentence_end:
            sentences.append([])
    result: list[Span] = []
    every: list[np.ndarray] = []
    for sentence in sentences:
        vectors = [vector for token in sentence if (vector := _word_vector(token)) is not None]
        if vectors:
            every.extend(vectors)
            result.append(Span(sentence[0].start, sentence[-1].end, _mean(vectors)))
    if not every:
        return []
    whole = Span(analysis.tokens[0].start, analysis.tokens[-1].end, _mean(every))
    return [whole, *result] if len(result) > 1 else [whole]


_WORD = re.compile(r"[a-z0-9@*$€]+")


def char_grams(text: str) -> Counter[str]:
    """Character 3–5-grams of each folded word, padded with spaces (word boundaries)."""
    grams: Counter[str] = Counter()
    for word in _WORD.findall(normalize(text)):
        padded = f" {word} "
        for size in (3, 4, 5):
            grams.update(padded[k : k + size] for k in range(len(padded) - size + 1))
    return grams


@dataclass(frozen=True)
class ReasonsModel:
    """Per-reason logistic regressions on tf-idf character grams and word vectors."""

    reasons: tuple[str, ...]
    grams: dict[str, int]  # gram -> column
    idf: np.ndarray  # (grams,)
    mean: np.ndarray  # (DIMENSIONS,) of the review vectors
    scale: np.ndarray  # (DIMENSIONS,)
    vector_weight: float
    coef: np.ndarray  # (reasons, grams + DIMENSIONS)
    intercept: np.ndarray  # (reasons,)
    thresholds: dict[str, float]
    meta: dict[str, Any]

    def features(self, text: str, vector: np.ndarray) -> np.ndarray:
        """The feature row of a text (a review or a sentence) and its mean word vector."""
        row = np.zeros(len(self.grams) + DIMENSIONS)
        for gram, count in char_grams(text).items():
            column = self.grams.get(gram)
            if column is not None:
                row[column] = (1.0 + math.log(count)) * self.idf[column]
        norm = float(np.linalg.norm(row))
        if norm:
            row /= norm
        row[len(self.grams) :] = (vector - self.mean) / self.scale * self.vector_weight
        return row

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        """Probabilities of each reason (columns) for each feature row."""
        logits = rows @ self.coef.T + self.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))

    def score(self, analysis: Analysis) -> dict[str, ModelHit]:
        """The review's probability for every reason, with its best sentence as the span."""
        found = spans(analysis)
        if not found:
            return {}
        rows = np.stack([self.features(analysis.text[s.start : s.end], s.vector) for s in found])
        probs = self.probabilities(rows)
        hits = {}
        for column, reason in enumerate(self.reasons):
            best = 0 if len(found) == 1 else 1 + int(np.argmax(probs[1:, column]))
            span = found[best]
            hits[reason] = ModelHit(reason, float(probs[0, column]), span.start, span.end)
        return hits

    def predict(self, analysis: Analysis) -> list[ModelHit]:
        """The reasons whose probability reaches their threshold (none for a text of few words)."""
        if sum(any(char.isalpha() for char in token.text) for token in analysis.tokens) < MIN_WORDS:
            return []
        return [
            hit for hit in self.score(analysis).values() if hit.probability >= self.thresholds[hit.reason]
        ]

    def to_json(self) -> dict[str, Any]:
        """The JSON document shipped in ``reputation/data`` (rounded: small and reproducible)."""
        return {
            "meta": self.meta,
            "reasons": list(self.reasons),
            "thresholds": {reason: round(self.thresholds[reason], 4) for reason in self.reasons},
            "vector_weight": self.vector_weight,
            "grams": sorted(self.grams, key=self.grams.__getitem__),
            "idf": [round(float(x), 5) for x in self.idf],
            "mean": [round(float(x), 5) for x in self.mean],
            "scale": [round(float(x), 5) for x in self.scale],
            "intercept": [round(float(x), 5) for x in self.intercept],
            "coef": [[round(float(x), 5) for x in row] for row in self.coef],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReasonsModel:
        """Rebuild a model from :meth:`to_json`."""
        return cls(
            reasons=tuple(data["reasons"]),
            grams={gram: column for column, gram in enumerate(data["grams"])},
            idf=np.asarray(data["idf"], dtype=np.float64),
            mean=np.asarray(data["mean"], dtype=np.float64),
            scale=np.asarray(data["scale"], dtype=np.float64),
            vector_weight=float(data["vector_weight"]),
            coef=np.asarray(data["coef"], dtype=np.float64),
            intercept=np.asarray(data["intercept"], dtype=np.float64),
            thresholds={key: float(value) for key, value in data["thresholds"].items()},
            meta=data.get("meta", {}),
        )


@cache
def shipped_model() -> ReasonsModel | None:
    """The weights shipped in ``reputation/data`` (None when the file is absent)."""
    path = resources.files("vitrine.reputation").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    return ReasonsModel.from_json(json.loads(path.read_text(encoding="utf-8")))
