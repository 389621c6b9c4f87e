"""Promises, self-praise and pressure (garantie-resultat, superlatif, incitation) in the kinds of
wording met in the tenth batch, judged by the rules alone: the learned reader is left out, so these
say what the constructions do. The sentences are our own, not the batch's."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# garantie-resultat


@pytest.mark.parametrize(
    "text",
    [
        "Idée reçue : « Avec le laser, c'est sans douleur » ➡️ Personne ne peut vous promettre ça.",
        "Mythe n° 3 : « Le résultat est garanti » → aucun médecin ne peut garantir un résultat.",
    ],
)
def test_a_quoted_promise_refuted_after_an_arrow_is_not_a_promise(text: str) -> None:
    assert "garantie-resultat" not in rules_alone(text, "instagram")


def test_a_promise_standing_alone_in_quotes_on_a_post_is_still_checked() -> None:
    assert "garantie-resultat" in rules_alone("Le résultat est garanti, sans aucune cicatrice.", "instagram")


def test_a_spotless_record_among_ones_patients_is_self_praise_not_a_promise() -> None:
    rules = rules_alone("Aucun hématome chez nos opérées depuis l'an dernier, on est fiers !", "facebook")
    assert "garantie-resultat" not in rules
    rules = rules_alone("Toujours zéro effet indésirable chez mes patientes depuis 2021 🙌", "tiktok")
    assert "superlatif" in rules
    assert "garantie-resultat" not in rules


def test_no_harm_promised_to_the_reader_is_still_a_promise() -> None:
    assert "garantie-resultat" in rules_alone(
        "Avec notre canule, zéro effet secondaire pour vous.", "instagram"
    )


@pytest.mark.parametrize(
    "text",
    [
        "« Avec ma technique, le résultat est garanti à vie. »",
        "« Nos patientes ressortent sans aucune douleur, c'est garanti. »",
    ],
)
def test_a_press_text_that_is_one_quote_is_the_doctors_own_promise(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text, "presse")


def test_a_whole_quote_outside_the_press_keeps_the_quotation_reading() -> None:
    text = "« Zéro douleur, résultat parfait, je recommande ! »"
    assert "garantie-resultat" not in rules_alone(text, "site")


# superlatif


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("« Notre service affiche le taux de complications le plus faible de la région. »", "presse"),
        ("Chez nous, le taux d'échec le plus bas de France, et de loin.", "linkedin"),
    ],
)
def test_ones_own_rate_ranked_lowest_in_a_place_is_self_praise(text: str, channel: str) -> None:
    assert "superlatif" in rules_alone(text, channel)


def test_a_national_rate_given_as_information_is_not_self_praise() -> None:
    text = "En France, le taux d'infection après une prothèse mammaire reste faible, autour de 2 %."
    assert "superlatif" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Toutes mes patientes ont obtenu le ventre plat qu'elles voulaient.", "instagram"),
        ("« Tous nos greffés ont retrouvé une vraie densité en un an. »", "presse"),
    ],
)
def test_every_patient_given_the_result_is_a_spotless_record(text: str, channel: str) -> None:
    assert "superlatif" in rules_alone(text, channel)


def test_every_patient_receiving_information_is_no_record() -> None:
    text = "Tous nos patients ont reçu la fiche d'information de la SOFCPRE avant l'intervention."
    assert "superlatif" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    "text",
    [
        "Ce soin est proposé uniquement chez nous dans toute la métropole.",
        "Le remodelage par ultrasons, disponible exclusivement dans notre centre.",
    ],
)
def test_a_technique_offered_nowhere_but_here_is_a_claim_of_uniqueness(text: str) -> None:
    assert "superlatif" in rules_alone(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "Les injections sont faites au cabinet uniquement, jamais à domicile.",
        "Notre protocole exclusif de cicatrisation est décrit dans la fiche remise en consultation.",
    ],
)
def test_where_care_takes_place_or_a_protocols_name_is_no_exclusivity(text: str) -> None:
    assert "superlatif" not in rules_alone(text, "site")


def test_the_only_one_of_a_whole_region_is_a_claim_of_uniqueness() -> None:
    assert "superlatif" in rules_alone("Notre scanner 3D, le seul de toute la région Bretagne.", "facebook")


def test_a_procedures_popularity_is_medical_information() -> None:
    text = "La blépharoplastie est l'une des opérations les plus pratiquées après 50 ans."
    assert "superlatif" not in rules_alone(text, "site")
    assert "superlatif" in rules_alone("Notre cabinet, le plus demandé de la ville.", "instagram")


# incitation


@pytest.mark.parametrize(
    "text",
    [
        "Peeling à -25 %, valable 48 h seulement !",
        "Promo sur le laser, trois jours seulement, dépêchez-vous de nous écrire.",
    ],
)
def test_an_offer_counted_in_hours_or_a_few_days_is_urgency(text: str) -> None:
    assert "incitation" in rules_alone(text, "instagram")


def test_a_short_stay_counted_in_days_is_no_urgency() -> None:
    text = "L'hospitalisation dure deux jours seulement, la reprise du travail après une semaine."
    assert "incitation" not in rules_alone(text, "site")


def test_care_given_as_a_present_to_someone_close_is_a_push() -> None:
    assert "incitation" in rules_alone(
        "Saint-Valentin : offrez à votre chérie des lèvres repulpées 💋", "facebook"
    )
    assert "incitation" not in rules_alone(
        "Le cabinet offre aux patientes opérées un livret de conseils.", "site"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Pour tout lifting signé avant le 15, la première séance de LED vous est offerte.",
        "Une consultation offerte pour nos abonnées, profitez-en avant dimanche !",
        "Bilan du regard offert : que vos amies en profitent avant la fin de la semaine.",
    ],
)
def test_a_benefit_tied_to_a_date_to_beat_is_urgency(text: str) -> None:
    assert "incitation" in rules_alone(text, "instagram")


def test_a_date_without_a_benefit_is_practical_information() -> None:
    text = "Merci d'envoyer votre bilan sanguin avant le 12 pour que l'anesthésiste le lise."
    assert "incitation" not in rules_alone(text, "message")


def test_a_race_for_the_first_ones_to_book_is_urgency() -> None:
    assert "incitation" in rules_alone(
        "Les 15 premières à s'inscrire ont la séance d'essai offerte !", "tiktok"
    )
    assert "incitation" in rules_alone("Cadeau aux 30 premiers qui réservent ce mois-ci.", "instagram")


def test_a_booking_hurried_by_the_verb_is_urgency() -> None:
    assert "incitation" in rules_alone("Prends vite ta consult pour le botox, l'agenda est ouvert.", "tiktok")
    assert "incitation" not in rules_alone("Prenez rendez-vous sur Doctolib ou par téléphone.", "site")


@pytest.mark.parametrize(
    "text",
    [
        "Ravie de vous lire ! On vous attend pour votre contrôle des 3 mois 😊",
        "On t'attend pour le retrait des fils jeudi, à bientôt !",
    ],
)
def test_a_follow_up_visit_awaited_is_no_push(text: str) -> None:
    assert "incitation" not in rules_alone(text, "message")


def test_expectations_asked_in_consultation_are_no_push() -> None:
    text = "En consultation je vous demande : qu'est-ce qui vous dérange, depuis quand, et qu'attendez-vous ?"
    assert "incitation" not in rules_alone(text, "site")
    assert "incitation" not in rules_alone("Qu'attendez-vous de cette intervention ? Parlons-en.", "site")
    assert "incitation" in rules_alone(
        "Votre nez vous gêne depuis des années. Qu'attendez-vous ?", "instagram"
    )


# garantie-resultat, second writer's families


def test_an_efficacy_that_varies_with_some_cases_is_no_certainty() -> None:
    text = "L'efficacité dépend de la peau : certaines taches partent vite, d'autres résistent."
    assert "garantie-resultat" not in rules_alone(text, "site")
    assert "garantie-resultat" in rules_alone(
        "Avec ce laser, un résultat certain dès la première séance.", "site"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Idée reçue n°2 : la greffe, c'est sans douleur. En vrai, l'anesthésie locale pique un peu.",
        "Mythe : on ne voit aucune cicatrice. Faux, elle est cachée mais elle existe.",
    ],
)
def test_a_myth_stated_to_be_debunked_is_not_a_promise(text: str) -> None:
    assert "garantie-resultat" not in rules_alone(text, "youtube")


def test_a_patients_loss_shown_is_a_before_after_not_a_promise() -> None:
    assert "garantie-resultat" not in rules_alone(
        "-30 kg en un an pour cette patiente 💪 #avantapres", "instagram"
    )
    assert "garantie-resultat" in rules_alone(
        "Anneau gastrique : -30 kg en six mois pour vous !", "instagram"
    )


def test_weight_never_coming_back_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone("Après le bypass, tu ne regrossiras plus jamais.", "tiktok")


def test_a_mechanism_for_good_then_a_new_clause_is_not_a_promise() -> None:
    text = "La radiofréquence brûle les adipocytes définitivement et raffermit la peau du ventre."
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_a_result_told_to_match_the_simulation_is_a_promise() -> None:
    text = "Grâce à notre imagerie 3D, votre nez final sera identique à la simulation."
    assert "garantie-resultat" in rules_alone(text, "site")
    text = "La simulation aide à dialoguer ; le résultat réel pourra différer de l'image."
    assert "garantie-resultat" not in rules_alone(text, "site")


# superlatif, second writer's families


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Notre laser picoseconde, le seul en Normandie, traite aussi les tatouages colorés.", "site"),
        ("Le Dr Ferrand, seule chirurgienne d'Auvergne à opérer par endoscopie, reçoit à Vichy.", "presse"),
        ("Nous avons investi dans le seul robot de Bretagne dédié à la greffe capillaire.", "linkedin"),
    ],
)
def test_the_only_one_of_a_named_region_is_a_claim_of_uniqueness(text: str, channel: str) -> None:
    assert "superlatif" in rules_alone(text, channel)


def test_being_the_only_surgeon_on_call_is_no_uniqueness() -> None:
    text = "Dr Paul, seul chirurgien de garde en Bretagne-Sud ce week-end : attente allongée aux urgences."
    assert "superlatif" not in rules_alone(text, "facebook")


def test_a_spotless_record_since_the_practice_opened_is_self_praise() -> None:
    assert "superlatif" in rules_alone(
        "Aucune infection depuis notre ouverture, et on en est fiers.", "facebook"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Question numéro un en consultation : quand peut-on reprendre le sport ?",
        "L'erreur n°1 après une blépharoplastie : frotter ses yeux.",
    ],
)
def test_the_first_question_or_mistake_is_no_rank_of_the_practice(text: str) -> None:
    assert "superlatif" not in rules_alone(text, "youtube")


def test_fees_below_the_average_are_a_comparison_not_self_praise() -> None:
    rules = rules_alone("Honoraires 20 % inférieurs à la moyenne des centres de la ville.", "site")
    assert "superlatif" not in rules
    assert "superlatif" in rules_alone("Notre taux de reprise est plus bas que la moyenne nationale.", "site")


def test_patients_words_in_straight_quotes_are_a_testimonial() -> None:
    text = 'Nos opérées nous répètent "vous êtes la meilleure équipe de la ville", merci à elles.'
    assert "superlatif" not in rules_alone(text, "facebook")


# incitation, second writer's families


def test_a_booking_link_pointed_at_is_a_push() -> None:
    assert "incitation" in rules_alone(
        "La solution à ton ventre, c'est la plastie : prends rdv, lien en bio ⬇️", "tiktok"
    )


def test_sent_here_rather_than_elsewhere_is_a_push() -> None:
    text = "N'allez pas voir n'importe qui pour vos lèvres, venez au cabinet, on vous conseillera."
    assert "incitation" in rules_alone(text, "instagram")
    assert "incitation" in rules_alone("Venez chez nous, c'est bien plus sérieux.", "message")


def test_the_last_slot_taken_now_or_lost_is_pressure() -> None:
    assert "incitation" in rules_alone(
        "La date du 12, c'est la dernière avant l'été, je vous la garde ?", "message"
    )
    text = "Si vous ne la bloquez pas maintenant, elle sera prise demain."
    assert "incitation" in rules_alone(text, "message")


def test_seats_limited_by_the_room_are_information() -> None:
    text = (
        "Conférence gratuite sur le mélanome mardi soir, places limitées par la capacité de l'amphithéâtre."
    )
    assert "incitation" not in rules_alone(text, "facebook")


# dev families met on the way


def test_a_doctors_claim_reported_with_its_words_quoted_is_a_promise() -> None:
    text = "Le Dr Lenoir affirme que ses opérées repartent « sans le moindre bleu », dès le soir même."
    assert "garantie-resultat" in rules_alone(text, "presse")


@pytest.mark.parametrize(
    "text",
    [
        "Le Dr Roy assure que les sites promettant « zéro cicatrice » mentent.",
        "Une lectrice assure que son chirurgien lui avait promis « zéro cicatrice ».",
    ],
)
def test_a_quoted_promise_that_is_not_the_doctors_claim_stays_a_mention(text: str) -> None:
    assert "garantie-resultat" not in rules_alone(text, "presse")


def test_a_named_patients_loss_after_a_before_after_is_no_promise() -> None:
    text = "Avant/après de notre patiente : -38 kg chez Nadia en dix mois, bravo à elle."
    assert "garantie-resultat" not in rules_alone(text, "facebook")


def test_urgency_phrases_catalogued_as_red_flags_are_no_push() -> None:
    text = "Signaux d'alerte : 1. « réservez vite » 2. « plus que 2 places » 3. « prix cassés »"
    assert "incitation" not in rules_alone(text, "tiktok")
    assert "incitation" in rules_alone("Réservez vite, plus que 2 places !", "tiktok")
