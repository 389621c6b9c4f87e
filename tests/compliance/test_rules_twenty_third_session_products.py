"""Rules read on batches 117-124 (twenty-third session): branded care products named in review
replies, sold or given in private messages, « ne jurent que par », « jamais sans », a product line
launched; two readings of the qualifiers (a double negation asserts, a capital after an emoji starts
a new sentence)."""

from __future__ import annotations

from tests.compliance.rules_alone import rules_alone

# produit-sante


def test_a_review_reply_naming_the_brand_handed_to_the_reviewer_promotes_it() -> None:
    texts = (
        "Merci pour ce message ! Continuez bien le baume Lipsoin que je vous ai donné, matin et soir "
        "pendant un mois.",
        "Merci Madame. Pensez à poursuivre l'huile Cicarose que nous vous avons remise à la sortie.",
    )
    for text in texts:
        assert "produit-sante" in rules_alone(text, "avis-reponse"), text


def test_a_review_reply_naming_a_class_of_product_or_a_recall_promotes_nothing() -> None:
    texts = (
        "Merci pour votre retour. Pensez à la crème solaire SPF 50 sur la cicatrice jusqu'à l'automne.",
        "Merci pour votre message. Comme indiqué par l'ANSM, le lot 24B du gel Cicarel fait l'objet d'un "
        "rappel : rapportez-le en pharmacie.",
    )
    for text in texts:
        assert "produit-sante" not in rules_alone(text, "avis-reponse"), text


def test_a_branded_product_sold_or_given_in_a_private_message_is_promoted() -> None:
    texts = (
        "Bonjour, appliquez la crème Dermavie deux fois par jour. Avec le code DOC15 vous avez -15 % sur "
        "le site de la marque.",
        "Bonjour Madame, pour votre venue jeudi on vous offre le tube de gel Siliderm 🎁",
        "Pour la cicatrice, prenez la crème Reparine, c'est vraiment la meilleure 👌 deux fois par jour.",
    )
    for text in texts:
        assert "produit-sante" in rules_alone(text, "message"), text


def test_a_branded_product_in_a_private_care_instruction_is_advice_not_promotion() -> None:
    # dev labels such messages `conseil-personnalise` only (dev-9292, dev-19508, dev-20813)
    text = "Bonjour Mme Martin, mettez la crème Cicadine 2 fois par jour et massez bien la cicatrice."
    assert "produit-sante" not in rules_alone(text, "message")


def test_patients_who_swear_by_a_cream_or_a_cream_on_sale_in_pharmacies_promote_it() -> None:
    texts = (
        "Mes opérées ne jurent que par le baume Nacrelis 💚 après une abdominoplastie.",
        "Le sérum Lumicica est disponible en pharmacie et à l'accueil du cabinet.",
    )
    for text in texts:
        assert "produit-sante" in rules_alone(text, "instagram"), text


def test_a_product_line_launched_by_the_doctor_is_promoted() -> None:
    text = "Ça y est, je lance enfin ma gamme 🧴 le sérum Cicalia by Dr Rose pour les peaux opérées."
    assert "produit-sante" in rules_alone(text, "instagram")


def test_a_question_told_before_the_answer_is_no_condition_on_the_product() -> None:
    text = (
        "@lina_92 demande si ses cicatrices rouges à 2 mois c'est normal : oui, mets la crème Cicavia "
        "matin et soir, c'est de loin la meilleure."
    )
    assert "produit-sante" in rules_alone(text, "tiktok")


def test_the_excerpt_of_a_named_product_ends_on_its_brand() -> None:
    from vitrine.compliance import check

    report = check(
        "Merci ! Continuez le gel Cicarex que je vous ai remis en consultation.", channel="avis-reponse"
    )
    excerpts = [f.excerpt for f in report.findings if f.rule == "produit-sante"]
    assert excerpts == ["gel Cicarex"]


# qualifiers


def test_never_without_a_product_asserts_it() -> None:
    text = "Je ne me couche jamais sans la crème Nuitéa. Elle répare la peau pendant le sommeil."
    assert "produit-sante" in rules_alone(text, "presse")


def test_a_negation_that_governs_the_claim_itself_still_drops_it() -> None:
    texts = (
        "Une liposuccion n'est jamais sans risque.",
        "On ne vous promettra jamais 😇 un résultat garanti.",
        "Aucune intervention n'est sans douleur.",
    )
    for text in texts:
        assert "garantie-resultat" not in rules_alone(text, "instagram"), text


def test_a_capital_after_an_emoji_starts_a_sentence_the_negation_before_does_not_reach() -> None:
    text = (
        "Tu peux te remaquiller à J10, pas avant 😉 Et mets la crème Cicalune, c'est la meilleure pour les "
        "cicatrices."
    )
    assert "produit-sante" in rules_alone(text, "message")


# garantie-resultat


def test_an_efficacy_claimed_for_an_unvalidated_remedy_is_no_promise_about_an_act() -> None:
    texts = (
        "La mésothérapie capillaire : la solution définitive contre la chute de cheveux, quelle que "
        "soit la cause.",
        "La cryolipolyse fait fondre la graisse pour toujours, sans régime ni sport. C'est prouvé.",
        "Exosomes : une révolution qui efface les taches, résultats visibles dès la deuxième séance.",
    )
    for text in texts:
        found = rules_alone(text, "instagram")
        assert "garantie-resultat" not in found, text


def test_an_unvalidated_remedy_still_promises_the_absence_of_harm_or_a_result_for_life() -> None:
    texts = (
        "Le PRP capillaire, sans douleur et sans aucun effet secondaire : c'est prouvé.",
        "La carboxythérapie relance le collagène, c'est prouvé, et le résultat vous est acquis à vie.",
    )
    for text in texts:
        assert "garantie-resultat" in rules_alone(text, "instagram"), text


def test_an_efficacy_promised_for_an_act_stays_a_promise() -> None:
    text = "Rhinoplastie : votre bosse disparaît définitivement, résultat garanti."
    assert "garantie-resultat" in rules_alone(text, "instagram")


# conseil-personnalise


def test_a_product_on_sale_at_the_desk_is_no_redirection_to_the_secretariat() -> None:
    text = "Pour votre cicatrice, appliquez la crème Dermalis matin et soir, en vente au secrétariat 29 €."
    assert "conseil-personnalise" in rules_alone(text, "message")


def test_calling_the_secretariat_still_redirects() -> None:
    text = "Pour la cicatrice qui suinte, appelez le secrétariat."
    assert "conseil-personnalise" not in rules_alone(text, "message")


# mends after the review of the first round


def test_a_brand_turned_down_or_blamed_for_a_reaction_in_a_review_reply_is_not_promoted() -> None:
    texts = (
        "Le sérum Éclat dont vous parlez n'est pas un produit que nous recommandons.",
        "Nous sommes désolés que la crème Cicabio vous ait provoqué une irritation ; arrêtez-la.",
    )
    for text in texts:
        assert "produit-sante" not in rules_alone(text, "avis-reponse"), text


def test_a_slot_offered_or_a_patients_gift_is_no_sale_of_the_product_named_in_a_message() -> None:
    texts = (
        "Je peux vous offrir un créneau jeudi à 14h. D'ici là continuez le gel Kelocote matin et soir.",
        "Merci pour le petit cadeau à toute l'équipe ! Continuez la crème Cicaplast.",
    )
    for text in texts:
        assert "produit-sante" not in rules_alone(text, "message"), text


def test_a_negation_or_de_right_before_an_emoji_still_reaches_the_capital_after_it() -> None:
    assert "offre-commerciale" not in rules_alone(
        "Nous ne proposons pas de 💉 Botox à -30 %, la médecine n'est pas un commerce.", "instagram"
    )
    assert "garantie-resultat" not in rules_alone(
        "Jamais de ✨ Résultat garanti ici : chaque corps est différent.", "instagram"
    )


def test_a_remedy_refused_named_elsewhere_or_as_a_hashtag_does_not_excuse_a_promise() -> None:
    texts = (
        "Blépharoplastie : un regard rajeuni pour toujours. Nous ne pratiquons ni la mésothérapie ni le "
        "PRP, faute de preuves suffisantes.",
        "Rhinoplastie : un nouveau nez pour toujours. Dans notre salle d'attente, des tisanes et des huiles "
        "essentielles en libre-service 🌿",
        "Greffe de cheveux : des cheveux qui ne tombent plus jamais, pour toujours 💇‍♂️ #révolution",
    )
    for text in texts:
        assert "garantie-resultat" in rules_alone(text, "instagram"), text


def test_everyone_swearing_by_a_filler_in_a_warning_is_no_recommendation() -> None:
    text = "Tout le monde ne jure que par les fillers Juvéderm… ⚠️ un filler n'est pas un cosmétique."
    assert "produit-sante" not in rules_alone(text, "tiktok")
