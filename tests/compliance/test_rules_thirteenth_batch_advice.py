"""Personal advice, before/after showcases, missing sources and unrecognised titles
(conseil-personnalise, avant-apres, sources-absentes, titre-non-reconnu) in the wording families of
the thirteenth batch, judged by the rules alone: the learned reader is left out, so these say what
the constructions do. Each family has a positive and its trap. The wordings are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# conseil-personnalise


@pytest.mark.parametrize(
    "text",
    [
        "[Réponse vidéo au commentaire « à 48 ans je tente la PKR ? »]\nToi, franchement : fais plutôt"
        " un implant multifocal.",
        "Réponse à ta question sur tes paupières : choisis une blépharoplastie, pas des fils.",
    ],
)
def test_an_act_chosen_for_one_commenter_in_the_imperative_is_advice(text: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, "tiktok")


@pytest.mark.parametrize(
    "text",
    [
        "[Réponse vidéo au commentaire « je fais le LASIK à quel âge ? »]\nOn en parle en détail dans la"
        " vidéo de jeudi, abonne-toi.",
        "Réponse à ton commentaire : fais un tour sur notre article sur la myopie, lien en bio.",
    ],
)
def test_a_commenter_pointed_to_a_video_or_an_article_gets_no_advice(text: str) -> None:
    assert "conseil-personnalise" not in rules_alone(text, "tiktok")


def test_a_reviewer_told_her_course_is_normal_at_this_stage_is_advised() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Bonjour Madame, merci pour votre message sur votre genou. Rassurez-vous, à ce stade c'est"
        " tout à fait attendu.",
        "avis-reponse",
    )


def test_paperwork_declared_normal_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Bonjour Madame, rassurez-vous, c'est normal que le remboursement prenne deux semaines.",
        "avis-reponse",
    )


def test_a_promise_on_a_named_surgeons_technique_answering_a_question_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Pour répondre à votre question : avec la méthode du Dr Lenoir, la prothèse dure toute la"
        " vie. Vous pouvez régler l'acompte en ligne.",
        "message",
    )


def test_a_reply_to_a_question_with_a_clinical_permission_is_still_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Pour répondre à votre question : vous pouvez reprendre la natation dès lundi.", "instagram"
    )


def test_a_chatbot_script_giving_a_dose_is_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Scénario du chatbot — branche « douleur après l'opération »\nSi la patiente écrit « j'ai mal"
        " au poignet » → réponse : « Prenez deux comprimés d'ibuprofène toutes les 8 h. »",
        "autre",
    )


def test_a_chatbot_script_giving_opening_hours_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Scénario du chatbot — branche « horaires »\nSi le patient demande quand appeler → réponse :"
        " « Le secrétariat répond du lundi au vendredi de 9 h à 17 h. »",
        "autre",
    )


def test_a_patient_recognised_on_a_newspaper_photo_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Bravo à notre nageur, de retour au bassin ! Vous l'avez vu sur la photo du journal ?",
        "facebook",
    )


def test_a_verdict_on_the_photo_sent_is_still_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Sur la photo, la cicatrice est bien fermée : vous pouvez retirer le pansement.", "message"
    )


# avant-apres


def test_a_deadline_written_as_a_date_is_no_before_after() -> None:
    assert "avant-apres" not in rules_alone(
        "Plus que 3 places avant le 15/01… après ça, rendez-vous au printemps !", "message"
    )


def test_before_and_after_set_against_each_other_with_a_slash_still_count() -> None:
    assert "avant-apres" in rules_alone("Avant / 6 mois après : le même profil, sans filtre.", "instagram")


def test_a_transformation_tag_on_a_recovery_story_is_no_before_after() -> None:
    assert "avant-apres" not in rules_alone(
        "POV : deux jours après ta greffe de dent, tu croques une pomme 🍏 #dentiste #transformation",
        "tiktok",
    )


def test_a_transformation_tag_beside_a_swipe_to_the_result_is_a_before_after() -> None:
    assert "avant-apres" in rules_alone(
        "Glisse pour voir ses paupières trois mois plus tard #transformation", "instagram"
    )


def test_a_swipe_through_patients_messages_is_no_before_after() -> None:
    assert "avant-apres" not in rules_alone(
        "Les petits mots reçus cette semaine 💌 (swipe ➡️)\n« merci pour tout »", "instagram"
    )


def test_a_swipe_to_the_result_is_still_a_before_after() -> None:
    assert "avant-apres" in rules_alone("Swipe pour voir le résultat à trois mois ➡️", "instagram")


# conseil-personnalise, second half


def test_a_drug_switch_relayed_in_a_group_of_patients_is_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "[Groupe WhatsApp « Opérées bypass janvier »] Secrétariat : Sonia, pour vos brûlures d'estomac,"
        " le Dr dit de passer au pantoprazole le soir.",
        "autre",
    )


def test_a_team_chat_about_a_stock_of_drugs_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Chat équipe bloc — il faut commander de l'ésoméprazole pour la pharmacie avant lundi.",
        "autre",
    )


def test_a_public_reply_naming_the_person_and_her_eligibility_is_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "En réponse à votre commentaire, Madame Perrin : avec votre tension et votre poids, vous êtes"
        " tout à fait éligible à la sleeve.",
        "linkedin",
    )


def test_eligibility_stated_for_every_reader_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Chirurgie de l'obésité : avec un IMC au-delà de 40, on est en général éligible au bypass,"
        " après un bilan pluridisciplinaire.",
        "linkedin",
    )


def test_a_refusal_to_answer_about_the_pain_described_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Bonjour Monsieur, nous ne pouvons pas vous conseiller par SMS sur la gêne que vous décrivez :"
        " le Dr vous rappelle dans l'après-midi.",
        "message",
    )


def test_a_verdict_on_the_pain_described_is_still_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "D'après ce que vous décrivez, c'est un hématome : mettez de la glace deux fois par jour.",
        "message",
    )


# avant-apres, second half


@pytest.mark.parametrize(
    "text",
    [
        "En fin de vidéo, je vous montre le ventre de deux patientes avant l'abdominoplastie puis à"
        " six mois.",
        "Planche 3 : vingt sourires photographiés le jour du premier rendez-vous puis un an après"
        " leurs facettes.",
    ],
)
def test_pictures_shown_before_an_act_then_at_a_later_time_are_a_before_after(text: str) -> None:
    assert "avant-apres" in rules_alone(text, "youtube")


def test_pictures_kept_in_the_medical_record_before_then_after_are_no_showcase() -> None:
    assert "avant-apres" not in rules_alone(
        "Des photos sont prises avant l'intervention puis à trois mois : elles restent dans votre"
        " dossier médical.",
        "site",
    )


def test_other_patients_results_sent_in_a_private_message_are_a_before_after() -> None:
    assert "avant-apres" in rules_alone(
        "Coucou ! Je t'envoie 4 photos de patientes qui avaient le même ventre que toi 👇",
        "message",
    )


def test_the_results_of_a_patient_survey_are_no_before_after() -> None:
    assert "avant-apres" not in rules_alone(
        "Voici les résultats de notre enquête de satisfaction sur l'accueil au cabinet.", "message"
    )


def test_a_red_flag_list_naming_before_after_pictures_is_no_showcase() -> None:
    assert "avant-apres" not in rules_alone(
        "Les signaux d'alerte avant de choisir ton chirurgien :\n🚩 il te montre des dizaines de"
        " photos avant/après\n🚩 il ne parle jamais des risques",
        "tiktok",
    )


def test_a_before_after_gallery_announced_by_the_practice_still_counts() -> None:
    assert "avant-apres" in rules_alone(
        "Nouveau sur le site : nos photos avant/après de rhinoplastie, mises à jour chaque mois.",
        "instagram",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Le chirurgien vous photographie avant l'intervention puis à 3 mois pour suivre la cicatrice.",
        "Les patientes sont photographiées avant l'intervention puis à trois mois.",
        "Le Dr vous montre les risques avant l'intervention puis à un mois lors du contrôle.",
    ],
)
def test_follow_up_pictures_taken_or_risks_shown_before_then_after_are_no_showcase(text: str) -> None:
    assert "avant-apres" not in rules_alone(text, "site")


def test_a_recovery_judged_at_its_stage_from_the_act_is_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Bonjour Madame, à trois semaines de votre lifting, c'est tout à fait attendu.", "avis-reponse"
    )


def test_a_file_declared_in_order_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Bonjour Madame, rassurez-vous, tout est normal dans votre dossier.", "avis-reponse"
    )
