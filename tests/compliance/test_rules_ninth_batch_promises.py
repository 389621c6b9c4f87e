"""Promises, self-praise, pressure and tone (garantie-resultat, superlatif, incitation,
ton-inapproprie) in the wordings of the ninth blind batch, judged by the rules alone: the learned
reader is left out, so these say what the constructions do."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# garantie-resultat


def test_a_doctor_quoted_in_an_interview_promises_in_the_first_person() -> None:
    text = "Entretien – Dr Lina Morel : « Avec le protocole que j'ai développé, il n'y a aucune douleur. »"
    assert "garantie-resultat" in rules_alone(text, "presse")


def test_a_patient_quoted_in_the_first_person_is_still_a_testimonial_not_a_promise() -> None:
    text = "Une patiente m'a écrit : « je marche enfin sans douleur, merci pour tout »."
    assert "garantie-resultat" not in rules_alone(text, "youtube")


def test_a_doctor_quoted_refusing_to_promise_is_not_a_promise() -> None:
    text = "Le Dr Paul Renaud est clair : « Je refuse de vous promettre un résultat. Chaque corps réagit. »"
    assert "garantie-resultat" not in rules_alone(text, "presse")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Ces photos peuvent laisser croire à un résultat garanti : nous les montrons en consultation.",
            "site",
        ),
        ("« Zéro cicatrice ? » C'est ce que personne ne peut vous promettre honnêtement.", "instagram"),
    ],
)
def test_a_promise_denounced_as_an_illusion_is_not_a_promise(text: str, channel: str) -> None:
    assert "garantie-resultat" not in rules_alone(text, channel)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Chez nous, pas de mauvaise surprise sur la facture : le devis est remis en consultation.", "site"),
        ("Nous n'avons aucune trace de votre dossier dans notre logiciel.", "avis-reponse"),
    ],
)
def test_fees_and_records_without_surprise_or_trace_are_not_about_the_outcome(
    text: str, channel: str
) -> None:
    assert "garantie-resultat" not in rules_alone(text, channel)


def test_a_counted_record_without_complication_is_self_praise_not_a_promise() -> None:
    rules = rules_alone("Notre équipe a réalisé 3 100 blocs en 2024, sans aucune complication.", "linkedin")
    assert "superlatif" in rules
    assert "garantie-resultat" not in rules


def test_a_mechanism_removed_for_good_is_an_unvalidated_claim_not_a_promise() -> None:
    assert "garantie-resultat" not in rules_alone("Le drainage élimine définitivement les toxines stockées.")
    assert "garantie-resultat" not in rules_alone("L'ozone fait fondre la cellulite pour de bon.")


def test_a_visible_problem_removed_for_good_is_still_a_promise() -> None:
    assert "garantie-resultat" in rules_alone(
        "Grâce au laser, vos taches brunes disparaîtront définitivement."
    )


def test_done_without_an_act_before_it_is_no_promise() -> None:
    text = "tu n'as pas besoin de chirurgie, un peu de maquillage et c'est réglé 😅"
    assert "garantie-resultat" not in rules_alone(text, "tiktok")
    assert "garantie-resultat" in rules_alone("deux seringues d'acide hyaluronique et c'est réglé", "tiktok")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Vous verrez, vous serez conquise par votre nouveau regard.", "message"),
        ("Offrez-lui ce soin : le cadeau qui lui enlèvera dix ans.", "facebook"),
        ("Plasma riche en plaquettes = repousse des cheveux en 4 séances, c'est sûr.", "tiktok"),
    ],
)
def test_delight_years_or_regrowth_promised_to_the_reader_are_promises(text: str, channel: str) -> None:
    assert "garantie-resultat" in rules_alone(text, channel)


def test_news_the_reader_will_be_glad_to_hear_is_no_promise() -> None:
    assert "garantie-resultat" not in rules_alone("Vous serez ravis d'apprendre que le cabinet s'agrandit.")


# superlatif


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("« Depuis 2010, je n'ai jamais eu une seule reprise », assure le Dr Colin.", "presse"),
        ("15 ans de cabinet et jamais une plainte, jamais un litige 💅", "tiktok"),
        (
            "Merci ! Comme vous le dites si bien, le Dr est « la meilleure chirurgienne de Rennes ».",
            "avis-reponse",
        ),
        ("Très fière de recevoir le trophée du « meilleur cabinet de l'année » 🏆", "x"),
        ("Belle reconstruction à un an, un résultat dont je suis particulièrement fier.", "linkedin"),
        ("Venez découvrir la meilleure rhinoplastie de Lyon.", "instagram"),
    ],
)
def test_records_endorsed_praise_awards_and_pride_in_results_are_self_praise(text: str, channel: str) -> None:
    assert "superlatif" in rules_alone(text, channel)


def test_a_scientific_prize_for_a_talk_is_not_self_praise() -> None:
    text = "Bravo au Dr Léa Roux, notre interne, pour le prix de la meilleure communication au congrès 👏"
    assert "superlatif" not in rules_alone(text, "linkedin")


def test_a_product_called_the_most_effective_stays_with_the_product_rule() -> None:
    text = "Notre gel cicatrisant, le plus efficace du marché, est en vente à l'accueil (24 €)."
    assert "superlatif" not in rules_alone(text, "site")


def test_equipment_set_against_what_most_practices_use_is_a_comparison() -> None:
    text = (
        "Pas de vieil appareil comme dans la plupart des centres : notre laser de dernière génération est là."
    )
    assert "superlatif" not in rules_alone(text, "instagram")


# incitation


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Et si pour Noël vous offriez à votre sœur le soin qu'elle attend ?", "facebook"),
        ("Bon cadeau blépharoplastie : le cadeau qu'elle mérite ✨", "instagram"),
        ("les injections à 22 ans en prévention, c'est le move 😌", "tiktok"),
        ("Deux mois d'attente ailleurs ? Appelez maintenant, ne perdez plus une seconde 📞", "facebook"),
        ("Nouvelle technique présentée au congrès 🔥 RDV au cabinet pour les Bordelaises 😉", "x"),
        (
            "Tu compares les cliniques depuis des semaines ? Arrête : chez nous, c'est réglé en 10 jours.",
            "tiktok",
        ),
    ],
)
def test_gifts_of_care_trendy_acts_and_pressing_calls_are_incitation(text: str, channel: str) -> None:
    assert "incitation" in rules_alone(text, channel)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Parce que vous méritez de connaître les vraies options, voici un point complet.", "instagram"),
        ("Ceux qui se font injecter au rabais, vous méritez vos résultats 😂", "tiktok"),
        ("@julie_b d'après votre photo, il faudra changer vos implants. Ne tardez pas.", "youtube"),
        ("Idée cadeau : nos cartes cadeaux sont valables sur tous les soins.", "instagram"),
    ],
)
def test_deserving_to_know_mockery_a_medical_need_and_a_gift_card_alone_do_not_push(
    text: str, channel: str
) -> None:
    assert "incitation" not in rules_alone(text, channel)


# ton-inapproprie


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Vous étiez prévenue que les bleus dureraient. Relire le devis avant de signer, ça aide.",
            "avis-reponse",
        ),
        ("Encore un commentaire d'un internaute qui n'a rien compris.", "avis-reponse"),
        ("Si vous vouliez des lèvres de téléréalité, il fallait aller ailleurs.", "avis-reponse"),
        ("ma patiente de ce matin m'a demandé le nez d'une influenceuse 🙃 non merci", "instagram"),
        ("Toi qui commentes « arnaque » sous chaque vidéo 🤡", "tiktok"),
        ("Ah, c'est la patiente qui a insulté l'accueil ! Vous êtes bloquée.", "avis-reponse"),
        ("C'est la quatrième fois que vous annulez, c'est irrespectueux envers l'équipe.", "message"),
        (
            "Ces patientes qui exigent la photo Instagram ne comprennent rien. Je ne perds plus mon temps.",
            "linkedin",
        ),
    ],
)
def test_sarcasm_scolding_and_contempt_for_patients_are_an_inappropriate_tone(
    text: str, channel: str
) -> None:
    assert "ton-inapproprie" in rules_alone(text, channel)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Je vous envoie les photos demandées, vous allez voir la différence entre les techniques.",
            "message",
        ),
        ("Dans certains instituts, n'importe qui vous injecte n'importe quoi.", "facebook"),
    ],
)
def test_enthusiasm_and_a_warning_about_unqualified_injectors_are_no_insult(text: str, channel: str) -> None:
    assert "ton-inapproprie" not in rules_alone(text, channel)
