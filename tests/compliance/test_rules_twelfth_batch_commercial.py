"""Commercial rules (produit-sante, incitation, offre-commerciale, partenariat-non-declare,
promotion-payante) in the constructions of the twelfth blind batch, judged by the rules alone (the
learned reader left out): an act the practice pays for, an act for an act, a satisfaction guarantee
without its set phrase, a price war, a trip bundled with the act, a struck-through price, one slot
left, a deadline for a perk, a commission on a link, a code to use at the brand's, a perk at « our
partner », care given in exchange for posts, a brand's ambassador, a dose of a brand's filler
(phase A); with their traps: opening hours, a fact about waiting times, a book offered to oneself,
a blood drive, offers received and turned down. The wordings are our own, not the batch's."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# offre-commerciale


@pytest.mark.parametrize(
    "text",
    [
        "Pour toute blépharoplastie réservée en avril, les soins du regard sont pour nous !",
        "Bienvenue à notre nouvelle dermatologue : sa première consultation est à nos frais 🎉",
    ],
)
def test_an_act_the_practice_pays_for_is_an_offer(text: str) -> None:
    assert "offre-commerciale" in rules_alone(text, "facebook")


def test_an_act_that_matters_to_the_team_is_no_offer() -> None:
    text = "Les consultations de suivi sont pour nous un moment d'échange essentiel."
    assert "offre-commerciale" not in rules_alone(text, "facebook")


def test_an_act_for_an_act_is_an_offer() -> None:
    assert "offre-commerciale" in rules_alone("1 lifting = la séance de LED offerte ✨ écrivez-nous")


def test_a_refund_promised_to_the_unhappy_is_an_offer() -> None:
    text = "Pas satisfaite de vos lèvres ? Nous vous remboursons, tout simplement."
    assert "offre-commerciale" in rules_alone(text)


def test_a_rhetorical_price_war_with_the_trip_included_is_an_offer() -> None:
    text = "Pourquoi payer 6 500 € à Lyon quand on vous opère à Tunis pour 2 900 €, vol et hôtel compris ?"
    assert "offre-commerciale" in rules_alone(text, "tiktok")


def test_a_price_set_against_others_alone_is_a_comparison_not_an_offer() -> None:
    text = "Pourquoi payer 6 500 € à Lyon quand on vous opère ici pour 4 000 € ?"
    assert "offre-commerciale" not in rules_alone(text, "tiktok")


def test_a_trip_bundled_with_the_act_is_an_offer() -> None:
    text = "Greffe de cheveux à Istanbul, vols et hébergement inclus."
    assert "offre-commerciale" in rules_alone(text, "facebook")


def test_a_struck_through_price_is_an_offer() -> None:
    text = "### Pack éclat\nPeeling + mésothérapie : **390 €** ~~450 €~~"
    assert "offre-commerciale" in rules_alone(text, "site")


def test_an_offer_received_and_turned_down_is_no_offer() -> None:
    text = (
        "On m'a proposé cette année de faire une remise de 20 % sur les injections et de tester un sérum "
        "contre un code promo. J'ai refusé, évidemment."
    )
    found = rules_alone(text, "linkedin")
    assert not found & {"offre-commerciale", "produit-sante", "partenariat-non-declare"}


# incitation


@pytest.mark.parametrize(
    "text",
    [
        "Venez mardi, il me reste encore une place mais pas deux 😉",
        "Ton nez te gêne sur les photos ? Il est encore temps avant la rentrée, lien en bio",
        "Pour toute liposuccion programmée avant le 15 juin, le drainage est pour nous",
    ],
)
def test_a_last_slot_a_late_chance_or_a_perk_with_a_deadline_push_to_book(text: str) -> None:
    assert "incitation" in rules_alone(text, "tiktok")


def test_gift_cards_telling_to_give_a_treatment_push_to_care() -> None:
    assert "incitation" in rules_alone("Pour Noël, offrez-lui une séance de laser au cabinet.", "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Le secrétariat est ouvert jusqu'à 18 h · Parking · Bon de -10 % sur la première séance",
        "Ici, vous n'attendez pas six mois un rendez-vous de contrôle : le délai est de trois semaines.",
        "Offrez-vous un bon roman pendant les fêtes, voici mes lectures de l'année.",
        "Dernières places pour le don de sang de jeudi au CHU, inscrivez-vous vite auprès de l'EFS !",
    ],
)
def test_hours_a_waiting_time_a_book_or_a_blood_drive_push_to_no_care(text: str) -> None:
    assert "incitation" not in rules_alone(text, "facebook")


def test_a_warning_not_to_wait_is_still_a_push_when_ordered() -> None:
    assert "incitation" in rules_alone("N'attendez plus pour votre rhinoplastie, réservez vite !")


# partenariat-non-declare


@pytest.mark.parametrize(
    "text",
    [
        "Ce tapis de yoga est top, le lien avec ma commission est en bio 🧘",
        "Mes lunettes de bloc viennent de @visio.pro, code BLOC15 chez eux",
        "Ma trousse de garde, c'est @trousse.med 💼 code GARDEDOC pour vous",
        "Nos patients bénéficient de 15 % de remise à l'institut Rivage, notre partenaire détente.",
        "Offre influence : ta greffe offerte en échange de 4 stories. Surtout ne pas mettre #pub.",
    ],
)
def test_a_commission_a_code_a_partner_perk_or_care_for_posts_is_an_undisclosed_link(text: str) -> None:
    assert "partenariat-non-declare" in rules_alone(text)


def test_a_disclosed_code_is_no_undisclosed_link() -> None:
    text = "#partenariat Mes lunettes de bloc viennent de @visio.pro, code BLOC15 chez eux"
    assert "partenariat-non-declare" not in rules_alone(text)


def test_a_hospital_partner_is_no_brand() -> None:
    text = "Nos patients bénéficient d'une prise en charge coordonnée avec notre partenaire hospitalier."
    assert "partenariat-non-declare" not in rules_alone(text, "site")


# produit-sante


@pytest.mark.parametrize(
    "text",
    [
        "Heureuse d'être ambassadrice de la marque de fillers Velvéa, que j'utilise tous les jours.",
        "Fier d'être ambassadeur du laser Lumenio au cabinet.",
        "Pommettes : 2 ml de @dermavol, rien de plus ✨",
    ],
)
def test_an_ambassador_or_a_dose_of_a_brand_promotes_a_product(text: str) -> None:
    assert "produit-sante" in rules_alone(text, "linkedin")


def test_a_dose_without_a_brand_is_information() -> None:
    text = "Pour les pommettes, on injecte en général 1 à 2 ml d'acide hyaluronique."
    assert "produit-sante" not in rules_alone(text, "linkedin")


# phase B


@pytest.mark.parametrize(
    "text",
    [
        "Nos gummies sommeil ont changé mes nuits, lien d'achat en bio 🌙",
        "Aides auditives Ouïra, invisibles : 150 € de remise sur la paire, essai au cabinet.",
        "Après une sleeve, les multivitamines Bariforme sont celles qu'on recommande à tous nos patients.",
        "Collaboration commerciale avec Pilosa : le minoxidil en mousse, notre allié après une greffe.",
        "Ici on n'injecte que du Lumeo Fill, le meilleur acide hyaluronique du marché.",
        "Après le laser, on applique Reparo Cica : peau nette en 3 jours. En vente au cabinet, 19 €.",
        "Stylos amaigrissants sans attente, livraison à domicile sous 24 h !",
    ],
)
def test_a_brand_product_sold_or_pressed_by_the_practice_is_promoted(text: str) -> None:
    assert "produit-sante" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "On n'utilise que des marques reconnues, jamais de prothèses d'origine douteuse.",
        "Le spa voisin propose une cure thermale jambes légères, renseignez-vous auprès d'eux.",
    ],
)
def test_a_class_of_brands_or_a_spa_cure_is_no_product_promoted(text: str) -> None:
    assert "produit-sante" not in rules_alone(text, "facebook")


def test_a_spa_discount_on_the_practice_card_is_an_undisclosed_link_not_an_offer() -> None:
    text = "Le spa Nacre vous fait -15 % sur ses massages sur présentation de la carte du cabinet."
    found = rules_alone(text, "facebook")
    assert "partenariat-non-declare" in found
    assert "offre-commerciale" not in found


def test_equipment_lent_by_friends_at_a_company_is_an_undisclosed_link() -> None:
    text = "Merci à nos amis de Sonora Medical qui nous ont prêté leur échographe pour ce tournage !"
    assert "partenariat-non-declare" in rules_alone(text, "youtube")


def test_a_partnership_proposed_and_refused_is_no_link() -> None:
    text = "Le labo Vitalis propose de nous offrir un dîner en échange d'un post. Nous refusons, bien sûr."
    found = rules_alone(text, "autre")
    assert not found & {"partenariat-non-declare", "promotion-payante"}


def test_the_practice_programme_with_a_code_is_its_own_offer() -> None:
    text = "Notre programme de suivi en ligne : avec le code VIDEO15 vous avez 15 % de réduction."
    found = rules_alone(text, "youtube")
    assert "offre-commerciale" in found
    assert "partenariat-non-declare" not in found


def test_a_ranking_sold_by_the_month_is_paid_promotion() -> None:
    text = "Votre fiche passe en « Profil mis en avant » (tête de liste sur Nantes) : 39 €/mois."
    assert "promotion-payante" in rules_alone(text, "autre")


@pytest.mark.parametrize(
    "text",
    [
        "Un second avis ? Prenez un deuxième avis ici, beaucoup d'opérations sont évitables.",
        "Pensez-y avant de vous inscrire sur une liste d'attente de six mois ailleurs.",
    ],
)
def test_a_second_opinion_here_or_a_waiting_list_to_avoid_push_to_book(text: str) -> None:
    assert "incitation" in rules_alone(text, "facebook")


def test_weeks_before_the_holidays_is_a_calendar_not_a_push() -> None:
    text = "Un laser demandé deux semaines avant les vacances n'est pas une bonne idée de calendrier."
    assert "incitation" not in rules_alone(text, "linkedin")


def test_a_free_redo_offered_to_a_patient_who_complains_is_no_lure() -> None:
    text = "Nous sommes désolés que vous soyez déçue, le Dr Lenoir vous propose une retouche gratuite."
    assert "offre-commerciale" not in rules_alone(text, "avis-reponse")


def test_a_share_of_weight_lost_is_no_discount() -> None:
    text = "Ce traitement permet de perdre jusqu'à -12 % du poids en un an, sous surveillance."
    assert "offre-commerciale" not in rules_alone(text, "facebook")


def test_an_offer_of_the_practice_is_not_undone_by_a_payment_refused() -> None:
    text = "Nous proposons -20 % sur le laser ce mois-ci. Nous refusons les chèques."
    assert "offre-commerciale" in rules_alone(text, "facebook")
