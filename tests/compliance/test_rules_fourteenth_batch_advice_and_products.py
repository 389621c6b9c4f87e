"""Families the fourteenth and fifteenth batches showed the rules getting wrong, judged by the rules
alone (the learned reader left out): clinical advice in a message from a secretary who introduces
herself (« c'est Julie du secrétariat » read as a redirection to the secretariat); a branded
post-operative kit given to every operated patient (« trousse offerte », « coffret offert par … »);
a named patient after « Cas clinique du mois : » (read as the name of a clinic); a health
professional presented by her trade and the writer's own number in a message (read as patient
data). Each family has its positive cases and its traps; the wordings are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# conseil-personnalise: the writer introducing herself is no redirection to the secretariat


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, c'est Inès du secrétariat : le docteur a vu la photo, "
        "vous pouvez retirer les pansements ce soir.",
        "Coucou c'est Lola (secrétariat) 🙂 le Dr a regardé ta photo, "
        "tu peux masser la cicatrice dès demain.",
        "Ici Marc du secrétariat, le docteur dit que vous pouvez arrêter l'antibiotique après-demain.",
    ],
)
def test_advice_relayed_by_a_secretary_who_introduces_herself_is_personal_advice(text: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Pour toute douleur inhabituelle, appelez le secrétariat ou le 15 en cas d'urgence.",
        "Bonjour, c'est Inès du secrétariat : votre rendez-vous de contrôle est confirmé jeudi à 9 h.",
        "Si la rougeur s'étend, appelez le numéro du secrétariat : le docteur vous rappellera.",
    ],
)
def test_a_redirection_or_logistics_from_the_secretariat_is_no_advice(text: str) -> None:
    assert "conseil-personnalise" not in rules_alone(text, "message")


# produit-sante: a branded kit handed to every operated patient promotes its products


@pytest.mark.parametrize(
    "text",
    [
        "Nouveau : chaque opérée repart avec sa trousse offerte, "
        "gaine de compression Silhea et crème cicatrisante 🎁",
        "Grâce à notre partenaire Cutalis, chaque patiente repart avec son coffret cicatrisation : "
        "crème, patchs silicone et huile.",
        "Toutes nos opérées reçoivent le kit post-op offert par Epiderma 🎁 "
        "baume réparateur et gel à l'arnica.",
    ],
)
def test_a_branded_kit_given_to_operated_patients_promotes_health_products(text: str) -> None:
    assert "produit-sante" in rules_alone(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "Pensez à votre trousse de toilette et à votre gaine de compression pour le jour de l'intervention.",
        "La consultation de contrôle est incluse ; la gaine de compression est prescrite sur ordonnance.",
    ],
)
def test_a_toiletry_bag_or_a_prescribed_garment_is_no_promotion(text: str) -> None:
    assert "produit-sante" not in rules_alone(text, "instagram")


# donnees-patient: a civility names a person, whatever word precedes it


@pytest.mark.parametrize("heading", ["Cas clinique du mois : ", "## Cas clinique\n", "Examen clinique : "])
def test_a_named_patient_after_a_clinical_case_heading_is_patient_data(heading: str) -> None:
    text = f"{heading}Mme Odile Ferrand, 61 ans, opérée d'un lifting cervical en mai, suites simples."
    assert "donnees-patient" in rules_alone(text, "site")


def test_a_clinic_named_after_its_founder_is_still_no_patient() -> None:
    text = "La clinique Marie Curie ouvre un service de chirurgie de la main en janvier."
    assert "donnees-patient" not in rules_alone(text, "linkedin")


@pytest.mark.parametrize(
    "text",
    [
        "Intervenants : Dr Anne Villiers (chirurgienne de la main), Mme Claire Rousseau (ergothérapeute).",
        "Avec Paul Mercier, orthoptiste, nous verrons la rééducation après chirurgie du strabisme.",
    ],
)
def test_a_health_professional_presented_by_her_trade_is_no_patient(text: str) -> None:
    assert "donnees-patient" not in rules_alone(text, "linkedin")


def test_the_writers_own_number_in_a_message_is_no_patient_data() -> None:
    text = (
        "Votre devis reste valable 3 mois. Pour toute question, je suis à votre disposition "
        "au 02 40 00 00 00. Bonne journée, Laure, secrétaire"
    )
    assert "donnees-patient" not in rules_alone(text, "message")


def test_a_relatives_number_left_for_the_patient_is_still_patient_data() -> None:
    text = "Sa fille a laissé son numéro, 06 12 34 56 78, elle reste joignable le soir."
    assert "donnees-patient" in rules_alone(text, "autre")
