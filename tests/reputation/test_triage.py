"""Triage: sentiment with stars and text, evidence spans, defamation options, unseen phrasings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vitrine.reputation.triage import DEFAMATION_OPTIONS, report_steps, triage_text

PHRASINGS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "phrasings.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


# The learned model's known false alarms on these phrasings (ADR 0044), as strict xfails so that a
# better model makes the test fail until the mark is removed. The model retrained on 676 dev
# reviews no longer reads p-62 (« site internet … horaires ») as off-topic. Retrained on 1,076, it
# read « usine à fric … devis salé » (p-45) as discrimination (« salé » folds to « sale », « fric »,
# « vraie » and the word vectors); discrimination from the model now needs an identity word.
KNOWN_MODEL_FALSE_ALARMS: dict[str, str] = {}


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(case, marks=pytest.mark.xfail(reason=KNOWN_MODEL_FALSE_ALARMS[case["id"]], strict=True))
        if case["id"] in KNOWN_MODEL_FALSE_ALARMS
        else case
        for case in PHRASINGS
    ],
    ids=[case["id"] for case in PHRASINGS],
)
def test_report_reasons_on_phrasings_written_apart_from_the_corpus(case: dict[str, object]) -> None:
    result = triage_text(str(case["text"]), int(str(case["stars"])), str(case["id"]))
    assert sorted(reason.reason for reason in result.report_reasons) == sorted(case["reasons"])  # type: ignore[call-overload]


def test_the_lexicons_alone_get_every_phrasing_right() -> None:
    for case in PHRASINGS:
        result = triage_text(str(case["text"]), int(str(case["stars"])), str(case["id"]), with_model=False)
        assert sorted(r.reason for r in result.report_reasons) == sorted(case["reasons"]), case["id"]


def test_a_clearly_positive_text_under_one_star_is_positive_and_flagged_as_a_mismatch() -> None:
    result = triage_text("Accueil génial, chirurgien excellent, je recommande les yeux fermés !", 1, "m1")
    assert result.sentiment == "positif" and result.mismatch


def test_a_negated_complaint_is_not_negative() -> None:
    result = triage_text("Aucune douleur, pas de souci, rien à redire.", None, "n1")
    assert result.sentiment == "positif"


def test_what_follows_a_contrast_weighs_more() -> None:
    result = triage_text(
        "Personnel gentil et locaux propres. Par contre le chirurgien m'a ratée, horrible.", 5, "c1"
    )
    assert result.sentiment == "negatif" and result.mismatch


def test_without_stars_or_text_the_review_is_neutral_and_low_priority() -> None:
    result = triage_text("", None, "e1")
    assert (result.sentiment, result.priority, result.topics, result.report_reasons) == (
        "neutre",
        "normale",
        (),
        (),
    )


def test_each_reason_comes_with_its_evidence_span_and_google_steps() -> None:
    text = "Très bon cabinet, cliquez ici : www.promo-botox.example"
    result = triage_text(text, 5, "s1")
    (reason,) = result.report_reasons
    assert reason.reason == "spam"
    assert text[reason.evidence.start : reason.evidence.end] == reason.evidence.text
    assert any("« Spam »" in step for step in reason.steps)
    assert reason.steps == report_steps("spam")


def test_a_defamation_risk_lists_the_options_and_never_decides() -> None:
    result = triage_text("Ce chirurgien opère ivre, je l'ai vu.", 1, "d1")
    data = result.to_dict()
    assert data["defamation_risk"] is True and data["priority"] == "haute"
    assert [option["id"] for option in data["defamation"]["options"]] == [
        key for key, _ in DEFAMATION_OPTIONS
    ]
    assert "ne décide rien" in data["defamation"]["notice"]
    assert data["defamation"]["evidence"][0]["text"] == "ivre"


def test_an_insult_without_a_fact_is_no_defamation_risk() -> None:
    assert not triage_text("Quel incompétent. Charlatan. À fuir.", 1, "i1").defamation_risk


def test_a_waiting_room_is_a_place_not_a_waiting_time() -> None:
    result = triage_text("Salle d'attente sale et poubelle qui déborde.", 1, "t1")
    assert "hygiene" in result.topics and "attente" not in result.topics


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("Le chirurgien a posé des prothèses périmées et il le savait très bien.", True),
        (
            "Cette personne se fait passer pour chirurgien plasticien alors qu'il n'a aucune qualification.",
            True,
        ),
        ("Il a facturé à la Sécu des actes qu'il n'a jamais faits.", True),
        ("Elle m'a giflée pendant le réveil, l'infirmière était témoin.", True),
        ("Le docteur m'a fait des avances pendant la consultation.", True),
        ("Résultat décevant et chirurgien peu aimable.", False),
        ("Je vais porter plainte, le résultat est raté.", False),
        ("Cette opération m'a détruite moralement.", False),
    ],
)
def test_defamation_risk_needs_the_allegation_of_a_precise_fact(text: str, risk: bool) -> None:
    assert triage_text(text, 1, "d").defamation_risk is risk
