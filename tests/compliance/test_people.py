"""Who is not a patient: staff, the practitioner, the addressee of a private message, brands."""

from __future__ import annotations

import pytest

from vitrine.compliance import check


def _flagged(text: str, channel: str) -> list[str]:
    return [f.excerpt for f in check(text, channel=channel).findings if f.rule == "donnees-patient"]


@pytest.mark.parametrize(
    "text",
    [
        "[Message vocal transcrit] Bonjour, c'est Sandra du cabinet, je vous rappelle pour le rendez-vous.",
        "Bonjour Madame Leroux, votre rendez-vous de contrôle est confirmé jeudi à 10 h.",
        "Le docteur vous conseille la gaine Sculptiva en pharmacie.",
    ],
)
def test_staff_the_addressee_and_brands_are_not_patients_in_a_private_message(text: str) -> None:
    assert _flagged(text, "message") == []


def test_a_reviewer_named_with_the_act_is_still_flagged_in_a_public_reply() -> None:
    assert _flagged("Merci Nathalie ! Ravie que votre blépharoplastie vous plaise.", "avis-reponse")


def test_a_third_person_phone_is_still_flagged_next_to_the_practice_words() -> None:
    text = "Le cabinet a reçu sa fille : contactez la patiente au 06 12 34 56 78."
    assert "06 12 34 56 78" in _flagged(text, "facebook")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Chère Madame, nous regrettons votre ressenti et restons à votre écoute.", "avis-reponse"),
        ("Merci ! Nous transmettons vos compliments à Laura et Fatou, à l'accueil.", "avis-reponse"),
        ("Ma trousse d'après-chirurgie : le spray nasal Hydranaz et des compresses froides.", "instagram"),
        ("Duo avec @lola.beauty : on parle des suites d'une rhinoplastie.", "tiktok"),
        ("💌 Parrainez une amie : elle découvre le cabinet, vous recevez nos conseils.", "instagram"),
    ],
)
def test_a_civility_staff_at_the_desk_a_product_a_video_format_or_an_imperative_are_not_patients(
    text: str, channel: str
) -> None:
    assert _flagged(text, channel) == []


def test_the_reviewers_own_phone_called_back_is_flagged_in_a_public_reply() -> None:
    text = "Bonjour, nous vous avons laissé un message vocal au 06 45 11 22 33 pour en parler."
    assert "06 45 11 22 33" in _flagged(text, "avis-reponse")


def test_the_same_call_back_in_a_private_message_is_not_flagged() -> None:
    text = "Bonjour, nous vous avons laissé un message vocal au 06 45 11 22 33 pour en parler."
    assert _flagged(text, "message") == []


def test_a_patient_named_at_the_start_of_a_line_is_still_flagged() -> None:
    assert _flagged("Julie Marchand, 34 ans, opérée d'une rhinoplastie le 3 mars.", "facebook")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Merci à la salle de sport Vitalis d'accueillir notre conférence sur la prévention.", "facebook"),
        ("Cette vidéo est présentée par Kalimo, l'application de méditation que j'utilise.", "youtube"),
        ("En collaboration commerciale avec Orvéa. Ma gourde du bloc : Orvéa Steel.", "instagram"),
        ("Ma patiente voudrait les lèvres de Kylie Jenner ; nous avons parlé du réaliste.", "x"),
        ("Vous pouvez reprendre votre Doliprane ce soir.", "message"),
        ("Nous ne commentons aucun dossier ; notre secrétariat répond au 04 72 00 00 00.", "avis-reponse"),
    ],
)
def test_businesses_sponsors_a_celebrity_as_reference_and_a_medicine_are_not_patients(
    text: str, channel: str
) -> None:
    assert _flagged(text, channel) == []


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Votre amie Claire Dumas nous a recommandés, elle a adoré sa lipo !", "avis-reponse"),
        ("Le visage de Léa Dupont après son lifting : regardez le résultat.", "x"),
        ("J'ai revu Mme Lefèvre hier, sa cicatrice de rhinoplastie est parfaite.", "instagram"),
    ],
)
def test_a_patient_named_next_to_a_possessive_or_a_body_part_is_still_flagged(
    text: str, channel: str
) -> None:
    assert _flagged(text, channel)


def test_a_brand_starting_with_sante_is_no_first_name() -> None:
    # « Sante » is an Italian first name; « Santé » loses its accent when folded.
    text = "Un « journaliste » de Santé Vérif m'accuse de surfacturer. Apprenez à lire avant d'écrire."
    assert "donnees-patient" not in {f.rule for f in check(text, channel="presse").findings}
