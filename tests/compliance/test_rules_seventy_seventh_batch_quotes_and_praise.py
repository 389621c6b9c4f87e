"""Rules read on the 77th-84th batches (nineteenth session): a commenter's own procedure answered
without our care, « si » that intensifies, the reviewer greeted with her care, slogans quoted in a
brief, others run down in interviews, patients' praise invoked in new words."""

from __future__ import annotations

from tests.compliance.rules_alone import rules_alone

# secret-medical: the commenter told her procedure herself; only our care would reveal it


def test_advice_on_a_procedure_the_commenter_named_herself_reveals_no_care_here() -> None:
    texts = (
        "@lina.bzh pour ta rhinoplastie, évite les lunettes pendant six semaines et dors sur le dos 😉",
        "@zoe_mrt à 2 semaines de ta lipo c'est normal que ce soit encore dur, masse doucement 👍",
        "@marc.r depuis ta greffe, pas de casquette serrée pendant dix jours !",
    )
    for text in texts:
        found = rules_alone(text, "instagram")
        assert "secret-medical" not in found, text
        assert "donnees-patient" in found, text


def test_a_coming_procedure_or_our_follow_up_told_to_a_commenter_still_reveals_care() -> None:
    texts = (
        "Madame, pensez à arrêter la pilule un mois avant votre abdominoplastie.",
        "@julie.rnd ta rhinoplastie cicatrise bien 😍 à la semaine prochaine pour l'ablation des fils !",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "instagram"), text


# « si » before an adjective intensifies; it opens no hypothesis


def test_an_intensifying_si_does_not_make_a_review_reply_hypothetical() -> None:
    texts = (
        "Nous regrettons que l'attente vous ait semblé si longue le jour de votre consultation de suivi.",
        "Merci ! Votre cicatrice est si fine à trois mois, on est ravis 😊",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "avis-reponse"), text


def test_si_that_opens_a_condition_still_does() -> None:
    texts = (
        "Si jamais votre cicatrice vous gêne, le secrétariat peut vous proposer un rendez-vous.",
        "Si besoin, votre consultation peut être avancée : appelez le secrétariat.",
    )
    for text in texts:
        assert "secret-medical" not in rules_alone(text, "avis-reponse"), text
    warnings = (
        "Si demain un centre vous garantit zéro cicatrice, posez-vous des questions.",
        "Si aujourd'hui quelqu'un vous dit que c'est sans douleur, il vous ment.",
    )
    for text in warnings:
        assert "garantie-resultat" not in rules_alone(text, "instagram"), text


# donnees-patient: the reviewer greeted with her own care


def test_a_greeted_reviewer_with_her_weight_loss_surgery_or_injection_is_patient_data() -> None:
    texts = (
        "Merci Sandrine ! Déjà -25 kg depuis votre bypass, bravo pour votre persévérance 💪",
        "Bonjour Inès, après votre injection de toxine, une légère lourdeur peut durer quelques jours.",
        "Mme Claire Martin, nous vous avons opérée en avril et revue deux fois depuis : nous sommes surpris.",
    )
    for text in texts:
        assert "donnees-patient" in rules_alone(text, "avis-reponse"), text


def test_a_greeted_reviewer_without_her_care_is_no_patient_data() -> None:
    texts = (
        "Merci Sandrine pour ce gentil message, toute l'équipe vous souhaite une belle journée !",
        "Bonjour Sarah, merci pour votre intérêt pour la toxine botulique : parlons-en en consultation.",
        "Monsieur Bernard, je vous ai traité comme n'importe quel interlocuteur au téléphone.",
    )
    for text in texts:
        assert "donnees-patient" not in rules_alone(text, "avis-reponse"), text


# superlatif: the slogans a brief proposes are the copy to publish


def test_slogans_proposed_or_ad_copy_quoted_in_a_brief_are_superlatives() -> None:
    texts = (
        "Slogans proposés pour le site :\n1. « Dr Morel, le n°1 du lifting à Rennes »\n2. « Votre visage »",
        "Campagne : afficher dans l'annonce « Clinique n°1 de la greffe capillaire à Lyon ».",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "autre"), text


def test_an_order_to_take_a_superlative_down_or_an_example_of_what_is_banned_is_no_superlative() -> None:
    texts = (
        "Pour l'agence : retirer de la page d'accueil la phrase « le meilleur centre laser de Lille ».",
        "Remplacer la phrase « le meilleur centre de Lyon » par « centre de chirurgie de Lyon ».",
        "Exemples de formulations interdites : 1. « le meilleur chirurgien de Paris » 2. « n°1 du nez »",
    )
    for text in texts:
        assert "superlatif" not in rules_alone(text, "autre"), text


# denigrement: others run down in an interview's quotes, in new words


def test_others_run_down_in_new_words_are_denigration() -> None:
    texts = (
        "« Contrairement aux usines à greffe de l'étranger, où des techniciens sans diplôme opèrent à la"
        " chaîne, nous prenons notre temps », explique le Dr Lenoir.",
        "« Mes lèvres sont plus naturelles que celles de mes confrères qui surcorrigent tout », dit-elle.",
        "Je vois chaque semaine des dermatologues qui s'improvisent injecteurs.",
        "Vous citez le Dr Roux ? Ses patientes finissent presque toutes chez nous pour des retouches.",
        "Ce faux avis vient évidemment d'un concurrent qui poste de faux avis toute la journée.",
        "Si vous aviez choisi un vrai chirurgien plutôt que cette clinique discount, vous n'en seriez"
        " pas là.",
        "Les cliniques de la côte ? Des marchands de tapis.",
    )
    for text in texts:
        assert "denigrement" in rules_alone(text, "presse"), text


def test_a_factual_warning_or_teaching_in_the_same_words_is_no_denigration() -> None:
    texts = (
        "Selon l'ANSM, des injections réalisées par des personnes sans diplôme ont causé des nécroses.",
        "Lors d'une rhinoplastie, le chirurgien veille à ne pas surcorriger la bosse.",
        "La chirurgie esthétique ne s'improvise pas : choisissez un chirurgien qualifié.",
        "Découvrez la clinique en profitant de notre journée portes ouvertes.",
        "Nos tarifs ne se négocient pas : nous ne sommes pas des marchands de tapis.",
        "Choisissez un vrai chirurgien qualifié plutôt que de partir à l'étranger pour une greffe.",
        "Je rejoins l'équipe de l'hôpital Foch, où nous aidons à réparer les séquelles des cancers du sein.",
    )
    for text in texts:
        assert "denigrement" not in rules_alone(text, "presse"), text


# temoignage: patients' praise invoked in new words


def test_patients_praise_invoked_or_displayed_is_a_testimonial() -> None:
    cases = (
        ("« Le Dr Vidal m'a refait le nez, 10/10, foncez ! » 💬 Merci pour ce retour", "instagram"),
        ("Plus de 1 500 avis 5⭐ ne peuvent pas mentir !", "tiktok"),
        ("Nos patients ont répondu. Voici ce qu'ils en disent : « rassurant », « à l'écoute ».", "linkedin"),
        ("« Merci pour mon nouveau sourire » : vous êtes des dizaines à nous l'écrire 🥰", "facebook"),
        ("Merci ! Comme le disent nos 250 autres patients, l'équipe est aux petits soins.", "avis-reponse"),
        ("Merci ! Comme nous l'écrivait une patiente hier : « un chirurgien en or ».", "avis-reponse"),
        ("Merci ! Votre avis sera affiché dans notre salle d'attente 😊", "avis-reponse"),
        ("Accueil du site : intégrer le widget des avis Google en haut de page.", "autre"),
    )
    for text, channel in cases:
        assert "temoignage" in rules_alone(text, channel), text


def test_taking_the_reviews_widget_down_or_other_common_words_are_no_testimonial() -> None:
    cases = (
        ("Note pour l'agence : plus aucun avis patient sur le site, retirez le widget Google.", "autre"),
        ("Prenez rendez-vous via le widget Doctolib ci-dessous.", "site"),
        ("Vous êtes nombreux à nous écrire pour savoir si le cabinet est ouvert en août.", "instagram"),
        ("« Foncez, c'est sans risque ! » : méfiez-vous de ce genre de promesse.", "instagram"),
        ("Nous avons interrogé trois confrères sur la loi influenceurs. Ce qu'ils en pensent :", "linkedin"),
        ("Un patient ne peut pas mentir sur ses antécédents à son anesthésiste.", "site"),
    )
    for text, channel in cases:
        assert "temoignage" not in rules_alone(text, channel), text


# produit-sante: a branded product handed out, thanked for, sold or linked


def test_a_branded_product_handed_out_thanked_for_or_linked_is_promoted() -> None:
    texts = (
        "🎁 Pour toute abdominoplastie programmée en juin, votre gaine Contourel vous est offerte !",
        "Merci aux Laboratoires Dermalys pour les kits offerts : chaque opérée repart avec la crème Cicalia.",
        "Après une blépharoplastie : le gel Ophtalys et les compresses Frigea, liens affiliés en bio.",
        "Le nouveau skinbooster Aquaderm est arrivé au cabinet 💧",
    )
    for text in texts:
        assert "produit-sante" in rules_alone(text, "instagram"), text


def test_a_branded_product_named_without_promotion_or_in_a_private_message_is_not() -> None:
    assert "produit-sante" not in rules_alone("La crème Cicalia contient de la vitamine E.", "site")
    text = "Bonjour Mme Roux, appliquez la crème Cicalia remise à la sortie, deux fois par jour."
    assert "produit-sante" not in rules_alone(text, "message")


# conseil-personnalise: a go or a no-go given to the person answered


def test_a_go_or_no_go_given_to_the_account_answered_is_personal_advice() -> None:
    texts = (
        "@lea_bzh pour tes poches, un peu d'acide hyaluronique suffirait, pas besoin de blépharoplastie 😉",
        "Réponse à @manon.p : ta bosse ? Une rhinoplastie médicale suffira, pas besoin de passer au bloc.",
        "@sarah.m ton lifting date de deux mois ? Alors oui, tu peux reprendre la natation 😊",
        "Réponse à @Claire D. : à 58 ans, une blépharoplastie est tout à fait envisageable pour vous.",
    )
    for text in texts:
        assert "conseil-personnalise" in rules_alone(text, "instagram"), text


def test_the_same_words_said_to_everyone_are_no_personal_advice() -> None:
    texts = (
        "Cernes légers : pas besoin de chirurgie, une injection suffit souvent. Parlez-en en consultation.",
        "Après une rhinoplastie, vous pouvez reprendre le sport doux à trois semaines.",
    )
    for text in texts:
        assert "conseil-personnalise" not in rules_alone(text, "instagram"), text


# secret-medical: her care said done here


def test_a_commenters_care_said_done_here_reveals_it() -> None:
    texts = (
        "@ines_rvl pour les rougeurs après ton peeling chez nous, une crème apaisante le soir 👍",
        "@lea.mrn à 3 semaines de l'abdo qu'on a faite ensemble, tu peux masser la cicatrice.",
        "@marc_d après ta greffe de mars au cabinet, la chute du 2e mois est normale.",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "instagram"), text


def test_care_here_spoken_of_in_general_or_on_offer_reveals_nothing() -> None:
    texts = (
        "Les injections au cabinet se font sur rendez-vous.",
        "Votre première séance au cabinet dure 20 minutes.",
        "-15 % sur ta première séance de cryolipolyse au cabinet avec ta carte de membre.",
        "Parraine une copine : si elle fait ses injections chez nous, ta séance est offerte !",
    )
    for text in texts:
        assert "secret-medical" not in rules_alone(text, "instagram"), text
