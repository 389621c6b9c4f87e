"""Rules read on the 33rd-37th batches (sixteenth session): commenters, public figures, the
practice's own contacts, patients greeted in private, colleagues' hardest cases, declined ranks."""

from __future__ import annotations

from tests.compliance.rules_alone import rules_alone

# donnees-patient: who is not a patient's data


def test_a_commenters_tag_in_a_thread_is_not_patient_data() -> None:
    text = (
        "Post : Le doigt à ressaut, c'est quoi ?\n\nCommentaire de Gérard T. : mon pouce se bloque depuis"
        " un mois c'est grave ?\nRéponse du Cabinet : Bonjour Gérard, nous ne donnons pas d'avis"
        " individuel en commentaire."
    )
    assert rules_alone(text, "facebook") & {"donnees-patient", "secret-medical"} == set()


def test_a_commenter_tagged_with_an_initial_is_not_patient_data() -> None:
    text = "Journée de dépistage gratuit samedi.\n\nJosiane M. : c'est vraiment gratuit ?\nCentre : Oui !"
    assert "donnees-patient" not in rules_alone(text, "facebook")


def test_the_commenters_own_email_written_in_the_reply_is_still_data() -> None:
    text = (
        "Commentaire de Sophie T. : toujours pas de réponse à mon mail\nRéponse du Cabinet Dr Lenoir :"
        " Madame, on vous a répondu hier à sophie.t83@gmail.com, il suffit de lire ses mails."
    )
    assert "donnees-patient" in rules_alone(text, "facebook")


def test_a_public_figure_named_by_her_role_is_secrecy_not_data() -> None:
    text = (
        "Interrogé sur la handballeuse Inès Garnier, opérée du genou dans notre clinique, le Dr Roux rassure."
    )
    assert rules_alone(text, "presse") & {"donnees-patient", "secret-medical"} == {"secret-medical"}


def test_a_named_patient_without_a_public_role_is_still_data() -> None:
    assert "donnees-patient" in rules_alone(
        "Nous avons opéré Julie Martin, 34 ans, d'une rhinoplastie.", "presse"
    )


def test_a_patient_greeted_by_name_in_a_message_about_her_care_is_not_data() -> None:
    text = "Bonjour M. Leroy, pour les démangeaisons à J6 : passez la lotion apaisante 3 fois par jour."
    assert "donnees-patient" not in rules_alone(text, "message")


def test_a_greeting_the_recogniser_took_into_the_name_is_still_a_greeting() -> None:
    text = "Hello Mélissa ! On t'offre ta séance de cryolipolyse en échange d'un reel sur ton compte."
    assert rules_alone(text, "message") & {"donnees-patient", "secret-medical"} == set()


def test_an_organisations_mailbox_is_no_ones_data() -> None:
    text = "Bonjour, merci d'envoyer à contact@capilis-chirurgie.fr votre compte rendu opératoire."
    assert "donnees-patient" not in rules_alone(text, "message")


def test_the_sender_line_of_an_incoming_mail_is_not_published_data() -> None:
    text = (
        "De : claire.bonnet.pro@mailo.fr\nBonjour, mon amie est-elle bien passée hier ?\n\n"
        "Réponse : nous ne confirmons jamais la venue d'une personne."
    )
    assert "donnees-patient" not in rules_alone(text, "message")


def test_an_address_and_number_under_the_practitioners_name_are_the_practices() -> None:
    text = "**Dr Paul Mercier — chirurgien plasticien**\n14 avenue Carnot, 63000 Clermont · 04 73 00 00 00"
    assert "donnees-patient" not in rules_alone(text, "site")


def test_where_the_doctor_receives_is_the_practices_address() -> None:
    text = "Le Dr Vasseur exerce depuis 2014. Il reçoit au 12 rue Nationale, 59000 Lille."
    assert "donnees-patient" not in rules_alone(text, "site")


def test_a_bylined_journalist_and_a_freelance_supplier_are_not_patients() -> None:
    assert "donnees-patient" not in rules_alone(
        "PORTRAIT — La main des musiciens\n\nPar Claire Dubreuil\n\nLe Dr Ferrand opère à Annecy.", "presse"
    )
    assert "donnees-patient" not in rules_alone(
        "Facture — Lisa Perrin, traductrice freelance\nTraduction des fiches post-opératoires — 560 € HT.",
        "autre",
    )


# secret-medical: public figures by their role, relatives told of care


def test_a_public_figure_known_by_role_said_to_be_treated_breaks_secrecy() -> None:
    for text in (
        "On a eu l'honneur d'opérer de la myopie un présentateur météo très connu de la région 😉",
        "Devinez quel pilier du XV de France est passé ce matin pour son genou 😏",
        "La clinique confirme que le demi de mêlée de l'USAP, hospitalisé dimanche, a été opéré avec succès.",
        "Grosse fierté d'avoir accompagné cet hiver le pilier star de l'AS Villeneuve dans son projet.",
    ):
        assert "secret-medical" in rules_alone(text, "instagram"), text


def test_a_public_figure_met_without_care_keeps_the_secret() -> None:
    for text in (
        "Le maire est venu inaugurer le nouveau bloc opératoire ce matin.",
        "J'ai accompagné le président de la SOFCPRE au congrès de Lyon.",
        "Non, je ne commenterai pas la greffe supposée de ce footballeur.",
    ):
        assert "secret-medical" not in rules_alone(text, "instagram"), text


def test_telling_a_relative_the_care_went_well_breaks_secrecy() -> None:
    text = "Bonjour M. Perret, l'implant ICL de votre épouse est bien posé, elle sort à 17h."
    assert "secret-medical" in rules_alone(text, "message")


# superlatif: colleagues' hardest cases, uniqueness, declined ranks, unequal care


def test_colleagues_sending_one_their_hardest_cases_is_self_praise() -> None:
    for text in (
        "Les ophtalmologistes de la région lui adressent leurs cornées les plus difficiles.",
        "Quand les confrères m'envoient leurs cas de reprise les plus compliqués, je me dis que ça a payé.",
        "Trois reprises de rhinoplastie adressées par des confrères qui n'osaient pas y retoucher.",
    ):
        assert "superlatif" in rules_alone(text, "linkedin"), text


def test_the_only_practice_of_a_town_opening_a_post_is_a_rank() -> None:
    assert "superlatif" in rules_alone(
        "Seul cabinet de Vannes équipé d'une caméra intra-orale 3D 🦷", "facebook"
    )


def test_the_only_surgeon_on_call_is_information() -> None:
    assert "superlatif" not in rules_alone(
        "Le Dr Nguyen est le seul chirurgien de garde ce week-end.", "site"
    )
    assert "superlatif" not in rules_alone("Seul un chirurgien qualifié peut poser l'indication.", "site")


def test_an_interviewers_superlative_put_to_the_doctor_is_reported() -> None:
    text = "— On dit de vous que vous êtes le meilleur chirurgien de Toulouse…\n— Je ne sais pas."
    assert "superlatif" not in rules_alone(text, "presse")


def test_unequal_care_is_not_unequalled_care() -> None:
    assert "superlatif" not in rules_alone(
        "L'offre de soins reste très inégale sur le territoire.", "linkedin"
    )
    assert "superlatif" in rules_alone(
        "Une qualité inégalée et des résultats inégalés en France.", "linkedin"
    )


# partenariat-non-declare: an order not to disclose is no disclosure


def test_an_order_not_to_write_the_legal_mention_is_an_undisclosed_partnership() -> None:
    for text in (
        "Brief : 3 influenceuses, 800 € chacune. NE PAS mettre #pub ni « collaboration commerciale ».",
        "On t'offre ta septoplastie + 500 € pour 3 stories. Pas besoin d'indiquer #pub, on veut du naturel.",
        "Art. 3 : la Créatrice s'engage à ne pas faire apparaître la mention « Publicité » sur le sérum.",
        "DM de la marque : « On vous envoie nos sacs, un post sans mention pub ça vous va ? » — « Parfait. »",
    ):
        assert "partenariat-non-declare" in rules_alone(text, "autre"), text


def test_the_legal_mention_written_still_discloses() -> None:
    assert "partenariat-non-declare" not in rules_alone(
        "Collaboration commerciale avec Blouzz : mes tuniques préférées, code DOC10.", "instagram"
    )


# conseil-personnalise: one person who asked, answered in public


def test_one_person_who_asked_answered_with_a_care_or_a_decision_is_personal_advice() -> None:
    for text in (
        "Pour toi qui demandais pour ta cicatrice qui gratte : commence les massages 2 fois par jour.",
        "Pour répondre à la membre qui a une boule dans la lèvre : massez fort 3 fois par jour.",
        "Une personne m'écrit : « capsulite sur ma prothèse gauche ». Bon, là clairement il faut la changer.",
        "@toi qui demandes comment tenir après ta sleeve : fais-toi poser des aiguilles d'auriculothérapie.",
    ):
        assert "conseil-personnalise" in rules_alone(text, "facebook"), text


def test_one_person_who_asked_answered_with_general_information_or_logistics_is_not() -> None:
    for text in (
        "Pour vous qui posez souvent la question : une cicatrice met un an à mûrir, pour tout le monde.",
        "Pour toi qui demandais les horaires : on est ouverts le samedi matin.",
    ):
        assert "conseil-personnalise" not in rules_alone(text, "facebook"), text


# temoignage: the other reviews held up as praise


def test_pointing_readers_to_the_other_reviews_is_a_testimonial_even_in_a_reply() -> None:
    for text in (
        "Merci pour ce retour 😊 Et pour les curieux, les 200 autres avis de la page parlent d'eux-mêmes !",
        "Désolés de votre ressenti. N'hésitez pas à lire les 300 autres avis publiés sur Doctolib.",
        "Merci ! Comme vous, plus de 400 patients nous ont attribué la note maximale cette année 🙏",
    ):
        assert "temoignage" in rules_alone(text, "avis-reponse"), text


def test_thanking_the_reviewer_alone_is_no_testimonial() -> None:
    assert "temoignage" not in rules_alone("Merci pour votre avis, il touche toute l'équipe.", "avis-reponse")


# donnees-patient, read on batches 38-41 (sixteenth session)


def test_a_reviewer_greeted_by_surname_is_data_only_beside_her_care() -> None:
    assert "donnees-patient" not in rules_alone("Merci Mme Girard pour ces cinq étoiles !", "avis-reponse")
    assert "donnees-patient" in rules_alone(
        "Monsieur Vidal, nous sommes désolés que votre dernier détartrage ait été douloureux.", "avis-reponse"
    )


def test_a_reviewers_home_address_told_to_threaten_is_data() -> None:
    text = "Monsieur, on sait où vous habitez, au 14 rue Paul-Bert : réfléchissez avant d'écrire."
    assert "donnees-patient" in rules_alone(text, "avis-reponse")


def test_staff_named_by_their_role_or_as_press_contact_are_not_patients() -> None:
    for text in (
        "Planning bloc lundi — Salle 2 : Dr Hamel (opérateur), IBODE Julie, IADE Marc. Début 8 h.",
        "Nous recrutons une IBODE. Contact : Mme Laurence Petit, responsable RH.",
        "La clinique fête ses dix ans. Contact presse : Julie Mercadier, 04 00 00 00 00.",
    ):
        assert "donnees-patient" not in rules_alone(text, "autre"), text


def test_names_the_text_says_are_borrowed_are_no_ones() -> None:
    for text in (
        "Léa*, 17 ans, arrive en consultation avec sa mère pour son nez.\n\n* prénom modifié",
        "Anne-Sophie, Brigitte et Nadège (prénoms d'emprunt) racontent leur lifting.",
    ):
        assert "donnees-patient" not in rules_alone(text, "facebook"), text


def test_a_signature_block_under_the_practitioners_name_is_the_practices() -> None:
    text = (
        "Bonjour Madame, voici le devis demandé.\n\nDr Paul Mercier\nChirurgien plasticien — Cabinet des"
        " Tilleuls\n8 place des Tilleuls, 59000 Lille — 03 20 00 00 00"
    )
    assert "donnees-patient" not in rules_alone(text, "message")


# conseil-personnalise: the account answered told what to do


def test_an_account_answered_with_a_decision_or_a_care_is_personal_advice() -> None:
    for text in (
        "@Julien_R42 une fracture du scaphoïde pas consolidée à 4 mois, honnêtement il faut opérer.",
        "@thomasrgl ton genou opéré le mois dernier, tu peux reprendre le foot dès la semaine prochaine.",
        "@karim_zz vu ta calvitie t'as besoin de 4000 greffons minimum.",
        "@marc_r75 non, aucun rasage de la zone donneuse avant 15 jours.",
    ):
        assert "conseil-personnalise" in rules_alone(text, "x"), text


def test_an_account_answered_with_logistics_or_general_information_is_not() -> None:
    for text in (
        "@julie tu peux retrouver la vidéo en bio !",
        "@julie tu peux prendre rdv sur Doctolib.",
        "@sam il faut compter 3 mois pour voir le résultat final, comme pour tout le monde.",
    ):
        assert "conseil-personnalise" not in rules_alone(text, "x"), text


# read on batches 42-45 (sixteenth session)


def test_the_practices_people_and_addresses_are_not_patient_data() -> None:
    for text, channel in (
        ("Le Dr Claire Morel est chirurgienne. Elle consulte au 8 rue du Dôme, 67000 Strasbourg.", "site"),
        ("Notre coordinatrice est joignable au 01 84 00 00 00 ou à care@capilia-clinic.fr.", "avis-reponse"),
        ("Facture — Agence Clic&Bloc — 22 rue des Arts, 31000 Toulouse. Meta Ads : 300 € HT.", "autre"),
        ("Pour Valérie Dumas, gérante d'un cabinet de trois dentistes, la recette est simple.", "presse"),
        ("Laure Fontaine dirige depuis 2021 un centre de dermatologie de cinq praticiens.", "presse"),
        ("Nous cherchons une IBODE pour remplacer Martine, qui part à la retraite après 22 ans.", "facebook"),
        ("> « Je me reconnais enfin dans le miroir. » — Patiente, 41 ans", "site"),
    ):
        assert "donnees-patient" not in rules_alone(text, channel), text


def test_the_reviewers_number_called_back_stays_data_beside_the_practices_mailbox() -> None:
    text = "Nous avons tenté de vous joindre au 06 12 34 56 78, écrivez à contact@cabinet.fr."
    assert "donnees-patient" in rules_alone(text, "avis-reponse")


def test_a_patient_greeted_by_civility_and_surname_in_a_message_is_the_addressee() -> None:
    text = "Madame Roche, ça fait trois relances. Réglez le solde avant vendredi."
    assert "donnees-patient" not in rules_alone(text, "message")


def test_advice_on_the_trouble_someone_describes_herself_breaks_no_secrecy() -> None:
    for text in (
        "Réponse au commentaire de Corinne Lambert : vu ce que vous décrivez, je déconseille le lifting.",
        "Bonjour Élodie, d'après votre photo votre cicatrice est hypertrophique : massez-la deux fois.",
    ):
        assert "secret-medical" not in rules_alone(text, "facebook"), text


def test_advice_that_tells_the_care_was_given_here_still_breaks_secrecy() -> None:
    text = "Bonjour Élodie, votre cicatrice est épaisse à trois semaines de votre opération : massez-la."
    assert "secret-medical" in rules_alone(text, "facebook")


def test_others_failures_ending_on_ones_table_and_more_acts_than_anyone_are_self_praise() -> None:
    for text in (
        "Les sinus que d'autres ont opérés sans succès finissent presque toujours sur ma table.",
        "Il revendique plus de blépharoplasties que n'importe quel autre chirurgien d'Alsace.",
        "🎉 Félicitations, vous êtes notre 1 000e patiente satisfaite de l'année !",
        "Les délais les plus courts de la ville pour un rendez-vous de dermatologie !",
    ):
        assert "superlatif" in rules_alone(text, "linkedin"), text


def test_a_products_superlative_stays_with_the_product() -> None:
    for text in (
        "Leurs prothèses cohésives sont les plus fiables du marché, je ne pose plus que ça.",
        "L'acide hyaluronique le plus naturel que j'aie testé, une tenue de 12 mois.",
    ):
        assert "superlatif" not in rules_alone(text, "instagram"), text


def test_others_staff_trained_in_a_week_and_results_corrected_here_every_week_disparage() -> None:
    for text in (
        "Chez nous c'est un médecin qui règle la machine, pas une esthéticienne formée en une semaine.",
        "Ailleurs on vous vend 8 séances d'un laser mal réglé qui ne sert à rien.",
        "Ce cabinet facture le double pour des résultats que nous corrigeons chaque semaine.",
        "Je vous déconseille le Dr Tessier, il n'est plus au niveau depuis des années.",
    ):
        assert "denigrement" in rules_alone(text, "facebook"), text


def test_ones_own_training_or_a_misplaced_reviewer_disparage_no_one() -> None:
    for text in (
        "Nous ne sommes pas formés en deux jours : six ans d'internat, puis le clinicat.",
        "Madame, vous êtes mal placée pour parler de ponctualité.",
    ):
        assert "denigrement" not in rules_alone(text, "facebook"), text


def test_someone_who_asked_in_a_live_or_a_group_answered_yes_or_no_is_personal_advice() -> None:
    for text in (
        "Quelqu'un me demande s'il peut remettre sa casquette après sa greffe. Toi, oui, dès J14.",
        "Je réponds à la personne qui demande si elle peut faire sa lipo avec un IMC à 34 : pas dans votre"
        " situation.",
        "Pour toi qui m'écris que ta paupière tombe : une blépharoplastie est faisable chez toi.",
    ):
        assert "conseil-personnalise" in rules_alone(text, "youtube"), text


def test_a_question_often_asked_answered_for_everyone_is_not() -> None:
    for text in (
        "On me demande souvent si on peut remettre ses lunettes après une rhino : pas avant six semaines.",
        "Quelqu'un me demande nos horaires : on est ouverts le samedi.",
    ):
        assert "conseil-personnalise" not in rules_alone(text, "youtube"), text


def test_a_guaranteed_absence_of_harm_is_a_promise_and_its_negation_is_not() -> None:
    assert "garantie-resultat" in rules_alone("Notre technique garantit l'absence de récidive.", "site")
    assert "garantie-resultat" in rules_alone("Greffe FUE : garantie de repousse à 100 %.", "instagram")
    for text in (
        "Aucune technique ne garantit l'absence de récidive.",
        "Le PRP aide, sans garantie de repousse.",
    ):
        assert "garantie-resultat" not in rules_alone(text, "site"), text
