"""Personal advice, before/after showcases, unproven claims, missing sources and unrecognised titles
(conseil-personnalise, avant-apres, pratique-non-validee, sources-absentes, titre-non-reconnu) in
the wording families of the eleventh batch, judged by the rules alone: the learned reader is left
out, so these say what the constructions do. Each family has a positive and its trap (negation,
hypothesis, general information, compliant look-alike). The wordings are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# conseil-personnalise


@pytest.mark.parametrize(
    "text",
    [
        "Ce tiraillement dans la cuisse est fréquent : hydratez tous les jours et laissez le temps faire.",
        "Pour la raideur du cou, étirez-vous doucement et massez chaque soir.",
    ],
)
def test_a_care_given_a_daily_routine_in_a_reply_is_advice(text: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, "avis-reponse")


def test_a_daily_routine_of_the_practice_is_no_advice() -> None:
    assert "conseil-personnalise" not in rules_alone(
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
    assert "conseil-personnalise" in rules_alone(text, "avis-reponse")


def test_a_feeling_declared_ordinary_in_general_is_information() -> None:
    text = "Après une blépharoplastie, une gêne sous la paupière est classique pendant quelques jours."
    assert "conseil-personnalise" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    "text",
    [
        "Bonsoir, appliquez-en une noisette sur la zone rouge.",
        "La croûte tombera seule ; d'ici là, protégez-la et évitez le soleil.",
    ],
)
def test_a_care_on_a_body_part_named_by_a_pronoun_is_advice(text: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, "message")


def test_a_care_instruction_already_written_on_the_sheet_is_a_reminder() -> None:
    text = "Protégez-la comme indiqué sur la fiche remise par le Docteur."
    assert "conseil-personnalise" not in rules_alone(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Mme Perrin, votre mari peut reprendre son anticoagulant dès ce soir.",
        "Votre fille doit arrêter la pilule quinze jours avant, dites-lui de bien surveiller le pansement.",
    ],
)
def test_an_instruction_relayed_to_a_relative_is_still_advice(text: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, "message")


def test_a_relative_may_bring_the_patient_is_logistics() -> None:
    text = "Votre mari peut vous accompagner jusqu'à la chambre et revenir vous chercher à 17 h."
    assert "conseil-personnalise" not in rules_alone(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Si vous aviez écouté nos consignes, votre ventre serait plus plat. Assumez.",
        "Si tu avais arrêté le tabac, ta cicatrice serait plus fine.",
    ],
)
def test_blaming_the_addressee_for_their_body_is_no_advice_without_an_instruction(text: str) -> None:
    assert "conseil-personnalise" not in rules_alone(text, "avis-reponse")


def test_a_public_reply_opening_on_the_bare_first_name_speaks_to_that_person() -> None:
    text = "Mathilde, votre gonflement va diminuer, portez la gaine jour et nuit."
    assert "conseil-personnalise" in rules_alone(text, "facebook")


def test_a_public_post_opening_on_a_common_word_speaks_to_everyone() -> None:
    text = "Attention, votre gonflement va diminuer en quelques semaines après toute lipoaspiration."
    assert "conseil-personnalise" not in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Pour savoir si vous pouvez reprendre la piscine, le mieux est d'en parler avec le Docteur.",
        "Vous me demandez si vous pouvez vous maquiller : voyez cela avec votre chirurgien mardi.",
    ],
)
def test_a_question_handed_over_to_the_surgeon_is_no_advice(text: str) -> None:
    assert "conseil-personnalise" not in rules_alone(text, "message")


def test_a_permission_given_outright_is_still_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Oui, vous pouvez reprendre la piscine dès lundi.", "message"
    )


# avant-apres


@pytest.mark.parametrize(
    "text",
    [
        "Cas du mois : M. L., 45 ans, blépharoplastie. Voici son résultat à six mois.",
        "Découvrez leur évolution après un an, même lumière.",
    ],
)
def test_one_patients_course_shown_at_a_later_time_is_a_showcase(text: str) -> None:
    assert "avant-apres" in rules_alone(text, "site")


def test_the_usual_course_described_at_a_later_time_is_information() -> None:
    text = "L'œdème diminue nettement en trois mois, puis la peau se rétracte."
    assert "avant-apres" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    "text",
    ["Même nez, un an plus tard. Sans commentaire.", "Même patient, six mois d'écart, même éclairage."],
)
def test_the_same_person_at_two_times_is_a_showcase(text: str) -> None:
    assert "avant-apres" in rules_alone(text)


def test_two_sessions_some_months_apart_is_a_schedule() -> None:
    text = "Deux séances de laser à six mois d'intervalle sont en général nécessaires."
    assert "avant-apres" not in rules_alone(text)


def test_pictures_of_then_and_now_are_a_showcase() -> None:
    assert "avant-apres" in rules_alone("Elle nous a confié ses photos d'avant et d'aujourd'hui 💕")


def test_then_and_now_without_pictures_is_no_showcase() -> None:
    text = "La chirurgie des paupières, avant et aujourd'hui : ce qui a changé dans la technique."
    assert "avant-apres" not in rules_alone(text)


def test_pictures_labelled_before_and_after_in_the_markup_are_a_showcase() -> None:
    text = (
        '<img src="/media/cas3-avant.webp" alt="Profil, rhinoplastie">\n'
        '<img src="/media/cas3-apres.webp" alt="Profil, un an">'
    )
    assert "avant-apres" in rules_alone(text, "site")


def test_a_page_on_the_instructions_before_and_after_is_no_showcase() -> None:
    text = "<h2>Avant l'intervention</h2><p>Arrêtez le tabac.</p>\n<h2>Après</h2><p>Reposez-vous.</p>"
    assert "avant-apres" not in rules_alone(text, "site")


def test_slides_numbered_out_of_a_total_are_still_consecutive_captions() -> None:
    text = "Slide 1/3 : avant\nSlide 2/3 : après la lipo\nSlide 3/3 : infos pratiques"
    assert "avant-apres" in rules_alone(text)


# pratique-non-validee


@pytest.mark.parametrize(
    "text",
    [
        "Ces ampoules de vitamines, pour préparer la peau avant votre lifting, en vente à l'accueil.",
        "Notre complément au zinc pour renforcer vos cheveux après la greffe.",
    ],
)
def test_a_supplement_sold_for_a_purpose_is_product_promotion_not_an_unproven_practice(text: str) -> None:
    assert "pratique-non-validee" not in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "La sophrologie remplace les antalgiques après une abdominoplastie.",
        "L'acupuncture remplacera bientôt l'anesthésie générale au bloc.",
    ],
)
def test_a_soft_practice_said_to_replace_an_established_act_is_an_unproven_claim(text: str) -> None:
    assert "pratique-non-validee" in rules_alone(text)


def test_a_practice_that_does_not_replace_the_treatment_is_no_claim() -> None:
    text = "L'hypnose ne remplace pas l'anesthésie générale, elle aide certains patients à se détendre."
    assert "pratique-non-validee" not in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ultrasons focalisés : les bajoues disparaissent, effet permanent garanti.",
        "Un effet définitif en une seule séance, sans chirurgie.",
    ],
)
def test_a_lasting_effect_claimed_for_a_technique_without_surgery_is_unproven(text: str) -> None:
    assert "pratique-non-validee" in rules_alone(text)


def test_the_final_result_of_an_operation_is_no_claim() -> None:
    text = "Le résultat définitif d'une rhinoplastie s'apprécie à un an."
    assert "pratique-non-validee" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    "text", ["Le collagène marin divise par deux les rides.", "Ce gel divise par trois la cellulite."]
)
def test_an_unsourced_halving_of_a_skin_flaw_is_an_unproven_claim(text: str) -> None:
    assert "pratique-non-validee" in rules_alone(text)


def test_a_halved_waiting_time_is_no_health_claim() -> None:
    assert "pratique-non-validee" not in rules_alone("Nous avons divisé par deux le délai de rendez-vous.")


# titre-non-reconnu


@pytest.mark.parametrize(
    "text",
    [
        "Profil Doctolib — spécialité : « Médecin anti-âge ». Cabinet au 2e étage.",
        "Annuaire des praticiens. Profession : chirurgien cosmétique. Secteur 2.",
    ],
)
def test_an_unrecognised_title_filled_in_a_profile_field_is_claimed(text: str) -> None:
    assert "titre-non-reconnu" in rules_alone(text, "autre")


def test_a_recognised_title_in_a_profile_field_is_compliant() -> None:
    text = "Profil — spécialité : chirurgien plasticien, reconstructeur et esthétique."
    assert "titre-non-reconnu" not in rules_alone(text, "autre")


# Phase B: the second half's families


@pytest.mark.parametrize(
    "text",
    [
        "Secrétariat : le Docteur dit de prendre un comprimé d'ibuprofène au coucher.",
        "Le Dr Martin demande de bien garder la gaine encore une semaine.",
    ],
)
def test_a_care_relayed_in_the_infinitive_is_advice(text: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, "message")


def test_a_document_to_bring_relayed_in_the_infinitive_is_logistics() -> None:
    text = "Le Docteur demande de prendre votre ordonnance et votre carte Vitale mardi."
    assert "conseil-personnalise" not in rules_alone(text, "message")


def test_the_doctors_yes_relayed_to_a_clinical_question_is_advice() -> None:
    text = "Patient : je peux aller au hammam ?\nAssistante : le docteur dit oui, gardez le pansement au sec."
    assert "conseil-personnalise" in rules_alone(text, "message")


def test_the_doctors_yes_to_a_slot_is_logistics() -> None:
    text = "Le docteur dit oui pour le rendez-vous de jeudi à 15 h."
    assert "conseil-personnalise" not in rules_alone(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Pour tes crampes, bois beaucoup d'eau et prends du magnésium matin et soir.",
        "Arrête la pilule un mois avant et passe au préservatif.",
    ],
)
def test_a_care_given_in_the_familiar_form_is_advice(text: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, "message")


def test_a_speakers_label_in_a_chat_is_no_redirection() -> None:
    text = "Secrétariat : mettez vos bas de contention pour le trajet."
    assert "conseil-personnalise" in rules_alone(text, "message")


def test_the_secretariat_named_as_the_place_to_call_still_redirects() -> None:
    text = "Pour votre douleur, appelez le secrétariat, le Docteur vous rappellera."
    assert "conseil-personnalise" not in rules_alone(text, "message")


def test_a_verdict_on_what_the_addressee_showed_is_advice() -> None:
    text = "@nina.bz avec ce que tu m'as montré en DM, une seule injection suffira pour ta cerne."
    assert "conseil-personnalise" in rules_alone(text, "instagram")


def test_a_verdict_on_the_addressees_pictures_stays_advice_when_it_ends_on_a_promise() -> None:
    text = "Dans votre cas, au vu de vos photos, deux séances de laser et c'est fini, je vous le promets."
    assert "conseil-personnalise" in rules_alone(text, "facebook")


def test_a_promise_about_the_practice_alone_is_no_advice() -> None:
    text = "Ne vous inquiétez pas pour la cicatrice, avec le Dr Roux elle sera fine, je vous le promets."
    assert "conseil-personnalise" not in rules_alone(text, "facebook")


def test_a_yes_dictated_for_something_clinical_is_advice() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Dis-lui oui pour la piscine, mais pas avant trois semaines.", "autre"
    )


def test_a_no_dictated_to_a_favour_is_no_advice() -> None:
    text = "Dites-lui non, gentiment. Nous ne faisons pas de réduction contre une story."
    assert "conseil-personnalise" not in rules_alone(text, "autre")


@pytest.mark.parametrize(
    "text",
    [
        "Admirez cette mâchoire deux mois après, sans une trace 👀",
        "Regardez les paupières de Sylvie au bout de trois semaines !",
    ],
)
def test_a_body_part_shown_with_how_long_after_is_a_showcase(text: str) -> None:
    assert "avant-apres" in rules_alone(text)


def test_a_body_part_described_with_a_healing_time_is_information() -> None:
    text = "Les paupières restent gonflées une dizaine de jours, puis l'œdème se résorbe."
    assert "avant-apres" not in rules_alone(text, "site")


def test_a_patient_shown_at_a_time_after_her_act_is_a_showcase() -> None:
    text = "Sur cette image, vous voyez Madame Bernard un an après sa rhinoplastie, en pleine forme."
    assert "avant-apres" in rules_alone(text, "youtube")


def test_a_follow_up_visit_after_the_act_is_no_showcase() -> None:
    text = "Vous voyez le Docteur un mois après votre intervention pour le contrôle."
    assert "avant-apres" not in rules_alone(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Ces gélules stoppent la chute de cheveux en quatre semaines.",
        "Ces gélules bloquent le vieillissement de la peau dès le premier mois.",
    ],
)
def test_a_supplement_said_to_stop_hair_loss_or_ageing_is_an_unproven_claim(text: str) -> None:
    assert "pratique-non-validee" in rules_alone(text)


def test_a_supplement_denied_to_stop_hair_loss_is_no_claim() -> None:
    text = "Aucune gélule ne stoppe la chute de cheveux d'origine génétique."
    assert "pratique-non-validee" not in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ces comprimés font disparaître la couperose en un mois.",
        "Le drainage lymphatique fait disparaître les capitons durablement.",
    ],
)
def test_a_cure_that_makes_a_condition_vanish_is_an_unproven_claim(text: str) -> None:
    assert "pratique-non-validee" in rules_alone(text)


def test_a_cure_that_does_not_make_a_condition_vanish_is_no_claim() -> None:
    text = "Aucune crème ne fait disparaître les vergetures blanches."
    assert "pratique-non-validee" not in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Deux séances d'étiopathie préviennent les coliques du nourrisson.",
        "La chiropraxie guérit les migraines en trois séances.",
    ],
)
def test_a_soft_practice_given_a_curative_effect_is_an_unproven_claim(text: str) -> None:
    assert "pratique-non-validee" in rules_alone(text, "site")


def test_a_soft_practice_denied_an_effect_is_no_claim() -> None:
    text = "La chiropraxie ne guérit pas les migraines, parlez-en à votre médecin."
    assert "pratique-non-validee" not in rules_alone(text, "site")


def test_a_technique_without_surgery_said_to_last_for_life_is_an_unproven_claim() -> None:
    assert "pratique-non-validee" in rules_alone("Le mini-lifting sans bistouri qui dure toute la vie ✨")


def test_a_result_that_lasts_for_years_after_surgery_is_no_such_claim() -> None:
    text = "Après une blépharoplastie, le résultat dure en général une dizaine d'années."
    assert "pratique-non-validee" not in rules_alone(text, "site")


def test_a_remedy_declared_recognised_for_a_condition_is_an_unproven_claim() -> None:
    text = "La mésothérapie, une technique douce reconnue pour traiter la cellulite."
    assert "pratique-non-validee" in rules_alone(text, "site")


def test_a_remedy_recognised_by_a_cited_authority_is_sourced() -> None:
    text = "La sclérothérapie, technique reconnue pour traiter les varicosités (recommandations de la HAS)."
    assert "pratique-non-validee" not in rules_alone(text, "site")


_LONG = (
    "La chute de cheveux touche beaucoup d'adultes. Elle peut être saisonnière, liée au stress, à une "
    "carence ou à une alopécie héréditaire. Le cuir chevelu s'affine d'abord sur les tempes et le "
    "sommet du crâne, les follicules produisent des cheveux plus fins, puis la repousse ralentit. "
    "Un bilan sanguin recherche une carence en fer ou un trouble de la thyroïde. Les solutions vont "
    "des lotions au minoxidil à la greffe, selon le stade, l'âge et l'histoire familiale. Une plaie "
    "ou une irritation du cuir chevelu doit être montrée à un dermatologue avant tout traitement, "
    "et il faut plusieurs mois pour juger de l'effet d'une prise en charge."
    " Chaque situation est différente : le choix du traitement se discute en consultation, après un "
    "examen complet et un bilan des antécédents de chaque personne."
)


def test_a_long_undated_explainer_on_hair_loss_is_health_information() -> None:
    assert "sources-absentes" in rules_alone(_LONG, "youtube")


def test_a_long_explainer_on_hair_loss_with_its_date_and_sources_is_compliant() -> None:
    text = (
        _LONG
        + " Mis à jour le 4 mars 2026. Sources : recommandations de la Société française de dermatologie."
    )
    assert "sources-absentes" not in rules_alone(text, "youtube")


def test_several_titles_denied_at_once_are_no_claim() -> None:
    text = "Médecin esthétique, chirurgien cosmétique : de tels titres ne sont pas reconnus par l'Ordre."
    assert "titre-non-reconnu" not in rules_alone(text, "x")


def test_a_title_claimed_beside_a_denial_of_other_words_is_still_claimed() -> None:
    assert "titre-non-reconnu" in rules_alone("Dr Lucas, médecin anti-âge à Lille, sur rendez-vous.", "x")


def test_a_brand_tagged_before_a_general_tip_on_sun_is_no_advice() -> None:
    text = "En collab avec @solaris.eyes : après une blépharoplastie, protéger ses yeux du soleil, la base."
    assert "conseil-personnalise" not in rules_alone(text)


def test_a_surgical_result_said_to_last_for_life_without_a_scar_is_no_unvalidated_practice() -> None:
    text = "Le lifting que je pratique donne un résultat qui dure à vie, sans cicatrice."
    assert "pratique-non-validee" not in rules_alone(text, "youtube")
