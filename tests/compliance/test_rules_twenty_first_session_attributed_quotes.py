"""Rules read on dev and the 93rd-100th batches (twenty-first session): a quote given as the
practitioner's own words in the press is the practitioner's claim, not a word talked about."""

from __future__ import annotations

from tests.compliance.rules_alone import rules_alone

# superlatif


def test_a_superlative_quoted_as_the_practitioners_own_words_is_a_claim() -> None:
    texts = (
        "« Nos délais sont courts », affirme le Dr Karim Benali, qui revendique « le plateau technique le "
        "plus moderne du Grand Est ».",
        "Il en revendique la paternité et se dit « le seul praticien en France » à la maîtriser.",
        "« En dix ans, mes patientes n'ont jamais eu la moindre complication », assure-t-il lors de la "
        "conférence de presse.",
        "« Nous sommes le seul centre de France à maîtriser cette technique », se félicite le Dr Garnier.",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "presse"), text


def test_a_superlative_quoted_from_patients_or_from_others_stays_theirs() -> None:
    texts = (
        "« C'est le meilleur chirurgien de France », raconte une patiente rencontrée en salle d'attente.",
        "« Le meilleur chirurgien de la ville », affirment certaines publicités : méfiez-vous.",
        "Des patientes écrivent « la meilleure équipe du monde » sous nos posts ; nous ne les relayons pas.",
        "« Le meilleur chirurgien de Lyon » : voilà le genre d'accroche que l'Ordre sanctionne, rappelle le "
        "Dr Morel.",
    )
    for text in texts:
        assert "superlatif" not in rules_alone(text, "presse"), text


def test_a_quote_a_patient_a_third_party_or_an_announcement_gives_is_not_the_practitioners_claim() -> None:
    texts = (
        "« C'est le meilleur chirurgien de la région », assure-t-elle, ravie de sa rhinoplastie.",
        "« Le meilleur chirurgien de Lyon », selon le médecin généraliste qui l'a adressé.",
        "« La plus grande clinique de France ferme ses portes », annonce le directeur de l'ARS.",
        "« Les meilleurs résultats sont obtenus chez les non-fumeurs », précise-t-il.",
        "« Les meilleurs spécialistes de France sont réunis à Lyon pour ce congrès », annonce le Pr Morin.",
        "« C'est la meilleure injectrice de Paris », affirme la directrice d'une agence de mannequins.",
    )
    for text in texts:
        assert "superlatif" not in rules_alone(text, "presse"), text


# meta qualifier


def test_a_quoted_promise_given_as_the_practitioners_words_is_no_word_talked_about() -> None:
    texts = (
        "« Zéro cicatrice », promet le Dr Fontaine à ses patientes.",
        "« Résultat garanti », affirme le Dr Fontaine.",
        "Le Dr Fontaine revendique « zéro douleur ».",
    )
    for text in texts:
        assert "garantie-resultat" in rules_alone(text, "presse"), text
    talked_about = (
        "Nous n'écrivons jamais « zéro cicatrice » dans nos posts, explique le Dr Fontaine.",
        "« Zéro cicatrice », affirment certaines cliniques.",
        "Le mot « garanti » n'a pas sa place dans une publication médicale.",
        "Des pubs promettent « zéro douleur », explique le Dr Marchand, mais c'est faux.",
        "« Sans douleur », assure-t-elle à propos de son accouchement sous péridurale.",
    )
    for text in talked_about:
        assert "garantie-resultat" not in rules_alone(text, "presse"), text


# denigrement


def test_others_medicine_called_a_supermarket_out_of_date_or_hungry_for_fame_is_denigration() -> None:
    texts = (
        "Moi je refuse cette médecine de supermarché des centres low cost.",
        "Les dermatologues qui s'en moquent sont restés au siècle dernier.",
        "Ceux qui prétendent l'avoir traitée sont des confrères en mal de publicité.",
        "Au CHU, ce sont des fonctionnaires du bistouri.",
    )
    for text in texts:
        assert "denigrement" in rules_alone(text, "presse"), text


def test_the_same_words_said_of_oneself_or_as_a_warning_are_no_denigration() -> None:
    texts = (
        "Un chirurgien ne doit jamais tomber dans une médecine de supermarché.",
        "Notre bloc est resté au siècle dernier pendant les travaux, plaisante l'équipe : tout est neuf.",
        "Les centres en mal de patients ne sont pas notre sujet : parlons de votre projet.",
        "Nouveau cabinet en mal de clientèle ? Voici 5 conseils déontologiques pour communiquer.",
        "« La médecine de supermarché menace l'accès aux soins », selon le sociologue invité.",
    )
    for text in texts:
        assert "denigrement" not in rules_alone(text, "presse"), text


# garantie-resultat


def test_a_promise_taken_down_told_as_others_answered_no_or_a_natural_way_in_is_no_promise() -> None:
    texts = (
        ("autre", "Message au community manager : supprimer le post « Résultat garanti à vie » publié hier."),
        ("bluesky", "Un centre lui avait promis « un résultat garanti, sans aucun risque ». Impossible."),
        ("x", "Quand on me demande « c'est garanti ? », je réponds toujours la même chose : non."),
        ("site", "Les amygdales sont retirées par la bouche, sans cicatrice visible."),
        ("site", "98 % de patientes satisfaites et aucune complication en quinze ans d'exercice."),
    )
    for channel, text in texts:
        assert "garantie-resultat" not in rules_alone(text, channel), text


def test_a_promise_next_to_a_natural_way_in_or_made_by_the_writer_stays_a_promise() -> None:
    texts = (
        "Modifiez votre regard en une séance : « résultat garanti » !",
        "Retirez vos tatouages en 3 séances « sans douleur, résultat garanti ».",
        "Je vous ai promis « un résultat garanti » et je tiens parole !",
        "Lipo sans cicatrice par le nombril et résultat garanti à vie !",
        "Rhinoplastie sans cicatrice, résultat garanti !",
        "Je vous promets : « résultat garanti ».",
    )
    for text in texts:
        assert "garantie-resultat" in rules_alone(text, "instagram"), text


# secret-medical


def test_the_desk_chasing_a_payment_or_writing_to_the_lab_tells_no_secret() -> None:
    texts = (
        "Relance comptable — dossier 2023-5512 — Mme Élodie Marchal, lifting du 12/10, solde à régler.",
        "Mail au labo : merci de renvoyer les résultats de Mme Nadia Benhamou (bilan de sa mammoplastie).",
        "Note pour l'équipe : Mme Aurélie Vasquez ne doit plus avoir de rdv de contrôle sans le Dr.",
    )
    for text in texts:
        rules = rules_alone(text, "autre")
        assert "secret-medical" not in rules, text
        assert "donnees-patient" in rules, text
    published = "Brief agence : faire un Reel sur Mme Tessier (Clara, 41 ans), lipo du ventre le 3/11."
    assert "secret-medical" in rules_alone(published, "autre")


# donnees-patient


def test_a_first_name_thanked_or_called_at_the_head_of_a_reply_about_her_procedure_is_data() -> None:
    assert "donnees-patient" in rules_alone(
        "Merci Nadia !! Ravis que votre réduction mammaire vous ait autant soulagée 😊", "avis-reponse"
    )
    assert "donnees-patient" in rules_alone(
        "Sophie, à deux mois de votre augmentation mammaire vous pouvez refaire du crawl.", "facebook"
    )
    texts = (
        ("avis-reponse", "Merci Nadia !! Toute l'équipe vous remercie pour ce gentil message."),
        ("instagram", "Merci Alexandre !! Superbe intervention au congrès sur le lipofilling."),
        ("facebook", "Sophie, merci pour votre message, le secrétariat vous rappelle demain."),
    )
    for channel, text in texts:
        assert "donnees-patient" not in rules_alone(text, channel), text


# incitation


def test_come_and_see_who_wants_to_try_decide_now_and_last_week_offers_push_the_reader() -> None:
    texts = (
        "Des résultats exceptionnels sur les taches, venez constater !",
        "La LED fait perdre une taille en une séance 🔥 Qui veut tester ?",
        "Fonce en DM pour ton devis !",
        "Les patientes qui hésitent pour une lipo ont intérêt à se décider maintenant.",
        "Cette rhino, arrêtez d'y penser, faites-le.",
        "Ton chirurgien préféré a encore UNE place samedi, cours !!",
        "🔥 DERNIÈRE SEMAINE : -20 % sur la lipo !",
        "La cryolipolyse sans chirurgie 🔥 N'attendez plus pour vous offrir le ventre de vos rêves !",
    )
    for text in texts:
        assert "incitation" in rules_alone(text, "instagram"), text


def test_a_coffee_machine_to_try_a_quoted_slogan_or_the_summer_closing_week_push_nothing() -> None:
    texts = (
        "Qui veut tester la nouvelle machine à café du cabinet ? Réponse en story.",
        "Pas de promo ici, ni de « n'attendez plus » : prenez le temps.",
        "Dernière semaine avant la fermeture estivale : le secrétariat répond jusqu'au 31.",
        "Dernière semaine : offre d'emploi d'infirmière au bloc.",
        "Les fumeurs ont intérêt à se décider maintenant : le tabac tue.",
        "Semi-marathon caritatif : encore une place samedi, cours !",
        "Pharmacie de garde ? Fonce en DM",
        "Ne dites jamais « n'attendez plus » à vos patients.",
    )
    for text in texts:
        assert "incitation" not in rules_alone(text, "instagram"), text


def test_a_pushy_phrase_flagged_as_a_warning_sign_or_ordered_taken_down_is_not_said() -> None:
    texts = (
        ("tiktok", "« il ne reste que 3 créneaux, réservez vite ! » 🚩 si un cabinet te parle comme ça…"),
        ("bluesky", "La phrase « et si c'était votre tour ? » sur les pubs me met mal à l'aise."),
        ("autre", "Mail à l'agence : merci de retirer de l'accueil le bandeau « -20 % jusqu'à dimanche »."),
    )
    for channel, text in texts:
        assert "incitation" not in rules_alone(text, channel), text
    assert "incitation" in rules_alone("Réservez vite ! Il reste 2 places 🚩", "tiktok")


# offre-commerciale and the negation qualifier


def test_a_discount_on_the_practices_own_protocol_or_care_is_an_offer_even_beside_thanks() -> None:
    texts = (
        "Pour la rentrée : -20 % sur le protocole complet, lien en bio ⏳",
        "Merci pour vos 5 ⭐ sur Google 💕 Et toujours -10 % sur les soins LED ce mois-ci 💡",
        "N'attends plus l'été pour sauter le pas 🌞 -15 % sur la consult si tu réserves cette semaine",
    )
    for text in texts:
        assert "offre-commerciale" in rules_alone(text, "instagram"), text


def test_an_emoji_ends_a_clause_but_a_negation_right_before_the_offer_still_holds() -> None:
    texts = (
        "Pas de promo 🙅 chez nous",
        "Aucune réduction ici 😉",
        "-15 % sur leurs soins avec le code LUNA15 🌿",
        "Ici, pas de ❤️ -30 % ni d'offre flash.",
        "On ne fait pas ⛔ de promotions ni de soldes sur la santé.",
        "-15 % sur leur protocole minceur chez @slimclinic",
    )
    for text in texts:
        assert "offre-commerciale" not in rules_alone(text, "instagram"), text
    assert "garantie-resultat" not in rules_alone(
        "On ne vous promettra jamais 😇 un résultat garanti.", "instagram"
    )
    assert "superlatif" not in rules_alone("Nous ne sommes pas 🙏 les meilleurs de Paris.", "instagram")


# conseil-personnalise


def test_a_no_go_or_an_act_chosen_for_the_one_answered_in_public_is_personal_advice() -> None:
    texts = (
        "@soso_beauty99 pour toi ce serait plutôt un lifting temporal qu'un fil tenseur, tu as le profil 😍",
        "@tomdlp avec 20 clopes par jour la greffe de cheveux c'est non, arrête d'abord",
        "Réponse à @ines_prn 👉 enceinte de 4 mois ? alors pas de laser épilation pour toi maintenant",
        "@marion_k avec une tension à 16, n'envisage aucune intervention tant qu'elle n'est pas équilibrée.",
        "Réponse en story à @julie_mrs 💬 ton bourrelet, tu le pinces-roules 3 min matin et soir",
    )
    for text in texts:
        assert "conseil-personnalise" in rules_alone(text, "instagram"), text


def test_the_same_words_said_to_everyone_are_no_personal_advice() -> None:
    texts = (
        "Le botox c'est non pendant la grossesse, pour toutes les patientes.",
        "Ce post est pour vous : pas de chirurgie pour vous sans consultation préalable.",
        "Tu masses ta cicatrice matin et soir ? Voici notre tuto pour tout le monde.",
        "@lea tu as exactement le profil pour rejoindre notre équipe",
        "@paul.d le botox à 18 ans c'est non, quel que soit le patient : règle du cabinet",
    )
    for text in texts:
        assert "conseil-personnalise" not in rules_alone(text, "instagram"), text


# superlatif


def test_equipment_another_clinic_still_lacks_is_a_comparison_and_the_finest_premises_a_superlative() -> None:
    text = "Nous avons le robot chirurgical que la clinique concurrente de Tours n'a toujours pas."
    assert "superlatif" not in rules_alone(text, "linkedin")
    texts = (
        "Le plus beau cabinet de la ville, venez voir par vous-mêmes ✨",
        "Contrairement à la plupart des cabinets, nous avons un laser dernière génération 💡",
        "Notre cabinet est la référence de la région, avec un laser que la clinique voisine n'a pas.",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "linkedin"), text


# hypothesis qualifier


def test_a_closed_if_clause_leaves_what_follows_it_in_the_main_clause() -> None:
    assert "offre-commerciale" in rules_alone(
        "Si vous hésitez encore, -20 % sur la consultation !", "instagram"
    )
    texts = (
        "Si on vous promet « zéro douleur, zéro cicatrice » pour une chirurgie, posez des questions.",
        "Si une clinique vous garantit un résultat, méfiez-vous.",
    )
    for text in texts:
        assert "garantie-resultat" not in rules_alone(text, "instagram"), text
