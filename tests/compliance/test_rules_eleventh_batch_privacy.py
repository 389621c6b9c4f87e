"""Medical secrecy, patient data and testimonials (secret-medical, donnees-patient, temoignage) in the
families of wording met in the eleventh batch, judged by the rules alone: the learned reader is left
out, so these say what the constructions do. Each family has its positive cases and its traps; the
wordings are our own."""

from __future__ import annotations

import pytest

from vitrine.compliance import check


def _rules(text: str, channel: str = "instagram") -> set[str]:
    return {f.rule for f in check(text, channel=channel, learned=False).findings}


# secret-medical: a hint that someone in the news is our work


@pytest.mark.parametrize(
    "text",
    [
        "Je ne dirai rien. Mais sa nouvelle mâchoire ne s'est pas affinée toute seule.",
        "Sur ce plateau télé, je reconnais mes sutures.",
    ],
)
def test_a_hint_that_a_known_face_is_our_work_reveals_a_patient(text: str) -> None:
    assert "secret-medical" in _rules(text, "presse")


def test_a_nose_shaped_by_history_is_nobody_s_secret() -> None:
    text = "Le nez ne s'est pas fait tout seul chez les Grecs antiques : la rhinoplastie existait déjà."
    assert "secret-medical" not in _rules(text, "presse")


# secret-medical: a public answer to one commenter about how she was at the practice


@pytest.mark.parametrize(
    "text",
    [
        "Réponse à @lea_bzh : tu veux vraiment qu'on reparle de ta visite au cabinet ?",
        "Madame, vous étiez très agitée en salle de réveil, je m'en souviens.",
    ],
)
def test_telling_a_commenter_how_she_behaved_at_the_practice_confirms_she_came(text: str) -> None:
    assert "secret-medical" in _rules(text, "tiktok")


def test_a_public_answer_about_consultations_in_general_confirms_nothing() -> None:
    text = "Réponse à @lea_bzh : une consultation se prépare, voici nos conseils pour la première visite."
    assert "secret-medical" not in _rules(text, "tiktok")


# secret-medical: one patient singled out in a public post


@pytest.mark.parametrize(
    "text",
    [
        "À la cliente qui a posté notre facture sur un forum : merci de nous contacter directement.",
        "Au patient qui se plaint partout de sa cicatrice : venez plutôt en parler au cabinet.",
    ],
)
def test_a_post_aimed_at_one_patient_for_what_she_did_reveals_her(text: str) -> None:
    assert "secret-medical" in _rules(text, "linkedin")


@pytest.mark.parametrize(
    "text",
    [
        "À la patiente qui a peur de l'anesthésie : parlez-en à l'anesthésiste avant le jour J.",
        "Pour celle qui hésite encore avant sa rhinoplastie : prenez votre temps.",
    ],
)
def test_a_word_to_whoever_fits_a_description_singles_out_no_one(text: str) -> None:
    assert "secret-medical" not in _rules(text, "linkedin")


# secret-medical: someone known at the block or in consultation


@pytest.mark.parametrize(
    "text",
    [
        "Aujourd'hui en consultation : le maire d'une commune voisine, pour ses paupières.",
        "Au bloc ce matin : une journaliste de la région, 45 ans, pour une rhinoplastie.",
    ],
)
def test_a_public_figure_on_the_operating_list_is_recognisable(text: str) -> None:
    assert "secret-medical" in _rules(text, "linkedin")


@pytest.mark.parametrize(
    "text",
    [
        "Au bloc, une sportive doit être à jeun comme tout le monde.",
        "En consultation, un journaliste m'a interrogé sur les tarifs pratiqués en France.",
    ],
)
def test_an_anonymous_role_in_a_general_remark_is_nobody(text: str) -> None:
    assert "secret-medical" not in _rules(text, "linkedin")


# secret-medical: an adult's care told to someone close to her


def test_an_adult_s_treatment_told_to_her_husband_breaks_the_secret() -> None:
    text = "Bonsoir Mme Roy, votre mari doit continuer ses anticoagulants jusqu'à lundi."
    assert "secret-medical" in _rules(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, votre mari peut vous accompagner à la consultation.",
        "Bonjour, votre fille peut reprendre son traitement ce soir.",
    ],
)
def test_a_companion_welcomed_or_a_child_s_parent_told_is_no_breach(text: str) -> None:
    assert "secret-medical" not in _rules(text, "message")


# donnees-patient: first names tagged with their procedure, a reviewer named with her own surgery


def test_first_names_tagged_with_their_procedure_in_a_group_chat_are_patient_data() -> None:
    text = (
        "Bonsoir le groupe des opérées ! Chloé (rhinoplastie de lundi), pense à la glace. "
        "Manon (les seins), courage !"
    )
    found = _rules(text, "message")
    assert {"donnees-patient", "secret-medical"} <= found


def test_a_first_name_beside_a_city_in_brackets_is_no_patient() -> None:
    text = "Bonsoir le groupe ! Chloé (Nantes) anime l'atelier de jeudi sur la cicatrisation."
    assert "donnees-patient" not in _rules(text, "message")


def test_a_reviewer_named_with_her_own_operated_body_is_patient_data() -> None:
    text = "Merci pour vos étoiles Justine ! La légère asymétrie de votre sein droit va s'estomper."
    assert "donnees-patient" in _rules(text, "avis-reponse")


def test_a_reviewer_thanked_by_name_for_her_words_only_is_no_patient_data() -> None:
    text = "Merci pour vos étoiles Justine ! Toute l'équipe est touchée par votre message."
    assert "donnees-patient" not in _rules(text, "avis-reponse")


def test_a_handle_credited_with_her_new_nose_is_patient_data() -> None:
    text = "Merci @camille.voyages qui nous a confié son nouveau nez, quelle belle rencontre !"
    assert "donnees-patient" in _rules(text, "instagram")


def test_a_year_in_a_reference_is_no_birth_date() -> None:
    text = (
        "La cicatrice mûrit pendant un an ; le soleil la pigmente. "
        "Sources : HAS, recommandations sur la cicatrisation (2021) ; Dupuis A., Ann Chir Plast, 2019."
    )
    assert "donnees-patient" not in _rules(text, "site")


def test_a_year_said_to_be_a_birth_year_still_identifies() -> None:
    assert "donnees-patient" in _rules("Mme Carole Vidal, née en 1971, revue ce matin.", "autre")


# temoignage: patients' words, thanks for them, their marks


@pytest.mark.parametrize(
    "text",
    [
        "Ce que mes patientes me répètent au contrôle : « je regrette de ne pas l'avoir fait plus tôt ».",
        "Merci @lou.dumas pour ton adorable message après l'intervention 💕",
        "Nos opérées nous donnent une note moyenne de 4,7/5 au questionnaire de sortie.",
    ],
)
def test_patients_words_thanks_for_their_praise_and_their_marks_are_testimonials(text: str) -> None:
    assert "temoignage" in _rules(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "Ce qu'on nous dit souvent : « c'est trop cher ».",
        "Ce qu'on me demande le plus en consultation : « est-ce que je vais avoir mal ? »",
        "Merci pour vos messages, nous répondons sous 48 h.",
        "La douleur est évaluée à 3/10 le lendemain de l'intervention.",
        "Taux de satisfaction : 96 % selon notre enquête de sortie.",
        "« Le chirurgien numéro un du Sud ! » C'est ce que notre agence voulait publier. Nous avons refusé.",
    ],
)
def test_questions_remarks_pain_scores_and_refused_slogans_are_no_testimonials(text: str) -> None:
    assert "temoignage" not in _rules(text, "instagram")


def test_thanking_a_reviewer_for_her_kind_words_is_the_allowed_reply() -> None:
    assert "temoignage" not in _rules("Merci pour ce joli message, à bientôt !", "avis-reponse")
