"""Medical secrecy, patient data and testimonials (secret-medical, donnees-patient, temoignage) in the
families of wording met in the thirteenth batch, judged by the rules alone: the learned reader is left
out, so these say what the constructions do. Each family has its positive cases and its traps; the
wordings are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# temoignage: a maxim, a hotel's stars, a slide counter, a practice's own slogan are no testimonial


@pytest.mark.parametrize(
    "text",
    [
        "« Le meilleur chirurgien, c'est celle qui sait dire non. » Une phrase de mon ancienne cheffe.",
        "Le meilleur dentiste, c'est celui qui prend le temps d'expliquer : je le crois toujours.",
    ],
)
def test_a_maxim_about_the_best_surgeon_is_no_testimonial(text: str) -> None:
    assert "temoignage" not in rules_alone(text, "bluesky")


def test_a_patient_calling_us_the_best_surgeon_is_still_a_testimonial() -> None:
    text = "« Le meilleur chirurgien que j'ai rencontré, je recommande ! » — Agathe"
    assert "temoignage" in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Merci au congrès de Lisbonne pour l'hôtel cinq étoiles et le programme passionnant.",
        "Un séminaire d'équipe dans un hôtel 4 étoiles, et beaucoup de travail sur nos protocoles.",
    ],
)
def test_a_hotels_stars_are_no_rating(text: str) -> None:
    assert "temoignage" not in rules_alone(text, "linkedin")


def test_a_rating_of_the_practice_is_still_a_testimonial() -> None:
    assert "temoignage" in rules_alone("Noté 4,8/5 par nos patients sur Google, merci !", "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "[Réponse au commentaire « vous êtes la meilleure doc du monde »]\nMerci ! Le plus important reste "
        "de choisir quelqu'un en qui vous avez confiance.",
        "Réponse au commentaire : « au top cette vidéo » — merci, la suite arrive la semaine prochaine.",
    ],
)
def test_the_comment_a_reply_answers_is_not_shown_as_a_testimonial(text: str) -> None:
    assert "temoignage" not in rules_alone(text, "tiktok")


@pytest.mark.parametrize(
    "text",
    [
        "Carrousel sur la cicatrisation\n1/4 Combien de temps ? Un an environ.\n4/4 Soleil ? Écran total.",
        "Fil en 3 tweets\n2/3 Prévoir un accompagnant le jour J.\n3/3 Le retour au travail dépend du métier.",
    ],
)
def test_a_slide_counter_is_no_rating(text: str) -> None:
    assert "temoignage" not in rules_alone(text, "instagram")


def test_a_slogan_signed_by_the_practice_is_no_testimonial() -> None:
    text = "« Prenez soin de votre regard » — Clinique du Lac. Bilan sur rendez-vous."
    assert "temoignage" not in rules_alone(text, "autre")


def test_a_quote_signed_with_a_first_name_is_still_a_testimonial() -> None:
    text = "« Je me sens enfin bien dans ma peau » — Noémie"
    assert "temoignage" in rules_alone(text, "instagram")


# temoignage: a relative's or a patient's words announced, then quoted; a signature after an emoji


@pytest.mark.parametrize(
    "text",
    [
        "Pour vous rassurer, voici le message d'un papa : « Notre fils a retrouvé le sourire. »",
        "Et le joli mot d'une patiente : « je n'ai plus peur du miroir »",
    ],
)
def test_a_relatives_words_announced_then_quoted_are_a_testimonial(text: str) -> None:
    assert "temoignage" in rules_alone(text, "message")


def test_a_relatives_worry_told_without_quoting_is_no_testimonial() -> None:
    text = "Le message d'une maman revient souvent en consultation : la peur de l'anesthésie."
    assert "temoignage" not in rules_alone(text, "facebook")


def test_a_quote_signed_after_an_emoji_is_a_testimonial() -> None:
    text = "« Une équipe douce et patiente avec moi » 🌷 — Inès, 41 ans"
    assert "temoignage" in rules_alone(text, "instagram")


def test_a_transcript_header_before_a_dash_signs_nothing() -> None:
    text = "[Extrait — émission « Parlons santé »]\n— Faut-il se méfier des injections à domicile ?\n— Oui."
    assert "temoignage" not in rules_alone(text, "presse")


def test_the_best_surgeon_asked_and_turned_down_is_no_testimonial() -> None:
    text = "« Le meilleur praticien du département ? Cela ne veut rien dire », nous répond le Dr Amrani."
    assert "temoignage" not in rules_alone(text, "presse")


# temoignage: the count of reviews and their average, shown even in a review reply


@pytest.mark.parametrize(
    "text",
    [
        "Merci Léo ! Et pour les indécis : 340 avis et 4,8/5 sur Google, ça parle tout seul.",
        "Merci pour ce retour. Nos patients parlent pour nous, il suffit de lire la page.",
    ],
)
def test_reviews_counted_with_their_average_in_a_reply_are_a_testimonial(text: str) -> None:
    assert "temoignage" in rules_alone(text, "avis-reponse")


def test_thanking_a_reviewer_for_her_stars_in_the_reply_is_allowed() -> None:
    assert "temoignage" not in rules_alone("Merci pour vos cinq étoiles, Madame, à bientôt.", "avis-reponse")


# secret-medical: what one tells of a person in public that only her care could teach


@pytest.mark.parametrize(
    "text",
    [
        "Cette dame critique tout le monde, elle avait vu quatre chirurgiens avant nous.",
        "Franchement, il a consulté trois dermatologues avant de venir, et aucun ne lui convenait.",
    ],
)
def test_someone_said_to_have_seen_other_doctors_before_us_is_secret(text: str) -> None:
    assert "secret-medical" in rules_alone(text, "presse")


def test_patients_in_general_seeing_two_surgeons_is_no_secret() -> None:
    text = "Beaucoup de patientes consultent deux chirurgiens avant de se décider, et c'est très bien."
    assert "secret-medical" not in rules_alone(text, "presse")


@pytest.mark.parametrize(
    "text",
    [
        "Surprise au salon du livre : j'ai recroisé une ancienne patiente opérée des paupières, "
        "qui dédicaçait son roman !",
        "Rencontré à la mairie l'une de nos patientes de rhinoplastie, aujourd'hui adjointe au maire.",
    ],
)
def test_a_former_patient_met_in_public_with_her_procedure_is_secret(text: str) -> None:
    assert "secret-medical" in rules_alone(text, "linkedin")


def test_meeting_a_former_intern_tells_no_care() -> None:
    assert "secret-medical" not in rules_alone(
        "J'ai croisé un ancien interne au congrès, quel plaisir !", "linkedin"
    )


def test_someone_known_back_in_her_field_after_her_procedure_is_secret() -> None:
    text = "Bravo à notre capitaine de volley, de retour au gymnase deux mois après sa ligamentoplastie !"
    assert "secret-medical" in rules_alone(text, "facebook")


def test_when_an_athlete_may_go_back_after_the_procedure_is_general_information() -> None:
    text = "Un sportif reprend en général trois mois après une ligamentoplastie, selon le sport."
    assert "secret-medical" not in rules_alone(text, "facebook")


def test_thanking_a_commenter_for_her_words_on_her_procedure_is_secret() -> None:
    text = "Merci pour votre gentil commentaire sur votre blépharoplastie, je le mets en avant !"
    assert "secret-medical" in rules_alone(text, "youtube")


def test_refusing_to_give_an_opinion_on_someones_nose_reveals_nothing() -> None:
    text = "Je ne donne pas mon avis sur ton nez ici, cela se fait en consultation."
    assert "secret-medical" not in rules_alone(text, "tiktok")


def test_blaming_a_commenter_for_an_instruction_not_followed_is_secret() -> None:
    text = (
        "@mel_35 Quand on ne porte pas la gaine prescrite pendant un mois, on ne vient pas se plaindre après."
    )
    assert "secret-medical" in rules_alone(text, "instagram")


def test_what_happens_without_the_garment_is_general_information() -> None:
    text = "Quand on ne porte pas la gaine, l'œdème dure souvent plus longtemps."
    assert "secret-medical" not in rules_alone(text, "instagram")


def test_someone_close_said_unable_to_follow_a_prescription_is_secret() -> None:
    text = "« Vous avez raté la cicatrice de ma sœur » : ta sœur, elle ne sait pas suivre une ordonnance."
    assert "secret-medical" in rules_alone(text, "tiktok")


def test_how_to_read_a_prescription_is_general_information() -> None:
    text = "Une ordonnance se relit avec son pharmacien : elle ne doit laisser aucun doute."
    assert "secret-medical" not in rules_alone(text, "tiktok")


def test_a_relative_told_she_left_the_operating_room_is_secret() -> None:
    text = "Bonjour Monsieur, votre femme est bien sortie du bloc, tout s'est bien passé."
    assert "secret-medical" in rules_alone(text, "message")


def test_a_relative_told_where_to_wait_learns_no_care() -> None:
    text = "Bonjour Monsieur, la salle d'attente des accompagnants est au rez-de-chaussée."
    assert "secret-medical" not in rules_alone(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Madame, nous n'avons trouvé aucune trace de votre dossier ; vous vous trompez sans doute.",
        "Monsieur, vous confondez certainement avec un autre chirurgien de la ville.",
    ],
)
def test_telling_a_reviewer_she_never_came_is_secret(text: str) -> None:
    assert "secret-medical" in rules_alone(text, "avis-reponse")


def test_a_reviewer_confusing_two_techniques_is_no_secret() -> None:
    text = "Vous confondez peut-être deux techniques : nous restons à votre disposition pour en parler."
    assert "secret-medical" not in rules_alone(text, "avis-reponse")


def test_an_idiom_with_nose_confirms_no_care() -> None:
    text = "Monsieur, ce commentaire sent la rancune à plein nez ; nos tarifs sont affichés en ligne."
    assert "secret-medical" not in rules_alone(text, "avis-reponse")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Au congrès, j'ai présenté le cas de Mme Odile Ferrand, reprise pour une fracture du poignet.",
            "linkedin",
        ),
        ("Quelle joie de revoir la petite Maëlle au contrôle des 6 mois de ses oreilles !", "facebook"),
        ("« merci pour mes oreilles toutes neuves » — Enzo, 10 ans", "instagram"),
    ],
)
def test_a_named_patient_tied_to_her_care_is_secret(text: str, channel: str) -> None:
    rules = rules_alone(text, channel)
    assert "secret-medical" in rules and "donnees-patient" in rules


def test_a_commenter_answered_by_name_about_what_she_wrote_is_no_secret() -> None:
    text = "En réponse à votre message public, Mme Vasseur : avec votre diabète, le bypass se discute."
    rules = rules_alone(text, "linkedin")
    assert "secret-medical" not in rules and "donnees-patient" in rules


# donnees-patient: a duration is no age, the practice's number, a journalist, the reader's own file


def test_a_duration_in_a_signed_quote_is_no_age() -> None:
    text = "« J'ai attendu 15 ans avant d'oser » — Sylvie. Et vous ?"
    assert "donnees-patient" not in rules_alone(text, "facebook")


def test_a_first_name_with_her_age_is_still_data() -> None:
    assert "donnees-patient" in rules_alone("« Merci pour tout » — Sylvie, 52 ans, lifting", "facebook")


def test_the_number_to_move_an_appointment_is_the_practices() -> None:
    text = "Rappel : votre séance de laser est prévue mardi à 10h. Pour annuler : 03 00 00 00 00."
    assert "donnees-patient" not in rules_alone(text, "message")


def test_a_patients_number_to_move_her_appointment_is_data() -> None:
    text = "Pour déplacer le rendez-vous de la patiente, appelez-la au 06 41 52 63 74."
    assert "donnees-patient" in rules_alone(text, "autre")


def test_a_first_name_picked_out_among_the_patients_is_data() -> None:
    text = "Nos patientes opérées étaient là, dont Véronique, qui a raconté sa reconstruction."
    rules = rules_alone(text, "facebook")
    assert "donnees-patient" in rules and "secret-medical" in rules


def test_patients_at_an_event_without_a_name_are_no_data() -> None:
    text = "Plusieurs de nos patientes étaient là, dont une maman venue avec ses jumeaux."
    assert "donnees-patient" not in rules_alone(text, "facebook")


def test_the_journalist_signing_the_interview_is_no_patient() -> None:
    text = (
        "« Aucune intervention n'est anodine », rappelle le Dr Morel.\nPropos recueillis par Hélène Garcin."
    )
    assert "donnees-patient" not in rules_alone(text, "presse")


def test_the_clinics_address_beside_the_readers_own_file_is_the_practices() -> None:
    text = (
        "Le jour de votre intervention, présentez-vous à l'accueil de la clinique, 12 rue des Tilleuls, "
        "avec votre carte vitale et votre dossier d'anesthésie."
    )
    assert "donnees-patient" not in rules_alone(text, "site")


def test_a_relative_greeted_by_surname_about_his_wifes_implant_is_secrecy_not_data() -> None:
    # the man greeted is the addressee, not data; telling him of his wife's care breaks secrecy
    text = "Bonjour M. Perret, l'implant ICL de votre épouse est bien posé, elle sort à 17h."
    assert rules_alone(text, "message") & {"donnees-patient", "secret-medical"} == {"secret-medical"}
