"""Quality gate of the triage on the held-out split of corpus/avis (issue 5)."""

from __future__ import annotations

import pytest

from vitrine.reputation.evaluate import evaluate, load_corpus

SENTIMENT_ACCURACY_MIN = 0.90
REPORT_REASON_MICRO_F1_MIN = 0.85


@pytest.fixture(scope="module")
def test_split_scores():  # type: ignore[no-untyped-def]
    rows = load_corpus(["test"])
    assert len(rows) >= 100
    return evaluate(rows)


def test_sentiment_accuracy_on_the_test_split_is_at_least_0_90(test_split_scores) -> None:  # type: ignore[no-untyped-def]
    assert test_split_scores.sentiment_accuracy >= SENTIMENT_ACCURACY_MIN


def test_report_reason_micro_f1_on_the_test_split_is_at_least_0_85(test_split_scores) -> None:  # type: ignore[no-untyped-def]
    assert test_split_scores.reasons_micro.f1 >= REPORT_REASON_MICRO_F1_MIN
