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


# Wordings of my own, written after tuning on the fourth dev batch, to check that the constructions
# carry over to new phrasings (not sentences of the corpus).
@pytest.mark.parametrize(
    "text",
    [
        "Le docteur m'a charcutée, trois cicatrices au lieu d'une.",
        "Elle a facturé à la Sécu deux consultations que je n'ai jamais eues.",
        "J'ai réglé 3 000 € en espèces, jamais vu la moindre facture.",
        "Son diplôme, il l'a acheté en Roumanie, renseignez-vous.",
        "Il opérait complètement bourré, l'anesthésiste me l'a confirmé.",
        "L'infirmière a pris une seringue déjà utilisée sur une autre patiente.",
        "Il a modifié mon compte-rendu opératoire après ma réclamation.",
        "Le chirurgien m'a opérée du mauvais œil.",
        "Elle a raconté à ma mère les détails de mon opération sans me demander.",
        "Le Dr m'a palpé la poitrine sans aucune raison médicale.",
        "Défigurée par ce boucher, je ne sors plus de chez moi.",
    ],
)
def test_a_harmful_act_imputed_as_a_fact_is_a_defamation_risk(text: str) -> None:
    assert triage_text(text, 1, "d", with_model=False).defamation_risk


@pytest.mark.parametrize(
    "text",
    [
        "Je suis défigurée par l'œdème, mais le chirurgien m'a rassurée, ça passera.",
        "Payé en espèces, facture reçue le jour même.",
        "On m'a facturé la consultation alors que je n'ai jamais eu de résultat visible.",
        "Après l'opération je me sentais massacrée, mais au bout de 3 mois c'est superbe.",
        "J'ai raconté à ma mère toute mon opération, elle était rassurée.",
        "Je me suis fait voler, 3000 € pour rien.",
    ],
)
def test_a_result_an_opinion_or_the_authors_own_act_is_no_defamation_risk(text: str) -> None:
    assert not triage_text(text, 3, "d", with_model=False).defamation_risk


@pytest.mark.parametrize(
    ("text", "stars", "expected"),
    [
        ("Je connais ta plaque, madame la secrétaire, on se reverra.", 1, {"harcelement"}),
        ("Tu as jusqu'à lundi pour rendre mon acompte, sinon je mets ta photo partout.", 1, {"harcelement"}),
        ("Elle saura qui elle est, la standardiste qui m'a raccroché au nez.", 1, {"harcelement"}),
        ("Vous avez jusqu'à 18h pour rappeler, c'est écrit sur la porte.", 3, set()),
        ("Je l'ai croisé dans le couloir, il m'a à peine dit bonjour.", 2, set()),
        ("Bon d'achat de 30 € offert pour chaque avis laissé, merci le cabinet !", 5, {"spam"}),
        ("Le contrôle est offert, et j'ai laissé 5 étoiles car tout était parfait.", 5, set()),
        ("Superbe clinique. [Insérer le nom du praticien] est top.", 5, {"spam"}),
        ("Ma chaîne : tiktok point com slash lipoqueen", 5, {"spam"}),
        ("On partage le même secrétariat depuis des années, je recommande.", 5, {"conflit-interets"}),
        ("Je note ton cabinet si tu notes mon salon de coiffure, deal ?", 5, {"conflit-interets"}),
        ("Je n'ai pas consulté ici mais les tarifs affichés en ligne sont honteux.", 1, {"hors-sujet"}),
        ("Ces influenceuses qui se font gonfler les lèvres à 20 ans, quelle tristesse.", 1, {"hors-sujet"}),
        ("Les personnes qui se font opérer ici sont chouchoutées.", 5, set()),
        ("Vote pour le meilleur cabinet de la ville : je mets 5 étoiles !", 5, set()),
        ("Une vraie p-o-u-f-f-i-a-s-s-e à l'accueil.", 1, {"grossierete"}),
        ("Dégage sale juif, on veut pas de toi ici.", 1, {"discrimination", "grossierete"}),
        ("L'aide-soignante Karine Moreau m'a parlé comme à un chien.", 1, {"informations-personnelles"}),
        ("Grand merci à Karine Moreau, l'aide-soignante, d'une douceur rare.", 5, set()),
        ("Les cabinets de la rue sont bien indiqués depuis le GPS, 8 rue Pasteur facile.", 5, set()),
    ],
)
def test_report_reasons_from_constructions_on_new_wordings(text: str, stars: int, expected: set[str]) -> None:
    result = triage_text(text, stars, "g", with_model=False)
    assert {reason.reason for reason in result.report_reasons} == expected
