"""Constructions added after the fifth dev batch, on wordings of our own (traps included)."""

from __future__ import annotations

import pytest

from vitrine.reputation.triage import triage_text


@pytest.mark.parametrize(
    "comment",
    [
        "Elle a encaissé le solde en avril et je n'ai jamais été remboursé après l'annulation.",
        "Il nous a fait payer trois fois la même séance de laser.",
        "Le jour de la pose de mes implants, le docteur sentait la bière et titubait.",
        "Il a opéré mon fils sans le consentement de sa mère, qui en a la garde.",
        "She charged my insurance for a rhinoplasty that never happened.",
        "Le dossier de ma fille a disparu deux jours après notre plainte à l'Ordre.",
    ],
)
def test_a_precise_harmful_act_imputed_to_someone_is_a_defamation_risk(comment: str) -> None:
    assert triage_text(comment, 1).defamation_risk


@pytest.mark.parametrize(
    "comment",
    [
        "Bande de voleurs.",
        "Je ne comprends pas ceux qui parlent d'escroquerie, le devis était clair.",
        "Les laboratoires sont tous des voleurs, rien à voir avec ce chirurgien qui est parfait.",
    ],
)
def test_an_insult_without_a_fact_or_a_denied_accusation_is_no_defamation_risk(comment: str) -> None:
    assert not triage_text(comment, 3).defamation_risk


def test_a_care_advert_speaking_for_its_own_business_is_spam_and_a_conflict_of_interest() -> None:
    comment = (
        "Merci docteur. Pour vos bas de contention après l'opération, passez à notre pharmacie "
        "de la Gare, -20 % avec le code BAS20."
    )
    assert {r.reason for r in triage_text(comment, 5).report_reasons} == {"spam", "conflit-interets"}


def test_an_advert_for_an_unrelated_shop_is_no_conflict_of_interest() -> None:
    comment = "Vélos reconditionnés chez nous à -30 %, code VELO30 !"
    assert "conflit-interets" not in {r.reason for r in triage_text(comment, 5).report_reasons}


def test_urging_others_to_report_to_the_health_authority_is_no_harassment() -> None:
    comment = "Si vous avez eu la même complication, signalez-le à l'ARS, ça fait bouger les choses."
    assert "harcelement" not in {r.reason for r in triage_text(comment, 2).report_reasons}


def test_a_call_to_give_one_star_each_is_harassment() -> None:
    comment = "Ce chirurgien méprise ses patientes, faites passer le mot et mettez-lui 1 étoile."
    assert "harcelement" in {r.reason for r in triage_text(comment, 1).report_reasons}


def test_a_patient_not_yet_operated_who_had_the_consultation_is_not_off_topic() -> None:
    comment = "J'ai pas encore été opérée, c'est dans un mois, mais la consultation était claire."
    assert "hors-sujet" not in {r.reason for r in triage_text(comment, 4).report_reasons}
