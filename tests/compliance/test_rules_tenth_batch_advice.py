"""Personal advice, testimonials, before/after showcases, unproven claims, missing sources and
unrecognised titles (conseil-personnalise, temoignage, avant-apres, pratique-non-validee,
sources-absentes, titre-non-reconnu) in the wordings of the tenth batch, judged by the rules alone:
the learned reader is left out, so these say what the constructions do. The wordings are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# conseil-personnalise


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour Sandrine, à dix jours c'est normal que ce soit encore dur. Gardez la gaine jour et nuit.",
        "Chère Madame, vous ne devez pas reprendre la spironolactone avant le contrôle.",
    ],
)
def test_a_public_reply_to_one_named_person_is_read_as_a_private_message(text: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, "facebook")


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour à toutes, votre cicatrice va rosir puis blanchir en quelques mois.",
        "Bonjour Docteur, votre cicatrice va rosir puis blanchir : c'est le texte du post de demain.",
        "Hello Instagram ! Votre cicatrice va rosir puis blanchir, c'est le sujet du jour.",
    ],
)
def test_a_greeting_to_everyone_or_to_the_doctor_addresses_no_patient(text: str) -> None:
    assert "conseil-personnalise" not in rules_alone(text, "facebook")


def test_a_colleague_greeted_in_an_internal_note_is_no_patient_addressed() -> None:
    text = "Bonjour Camille, pour le post de lundi : votre cicatrice va rosir puis blanchir, en légende."
    assert "conseil-personnalise" not in rules_alone(text, "autre")


def test_a_forbidden_drug_is_still_an_instruction() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Vous ne pouvez pas reprendre le Roaccutane avant un mois.", "message"
    )


def test_an_act_chosen_for_the_person_asked_about_is_a_decision() -> None:
    text = "Votre auditrice de 60 ans ? Pour elle, franchement, c'est la blépharoplastie, pas les injections."
    assert "conseil-personnalise" in rules_alone(text, "presse")


def test_an_act_described_to_every_reader_is_no_decision() -> None:
    assert "conseil-personnalise" not in rules_alone(
        "Pour vous, c'est une intervention d'une heure environ.", "site"
    )


def test_a_reply_dictated_for_one_person_is_advice() -> None:
    text = "Assistante : elle demande si elle peut nager.\nDr : Réponds-lui non, pas de piscine 3 semaines."
    assert "conseil-personnalise" in rules_alone(text, "autre")


def test_a_reply_dictated_about_logistics_is_no_advice() -> None:
    text = "Assistante : elle demande où se garer.\nDr : Dis-lui que le parking est au sous-sol."
    assert "conseil-personnalise" not in rules_alone(text, "autre")


# temoignage


def test_a_quote_signed_by_an_inverted_verb_and_a_patient_is_a_testimonial() -> None:
    text = "« Je revis depuis mon opération » m'a écrit l'une de nos patientes cette semaine."
    assert "temoignage" in rules_alone(text, "facebook")


def test_a_patients_question_quoted_is_no_testimonial() -> None:
    text = "« Combien de temps dure l'œdème ? » nous demande une patiente : environ trois semaines."
    assert "temoignage" not in rules_alone(text, "facebook")


# avant-apres


def test_pictures_labelled_before_and_after_on_consecutive_lines_are_a_showcase() -> None:
    text = "Carrousel lèvres\nImage 1 : avant\nImage 2 : après deux séances"
    assert "avant-apres" in rules_alone(text, "instagram")


def test_a_story_link_swiped_up_to_book_is_no_result_shown() -> None:
    assert "avant-apres" not in rules_alone(
        "Nouveaux créneaux en janvier, swipe up pour prendre rendez-vous."
    )


def test_a_result_swiped_up_is_still_a_showcase() -> None:
    assert "avant-apres" in rules_alone("Swipe up pour voir le résultat de sa rhinoplastie !")


def test_the_hashtag_named_to_remove_it_is_no_showcase() -> None:
    text = "Merci de supprimer le hashtag #BeforeAfter de nos anciens posts, il est interdit."
    assert "avant-apres" not in rules_alone(text, "autre")


# pratique-non-validee


@pytest.mark.parametrize(
    "text",
    [
        "Le PRP fait repousser les cheveux, c'est cliniquement démontré.",
        "Une efficacité scientifiquement établie sur la cellulite.",
    ],
)
def test_proof_claimed_by_its_seal_is_an_unconfirmed_claim_whatever_the_participle(text: str) -> None:
    assert "pratique-non-validee" in rules_alone(text)


def test_a_proof_denied_is_no_claim() -> None:
    assert "pratique-non-validee" not in rules_alone("Cet effet n'est pas scientifiquement démontré.", "site")


def test_an_effect_asserted_against_a_study_is_an_unconfirmed_claim() -> None:
    text = "L'étude parue ce matin ? N'en déplaise aux sceptiques, la carboxythérapie ça répare la peau."
    assert "pratique-non-validee" in rules_alone(text, "x")


def test_an_effect_reported_from_a_study_is_a_source() -> None:
    text = "Une étude publiée en 2024 montre que la LED réduit les rougeurs (Martin et al.)."
    assert "pratique-non-validee" not in rules_alone(text, "x")


def test_a_look_made_younger_by_surgery_is_a_promise_not_an_unvalidated_practice() -> None:
    text = "Offrez-vous un visage rajeuni de 15 ans avec le lifting cervico-facial."
    assert "pratique-non-validee" not in rules_alone(text, "facebook")


# sources-absentes

_REFLECTION = (
    "Vingt ans de bloc : quelques souvenirs\n\nJ'ai commencé comme interne dans un petit hôpital de "
    "province, où les chirurgiens plus âgés m'ont appris la patience. J'y ai croisé des anesthésistes "
    "exigeants, des infirmières de bloc formidables et des patients qui m'ont appris à écouter. La "
    "chirurgie, c'est un métier d'équipe : on ne réussit rien seul. Je me souviens des nuits de garde, "
    "des cafés froids, des fous rires dans les vestiaires. Je me souviens aussi des doutes, des soirs "
    "où l'on rentre fatigué et où l'on repense à chaque geste. Aujourd'hui, j'installe une nouvelle "
    "équipe au cabinet et je mesure la chance d'avoir été si bien entouré. Merci à tous ceux qui ont "
    "partagé ce chemin, et à ma famille, qui l'a rendu possible."
)


def test_a_personal_reflection_on_a_career_is_not_health_information() -> None:
    assert "sources-absentes" not in rules_alone(_REFLECTION, "site")


def test_an_undated_unsourced_explainer_is_still_flagged() -> None:
    text = (
        "La blépharoplastie corrige l'excès de peau des paupières. L'intervention se fait sous "
        "anesthésie locale et dure environ une heure. Les suites comportent un œdème et des "
        "ecchymoses pendant une dizaine de jours ; une sécheresse oculaire est possible. Les fils "
        "sont retirés vers le cinquième jour. Les cicatrices se cachent dans le pli de la paupière "
        "et s'estompent en quelques mois. Comme toute chirurgie, elle comporte des risques : "
        "hématome, infection, asymétrie, difficulté à fermer l'œil de façon transitoire. Le tabac "
        "retarde la cicatrisation et doit être arrêté un mois avant l'intervention."
        " Chaque situation est différente : le choix du traitement se discute en consultation, après un "
        "examen complet et un bilan des antécédents de chaque personne."
    )
    assert "sources-absentes" in rules_alone(text, "site")


# titre-non-reconnu


def test_a_title_given_between_quotes_is_still_a_title() -> None:
    text = "Brief agence : sur la bannière, présentez le Dr Roux comme « médecin esthétique »."
    assert "titre-non-reconnu" in rules_alone(text, "autre")


def test_a_title_given_between_quotes_and_refused_is_no_title() -> None:
    text = "Ne me présentez jamais comme « médecin anti-âge », ce titre n'est pas reconnu."
    assert "titre-non-reconnu" not in rules_alone(text, "autre")


# second half of the batch: conseil-personnalise


def test_a_reply_opening_on_an_account_is_addressed_to_that_person() -> None:
    text = "@Karine L. pour tes brûlures d'estomac après la sleeve, prends ton traitement 2 fois par jour."
    assert "conseil-personnalise" in rules_alone(text, "facebook")


def test_the_addressee_judged_a_candidate_is_a_clinical_decision() -> None:
    assert "conseil-personnalise" in rules_alone(
        "D'après vos radios, vous n'êtes pas une bonne candidate.", "message"
    )


def test_a_quantity_judged_enough_by_message_is_a_clinical_decision() -> None:
    assert "conseil-personnalise" in rules_alone(
        "Le docteur pense que deux séances suffiront largement.", "message"
    )


def test_a_profile_picture_is_no_picture_sent_for_an_opinion() -> None:
    text = "Vu ta photo de profil, tu devrais plutôt soigner ton orthographe 😂"
    assert "conseil-personnalise" not in rules_alone(text, "youtube")


def test_a_verbless_care_with_a_schedule_in_words_is_advice() -> None:
    text = "Merci ! Pour le bleu, gel d'arnica plusieurs fois par jour et tout ira bien."
    assert "conseil-personnalise" in rules_alone(text, "avis-reponse")


# second half: temoignage


def test_a_patients_permission_to_share_her_news_is_no_testimonial_by_itself() -> None:
    text = "Léa a couru son premier 10 km un an après sa greffe. Elle nous a autorisés à partager sa photo."
    assert "temoignage" not in rules_alone(text, "facebook")


def test_praise_of_the_team_between_quotes_is_a_testimonial() -> None:
    assert "temoignage" in rules_alone(
        "« Toute l'équipe a été adorable du premier au dernier jour » 💕", "instagram"
    )


def test_a_share_of_patients_recommending_is_a_satisfaction_rate_not_a_testimonial() -> None:
    assert "temoignage" not in rules_alone("92 % de nos patientes recommandent la clinique.", "site")


def test_a_section_where_they_speak_of_the_doctor_is_a_testimonial() -> None:
    assert "temoignage" in rules_alone("Elles parlent du Dr Marin : découvrez leurs mots.", "site")


# second half: avant-apres


def test_a_symptom_dated_after_ones_operation_is_no_result_shown() -> None:
    text = "Pour tes nausées à J+5 de la sleeve, fractionne les repas."
    assert "avant-apres" not in rules_alone(text, "facebook")


def test_a_care_schedule_dated_after_the_operation_is_no_result_shown() -> None:
    text = "Vous pourrez reprendre la douche normale à J+3, avec un savon doux."
    assert "avant-apres" not in rules_alone(text, "message")


def test_photos_published_with_the_patients_consent_are_a_showcase() -> None:
    text = "Lifting cervical, photos partagées avec le consentement de la patiente 🙏"
    assert "avant-apres" in rules_alone(text, "instagram")


def test_a_result_put_forward_months_later_is_a_showcase() -> None:
    assert "avant-apres" in rules_alone(
        "Rhinoplastie : 3 mois plus tard, le résultat se passe de commentaires."
    )


def test_a_photoprotection_advice_before_and_after_a_laser_is_no_showcase() -> None:
    text = "Une photoprotection soigneuse est conseillée avant et après chaque séance de laser."
    assert "avant-apres" not in rules_alone(text, "site")


# second half: pratique-non-validee


def test_an_efficacy_stated_in_a_sourced_explainer_is_no_claim() -> None:
    text = (
        "Le minoxidil a une efficacité démontrée sur la chute de cheveux androgénétique.\n"
        "Sources : recommandations de la Société française de dermatologie, 2023."
    )
    assert "pratique-non-validee" not in rules_alone(text, "site")


def test_an_efficacy_sealed_as_proven_without_sources_is_a_claim() -> None:
    assert "pratique-non-validee" in rules_alone(
        "Notre sérum au cuivre, d'une efficacité démontrée sur les rides."
    )


def test_a_lifting_effect_guaranteed_is_a_promise_not_an_unvalidated_practice() -> None:
    text = "Fils tenseurs : effet lifting garanti un an."
    assert "pratique-non-validee" not in rules_alone(text, "facebook")


def test_stem_cells_woken_by_a_product_is_an_unvalidated_claim() -> None:
    assert "pratique-non-validee" in rules_alone("Ce sérum réveille les cellules souches de ta peau ✨")


# second half: sources-absentes

_BARIATRIC = (
    "Anneau, sleeve ou bypass : comment choisir ?\n\nLa chirurgie de l'obésité modifie le circuit "
    "digestif ou la taille de l'estomac. L'anneau gastrique ajustable est de moins en moins posé. "
    "La sleeve retire une grande partie de l'estomac ; elle peut aggraver un reflux. Le bypass "
    "court-circuite une partie de l'intestin et améliore souvent un diabète, au prix de carences "
    "à surveiller toute la vie. La perte de poids dépend du suivi diététique et de l'activité "
    "physique ; une reprise de poids est possible. La décision se prend en équipe pluridisciplinaire "
    "après un bilan complet, en fonction de l'IMC, des maladies associées et des habitudes de vie."
    " Chaque situation est différente : le choix du traitement se discute en consultation, après un "
    "examen complet et un bilan des antécédents de chaque personne."
)


def test_an_undated_unsourced_obesity_surgery_explainer_is_flagged() -> None:
    assert "sources-absentes" in rules_alone(_BARIATRIC, "youtube")


def test_a_dated_and_sourced_obesity_surgery_explainer_is_not_flagged() -> None:
    text = _BARIATRIC + "\n\nVidéo publiée le 4 mars 2025. Sources : HAS, recommandations 2024."
    assert "sources-absentes" not in rules_alone(text, "youtube")


# second half: titre-non-reconnu


def test_a_title_given_by_others_and_disowned_is_no_title() -> None:
    text = "Les journaux me présentent comme « chirurgien esthétique » : ce n'est pas mon titre."
    assert "titre-non-reconnu" not in rules_alone(text, "presse")
