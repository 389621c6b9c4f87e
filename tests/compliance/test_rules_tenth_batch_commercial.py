"""Commercial rules (partenariat-non-declare, produit-sante, promotion-payante, offre-commerciale) in
the constructions of the tenth blind batch, judged by the rules alone (the learned reader left
out). The wordings are our own, not the batch's."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# produit-sante: a product named by its brand, with a care claim


@pytest.mark.parametrize(
    "text",
    [
        "Après un peeling, le sérum Dermaflor apaise la peau et efface les rougeurs en deux jours.",
        "Étape 2 : la crème Lumicica, qui accélère la cicatrisation.\nÉtape 3 : en stock au cabinet.",
        "Nous posons désormais les prothèses Velia Soft, 20 % plus légères pour un rendu plus naturel.",
    ],
)
def test_a_branded_product_with_a_care_claim_is_a_health_product_promoted(text: str) -> None:
    assert "produit-sante" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "L'acide hyaluronique comble un volume perdu, pour quelques mois seulement.",
        "Non, la crème Miravel n'efface pas les vergetures, quoi qu'en dise la publicité.",
        "Une crème cicatrisante apaise souvent les démangeaisons des premières semaines.",
    ],
)
def test_a_class_of_product_or_a_claim_denied_is_not_a_product_promoted(text: str) -> None:
    assert "produit-sante" not in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le baume Resolia réduit les bleus en deux jours, je le donne à toutes mes opérées.",
        "Le gel Hyalis lisse les ridules dès la première semaine 😍",
    ],
)
def test_a_claim_right_after_the_brand_is_still_a_claim(text: str) -> None:
    assert "produit-sante" in rules_alone(text)


def test_a_brand_given_as_one_example_among_any_is_no_product_promoted() -> None:
    text = "La crème Dermalin hydrate bien, mais n'importe quelle crème neutre fait l'affaire."
    assert "produit-sante" not in rules_alone(text)


def test_a_vitamin_named_by_its_letter_is_no_brand() -> None:
    assert "produit-sante" not in rules_alone(
        "Après un bypass, la vitamine B12 est diminuée : on la supplémente.", "site"
    )


def test_a_novelty_at_the_desk_or_from_a_partner_is_a_product_promoted() -> None:
    assert "produit-sante" in rules_alone(
        "Nouveauté à l'accueil : un gel au calendula, idéal après une épilation."
    )
    assert "produit-sante" in rules_alone(
        "Nouveau chez notre partenaire Cryobox : l'appareil de cryolipolyse pour la maison."
    )


# partenariat-non-declare: the maker of the promoted product thanked


def test_thanking_the_maker_of_a_branded_product_is_an_undisclosed_partnership() -> None:
    text = (
        "Nous sommes parmi les premiers à injecter le filler Opaline Lips, plus naturel que jamais. "
        "Merci aux laboratoires Opaline pour l'accueil !"
    )
    assert "partenariat-non-declare" in rules_alone(text, "linkedin")


def test_thanking_the_team_of_the_block_is_no_partnership() -> None:
    text = (
        "Les implants Opaline ont été retirés du marché en 2019. Merci à l'équipe du bloc pour sa vigilance."
    )
    assert "partenariat-non-declare" not in rules_alone(text, "linkedin")


def test_thanking_an_account_with_a_dot_for_its_review_is_no_partnership() -> None:
    assert "partenariat-non-declare" not in rules_alone(
        "Merci @lea.m pour votre avis, toute l'équipe est touchée !"
    )


def test_thanking_the_author_of_a_quoted_comment_is_no_partnership() -> None:
    text = "Votre message nous a touchés : « Une équipe à l'écoute du début à la fin » — merci @julie.lnr !"
    assert "partenariat-non-declare" not in rules_alone(text)


# offre-commerciale: an act given in the passive, an offer on the practice's own act


@pytest.mark.parametrize(
    "text",
    [
        "Pour toute abdominoplastie réservée avant mars, le drainage lymphatique vous sera offert.",
        "Pour toute rhinoplastie réservée en mai, la séance de LED est incluse gratuitement.",
        "Soldes d'hiver : les 10 premières à réserver leur lipo ont le bilan offert, lien en bio.",
    ],
)
def test_an_act_given_to_whoever_books_is_an_offer(text: str) -> None:
    assert "offre-commerciale" in rules_alone(text)


def test_a_consultation_that_is_not_free_is_no_offer() -> None:
    assert "offre-commerciale" not in rules_alone(
        "La consultation de suivi n'est pas gratuite : elle est facturée 50 €."
    )


# promotion-payante: a paid option for a ranking, a proposal turned down


def test_a_paid_option_to_come_first_in_a_directory_is_paid_promotion() -> None:
    text = (
        "Compte rendu : nous avons souscrit l'option « Praticien vedette » (59 €/mois) pour sortir en tête."
    )
    assert "promotion-payante" in rules_alone(text, "autre")


def test_an_agency_proposing_to_boost_posts_is_not_paid_promotion() -> None:
    text = "Réunion : l'agence suggère de booster nos vidéos pour 300 € par mois. Réponse du Dr : non."
    assert "promotion-payante" not in rules_alone(text, "autre")


# second writer's constructions


def test_a_code_handed_at_the_practice_desk_is_the_practice_offer_not_a_partnership() -> None:
    rules = rules_alone(
        "Offre de printemps : -15 % sur les lipofillings avec le code PRINTEMPS15 à donner à l'accueil."
    )
    assert "offre-commerciale" in rules
    assert "partenariat-non-declare" not in rules


def test_a_promo_code_on_the_practice_landing_page_is_an_offer() -> None:
    text = "Brief agence : campagne Meta ciblée sur Lille.\nLanding page avec le code promo ETE25 (-25 %)."
    rules = rules_alone(text, "autre")
    assert "offre-commerciale" in rules
    assert "partenariat-non-declare" not in rules


@pytest.mark.parametrize(
    "text",
    [
        "Greffe FUE + 3 nuits d'hôtel + transferts depuis l'aéroport, tout est organisé pour vous ✈️",
        "Notre formule abdominoplastie à 4 200 € + séjour en bord de mer.",
    ],
)
def test_an_act_bundled_with_travel_or_lodging_is_an_offer(text: str) -> None:
    assert "offre-commerciale" in rules_alone(text)


def test_refusing_surgery_and_travel_bundles_is_no_offer() -> None:
    text = "Nous ne vendons pas de chirurgie + séjour : une opération n'est pas un voyage organisé."
    assert "offre-commerciale" not in rules_alone(text)


def test_a_perk_for_the_staff_is_no_offer_to_the_public() -> None:
    text = "Nous recrutons une secrétaire : mutuelle prise en charge, séances de laser offertes au personnel."
    assert "offre-commerciale" not in rules_alone(text, "linkedin")


def test_a_voucher_at_a_partner_shop_is_an_undisclosed_partnership_not_an_offer() -> None:
    text = (
        "Dans la pochette : un bon de réduction de 10 % à la pharmacie Centrale, offert par notre partenaire."
    )
    rules = rules_alone(text, "autre")
    assert "partenariat-non-declare" in rules
    assert "offre-commerciale" not in rules


def test_a_gift_from_a_lab_with_a_code_is_a_health_product_promoted() -> None:
    text = "Merci @labo.dermia pour ces ampoules 🎁 elles boostent l'éclat, code DOCLEA"
    assert {"produit-sante", "partenariat-non-declare"} <= rules_alone(text)


def test_a_guaranteed_effect_of_branded_threads_is_a_health_product_promoted() -> None:
    assert "produit-sante" in rules_alone(
        "Fils tenseurs Tensilis : effet liftant garanti un an ✨ Infos en MP", "facebook"
    )


def test_someone_elses_fake_reviews_are_not_paid_promotion() -> None:
    text = "Madame, nous n'avons aucune trace de votre venue. Retirez vos faux avis, s'il vous plaît."
    assert "promotion-payante" not in rules_alone(text, "avis-reponse")


def test_information_sourced_from_a_health_authority_is_no_product_promoted() -> None:
    text = (
        "Prothèses mammaires et lymphome : risque très faible, suivi clinique recommandé chaque année "
        "(HAS, fiche d'information 2023)."
    )
    assert "produit-sante" not in rules_alone(text, "bluesky")
