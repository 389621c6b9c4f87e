"""Personal advice, before/after showcases, unproven claims, missing sources and unrecognised titles
(conseil-personnalise, avant-apres, pratique-non-validee, sources-absentes, titre-non-reconnu) in
the wording families of the eleventh batch, judged by the rules alone: the learned reader is left
out, so these say what the constructions do. Each family has a positive and its trap (negation,
hypothesis, general information, compliant look-alike). The wordings are our own."""

from __future__ import annotations

import pytest

from vitrine.compliance import check


def _rules(text: str, channel: str = "instagram") -> set[str]:
    return {f.rule for f in check(text, channel=channel, learned=False).findings}


# conseil-personnalise


@pytest.mark.parametrize(
    "text",
    [
        "Ce tiraillement dans la cuisse est fréquent : hydratez tous les jours et laissez le temps faire.",
        "Pour la raideur du cou, étirez-vous doucement et massez chaque soir.",
    ],
)
def test_a_care_given_a_daily_routine_in_a_reply_is_advice(text: str) -> None:
    assert "conseil-personnalise" in _rules(text, "avis-reponse")


def test_a_daily_routine_of_the_practice_is_no_advice() -> None:
    assert "conseil-personnalise" not in _rules(
        "Le secrétariat répond tous les jours de 9 h à 18 h.", "message"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Merci Monsieur. Votre picotement sur la cicatrice est habituel à ce stade.",
        "Madame, votre gêne sous la paupière est classique après ce geste.",
    ],
)
def test_a_feeling_of_the_addressee_declared_ordinary_is_a_judgement_on_their_body(text: str) -> None:
    assert "conseil-personnalise" in _rules(text, "avis-reponse")


def test_a_feeling_declared_ordinary_in_general_is_information() -> None:
    text = "Après une blépharoplastie, une gêne sous la paupière est classique pendant quelques jours."
    assert "conseil-personnalise" not in _rules(text, "site")


@pytest.mark.parametrize(
    "text",
    [
        "Bonsoir, appliquez-en une noisette sur la zone rouge.",
        "La croûte tombera seule ; d'ici là, protégez-la et évitez le soleil.",
    ],
)
def test_a_care_on_a_body_part_named_by_a_pronoun_is_advice(text: str) -> None:
    assert "conseil-personnalise" in _rules(text, "message")


def test_a_care_instruction_already_written_on_the_sheet_is_a_reminder() -> None:
    text = "Protégez-la comme indiqué sur la fiche remise par le Docteur."
    assert "conseil-personnalise" not in _rules(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Mme Perrin, votre mari peut reprendre son anticoagulant dès ce soir.",
        "Votre fille doit arrêter la pilule quinze jours avant, dites-lui de bien surveiller le pansement.",
    ],
)
def test_an_instruction_relayed_to_a_relative_is_still_advice(text: str) -> None:
    assert "conseil-personnalise" in _rules(text, "message")


def test_a_relative_may_bring_the_patient_is_logistics() -> None:
    text = "Votre mari peut vous accompagner jusqu'à la chambre et revenir vous chercher à 17 h."
    assert "conseil-personnalise" not in _rules(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Si vous aviez porté la gaine comme prévu, votre ventre serait plus plat.",
        "Si tu dormais sur le dos, ta cicatrice aurait moins bougé.",
    ],
)
def test_the_addressees_body_judged_against_what_they_did_is_advice(text: str) -> None:
    assert "conseil-personnalise" in _rules(text, "avis-reponse")


def test_a_hypothesis_without_the_addressees_body_is_no_advice() -> None:
    text = "Si vous aviez une question sur la facture, votre dossier est au secrétariat."
    assert "conseil-personnalise" not in _rules(text, "avis-reponse")


def test_a_public_reply_opening_on_the_bare_first_name_speaks_to_that_person() -> None:
    text = "Mathilde, votre gonflement va diminuer, portez la gaine jour et nuit."
    assert "conseil-personnalise" in _rules(text, "facebook")


def test_a_public_post_opening_on_a_common_word_speaks_to_everyone() -> None:
    text = "Attention, votre gonflement va diminuer en quelques semaines après toute lipoaspiration."
    assert "conseil-personnalise" not in _rules(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Pour savoir si vous pouvez reprendre la piscine, le mieux est d'en parler avec le Docteur.",
        "Vous me demandez si vous pouvez vous maquiller : voyez cela avec votre chirurgien mardi.",
    ],
)
def test_a_question_handed_over_to_the_surgeon_is_no_advice(text: str) -> None:
    assert "conseil-personnalise" not in _rules(text, "message")


def test_a_permission_given_outright_is_still_advice() -> None:
    assert "conseil-personnalise" in _rules("Oui, vous pouvez reprendre la piscine dès lundi.", "message")


# avant-apres


@pytest.mark.parametrize(
    "text",
    [
        "Cas du mois : M. L., 45 ans, blépharoplastie. Voici son résultat à six mois.",
        "Découvrez leur évolution après un an, même lumière.",
    ],
)
def test_one_patients_course_shown_at_a_later_time_is_a_showcase(text: str) -> None:
    assert "avant-apres" in _rules(text, "site")


def test_the_usual_course_described_at_a_later_time_is_information() -> None:
    text = "L'œdème diminue nettement en trois mois, puis la peau se rétracte."
    assert "avant-apres" not in _rules(text, "site")


@pytest.mark.parametrize(
    "text",
    ["Même nez, un an plus tard. Sans commentaire.", "Même patient, six mois d'écart, même éclairage."],
)
def test_the_same_person_at_two_times_is_a_showcase(text: str) -> None:
    assert "avant-apres" in _rules(text)


def test_two_sessions_some_months_apart_is_a_schedule() -> None:
    text = "Deux séances de laser à six mois d'intervalle sont en général nécessaires."
    assert "avant-apres" not in _rules(text)


def test_pictures_of_then_and_now_are_a_showcase() -> None:
    assert "avant-apres" in _rules("Elle nous a confié ses photos d'avant et d'aujourd'hui 💕")


def test_then_and_now_without_pictures_is_no_showcase() -> None:
    text = "La chirurgie des paupières, avant et aujourd'hui : ce qui a changé dans la technique."
    assert "avant-apres" not in _rules(text)


def test_pictures_labelled_before_and_after_in_the_markup_are_a_showcase() -> None:
    text = (
        '<img src="/media/cas3-avant.webp" alt="Profil, rhinoplastie">\n'
        '<img src="/media/cas3-apres.webp" alt="Profil, un an">'
    )
    assert "avant-apres" in _rules(text, "site")


def test_a_page_on_the_instructions_before_and_after_is_no_showcase() -> None:
    text = "<h2>Avant l'intervention</h2><p>Arrêtez le tabac.</p>\n<h2>Après</h2><p>Reposez-vous.</p>"
    assert "avant-apres" not in _rules(text, "site")


def test_slides_numbered_out_of_a_total_are_still_consecutive_captions() -> None:
    text = "Slide 1/3 : avant\nSlide 2/3 : après la lipo\nSlide 3/3 : infos pratiques"
    assert "avant-apres" in _rules(text)


# pratique-non-validee


@pytest.mark.parametrize(
    "text",
    [
        "Ces ampoules de vitamines renforcent la peau avant votre lifting.",
        "Notre complément au zinc accélère la cicatrisation après toute chirurgie.",
    ],
)
def test_a_supplement_said_to_ready_the_body_for_surgery_is_an_unproven_claim(text: str) -> None:
    assert "pratique-non-validee" in _rules(text)


def test_a_supplement_denied_that_effect_is_no_claim() -> None:
    text = "Aucun complément n'accélère la cicatrisation : une alimentation équilibrée suffit."
    assert "pratique-non-validee" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "La sophrologie remplace les antalgiques après une abdominoplastie.",
        "L'acupuncture remplacera bientôt l'anesthésie générale au bloc.",
    ],
)
def test_a_soft_practice_said_to_replace_an_established_act_is_an_unproven_claim(text: str) -> None:
    assert "pratique-non-validee" in _rules(text)


def test_a_practice_that_does_not_replace_the_treatment_is_no_claim() -> None:
    text = "L'hypnose ne remplace pas l'anesthésie générale, elle aide certains patients à se détendre."
    assert "pratique-non-validee" not in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ultrasons focalisés : les bajoues disparaissent, effet permanent garanti.",
        "Un effet définitif en une seule séance, sans chirurgie.",
    ],
)
def test_a_lasting_effect_claimed_for_a_technique_without_surgery_is_unproven(text: str) -> None:
    assert "pratique-non-validee" in _rules(text)


def test_the_final_result_of_an_operation_is_no_claim() -> None:
    text = "Le résultat définitif d'une rhinoplastie s'apprécie à un an."
    assert "pratique-non-validee" not in _rules(text, "site")


@pytest.mark.parametrize(
    "text", ["Le collagène marin divise par deux les rides.", "Ce gel divise par trois la cellulite."]
)
def test_an_unsourced_halving_of_a_skin_flaw_is_an_unproven_claim(text: str) -> None:
    assert "pratique-non-validee" in _rules(text)


def test_a_halved_waiting_time_is_no_health_claim() -> None:
    assert "pratique-non-validee" not in _rules("Nous avons divisé par deux le délai de rendez-vous.")


# titre-non-reconnu


@pytest.mark.parametrize(
    "text",
    [
        "Profil Doctolib — spécialité : « Médecin anti-âge ». Cabinet au 2e étage.",
        "Annuaire des praticiens. Profession : chirurgien esthétique. Secteur 2.",
    ],
)
def test_an_unrecognised_title_filled_in_a_profile_field_is_claimed(text: str) -> None:
    assert "titre-non-reconnu" in _rules(text, "autre")


def test_a_recognised_title_in_a_profile_field_is_compliant() -> None:
    text = "Profil — spécialité : chirurgien plasticien, reconstructeur et esthétique."
    assert "titre-non-reconnu" not in _rules(text, "autre")
