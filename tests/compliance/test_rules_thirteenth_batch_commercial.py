"""Commercial rules (produit-sante, incitation, offre-commerciale, partenariat-non-declare,
promotion-payante) in the constructions of the thirteenth blind batch, judged by the rules alone (the
learned reader left out): X's « Promu » label, an advert read on the radio, a paid listing's
subscription, a charity's free helpline, a brand code set equal to its discount, time no longer to
lose, a planning nearly full, the hesitant told it is the moment, an offer running until the end of
the campaign, half price until a date, a partnership with a maker announced in prose, « en
partenariat avec X » not taken for the legal mention, a patient thanked for her kind words, the best
product one has tried, a product that rebuilds or cures, a brand that « works best », a syringe at
half price, a sponsor's product named with a claim (phase A); with their traps. The wordings are our
own, not the batch's."""

from __future__ import annotations

import pytest

from vitrine.compliance import check


def _rules(text: str, channel: str = "instagram") -> set[str]:
    return {f.rule for f in check(text, channel=channel, learned=False).findings}


# promotion-payante


def test_the_promoted_label_of_x_over_the_practice_is_paid_promotion() -> None:
    text = "Promu · Centre Laser Opéra\nÉpilation définitive dès la première séance."
    assert "promotion-payante" in _rules(text, "x")


def test_a_promotion_in_a_career_is_no_paid_label() -> None:
    text = "Promue cheffe de service cette année : merci à toute l'équipe !"
    assert "promotion-payante" not in _rules(text, "linkedin")


def test_an_advert_read_on_the_radio_is_paid_promotion() -> None:
    text = "[Message radio, 25 s, Radio Côte Bleue] « Centre Dentaire du Port : vos implants en confiance. »"
    assert "promotion-payante" in _rules(text, "presse")


def test_a_public_body_radio_message_is_no_paid_promotion_of_the_practice() -> None:
    text = "[Annonce radio — 30 secondes, Santé publique France] Le dépistage du cancer colorectal est gratuit dès 50 ans."
    assert "promotion-payante" not in _rules(text, "presse")


def test_a_paid_listing_subscription_is_paid_promotion_not_an_offer() -> None:
    text = "Fiche annuaire — option « Cabinet mis en avant » (abonnement Pro, 59 €/mois)"
    found = _rules(text, "autre")
    assert "promotion-payante" in found
    assert "offre-commerciale" not in found


# offre-commerciale


def test_a_charity_free_helpline_is_no_commercial_offer() -> None:
    text = "L'association ouvre une permanence téléphonique gratuite pour les aidants, chaque jeudi soir."
    assert "offre-commerciale" not in _rules(text, "presse")


def test_a_brand_code_set_equal_to_its_discount_is_the_brand_link_not_an_offer() -> None:
    text = "Merci @OmegaSkin pour ce colis 💛 Leur sérum est top. Code DOCOMEGA = -15 %"
    found = _rules(text)
    assert "partenariat-non-declare" in found
    assert "offre-commerciale" not in found


# incitation


@pytest.mark.parametrize(
    "text",
    [
        "Ne perdez plus de temps : choisissez votre date de consultation en ligne.",
        "Il nous reste 3 séances de laser en décembre, ensuite l'agenda de janvier est presque complet.",
        "Vous qui hésitiez, c'est le moment 😉",
        "Détartrage offert pour tout blanchiment : appelez-nous pour fixer la date avant la fin de l'opération.",
        "Le peeling à moitié prix jusqu'au 15 mars ✨",
    ],
)
def test_lost_time_a_full_planning_the_hesitant_or_a_deadline_on_an_offer_push_to_book(text: str) -> None:
    assert "incitation" in _rules(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Ne perdez pas de temps à comparer les crèmes : aucune n'efface une cicatrice.",
        "Les places de parking sont presque toutes prises le matin, venez en tram.",
        "Pour celles qui hésitent, le délai de réflexion est là pour ça.",
        "Le patient reste sous surveillance de l'anesthésiste jusqu'à la fin de l'opération.",
        "Pour vous rassurer avant les vacances : le cabinet reste joignable par mail.",
    ],
)
def test_time_parking_hesitation_a_surgery_or_holidays_alone_push_to_nothing(text: str) -> None:
    assert "incitation" not in _rules(text, "facebook")


# partenariat-non-declare


def test_a_partnership_with_a_maker_announced_in_prose_is_undisclosed() -> None:
    text = "Fière d'annoncer notre partenariat avec les laboratoires Dermaline : chaque opérée recevra leur trousse."
    assert "partenariat-non-declare" in _rules(text, "linkedin")


def test_a_partnership_with_a_hospital_is_no_brand_link() -> None:
    text = "Notre partenariat avec le CHU permet d'opérer les urgences de la main le week-end."
    assert "partenariat-non-declare" not in _rules(text, "linkedin")


def test_in_partnership_with_a_brand_is_not_the_legal_mention() -> None:
    text = "Épisode réalisé en partenariat avec Ostéa. Les auditeurs ont -10 % avec le code OSTEA10."
    assert "partenariat-non-declare" in _rules(text, "presse")


def test_an_advert_label_before_the_partnership_is_the_legal_mention() -> None:
    text = "Publicité — En partenariat avec Ostéa : -10 % avec le code OSTEA10 sur leur site."
    assert "partenariat-non-declare" not in _rules(text, "presse")


def test_a_patient_thanked_for_her_kind_words_is_no_brand() -> None:
    text = "Merci @Julie_R pour ton gentil retour, ça fait chaud au cœur !"
    found = _rules(text, "youtube")
    assert not found & {"partenariat-non-declare", "produit-sante"}


# produit-sante


@pytest.mark.parametrize(
    "text",
    [
        "Le sérum Hydrasil, le plus efficace que j'aie testé après un laser.",
        "Les gélules Flexium reconstruisent le cartilage en trois mois.",
        "Pour ta cicatrice, le gel Cicaderm, c'est de loin ce qui marche le mieux.",
        "La 2e seringue de Lumifill à moitié prix ce mois-ci 💋",
        "Ce live est sponsorisé par Artrol. Les infiltrations Artrol soulagent l'arthrose en une semaine.",
    ],
)
def test_the_best_product_tried_a_rebuilding_brand_or_a_sponsor_claim_promote_a_product(text: str) -> None:
    assert "produit-sante" in _rules(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil le plus efficace que j'aie reçu en internat : écouter.",
        "La chirurgie reconstruit le sein après un cancer : parlons-en en consultation.",
        "Pour une cicatrice, un gel de silicone est ce qui marche le mieux selon les études.",
        "Conférence en partenariat avec Alliance Peau. Alliance Peau rappelle que le dépistage précoce réduit la mortalité.",
        "Brief : booster un carrousel sur les fils tenseurs (budget Meta Ads 300 €), accroche « effet lifting ».",
    ],
)
def test_advice_a_surgery_a_class_of_gel_a_charity_or_an_act_promote_no_product(text: str) -> None:
    assert "produit-sante" not in _rules(text, "facebook")
