"""Commercial rules (offre-commerciale, promotion-payante, partenariat-non-declare, produit-sante) in
the constructions of the eleventh blind batch, judged by the rules alone (the learned reader left
out): loyalty to a branded product, equipment pressed on peers or lent by its maker, a product
called a booster, an advertising budget of zero, gifts for the first comers, bundles sold at one
price, an offer asked about and turned down (phase A); products recommended by a third party or under
a declared partnership, orthopaedic and oral-care devices, threads, seasonal prices, « N for the price
of M », visibility paid in kind to a creator, an order to hide the link under a condition, a
declaration of interests, a competitive exam, a list of things never done (phase B). The wordings
are our own, not the batch's."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# produit-sante: loyalty to a named product (the negation is the praise)


@pytest.mark.parametrize(
    "text",
    [
        "Le fil tenseur Lissar, je l'utilise depuis dix ans et je n'en changerais pour rien au monde.",
        "La crème Calmora après chaque laser : je ne pourrais plus m'en passer.",
        "Les implants Orvia, nous restons fidèles à la marque depuis nos débuts.",
    ],
)
def test_loyalty_declared_to_a_named_product_is_a_health_product_promoted(text: str) -> None:
    assert "produit-sante" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je ne changerais pour rien au monde le temps passé en consultation avec chaque patiente.",
        "Une crème neutre suffit : ne changez pas de soin sans en parler au cabinet.",
    ],
)
def test_loyalty_to_a_way_of_working_is_no_product_promoted(text: str) -> None:
    assert "produit-sante" not in rules_alone(text)


# produit-sante: equipment recommended to peers, or named with its maker's trade name


@pytest.mark.parametrize(
    "text",
    [
        ("L'appareil de radiofréquence Tensio, que je conseille à tous mes collègues.", "linkedin"),
        ("Notre nouvelle plateforme d'ultrasons de Sonix Medical : je la recommande vivement.", "linkedin"),
        (
            "Mon indispensable en consultation : le sérum Velouté, la peau est repulpée en une semaine.",
            "instagram",
        ),
        ("Mes incontournables de l'été : le booster Aquaderm et un écran solaire.", "instagram"),
    ],
)
def test_equipment_or_a_booster_pressed_on_others_is_a_health_product_promoted(text: tuple[str, str]) -> None:
    assert "produit-sante" in rules_alone(*text)


@pytest.mark.parametrize(
    "text",
    [
        ("Nous avons une nouvelle machine au bloc pour stériliser les instruments plus vite.", "linkedin"),
        ("Le laser que vous verrez en consultation est adapté à chaque type de peau.", "instagram"),
        ("Prenez rendez-vous sur la plateforme de réservation en ligne du cabinet.", "site"),
    ],
)
def test_equipment_merely_named_is_no_product_promoted(text: tuple[str, str]) -> None:
    assert "produit-sante" not in rules_alone(*text)


# partenariat-non-declare: equipment lent or provided by a company; the brand thanked after praise


@pytest.mark.parametrize(
    "text",
    [
        "Le nouveau laser du cabinet, mis à disposition par Lumitek pour trois mois, un vrai bonheur.",
        "Appareil prêté gracieusement par DermaPro, merci à eux !",
        "Les prothèses Nuvia Soft, je n'en changerai pour rien 🙏 Merci à l'équipe Nuvia pour le voyage !",
    ],
)
def test_equipment_lent_by_a_company_or_its_brand_thanked_is_an_undisclosed_partnership(text: str) -> None:
    assert "partenariat-non-declare" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le fauteuil de la salle d'attente, offert par une ancienne patiente, a trouvé sa place.",
        "L'échographe, prêté par l'hôpital pendant les travaux, repart lundi.",
        "Publicité — Le laser du cabinet est mis à disposition par Lumitek, merci à eux.",
    ],
)
def test_equipment_lent_by_a_person_a_hospital_or_with_a_disclosure_is_no_undisclosed_partnership(
    text: str,
) -> None:
    assert "partenariat-non-declare" not in rules_alone(text)


# promotion-payante: a product called a booster, an advertising budget of zero


@pytest.mark.parametrize(
    "text",
    [
        ("Le skin booster, c'est une injection d'acide hyaluronique très fluide.", "instagram"),
        ("Bilan du trimestre\nBudget pub : 0 €. Abonnés gagnés : 210, sans un centime dépensé.", "autre"),
        ("Zéro euro de publicité cette année : tout est venu du bouche-à-oreille.", "linkedin"),
    ],
)
def test_a_booster_product_or_a_budget_of_zero_is_no_paid_promotion(text: tuple[str, str]) -> None:
    assert "promotion-payante" not in rules_alone(*text)


@pytest.mark.parametrize(
    "text",
    [
        ("Bilan du trimestre\nBudget pub : 450 € sur Instagram, 210 abonnés gagnés.", "autre"),
        ("On va booster le reel sur la rhinoplastie ce week-end.", "autre"),
    ],
)
def test_a_budget_spent_or_a_post_boosted_is_still_paid_promotion(text: tuple[str, str]) -> None:
    assert "promotion-payante" in rules_alone(*text)


# offre-commerciale: a gift for the first comers, a care act thrown in, a bundle at one price


@pytest.mark.parametrize(
    "text",
    [
        (
            "Une séance de cryothérapie offerte aux vingt premiers inscrits à la soirée portes ouvertes.",
            "facebook",
        ),
        ("Pour toute liposuccion, un massage drainant offert.", "instagram"),
        ("Notre programme « Silhouette » : trois actes, un tarif unique de 5 500 €.", "site"),
    ],
)
def test_a_gift_for_the_first_comers_or_a_bundle_at_one_price_is_an_offer(text: tuple[str, str]) -> None:
    assert "offre-commerciale" in rules_alone(*text)


@pytest.mark.parametrize(
    "text",
    [
        ("Le forfait hospitalier est un tarif unique fixé chaque année par l'État.", "site"),
        ("Le massage drainant est pris en charge sur prescription, renseignez-vous.", "site"),
    ],
)
def test_a_public_tariff_or_a_reimbursed_act_is_no_offer(text: tuple[str, str]) -> None:
    assert "offre-commerciale" not in rules_alone(*text)


# offre-commerciale: an offer asked about, then turned down a sentence later


def test_an_offer_asked_about_then_turned_down_is_no_offer() -> None:
    text = "Un bon cadeau pour une rhinoplastie ? Plusieurs patientes nous l'ont demandé. Non, jamais."
    assert "offre-commerciale" not in rules_alone(text, "facebook")


def test_an_offer_asked_about_then_confirmed_is_still_an_offer() -> None:
    text = "Un bon cadeau pour Noël ? Offrez une séance de laser à vos proches, valable un an."
    assert "offre-commerciale" in rules_alone(text, "facebook")


# produit-sante (phase B): a third party's recommendation, a declared partnership, devices, threads


@pytest.mark.parametrize(
    "text",
    [
        ("Affiche en officine : le Dr Lenoir recommande les bas Veinor classe 2, en vente ici.", "autre"),
        (
            "Le sérum Capillia, recommandé par les dermatologues du centre, stoppe la chute en un mois.",
            "autre",
        ),
        (
            "Publicité — En partenariat avec Dermalys, la crème qui répare la peau après un peeling.",
            "instagram",
        ),
        ("Le dentifrice Gencivo, lien dans ma bio, -15 % avec DRDENT15.", "tiktok"),
        ("Les fils Tensilis, le lifting qui tient toute la vie ✨ Disponibles au cabinet.", "facebook"),
        (
            "Merci à Ortheo pour leur nouvelle orthèse de pouce, que nous proposons à tous nos opérés.",
            "linkedin",
        ),
    ],
)
def test_a_product_recommended_by_others_or_under_a_declared_partnership_is_promoted(
    text: tuple[str, str],
) -> None:
    assert "produit-sante" in rules_alone(*text)


@pytest.mark.parametrize(
    "text",
    [
        ("Liens d'intérêts : je suis consultant pour un fabricant de prothèses de hanche.", "linkedin"),
        ("Le Dr Lenoir vous recommande de porter des bas de contention après la sclérothérapie.", "site"),
        ("Mon fils est disponible au cabinet le mercredi pour aider au secrétariat.", "facebook"),
        ("Une attelle est portée trois semaines après l'opération du poignet.", "site"),
    ],
)
def test_a_declaration_of_interests_or_a_neutral_device_is_no_product_promoted(text: tuple[str, str]) -> None:
    assert "produit-sante" not in rules_alone(*text)


# offre-commerciale (phase B): seasonal prices, N for the price of M, bundles of sessions


@pytest.mark.parametrize(
    "text",
    [
        ("Blanchiment dentaire au tarif de Noël jusqu'au 24 décembre 🎄", "message"),
        ("Vendredi noir au centre : 4 séances d'épilation pour le prix de 3.", "instagram"),
        ("Forfait 5 séances de cryolipolyse à 690 €.", "instagram"),
    ],
)
def test_a_seasonal_price_or_sessions_for_the_price_of_fewer_is_an_offer(text: tuple[str, str]) -> None:
    assert "offre-commerciale" in rules_alone(*text)


@pytest.mark.parametrize(
    "text",
    [
        ("Q : Proposez-vous un premier soin gratuit ?\nR : Non, la consultation est facturée 60 €.", "autre"),
        ("Admise au concours de MCU-PH : merci à mes maîtres !", "linkedin"),
        ("Ici, pas de remise, de carte cadeau ou de concours : nous sommes médecins.", "facebook"),
        ("Pour le prix de 2 400 €, l'intervention comprend la consultation d'anesthésie.", "site"),
        (
            "Collaboration commerciale avec Trailo : mes chaussures de garde. Code -10 % en bio.",
            "instagram",
        ),
    ],
)
def test_a_refusal_an_exam_a_price_or_a_declared_brand_code_is_no_offer(text: tuple[str, str]) -> None:
    assert "offre-commerciale" not in rules_alone(*text)


# promotion-payante and partenariat-non-declare (phase B): visibility paid in kind to a creator


@pytest.mark.parametrize(
    "text",
    [
        "Message à @ines.glow : on t'offre ton laser, en échange de 2 reels sur ton compte.",
        "Note : -40 % sur son lifting si elle identifie la clinique dans 4 stories.",
        "Ma secrétaire n'en revient pas : 30k abonnés en un mois… merci le forfait à 39 € 🤫",
    ],
)
def test_an_act_given_for_posts_or_an_audience_pack_is_paid_promotion(text: str) -> None:
    assert "promotion-payante" in rules_alone(text, "autre")


@pytest.mark.parametrize(
    "text",
    [
        "L'influenceuse @zoe.skin voudrait son peeling offert contre une story. On refuse ?",
        "Nous ne faisons aucune remise en échange de posts.",
    ],
)
def test_a_creator_asking_or_a_refusal_is_no_paid_promotion(text: str) -> None:
    assert "promotion-payante" not in rules_alone(text, "autre")


def test_an_order_to_hide_the_link_stands_under_a_condition() -> None:
    text = "DM à @lina.fit : séance offerte si tu postes une story, mais sans dire que c'est une collab."
    assert "partenariat-non-declare" in rules_alone(text, "autre")


def test_a_thanks_with_an_adverb_is_still_a_thanks_to_a_company() -> None:
    assert "partenariat-non-declare" in rules_alone(
        "Merci au passage à Seringa pour les aiguilles offertes !"
    )
    assert "partenariat-non-declare" not in rules_alone(
        "Merci au passage à toute l'équipe du bloc pour ce beau cadeau !"
    )
