"""``vitrine reviews triage`` and ``vitrine reviews import-check`` on real files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vitrine.cli.main import main

REVIEWS = {
    "reviews": [
        {
            "reviewId": "a1",
            "starRating": "ONE",
            "comment": "Ce chirurgien est un escroc. Putain, 3 heures d'attente !",
            "createTime": "2026-01-01T10:00:00Z",
        },
        {
            "reviewId": "a2",
            "starRating": "FIVE",
            "comment": "Accueil chaleureux, explications claires.",
            "createTime": "2026-01-02T10:00:00Z",
        },
    ]
}


@pytest.fixture
def review_file(tmp_path: Path) -> Path:
    path = tmp_path / "avis.json"
    path.write_text(json.dumps(REVIEWS), encoding="utf-8")
    return path


def test_triage_prints_the_documented_json_shape(
    review_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reviews", "triage", str(review_file), "--format", "json"]) == 0
    output = json.loads(capsys.readouterr().out)
    first, second = output["reviews"]
    assert first["reviewId"] == "a1" and first["sentiment"] == "negatif"
    assert first["priority"] == "haute" and first["defamation_risk"] is True
    assert {"reason": "grossierete", "evidence": "Putain"}.items() <= first["report_reasons"][0].items()
    assert "attente" in first["topics"]
    assert second["sentiment"] == "positif" and second["priority"] == "basse"
    assert second["report_reasons"] == [] and second["defamation_risk"] is False


def test_triage_text_output_is_french(review_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reviews", "triage", str(review_file)]) == 0
    out = capsys.readouterr().out
    assert "Avis a1 — négatif (1/5) · priorité haute" in out
    assert "signalement possible : Grossièretés — « Putain »" in out
    assert "2 avis triés." in out


def test_import_check_counts_valid_reviews(review_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["reviews", "import-check", str(review_file)]) == 0
    assert "2 avis valides" in capsys.readouterr().out


def test_a_malformed_file_exits_1_with_the_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "export.csv"
    path.write_text("source,review_id,create_time,star_rating\nx,1,2026-01-01,9\n", encoding="utf-8")
    assert main(["reviews", "triage", str(path)]) == 1
    assert "export.csv, ligne 2, champ « star_rating »" in capsys.readouterr().err
