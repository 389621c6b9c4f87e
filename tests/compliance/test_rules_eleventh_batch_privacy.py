"""Medical secrecy, patient data and testimonials (secret-medical, donnees-patient, temoignage) in the
families of wording met in the eleventh batch, judged by the rules alone: the learned reader is left
out, so these say what the constructions do. Each family has its positive cases and its traps; the
wordings are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# secret-medical: a hint that someone in the news is our work


@pytest.mark.parametrize(
    "text",
    [
        "Je ne dirai rien. Mais sa nouvelle mâchoire ne s'est pas affinée toute seule.",
        "Sur ce plateau télé, je reconnais mes sutures.",
    ],
)
def test_a_hint_that_a_known_face_is_our_work_reveals_a_patient(text: str) -> None:
    assert "secret-medical" in rules_alone(text, "presse")


def test_a_nose_shaped_by_history_is_nobody_s_secret() -> None:
    text = "Le nez ne s'est pas fait tout seul chez les Grecs antiques : la rhinoplastie existait déjà."
    assert "secret-medical" not in rules_alone(text, "presse")


# secret-medical: a public answer to one commenter about how she was at the practice


@pytest.mark.parametrize(
    "text",
    [
        "Réponse à @lea_bzh : tu veux vraiment qu'on reparle de ta visite au cabinet ?",
        "Madame, vous étiez très agitée en salle de réveil, je m'en souviens.",
    ],
)
def test_telling_a_commenter_how_she_behaved_at_the_practice_confirms_she_came(text: str) -> None:
    assert "secret-medical" in rules_alone(text, "tiktok")


def test_a_public_answer_about_consultations_in_general_confirms_nothing() -> None:
    text = "Réponse à @lea_bzh : une consultation se prépare, voici nos conseils pour la première visite."
    assert "secret-medical" not in rules_alone(text, "tiktok")


# secret-medical: one patient singled out in a public post


@pytest.mark.parametrize(
    "text",
    [
        "À la cliente qui a posté notre facture sur un forum : merci de nous contacter directement.",
        "Au patient qui se plaint partout de sa cicatrice : venez plutôt en parler au cabinet.",
    ],
)
def test_a_post_aimed_at_one_patient_for_what_she_did_reveals_her(text: str) -> None:
    assert "secret-medical" in rules_alone(text, "linkedin")


@pytest.mark.parametrize(
    "text",
    [
        "À la patiente qui a peur de l'anesthésie : parlez-en à l'anesthésiste avant le jour J.",
        "Pour celle qui hésite encore avant sa rhinoplastie : prenez votre temps.",
    ],
)
def test_a_word_to_whoever_fits_a_description_singles_out_no_one(text: str) -> None:
    assert "secret-medical" not in rules_alone(text, "linkedin")


# secret-medical: someone known at the block or in consultation


@pytest.mark.parametrize(
    "text",
    [
        "Aujourd'hui en consultation : le maire d'une commune voisine, pour ses paupières.",
        "Au bloc ce matin : une journaliste de la région, 45 ans, pour une rhinoplastie.",
    ],
)
def test_a_public_figure_on_the_operating_list_is_recognisable(text: str) -> None:
    assert "secret-medical" in rules_alone(text, "linkedin")


@pytest.mark.parametrize(
    "text",
    [
        "Au bloc, une sportive doit être à jeun comme tout le monde.",
        "En consultation, un journaliste m'a interrogé sur les tarifs pratiqués en France.",
    ],
)
def test_an_anonymous_role_in_a_general_remark_is_nobody(text: str) -> None:
    assert "secret-medical" not in rules_alone(text, "linkedin")


# secret-medical: an adult's care told to someone close to her


def test_an_adult_s_treatment_told_to_her_husband_breaks_the_secret() -> None:
    text = "Bonsoir Mme Roy, votre mari doit continuer ses anticoagulants jusqu'à lundi."
    assert "secret-medical" in rules_alone(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, votre mari peut vous accompagner à la consultation.",
        "Bonjour, votre fille peut reprendre son traitement ce soir.",
    ],
)
def test_a_companion_welcomed_or_a_child_s_parent_told_is_no_breach(text: str) -> None:
    assert "secret-medical" not in rules_alone(text, "message")


# donnees-patient: first names tagged with their procedure, a reviewer named with her own surgery


def test_first_names_tagged_with_their_procedure_in_a_group_chat_are_patient_data() -> None:
    text = (
        "Bonsoir le groupe des opérées ! Chloé (rhinoplastie de lundi), pense à la glace. "
        "Manon (les seins), courage !"
    )
    found = rules_alone(text, "message")
    assert {"donnees-patient", "secret-medical"} <= found


def test_a_first_name_beside_a_city_in_brackets_is_no_patient() -> None:
    text = "Bonsoir le groupe ! Chloé (Nantes) anime l'atelier de jeudi sur la cicatrisation."
    assert "donnees-patient" not in rules_alone(text, "message")


def test_a_reviewer_named_with_her_own_operated_body_is_patient_data() -> None:
    text = "Merci pour vos étoiles Justine ! La légère asymétrie de votre sein droit va s'estomper."
    assert "donnees-patient" in rules_alone(text, "avis-reponse")


def test_a_reviewer_thanked_by_name_for_her_words_only_is_no_patient_data() -> None:
    text = "Merci pour vos étoiles Justine ! Toute l'équipe est touchée par votre message."
    assert "donnees-patient" not in rules_alone(text, "avis-reponse")


def test_a_handle_credited_with_her_new_nose_is_patient_data() -> None:
    text = "Merci @camille.voyages qui nous a confié son nouveau nez, quelle belle rencontre !"
    assert "donnees-patient" in rules_alone(text, "instagram")


def test_a_year_in_a_reference_is_no_birth_date() -> None:
    text = (
        "La cicatrice mûrit pendant un an ; le soleil la pigmente. "
        "Sources : HAS, recommandations sur la cicatrisation (2021) ; Dupuis A., Ann Chir Plast, 2019."
    )
    assert "donnees-patient" not in rules_alone(text, "site")


def test_a_year_said_to_be_a_birth_year_still_identifies() -> None:
    assert "donnees-patient" in rules_alone("Mme Carole Vidal, née en 1971, revue ce matin.", "autre")


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
    assert "temoignage" in rules_alone(text, "instagram")


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
    assert "temoignage" not in rules_alone(text, "instagram")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Merci pour ce joli message, à bientôt !", "avis-reponse"),
        ("Merci pour votre gentille carte, à très vite pour le contrôle.", "message"),
        ("Merci pour ce gentil commentaire sur notre vidéo, ravies qu'elle vous aide !", "instagram"),
    ],
)
def test_thanks_for_kind_words_in_the_reply_to_them_show_nothing(text: str, channel: str) -> None:
    assert "temoignage" not in rules_alone(text, channel)


# secret-medical: a review reply naming the reviewer's condition, or unmasking her as someone we know


@pytest.mark.parametrize(
    "text",
    [
        "Merci pour vos étoiles ! Heureux que votre genou vous laisse enfin courir.",
        "Madame, vous êtes repartie avec une cicatrice très fine, quoi que vous en disiez.",
        "Pour info, cet avis vient de M. Paul Roy, que nous connaissons très bien.",
    ],
)
def test_a_reply_that_knows_the_reviewer_s_condition_or_person_confirms_she_came(text: str) -> None:
    assert "secret-medical" in rules_alone(text, "avis-reponse")


@pytest.mark.parametrize(
    "text",
    [
        "Pour vos varices, nous vous invitons à contacter le secrétariat.",
        "La rhinoplastie est une intervention que nous connaissons très bien.",
        "Madame, les délais que nous connaissons bien sont affichés à l'accueil.",
    ],
)
def test_a_reply_that_redirects_or_speaks_of_an_act_confirms_nothing(text: str) -> None:
    assert "secret-medical" not in rules_alone(text, "avis-reponse")


# secret-medical: someone known glimpsed at the practice, her new body hinted


@pytest.mark.parametrize(
    "text",
    [
        "Devinez qui : l'animatrice croisée dans notre salle d'attente ce matin 😏",
        "Je ne dirai pas son nom, mais elle a un nouveau nez et il lui va bien.",
    ],
)
def test_a_celebrity_glimpsed_at_the_practice_or_her_new_nose_hinted_is_revealed(text: str) -> None:
    assert "secret-medical" in rules_alone(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "Après une rhinoplastie, on a un nouveau nez mais pas un nouveau visage.",
        "La chanteuse vue à la télé parle de la salle d'attente des urgences.",
    ],
)
def test_a_new_nose_in_general_or_a_celebrity_elsewhere_reveals_no_patient(text: str) -> None:
    assert "secret-medical" not in rules_alone(text, "instagram")


# secret-medical: other specialties' treatments, a child named to its parent, a note to the surgeon


def test_a_named_teenager_shown_after_her_orthodontic_treatment_is_revealed() -> None:
    text = "Regardez le sourire de Jade, 14 ans, après un an de gouttières !"
    assert {"secret-medical", "donnees-patient"} <= rules_alone(text, "instagram")


def test_a_child_named_to_its_parent_in_a_message_is_data_but_no_breach() -> None:
    found = rules_alone("Bonjour, votre fils Hugo est bien programmé pour l'amygdalectomie mardi.", "message")
    assert "donnees-patient" in found and "secret-medical" not in found


def test_a_note_to_the_surgeon_relaying_a_patient_s_call_stays_among_carers() -> None:
    text = "Note pour le Dr Roy : Mme Inès Carré a rappelé pour sa cataracte, je lui propose jeudi ?"
    found = rules_alone(text, "autre")
    assert "donnees-patient" in found and "secret-medical" not in found


# donnees-patient: the patient greeted in a message beside her procedure


def test_a_first_name_greeted_beside_her_procedure_in_a_message_is_no_patient_data() -> None:
    # reversed in the sixteenth session: the corpus labels 38 such messages without the rule, 3 with it
    assert "donnees-patient" not in rules_alone(
        "Bonjour Karim, rappel : votre greffe est prévue le 17.", "message"
    )


def test_a_first_name_greeted_about_an_appointment_only_is_no_patient_data() -> None:
    assert "donnees-patient" not in rules_alone(
        "Bonjour Karim, rappel : votre rendez-vous est le 17.", "message"
    )


# temoignage: a patient offered to tell her story, praise reported, star ratings of reviews


@pytest.mark.parametrize(
    "text",
    [
        "Je vous propose d'interviewer une de mes opérées, ravie et prête à raconter son parcours.",
        "Avec Paul, rugbyman opéré l'an dernier, qui raconte sa reprise et pourquoi il recommande l'équipe.",
        "Les patients me le disent souvent : « vous êtes le seul qui m'ait écouté ».",
        "Plan du mois : chaque lundi, un avis 5 ⭐ en story.",
    ],
)
def test_patients_offered_as_witnesses_their_praise_and_starred_reviews_are_testimonials(text: str) -> None:
    assert "temoignage" in rules_alone(text, "linkedin")


@pytest.mark.parametrize(
    "text",
    [
        "Ma note personnelle du film : 4 ⭐",
        "« Grâce au Dr X, je vois 10/10 » n'a rien à faire dans la communication d'un cabinet.",
        "Le kiné explique sa reprise du terrain après une entorse, pas à pas.",
    ],
)
def test_a_film_rating_a_quoted_counter_example_or_a_carer_s_explanation_is_no_testimonial(text: str) -> None:
    assert "temoignage" not in rules_alone(text, "linkedin")
