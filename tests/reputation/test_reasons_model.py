"""The learned report-reason model shipped behind the lexicons (ADR 0044)."""

from __future__ import annotations

import hashlib
import importlib.util
import json

import pytest

from tests.conftest import require
from vitrine.reputation.evaluate import CORPUS_DIR
from vitrine.reputation.reasons_model import shipped_model
from vitrine.reputation.textmatch import analyse
from vitrine.reputation.triage import REPORT_REASONS, triage_text


def _model():
    model = shipped_model()
    assert model is not None, "reputation/data/report_reasons_model.json is missing"
    return model


def test_the_shipped_weights_load_with_a_threshold_per_reason_and_their_provenance():
    model = _model()
    assert model.reasons == REPORT_REASONS
    assert set(model.thresholds) == set(REPORT_REASONS)
    assert all(0.3 <= value <= 1.01 for value in model.thresholds.values())
    assert model.meta["command"] == "python -m vitrine.reputation.train"
    assert model.meta["data_sha256"] == hashlib.sha256((CORPUS_DIR / "dev.jsonl").read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("comment", "reason"),
    [
        ("Un cabinet tenu par des gens de cette origine, on aurait dû se méfier.", "discrimination"),
        ("Je mets cinq étoiles car c'est mon associé depuis dix ans.", "conflit-interets"),
    ],
)
def test_a_new_wording_no_lexicon_lists_is_found_by_the_model(comment, reason):
    found = {r.reason: r for r in triage_text(comment, None, with_model=True).report_reasons}
    assert reason in found
    assert found[reason].source == "modèle"
    assert found[reason].to_dict()["probability"] >= _model().thresholds[reason]
    assert found[reason].evidence.text in comment


def test_the_model_alone_recognises_a_new_wording_of_stalking():
    comment = "Je la guette tous les soirs à la sortie du cabinet, cette infirmière ne m'échappera pas."
    assert "harcelement" in {hit.reason for hit in _model().predict(analyse(comment))}


def test_a_review_with_no_reason_stays_clean():
    comment = "Merci pour l'écoute et le suivi après mon opération, tout s'est bien passé."
    assert triage_text(comment, 5, with_model=True).report_reasons == ()


def test_a_lexicon_finding_says_it_came_from_the_lexicon():
    result = triage_text(
        "Achetez vos vélos électriques chez nous, promo ce week-end !", None, with_model=True
    )
    assert [r.to_dict()["source"] for r in result.report_reasons] == ["lexique"]


def test_the_evidence_of_the_model_is_its_best_sentence():
    comment = "Rendez-vous rapide. Je mets cinq étoiles car c'est mon associé depuis dix ans."
    found = {r.reason: r for r in triage_text(comment, None, with_model=True).report_reasons}
    assert (
        found["conflit-interets"].evidence.text
        == "Je mets cinq étoiles car c'est mon associé depuis dix ans."
    )


def test_the_training_script_reproduces_the_shipped_weights_from_dev():
    require(importlib.util.find_spec("sklearn") is not None, "scikit-learn (extra dev) est absent")
    from vitrine.reputation.train import OUTPUT, build_document

    shipped = json.loads(OUTPUT.read_text(encoding="utf-8"))
    assert build_document()["meta"]["weights_sha256"] == shipped["meta"]["weights_sha256"]


def test_the_model_is_on_by_default_and_can_be_left_out():
    comment = "Je mets cinq étoiles car c'est mon associé depuis dix ans."
    assert [r.reason for r in triage_text(comment, None).report_reasons] == ["conflit-interets"]
    assert triage_text(comment, None, with_model=False).report_reasons == ()
