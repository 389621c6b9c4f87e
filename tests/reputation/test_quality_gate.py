"""Quality gate of the triage on the held-out split of corpus/avis (issue 5).

Sentiment meets issue 5's target. Report reasons do not yet (micro-F1 0.75 on test when this gate
was written, target 0.85): until they do, the gate holds the recorded level so that no change
makes the triage worse on unseen reviews; raise the floor as it improves.
"""

from __future__ import annotations

import pytest

from vitrine.reputation.evaluate import EvalResult, evaluate, load_corpus

SENTIMENT_ACCURACY_MIN = 0.90  # issue 5, met
REPORT_REASON_MICRO_F1_TARGET = 0.85  # issue 5, not met yet
REPORT_REASON_MICRO_F1_FLOOR = 0.83  # 2026-11-22: 0.750, 0.795 (model), 0.813, 0.842 (dev batches 4-5)


@pytest.fixture(scope="module")
def test_split_scores() -> EvalResult:
    rows = load_corpus(["test"])
    assert len(rows) >= 100
    return evaluate(rows)


def test_sentiment_accuracy_on_the_test_split_is_at_least_0_90(test_split_scores: EvalResult) -> None:
    assert test_split_scores.sentiment_accuracy >= SENTIMENT_ACCURACY_MIN


def test_report_reasons_do_not_fall_below_their_recorded_level(test_split_scores: EvalResult) -> None:
    f1 = test_split_scores.reasons_micro.f1
    print(f"micro-F1 motifs de signalement {f1:.3f} (objectif {REPORT_REASON_MICRO_F1_TARGET})")
    assert f1 >= REPORT_REASON_MICRO_F1_FLOOR
