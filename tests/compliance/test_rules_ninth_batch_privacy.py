"""Secrecy and personal data on the ninth batch's constructions, in wordings of our own."""

from __future__ import annotations

from rules_alone import rules_alone

SECRET, DATA = "secret-medical", "donnees-patient"


# --- who is a person: names the guard misses, names that are no one


def test_a_first_name_followed_by_the_time_since_her_procedure_is_a_person() -> None:
    text = "Regardez Chloé 3 semaines après son lifting, quelle mine !"
    assert {SECRET, DATA} <= rules_alone(text, "instagram")


def test_the_time_since_a_procedure_without_a_name_identifies_no_one() -> None:
    text = "Voici à quoi ressemble un nez 3 semaines après une rhinoplastie."
    assert rules_alone(text, "instagram") & {SECRET, DATA} == set()


def test_a_name_the_text_says_is_changed_is_no_one() -> None:
    text = "Amandine (prénom modifié) raconte sa reconstruction mammaire, étape par étape."
    assert rules_alone(text, "youtube") & {SECRET, DATA} == set()


def test_a_health_professional_presented_by_her_trade_is_not_a_patient() -> None:
    text = "Table ronde sur la rééducation après chirurgie, avec Claire Fontaine (kinésithérapeute)."
    assert rules_alone(text, "youtube") & {SECRET, DATA} == set()
    portrait = "À 45 ans, Nadia Benali, dermatologue à Lille, a vu ses consultations doubler."
    assert rules_alone(portrait, "presse") & {SECRET, DATA} == set()


def test_a_lone_word_after_a_bare_du_is_a_region_not_a_person() -> None:
    text = "Interrogé par Le Courrier du Morvan, le Dr Faure parle des suites d'une chirurgie."
    assert rules_alone(text, "presse") & {SECRET, DATA} == set()


def test_a_brand_of_implants_is_no_patient() -> None:
    text = "Depuis deux ans, nous posons les prothèses Cristalline Aura à toutes nos patientes."
    assert rules_alone(text, "linkedin") & {SECRET, DATA} == set()


def test_a_journal_an_article_appears_in_is_no_one() -> None:
    text = "Notre étude sur les cicatrices est publiée dans Plast Reconstr Surg ce mois-ci !"
    assert DATA not in rules_alone(text, "linkedin")


def test_a_celebritys_feature_quoted_as_a_request_is_no_patient_but_the_patient_of_an_hour_is() -> None:
    text = "Ma patiente de 14h voulait que je lui fasse « la bouche de Kylie J » 🙃 on a parlé du réalisme."
    found = rules_alone(text, "instagram")
    assert DATA not in found
    assert SECRET in found


def test_an_initial_with_an_age_identifies_someone_again() -> None:
    text = "Courage à M. D., 48 ans, opéré ce matin de son genou !"
    assert DATA in rules_alone(text, "bluesky")


def test_an_initial_alone_stays_anonymised() -> None:
    assert DATA not in rules_alone("M. D. (lifting) nous a envoyé un joli mot.", "facebook")


# --- mentions and handles


def test_a_mention_with_a_full_name_told_her_own_procedure_is_data_and_secret() -> None:
    text = "@Nadia Brun oui vous pouvez reprendre la piscine à un mois de votre lifting 👍"
    assert {SECRET, DATA} <= rules_alone(text, "facebook")


def test_a_mention_with_a_full_name_about_what_she_describes_is_neither() -> None:
    text = "@Nadia Brun oui à votre âge une bonne crème suffit pour vos taches."
    assert rules_alone(text, "facebook") & {SECRET, DATA} == set()


def test_a_handle_spelling_a_first_name_and_a_surname_with_her_procedure_is_data() -> None:
    assert DATA in rules_alone("Merci @sophie.garnier pour ta confiance pour ta rhino 🌸", "instagram")


def test_a_nickname_handle_thanked_for_a_comment_reveals_no_care() -> None:
    # Beside her procedure the same handle identifies a patient (twelfth batch, labels
    # b12a-077 and dev-0690); thanked for a comment it says nothing of care.
    assert rules_alone("Merci @julie.m91 pour ton commentaire 🌸", "instagram") & {SECRET, DATA} == set()


# --- the reviewer's contact details


def test_a_number_published_where_we_tried_to_reach_the_reviewer_is_data_not_secrecy() -> None:
    text = "Bonjour, nous avons essayé de vous appeler au 07 11 22 33 44, en vain. Rappelez-nous."
    found = rules_alone(text, "avis-reponse")
    assert DATA in found
    assert SECRET not in found


def test_an_email_the_reviewer_left_published_is_data_not_secrecy() -> None:
    text = "Bonjour, écrivez-nous à l'adresse que vous nous aviez communiquée (j.dupont77@mail.fr)."
    found = rules_alone(text, "avis-reponse")
    assert DATA in found
    assert SECRET not in found


def test_a_contact_attempt_naming_the_reviewer_still_confirms_her() -> None:
    text = "Madame Lucie Perrin, nous avons tenté de vous joindre au 06 98 11 22 33 sans succès."
    assert {SECRET, DATA} <= rules_alone(text, "avis-reponse")


# --- review replies


def test_the_review_itself_is_not_the_reviewers_care() -> None:
    text = "Votre avis nous étonne : nos tarifs sont affichés en salle d'attente et sur le site."
    assert SECRET not in rules_alone(text, "avis-reponse")


def test_the_reviewers_wait_in_our_waiting_room_is_her_visit() -> None:
    text = "Vous avez attendu en salle d'attente plus que prévu, nous en sommes désolés."
    assert SECRET in rules_alone(text, "avis-reponse")


def test_a_present_verb_misread_as_a_conditional_makes_no_hypothesis() -> None:
    text = "Vous dites avoir patienté une heure, or vous êtes arrivée à 10h05 et avez été reçue à 10h20."
    assert SECRET in rules_alone(text, "avis-reponse")


def test_a_real_conditional_still_makes_a_hypothesis() -> None:
    text = "Vous pourriez être reçue dès lundi par le Dr Noël."
    assert SECRET not in rules_alone(text, "avis-reponse")


def test_a_reply_recognising_the_reviewer_as_the_patient_who_did_something_confirms_her_visit() -> None:
    text = "Ah, c'est donc la patiente qui a insulté notre assistante au téléphone."
    assert SECRET in rules_alone(text, "avis-reponse")


def test_the_patient_as_anyone_in_a_reply_is_no_one() -> None:
    text = "En chirurgie esthétique, c'est le patient qui a le dernier mot."
    assert SECRET not in rules_alone(text, "avis-reponse")


def test_telling_the_reviewer_where_she_should_have_gone_confirms_she_came() -> None:
    text = "Si vous vouliez des miracles, il fallait consulter ailleurs."
    assert SECRET in rules_alone(text, "avis-reponse")


def test_sending_the_reviewer_elsewhere_for_the_future_confirms_nothing() -> None:
    text = "Pour cette question de dermatologie, il faut consulter ailleurs ; nous restons disponibles."
    assert SECRET not in rules_alone(text, "avis-reponse")


# --- named people and third persons in care


def test_a_referral_letter_published_names_a_patient_tied_to_care() -> None:
    text = "Merci au Dr Fort pour l'adressage de Mme Louise Carré, que je verrai mardi."
    assert {SECRET, DATA} <= rules_alone(text, "linkedin")


def test_someone_named_as_having_had_the_same_op_in_a_message_is_a_breach() -> None:
    text = "Si tu veux un témoignage, Karine Leduc a eu la même opé l'an dernier."
    assert {SECRET, DATA} <= rules_alone(text, "message")


def test_a_sticky_note_for_the_desk_is_internal_data_not_a_breach() -> None:
    text = "Post-it accueil : rappeler M. Jean Vidal au 06 33 44 55 66 pour décaler son contrôle."
    found = rules_alone(text, "autre")
    assert DATA in found
    assert SECRET not in found


def test_a_patients_details_passed_to_a_carer_are_internal() -> None:
    text = "Voici les coordonnées de la patiente pour le soin à domicile : Mme Irène Collet, 06 45 11 22 33."
    found = rules_alone(text, "message")
    assert DATA in found
    assert SECRET not in found


def test_operating_ones_own_relative_reveals_a_patient() -> None:
    text = "Hier j'ai opéré mon propre beau-frère de sa hernie, drôle d'émotion."
    assert SECRET in rules_alone(text, "linkedin")


def test_someone_known_said_pleased_with_her_procedure_is_revealed() -> None:
    text = "« Sans citer personne, l'animatrice de la matinale a été enchantée de son lifting », glisse-t-il."
    assert SECRET in rules_alone(text, "presse")


def test_a_person_i_operated_only_once_is_still_my_patient() -> None:
    text = "« Cette personne que je n'ai opérée qu'une seule fois ment », répond le chirurgien."
    assert SECRET in rules_alone(text, "presse")


def test_a_testimonial_signed_with_a_first_name_and_an_age_tells_no_care() -> None:
    text = "Vos retours 💬 « Accueil chaleureux, je recommande le Dr Morel ! » – Claire, 37 ans"
    found = rules_alone(text, "facebook")
    assert DATA in found
    assert SECRET not in found


def test_a_testimonial_signed_under_a_quote_about_her_nose_tells_her_care() -> None:
    text = "Vos retours 💬 « Mon nez est enfin comme je le voulais ! » – Claire, 37 ans"
    assert {SECRET, DATA} <= rules_alone(text, "facebook")
