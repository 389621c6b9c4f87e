"""Personal advice, testimonials, before/after showcases, unproven claims, missing sources and
unrecognised titles (conseil-personnalise, temoignage, avant-apres, pratique-non-validee,
sources-absentes, titre-non-reconnu) in the wordings of the eighth blind batch, judged by the rules
alone: the learned reader is left out, so these say what the constructions do."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# conseil-personnalise


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Réponse à @nina_rx : tu peux reprendre la piscine dans deux semaines, pas avant.", "instagram"),
        ("Réponse à @paul.d : la 46 est à extraire, et pense à un bridge ensuite.", "bluesky"),
        ("Réponse à @anais_b : pas la peine de tenter les injections, il te faut une blépharo.", "tiktok"),
    ],
)
def test_a_reply_to_an_account_that_decides_its_care_is_personal_advice(text: str, channel: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, channel)


def test_a_reply_to_an_account_that_only_points_to_a_video_is_no_advice() -> None:
    text = "Réponse à @nina_rx : tu peux retrouver la vidéo sur les suites de rhinoplastie en bio."
    assert "conseil-personnalise" not in rules_alone(text, "instagram")


def test_a_verdict_drawn_from_the_addressee_s_morphology_is_personal_advice() -> None:
    text = "@lou_m oui, vu ta morpho sur la story, des implants de 250 cc passeront très bien."
    assert "conseil-personnalise" in rules_alone(text, "tiktok")


def test_a_negated_drug_instruction_with_a_schedule_to_an_account_is_personal_advice() -> None:
    text = "@marc_t non, ne prends pas ton aspirine avant l'opération, arrête-la 7 jours avant."
    assert "conseil-personnalise" in rules_alone(text, "x")


def test_an_invitation_to_come_does_not_undo_a_verdict_given_to_an_account() -> None:
    text = "@Julie Martin à votre âge un peu de toxine suffira pour vos rides, venez me voir."
    assert "conseil-personnalise" in rules_alone(text, "facebook")


def test_an_invitation_to_come_alone_is_no_advice() -> None:
    text = "@Julie Martin pour répondre à votre question, venez me voir en consultation."
    assert "conseil-personnalise" not in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Pour la douleur, vous pouvez monter à 3 comprimés de paracétamol par jour.",
        "Si la mèche gêne encore, retirez-la vous-même doucement.",
        "Enlevez les fils du genou samedi, la plaie est propre.",
        "Mettez des steri-strips sur la plaie et évitez la douche deux jours.",
    ],
)
def test_a_dose_or_a_wound_gesture_given_by_message_is_personal_advice(text: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, "message")


def test_removing_a_dressing_at_the_next_appointment_is_logistics() -> None:
    text = "L'infirmière retirera le pansement lors de votre rendez-vous de mardi, au cabinet."
    assert "conseil-personnalise" not in rules_alone(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Ne vous inquiétez pas pour la cicatrice, avec le Dr Morel elle sera très fine, c'est certain.",
        "Pas d'inquiétude pour la douleur : c'est sans douleur et vous n'aurez aucun bleu.",
    ],
)
def test_reassurance_that_rests_on_a_promise_is_a_guarantee_not_advice(text: str) -> None:
    assert "conseil-personnalise" not in rules_alone(text, "message")


def test_reassurance_with_a_care_instruction_is_still_advice() -> None:
    text = "Ne vous inquiétez pas pour le gonflement, mettez de la glace 3 fois par jour."
    assert "conseil-personnalise" in rules_alone(text, "message")


def test_advising_viewers_to_ask_for_the_studies_is_no_clinical_advice() -> None:
    text = "Avant de payer une cure de cryolipolyse, je vous conseille de demander les études au praticien."
    assert "conseil-personnalise" not in rules_alone(text, "youtube")


# temoignage


@pytest.mark.parametrize(
    "text",
    [
        "Une patiente m'a écrit hier pour savoir si elle pouvait se maquiller après sa blépharoplastie.",
        "Quand un patient me dit qu'il a vu une vidéo sur TikTok, je respire un grand coup.",
    ],
)
def test_a_patient_s_question_or_remark_is_no_testimonial(text: str) -> None:
    assert "temoignage" not in rules_alone(text, "linkedin")


def test_a_patient_s_words_of_thanks_are_still_a_testimonial() -> None:
    text = "Une patiente m'a écrit ce matin pour me remercier de lui avoir rendu confiance."
    assert "temoignage" in rules_alone(text, "linkedin")


def test_comments_hidden_by_the_agency_are_not_shown() -> None:
    text = "Bilan du mois : trois avis de patients supprimés car ils citaient des traitements."
    assert "temoignage" not in rules_alone(text, "autre")


def test_a_thank_you_gift_brought_by_a_treated_child_is_a_testimonial() -> None:
    text = "Le petit Hugo, opéré des amygdales en mai, est passé nous voir avec une carte pleine de cœurs."
    assert "temoignage" in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "En quatrième de couverture : « Ce médecin m'a sauvé la vie » (un patient).",
        "« Ma peau n'a jamais été aussi belle depuis les séances » (Claire).",
        "Leurs retours : « Grâce au Dr Roussel j'ai retrouvé le sommeil », « une équipe à l'écoute ».",
    ],
)
def test_a_quote_praising_the_practitioner_or_signed_by_a_patient_is_a_testimonial(text: str) -> None:
    assert "temoignage" in rules_alone(text, "presse")


def test_a_quoted_title_with_its_source_in_brackets_is_no_testimonial() -> None:
    text = "« Toxine botulique et migraine : état des lieux » (Cochrane), à lire avant de décider."
    assert "temoignage" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    "text",
    [
        "Nos patientes en parlent : lien vers la page en bio.",
        "Retrouvez toutes nos évaluations Google sur notre fiche.",
    ],
)
def test_patients_speaking_of_the_practice_and_its_google_evaluations_are_testimonials(text: str) -> None:
    assert "temoignage" in rules_alone(text, "site")


# avant-apres


def test_captions_before_and_after_on_two_lines_may_end_with_punctuation() -> None:
    text = "[sous-titres]\nle jour de l'opération\navant…\net maintenant APRÈS !!! 😍"
    assert "avant-apres" in rules_alone(text, "tiktok")


def test_the_two_sides_of_a_picture_set_against_each_other_are_a_before_after() -> None:
    assert "avant-apres" in rules_alone("Le nouveau sourire de Karim (image de gauche vs droite) 🔥", "x")


def test_a_post_op_point_in_time_then_a_body_part_to_look_at_is_a_showcase() -> None:
    assert "avant-apres" in rules_alone("6 semaines post-op, admirez ce profil ✨", "instagram")


def test_a_follow_up_shown_from_one_point_in_time_to_another_is_a_showcase() -> None:
    text = "Je vous montre la repousse chez un patient, photo par photo, de M0 à M9."
    assert "avant-apres" in rules_alone(text, "youtube")


def test_wearing_a_garment_from_one_day_to_another_is_no_showcase() -> None:
    text = "Portez la gaine jour et nuit de J0 à J30, puis la journée seulement."
    assert "avant-apres" not in rules_alone(text, "site")


def test_a_boosted_carousel_in_an_ad_report_is_no_before_after() -> None:
    text = "Boost Facebook du carrousel blépharoplastie : 150 € dépensés, portée x3."
    assert "avant-apres" not in rules_alone(text, "autre")


# sources-absentes

_DENTAL = (
    "Les facettes dentaires sont de fines pellicules de céramique collées sur la face visible des dents. "
    "Elles corrigent une couleur, une forme ou un petit espace entre deux dents. Leur pose impose souvent "
    "de meuler un peu l'émail, ce qui est irréversible : on ne revient pas en arrière. Les facettes en "
    "composite coûtent moins cher mais se tachent et s'usent plus vite ; la céramique dure plus longtemps. "
    "Avant de se décider, il faut soigner les caries et les gencives, et discuter d'un blanchiment, "
    "parfois suffisant. Une dent dévitalisée peut foncer avec le temps et demander une autre solution. "
    "Chaque bouche est différente et le choix se fait avec votre dentiste, après un examen complet."
    " Chaque situation est différente : le choix du traitement se discute en consultation, après un "
    "examen complet et un bilan des antécédents de chaque personne."
)


def test_a_long_undated_unsourced_dental_explainer_lacks_sources() -> None:
    assert "sources-absentes" in rules_alone(_DENTAL, "youtube")


def test_the_same_dental_explainer_dated_and_sourced_is_compliant() -> None:
    text = _DENTAL + " Mis à jour le 4 mars 2025. Sources : HAS, Union française pour la santé bucco-dentaire"
    assert "sources-absentes" not in rules_alone(text, "youtube")


def test_a_long_fat_reduction_page_without_date_or_sources_lacks_sources() -> None:
    text = (
        "La cryolipolyse refroidit les cellules graisseuses situées sous la peau pour les éliminer. "
        "Elle s'adresse aux amas de graisse localisés, pas à la cellulite ni au surpoids. Une séance dure "
        "une heure ; la zone traitée reste engourdie quelques jours. Les effets secondaires sont en général "
        "modérés : rougeur, sensibilité, parfois une douleur retardée. Plus rarement, la graisse augmente "
        "au lieu de diminuer dans la zone traitée, ce qui peut demander un lipofilling ou une liposuccion. "
        "Le résultat apparaît en deux à trois mois, le temps que l'organisme élimine les cellules détruites. "
        "Une alimentation équilibrée et une activité physique régulière restent indispensables ensuite."
        " Chaque situation est différente : le choix du traitement se discute en consultation, après un "
        "examen complet et un bilan des antécédents de chaque personne."
    )
    assert "sources-absentes" in rules_alone(text, "site")
