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
