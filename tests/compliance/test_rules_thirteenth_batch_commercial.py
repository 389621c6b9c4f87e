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
from rules_alone import rules_alone

# promotion-payante


def test_the_promoted_label_of_x_over_the_practice_is_paid_promotion() -> None:
    text = "Promu · Centre Laser Opéra\nÉpilation définitive dès la première séance."
    assert "promotion-payante" in rules_alone(text, "x")


def test_a_promotion_in_a_career_is_no_paid_label() -> None:
    text = "Promue cheffe de service cette année : merci à toute l'équipe !"
    assert "promotion-payante" not in rules_alone(text, "linkedin")


def test_an_advert_read_on_the_radio_is_paid_promotion() -> None:
    text = "[Message radio, 25 s, Radio Côte Bleue] « Centre Dentaire du Port : vos implants en confiance. »"
    assert "promotion-payante" in rules_alone(text, "presse")


def test_a_public_body_radio_message_is_no_paid_promotion_of_the_practice() -> None:
    text = (
        "[Annonce radio — 30 secondes, Santé publique France] "
        "Le dépistage du cancer colorectal est gratuit dès 50 ans."
    )
    assert "promotion-payante" not in rules_alone(text, "presse")


def test_a_paid_listing_subscription_is_paid_promotion_not_an_offer() -> None:
    text = "Fiche annuaire — option « Cabinet mis en avant » (abonnement Pro, 59 €/mois)"
    found = rules_alone(text, "autre")
    assert "promotion-payante" in found
    assert "offre-commerciale" not in found


# offre-commerciale


def test_a_charity_free_helpline_is_no_commercial_offer() -> None:
    text = "L'association ouvre une permanence téléphonique gratuite pour les aidants, chaque jeudi soir."
    assert "offre-commerciale" not in rules_alone(text, "presse")


def test_a_brand_code_set_equal_to_its_discount_is_the_brand_link_not_an_offer() -> None:
    text = "Merci @OmegaSkin pour ce colis 💛 Leur sérum est top. Code DOCOMEGA = -15 %"
    found = rules_alone(text)
    assert "partenariat-non-declare" in found
    assert "offre-commerciale" not in found


# incitation


@pytest.mark.parametrize(
    "text",
    [
        "Ne perdez plus de temps : choisissez votre date de consultation en ligne.",
        "Il nous reste 3 séances de laser en décembre, ensuite l'agenda de janvier est presque complet.",
        "Vous qui hésitiez, c'est le moment 😉",
        "Détartrage offert pour tout blanchiment : appelez pour fixer la date avant la fin de l'opération",
        "Le peeling à moitié prix jusqu'au 15 mars ✨",
    ],
)
def test_lost_time_a_full_planning_the_hesitant_or_a_deadline_on_an_offer_push_to_book(text: str) -> None:
    assert "incitation" in rules_alone(text, "facebook")


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
    assert "incitation" not in rules_alone(text, "facebook")


# partenariat-non-declare


def test_a_partnership_with_a_maker_announced_in_prose_is_undisclosed() -> None:
    text = "Fière d'annoncer notre partenariat avec les laboratoires Dermaline : chaque opérée aura un kit."
    assert "partenariat-non-declare" in rules_alone(text, "linkedin")


def test_a_partnership_with_a_hospital_is_no_brand_link() -> None:
    text = "Notre partenariat avec le CHU permet d'opérer les urgences de la main le week-end."
    assert "partenariat-non-declare" not in rules_alone(text, "linkedin")


def test_in_partnership_with_a_brand_is_not_the_legal_mention() -> None:
    text = "Épisode réalisé en partenariat avec Ostéa. Les auditeurs ont -10 % avec le code OSTEA10."
    assert "partenariat-non-declare" in rules_alone(text, "presse")


def test_an_advert_label_before_the_partnership_is_the_legal_mention() -> None:
    text = "Publicité — En partenariat avec Ostéa : -10 % avec le code OSTEA10 sur leur site."
    assert "partenariat-non-declare" not in rules_alone(text, "presse")


def test_a_patient_thanked_for_her_kind_words_is_no_brand() -> None:
    text = "Merci @Julie_R pour ton gentil retour, ça fait chaud au cœur !"
    found = rules_alone(text, "youtube")
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
    assert "produit-sante" in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil le plus efficace que j'aie reçu en internat : écouter.",
        "La chirurgie reconstruit le sein après un cancer : parlons-en en consultation.",
        "Pour une cicatrice, un gel de silicone est ce qui marche le mieux selon les études.",
        "En partenariat avec Alliance Peau. Alliance Peau rappelle que le dépistage réduit la mortalité.",
        "Brief : booster un carrousel sur les fils tenseurs (Meta Ads 300 €), accroche « effet lifting »",
    ],
)
def test_advice_a_surgery_a_class_of_gel_a_charity_or_an_act_promote_no_product(text: str) -> None:
    assert "produit-sante" not in rules_alone(text, "facebook")


# phase B: a call before signing elsewhere, bookings going fast, limited slots, a redo the practice
# pays for, a quote lowered on signing, a brand's trip, a payment to hide, a handle thanked for a
# loan, money for a story, a paid option to climb the map, a product asked about and praised in the
# answer, a product and its code in a brief's bullets


@pytest.mark.parametrize(
    "text",
    [
        "Un devis à 5 000 € ailleurs ? Appelez-nous avant de signer, on en reparle.",
        "Les rendez-vous de janvier sont ouverts, ils partent vite !",
        "CTA : Prendre rendez-vous — créneaux limités",
        "Venez découvrir notre nouveau laser !",
    ],
)
def test_a_call_before_signing_fast_bookings_or_limited_slots_push_to_book(text: str) -> None:
    assert "incitation" in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Lisez bien le devis avant de signer et posez toutes vos questions en consultation.",
        "Les bleus ? Ils partent vite, en une dizaine de jours.",
        "Créneaux limités par la taille du bloc : merci de votre patience.",
        "Merci de prévenir 48 h avant pour que votre créneau profite à un autre patient.",
        "Conférence sur l'arthrose de la main jeudi à la médiathèque. Venez découvrir !",
    ],
)
def test_reading_a_quote_bruises_a_room_courtesy_or_a_talk_push_to_nothing(text: str) -> None:
    assert "incitation" not in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Satisfaite ou retouchée : si la zone n'est pas nette, la 2e séance est pour nous.",
        "Si vos taches ne partent pas après deux séances, la troisième est offerte.",
        "Votre devis de 2 900 € peut passer à 2 500 € si vous confirmez cette semaine.",
    ],
)
def test_a_redo_the_practice_pays_for_or_a_quote_lowered_on_signing_is_an_offer(text: str) -> None:
    assert "offre-commerciale" in rules_alone(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Le devis peut passer à 3 200 € si une nuit d'hospitalisation est nécessaire.",
        "On nous demande : « des codes promo ? » 🙅 Non, jamais : un acte n'est pas un produit.",
    ],
)
def test_a_quote_raised_by_care_or_codes_turned_down_are_no_offer(text: str) -> None:
    found = rules_alone(text, "message")
    assert not found & {"offre-commerciale", "partenariat-non-declare"}


@pytest.mark.parametrize(
    "text",
    [
        "La marque nous a d'ailleurs invités à son séminaire de Porto, un super moment.",
        "Tu postes ta story sur la clinique, mais tu ne mentionnes pas que c'est payé.",
        "Merci @OptiLab pour le prêt de ce microscope 🙏 je me demande comment certains confrères font sans.",
    ],
)
def test_a_brand_trip_a_payment_to_hide_or_a_loan_thanked_are_undisclosed_links(text: str) -> None:
    assert "partenariat-non-declare" in rules_alone(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "Le CHU m'a invité à son congrès annuel pour parler de reconstruction.",
        "Ne mentionnez pas votre numéro de sécurité sociale en commentaire.",
    ],
)
def test_a_hospital_invitation_or_a_privacy_warning_are_no_brand_link(text: str) -> None:
    assert "partenariat-non-declare" not in rules_alone(text, "instagram")


def test_money_offered_for_a_story_is_paid_promotion() -> None:
    text = "DM à @lea.skin : on te propose 500 € pour deux stories sur la clinique."
    assert "promotion-payante" in rules_alone(text, "autre")


def test_a_paid_option_to_climb_the_map_is_paid_promotion() -> None:
    text = "À faire : activer l'option « Visibilité+ » (10 €/jour) pour remonter dans Maps."
    assert "promotion-payante" in rules_alone(text, "autre")


def test_an_outpatient_option_is_no_paid_promotion() -> None:
    text = "L'option ambulatoire permet de remonter sur pied le jour même."
    assert "promotion-payante" not in rules_alone(text, "site")


def test_money_for_training_days_is_no_paid_promotion() -> None:
    text = "J'ai payé 500 € pour deux jours de formation au congrès, et ça valait le coup."
    assert "promotion-payante" not in rules_alone(text, "linkedin")


@pytest.mark.parametrize(
    "text",
    [
        "Quelle crème après un laser ?\n« La Velouria, la plus douce du marché. »",
        "Brief créatrice\n- une story avec le sérum de la box\n- code LUNA10 en avant",
    ],
)
def test_a_product_praised_in_an_answer_or_coded_in_a_brief_is_promoted(text: str) -> None:
    assert "produit-sante" in rules_alone(text, "autre")


@pytest.mark.parametrize(
    "text",
    [
        "Quelle crème après un laser ? Une crème neutre, sans parfum, quelle que soit la marque.",
        "Consignes\n- appliquer la crème prescrite\n- code d'accès du portail envoyé par SMS",
    ],
)
def test_a_class_of_cream_or_a_portal_code_promote_no_product(text: str) -> None:
    assert "produit-sante" not in rules_alone(text, "autre")


def test_aligners_for_half_the_price_of_others_is_a_comparison_not_a_product_promoted() -> None:
    text = "Pourquoi payer le double ailleurs quand nos gouttières font le même travail pour moitié prix ?"
    assert "produit-sante" not in rules_alone(text, "youtube")
