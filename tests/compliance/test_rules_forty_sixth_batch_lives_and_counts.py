"""Rules read on the 46th-61st batches (seventeenth session): questions answered on air, procedures
told as a commenter's own, ratings counted in replies, mails with visible recipients, fixed lines,
unvalidated remedies' claims; then promises said in passing, one's finest results, a review quoted
above its reply."""

from __future__ import annotations

from tests.compliance.rules_alone import rules_alone

from vitrine.compliance import check

# conseil-personnalise: a live or on-air question answered with a go/no-go


def test_a_live_viewers_question_answered_with_a_no_is_personal_advice() -> None:
    texts = (
        "[Live du dimanche] Marc, tu demandes si tu peux reprendre la muscu à J+10 de ta greffe de"
        " cheveux : non, tu attends J+21 pour le haut du corps.",
        "On a une question de Julien, 35 ans : « j'ai des nausées sous tramadol, je peux en reprendre ? »"
        " Alors Julien, non : tu arrêtes le tramadol et tu passes au paracétamol.",
        "FAQ en direct — Question de Sabrina, 29 ans, qui allaite encore : peut-elle faire ses lèvres ?"
        " Sabrina, dans ton cas c'est non pour l'instant.",
    )
    for text in texts:
        assert "conseil-personnalise" in rules_alone(text, "youtube"), text


def test_a_question_answered_for_everyone_is_not_personal_advice() -> None:
    texts = (
        "Vous me demandez souvent si la rhinoplastie fait mal : non, pas vraiment, plutôt une gêne.",
        "Vous vous demandez si la rhinoplastie fait mal ? Non, vous ressentirez surtout une gêne.",
        "Une question de confort : oui, vous pouvez vous doucher dès le lendemain.",
        "Tout le monde me demande : faut-il masser ? Oui, vous massez dès J15.",
        "Vous me demandez si les cernes foncés se traitent au laser : oui, très bien.",
    )
    for text in texts:
        assert "conseil-personnalise" not in rules_alone(text, "instagram"), text


# donnees-patient: a named procedure told as the addressee's own, in public


def test_a_commenters_handle_with_her_named_procedure_is_data() -> None:
    texts = (
        "@julie.mrt pour ta rhinoplastie ratée, il faudra attendre un an avant de la reprendre.",
        "@marine.lgx ton genou a bien dégonflé depuis ta lipo de la semaine dernière ?",
    )
    for text in texts:
        assert "donnees-patient" in rules_alone(text, "instagram"), text


def test_a_commenters_handle_with_a_symptom_she_describes_is_not_data() -> None:
    text = "@julie_b38 pour ta cicatrice qui gonfle, masse bien matin et soir."
    assert "donnees-patient" not in rules_alone(text, "instagram")


def test_a_handle_answered_with_her_grafts_is_data() -> None:
    assert "donnees-patient" in rules_alone("@paul.k tes 3 000 greffons ont bien pris !", "instagram")


def test_a_handle_answered_in_a_private_message_is_not_published_data() -> None:
    text = "DM à @theo.fit : On peut te faire -50 % sur ta greffe si tu tagues le cabinet dans 5 posts."
    assert "donnees-patient" not in rules_alone(text, "autre")


def test_a_reviewer_greeted_by_name_beside_her_grafts_or_session_is_data() -> None:
    texts = (
        "Merci Mme Girard ! Vos 3 200 greffons ont pris à merveille.",
        "Merci Mme Roux ! Ravie que votre première séance de cryolipolyse vous ait plu 😊",
        "Madame Vasseur, votre hématome après la lipoaspiration des cuisses n'a rien d'inquiétant.",
    )
    for text in texts:
        assert "donnees-patient" in rules_alone(text, "avis-reponse"), text


def _reported_spans(text: str, channel: str) -> set[str]:
    report = check(text, channel=channel, learned=False)
    return {text[f.start : f.end] for f in report.findings if f.rule == "donnees-patient"}


def test_a_fixed_line_is_the_practices_number_not_a_patients() -> None:
    texts = (
        "Bonjour, votre fille est majeure : nous ne pouvons rien vous dire. Elle peut nous joindre au"
        " 01 53 00 00 00.",
        "Rappeler Mme Dupont demain, le cabinet est joignable au +33 1 53 00 00 00.",
    )
    for text in texts:
        assert not any("00 00" in span for span in _reported_spans(text, "message")), text


def test_a_mobile_number_beside_a_patient_stays_data() -> None:
    assert "06 42 18 77 30" in _reported_spans("Rappeler Mme Dupont au 06 42 18 77 30 demain.", "autre")


def test_a_local_official_named_by_her_office_is_no_patients_data() -> None:
    text = "Merci à Mme Claire Duval, maire de Saint-Jory, d'avoir coupé le ruban de nos nouveaux locaux."
    assert "donnees-patient" not in rules_alone(text, "facebook")


def test_an_amateurs_role_does_not_make_a_patient_a_public_figure() -> None:
    text = "Bravo à Mme Leroy, capitaine de son club de pétanque, opérée de la hanche il y a 3 semaines."
    assert "donnees-patient" in rules_alone(text, "facebook")


def test_the_maintenance_agent_thanked_is_staff() -> None:
    text = "On a repeint la salle d'attente 🎨 Merci à Karim, notre agent d'entretien, pour son énergie !"
    assert rules_alone(text, "facebook") & {"donnees-patient", "secret-medical"} == set()


# secret-medical: replies that count the reviewer among patients, follow-ups met, visible recipients


def test_a_reply_counting_the_reviewer_among_the_practices_patients_breaks_secrecy() -> None:
    texts = (
        "Merci pour votre retour ! Vous rejoignez la longue liste de nos opérées qui nous recommandent 💛",
        "Merci pour votre note ! Vous faites désormais partie des 700 patientes qui recommandent le cabinet.",
        "Merci beaucoup ! Grâce à votre note, le cabinet vient de franchir le cap des 600 avis cinq étoiles.",
        "Votre dermatologue précédent est un charlatan, heureusement que vous êtes venue nous voir.",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "avis-reponse"), text


def test_a_reply_offering_to_answer_questions_on_reconstruction_confirms_nothing() -> None:
    text = "Merci pour votre avis, nous serions ravis de répondre à vos questions sur la reconstruction."
    assert "secret-medical" not in rules_alone(text, "avis-reponse")


def test_meeting_a_commenter_at_her_check_up_breaks_secrecy() -> None:
    texts = (
        "@celia.mrt merci pour le partage 🥰 Ton augmentation est déjà superbe, on se voit au contrôle !",
        "@Patrick59 comme je te l'ai dit au contrôle de mardi, pour ton épaule arrête le tennis deux mois.",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "instagram"), text


def test_a_mail_to_several_patients_with_visible_addresses_breaks_secrecy() -> None:
    text = (
        "À : c.morel@mail-exemple.fr; jp.arnaud@mail-exemple.fr; s.nguyen@mail-exemple.fr\n"
        "Objet : Rappel — contrôle à un an de votre chirurgie bariatrique\nBonjour à tous, merci d'appeler."
    )
    assert "secret-medical" in rules_alone(text, "message")


def test_a_mail_between_the_practices_mailboxes_is_not_a_breach() -> None:
    text = "À : accueil@cabinet-exemple.fr; compta@cabinet-exemple.fr\nObjet : planning des rhinoplasties"
    assert "secret-medical" not in rules_alone(text, "message")


def test_a_reply_thanking_for_her_own_five_stars_counts_her_among_no_one() -> None:
    text = "Grâce à votre avis 5 étoiles, d'autres personnes oseront pousser la porte."
    assert "secret-medical" not in rules_alone(text, "avis-reponse")


def test_a_mail_to_one_patient_about_her_check_up_is_not_a_breach() -> None:
    text = "À : c.morel@mail-exemple.fr\nObjet : votre contrôle à un an\nBonjour, merci d'appeler."
    assert "secret-medical" not in rules_alone(text, "message")


# temoignage: ratings counted


def test_a_count_of_ratings_reached_is_a_testimonial_in_a_reply_too() -> None:
    texts = (
        "Merci Léa 🥰 Grâce à vous le compteur affiche désormais 600 évaluations à cinq étoiles !",
        "Merci Julien ! Vos mots rejoignent ceux des 640 autres patients qui nous ont fait confiance.",
        "Curieux : les 200 autres avis parlent tous de notre gentillesse.",
    )
    for text in texts:
        assert "temoignage" in rules_alone(text, "avis-reponse"), text


# incitation: an offer bound to a named month, a decision pressed now


def test_an_offer_for_a_named_month_or_a_slot_to_take_now_is_incitation() -> None:
    texts = (
        "Pour fêter ça, -20% sur les cernes tout le mois d octobre 🎃",
        "Boost du post « Juin : -20 % sur l'épilation laser » : 150 € sur 10 jours.",
        "Chez nous c'est 2 semaines d'attente. Je vous conseille de bloquer le 18 tout de suite.",
        "98 % de réussite. Et vous, prêt à jeter vos lunettes ? Lien en bio.",
    )
    for text in texts:
        assert "incitation" in rules_alone(text, "instagram"), text


def test_opening_hours_or_a_reopening_are_not_incitation() -> None:
    for text in (
        "Nos horaires changent en juin : ouverture à 8 h.",
        "Et vous, prêts pour la rentrée ? Le cabinet rouvre le 2 septembre.",
    ):
        assert "incitation" not in rules_alone(text, "facebook"), text


# superlatif: one's own result or rate held up


def test_ones_own_graft_survival_rate_or_a_never_seen_result_is_a_superlative() -> None:
    for text in ("Taux de survie de nos greffons : 97 %.", "Avant / après à 12 mois : du jamais vu 💪"):
        assert "superlatif" in rules_alone(text, "linkedin"), text


def test_everyday_words_of_the_new_superlatives_are_not_self_praise() -> None:
    for text in (
        "Cet été, une chaleur du jamais vu : pensez à bien vous hydrater.",
        "Beaucoup de soignants ont été vaccinés tôt, et j'en fais partie.",
        "Les patients qui viennent de l'étranger doivent présenter leur carte européenne.",
    ):
        assert "superlatif" not in rules_alone(text, "facebook"), text


def test_a_rate_from_a_published_study_is_not_a_superlative() -> None:
    text = "Dans une étude publiée en 2024, le taux de survie des greffons atteint 95 %."
    assert "superlatif" not in rules_alone(text, "linkedin")


# garantie-resultat: an unvalidated remedy's claim told as established is not a promise


def test_a_claim_told_as_scientifically_proven_is_the_unvalidated_practice_not_a_promise() -> None:
    texts = (
        "La cryothérapie du visage élimine les toxines et fait disparaître les rides en 3 séances. C'est"
        " scientifiquement prouvé ❄️",
        "Le PRP capillaire stoppe définitivement la chute, c'est LA révolution 🧬",
    )
    for text in texts:
        found = rules_alone(text, "instagram")
        assert "garantie-resultat" not in found and "pratique-non-validee" in found, text


def test_a_proof_claim_beside_an_ordinary_act_leaves_the_promise() -> None:
    for text in (
        "Notre nouveau laser, une révolution ! L'épilation élimine définitivement les poils.",
        "Le laser élimine définitivement les poils. Les crèmes, ce n'est pas scientifiquement prouvé.",
    ):
        assert "garantie-resultat" in rules_alone(text, "instagram"), text


def test_a_welcome_promised_is_no_result_guaranteed() -> None:
    text = "Nous vous promettons un accueil chaleureux et une écoute attentive."
    assert "garantie-resultat" not in rules_alone(text, "instagram")


def test_a_promise_without_a_proof_claim_stays_a_promise() -> None:
    text = "Lipo : résultat définitif garanti, ventre plat à vie."
    assert "garantie-resultat" in rules_alone(text, "instagram")


# Second round, read on batches 54-61

# garantie-resultat: promises said in passing, the absence of any trace told as certain


def test_promises_said_in_passing_are_guarantees() -> None:
    texts = (
        "lipo du matin, boulot le lendemain 💼 pas de bleus pas d'arrêt, on te le promet 🤞",
        "Les lèvres que je fais tiennent 18 mois, pas un jour de moins 💋",
        "naturelles, zéro bosse, et ça tient 18 mois, promis 😘",
        "Pack Mariée : un teint parfait assuré le jour J.",
        "Pas d'inquiétude : votre gonflement va disparaître d'ici 10 jours, c'est certain.",
        "Rassurez-vous : ça cicatrisera sans laisser la moindre marque.",
        "Chez moi, personne ne repart avec une cicatrice qui se voit.",
        "D'ici trois mois vous ne penserez même plus à votre cicatrice 😉",
        "Vous ne garderez de cette intervention qu'un bon souvenir.",
    )
    for text in texts:
        assert "garantie-resultat" in rules_alone(text, "instagram"), text


def test_a_promise_kept_or_declined_is_not_a_guarantee() -> None:
    texts = (
        "Comme promis, voici les horaires d'été du cabinet.",
        "On ne vous promet pas que vos implants dureront toute la vie.",
        "La voie endoscopique ne laisse aucune cicatrice visible mais demande un matériel spécifique.",
    )
    for text in texts:
        assert "garantie-resultat" not in rules_alone(text, "instagram"), text


# superlatif: one's finest result, a rare skill, a track record, patients from abroad


def test_ones_finest_result_or_a_rare_skill_is_a_superlative() -> None:
    texts = (
        "Sans doute ma plus belle transformation de l'année 🥹✨",
        "Swipe : la différence est tout simplement spectaculaire.",
        "Une cicatrice aussi fine, très peu de chirurgiens savent l'obtenir.",
        "Dans cette ville, il y a deux chirurgiens sérieux pour les seins, et j'en fais partie.",
        "N'hésitez plus, c'est une intervention qui se passe toujours très bien chez nous !",
        "Grâce à leur agenda, notre secrétariat est devenu le plus réactif de la ville.",
        "Cette semaine, des patientes venues de Belgique, de Suisse et même du Québec.",
        "92 % de nos blépharoplasties ne nécessitent aucune retouche.",
        "Le PRP au cabinet c'est 9 patients sur 10 qui retrouvent leurs cheveux.",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "instagram"), text


def test_a_course_that_usually_goes_well_is_information() -> None:
    text = "En général l'intervention se passe toujours bien quand on suit les consignes."
    assert "superlatif" not in rules_alone(text, "instagram")


# secret-medical: her photos shown, her next session, a relative cared for


def test_a_reply_showing_her_photos_or_naming_her_next_session_breaks_secrecy() -> None:
    texts = (
        "Merci ! Vos photos avant/après sont d'ailleurs sur notre compte Insta depuis hier 😍",
        "Merci ! Pour vous remercier, 20 € de réduction vous attendent sur votre prochain soin au cabinet.",
        "Madame, votre amie a été prise en charge selon les règles de l'art.",
        "Vous êtes bien la seule à vous plaindre. Votre lifting a été fait dans les règles de l'art.",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "avis-reponse"), text


# a review reply quoting the review: the practice wrote only the reply


def test_praise_in_the_quoted_review_is_not_the_practices_testimonial() -> None:
    text = (
        "Avis ★★★★★ : « Équipe adorable, très à l'écoute, je recommande ! »\n\n"
        "Réponse : Merci beaucoup pour vos mots, toute l'équipe y est très sensible."
    )
    assert rules_alone(text, "avis-reponse") == set()


def test_the_reply_under_a_quoted_review_is_still_checked() -> None:
    text = (
        "★★★★★ « Merci pour tout, je me sens revivre. »\n\n"
        "Réponse : Merci infiniment ! Avec votre note, nous franchissons la barre des 400 avis 5 étoiles 🎉"
    )
    assert {"secret-medical", "temoignage"} <= rules_alone(text, "avis-reponse")


def test_an_account_that_shows_no_reviews_is_no_testimonial_for_the_reader_either() -> None:
    text = "Avis, notes, étoiles : vous ne trouverez rien de tout ça sur ce compte."
    assert "temoignage" not in {f.rule for f in check(text, channel="instagram").findings}


# Third round, read on batches 62-69

# garantie-resultat: no pain, no bruise, nobody will notice, told as certain


def test_no_pain_or_no_bruise_told_as_certain_is_a_guarantee() -> None:
    texts = (
        "spoiler : tu sentiras RIEN du tout 😌",
        "POV : tu te réveilles après ta greffe FUE et t'as RIEN senti 😴",
        "« Avec ma technique en deux temps, le risque de nécrose du mamelon est nul. »",
        "Chez nous pas de bleus, pas de souffrance, juste le résultat 💪",
        "Et t'inquiète, personne verra que t'as fait qqch 😉",
        "Après un LASIK chez nous, vous pouvez jeter vos lunettes pour toujours.",
        "Douleur ? 0/10 😌",
        "Bleus après une rhinoplastie ultrasonique ? 🤷‍♀️ Connais pas.",
        "et non ça pique pas, promis 🤞",
    )
    for text in texts:
        assert "garantie-resultat" in rules_alone(text, "tiktok"), text


def test_a_question_about_pain_answered_honestly_is_no_guarantee() -> None:
    texts = (
        "Vous ne sentirez rien ? Faux : l'anesthésie locale pique un peu.",
        "Tu as des questions sur la cicatrisation ? Je te réponds en live jeudi, promis.",
    )
    for text in texts:
        assert "garantie-resultat" not in rules_alone(text, "tiktok"), text


# secret-medical: the care team's own lists share the secret among carers


def test_a_theatre_list_or_a_staff_note_is_data_without_a_breach_of_secrecy() -> None:
    texts = (
        "Liste bloc mardi 7h30 : Mme Perrine Valat, née le 12/05/1979, dossier 44871 – plastie abdominale.",
        "Note staff lundi : rappeler Kevin M. (34 ans, gynécomastie opérée le 12). Portable : 06 71 42 88 13",
        "FACTURE N° 847 / Patiente : Mme Lucie Ferreira, 9 impasse des Lilas / Acte : rhinoplastie",
    )
    for text in texts:
        found = rules_alone(text, "autre")
        assert "donnees-patient" in found and "secret-medical" not in found, text


def test_operated_patients_listed_for_an_agency_are_still_a_breach() -> None:
    text = "Mail à l'agence : les opérées de mars pour le jeu concours : Claire Bonnet (lipo), Sonia Roux."
    assert "secret-medical" in rules_alone(text, "autre")


# conseil-personnalise: an @account answered with a dose, a volume or a no


def test_an_account_answered_with_a_dose_a_volume_or_a_no_is_personal_advice() -> None:
    texts = (
        "@sandrine_lou tes cernes : un peu d'acide hyaluronique, une seringue devrait suffire chez toi",
        "@marionlt dans ta situation (allaitement en cours) je déconseille formellement les injections.",
        "@FlorianM_ 3 jours après ta rhino, non, pas d'avion.",
        "@lou.biche avec ton gabarit, clairement pas plus de 300 cc, sinon tu vas le regretter 😉",
    )
    for text in texts:
        assert "conseil-personnalise" in rules_alone(text, "instagram"), text


def test_an_account_warned_off_low_cost_centres_in_general_is_not_personal_advice() -> None:
    text = "@marie je déconseille les centres low cost en général, renseignez-vous."
    assert "conseil-personnalise" not in rules_alone(text, "instagram")
