"""Commercial rules (produit-sante, partenariat-non-declare, promotion-payante, pratique-non-validee,
incitation) on wordings the rules alone must judge: the learned reader is left out, so these
say what the constructions do, whatever the reader learns next."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone


def test_a_practitioner_with_free_slots_is_information_not_a_push() -> None:
    assert "incitation" not in rules_alone("Le Dr Petit a des créneaux en janvier ou en février.", "message")


def test_remaining_dates_told_as_scarcity_are_a_push() -> None:
    assert "incitation" in rules_alone("Il reste encore des dates en février, écrivez-nous !")


@pytest.mark.parametrize(
    "text",
    [
        "Le Dr Lenoir ne s'en cache pas : 1 500 euros par mois en publicités Instagram.",
        "La clinique s'équipe des implants Visiolens, les plus précis du marché.",
    ],
)
def test_a_reflexive_verb_is_no_hypothesis(text: str) -> None:
    assert rules_alone(text) & {"promotion-payante", "produit-sante"}


def test_a_real_hypothesis_still_drops_a_product_cue() -> None:
    text = "Si une marque vous dit que sa crème est la meilleure du marché, méfiez-vous."
    assert "produit-sante" not in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Passez au magasin Velocita de ma part, ils vous feront une belle remise sur les vélos.",
        "Si vous cherchez un sac solide, allez chez Bagatelle de ma part : -10 % sur toute la boutique.",
    ],
)
def test_a_discount_given_on_the_doctors_name_is_an_undisclosed_partnership(text: str) -> None:
    assert "partenariat-non-declare" in rules_alone(text)


def test_a_colleague_referred_on_the_doctors_name_is_no_partnership() -> None:
    text = "Pour la rééducation, dites au kiné que vous venez de ma part, il a vos comptes rendus."
    assert "partenariat-non-declare" not in rules_alone(text, "message")


def test_a_code_word_in_capitals_is_a_promo_code_but_an_sms_code_is_not() -> None:
    assert "partenariat-non-declare" in rules_alone(
        "Mon carnet préféré : utilisez le code NOTESDOC sur leur site."
    )
    sms = "Dans votre espace patient, entrez le code reçu par SMS pour lire votre compte rendu."
    assert "partenariat-non-declare" not in rules_alone(sms, "message")


def test_a_share_of_each_sale_is_a_commercial_link() -> None:
    text = "Mettez le code CABINET à la commande, on touche un petit pourcentage mais vous avez -10 %."
    assert "partenariat-non-declare" in rules_alone(text, "message")


def test_a_sponsor_named_without_the_word_is_still_a_sponsor() -> None:
    assert "partenariat-non-declare" in rules_alone("Cet épisode existe grâce à Banque Orsay.", "youtube")
    assert "partenariat-non-declare" not in rules_alone(
        "Cette vidéo existe grâce à vos questions, merci !", "youtube"
    )


def test_an_order_not_to_declare_the_payment_is_not_undone_by_its_negation() -> None:
    text = "Brief : 300 € par story et un soin offert. Surtout ne pas mentionner la rémunération."
    assert "partenariat-non-declare" in rules_alone(text, "autre")


def test_a_consultation_merely_named_does_not_hide_a_brand_gift() -> None:
    text = (
        "Week-end au calme avant la reprise des consultations 🌊 Séjour offert par l'équipe de @hotel_dunes."
    )
    assert "partenariat-non-declare" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les prothèses Elvira, les plus douces au toucher du marché, je ne pose plus que celles-là.",
        "Le seul collyre que je garde dans mon sac : Oculis, il soulage en deux minutes.",
        "C'est la seule marque que j'injecte depuis cinq ans : Hyalis.",
    ],
)
def test_the_only_product_one_uses_is_a_health_product_promoted(text: str) -> None:
    assert "produit-sante" in rules_alone(text)


def test_a_product_on_sale_at_the_desk_is_promoted_even_in_an_answer_to_a_question() -> None:
    text = (
        "On nous demande souvent quoi mettre sur les bleus : chez nous c'est un gel, "
        "disponible à l'accueil du cabinet."
    )
    assert "produit-sante" in rules_alone(text, "facebook")


def test_bone_available_for_an_implant_is_not_a_product_available() -> None:
    text = "Avant de poser un implant, on vérifie le volume d'os disponible grâce à un scanner."
    assert "produit-sante" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    "text",
    [
        "On a mis un petit budget derrière ce post pour qu'il touche plus de monde dans le quartier.",
        "Vous avez vu nos panneaux à la gare Part-Dieu ? Le centre s'affiche en grand !",
        "Le remarketing est activé : les visiteurs du site verront nos bannières pendant un mois.",
    ],
)
def test_paid_visibility_without_the_word_boost_is_paid_promotion(text: str) -> None:
    assert "promotion-payante" in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Le minoxidil aide à booster la repousse des cheveux après une greffe.",
        "On me propose chaque semaine d'acheter des abonnés : c'est non.",
        "Sponsorisé · Assurance Maladie — Le dépistage du cancer colorectal est gratuit dès 50 ans.",
        "Nos affiches de prévention du mélanome sont dans la salle d'attente et au métro Bellecour.",
    ],
)
def test_hair_regrowth_an_offer_refused_and_a_public_campaign_are_not_paid_promotion(text: str) -> None:
    assert "promotion-payante" not in rules_alone(text, "facebook")


def test_a_category_of_colleagues_as_a_subject_is_not_a_title_claimed() -> None:
    text = "Le chirurgien estime que « les médecins esthétiques n'ont aucune formation sérieuse »."
    assert "titre-non-reconnu" not in rules_alone(text, "presse")


@pytest.mark.parametrize(
    "text",
    [
        "On a payé pour que la vidéo sur l'abdominoplastie passe dans le fil des Lyonnaises.",
        "Nos 200 € mensuels sur Instagram commencent à payer : +30 % de demandes.",
        "Spoiler : ce tiktok a eu un petit coup de pouce payant pour sortir du lot.",
        "Notre vidéo tourne en ce moment dans les pubs avant les stories, merci pour vos retours !",
        "Vous nous avez vus sur les abribus de Nantes ? C'est notre clinique 😎",
    ],
)
def test_money_spent_to_be_seen_is_paid_promotion_whatever_the_words(text: str) -> None:
    assert "promotion-payante" in rules_alone(text)


def test_a_post_seen_without_spending_is_not_paid_promotion() -> None:
    text = "Ce post a été vu 20 000 fois sans un euro dépensé, merci pour vos partages !"
    assert "promotion-payante" not in rules_alone(text)


def test_a_company_that_supports_the_channel_is_a_sponsor_but_the_viewers_are_not() -> None:
    sponsor = (
        "Un mot pour Notably, qui soutient la chaîne : premier mois gratuit avec le lien en description."
    )
    assert "partenariat-non-declare" in rules_alone(sponsor, "youtube")
    viewers = "Merci à vous tous qui soutenez la chaîne depuis le début !"
    assert "partenariat-non-declare" not in rules_alone(viewers, "youtube")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Le code CIM-10 de la pathologie figure sur votre compte rendu.", "site"),
        ("Le code ALPHA du portail patient vous a été envoyé par courrier.", "message"),
        ("Ce live est rendu possible par vos dons à l'association, merci !", "youtube"),
        ("Ce podcast est financé par l'université de Lyon et l'Inserm.", "youtube"),
    ],
)
def test_an_access_code_or_a_public_funder_is_no_commercial_link(text: str, channel: str) -> None:
    assert "partenariat-non-declare" not in rules_alone(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        "La chirurgie est la seule qui corrige un excès de peau, les crèmes n'y peuvent rien.",
        "Pour cette vidéo, je veux mettre en avant l'importance de la crème solaire après un laser.",
    ],
)
def test_a_product_class_in_general_advice_is_not_promoted(text: str) -> None:
    assert "produit-sante" not in rules_alone(text)
