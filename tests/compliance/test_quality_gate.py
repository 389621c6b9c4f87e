"""Quality gate on the held-out test split of the labelled corpus (case level)."""

from __future__ import annotations

from vitrine.compliance.evaluation import engine_predict, load_split, scores

MIN_MICRO_F1 = 0.90
MIN_RULE_F1 = 0.75


def test_the_engine_generalises_to_the_test_split() -> None:
    cases = load_split("test")
    assert len(cases) >= 100, "corpus/conformite/test*.jsonl is missing or too small"
    result = scores(cases, engine_predict)
    weak = {
        rule: row["f1"]
        for rule, row in result["rules"].items()
        if row["support"] > 0 and row["f1"] < MIN_RULE_F1
    }
    assert result["micro"]["f1"] >= MIN_MICRO_F1, result["micro"]
    assert not weak, weak
