"""Quality gate of issue 4: on the held-out test split, overall recall >= 0.95 and precision >= 0.90.

Only aggregated figures are computed here; the texts are not printed.
"""

from __future__ import annotations

from vitrine.privacy.corpus import load_split
from vitrine.privacy.evaluation import guard_predict, score


def test_the_guard_meets_the_recall_and_precision_targets_on_the_test_split() -> None:
    overall = score(load_split("test"), guard_predict).overall
    assert overall.labelled >= 100
    assert overall.recall >= 0.95, f"rappel {overall.recall:.3f} < 0,95"
    assert overall.precision >= 0.90, f"précision {overall.precision:.3f} < 0,90"
