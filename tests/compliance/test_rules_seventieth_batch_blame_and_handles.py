"""Rules read on the 70th-76th batches (eighteenth session): a commenter or reviewer blamed with what
the practice knows of her care, handles and first names told with their procedure, a quoted review
above its reply, equipment praised, promises made to one person, others run down in new words."""

from __future__ import annotations

from tests.compliance.rules_alone import rules_alone

from vitrine.compliance import check

# secret-medical: blaming someone with what the practice knows of her care


def test_blaming_a_commenter_with_her_instructions_or_consent_reveals_her_care() -> None:
    texts = (
        "@Sandrine_M si vous aviez suivi les consignes au lieu d'aller bronzer, on n'en serait pas là."
        " Elles sont écrites en gros sur la feuille qu'on vous a remise.",
        "@lucie_oeil_flou vous étiez prévenue des risques avant de signer, inutile de pleurnicher.",
        "À la patiente qui m'insulte sur X depuis hier : je rappelle que tu as signé ton consentement"
        " éclairé. Stop maintenant.",
        "@karine_dupuis si vous étiez venue à vos rendez-vous de suivi, on n'en serait pas là.",
        "Madame qui raconte partout que son nez est raté : tu as refusé la retouche qu'on t'avait proposée.",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "instagram"), text


def test_speaking_to_a_commenter_about_instructions_for_everyone_reveals_nothing() -> None:
    texts = (
        "@Sandrine_M les consignes après une intervention sont les mêmes pour toutes : pas de soleil.",
        "@lucie les risques sont expliqués en consultation, avant toute signature.",
        "Madame, le consentement éclairé est un document que chaque patient signe avant une intervention.",
    )
    for text in texts:
        assert "secret-medical" not in rules_alone(text, "instagram"), text


def test_a_reply_recalling_missed_appointments_or_ignored_instructions_reveals_care() -> None:
    texts = (
        "Madame, vu le nombre de rendez-vous que vous avez annulés sans prévenir, vous êtes mal placée.",
        "Madame, votre cicatrice s'est élargie parce que vous avez repris la cigarette malgré nos consignes.",
        "Merci pour votre avis ! Vous avez bien fait de venir nous voir après votre expérience ailleurs.",
        "Des douleurs à J5 sont habituelles. Prenez le paracétamol prescrit et remettez votre panty.",
        "Si ça persiste, on fera une petite injection de corticoïdes au prochain rdv.",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "avis-reponse"), text


def test_a_treatment_prescribed_by_her_own_doctor_confirms_nothing_here() -> None:
    text = "Prenez le traitement prescrit par votre médecin traitant et n'hésitez pas à le recontacter."
    assert "secret-medical" not in rules_alone(text, "avis-reponse")


def test_a_handle_received_here_or_telling_her_care_here_is_revealed() -> None:
    texts = (
        "Ravie d'accueillir @manon.beauty au cabinet pour ses injections de lèvres 💋",
        "Je réagis à la vidéo de @mel.fitlife qui raconte sa cure d'ozone chez nous 🥹",
        "Merci @lea.rvl pour ce magnifique bouquet, un mois après ton augmentation mammaire !",
        "@julie.rnd ta rhinoplastie cicatrise bien 😍 à la semaine prochaine pour l'ablation des fils !",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "instagram"), text


def test_a_named_patients_rebuilt_hand_or_repaired_lip_reveals_her_care() -> None:
    texts = (
        "Fier d'avoir reconstruit la main de Thomas Vidal après son accident : 7 heures de microchirurgie.",
        "Le petit Noah, 6 ans, est reparti tout sourire après la réparation de sa fente labiale 💙",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "instagram"), text


def test_a_theatre_note_stays_among_carers_but_a_report_sent_to_an_insurer_does_not() -> None:
    note = "NOTE BLOC lundi 7h30\nMr Patrick Lenoir, 58 ans, dossier 22-4471\nReprise cicatrice abdo."
    assert "secret-medical" not in rules_alone(note, "autre")
    insurer = (
        "À l'attention de Mutuelle Horizon\nDossier de M. Kévin Lambert. Le patient a été opéré d'une"
        " gynécomastie le 18/01. Vous trouverez ci-joint le compte rendu opératoire complet."
    )
    assert "secret-medical" in rules_alone(insurer, "autre")


# donnees-patient: a handle or a first name with her procedure, in the third person


def test_a_handle_with_her_procedure_in_the_third_person_is_data() -> None:
    texts = (
        "Mon duo avec @chloe.mtl qui vous raconte son augmentation mammaire 💕",
        "Réponse à @mel_0809 qui demande si elle peut reprendre la muscu après sa plastie abdo : non.",
        "Ravie d'accueillir @manon.rvl au cabinet pour ses injections de lèvres 💋",
    )
    for text in texts:
        assert "donnees-patient" in rules_alone(text, "tiktok"), text


def test_a_handle_with_only_a_body_part_in_the_third_person_is_not_data() -> None:
    text = "Merci @lily.rose.dmz pour ce partage 😍 Son nez, six mois après : swipe pour voir."
    assert "donnees-patient" not in rules_alone(text, "instagram")


def test_a_known_first_name_owning_a_procedure_is_data() -> None:
    assert "donnees-patient" in rules_alone("J0 ➡️ J90 la rhinoplastie de Clara a bien évolué", "instagram")
    assert "donnees-patient" not in rules_alone("La rhinoplastie de Paris n'est pas celle de Lyon.")


# superlatif


def test_equipment_praised_as_the_best_on_the_market_is_a_superlative() -> None:
    text = "Nous venons d'accueillir le laser picoseconde le plus performant du marché !"
    assert "superlatif" in rules_alone(text, "instagram")


def test_a_products_best_on_the_market_stays_with_produit_sante() -> None:
    text = "Nous posons exclusivement les implants Mammelia, les plus fiables du marché 👌"
    assert "superlatif" not in rules_alone(text, "instagram")


def test_standing_dares_and_bought_badges_are_superlatives() -> None:
    texts = (
        "Le Dr Marchal, l'une des références de la chirurgie des paupières à Bordeaux, vous répond.",
        "Comme toujours, un résultat naturel et harmonieux 💫",
        "Nous sommes ravis que la cicatrice soit aussi discrète, comme chez toutes nos patientes.",
        "Je vous mets au défi de trouver quelqu'un qui fait des lèvres plus naturelles que nous.",
        "J+6 mois, ce nez est une œuvre d'art si je puis me permettre 🎨",
        "Option badge « Top praticien 2025 » sur l'annuaire : 300 €/an",
        "Liposuccion HD ultra précise, on est les seuls à la faire à Marseille 💯",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "instagram"), text


# garantie-resultat


def test_promises_made_to_one_person_are_guarantees() -> None:
    texts = (
        "Je lui ai dit la vérité : tu ne sentiras rien, ni pendant ni après 😉",
        "Elle avait peur de garder une cicatrice. Je lui ai promis qu'on ne la verrait plus.",
        "Tu vas pas avoir mal, promis juré, on gère tout !!",
        "Tes cernes ? Dans 2 semaines t'en auras plus, c'est moi qui te le dis 😉",
        "Regardez cette transformation. Ce sera pareil pour vous, c'est notre engagement.",
        "Ce rendu naturel, c'est le même pour toutes mes patientes, vous pouvez compter dessus 👌",
        "Résultat 6 mois après 👇 Le vôtre sera tout aussi naturel ✨",
        "« Avec notre laser, le risque de brûlure est tout simplement nul », assure le Dr Berthier.",
    )
    for text in texts:
        assert "garantie-resultat" in rules_alone(text, "instagram"), text


def test_a_promise_about_photos_or_followers_guarantees_no_result() -> None:
    for text in ("Aucune retouche photo, promis 🤍", "Je n'ai jamais acheté un seul abonné, promis 😅"):
        assert "garantie-resultat" not in rules_alone(text, "instagram"), text


def test_an_unvalidated_remedy_stopping_hair_loss_for_good_is_left_to_pratique_non_validee() -> None:
    text = "Notre cure de PRP stoppe définitivement la chute, quel que soit le stade de votre alopécie."
    assert "garantie-resultat" not in rules_alone(text, "site")


# denigrement, conseil-personnalise, produit-sante, partenariat-non-declare


def test_others_run_down_in_new_words_is_denigration() -> None:
    texts = (
        "Certains confrères vendent de l'acide hyaluronique comme des bonbons.",
        "Le cabinet d'à côté a mis un néon rose. La médecine version onglerie 💅",
        "Chez nous pas six mois d'attente comme au CHU, où l'on vous traite comme un numéro 😉",
        "Ailleurs 600 € la seringue, et parfois du produit dont on ne connaît même pas l'origine 🙄",
        "Les dermatologues qui s'improvisent injecteurs, quelle plaie pour notre métier.",
        "Le Dr Morin ? On voit régulièrement ses patientes arriver ici en catastrophe.",
    )
    for text in texts:
        assert "denigrement" in rules_alone(text, "facebook"), text


def test_an_account_with_an_initial_answered_with_a_go_is_personal_advice() -> None:
    texts = (
        "@Mélanie R. à trois semaines vous pouvez tout à fait enlever le panty la nuit, aucun souci 👍",
        "@sarah_mlt pour tes cernes le mieux c'est 1 ml d'acide hyaluronique de chaque côté 😉",
        "@lea_k_ faudrait déjà commencer par le sport 😂 une lipo ne fera rien pour toi",
    )
    for text in texts:
        assert "conseil-personnalise" in rules_alone(text, "facebook"), text


def test_a_favourite_product_or_one_found_at_the_desk_is_promoted() -> None:
    texts = (
        "Mon skinbooster fétiche du moment : Hydraglow, éclat immédiat dès la 1re séance !",
        "3 séances de notre peeling + la crème Clarity que vous trouverez à l'accueil ✨",
    )
    for text in texts:
        assert "produit-sante" in rules_alone(text, "instagram"), text
    text = "La crème anesthésiante est appliquée à l'accueil une heure avant la séance."
    assert "produit-sante" not in rules_alone(text, "instagram")


def test_a_patients_bouquet_or_colleagues_invitation_is_no_brand_link() -> None:
    texts = (
        "Merci @lea.rvl pour ce magnifique bouquet reçu ce matin 💐",
        "Merci au Pr Anne Delmas et au Dr Yves Kern pour leur invitation au séminaire de Strasbourg.",
    )
    for text in texts:
        assert "partenariat-non-declare" not in rules_alone(text, "instagram"), text


# the engine: a review quoted on the first line, without a label, is not the practice's words


def test_a_review_quoted_on_its_own_first_line_is_not_read_as_the_reply() -> None:
    text = (
        "« Super équipe, le Dr Roux est d'une douceur incroyable, je recommande ! ⭐⭐⭐⭐⭐ »\n"
        "Merci beaucoup pour ce message, il touchera toute l'équipe. Belle journée à vous !"
    )
    assert not check(text, channel="avis-reponse").findings


# what a review of these rules found them flagging wrongly, now left alone


def test_staff_press_and_general_answers_reveal_no_patients_care() -> None:
    texts = (
        ("instagram", "Ravie d'accueillir @sophie.martin, notre nouvelle associée, au cabinet !"),
        ("instagram", "Sophie, notre secrétaire, vous raconte sa journée type au cabinet."),
        ("instagram", "@lea je t'ai posé une question en message privé, regarde tes DM."),
        ("instagram", "@lea pour une blépharo, on revient en général vers J5 pour l'ablation des fils."),
        ("instagram", "@lea oui, vos rendez-vous de suivi sont inclus dans le tarif."),
        ("instagram", "L'équipe qui t'a accueillie a ton dossier sous les yeux si tu appelles."),
        ("avis-reponse", "Madame, le numéro que vous avez raté est celui de l'ancien standard."),
        ("avis-reponse", "Malgré nos consignes d'affichage, le parking reste difficile, désolés."),
        ("avis-reponse", "Vous avez bien fait de passer nous voir au salon du bien-être !"),
        ("avis-reponse", "Prenez les médicaments prescrits par votre cardiologue et voyez-le rapidement."),
        ("facebook", "Merci à Marc Leroy, l'architecte qui a reconstruit l'accueil du cabinet."),
    )
    for channel, text in texts:
        assert "secret-medical" not in rules_alone(text, channel), text


def test_colleagues_talks_and_guides_are_no_patient_data() -> None:
    texts = (
        "Félicitations à @julie.interne pour sa première rhinoplastie en tant qu'opératrice !",
        "Bienvenue à @anne.ide, notre nouvelle infirmière, qui vous accompagnera pour vos injections.",
        "Repost @ruban.rose.asso : le guide post mastectomie est en ligne.",
        "Merci pour l'intervention de Claire au congrès de Lyon.",
    )
    for text in texts:
        assert "donnees-patient" not in rules_alone(text, "instagram"), text


def test_rules_of_the_practice_and_dares_to_find_a_study_are_no_superlatives() -> None:
    texts = (
        "Comme pour tous nos patients, une consultation d'anesthésie est obligatoire.",
        "L'une des références de cet article (HAS, 2021) détaille les contre-indications.",
        "Je vous mets au défi de trouver une seule étude sérieuse sur la mésothérapie capillaire.",
        "Le tableau de notre salle d'attente est une œuvre d'art, signée d'un patient peintre.",
        "Comme toujours, une cicatrice persiste : elle s'estompe en douze à dix-huit mois.",
    )
    for text in texts:
        assert "superlatif" not in rules_alone(text, "instagram"), text


def test_promises_about_lives_dates_or_quitting_smoking_guarantee_no_result() -> None:
    texts = (
        "Je réponds à toutes vos questions en live jeudi, promis juré !",
        "Promesse tenue : voici les dates de nos soirées d'information.",
        "Je vous ai promis qu'on parlerait des complications : c'est le sujet du jour.",
        "Zéro arrêt cet été : le secrétariat reste joignable tout le mois d'août.",
        "Ce n'est pas parce que votre amie a eu un bon résultat que ce sera pareil pour vous.",
        "Le tarif de la consultation, c'est le même pour tous nos patients.",
    )
    for text in texts:
        assert "garantie-resultat" not in rules_alone(text, "instagram"), text


def test_a_florist_thanked_and_pointed_to_keeps_its_brand_link() -> None:
    text = "Merci @auroreparis pour ce magnifique bouquet livré au cabinet 💐 Allez voir leur boutique !"
    assert "partenariat-non-declare" in rules_alone(text, "instagram")


def test_a_practice_slogan_quoted_on_the_first_line_of_a_reply_stays_its_words() -> None:
    text = "« Zéro douleur, zéro cicatrice : c'est notre promesse » ✅\nMerci pour votre avis !"
    assert "garantie-resultat" in rules_alone(text, "avis-reponse")
