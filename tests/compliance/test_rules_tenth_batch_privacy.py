"""Secrecy and personal data on the tenth batch's constructions, in wordings of our own."""

from __future__ import annotations

from rules_alone import rules_alone

SECRET, DATA = "secret-medical", "donnees-patient"


# --- who is a person: staff tagged by their role, feasts


def test_a_speaker_tagged_with_her_role_in_a_chat_transcript_is_staff_not_a_patient() -> None:
    text = "Fil #marketing\nCamille (CM) : on relance le post sur la rhinoplastie demain ?\nDr Keller : oui"
    assert rules_alone(text, "autre") & {SECRET, DATA} == set()


def test_a_feast_wished_is_no_one_but_a_namesake_with_a_civility_is() -> None:
    text = "✨ Joyeux Noël à toutes ! Nos injections reprennent le 3 janvier."
    assert rules_alone(text, "instagram") & {SECRET, DATA} == set()
    named = "Avant les fêtes, Mme Noël Garnier a été opérée des paupières chez nous."
    assert {SECRET, DATA} <= rules_alone(named, "facebook")


# --- her file, her sessions, told in public


def test_a_public_reply_about_a_named_patients_file_confirms_she_is_a_patient() -> None:
    text = "Bonjour Mme Lambert, votre dossier est bien à jour avec votre nouvelle adresse."
    assert {SECRET, DATA} <= rules_alone(text, "facebook")


def test_a_named_patients_next_session_of_a_treatment_is_secret() -> None:
    text = "Bonjour M. Arnaud Petit, votre séance de laser est déplacée à mardi."
    assert {SECRET, DATA} <= rules_alone(text, "instagram")


def test_a_press_file_or_a_photo_session_is_no_ones_care() -> None:
    text = "Julie Renard signe le dossier de presse ; la séance photo du cabinet a lieu lundi."
    assert SECRET not in rules_alone(text, "linkedin")


def test_a_name_after_the_patients_own_handle_and_a_civility_is_still_she() -> None:
    text = "@A_Renaud Madame Aline Renaud, votre dossier a été transmis à notre assureur."
    assert {SECRET, DATA} <= rules_alone(text, "x")


# --- a notice sent to the patient herself


def test_a_reminder_sent_to_the_patient_names_her_to_herself() -> None:
    text = "Rappel de rendez-vous : Mme Agnès Royer, née le 02/02/1980, contrôle post-op blépharoplastie."
    found = rules_alone(text, "message")
    assert DATA in found
    assert SECRET not in found


def test_a_message_telling_a_friend_of_someone_elses_procedure_is_still_secret() -> None:
    text = "Bonjour Madame, votre sœur Claire Vidal est bien programmée pour sa rhinoplastie lundi."
    assert SECRET in rules_alone(text, "message")


# --- the addressee's own follow-up, in public


def test_a_public_reply_naming_the_addressees_procedure_by_its_suffix_is_secret() -> None:
    text = "@marion_ldc ravie que tout aille bien depuis votre mastopexie, à bientôt !"
    assert SECRET in rules_alone(text, "instagram")


def test_a_public_reply_calling_the_addressee_to_her_follow_up_visit_is_secret() -> None:
    text = "@claire_bdx on vous attend pour le contrôle à un mois, pensez à la gaine !"
    assert SECRET in rules_alone(text, "instagram")


def test_a_symptom_judged_at_a_delay_in_a_reply_to_someone_is_secret() -> None:
    text = "Bonjour Nadia, rassurez-vous, à deux semaines il est normal que la cicatrice tire un peu."
    assert SECRET in rules_alone(text, "facebook")
    reply = "Merci de votre retour. Ce gonflement des chevilles à 10 jours est tout à fait habituel."
    assert SECRET in rules_alone(reply, "avis-reponse")


def test_a_delay_stated_for_everyone_is_information_not_secret() -> None:
    text = "Après une abdominoplastie, à 3 semaines il est normal que le ventre reste gonflé."
    assert SECRET not in rules_alone(text, "instagram")
    reply = "De manière générale, à un mois un œdème est tout à fait normal ; contactez le secrétariat."
    assert SECRET not in rules_alone(reply, "avis-reponse")


# --- third persons: a relative we operated, a hint about a body in the news


def test_a_relative_we_operated_ourselves_is_secret() -> None:
    text = "Bonne fête papa ! Mon propre père, que j'ai opéré des paupières cet hiver, va très bien."
    assert SECRET in rules_alone(text, "facebook")


def test_a_relative_spoken_of_without_care_is_not_secret() -> None:
    text = "Ma mère, que j'admire, m'a donné le goût de la médecine."
    assert SECRET not in rules_alone(text, "linkedin")


def test_hinting_that_a_face_in_the_news_is_our_work_is_secret() -> None:
    text = "Tout le monde parle de la gagnante d'hier soir… disons qu'on connaît bien ces pommettes 😏"
    assert SECRET in rules_alone(text, "x")


def test_knowing_a_problem_well_reveals_no_one() -> None:
    text = "Les cicatrices chéloïdes, je connais bien ce problème : voici ce que dit la littérature."
    assert SECRET not in rules_alone(text, "youtube")


# --- b10b: shops, commenters, mentions with an initial, a body change, symptoms singled out


def test_a_shop_named_by_its_trade_is_no_patient() -> None:
    text = "Merci à Parfumerie Solène qui offre un coffret à toutes nos patientes opérées ce mois-ci !"
    assert rules_alone(text, "facebook") & {SECRET, DATA} == set()


def test_the_commenter_whose_question_is_answered_is_the_addressee() -> None:
    text = "[Réponse] Camille me demande si elle peut se faire opérer l'été : seule une consultation le dira."
    assert rules_alone(text, "tiktok") & {SECRET, DATA} == set()


def test_a_patient_who_asks_is_still_named_when_she_is_ours() -> None:
    text = "Ma patiente Camille me demande si sa rhinoplastie peut être retouchée."
    assert {SECRET, DATA} <= rules_alone(text, "instagram")


def test_a_mention_with_a_surnames_initial_and_her_delay_since_surgery_names_her() -> None:
    text = "@Sandra L. pour tes nausées à J+6 de la sleeve, fractionne les repas, courage !"
    assert {SECRET, DATA} <= rules_alone(text, "facebook")


def test_the_new_smile_of_a_named_patient_is_her_procedure() -> None:
    text = "Découvrez le nouveau sourire de Maëlle, 27 ans, après ses facettes ✨"
    assert {SECRET, DATA} <= rules_alone(text, "instagram")


def test_a_symptom_singled_out_in_a_review_reply_is_the_reviewers() -> None:
    text = "Merci beaucoup ! Pour la cicatrice qui tire encore, massez-la deux fois par jour."
    assert SECRET in rules_alone(text, "avis-reponse")


def test_a_symptom_in_general_in_a_review_reply_is_no_ones() -> None:
    text = "Merci ! Un hématome qui persiste au-delà de trois semaines doit toujours être montré."
    assert SECRET not in rules_alone(text, "avis-reponse")


def test_a_reviewers_lateness_told_with_its_figure_confirms_her_visit() -> None:
    text = "Monsieur, avec 25 minutes de retard, il était difficile de maintenir le créneau."
    assert SECRET in rules_alone(text, "avis-reponse")


def test_a_lateness_policy_confirms_no_visit() -> None:
    text = "Merci pour votre avis. Au-delà de 15 minutes de retard, les rendez-vous sont reportés."
    assert SECRET not in rules_alone(text, "avis-reponse")


# --- an order to answer a patient in public with her care


def test_ordering_a_public_reply_that_tells_her_care_is_secret() -> None:
    text = (
        "Accueil : la dame de l'avis 2 étoiles ?\nDr : écris-lui en commentaire que ses implants sont beaux."
    )
    assert SECRET in rules_alone(text, "autre")


def test_answering_questions_in_comments_reveals_no_one() -> None:
    text = "Je vous réponds en commentaire que la cicatrice met un an à s'estomper."
    assert SECRET not in rules_alone(text, "youtube")
