"""Two families the fourteenth to sixteenth batches showed the rules missing, judged by the rules
alone (the learned reader left out): clinical advice in a message from a secretary who introduces
herself (« c'est Julie du secrétariat » read as a redirection to the secretariat), and a branded
post-operative kit given to every operated patient (« trousse offerte », « coffret offert par … »).
Each family has its positive cases and its traps; the wordings are our own."""

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
