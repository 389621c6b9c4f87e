"""Personal advice, before/after showcases, missing sources and unrecognised titles
(conseil-personnalise, avant-apres, sources-absentes, titre-non-reconnu) in the wording families of
the thirteenth batch, judged by the rules alone: the learned reader is left out, so these say what
the constructions do. Each family has a positive and its trap. The wordings are our own."""

from __future__ import annotations

import pytest

from vitrine.compliance import check


def _rules(text: str, channel: str = "instagram") -> set[str]:
    return {f.rule for f in check(text, channel=channel, learned=False).findings}


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
    assert "conseil-personnalise" in _rules(text, "tiktok")


@pytest.mark.parametrize(
    "text",
    [
        "[Réponse vidéo au commentaire « je fais le LASIK à quel âge ? »]\nOn en parle en détail dans la"
        " vidéo de jeudi, abonne-toi.",
        "Réponse à ton commentaire : fais un tour sur notre article sur la myopie, lien en bio.",
    ],
)
def test_a_commenter_pointed_to_a_video_or_an_article_gets_no_advice(text: str) -> None:
    assert "conseil-personnalise" not in _rules(text, "tiktok")


def test_a_reviewer_told_her_course_is_normal_at_this_stage_is_advised() -> None:
    assert "conseil-personnalise" in _rules(
        "Bonjour Madame, merci pour votre message sur votre genou. Rassurez-vous, à ce stade c'est"
        " tout à fait attendu.",
        "avis-reponse",
    )


def test_paperwork_declared_normal_is_no_advice() -> None:
    assert "conseil-personnalise" not in _rules(
        "Bonjour Madame, rassurez-vous, c'est normal que le remboursement prenne deux semaines.",
        "avis-reponse",
    )


def test_a_promise_on_a_named_surgeons_technique_answering_a_question_is_no_advice() -> None:
    assert "conseil-personnalise" not in _rules(
        "Pour répondre à votre question : avec la méthode du Dr Lenoir, la prothèse dure toute la"
        " vie. Vous pouvez régler l'acompte en ligne.",
        "message",
    )


def test_a_reply_to_a_question_with_a_clinical_permission_is_still_advice() -> None:
    assert "conseil-personnalise" in _rules(
        "Pour répondre à votre question : vous pouvez reprendre la natation dès lundi.", "instagram"
    )


def test_a_chatbot_script_giving_a_dose_is_advice() -> None:
    assert "conseil-personnalise" in _rules(
        "Scénario du chatbot — branche « douleur après l'opération »\nSi la patiente écrit « j'ai mal"
        " au poignet » → réponse : « Prenez deux comprimés d'ibuprofène toutes les 8 h. »",
        "autre",
    )


def test_a_chatbot_script_giving_opening_hours_is_no_advice() -> None:
    assert "conseil-personnalise" not in _rules(
        "Scénario du chatbot — branche « horaires »\nSi le patient demande quand appeler → réponse :"
        " « Le secrétariat répond du lundi au vendredi de 9 h à 17 h. »",
        "autre",
    )


def test_a_patient_recognised_on_a_newspaper_photo_is_no_advice() -> None:
    assert "conseil-personnalise" not in _rules(
        "Bravo à notre nageur, de retour au bassin ! Vous l'avez vu sur la photo du journal ?",
        "facebook",
    )


def test_a_verdict_on_the_photo_sent_is_still_advice() -> None:
    assert "conseil-personnalise" in _rules(
        "Sur la photo, la cicatrice est bien fermée : vous pouvez retirer le pansement.", "message"
    )


# avant-apres


def test_a_deadline_written_as_a_date_is_no_before_after() -> None:
    assert "avant-apres" not in _rules(
        "Plus que 3 places avant le 15/01… après ça, rendez-vous au printemps !", "message"
    )


def test_before_and_after_set_against_each_other_with_a_slash_still_count() -> None:
    assert "avant-apres" in _rules("Avant / 6 mois après : le même profil, sans filtre.", "instagram")


def test_a_transformation_tag_on_a_recovery_story_is_no_before_after() -> None:
    assert "avant-apres" not in _rules(
        "POV : deux jours après ta greffe de dent, tu croques une pomme 🍏 #dentiste #transformation",
        "tiktok",
    )


def test_a_transformation_tag_beside_a_swipe_to_the_result_is_a_before_after() -> None:
    assert "avant-apres" in _rules(
        "Glisse pour voir ses paupières trois mois plus tard #transformation", "instagram"
    )


def test_a_swipe_through_patients_messages_is_no_before_after() -> None:
    assert "avant-apres" not in _rules(
        "Les petits mots reçus cette semaine 💌 (swipe ➡️)\n« merci pour tout »", "instagram"
    )


def test_a_swipe_to_the_result_is_still_a_before_after() -> None:
    assert "avant-apres" in _rules("Swipe pour voir le résultat à trois mois ➡️", "instagram")
