"""Promises, self-praise, unproven claims and offers (garantie-resultat, superlatif,
pratique-non-validee, offre-commerciale) in the wordings of the seventh blind batch, judged by the
rules alone: the learned reader is left out, so these say what the constructions do."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone


@pytest.mark.parametrize(
    "text",
    [
        "Après l'injection vous repartez comme si de rien n'était, personne ne verra rien.",
        "Vous l'avez peut-être lu : nos prothèses dureront toute votre vie.",
    ],
)
def test_comme_si_and_a_past_peut_etre_are_no_hypothesis_for_a_promise(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text)


def test_a_real_hypothesis_still_drops_a_promise() -> None:
    assert "garantie-resultat" not in rules_alone(
        "Si on vous dit que vos implants dureront toute votre vie, méfiez-vous."
    )


def test_a_free_redo_when_the_result_disappoints_is_a_guarantee_despite_its_condition() -> None:
    text = "Si le nez ne vous convient pas, nous le reprenons gratuitement."
    assert "garantie-resultat" in rules_alone(text, "linkedin")


def test_a_denied_lifetime_promise_is_no_promise() -> None:
    text = "On ne promet pas que vos implants dureront toute la vie : il faudra peut-être les changer."
    assert "garantie-resultat" not in rules_alone(text, "tiktok")


def test_no_problem_in_a_logistics_message_is_no_promise() -> None:
    assert "garantie-resultat" not in rules_alone("Vous pouvez conduire demain, aucun souci.", "message")


def test_a_technique_done_in_one_session_is_a_fact_not_a_promise() -> None:
    assert "garantie-resultat" not in rules_alone("La pose de l'implant se fait en une seule séance.", "site")


@pytest.mark.parametrize(
    "text",
    [
        "Douze ans de bloc, pas une seule infection.",
        "En quinze ans, aucun mécontent n'est sorti du cabinet.",
        "Notre taux de satisfaction atteint 96 % à un an.",
        "Le seul scanner dentaire 3D à 50 km à la ronde.",
        "Notre service figure dans le top 5 national de la chirurgie de la main.",
        "La clinique annonce une première : la rhinoplastie sous hypnose.",
        "Pour les paupières, personne ne nous arrive à la cheville en Alsace.",
    ],
)
def test_a_track_record_a_rank_or_a_first_without_the_obvious_word_is_self_praise(text: str) -> None:
    assert "superlatif" in rules_alone(text)


def test_a_listicle_about_patients_is_no_rank() -> None:
    assert "superlatif" not in rules_alone(
        "Top 3 des questions que mes patientes posent avant une rhinoplastie."
    )


@pytest.mark.parametrize(
    "text",
    [
        "La LED relance le collagène, ce n'est plus à démontrer.",
        "Nos perfusions renforcent l'immunité avant la chirurgie.",
        "Le froid tue les cellules graisseuses, c'est de la physique.",
        "Un protocole de mésothérapie qui a fait ses preuves auprès de milliers de patientes.",
    ],
)
def test_a_claim_sealed_as_proven_without_a_source_is_unvalidated(text: str) -> None:
    assert "pratique-non-validee" in rules_alone(text)


def test_a_practice_denied_with_non_is_not_promoted() -> None:
    text = "Non, l'homéopathie ne prévient pas les bleus. Les essais ne montrent aucun effet."
    assert "pratique-non-validee" not in rules_alone(text, "x")


def test_an_ordinal_in_words_makes_a_free_session_an_offer() -> None:
    assert "offre-commerciale" in rules_alone("Pour cinq séances achetées, la sixième est offerte.")


def test_a_gift_to_paid_creators_is_not_an_offer_to_the_public() -> None:
    text = "Brief : 200 € par créatrice et un soin offert ; ne pas mentionner la rémunération."
    assert "offre-commerciale" not in rules_alone(text, "autre")


def test_a_guarantee_declared_impossible_is_no_promise() -> None:
    assert "garantie-resultat" not in rules_alone(
        "Il est impossible de garantir un résultat en chirurgie.", "youtube"
    )


def test_a_commitment_on_privacy_is_no_promise_of_result() -> None:
    assert "garantie-resultat" not in rules_alone("Le secret de vos échanges : on s'y engage.", "site")


@pytest.mark.parametrize(
    "text",
    [
        "Les cicatrices ? Invisibles au bout d'un mois.",
        "Vous ne verrez plus jamais vos poches sous les yeux.",
        "Un ventre plat pour l'été, on s'y engage.",
    ],
)
def test_a_harm_dismissed_a_never_again_or_a_commitment_is_a_promise(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le PRP réveille les bulbes morts.",
        "Ces injections dissolvent la cellulite.",
        "La LED booste le collagène de 80 %.",
    ],
)
def test_an_effect_no_evidence_supports_is_unvalidated(text: str) -> None:
    assert "pratique-non-validee" in rules_alone(text)


def test_a_vaccine_strengthening_immunity_is_a_validated_effect() -> None:
    text = "La vaccination renforce l'immunité contre la grippe avant une chirurgie lourde."
    assert "pratique-non-validee" not in rules_alone(text, "site")
