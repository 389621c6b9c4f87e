"""Testimonials, before/after showcases, unproven claims, personal advice and unrecognised titles
(temoignage, avant-apres, pratique-non-validee, conseil-personnalise, titre-non-reconnu) in the
wordings of the ninth blind batch, judged by the rules alone: the learned reader is left out, so
these say what the constructions do."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# temoignage


@pytest.mark.parametrize(
    "text",
    [
        "🎙️ Podcast « Au bloc » – Épisode 4 : la rhinoplastie ultrasonique",
        "Émission « Santé en clair » — Saison 2 : les suites d'une abdominoplastie",
    ],
)
def test_a_quoted_title_followed_by_its_episode_is_no_signed_testimonial(text: str) -> None:
    assert "temoignage" not in rules_alone(text, "youtube")


def test_a_quote_signed_with_a_first_name_after_a_dash_is_still_a_testimonial() -> None:
    assert "temoignage" in rules_alone("« Je me sens enfin moi-même » — Camille", "instagram")


def test_replying_to_patients_messages_is_work_not_a_testimonial() -> None:
    text = "Consigne : l'assistante traite les messages Instagram des patients, rendez-vous seulement."
    assert "temoignage" not in rules_alone(text, "autre")


def test_patients_messages_shown_are_still_a_testimonial() -> None:
    assert "temoignage" in rules_alone(
        "Les plus beaux messages de nos patientes, en story à la une.", "instagram"
    )


def test_a_brand_name_ending_in_medical_is_not_a_patient_writing_to_us() -> None:
    text = "Toutes nos patientes repartent avec la gaine Lipoform Medical, à commander sur leur site."
    assert "temoignage" not in rules_alone(text, "site")


def test_a_patient_who_wrote_to_us_is_still_a_testimonial() -> None:
    assert "temoignage" in rules_alone("Une patiente nous a écrit ce matin un mot adorable.", "facebook")


def test_a_head_count_of_satisfied_patients_is_a_satisfaction_claim_not_a_testimonial() -> None:
    assert "temoignage" not in rules_alone("Plus de 2 500 patientes conquises depuis 2015.", "autre")


def test_a_patient_delighted_is_still_a_testimonial() -> None:
    assert "temoignage" in rules_alone("Résultat à J+30 : la patiente est ravie !", "instagram")


def test_a_practitioner_quoted_with_a_reporting_verb_after_the_quote_is_no_patient_praise() -> None:
    text = "« Avec cette voie d'abord, le résultat est parfait et durable », assure le médecin."
    assert "temoignage" not in rules_alone(text, "presse")


def test_what_patients_often_write_to_us_quoted_is_a_testimonial() -> None:
    text = "Ce que nous disent souvent nos patientes : « Si j'avais su, je l'aurais fait avant. »"
    assert "temoignage" in rules_alone(text, "message")


def test_a_thank_you_card_received_is_a_testimonial() -> None:
    text = "Petit mot de remerciement arrivé hier au cabinet, il nous touche beaucoup."
    assert "temoignage" in rules_alone(text, "facebook")


def test_praise_that_a_smile_was_given_back_quoted_is_a_testimonial() -> None:
    assert "temoignage" in rules_alone("« Vous m'avez redonné confiance, merci pour tout »", "x")


def test_a_quote_confided_by_one_of_the_patients_is_a_testimonial() -> None:
    text = (
        "Le service a opéré 500 femmes. « Je ne me suis jamais sentie aussi légère », raconte l'une d'elles."
    )
    assert "temoignage" in rules_alone(text, "presse")


def test_a_quote_by_a_doctor_with_a_reporting_verb_is_no_patient_testimonial() -> None:
    text = "« Le risque zéro n'existe pas », rappelle le Dr Martin."
    assert "temoignage" not in rules_alone(text, "presse")


# avant-apres


def test_a_beauty_hashtag_alone_is_no_before_after() -> None:
    text = "Le sérum à la vitamine C, je vous explique comment l'appliquer le matin 🍊 #skincare #glowup"
    assert "avant-apres" not in rules_alone(text, "tiktok")


def test_a_glow_up_spelt_out_after_a_procedure_is_a_before_after() -> None:
    assert "avant-apres" in rules_alone("Le glow up après une blépharoplastie 😍", "tiktok")


def test_a_checklist_for_before_and_after_the_operation_is_no_showcase() -> None:
    text = (
        "Avant/après l'intervention : ce qu'il faut préparer chez soi 🏠 glace, coussins, vêtements amples."
    )
    assert "avant-apres" not in rules_alone(text, "instagram")


def test_pictures_before_and_a_year_after_are_a_showcase() -> None:
    text = "Nouveaux cas en ligne : photos avant et 6 mois après, pour chaque type de nez."
    assert "avant-apres" in rules_alone(text, "facebook")


def test_a_carousel_without_pictures_or_results_nearby_is_only_a_format() -> None:
    text = "Pour le carrousel d'avril, raconter l'histoire d'une patiente qui a accepté, sans aucun visuel."
    assert "avant-apres" not in rules_alone(text, "autre")


def test_a_carousel_of_pictures_a_year_after_is_a_showcase() -> None:
    text = "Brief : pour le carrousel « 1 an après », reprendre les photos de face et de profil."
    assert "avant-apres" in rules_alone(text, "autre")


def test_the_transformation_of_the_week_is_a_showcase() -> None:
    assert "avant-apres" in rules_alone(
        "Transformation de la semaine ✨ génioplastie faite au cabinet", "tiktok"
    )


# pratique-non-validee


def test_a_product_used_on_every_patient_is_no_efficacy_claim() -> None:
    text = "Ce nouveau gel, je l'utilise depuis un mois sur toutes mes patientes après une lipo."
    assert "pratique-non-validee" not in rules_alone(text, "bluesky")


def test_an_effect_observed_on_every_patient_is_still_an_unproven_claim() -> None:
    text = "Le quartz accélère la cicatrisation, on l'observe chez toutes nos patientes."
    assert "pratique-non-validee" in rules_alone(text, "instagram")


def test_one_person_s_result_said_years_younger_is_no_unvalidated_practice() -> None:
    assert "pratique-non-validee" not in rules_alone(
        "Les paupières de Mme L. sont rajeunies de 10 ans.", "tiktok"
    )


def test_a_technique_that_replaces_surgery_and_is_validated_by_science_is_an_unproven_claim() -> None:
    text = "Les fils crantés qui remplacent la chirurgie, validés par la science !"
    assert "pratique-non-validee" in rules_alone(text, "tiktok")


def test_a_claim_that_a_technique_replaces_surgery_debunked_is_no_claim() -> None:
    text = "Les fils ne remplacent pas le lifting : l'effet est modeste et temporaire."
    assert "pratique-non-validee" not in rules_alone(text, "tiktok")


def test_one_s_own_work_as_the_seal_of_proof_is_an_unproven_claim() -> None:
    text = "Nos recherches l'ont prouvé : la lumière rouge fait disparaître les vergetures."
    assert "pratique-non-validee" in rules_alone(text, "linkedin")


def test_presenting_one_s_work_at_a_congress_is_no_claim() -> None:
    text = "Ravie d'avoir présenté nos travaux sur la récupération après chirurgie au congrès de la SOFCPRE."
    assert "pratique-non-validee" not in rules_alone(text, "linkedin")


# conseil-personnalise


def test_a_reminder_of_the_written_instructions_already_given_is_no_new_advice() -> None:
    text = "Rappel : la veille, évitez l'ibuprofène comme précisé dans le livret remis au cabinet."
    assert "conseil-personnalise" not in rules_alone(text, "message")


def test_a_new_drug_instruction_by_message_is_still_advice() -> None:
    text = "Prenez de l'ibuprofène ce soir pour le gonflement."
    assert "conseil-personnalise" in rules_alone(text, "message")


def test_a_decision_drawn_from_the_commenter_s_medical_history_is_personal_advice() -> None:
    text = "Réponse à Sandrine B. : avec vos antécédents d'embolie, il faudra des bas de contention."
    assert "conseil-personnalise" in rules_alone(text, "facebook")


def test_a_page_telling_every_reader_about_their_treatment_is_general_information() -> None:
    text = "Avec votre traitement anticoagulant, il faudra en parler au chirurgien lors de la consultation."
    assert "conseil-personnalise" not in rules_alone(text, "site")


# titre-non-reconnu


def test_a_ranking_s_category_is_no_title_of_one_s_own() -> None:
    text = "Le guide Top Santé nous classe parmi les 20 meilleurs chirurgiens esthétiques du pays."
    assert "titre-non-reconnu" not in rules_alone(text, "site")


def test_a_prize_s_name_is_no_title_of_one_s_own() -> None:
    text = "Fière de recevoir le prix du « meilleur médecin esthétique de l'année » 🏆"
    assert "titre-non-reconnu" not in rules_alone(text, "x")


def test_an_unrecognised_title_beside_the_name_is_still_claimed() -> None:
    assert "titre-non-reconnu" in rules_alone("Dr Lina Perret, chirurgien cosmétique à Lille.", "site")
