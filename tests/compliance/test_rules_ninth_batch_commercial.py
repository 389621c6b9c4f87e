"""Denigration and comparison (denigrement, comparaison) in the wordings of the ninth blind batch,
judged by the rules alone: the learned reader is left out, so these say what the constructions do."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# denigrement


@pytest.mark.parametrize(
    "text",
    [
        "Si un médecin vous jure qu'il n'y aura aucune cicatrice, fuyez.",
        "Si une clinique vous annonce « zéro risque », fuyez : aucun acte n'est anodin.",
    ],
)
def test_a_warning_about_whoever_would_promise_is_not_denigration(text: str) -> None:
    assert "denigrement" not in rules_alone(text, "tiktok")


def test_an_insult_to_a_journalist_about_our_own_clinic_is_not_denigration_of_colleagues() -> None:
    text = "Au blogueur qui a critiqué notre clinique : votre incompétence est sidérante."
    assert "denigrement" not in rules_alone(text, "linkedin")


def test_the_surgeon_who_speaks_is_not_the_one_judged() -> None:
    text = (
        "Interrogé, le chirurgien répond sèchement : « Ce patient raconte n'importe quoi depuis des mois. »"
    )
    assert "denigrement" not in rules_alone(text, "presse")


def test_a_named_professor_whose_approach_is_called_outdated_is_denigrated() -> None:
    text = "Au congrès, le Pr Martin a montré sa série. Honnêtement son approche est dépassée."
    assert "denigrement" in rules_alone(text, "x")


def test_the_same_scare_quoted_surgeon_behind_every_revision_is_denigrated() -> None:
    text = "Troisième reprise cette semaine d'une paupière opérée par le même « chirurgien » du quartier."
    assert "denigrement" in rules_alone(text, "x")


def test_butchery_without_a_diploma_is_an_insult_not_a_public_health_warning() -> None:
    text = (
        "Là-bas, ce sont des ateliers de boucherie où des techniciens sans diplôme charcutent les patientes."
    )
    assert "denigrement" in rules_alone(text, "site")


def test_a_factual_warning_about_practice_without_a_diploma_stays_allowed() -> None:
    text = "Des injections pratiquées sans diplôme exposent à des nécroses : c'est un exercice illégal."
    assert "denigrement" not in rules_alone(text, "site")


def test_implant_factories_talked_about_in_a_podcast_are_still_denigrated() -> None:
    text = "Dans cet épisode on parle de ces usines à implants où l'on opère vingt femmes par jour."
    assert "denigrement" in rules_alone(text, "youtube")


def test_bogus_institutes_set_against_us_are_denigrated() -> None:
    text = "Ici c'est un médecin qui injecte, pas comme dans les instituts bidons du centre commercial."
    assert "denigrement" in rules_alone(text, "facebook")


def test_the_wait_at_their_place_is_told_as_their_flaw() -> None:
    text = "Les confrères de l'hôpital voisin font ce qu'ils peuvent, mais chez eux on attend des heures."
    assert "denigrement" in rules_alone(text, "presse")


# comparaison


def test_a_wait_set_against_the_university_hospital_is_a_comparison() -> None:
    text = "Au cabinet, un rendez-vous en huit jours, contre six mois au CHU."
    assert "comparaison" in rules_alone(text, "presse")


def test_a_count_against_a_treatment_is_no_comparison() -> None:
    text = "Le vaccin protège contre trois souches ; il est disponible en pharmacie."
    assert "comparaison" not in rules_alone(text, "facebook")


def test_what_colleagues_cannot_offer_is_a_comparison() -> None:
    text = "Les cliniques voisines ne peuvent pas offrir ce niveau de suivi."
    assert "comparaison" in rules_alone(text, "facebook")


def test_doing_better_here_is_a_comparison() -> None:
    text = "Leurs prothèses lâchent vite ; on sait faire mieux chez nous."
    assert "comparaison" in rules_alone(text, "x")


def test_ours_at_least_knows_what_he_does_is_a_comparison() -> None:
    text = "Évitez ce cabinet. Le nôtre, au moins, prend le temps d'expliquer."
    assert "comparaison" in rules_alone(text, "facebook")


def test_one_city_cheaper_than_another_when_it_is_ours_is_a_comparison() -> None:
    text = "Une blépharoplastie coûte 800 € de moins à Tours qu'à Paris, et oui c'est chez nous."
    assert "comparaison" in rules_alone(text, "tiktok")


def test_prices_of_two_cities_without_us_are_no_comparison() -> None:
    text = "Une étude relève qu'une prothèse coûte plus cher à Paris qu'à Lyon."
    assert "comparaison" not in rules_alone(text, "site")


def test_every_patient_of_mine_set_against_colleagues_at_the_factory_is_a_comparison() -> None:
    text = "Je vois des confrères qui opèrent les nez à la chaîne. Chez moi chaque patient a une heure."
    assert "comparaison" in rules_alone(text, "linkedin")


# offre-commerciale


def test_a_price_after_a_dash_is_not_a_discount() -> None:
    text = "Commande validée : crème cicatrisante Dermalys — 24 €. Retrait à l'accueil."
    assert "offre-commerciale" not in rules_alone(text, "autre")


def test_a_discount_written_as_minus_euros_is_still_an_offer() -> None:
    text = "Ce mois-ci, -50 € sur votre séance de laser."
    assert "offre-commerciale" in rules_alone(text, "instagram")


def test_a_free_first_consultation_with_a_quoted_name_is_a_lure() -> None:
    text = "En février, votre première consultation « éclat du teint » est offerte !"
    assert "offre-commerciale" in rules_alone(text, "facebook")


def test_a_named_centre_giving_away_the_first_consultation_is_a_lure() -> None:
    text = "Pour son anniversaire, le centre Harmonie de Nantes offre la première consultation."
    assert "offre-commerciale" in rules_alone(text, "presse")


def test_a_webinar_free_for_residents_is_no_lure() -> None:
    text = "Webinaire de la société savante jeudi 20h, gratuit pour les internes, inscription sur le site."
    assert "offre-commerciale" not in rules_alone(text, "linkedin")


# partenariat-non-declare


@pytest.mark.parametrize(
    "text",
    [
        "Coucou @jade.style, le cabinet t'offre un peeling contre un post, pas besoin de mettre #pub 😉",
        "Accord avec @nora.beauty : 500 € pour deux reels. Surtout PAS de #pub, ça doit faire spontané.",
    ],
)
def test_waiving_the_advertising_mention_is_an_undisclosed_partnership(text: str) -> None:
    assert "partenariat-non-declare" in rules_alone(text, "instagram")


def test_a_partnership_declared_with_pub_stays_allowed() -> None:
    text = "#pub Merci à @nora.beauty pour ce partenariat : sa crème solaire est dans mon sac."
    assert "partenariat-non-declare" not in rules_alone(text, "instagram")
