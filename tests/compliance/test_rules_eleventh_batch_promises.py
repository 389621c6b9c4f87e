"""Promises, self-praise and pressure (garantie-resultat, superlatif, incitation) in the kinds of
wording met in the eleventh batch, judged by the rules alone: the learned reader is left out, so
these say what the constructions do. Each family has a positive and its trap (a negation, a
condition, a look-alike that informs). The sentences are our own, not the batch's."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# garantie-resultat: promises worded without « garanti »


@pytest.mark.parametrize(
    "text",
    [
        "Deux jours après, tu n'y penses même plus.",
        "Vous retournez au bureau le lundi comme si de rien n'était.",
        "Une blépharoplastie ? On en repart comme d'un passage chez l'esthéticienne.",
    ],
)
def test_an_aftermath_waved_away_is_a_promise_of_no_downtime(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text, "facebook")


def test_others_carrying_on_as_if_nothing_happened_is_no_promise_to_the_reader() -> None:
    assert "garantie-resultat" not in rules_alone("Ce cabinet a continué comme si de rien n'était.", "site")


def test_a_look_given_back_by_the_practice_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone("Vos paupières d'avant, nous vous les rendons ✨", "instagram")
    assert "garantie-resultat" in rules_alone("Ici on te rend tes vingt ans, tout simplement.", "tiktok")


def test_giving_back_documents_is_no_promise() -> None:
    assert "garantie-resultat" not in rules_alone("Nous vous rendons le compte rendu à la sortie.", "message")


def test_an_ad_in_the_present_tense_promising_a_flattering_look_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone("Lipo : vous repartez avec un ventre plat, point.", "facebook")


def test_leaving_with_an_information_sheet_is_no_promise() -> None:
    assert "garantie-resultat" not in rules_alone("Vous repartez avec une fiche de consignes écrite.", "site")


def test_a_lasting_result_sealed_as_a_certainty_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone("Nos injections durent dix ans, soyez-en sûre.", "instagram")


def test_a_result_said_not_to_be_a_certainty_is_no_promise() -> None:
    assert "garantie-resultat" not in rules_alone("La tenue du résultat n'est jamais une certitude.", "site")


def test_a_result_shown_from_the_first_moment_as_a_fact_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone(
        "Otoplastie : résultat visible dès la sortie du bloc.", "facebook"
    )


def test_a_first_glimpse_of_the_result_described_with_its_healing_is_information() -> None:
    text = "Le résultat est en partie visible dès le lendemain, mais le gonflement masque le reste."
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_years_erased_by_an_act_are_a_promise() -> None:
    assert "garantie-resultat" in rules_alone("Un lifting qui gomme quinze ans en une matinée.", "facebook")


def test_a_habit_erased_is_no_promise_of_youth() -> None:
    assert "garantie-resultat" not in rules_alone("Arrêter le tabac efface dix ans de surrisque.", "site")


def test_whatever_happens_attached_to_a_look_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone("Vos seins resteront fermes quoi qu'il arrive.", "instagram")


def test_whatever_happens_about_ageing_is_a_medical_fact() -> None:
    text = "La ménopause arrivera quoi qu'il arrive, la chirurgie n'y change rien."
    assert "garantie-resultat" not in rules_alone(text, "youtube")


def test_pain_denied_as_a_feeling_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone("Une heure au cabinet, sans ressentir de douleur.", "instagram")


def test_pain_denied_inside_a_negation_is_no_promise() -> None:
    assert "garantie-resultat" not in rules_alone("Aucune chirurgie ne se fait sans avoir mal.", "site")


# superlatif


def test_a_record_told_in_two_sentences_is_self_praise() -> None:
    text = "Trente ans d'anesthésie pédiatrique. Pas un seul transfert en réanimation."
    assert "superlatif" in rules_alone(text, "linkedin")


def test_an_anaesthesia_plan_without_a_record_is_no_self_praise() -> None:
    assert "superlatif" not in rules_alone(
        "L'intervention dure deux heures. Pas de réintubation prévue.", "site"
    )


def test_none_of_the_patients_ever_is_a_track_record() -> None:
    assert "superlatif" in rules_alone("Aucune de mes opérées n'a jamais gardé un nez pincé.", "instagram")


def test_a_look_claimed_as_the_practices_hallmark_is_self_praise() -> None:
    assert "superlatif" in rules_alone("Le naturel, c'est notre signature depuis dix ans.", "instagram")


def test_painlessness_claimed_as_a_hallmark_is_a_promise_not_self_praise() -> None:
    rules = rules_alone("Aucune douleur au réveil, c'est notre marque de fabrique.", "facebook")
    assert "superlatif" not in rules
    assert "garantie-resultat" in rules


def test_a_hallmark_denied_is_no_self_praise() -> None:
    assert "superlatif" not in rules_alone("La rhinoplastie n'est pas notre signature.", "site")


def test_the_most_advanced_centre_of_a_territory_is_self_praise() -> None:
    assert "superlatif" in rules_alone(
        "Bienvenue à la clinique la plus innovante de Nouvelle-Aquitaine.", "site"
    )


def test_the_nearest_centre_is_a_direction_not_a_ranking() -> None:
    assert "superlatif" not in rules_alone(
        "Le centre le plus proche de Lyon se trouve à Villeurbanne.", "site"
    )


def test_the_only_one_of_a_department_is_self_praise() -> None:
    assert "superlatif" in rules_alone("Le seul chirurgien du Morbihan à opérer sous hypnose.", "facebook")


# incitation


def test_scarcity_counted_in_words_is_a_push() -> None:
    assert "incitation" in rules_alone(
        "Une séance de LED offerte aux trente premières patientes.", "instagram"
    )


def test_a_price_lure_with_a_deadline_is_a_push() -> None:
    assert "incitation" in rules_alone("Prix doux sur les fils tenseurs jusqu'à vendredi.", "instagram")


def test_a_reduced_fee_up_to_an_age_is_no_deadline() -> None:
    assert "incitation" not in rules_alone("Tarif réduit pour les étudiants jusqu'à 26 ans.", "site")


# garantie-resultat: false alarms on records, reported results and consent


def test_removing_a_disease_or_a_share_of_fat_for_good_is_a_claim_about_the_technique() -> None:
    # (the unvalidated claim belongs to pratique-non-validee, not to a promise about the reader's look)
    assert "garantie-resultat" not in rules_alone(
        "La cryothérapie détruit pour toujours 25 % des graisses.", "site"
    )


def test_removing_a_visible_flaw_for_good_is_still_a_promise() -> None:
    assert "garantie-resultat" in rules_alone(
        "Notre laser efface définitivement vos taches brunes.", "instagram"
    )


def test_a_weight_lost_by_a_patient_is_a_reported_result_not_a_promise() -> None:
    text = "Je vous présente une opérée, sleeve en juin, -30 kg, enchantée."
    assert "garantie-resultat" not in rules_alone(text, "presse")


def test_a_weight_loss_offered_to_the_reader_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone("Perdez -10 kg en un mois avec notre programme !", "facebook")


def test_no_problem_as_consent_to_a_question_is_no_promise() -> None:
    text = "Patiente : puis-je conduire ? Secrétariat : oui, sans problème dès demain."
    assert "garantie-resultat" not in rules_alone(text, "message")


def test_no_trace_of_a_person_in_the_files_is_no_promise() -> None:
    text = "Madame, nous n'avons aucune trace de vous dans notre agenda."
    assert "garantie-resultat" not in rules_alone(text, "avis-reponse")


def test_a_condition_gone_for_good_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone(
        "Avec les aérateurs, plus jamais de sinusite pour votre enfant !"
    )
    assert "garantie-resultat" in rules_alone("Fini la prothèse de hanche grâce à notre protocole.", "site")


def test_a_condition_that_no_one_can_rule_out_is_no_promise() -> None:
    text = "Les aérateurs aident, mais personne ne peut promettre qu'il n'y aura plus jamais d'otite."
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_pain_answered_by_an_emphatic_nothing_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone("Vous voulez savoir si ça fait mal ? Regardez-la. Rien. Nada.")


def test_an_emphatic_nothing_about_something_else_is_no_promise() -> None:
    assert "garantie-resultat" not in rules_alone("Une otite ? Rien de grave. Rien. Nada.", "instagram")


def test_a_sculpted_look_in_a_single_operation_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone("Des fesses sculptées en une seule intervention.")


def test_an_act_usually_done_in_one_operation_is_information() -> None:
    text = "La rhinoplastie se fait le plus souvent en une seule intervention."
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_a_result_without_effort_is_a_promise_and_a_possibility_is_not() -> None:
    assert "garantie-resultat" in rules_alone("Un ventre plat sans sport ni régime 🔥")
    text = "Même sans sport ni régime, le poids peut rester stable après une sleeve."
    assert "garantie-resultat" not in rules_alone(text, "site")


# superlatif: records counted over one's own cases, uniqueness, a ranked disease


def test_a_zero_over_ones_own_counted_cases_is_a_track_record_not_a_promise() -> None:
    rules = rules_alone("Aucune infection sur nos 800 prothèses de genou cette année.", "x")
    assert "superlatif" in rules
    assert "garantie-resultat" not in rules


def test_no_other_centre_doing_as_much_is_self_praise() -> None:
    assert "superlatif" in rules_alone(
        "Aucun autre centre de la région ne réalise autant de greffes.", "linkedin"
    )


def test_the_only_structure_of_a_region_is_self_praise() -> None:
    assert "superlatif" in rules_alone(
        "Seule structure du Grand Est à opérer la hanche en ambulatoire.", "presse"
    )


def test_a_disease_ranked_first_by_frequency_is_medical_information() -> None:
    assert "superlatif" not in rules_alone("Le mélanome reste le cancer cutané n°1 en mortalité.", "x")


def test_a_practice_ranked_first_is_still_self_praise() -> None:
    assert "superlatif" in rules_alone("Notre clinique, n°1 de la chirurgie du genou en Bretagne.", "x")


# incitation: deadlines and countdowns


def test_a_two_for_one_with_a_deadline_is_a_push() -> None:
    assert "incitation" in rules_alone("Deux zones pour le prix d'une, jusqu'à dimanche !", "facebook")


def test_a_countdown_to_take_part_is_a_push() -> None:
    assert "incitation" in rules_alone("Plus que 48 h pour participer au tirage 🎁", "instagram")


def test_a_countdown_to_a_decided_operation_is_logistics() -> None:
    text = "Plus que 3 jours avant votre intervention : pensez à arrêter l'aspirine."
    assert "incitation" not in rules_alone(text, "message")


def test_a_new_start_offered_to_the_reader_is_a_push() -> None:
    assert "incitation" in rules_alone("Et si cette rentrée commençait par vous ? ✨")


def test_a_question_about_a_cause_is_no_push() -> None:
    assert "incitation" not in rules_alone("Et si la douleur commençait par une mauvaise posture ?", "site")


def test_booking_before_a_named_months_agenda_fills_is_a_push() -> None:
    assert "incitation" in rules_alone("Appelez-nous avant que l'agenda de janvier soit plein !", "facebook")


def test_pushy_phrases_listed_as_warning_signs_are_no_push() -> None:
    text = "« Foncez », « plus que 2 places »… ce genre de phrases doit vous alerter."
    assert "incitation" not in rules_alone(text, "tiktok")


def test_a_countdown_to_a_solidarity_event_is_no_push() -> None:
    text = "Il ne reste que 2 jours pour vous inscrire à la marche solidaire d'octobre rose !"
    assert "incitation" not in rules_alone(text, "instagram")
