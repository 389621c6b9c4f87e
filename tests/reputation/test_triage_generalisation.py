"""Report reasons from constructions rather than fixed phrases: folding, gating, pairing."""

from __future__ import annotations

import pytest

from vitrine.reputation.textmatch import fold_variants, mask_pattern
from vitrine.reputation.triage import triage_text


def _reasons(text: str, stars: int = 1) -> set[str]:
    return {reason.reason for reason in triage_text(text, stars, "g").report_reasons}


@pytest.mark.parametrize(
    ("word", "plain"),
    [("m3rde", "merde"), ("m.e.r.d.e", "merde"), ("merdeeee", "merde"), ("konnard", "connard")],
)
def test_an_obfuscated_word_folds_to_its_plain_spelling(word: str, plain: str) -> None:
    assert plain in fold_variants(word)


def test_an_ordinary_word_has_no_folded_form() -> None:
    assert fold_variants("chirurgien") == ()


def test_one_asterisk_hides_exactly_one_letter() -> None:
    pattern = mask_pattern("c*uilles")
    assert pattern is not None
    assert pattern.fullmatch("couilles") and not pattern.fullmatch("crouilles")


def test_an_obfuscated_swear_word_is_coarse_language_with_its_own_span() -> None:
    text = "Quel enf**ré ce chirurgien, cabinet de m3rde"
    (reason,) = triage_text(text, 1, "g").report_reasons
    assert reason.reason == "grossierete" and reason.evidence.text == "enf**ré"


def test_a_shop_next_to_the_practice_is_access_not_off_topic() -> None:
    assert _reasons("Cabinet bien situé à côté de la pharmacie, facile de se garer.", 4) == set()


def test_a_review_about_a_shop_alone_is_off_topic() -> None:
    assert _reasons("Je recommande la crêperie du rez de chaussée, galettes top.", 5) == {"hors-sujet"}


def test_an_identity_word_alone_is_not_discrimination() -> None:
    assert _reasons("Le médecin étranger qui fait le remplacement en août est très à l'écoute.", 5) == set()


def test_an_identity_word_with_contempt_in_the_next_sentence_is_discrimination() -> None:
    text = "Une anesthésiste avec un foulard, sérieusement ? On est en France ici ou pas ?"
    assert _reasons(text) == {"discrimination"}


def test_the_practice_phone_number_is_not_personal_information() -> None:
    assert _reasons("Le cabinet a changé de numéro : c'est maintenant le 04 65 71 10 10.", 3) == set()


def test_a_private_number_published_to_be_called_is_also_harassment() -> None:
    text = "Pour joindre l'infirmière le soir : 06 39 98 64 02, c'est son perso."
    assert _reasons(text) == {"informations-personnelles", "harcelement"}


def test_a_role_email_address_in_a_complaint_is_not_personal() -> None:
    text = "Devis reçu après trois relances à contact@cabinet-exemple.example, c'est long."
    assert _reasons(text, 2) == set()


def test_a_denied_promotion_is_not_spam() -> None:
    assert _reasons("Pas de promo, pas de baratin, juste un chirurgien honnête.", 5) == set()


def test_a_reward_for_stars_is_spam() -> None:
    assert _reasons("5 étoiles pour avoir un bon de 15€ sur la prochaine consultation.", 5) == {"spam"}


def test_keyboard_mashing_is_spam() -> None:
    assert _reasons("fhdjskfhdjks jdkslqjd", 1) == {"spam"}


def test_a_patient_who_is_a_nurse_has_no_conflict_of_interest() -> None:
    assert _reasons("Je suis infirmière moi-même et le protocole post-op était bien expliqué.", 5) == set()


def test_a_former_employee_has_a_conflict_of_interest() -> None:
    text = "J'ai bossé 4 ans comme secrétaire chez eux, les dossiers sont traités à la chaîne."
    assert _reasons(text) == {"conflit-interets"}


def test_a_singular_staff_member_with_a_strong_insult_is_harassment_but_a_group_is_not() -> None:
    assert "harcelement" in _reasons("Cette assistante rousse à lunettes, quelle menteuse.")
    assert "harcelement" not in _reasons("Vos secrétaires sont des connasses.")
