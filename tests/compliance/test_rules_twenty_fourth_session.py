"""Rules read on batches 125-132 (twenty-fourth session): branded injectables on offer, products sold
at the desk, care given in public replies, « ne traînez pas », the practice named « la référence » of
a place, rivals scorned in review replies, and two readings of the qualifiers (« rentrer dans l'ordre »
is no Ordre des médecins; « parler de » does not reach past its clause)."""

from __future__ import annotations

from tests.compliance.rules_alone import rules_alone

from vitrine.compliance.qualifiers import is_reported
from vitrine.compliance.textmap import fold_string

# produit-sante


def test_a_branded_injectable_on_offer_is_promoted() -> None:
    texts = (
        "BLACK FRIDAY 🖤 -20 % sur toutes les injections Volumia Lips, ce week-end seulement !",
        "Pour tout lifting réservé en mai, une injection Restylane Kysse offerte pour les lèvres 💋",
        "Promo de printemps : -15 % sur le Botox jusqu'au 30 avril 💉",
        "Offre découverte : -25 % sur votre première séance de Dysport® front et glabelle.",
    )
    for text in texts:
        assert "produit-sante" in rules_alone(text, "instagram"), text


def test_a_brand_opening_a_sentence_or_an_offer_in_another_sentence_promotes_no_product() -> None:
    texts = (
        # a capital that opens the sentence proves nothing
        "Botox 3 zones : 199 € au lieu de 320 €.",
        "Toutes les injections Botox sont faites par le Dr Marin. -10 % sur les peelings ce mois-ci.",
    )
    for text in texts:
        assert "produit-sante" not in rules_alone(text, "instagram"), text


def test_a_reference_treatment_is_medical_vocabulary_not_a_product_pushed() -> None:
    text = (
        "Le minoxidil en lotion est le traitement de référence de l'alopécie androgénétique ; son effet "
        "se juge après six mois et cesse à l'arrêt."
    )
    assert "produit-sante" not in rules_alone(text, "site")


def test_a_product_available_from_today_at_the_desk_is_sold() -> None:
    text = "Nouveau : notre sérum réparateur aux peptides, disponible dès maintenant à l'accueil du cabinet."
    assert "produit-sante" in rules_alone(text, "linkedin")


def test_a_branded_product_stocked_at_the_practice_is_sold_even_in_a_private_message() -> None:
    text = "Bonjour Mme Lenoir, mettez la crème Cicalane matin et soir. On en a au cabinet si besoin 😊"
    assert "produit-sante" in rules_alone(text, "message")


def test_chin_straps_and_electric_toothbrushes_are_health_products() -> None:
    texts = (
        "Merci @MedWear pour les mentonnières de contention offertes, code NEZ10 !",
        "Ma brosse électrique préférée, la Sonidenta, élimine la plaque. Lien affilié en bio.",
    )
    for text in texts:
        assert "produit-sante" in rules_alone(text, "instagram"), text


def test_the_practices_own_branded_product_is_promoted_wherever_it_is_named() -> None:
    texts = (
        ("Brief : payer deux influenceuses pour des stories sur notre sérum apaisant Calmiane.", "autre"),
        ("Commence les massages deux fois par jour avec notre gel Cicaform, et évite le soleil.", "facebook"),
        ("Bonjour Mme Roy, appliquez notre crème Réparis matin et soir sur la cicatrice.", "message"),
    )
    for text, channel in texts:
        assert "produit-sante" in rules_alone(text, channel), text


# conseil-personnalise


def test_an_idiom_with_l_ordre_is_not_the_ordre_des_medecins() -> None:
    assert not is_reported(fold_string("massez deux fois par jour, tout rentrera dans l'ordre.").lower())
    assert not is_reported(fold_string("un risque de l'ordre de 2 % selon les séries").lower())
    assert is_reported(fold_string("l'ordre interdit les témoignages de patients").lower())
    assert is_reported(fold_string("conformément aux recommandations de l'ordre").lower())


def test_care_given_to_a_reviewer_stays_advice_when_all_will_be_back_in_order() -> None:
    text = (
        "Bonjour Julie, c'est tout à fait normal à ce stade : massez doucement deux fois par jour, tout "
        "devrait rentrer dans l'ordre d'ici une semaine."
    )
    assert "conseil-personnalise" in rules_alone(text, "avis-reponse")


def test_a_consultation_already_held_is_no_redirection() -> None:
    texts = (
        "Bonjour Léa, comme on l'a vu ensemble en consultation, il faut continuer la brassière encore "
        "deux semaines, jour et nuit.",
        "Bonjour Marc, comme évoqué en consultation, je vous conseille plutôt deux séances de laser "
        "fractionné pour vos cicatrices.",
    )
    for text in texts:
        assert "conseil-personnalise" in rules_alone(text, "facebook"), text


def test_an_invitation_to_a_consultation_still_redirects() -> None:
    text = "Bonjour Léa, pour la brassière, le mieux est d'en parler en consultation avec le Dr Morel."
    assert "conseil-personnalise" not in rules_alone(text, "facebook")


def test_an_evening_care_told_to_an_account_is_advice() -> None:
    text = "@marc_t à ce stade les croûtes tombent. Lave bien et mets de l'huile de rose musquée le soir."
    assert "conseil-personnalise" in rules_alone(text, "x")


def test_a_question_sent_by_dm_answered_in_public_speaks_to_one_person() -> None:
    text = "Pour ta question en DM @lou.vtn : compresses chaudes 3 fois par jour et ça partira tout seul 😉"
    assert "conseil-personnalise" in rules_alone(text, "instagram")


def test_a_symptom_then_its_care_without_a_verb_is_advice_in_a_reply() -> None:
    text = "Chère Inès, pour le bleu sur la cuisse après votre lipo : arnica et glace, on se voit jeudi 💕"
    assert "conseil-personnalise" in rules_alone(text, "avis-reponse")


# incitation


def test_ne_trainez_pas_pushes_unless_it_sends_to_a_doctor() -> None:
    pushed = "Première consultation offerte pour les 30 premiers contacts, ne traînez pas !"
    assert "incitation" in rules_alone(pushed, "facebook")
    warned = "Un grain de beauté qui change de couleur ? Ne traînez pas, montrez-le à un dermato."
    assert "incitation" not in rules_alone(warned, "instagram")


def test_qui_est_prete_after_an_offer_pushes() -> None:
    assert "incitation" in rules_alone("Lipo 360 avant l'été 🔥 Qui est prête ?", "instagram")
    assert "incitation" not in rules_alone(
        "Qui est prête à poser ses questions au live de jeudi sur la cicatrisation ?", "instagram"
    )


# superlatif


def test_the_practice_named_the_reference_of_a_place_praises_itself() -> None:
    texts = (
        "Dr Léa Morin, médecin esthétique, la référence des injections à Nancy 💎 Découvrez le cabinet.",
        "Notre cabinet, référence de la chirurgie du pied en Normandie, ouvre un second site.",
        "Plus de 3 000 poses depuis 2015 : nous sommes le centre de référence des fils tenseurs en Alsace.",
        "Je suis l'un des seuls chirurgiens de la région à pratiquer cette technique.",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "linkedin"), text


def test_a_reference_number_a_gold_standard_or_a_health_system_label_praises_nobody() -> None:
    texts = (
        "Avant de partir, demandez le nom du chirurgien, la référence des implants et le suivi prévu.",
        "Pour un relâchement marqué, le lifting reste la référence ; les fils donnent un effet plus court.",
        "Le service de dermatologie du CHU est labellisé centre de référence des maladies rares de la peau.",
    )
    for text in texts:
        assert "superlatif" not in rules_alone(text, "linkedin"), text


def test_the_practice_claiming_to_have_become_the_reference_centre_praises_itself() -> None:
    texts = (
        "En dix ans, nous sommes devenus le centre de référence en rhinoplastie de la région.",
        "« Nous sommes aujourd'hui le centre de référence de la chirurgie bariatrique dans l'Est », "
        "affirme le Dr Morin.",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "presse"), text


def test_talking_about_a_topic_does_not_make_a_later_clause_a_quotation() -> None:
    text = (
        "On va parler de la rhinoplastie ultrasonique, parce que c'est ma spécialité et que je suis l'un "
        "des rares en France à la maîtriser."
    )
    assert "superlatif" in rules_alone(text, "youtube")
    quoted = "Arrêtons de parler de « meilleur chirurgien de France »."
    assert "superlatif" not in rules_alone(quoted, "youtube")


# denigrement


def test_a_reviewer_sent_in_scorn_to_a_named_rival_denigrates_that_rival() -> None:
    texts = (
        "Allez donc chez votre Dr Fabre, puisqu'il est si merveilleux. Inutile de revenir.",
        "Puisque vous préférez le Dr Roche, retournez-y donc. Vous reviendrez comme les autres.",
        "Allez donc vous faire suivre par votre « super » dermato de quartier, vous verrez la différence.",
        "Nous avons dû reprendre la rhinoplastie ratée par le Dr Vial, ne l'oubliez pas.",
    )
    for text in texts:
        assert "denigrement" in rules_alone(text, "avis-reponse"), text
    assert "denigrement" not in rules_alone("Allez donc voir ailleurs, bon vent.", "avis-reponse")


def test_fleecing_or_neglecting_patients_said_of_rivals_denigrates_them() -> None:
    texts = (
        "Une qualité au moins égale à celle de ces cabinets qui se gavent sur le dos des patients.",
        "Mes confrères du privé annoncent 6 mois d'attente. Eux s'en fichent de leurs patientes, moi non.",
        "Des délais courts, là où d'autres bâclent les bilans.",
        "Ici pas de tarifs gonflés comme dans les cliniques du centre-ville 💸",
    )
    for text in texts:
        assert "denigrement" in rules_alone(text, "bluesky"), text


# donnees-patient


def test_a_public_figure_named_as_a_patient_breaks_secrecy_but_is_no_patient_data() -> None:
    texts = (
        "Merci à Hugo Ferrand, notre pilier préféré du Stade, pour sa confiance 🏉 Greffe réalisée hier.",
        "Quel bonheur d'avoir accompagné Lila Marceau, danseuse étoile que vous connaissez toutes, pour sa "
        "rhinoplastie.",
        "Fier d'avoir réparé le nez de Tom Vidal, 3e ligne du CA Brive, après sa fracture de dimanche.",
        "Oui, j'ai refait le nez de Nina Sol (la chanteuse), et c'est moi qui l'ai opérée.",
    )
    for text in texts:
        found = rules_alone(text, "instagram")
        assert "secret-medical" in found and "donnees-patient" not in found, text


# near misses found by the session's review


def test_a_studys_figure_a_free_coffee_or_a_withdrawn_product_promotes_nothing() -> None:
    texts = (
        (
            "Les injections de Dysport réduisent la sueur : une réduction de 80 % en moyenne.",
            "site",
        ),
        ("Le laser Fraxel® permet une réduction des cicatrices de 50 % en moyenne.", "site"),
        ("Portes ouvertes : jus de fruits offert, et présentation des injections Teoxane.", "instagram"),
        ("Bonjour Madame, notre sérum Lumiderm n'est plus fabriqué, désolée.", "message"),
        ("Bonjour, notre pommade Fucidine prescrite par le Dr est à acheter en pharmacie.", "message"),
        ("J'ai arrêté de fumer grâce à mes patchs Nicorette, il y a quinze ans.", "linkedin"),
        ("Le port d'une mentonnière est recommandé après une lipoaspiration du cou.", "site"),
    )
    for text, channel in texts:
        assert "produit-sante" not in rules_alone(text, channel), text


def test_ne_trainez_pas_about_sun_screening_or_vaccines_is_advice() -> None:
    texts = (
        "Ne traînez pas au soleil sans protection cet été !",
        "Ne traînez pas : le dépistage du cancer colorectal est gratuit dès 50 ans.",
        "Ne traînez pas pour vous faire vacciner contre la grippe.",
        "Notre interne Léa soutient sa thèse demain. Qui est prête ? Elle ! Bravo.",
    )
    for text in texts:
        assert "incitation" not in rules_alone(text, "instagram"), text
    assert "incitation" in rules_alone("Les fêtes approchent, ne traînez pas pour réserver votre séance !")


def test_a_health_system_label_another_body_or_a_joke_is_no_self_praise() -> None:
    texts = (
        "Le CHU de Rennes est le centre de référence des malformations vasculaires.",
        "Nous sommes le centre de référence labellisé par le ministère pour les maladies rares de la peau.",
        "Le Pr Morel, référence de la chirurgie cardiaque en France, est décédé hier.",
        "Le Vidal, référence du médicament en France, publie sa nouvelle édition.",
        "Objet : référence de votre dossier en attente de validation.",
        "Je suis l'un des seuls à être encore en retard au staff 😅",
    )
    for text in texts:
        assert "superlatif" not in rules_alone(text, "linkedin"), text
    assert "superlatif" in rules_alone(
        "Référence de la médecine esthétique à Lille depuis 2005.", "instagram"
    )


def test_sending_a_patient_to_her_own_doctor_or_a_quoted_blame_denigrates_nobody() -> None:
    texts = (
        "Allez donc voir votre médecin traitant si la fièvre persiste.",
        "Allez donc chez le dermatologue de garde, il vous recevra ce week-end.",
        "Ma rhinoplastie ratée par le Dr Morin ? Je ne commenterai pas le travail d'un confrère.",
        "Sa rhinoplastie avait été ratée par le Dr X selon ses dires ; nous ne jugeons pas nos confrères.",
    )
    for text in texts:
        assert "denigrement" not in rules_alone(text, "avis-reponse"), text
    assert "denigrement" in rules_alone(
        "Allez donc voir votre cher docteur, on ne vous retient pas.", "avis-reponse"
    )


def test_an_amateur_role_or_a_regular_known_at_the_practice_is_no_public_figure() -> None:
    texts = (
        "Paul Girard, entraîneur bénévole de l'équipe de ses enfants, a été opéré du genou au cabinet.",
        "Julie Morel, nageuse que vous connaissez bien au cabinet, a été opérée des paupières.",
    )
    for text in texts:
        assert "donnees-patient" in rules_alone(text, "facebook"), text


def test_an_act_shouted_in_capitals_names_no_brand() -> None:
    assert "produit-sante" not in rules_alone(
        "BLACK FRIDAY : -30 % SUR LES INJECTIONS DE TOXINE !", "instagram"
    )
