"""Promises, self-praise and unvalidated claims (garantie-resultat, superlatif, pratique-non-validee)
in the kinds of wording met in the thirteenth batch, judged by the rules alone: the learned reader
is left out, so these say what the constructions do. Each family has a positive and its trap. The
sentences are our own, not the batch's."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# garantie-resultat


@pytest.mark.parametrize(
    "text",
    [
        "Votre cicatrice vous inquiète ? Pas de panique : à six mois, elle aura complètement disparu.",
        "Ces vergetures seront entièrement effacées au printemps.",
    ],
)
def test_a_mark_told_to_vanish_entirely_is_a_promise(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text, "avis-reponse")


@pytest.mark.parametrize(
    "text",
    [
        "Une cicatrice n'aura jamais complètement disparu : elle s'estompe avec les mois.",
        "Le plus souvent, la marque rouge aura totalement disparu au bout d'un an.",
        "Elle sera entièrement remboursée par la Sécurité sociale.",
    ],
)
def test_a_mark_that_fades_or_a_hedged_healing_is_information(text: str) -> None:
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_a_perfect_outcome_from_the_next_day_as_ad_copy_is_a_promise() -> None:
    text = "Chirurgie réfractive : vision nette dès le lendemain 👓"
    assert "garantie-resultat" in rules_alone(text, "facebook")


def test_sight_that_is_often_blurred_the_next_day_is_information() -> None:
    text = "Vision floue dès le lendemain pendant quelques jours : c'est normal, elle se stabilise."
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_a_qualified_outcome_for_good_without_a_determiner_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone("Dentition neuve en une journée, et pour la vie 😁", "x")


def test_perfect_sight_promised_to_the_reader_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone(
        "Opéré le matin, vous repartez avec 10/10 le soir même.", "presse"
    )


def test_sight_measured_at_a_check_up_is_information() -> None:
    text = "À la visite du premier mois, l'acuité visuelle est mesurée : 10/10 est l'objectif habituel."
    assert "garantie-resultat" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    "text",
    [
        "Avec cette technique, vous n'aurez jamais besoin de reprise.",
        "Après l'implant, plus jamais de lunettes pour lire !",
    ],
)
def test_never_needing_an_aid_or_a_redo_is_a_promise(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text, "youtube")


def test_an_aid_still_needed_after_the_act_is_information() -> None:
    text = "Vers 45 ans, des lunettes de lecture redeviennent souvent nécessaires, même après un LASIK."
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_the_answer_to_an_often_asked_question_is_the_doctors_own_claim() -> None:
    text = "On me demande souvent pourquoi je suis plus cher : parce qu'avec moi le résultat est garanti."
    assert "garantie-resultat" in rules_alone(text, "youtube")


def test_an_often_asked_promise_answered_honestly_is_no_promise() -> None:
    text = "On me demande souvent si le résultat est garanti : non, aucun chirurgien ne peut le garantir."
    assert "garantie-resultat" not in rules_alone(text, "youtube")


def test_a_quoted_question_answered_no_is_no_promise() -> None:
    text = "« C'est garanti à vie ? » 😅 Ma réponse franche : non. Rien n'est garanti en chirurgie."
    assert "garantie-resultat" not in rules_alone(text, "tiktok")


def test_a_painless_act_with_painful_aftermath_is_honest_information() -> None:
    text = "L'anesthésie locale rend le geste indolore, mais les jours suivants sont parfois douloureux."
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_a_painless_act_alone_is_still_a_promise() -> None:
    assert "garantie-resultat" in rules_alone(
        "Le geste est totalement indolore, mais aussi très rapide.", "site"
    )


def test_an_unvalidated_remedy_erasing_scars_is_an_unconfirmed_claim_not_a_promise() -> None:
    rules = rules_alone(
        "Nos séances d'exosomes effacent totalement les vergetures, même anciennes.", "youtube"
    )
    assert "pratique-non-validee" in rules
    assert "garantie-resultat" not in rules


def test_an_effect_timed_in_sessions_stays_a_promise() -> None:
    text = "La carboxythérapie élimine la cellulite définitivement en 4 séances."
    assert "garantie-resultat" in rules_alone(text, "instagram")


# superlatif


def test_no_patient_ever_left_with_a_harm_is_a_track_record() -> None:
    text = "Depuis dix ans, aucune patiente n'est ressortie de chez nous avec une douleur persistante."
    assert "superlatif" in rules_alone(text, "autre")


def test_a_harm_that_patients_may_keep_is_information() -> None:
    text = "Certains patients gardent une gêne résiduelle quelques mois après un canal carpien."
    assert "superlatif" not in rules_alone(text, "site")


def test_one_of_the_few_practices_is_self_praise() -> None:
    text = "Notre cabinet est l'une des rares structures du département où l'on opère sous hypnose."
    assert "superlatif" in rules_alone(text, "linkedin")


def test_one_of_the_rare_cases_is_information() -> None:
    text = "C'est l'un des rares cas où une seconde intervention est nécessaire."
    assert "superlatif" not in rules_alone(text, "site")


def test_the_recourse_centre_of_a_whole_territory_is_self_praise() -> None:
    text = "Notre service est aujourd'hui le centre de recours de toute la région pour les brûlures."
    assert "superlatif" in rules_alone(text, "presse")


def test_a_recourse_centre_named_to_direct_patients_is_information() -> None:
    text = "En cas de brûlure grave, le SAMU vous oriente vers le centre de traitement des brûlés."
    assert "superlatif" not in rules_alone(text, "site")


def test_results_that_made_the_practices_name_are_self_praise() -> None:
    text = "Des paupières reposées sans air figé : c'est ce qui a fait notre réputation."
    assert "superlatif" in rules_alone(text, "youtube")


def test_a_reputation_not_to_be_trusted_is_information() -> None:
    text = "Ne choisissez pas un chirurgien sur sa réputation en ligne : vérifiez sa qualification."
    assert "superlatif" not in rules_alone(text, "site")


# pratique-non-validee


@pytest.mark.parametrize(
    "text",
    [
        "Ce complément au collagène hydrolysé reconstruit vos articulations en deux mois.",
        "Mes gélules préférées régénèrent les tendons après le sport.",
    ],
)
def test_a_supplement_said_to_rebuild_a_tissue_is_an_unconfirmed_claim(text: str) -> None:
    assert "pratique-non-validee" in rules_alone(text, "facebook")


def test_a_supplement_that_does_not_rebuild_cartilage_is_information() -> None:
    text = "Aucun complément ne reconstruit le cartilage : méfiez-vous des promesses en ligne."
    assert "pratique-non-validee" not in rules_alone(text, "facebook")


# Second half of the batch: garantie-resultat


def test_the_outcome_announced_as_what_the_reader_gets_is_a_promise() -> None:
    text = "Des paupières reposées, un regard ouvert : c'est exactement ce que vous obtiendrez."
    assert "garantie-resultat" in rules_alone(text, "site")


def test_what_the_reader_will_pay_is_no_promise() -> None:
    text = "Le devis détaille les honoraires : c'est ce que vous aurez à régler le jour de l'intervention."
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_the_only_sensation_promised_is_a_promise() -> None:
    text = "Pendant la séance, tu ne sentiras qu'un petit picotement."
    assert "garantie-resultat" in rules_alone(text, "tiktok")


def test_a_sensation_told_for_most_patients_is_information() -> None:
    text = "Vous ne sentirez qu'une légère chaleur dans la plupart des cas, parfois un picotement plus vif."
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_failure_ruled_out_by_the_offer_is_a_promise() -> None:
    text = "Si la tache revient, la séance suivante est pour nous : vous ne pouvez pas perdre."
    assert "garantie-resultat" in rules_alone(text, "site")


def test_satisfied_or_treated_again_is_a_guarantee() -> None:
    text = "Épilation définitive : satisfaite ou retraitée gratuitement."
    assert "garantie-resultat" in rules_alone(text, "site")


def test_never_coming_back_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone(
        "Avec ma technique, vous n'aurez pas besoin de revenir.", "tiktok"
    )


def test_no_visit_needed_to_remove_stitches_is_logistics() -> None:
    text = "Les fils sont résorbables : vous n'aurez pas besoin de revenir pour les retirer."
    assert "garantie-resultat" not in rules_alone(text, "message")


def test_saying_goodbye_to_hair_for_good_is_a_promise() -> None:
    text = "Quatre séances et vous dites adieu aux poils pour toujours."
    assert "garantie-resultat" in rules_alone(text, "instagram")


def test_saying_goodbye_to_tobacco_for_good_is_advice() -> None:
    text = "Avant l'opération, dites adieu au tabac pour de bon : la cicatrisation en dépend."
    assert "garantie-resultat" not in rules_alone(text, "instagram")


def test_without_an_imposed_brand_is_no_promise_about_marks() -> None:
    text = "Une crème cicatrisante vous sera prescrite, sans marque imposée : demandez à votre pharmacien."
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_an_unvalidated_regeneration_with_years_erased_stays_an_unconfirmed_claim() -> None:
    text = "Les exosomes ? En deux séances, on régénère la peau et on efface dix ans."
    rules = rules_alone(text, "instagram")
    assert "pratique-non-validee" in rules
    assert "garantie-resultat" not in rules


# Second half of the batch: superlatif


def test_a_ranking_among_the_first_few_is_self_praise() -> None:
    text = "Notre clinique classée parmi les 5 premières de France par un magazine, merci à l'équipe."
    assert "superlatif" in rules_alone(text, "linkedin")


def test_a_section_titled_with_our_finest_results_is_self_praise() -> None:
    text = "Plaquette du cabinet. Rubrique : « Nos plus belles réalisations » — huit visages à un an."
    assert "superlatif" in rules_alone(text, "autre")


def test_mastery_like_nobody_else_is_self_praise() -> None:
    assert "superlatif" in rules_alone(
        "Le lipofilling, on le maîtrise comme personne en Bretagne.", "facebook"
    )


def test_the_team_that_excels_is_self_praise() -> None:
    assert "superlatif" in rules_alone(
        "La reconstruction du sein : un domaine où notre équipe excelle.", "site"
    )


def test_a_know_how_praised_by_our_patients_is_self_praise() -> None:
    text = "Une expertise que nos patients ne cessent de saluer depuis vingt ans."
    assert "superlatif" in rules_alone(text, "site")


def test_a_satisfaction_rate_we_measure_is_self_praise() -> None:
    text = "Un taux de satisfaction que nous évaluons à 96 % un an après l'intervention."
    assert "superlatif" in rules_alone(text, "site")


def test_a_superlative_asked_then_dismissed_is_no_claim() -> None:
    text = "« Le chirurgien le plus doué de Lyon ? Je ne sais pas, et peu importe », sourit le Dr Morel."
    assert "superlatif" not in rules_alone(text, "presse")


def test_photos_picked_among_the_best_cases_is_a_caution() -> None:
    text = "Méfiez-vous des galeries en ligne : les photos sont souvent choisies parmi les meilleurs cas."
    assert "superlatif" not in rules_alone(text, "facebook")


def test_patients_fond_of_a_product_leave_it_to_produit_sante() -> None:
    text = "Merci @MarqueX pour ces gaines, mes patientes en sont fans !"
    assert "superlatif" not in rules_alone(text, "instagram")


# Second half of the batch: pratique-non-validee


def test_a_device_said_to_cure_a_condition_is_an_unconfirmed_claim() -> None:
    text = "Quatre séances de radiofréquence guérissent la sécheresse intime, sans hormones."
    assert "pratique-non-validee" in rules_alone(text, "site")


def test_a_device_that_does_not_cure_is_information() -> None:
    text = "Le laser ne guérit pas l'incontinence : la rééducation du périnée reste le traitement de base."
    assert "pratique-non-validee" not in rules_alone(text, "site")


def test_a_skin_tightened_for_good_without_surgery_is_an_unconfirmed_claim() -> None:
    text = "Ce plasma raffermit définitivement la peau du cou sans bistouri."
    assert "pratique-non-validee" in rules_alone(text, "youtube")
