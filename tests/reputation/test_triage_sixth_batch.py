"""Constructions added after the sixth dev batch, on wordings of our own (traps included)."""

from __future__ import annotations

import pytest

from vitrine.reputation.triage import triage_text


@pytest.mark.parametrize(
    "comment",
    [
        "Le centre a facturé à ma mutuelle trois séances alors que je n'en ai eu qu'une.",
        "Il a ajouté une lipo des cuisses pendant que je dormais, personne ne m'a demandé mon accord.",
        "Ce cabinet injecte un produit acheté sur internet, sans marquage CE.",
        "Mon hématome a été noté « suites simples » dans le compte rendu.",
        "Le gérant de la clinique est parti avec les acomptes de tous les patients.",
        "Le chirurgien m'a percé l'intestin sans me le dire.",
        "Le docteur est arrivé en consultation en ayant bu.",
        "La secrétaire a transmis le diagnostic de ma mère à mon patron sans rien demander.",
    ],
)
def test_a_precise_harmful_act_in_a_new_wording_is_a_defamation_risk(comment: str) -> None:
    assert triage_text(comment, 1).defamation_risk


@pytest.mark.parametrize(
    "comment",
    [
        "Il m'a facturé 80 € alors que le devis annonçait 60 €.",
        "On m'a demandé mon accord avant de montrer mes photos à l'interne.",
        "C'est du racket légal, 300 € la consultation.",
        "J'ai posté les photos de ma cicatrice sur le groupe des opérées.",
        "On m'a laissée 2 heures sans que personne ne vienne en salle d'attente.",
        "Il a coupé le fil trop court et ne m'a rien dit, mais rien de grave.",
        "Laissée 3h en salle de réveil sans que personne ne m'explique, mais l'équipe était gentille.",
    ],
)
def test_a_surprise_fee_a_price_opinion_or_ones_own_act_is_no_defamation_risk(comment: str) -> None:
    assert not triage_text(comment, 1).defamation_risk


@pytest.mark.parametrize(
    ("comment", "stars", "reasons"),
    [
        ("J'ai été sa secrétaire pendant cinq ans, je connais la maison.", 3, {"conflit-interets"}),
        (
            "Je fais partie des secrétaires du cabinet et je peux vous dire que tout est fait avec soin.",
            5,
            {"conflit-interets"},
        ),
        (
            "Déçu par ce chirurgien ? Notre clinique à deux pas vous attend, la première consultation est "
            "gratuite, appelez le 01 99 00 12 34.",
            5,
            {"spam", "conflit-interets"},
        ),
        (
            "Pour ceux qui voudraient lui expliquer leur façon de penser, elle habite 3 rue des Lilas.",
            1,
            {"harcelement", "informations-personnelles"},
        ),
        (
            "Vous allez recevoir un avis comme celui-ci chaque semaine tant que je ne serai pas remboursée.",
            1,
            {"harcelement"},
        ),
        ("Les patientes roumaines sont de loin les plus bruyantes ici.", 2, {"discrimination"}),
        (
            "Le kiné de l'après-midi, encore un bougnoul qui ne comprend rien.",
            1,
            {"harcelement", "discrimination", "grossierete"},
        ),
        ("Wrong listing, I wanted the dentist next door.", 3, {"hors-sujet"}),
        ("Je ne connais pas le nouveau chirurgien, 5 étoiles pour l'ancien docteur.", 5, {"hors-sujet"}),
        ("Je poste ce deuxième avis depuis le compte de ma sœur, ils le méritent.", 5, {"spam"}),
        ("On m'a parlé comme à une gamine, c'est vexant.", 2, set()),
        ("Infirmière moi-même, aucun lien avec cette clinique, j'ai été très bien soignée.", 5, set()),
        ("J'ai jeté les compresses dans le bac à déchets comme l'infirmière me l'a montré.", 4, set()),
        ("Toujours la même chose avec ce cabinet, vous êtes ministre ou chirurgien ?", 1, set()),
        ("Mon employeur a exigé un certificat et la secrétaire l'a fait en 5 minutes, top.", 5, set()),
        ("J'ai travaillé avec elle sur mon projet de rhinoplastie, très à l'écoute.", 5, set()),
        ("Pour ceux qui veulent lui dire merci, le cabinet a une boîte à idées à l'accueil.", 5, set()),
        ("Envahie de stress, mais l'anesthésiste d'origine marocaine m'a rassurée.", 5, set()),
    ],
)
def test_report_reasons_on_sixth_batch_constructions(comment: str, stars: int, reasons: set[str]) -> None:
    assert {reason.reason for reason in triage_text(comment, stars).report_reasons} == reasons


def test_the_model_judges_discrimination_only_where_an_identity_is_named() -> None:
    comment = "Une vraie usine à fric, on passe 5 minutes avec le chirurgien et on ressort avec un devis salé"
    assert triage_text(comment, 1, with_model=True).report_reasons == ()
