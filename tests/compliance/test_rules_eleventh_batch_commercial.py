"""Commercial rules (offre-commerciale, promotion-payante, partenariat-non-declare, produit-sante) in
the constructions of the eleventh blind batch, judged by the rules alone (the learned reader left
out): loyalty to a branded product, equipment pressed on peers or lent by its maker, a product
called a booster, an advertising budget of zero, gifts for the first comers, bundles sold at one
price, an offer asked about and turned down. The wordings are our own, not the batch's."""

from __future__ import annotations

import pytest

from vitrine.compliance import check


def _rules(text: str, channel: str = "instagram") -> set[str]:
    return {f.rule for f in check(text, channel=channel, learned=False).findings}


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
    assert "produit-sante" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Je ne changerais pour rien au monde le temps passé en consultation avec chaque patiente.",
        "Une crème neutre suffit : ne changez pas de soin sans en parler au cabinet.",
    ],
)
def test_loyalty_to_a_way_of_working_is_no_product_promoted(text: str) -> None:
    assert "produit-sante" not in _rules(text)


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
    assert "produit-sante" in _rules(*text)


@pytest.mark.parametrize(
    "text",
    [
        ("Nous avons une nouvelle machine au bloc pour stériliser les instruments plus vite.", "linkedin"),
        ("Le laser que vous verrez en consultation est adapté à chaque type de peau.", "instagram"),
        ("Prenez rendez-vous sur la plateforme de réservation en ligne du cabinet.", "site"),
    ],
)
def test_equipment_merely_named_is_no_product_promoted(text: tuple[str, str]) -> None:
    assert "produit-sante" not in _rules(*text)


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
    assert "partenariat-non-declare" in _rules(text)


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
    assert "partenariat-non-declare" not in _rules(text)


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
    assert "promotion-payante" not in _rules(*text)


@pytest.mark.parametrize(
    "text",
    [
        ("Bilan du trimestre\nBudget pub : 450 € sur Instagram, 210 abonnés gagnés.", "autre"),
        ("On va booster le reel sur la rhinoplastie ce week-end.", "autre"),
    ],
)
def test_a_budget_spent_or_a_post_boosted_is_still_paid_promotion(text: tuple[str, str]) -> None:
    assert "promotion-payante" in _rules(*text)


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
    assert "offre-commerciale" in _rules(*text)


@pytest.mark.parametrize(
    "text",
    [
        ("Le forfait hospitalier est un tarif unique fixé chaque année par l'État.", "site"),
        ("Le massage drainant est pris en charge sur prescription, renseignez-vous.", "site"),
    ],
)
def test_a_public_tariff_or_a_reimbursed_act_is_no_offer(text: tuple[str, str]) -> None:
    assert "offre-commerciale" not in _rules(*text)


# offre-commerciale: an offer asked about, then turned down a sentence later


def test_an_offer_asked_about_then_turned_down_is_no_offer() -> None:
    text = "Un bon cadeau pour une rhinoplastie ? Plusieurs patientes nous l'ont demandé. Non, jamais."
    assert "offre-commerciale" not in _rules(text, "facebook")


def test_an_offer_asked_about_then_confirmed_is_still_an_offer() -> None:
    text = "Un bon cadeau pour Noël ? Offrez une séance de laser à vos proches, valable un an."
    assert "offre-commerciale" in _rules(text, "facebook")
