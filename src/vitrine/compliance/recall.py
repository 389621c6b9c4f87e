"""A learned second reader behind the rules, for wordings no construction anticipated.

The rules (``rules/*.yaml`` and ``logic/*.py``) explain themselves by the phrase they match; on
text written apart from the corpus they miss about a third of the problems (ADR 0015). This
module scores each passage of the text with one logistic regression per rule over tf-idf
character 3–5-grams of the folded words (they survive inflection, missing accents and typos),
folded word pairs (« moins cher », « n'attendez plus ») and the channel. It only speaks for a
rule the rules did not report on the text, and its findings are ``risque`` at most, worded as a
passage to re-read rather than a verdict.

Weights are learned on ``corpus/conformite/dev.jsonl`` by :mod:`vitrine.compliance.train_recall`
(scikit-learn, training time only) and shipped in ``compliance/data/recall_model.json``; at run
time only numpy is needed and no language model is loaded.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

import numpy as np

from vitrine.compliance.textmap import fold_string

MODEL_FILE = "recall_model.json"
CHUNK = 320  # characters: about two sentences, the reach of one idea
_WORD = re.compile(r"[a-z0-9@#$€%]+")
_SENTENCE = re.compile(r"[^.!?…\n]+(?:[.!?…]+|\n|$)")


def grams(text: str, channel: str) -> Counter[str]:
    """Features of a passage: character 3–5-grams of its folded words, word pairs, its channel."""
    words = _WORD.findall(fold_string(text).lower())
    found: Counter[str] = Counter()
    for word in words:
        padded = f" {word} "
        for size in (3, 4, 5):
            found.update(padded[k : k + size] for k in range(len(padded) - size + 1))
    found.update(f"w:{first} {second}" for first, second in pairwise(words))
    found[f"ch:{channel}"] += 1
    return found


def passages(text: str) -> list[tuple[int, int]]:
    """Spans of consecutive sentences of at most :data:`CHUNK` characters (one long sentence alone)."""
    spans: list[tuple[int, int]] = []
    start = end = -1
    for match in _SENTENCE.finditer(text):
        if not match.group().strip():
            continue
        left = match.start() + len(match.group()) - len(match.group().lstrip())
        right = match.start() + len(match.group().rstrip())
        if start >= 0 and right - start > CHUNK:
            spans.append((start, end))
            start = -1
        if start < 0:
            start = left
        end = right
    if start >= 0:
        spans.append((start, end))
    return spans


@dataclass(frozen=True)
class Hit:
    """A rule the model reports, its probability and the passage that scored highest."""

    rule: str
    probability: float
    start: int
    end: int


@dataclass(frozen=True)
class RecallModel:
    """Per-rule logistic regressions on tf-idf grams, with per-rule decision thresholds."""

    rules: tuple[str, ...]
    grams: dict[str, int]  # gram -> column
    idf: np.ndarray  # (grams,)
    coef: np.ndarray  # (grams, rules)
    intercept: np.ndarray  # (rules,)
    thresholds: dict[str, float]
    meta: dict[str, Any]

    def matrix(self, texts: list[str], channel: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Sparse rows (row index, column, tf-idf value, each row of unit length) of ``texts``."""
        rows: list[int] = []
        columns: list[int] = []
        values: list[float] = []
        for row, text in enumerate(texts):
            found = [
                (column, 1.0 + math.log(count))
                for gram, count in grams(text, channel).items()
                if (column := self.grams.get(gram)) is not None
            ]
            if not found:
                continue
            weights = np.array([weight for _, weight in found]) * self.idf[[c for c, _ in found]]
            weights /= float(np.linalg.norm(weights))
            rows.extend([row] * len(found))
            columns.extend(c for c, _ in found)
            values.extend(weights.tolist())
        return np.array(rows, dtype=np.int64), np.array(columns, dtype=np.int64), np.array(values)

    def probabilities(self, texts: list[str], channel: str) -> np.ndarray:
        """Probability of each rule (columns) for each text (rows)."""
        rows, columns, values = self.matrix(texts, channel)
        logits = np.tile(self.intercept, (len(texts), 1))
        np.add.at(logits, rows, self.coef[columns] * values[:, None])
        return np.asarray(1.0 / (1.0 + np.exp(-logits)))

    def score(self, text: str, channel: str) -> dict[str, Hit]:
        """Each rule's probability for ``text`` (its best passage) and that passage's span."""
        spans = passages(text)
        if not spans:
            return {}
        probs = self.probabilities([text[start:end] for start, end in spans], channel)
        best = probs.argmax(axis=0)
        value = probs.max(axis=0)
        if len(spans) > 1:
            # The whole text too: an idea spread over several passages (the model learnt on texts).
            value = np.maximum(value, self.probabilities([text], channel)[0])
        return {
            rule: Hit(rule, float(value[column]), *spans[best[column]])
            for column, rule in enumerate(self.rules)
        }

    def predict(self, text: str, channel: str, rules: set[str]) -> list[Hit]:
        """The hits, among ``rules``, whose probability reaches their rule's threshold."""
        wanted = [rule for rule in self.rules if rule in rules and self.thresholds[rule] <= 1.0]
        if not wanted:
            return []
        scored = self.score(text, channel)
        if not scored:  # no sentence with words
            return []
        return [scored[rule] for rule in wanted if scored[rule].probability >= self.thresholds[rule]]

    def to_json(self) -> dict[str, Any]:
        """The shipped document. Weights are rounded (a smaller, reproducible file)."""
        return {
            "meta": self.meta,
            "rules": list(self.rules),
            "thresholds": {rule: round(self.thresholds[rule], 4) for rule in self.rules},
            "grams": sorted(self.grams, key=self.grams.__getitem__),
            "idf": [round(float(x), 4) for x in self.idf],
            "intercept": [round(float(x), 4) for x in self.intercept],
            "coef": [[round(float(x), 3) for x in row] for row in self.coef],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RecallModel:
        """Rebuild a model from :meth:`to_json`."""
        return cls(
            rules=tuple(data["rules"]),
            grams={gram: column for column, gram in enumerate(data["grams"])},
            idf=np.asarray(data["idf"], dtype=np.float64),
            coef=np.asarray(data["coef"], dtype=np.float64).reshape(len(data["grams"]), len(data["rules"])),
            intercept=np.asarray(data["intercept"], dtype=np.float64),
            thresholds={rule: float(value) for rule, value in data["thresholds"].items()},
            meta=data.get("meta", {}),
        )


@cache
def shipped_model() -> RecallModel | None:
    """The weights shipped in ``compliance/data`` (None when the file is absent)."""
    path = resources.files("vitrine.compliance").joinpath("data", MODEL_FILE)
    if not path.is_file():
        return None
    return RecallModel.from_json(json.loads(path.read_text(encoding="utf-8")))
