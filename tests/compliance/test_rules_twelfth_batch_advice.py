"""Personal advice, before/after showcases, missing sources and unrecognised titles
(conseil-personnalise, avant-apres, sources-absentes, titre-non-reconnu) in the wording families of
the twelfth batch, judged by the rules alone: the learned reader is left out, so these say what the
constructions do. Each family has a positive and its trap. The wordings are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# conseil-personnalise


@pytest.mark.parametrize(
    "text",
    [
        "Pour toi (72 kilos pour 1m65), je partirais plutôt sur une lipo que sur un BBL.",
        "Pour vous, j'opterais plutôt pour une rhinoplastie.",
    ],
)
def test_an_act_chosen_for_the_addressee_after_their_figures_is_advice(text: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, "facebook")


def test_a_payment_option_chosen_for_the_addressee_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Pour vous, j'opterais plutôt pour un paiement en trois fois.", "facebook"
    )


def test_the_addressees_condition_given_its_treatment_in_a_reply_is_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Monsieur, votre cicatrice chéloïde se soigne bien avec des injections de cortisone.",
        "avis-reponse",
    )


def test_a_dose_to_take_beside_a_promise_is_still_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Pas d'inquiétude, avec moi vous n'aurez aucun hématome, c'est certain 🙂 Prenez juste"
        " 3 comprimés d'arnica la veille. À jeudi !",
        "message",
    )


def test_a_promise_without_a_dose_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Ne vous inquiétez pas, c'est certain, tout ira bien. À jeudi !", "message"
    )


def test_symptoms_blamed_on_other_practitioners_are_no_diagnosis() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Les complications que vous décrivez sont caractéristiques des cliniques low-cost,"
        " pas de notre équipe.",
        "avis-reponse",
    )


def test_symptoms_called_typical_of_a_condition_are_a_diagnosis() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Les symptômes que vous décrivez sont typiques d'une infection.", "avis-reponse"
    )


def test_telling_someone_there_is_no_need_to_consult_is_no_redirection() -> None:
    assert "conseil-personnalise" in rules_alone(
        "@julie vu ce que tu décris, c'est ton ménisque 😬 glace 3x/jour et pas la peine de consulter avant.",
        "instagram",
    )


def test_doing_someones_work_in_their_place_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Je ne vais pas faire votre boulot à votre place.", "presse"
    )


def test_eye_drops_doubled_in_a_reply_to_a_named_reviewer_are_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Bonjour Paul, si votre œil pique encore, doublez les larmes artificielles le soir.", "avis-reponse"
    )


def test_a_scheduled_dose_stays_advice_beside_an_emergency_fallback() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Pour la fièvre, donnez-lui du paracétamol toutes les 6 heures et si elle monte, appelez le 15.",
        "message",
    )


def test_an_emergency_number_alone_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Pour toute douleur inhabituelle, appelez le secrétariat ou le 15 en cas d'urgence.", "message"
    )


def test_a_diet_texture_allowed_by_message_is_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Vous pourrez passer à l'alimentation mixée dès jeudi.", "message"
    )


def test_eligibility_drawn_from_the_addressees_history_on_a_forum_is_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Réponse sur le forum : Bonjour Max, avec votre diabète vous êtes éligible pour une sleeve.", "autre"
    )


# avant-apres


@pytest.mark.parametrize(
    "text",
    [
        "Deux patientes opérées d'une sleeve racontent, photos de leurs débuts à l'appui.",
        "Ici je vous montre deux cicatrices traitées, à la première séance puis à la fin :"
        " le résultat parle de lui-même.",
        "Regardez dans notre galerie les nez de nos patientes avant la rhinoplastie et six mois après.",
    ],
)
def test_pictures_of_patients_then_and_later_are_a_showcase(text: str) -> None:
    assert "avant-apres" in rules_alone(text, "youtube")


def test_a_preparation_before_and_after_the_operation_is_no_showcase() -> None:
    assert "avant-apres" not in rules_alone(
        "Arrêtez de fumer un mois avant l'intervention et trois semaines après.", "youtube"
    )


def test_a_studys_results_at_a_follow_up_time_are_no_showcase() -> None:
    assert "avant-apres" not in rules_alone(
        "Notre article : résultats à 5 ans de 240 prothèses de hanche, taux de reprise 3 %.", "linkedin"
    )


def test_a_refusal_listing_what_the_account_will_never_post_is_no_showcase() -> None:
    assert "avant-apres" not in rules_alone(
        "Trois trucs que je ne posterai jamais ici : des avant/après, vos avis, des promos.", "tiktok"
    )


def test_an_agencys_advice_reported_is_no_showcase() -> None:
    assert "avant-apres" not in rules_alone(
        "Mon agence m'a conseillé de poster des avant-après, j'ai refusé.", "linkedin"
    )


def test_the_addressees_operation_dated_in_a_reply_is_no_showcase() -> None:
    assert "avant-apres" not in rules_alone(
        "Je comprends votre inquiétude à J+12 de votre rhinoplastie.", "message"
    )


# sources-absentes


def test_a_fee_page_is_no_health_information() -> None:
    text = (
        "Nos tarifs. Les honoraires du chirurgien sont indiqués ci-dessous ; les frais d'anesthésie et de"
        " clinique font l'objet d'un devis séparé remis en consultation. Un délai de réflexion de quinze"
        " jours est respecté avant toute intervention. Rhinoplastie : 4 500 €. Blépharoplastie : 2 800 €."
        " Lipoaspiration d'une zone : 2 500 €. Injection d'acide hyaluronique : 350 €. Toxine botulique :"
        " 300 €. Modes de paiement : chèque, virement ou carte bancaire ; un acompte de 30 % est demandé à la"
        " signature. Les actes esthétiques ne sont pas pris en charge par l'Assurance maladie, sauf"
        " réparation après un traitement, une maladie ou un accident, sur accord préalable."
    )
    assert "sources-absentes" not in rules_alone(text, "site")


# titre-non-reconnu


@pytest.mark.parametrize(
    "text",
    [
        "En tant que médecin esthétique depuis 12 ans, je vous le dis : méfiez-vous des promesses.",
        "Je suis médecin anti-âge et je vous le dis : méfiez-vous des injecteurs du dimanche.",
        "En tant que médecins esthétiques, nous vous le disons : méfiez-vous des promesses.",
    ],
)
def test_a_title_claimed_beside_a_warning_is_still_a_title(text: str) -> None:
    assert "titre-non-reconnu" in rules_alone(text, "x")


def test_a_warning_about_those_who_use_the_title_claims_none() -> None:
    assert "titre-non-reconnu" not in rules_alone(
        "Méfiez-vous de ceux qui se présentent en tant que médecin esthétique.", "x"
    )
