"""Medical secrecy, patient data and testimonials (secret-medical, donnees-patient, temoignage) in the
families of wording met in the twelfth batch, judged by the rules alone: the learned reader is left
out, so these say what the constructions do. Each family has its positive cases and its traps; the
wordings are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# temoignage: patients' words quoted as proof of what the practice says


@pytest.mark.parametrize(
    "text",
    [
        "Mes patientes le disent mieux que moi : « je me sens enfin bien dans ma peau ».",
        "Les familles nous le disent toutes : « on aurait dû venir plus tôt ».",
        "Les parents me le répètent : « il ose enfin attacher ses cheveux »",
    ],
)
def test_patients_words_quoted_as_proof_are_a_testimonial(text: str) -> None:
    assert "temoignage" in rules_alone(text, "facebook")


def test_what_patients_tell_others_without_being_quoted_is_no_testimonial() -> None:
    text = "Les patientes le disent à leur médecin traitant : elles redoutent surtout la douleur."
    assert "temoignage" not in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "06:10 Le témoignage de Lina, 27 ans",
        "Chapitre 3 : l'histoire d'Oscar, 8 ans, et de son papa",
    ],
)
def test_a_patient_story_announced_with_her_first_name_and_age_is_a_testimonial(text: str) -> None:
    assert "temoignage" in rules_alone(text, "youtube")


def test_a_patient_message_read_at_her_request_is_a_testimonial() -> None:
    text = "Une patiente m'a autorisée à partager son petit mot, le voici : « je revis »"
    assert "temoignage" in rules_alone(text, "tiktok")


@pytest.mark.parametrize(
    "text",
    [
        "Nous lisons tous vos messages attentivement, sans pouvoir répondre à chacun.",
        "Je lis vos témoignages sur ce groupe avec attention ; voici une fiche générale sur les suites.",
    ],
)
def test_reading_patients_messages_privately_shows_no_testimonial(text: str) -> None:
    assert "temoignage" not in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Décision de l'équipe : retrait des posts « merci docteur » du fil d'actualité.",
        "Je vois passer trop de reels « merci docteur » chez des confrères, attention à la déontologie.",
    ],
)
def test_thank_you_posts_removed_or_seen_elsewhere_are_not_shown(text: str) -> None:
    assert "temoignage" not in rules_alone(text, "linkedin")


# donnees-patient: a patient's own handle beside her procedure


@pytest.mark.parametrize(
    "text",
    [
        "Contente que ta rhinoplastie te plaise autant @marie_dsn ✨",
        "Story partagée de @clem.in.paris : « trop fière de ma nouvelle poitrine »",
    ],
)
def test_a_patient_handle_beside_her_procedure_is_identifying(text: str) -> None:
    assert "donnees-patient" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Merci @dr.lucas.chir pour ton aide sur cette rhinoplastie.",
        "En collaboration avec @glowlab pour tes cicatrices : code promo en bio.",
        "Bienvenue à @sarah.k dans l'équipe du secrétariat !",
    ],
)
def test_a_practitioner_brand_or_staff_handle_is_no_patient_data(text: str) -> None:
    assert "donnees-patient" not in rules_alone(text)


def test_a_celebrity_brought_in_photos_as_a_model_is_no_patient() -> None:
    text = "Celles qui viennent en consult avec 10 photos de Bella H. 😅 parlons de ce qui est réaliste."
    assert {"donnees-patient", "secret-medical"}.isdisjoint(rules_alone(text, "tiktok"))


# secret-medical


def test_a_public_figure_said_to_have_left_happy_with_her_surgery_is_revealed() -> None:
    text = "Vous connaissez l'animatrice de la matinale ? Elle est sortie ravie de son lifting, croyez-moi."
    assert "secret-medical" in rules_alone(text, "presse")


def test_a_public_figure_named_without_care_reveals_nothing() -> None:
    text = "L'animatrice de la matinale m'a interviewé sur le lifting ; elle est ravie de l'émission."
    assert "secret-medical" not in rules_alone(text, "presse")


def test_a_reposted_patient_handle_with_her_procedure_reveals_her_care() -> None:
    text = "Regram 💖 @ines.travel : « trop contente de mon lifting, merci à toute l'équipe »"
    assert "secret-medical" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Curieux, venant d'une patiente qui voulait absolument avoir les lèvres d'une influenceuse.",
        "Ce commentaire vient de quelqu'un qui voulait ressembler à une star de téléréalité.",
    ],
)
def test_a_reply_telling_what_the_reviewer_wanted_confirms_she_came(text: str) -> None:
    assert "secret-medical" in rules_alone(text, "avis-reponse")


def test_a_reply_about_anyone_who_wants_an_opinion_confirms_nothing() -> None:
    text = "Toute personne qui souhaitait avoir un second avis peut contacter le secrétariat."
    assert "secret-medical" not in rules_alone(text, "avis-reponse")


def test_a_patient_anecdote_pinned_by_a_day_of_her_life_reveals_her() -> None:
    text = "Storytime : la cliente qui a fait sa lipo la veille de son mariage, robe comprise 😂"
    assert "secret-medical" in rules_alone(text, "tiktok")


def test_an_anecdote_about_a_question_reveals_no_care() -> None:
    text = "Storytime : la patiente qui m'a posé la question la plus drôle sur l'anesthésie"
    assert "secret-medical" not in rules_alone(text, "tiktok")


# secret-medical: the care team's notes stay inside; handing a patient to the agency does not


@pytest.mark.parametrize(
    "text",
    [
        "Appel 9h40 — Mme Odile Ferrand, 06 12 45 78 90, abdominoplastie le 12/05, fièvre depuis ce matin.",
        "[Chat secrétariat] Tu peux rappeler M. Yannick Morel pour avancer sa blépharoplastie ?",
    ],
)
def test_a_care_team_note_about_a_patient_is_no_breach_of_secrecy(text: str) -> None:
    assert "secret-medical" not in rules_alone(text, "autre")


@pytest.mark.parametrize(
    "text",
    [
        "Brief agence : pour le carrousel, prendre les photos de Mme Inès Garnier (otoplastie, J+30).",
        "[WhatsApp cabinet / CM] Mets en story le reel de Mme Lola Berthet (lèvres, J+10) avec son prénom.",
    ],
)
def test_a_patient_handed_to_the_agency_for_a_post_is_a_breach_of_secrecy(text: str) -> None:
    assert "secret-medical" in rules_alone(text, "autre")


# secret-medical and donnees-patient in review replies


def test_a_reply_about_her_injection_reveals_her_care() -> None:
    text = "Madame, vous avez repris le tennis trois jours après votre infiltration de l'épaule."
    assert "secret-medical" in rules_alone(text, "avis-reponse")


def test_a_condition_that_presupposes_her_symptom_still_reveals_it() -> None:
    text = "Bonjour Sophie, si votre œil est toujours sec un mois après le LASIK, gardez les larmes."
    assert {"secret-medical", "donnees-patient"} <= rules_alone(text, "avis-reponse")


def test_a_condition_open_to_anyone_reveals_nothing() -> None:
    text = "Si vos douleurs persistent, n'hésitez pas à contacter le secrétariat."
    assert "secret-medical" not in rules_alone(text, "avis-reponse")


# donnees-patient: places and professionals are not patients


def test_a_city_after_a_congress_is_no_person() -> None:
    text = "Table ronde au congrès de Rennes : comment parler des complications sans trahir le secret ?"
    assert {"donnees-patient", "secret-medical"}.isdisjoint(rules_alone(text, "linkedin"))


def test_a_pharmacist_thanked_with_her_team_is_no_patient() -> None:
    text = "Merci à Nathalie et toute son équipe : la pharmacie a les gaines post-op conseillées."
    assert {"donnees-patient", "secret-medical"}.isdisjoint(rules_alone(text, "facebook"))


def test_a_trade_slogan_in_quotes_is_no_testimonial() -> None:
    text = "« Satisfaite ou remboursée » pour une lipo ? Méfiance : aucun chirurgien ne peut promettre ça."
    assert "temoignage" not in rules_alone(text, "tiktok")
