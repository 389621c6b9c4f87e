"""Rules read on batches 109-116 (twenty-second session): briefs that order the legal mention left
out, taglines quoted as the practice's own, staff and bylines that name no patient, injections that
are acts, reviews republished, myths judged right after their quote."""

from __future__ import annotations

from tests.compliance.rules_alone import rules_alone

# partenariat-non-declare


def test_a_brief_that_orders_the_legal_mention_left_out_hides_the_partnership() -> None:
    texts = (
        "Brief marque Solvéa (gaines)\nConsigne : PAS de mention pub ni #partenariat, le rendu doit rester "
        "spontané.\nCode abonnées : SOL15.",
        "Art. 4 — Les contenus ne comporteront ni mention « Publicité » ni « Collaboration commerciale ».\n"
        "Art. 5 — Rémunération : 900 € par mois, code ELSA10.",
        "Story produit : NE PAS mettre « partenariat » ni « publicité », on veut un rendu naturel. "
        "La marque envoie 30 tubes et 600 €.",
        "Le créateur s'abstient de toute mention commerciale. Code promotionnel : DRLOU15 (-15 %).",
        "Post vendredi avec tag @lumiderm_officiel, le labo offre 10 seringues, inutile de mettre "
        "#partenariat.",
    )
    for text in texts:
        assert "partenariat-non-declare" in rules_alone(text, "autre"), text


def test_a_partnership_disclosed_or_a_mention_explained_is_not_hidden() -> None:
    texts = (
        "Collaboration commerciale avec @lumiderm : code LUMI10 pour vos abonnées.",
        "Quand vous voyez un code promo sans la mention « collaboration commerciale », méfiez-vous : "
        "c'est illégal.",
    )
    for text in texts:
        assert "partenariat-non-declare" not in rules_alone(text, "instagram"), text


def test_a_partners_link_a_laboratorys_support_or_a_code_from_the_brand_is_a_commercial_link() -> None:
    texts = (
        "Après votre lipoaspiration, commandez votre panty sur le site de la marque via notre lien "
        "partenaire.",
        "Cette vidéo a été réalisée avec le soutien des laboratoires Hyalis, que je remercie.",
        "Bonne nouvelle : le labo m'a donné un code pour vous, 20 % sur votre première séance !",
    )
    for text in texts:
        assert "partenariat-non-declare" in rules_alone(text, "youtube"), text
    assert "partenariat-non-declare" not in rules_alone(
        "Cette étude a été menée avec le soutien de l'Inserm et de l'université de Lille.", "youtube"
    )


# denigrement


def test_colleagues_said_to_treat_patients_as_numbers_or_to_learn_on_them_are_disparaged() -> None:
    texts = (
        "Au CHU d'à côté, huit mois d'attente et des internes qui apprennent sur vous.",
        "Mon confrère d'en face, celui qui dit oui à tout pourvu qu'on paie comptant.",
        "Votre première opération avait été faite par un confrère peu connu pour son sérieux.",
        "Beaucoup de centres laser de la région ont des machines mal entretenues.",
        "Dans certaines cliniques parisiennes, on tire encore la peau comme il y a trente ans.",
        "Nos concurrents délèguent les séances à des opératrices non médecins.",
    )
    for text in texts:
        assert "denigrement" in rules_alone(text, "facebook"), text


def test_a_fact_about_other_teams_without_a_judgement_is_no_disparagement() -> None:
    texts = (
        "Au CHU, les internes opèrent sous la supervision d'un chirurgien senior.",
        "Comme il y a trente ans, notre cabinet ferme la première semaine d'août.",
    )
    for text in texts:
        assert "denigrement" not in rules_alone(text, "facebook"), text


# donnees-patient


def test_staff_a_manager_a_supplier_and_a_journalists_byline_are_no_patients() -> None:
    assert "donnees-patient" not in rules_alone(
        "Le secrétariat : Nadia, Corinne et Théo vous accueillent du lundi au vendredi et organisent vos "
        "rendez-vous et vos dossiers d'hospitalisation.",
        "site",
    )
    assert "donnees-patient" not in rules_alone(
        "Merci à toutes pour vos messages après les injections, et merci à mon équipe, Manon et Jade 🙏",
        "instagram",
    )
    assert "donnees-patient" not in rules_alone(
        "Si vous le souhaitez, notre responsable de cabinet, Mme Ferrand, peut vous rappeler au sujet du "
        "devis.",
        "avis-reponse",
    )
    assert "donnees-patient" not in rules_alone(
        "Objet : campagne de liens sponsorisés pour la rhinoplastie.\nBudget conseillé : 2 000 € par mois.\n"
        "Lucie Ferrat, Agence Pixelmed",
        "autre",
    )
    assert "donnees-patient" not in rules_alone(
        "La clinique propose un forfait lipoaspiration à 3 900 euros.\n\nLe syndicat, contacté, n'a pas "
        "souhaité commenter.\n\nLaure Bataille",
        "presse",
    )


def test_a_beauty_queen_and_a_name_the_text_says_is_changed_are_no_patient_data() -> None:
    assert "donnees-patient" not in rules_alone(
        "Ils nous font confiance 💫 Léa Sorel, Miss Provence 2019, a choisi notre clinique pour sa "
        "rhinoplastie.",
        "instagram",
    )
    assert "donnees-patient" not in rules_alone(
        "L'HISTOIRE DE CHLOÉ (prénom modifié)\n\nAprès deux grossesses, Chloé a choisi une abdominoplastie.",
        "facebook",
    )


def test_a_reviewers_care_of_other_specialties_and_a_new_body_part_by_handle_are_data() -> None:
    assert "donnees-patient" in rules_alone(
        "Merci M. Duval, ravi que votre hernie inguinale ne vous gêne plus du tout !", "avis-reponse"
    )
    assert "donnees-patient" in rules_alone(
        "Merci Sophie, et bon courage pour la fin de votre traitement orthodontique !", "avis-reponse"
    )
    assert "donnees-patient" in rules_alone(
        "M. Girard, vous avez bénéficié d'une greffe de cheveux en septembre et vous êtes venu aux "
        "contrôles.",
        "avis-reponse",
    )
    assert "donnees-patient" in rules_alone(
        "Nouveau nez pour @lea.mrtn 😍 swipe pour voir J+90 !", "instagram"
    )
    assert "donnees-patient" in rules_alone(
        "Merci @julie.mrtn pour ta confiance 💕 ta nouvelle poitrine te va à merveille !", "instagram"
    )
    assert "donnees-patient" not in rules_alone(
        "Le nez de @bellahadid fait rêver beaucoup de mes patientes, mais chaque visage est différent.",
        "instagram",
    )


# superlatif


def test_a_tagline_or_key_message_a_brief_quotes_is_the_practices_own_claim() -> None:
    texts = (
        "Bio à reformuler : « La référence de la rhinoplastie en Anjou ».",
        "Accroche validée par la cliente : « La référence n°1 de la lipo à Lyon ».",
        "Messages clés à faire passer : « suivi sur mesure », « la meilleure clinique de la Côte ».",
        "- chiffre clé en grand : « 98 % de patients satisfaits » ;",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "autre"), text


def test_a_tagline_set_aside_or_a_slogan_quoted_by_the_ordre_is_no_claim() -> None:
    texts = (
        "Slogan refusé : « le meilleur chirurgien de Lyon ».",
        "Accroche à supprimer : « la référence de la rhinoplastie ».",
        "Le CNOM interdit un slogan comme « le meilleur chirurgien ».",
    )
    for text in texts:
        assert "superlatif" not in rules_alone(text, "autre"), text


def test_satisfied_patients_counted_a_spotless_record_and_the_finest_results_of_a_town_are_boasts() -> None:
    texts = (
        "3 000 patientes satisfaites depuis 2012.",
        "Facettes posées au cabinet : zéro fracture en 8 ans de pratique 🦷",
        "POV : tu tombes sur le cabinet qui fait les plus jolies lèvres de Toulouse 💋",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "instagram"), text
    assert "superlatif" not in rules_alone(
        "Les plus belles fleurs de saison décorent l'accueil.", "instagram"
    )


def test_an_emoji_then_a_capital_ends_the_claim_before_a_question_answered_no() -> None:
    assert "superlatif" in rules_alone(
        "Le seul chirurgien de Lille à faire la rhino piézo 😎 Tu connais quelqu'un d'autre ? Non.", "tiktok"
    )
    assert "garantie-resultat" not in rules_alone("Un résultat garanti 😉 ? Non, jamais.", "tiktok")


# garantie-resultat: myths judged


def test_a_myth_quoted_then_judged_false_or_answered_it_depends_is_no_promise() -> None:
    assert "garantie-resultat" not in rules_alone(
        "**« C'est sans douleur. »** Faux. Les suites ressemblent à des courbatures.", "site"
    )
    assert "garantie-resultat" not in rules_alone(
        "« Les lèvres, ça ne fait jamais mal » ? Ça dépend des personnes, et on anesthésie.", "tiktok"
    )
    assert "garantie-resultat" in rules_alone("« C'est sans douleur » : c'est notre promesse.", "site")


# secret-medical: « comme la loi l'impose » reports no rule


def test_a_review_reply_that_vouches_for_the_law_still_confirms_the_consultation() -> None:
    assert "secret-medical" in rules_alone(
        "Lors de votre consultation du 4 mai, le Dr Girard vous a pourtant remis un devis pour votre "
        "rhinoplastie, comme la loi l'impose.",
        "avis-reponse",
    )


# offre-commerciale


def test_the_practices_discount_with_a_booking_link_a_free_act_and_a_contest_are_offers() -> None:
    texts = (
        "BLACK FRIDAY -30 % sur toutes les injections anti-rides jusqu'à dimanche, lien en bio pour réserver",
        "En avril, le centre vous offre votre diagnostic capillaire complet, habituellement facturé 90 €.",
        "Pourquoi attendre ? -20 % sur le peeling jusqu'à dimanche.",
        "S4 : GIVEAWAY soin visage (1 peeling offert), règlement à rédiger, tirage le 30/06",
    )
    for text in texts:
        assert "offre-commerciale" in rules_alone(text, "instagram"), text


def test_a_rule_of_the_ordre_named_in_the_sentence_still_reports_it() -> None:
    assert "offre-commerciale" not in rules_alone(
        "Le règlement de l'Ordre interdit les offres du type « -30 % sur la rhinoplastie ».", "instagram"
    )


# produit-sante


def test_injections_of_a_product_are_an_act_unless_a_brand_is_named() -> None:
    assert "produit-sante" not in rules_alone(
        "-20 % sur toutes les injections de toxine et d'acide hyaluronique jusqu'au 31 mai, cartes cadeaux "
        "disponibles à l'accueil !",
        "facebook",
    )
    assert "produit-sante" in rules_alone(
        "Nos injections de skinbooster Profhilo ✨ hydratation intense garantie pendant six mois.",
        "instagram",
    )


def test_a_slimming_tea_a_gift_to_every_patient_and_a_product_used_on_all_of_them_are_promoted() -> None:
    texts = (
        "Après ta lipo, la tisane detox KetoSlim fait fondre la graisse du ventre 🍵 Lien en bio !",
        "Tout le mois de janvier et, en cadeau, la crème contour des yeux Oculift offerte 🎁",
        "Ce sérum fait repousser ton collagène, je l'utilise sur toutes mes patientes, lien en bio.",
        "Je prescris systématiquement à toutes mes patientes des granules d'arnica et le gel Arnivel.",
    )
    for text in texts:
        assert "produit-sante" in rules_alone(text, "instagram"), text
    assert "produit-sante" not in rules_alone(
        "Merci pour les coffrets de tisanes offerts en salle d'attente cette semaine 🍵", "facebook"
    )


# temoignage


def test_a_reply_that_republishes_the_review_uses_a_testimonial() -> None:
    texts = (
        "Merci Marine pour ce bel avis 😍 Avec votre accord, nous l'avons partagé dans nos stories "
        "Instagram.",
        "Merci beaucoup ! Nous avons ajouté votre avis à la rubrique « Témoignages » de notre site.",
        "Avec votre accord, votre avis rejoindra notre page « Ils nous font confiance » sur le site 😊",
    )
    for text in texts:
        assert "temoignage" in rules_alone(text, "avis-reponse"), text


def test_a_token_of_trust_a_review_kept_private_or_taken_down_is_no_testimonial() -> None:
    assert "temoignage" not in rules_alone(
        "Merci pour votre témoignage de confiance, il nous va droit au cœur.", "avis-reponse"
    )
    assert "temoignage" not in rules_alone(
        "Merci pour votre avis, nous ne le publierons pas sur notre site.", "avis-reponse"
    )
    assert "temoignage" not in rules_alone(
        "Note équipe : on supprime aussi le lien vers les avis Google dans la signature mail.", "autre"
    )
    assert "temoignage" not in rules_alone(
        "On m'a souvent proposé d'acheter des packs (avis 5 étoiles, followers). J'ai toujours refusé.",
        "linkedin",
    )
    assert "temoignage" in rules_alone("Plus de 200 avis 5 étoiles sur Google, merci à vous !", "instagram")


# sources-absentes


_LONG_HEALTH = (
    "La cryolipolyse refroidit les cellules graisseuses d'une zone ciblée : ventre, flancs, cuisses. Sous "
    "l'effet du froid, les adipocytes sont éliminés par l'organisme dans les semaines qui suivent. La séance "
    "dure une heure ; une sensation de froid intense est ressentie les premières minutes, puis la zone "
    "s'engourdit. Rougeur, engourdissement et sensibilité peuvent persister quelques jours après le "
    "traitement. Les résultats apparaissent entre six et douze semaines. La technique s'adresse aux "
    "personnes proches de leur poids de forme, avec des amas graisseux localisés ; elle ne traite pas "
    "l'obésité et comporte des risques, dont une hyperplasie paradoxale rare."
)


def test_a_link_is_no_source_for_long_health_information() -> None:
    text = _LONG_HEALTH + " [Prendre rendez-vous](https://rdv.example.fr/cabinet)"
    assert "sources-absentes" in rules_alone(text, "site")
    assert "sources-absentes" not in rules_alone(text + "\n\nSources : HAS, 2023.", "site")


def test_a_short_commercial_page_is_not_long_health_information() -> None:
    text = _LONG_HEALTH[:560]
    assert len(text) < 700
    assert "sources-absentes" not in rules_alone(text, "site")


# ton-inapproprie


def test_sending_a_commenter_back_to_play_or_scolding_a_patient_is_inappropriate() -> None:
    texts = (
        "Kevin, retourne jouer à la console, les adultes parlent.",
        "Quand on n'a pas fait douze ans d'études, on a la décence de se taire.",
        "Bloqué, et bon vent.",
        "Une dame veut les pommettes de sa fille de 20 ans. Non mais allô 🤣",
        "Et svp arrêtez de m'envoyer des photos toutes les heures.",
    )
    for text in texts:
        assert "ton-inapproprie" in rules_alone(text, "x"), text
    assert "ton-inapproprie" not in rules_alone("Bon vent à Julie, notre assistante, pour sa retraite !", "x")


# titre-non-reconnu


def test_chirurgien_esthetique_is_read_as_the_recognised_specialtys_short_form() -> None:
    texts = (
        "Chirurgien esthétique à Paris 16e, membre de la SOFCPRE.",
        "Campagne « chirurgien esthétique Toulon » : 1 240 € HT.",
    )
    for text in texts:
        assert "titre-non-reconnu" not in rules_alone(text, "site"), text
    assert "titre-non-reconnu" in rules_alone("Dr Kerbrat, chirurgien cosmétique à Saint-Tropez.", "site")


def test_a_title_said_to_be_unrecognised_or_to_replace_is_not_claimed() -> None:
    texts = (
        "On me présente souvent comme « médecin esthétique ». Petite correction : l'Ordre ne reconnaît pas "
        "ce titre.",
        "« Médecin esthétique » ou « médecin anti-âge » n'existent pas comme titres reconnus.",
        "L'auteur est présenté comme « médecin esthétique » dans l'en-tête ; remplacer par son titre exact.",
    )
    for text in texts:
        assert "titre-non-reconnu" not in rules_alone(text, "linkedin"), text


# promotion-payante (second round)


def test_an_advertorial_followers_bought_for_a_price_and_a_rented_sms_list_are_paid_visibility() -> None:
    texts = (
        ("PUBLI-REPORTAGE\n\nClinique des Pins : l'excellence au service de votre silhouette", "presse"),
        ("La clinique dispose de deux blocs. Cet espace est financé par l'annonceur.", "presse"),
        ("Contenu réalisé pour le Centre Lumière par le service partenaires du journal.", "presse"),
        ("Merci aux 5 000 nouveaux abonnés… et à l'agence qui nous les a trouvés pour 49 € 😅", "x"),
        ("Campagne SMS : fichier de 12 000 contacts loués, 0,09 € le SMS.", "autre"),
        ("Campagne Google Ads sur les mots-clés « injections Lille » dès le premier mois.", "linkedin"),
    )
    for text, channel in texts:
        assert "promotion-payante" in rules_alone(text, channel), text


def test_a_paid_offer_turned_down_paragraphs_later_or_a_product_called_booster_is_no_paid_visibility() -> (
    None
):
    assert "promotion-payante" not in rules_alone(
        "Une agence m'a proposé des publications boostées à 49 € pièce.\n\nJ'ai décliné, et voici pourquoi.",
        "linkedin",
    )
    assert "promotion-payante" not in rules_alone(
        "Je vous présente le nouveau booster Hydrafill, une hydratation en profondeur.", "instagram"
    )


# incitation (second round)


def test_a_tu_form_dont_wait_the_next_one_could_be_you_and_why_deprive_yourself_push() -> None:
    texts = (
        "Les cernes creux, ça se traite en quinze minutes. N'attends pas que ça s'installe pour de bon.",
        "Regarde ce résultat ! Et si la prochaine, c'était toi ? 👀",
        "La cryolipolyse, c'est l'été. Alors pourquoi s'en priver ? ❄️",
    )
    for text in texts:
        assert "incitation" in rules_alone(text, "tiktok"), text
    assert "incitation" not in rules_alone("Si tu as de la fièvre, n'attends pas : appelle le 15.", "tiktok")


# garantie-resultat (second round)


def test_a_promise_in_a_brief_tagline_painlessness_promised_and_every_fibrosis_prevented_are_promises() -> (
    None
):
    texts = (
        ("Accroche principale : « Un sourire parfait garanti en 2 séances, sans douleur ».", "autre"),
        ("Messages clés à faire passer : « résultat garanti, zéro douleur ».", "autre"),
        ("Ça ne fait pas mal, promis 😇", "tiktok"),
        ("Le drainage fait dégonfler plus vite et prévient toute fibrose.", "facebook"),
    )
    for text, channel in texts:
        assert "garantie-resultat" in rules_alone(text, channel), text


def test_a_refused_slogan_or_a_prevention_denied_is_no_promise() -> None:
    assert "garantie-resultat" not in rules_alone("Slogan refusé : « résultat garanti ».", "autre")
    assert "garantie-resultat" not in rules_alone(
        "Aucun traitement ne prévient toutes les complications.", "facebook"
    )


# mended on review (the same session)


def test_an_order_to_leave_out_a_mention_with_no_commercial_link_hides_nothing() -> None:
    texts = (
        "Mail interne : pas de mention pub sur le site du cabinet, nous ne faisons pas de publicité.",
        "Consigne : ne jamais écrire « publicité » sur les posts d'information santé du cabinet.",
    )
    for text in texts:
        assert "partenariat-non-declare" not in rules_alone(text, "autre"), text


def test_a_research_laboratory_a_charity_and_a_charitys_link_are_no_commercial_partners() -> None:
    texts = (
        "Cette étude a été menée avec le soutien du laboratoire de recherche de l'université de Lille.",
        "Conférence gratuite sur le dépistage, avec le soutien de @liguecontrelecancer 💙",
        "Retrouvez le guide de l'association France Lymphœdème via notre lien partenaire en bio 💙",
    )
    for text in texts:
        assert "partenariat-non-declare" not in rules_alone(text, "linkedin"), text


def test_a_usual_price_without_a_gift_is_fee_information() -> None:
    assert "offre-commerciale" not in rules_alone(
        "Le diagnostic capillaire est habituellement facturé 90 € ; il est remboursé en partie par certaines "
        "mutuelles.",
        "site",
    )


def test_a_brand_after_a_qualifier_still_names_the_injected_product() -> None:
    assert "produit-sante" in rules_alone(
        "Injections de toxine botulique Azzalure à -20 % ce mois-ci !", "instagram"
    )


def test_a_general_superlative_in_a_quoted_title_and_a_defined_finest_result_are_no_boasts() -> None:
    texts = (
        "Accroche proposée par l'agence : « Le meilleur moyen de limiter les cicatrices : bien préparer sa "
        "peau »",
        "Titre de l'article : « Le plus grand risque après une liposuccion : la thrombose »",
        "Les plus jolies lèvres de Marseille ? Ce sont celles qui restent naturelles.",
    )
    for text in texts:
        assert "superlatif" not in rules_alone(text, "autre"), text


def test_a_claim_questioned_in_a_word_or_two_after_an_emoji_and_answered_no_is_no_claim() -> None:
    assert "garantie-resultat" not in rules_alone(
        "Une lipo sans douleur 🤔 Vraiment ? Non : les suites sont douloureuses quelques jours.", "instagram"
    )
    assert "superlatif" not in rules_alone(
        "Le meilleur chirurgien de France 🏆 Ça existe ? Non. Méfiez-vous de ceux qui le prétendent.",
        "instagram",
    )
    assert "superlatif" not in rules_alone(
        "Pourquoi chercher ailleurs le meilleur résultat ? Il n'existe pas de meilleur résultat universel.",
        "instagram",
    )


def test_a_body_part_by_handle_a_patient_speaking_in_our_video_and_a_quoted_patient_are_data() -> None:
    assert "donnees-patient" in rules_alone(
        "Le nez de @cam.b 3 semaines post-op, déjà tellement naturel !", "instagram"
    )
    assert "donnees-patient" in rules_alone(
        "Live jeudi : Sandra et Kevin vous répondent sur leur parcours sleeve, un an après leur opération.",
        "instagram",
    )
    assert "donnees-patient" in rules_alone(
        "Merci à Julie Martin qui témoigne publiquement de sa reconstruction mammaire dans notre nouvelle "
        "vidéo.",
        "youtube",
    )
    assert "donnees-patient" in rules_alone(
        "Communiqué — La clinique lance la reconstruction mammaire en ambulatoire.\n« Je revis depuis ma "
        "reconstruction. »\nSandrine Dupuis",
        "presse",
    )
    assert "donnees-patient" in rules_alone(
        "Notre responsable qualité a rappelé Mme Durand, opérée d'une abdominoplastie hier.", "autre"
    )
    assert "donnees-patient" not in rules_alone(
        "Merci Élodie ! Si vous avez bénéficié d'une intervention chez nous, l'équipe reste à votre écoute.",
        "avis-reponse",
    )


def test_a_question_about_interns_a_review_shared_with_the_team_and_a_childs_words_are_harmless() -> None:
    assert "denigrement" not in rules_alone(
        "Au CHU, des internes qui apprennent sur les patients ? Le Pr Martin rappelle que tout est "
        "supervisé.",
        "presse",
    )
    assert "temoignage" not in rules_alone(
        "Nous avons pris note de votre avis et l'avons partagé avec la direction pour améliorer l'accueil.",
        "avis-reponse",
    )
    assert "temoignage" in rules_alone(
        "Merci pour votre gentil mot, qui sera affiché dans la salle d'attente 💕", "avis-reponse"
    )
    assert "ton-inapproprie" not in rules_alone(
        "Mon fils de 6 ans, après la sieste : « je retourne jouer ! » 😂", "instagram"
    )
    assert "ton-inapproprie" not in rules_alone(
        "Merci d'arrêter de m'appeler sur mon portable personnel, passez par le secrétariat.", "message"
    )


def test_a_title_denied_elsewhere_in_the_text_does_not_excuse_the_one_claimed() -> None:
    assert "titre-non-reconnu" in rules_alone(
        "Dr Anne Roy, médecin esthétique à Bordeaux. L'Ordre ne reconnaît pas ce titre de chirurgien "
        "cosmétique, que je n'utilise pas.",
        "site",
    )


def test_an_institutions_page_is_a_source() -> None:
    text = _LONG_HEALTH + "\nÉtude complète : https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7654321/"
    assert "sources-absentes" not in rules_alone(text, "youtube")


def test_a_new_body_part_given_with_a_handle_confirms_the_care_given() -> None:
    texts = (
        "Nouveau nez pour @lea.mrt ! Merci pour ta confiance 💕",
        "Ta nouvelle poitrine te va à merveille @sarah_k 😍",
        "Le nez de @cam.b 3 semaines post-op, déjà tellement naturel !",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "instagram"), text
    assert "secret-medical" not in rules_alone("Le nez de @bellahadid fait rêver mes patientes.", "instagram")
