"""Secrecy and personal data on the eighth batch's constructions, in wordings of our own."""

from __future__ import annotations

from rules_alone import rules_alone

SECRET, DATA = "secret-medical", "donnees-patient"


# --- names the guard's filters or models dropped


def test_a_lone_surname_said_to_have_come_for_her_procedure_is_a_person() -> None:
    assert {SECRET, DATA} <= rules_alone("Lefebvre est venue hier pour sa rhinoplastie.", "facebook")


def test_a_lone_surname_with_an_operated_apposition_is_a_person() -> None:
    assert {SECRET, DATA} <= rules_alone(
        "Merci à Lefebvre, opérée du nez hier, pour sa confiance.", "instagram"
    )


def test_a_lone_brand_word_without_anything_a_person_does_is_still_no_one() -> None:
    assert DATA not in rules_alone(
        "Nos gaines viennent de chez Formactive, livrées en deux jours.", "instagram"
    )


def test_a_first_name_written_with_its_accent_is_a_known_first_name() -> None:
    text = "Bravo à Élodie, 29 ans, opérée d'une abdominoplastie au printemps !"
    assert {SECRET, DATA} <= rules_alone(text, "facebook")


def test_a_name_with_its_age_in_apposition_is_a_person_even_when_the_models_miss_it() -> None:
    text = "Grosse émotion ce matin : la petite Maëlle, 6 ans, opérée de ses oreilles en mai, est passée."
    assert {SECRET, DATA} <= rules_alone(text, "facebook")


def test_a_child_named_after_a_diminutive_is_a_person() -> None:
    text = "Deux ans après la mission : les photos du petit Tenzin avant l'intervention et aujourd'hui."
    assert {SECRET, DATA} <= rules_alone(text, "linkedin")


def test_a_name_after_a_relative_of_hers_is_a_person() -> None:
    text = "Touchée par le mot de la maman de Sokhom après son opération de la fente labiale."
    assert DATA in rules_alone(text, "instagram")


def test_a_patients_bandages_are_hers_not_a_product_brand() -> None:
    text = "Aujourd'hui on retire les pansements de Chloé, 24 ans, rhinoplastie il y a une semaine."
    assert {SECRET, DATA} <= rules_alone(text, "instagram")


def test_a_brand_after_a_product_word_is_still_no_patient() -> None:
    assert DATA not in rules_alone("Après le laser, le gel cicatrisant Dermalia suffit.", "instagram")


def test_several_capitalised_words_none_a_first_name_are_a_brand_not_a_patient() -> None:
    text = "Nos valises ont voyagé grâce à Tramontane Bagages, qui nous a offert l'équipement de la mission."
    assert rules_alone(text, "instagram") & {SECRET, DATA} == set()


def test_a_social_security_number_labelled_as_such_is_data_even_with_a_wrong_key() -> None:
    text = "Bonjour Mme Roy, merci de nous renvoyer votre numéro de sécurité sociale 2 91 04 69 123 456 78."
    assert DATA in rules_alone(text, "message")


def test_a_phone_like_number_without_a_social_security_label_is_not_a_nir() -> None:
    text = "Le cabinet est joignable au 04 72 00 00 00 du lundi au vendredi."
    assert DATA not in rules_alone(text, "facebook")


# --- who is not a patient


def test_staff_named_after_their_role_are_not_patients() -> None:
    text = "Merci au Dr Paul Girard et à l'infirmière Claire pour cette journée de bloc pédagogique."
    assert rules_alone(text, "linkedin") & {SECRET, DATA} == set()


def test_the_account_answered_by_mention_is_the_addressee_not_a_third_party() -> None:
    text = "[Commentaire] @Julie Moreau oui à votre âge un simple peeling suffira pour vos taches."
    assert DATA not in rules_alone(text, "facebook")


def test_a_private_message_opening_on_the_patients_name_greets_her() -> None:
    text = (
        "Mme Perrin, pour la crème : n'importe quelle crème hydratante convient. Le docteur vous verra le 18."
    )
    assert rules_alone(text, "message") & {SECRET, DATA} == set()


def test_a_civility_with_an_initial_is_anonymised_and_its_time_span_is_no_age() -> None:
    text = "Brief carrousel : pour « 1 an après », prendre les photos de M. T. (lifting cervical) de face."
    assert DATA not in rules_alone(text, "autre")


def test_a_commenter_answered_by_first_name_with_her_illness_is_data_and_secrecy() -> None:
    text = "[Commentaire] Marie-Claude, à 58 ans avec votre diabète, je vous déconseille le lifting cervical."
    assert {SECRET, DATA} <= rules_alone(text, "facebook")


def test_a_commenter_answered_by_first_name_with_her_age_alone_stays_the_addressee() -> None:
    text = "Nadège, à 31 ans et avec la peau que vous décrivez, un lifting serait prématuré."
    assert rules_alone(text, "facebook") & {SECRET, DATA} == set()


# --- secrecy constructions


def test_a_staff_message_to_a_colleague_about_a_patient_shares_the_secret_among_carers() -> None:
    text = "Coucou, c'est Léa de l'accueil : la patiente du Dr Roux, Mme Anne Petit, veut avancer sa lipo."
    rules = rules_alone(text, "message")
    assert DATA in rules
    assert SECRET not in rules


def test_a_review_reply_throwing_her_signed_consent_at_her_confirms_her_care() -> None:
    text = "Madame, vous n'avez manifestement pas lu le consentement que vous avez signé."
    assert SECRET in rules_alone(text, "avis-reponse")


def test_a_review_reply_mocking_her_wait_confirms_her_visit() -> None:
    text = "Une étoile parce que vous avez attendu un quart d'heure ? Vraiment ?"
    assert SECRET in rules_alone(text, "avis-reponse")


def test_a_review_reply_naming_the_contact_she_left_confirms_the_relationship() -> None:
    text = "Merci de nous écrire à l'adresse que vous nous avez laissée pour que nous en parlions."
    assert SECRET in rules_alone(text, "avis-reponse")


def test_a_review_reply_taking_note_of_a_remark_confirms_nothing() -> None:
    text = "Nous avons pris note de votre remarque pour mieux informer les patients en salle d'attente."
    assert SECRET not in rules_alone(text, "avis-reponse")


def test_her_conduct_in_the_waiting_room_still_confirms_her_visit() -> None:
    text = "Madame, vu votre attitude en salle d'attente, votre note ne nous surprend pas."
    assert SECRET in rules_alone(text, "avis-reponse")


def test_symptoms_taken_up_after_au_vu_de_are_a_diagnosis_of_her_case() -> None:
    text = "Madame, au vu de ce que vous décrivez, il s'agit d'une coque : il faudra changer vos implants."
    assert SECRET in rules_alone(text, "avis-reponse")


def test_the_carer_named_in_the_press_as_the_one_who_operated_confirms_the_care() -> None:
    text = "Questionné sur l'état du sénateur, le Dr Morin, qui l'a opéré, assure qu'il sortira lundi."
    assert SECRET in rules_alone(text, "presse")


def test_a_doctor_refusing_to_comment_on_a_public_figures_stay_is_not_a_breach() -> None:
    text = "Interrogé sur l'hospitalisation du maire, le Dr Morin dit ne pouvoir donner aucune information."
    assert SECRET not in rules_alone(text, "presse")


def test_a_relative_recovering_from_her_procedure_is_a_breach() -> None:
    text = (
        "Bon anniversaire à ma belle-sœur, qui se remet doucement de sa rhinoplastie faite par mon associé."
    )
    assert SECRET in rules_alone(text, "facebook")


def test_a_child_we_operated_met_again_is_a_breach() -> None:
    text = "Quelle joie de revoir le petit garçon que nous avions opéré d'une fente labiale à Dakar."
    assert SECRET in rules_alone(text, "linkedin")


def test_someone_known_seen_leaving_the_practice_bandaged_is_a_breach() -> None:
    text = "Devinez qui ? L'animatrice de la matinale sort du cabinet avec un pansement sur le nez 🤐"
    assert SECRET in rules_alone(text, "instagram")


def test_thanking_a_known_person_for_her_trust_during_her_stay_in_theatre_is_a_breach() -> None:
    text = "Merci à notre actrice préférée qui se reconnaîtra pour sa confiance lors de son passage au bloc."
    assert SECRET in rules_alone(text, "instagram")


def test_general_advice_about_eating_before_surgery_names_no_one() -> None:
    text = "Le jeûne s'applique à tout le monde avant une intervention, même pour une anesthésie locale."
    assert SECRET not in rules_alone(text, "instagram")


def test_a_first_name_alone_with_nothing_about_care_identifies_no_one() -> None:
    text = "Recommandation : doubler le budget Meta en novembre pour la période des fêtes."
    assert rules_alone(text, "autre") & {SECRET, DATA} == set()


def test_a_first_name_alone_tied_to_a_weight_loss_is_still_a_patient() -> None:
    text = "La réalité de nos patients bariatriques : -40 kg chez Kevin en un an."
    assert DATA in rules_alone(text, "facebook")
