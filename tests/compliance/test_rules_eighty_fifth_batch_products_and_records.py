"""Rules read on the 85th-92nd batches (twentieth session): branded products promoted in new ways,
people introduced with their age, rankings and records, others' work called botched, star counts
held up, outcomes ensured after their noun."""

from __future__ import annotations

from tests.compliance.rules_alone import rules_alone

# produit-sante


def test_a_branded_product_promoted_by_its_hashtag_a_contest_or_a_lab_thanked_is_a_health_product() -> None:
    texts = (
        "3 semaines de bandes de silicone Scarlys sur cette cicatrice, la différence se voit #scarlys",
        "CONCOURS 🎉 À gagner : une séance de skinbooster + le sérum Hydralis Home !",
        "Merci au labo Dermavel pour les échantillons 🙏 résultats à J+30 en story",
        "Désolés que la crème Cicaplume ne vous ait pas convenu. Elle reste de loin la plus efficace.",
        "Leur nouvelle plaque de fixation du radius, je la recommande à tous les confrères.",
    )
    for text in texts:
        assert "produit-sante" in rules_alone(text, "instagram"), text


def test_a_product_sold_here_by_message_is_flagged_but_a_prescription_ready_at_the_desk_is_not() -> None:
    sold = "Pour l'œdème, prenez un complément à base d'ananas, on en a au cabinet si besoin."
    assert "produit-sante" in rules_alone(sold, "message")
    texts = (
        "Bonjour, votre ordonnance pour la gaine de contention est disponible à l'accueil dès jeudi.",
        "Les compléments au collagène ? Aucune preuve. Avant de dépenser 60 € par mois, parlez-en.",
        "On m'envoie le lien d'un kit post-rhino vendu 89 € sur Instagram : rien de tout ça n'est utile.",
    )
    for text in texts:
        assert "produit-sante" not in rules_alone(text, "message"), text


def test_a_noun_point_is_no_negation() -> None:
    text = "Le Dr Berthier a mis au point un protocole avec le skinbooster Hydralis, qui efface les ridules."
    assert "produit-sante" in rules_alone(text, "instagram")
    assert "produit-sante" not in rules_alone(
        "Je ne conseille point le sérum Hydralis, qui efface peu.", "instagram"
    )


# donnees-patient


def test_a_first_name_followed_by_her_age_introduces_her_to_the_readers() -> None:
    texts = (
        "Sophie, 38 ans, nous a autorisés à partager les photos de sa réduction mammaire.",
        "Nadia, 42 ans, nous raconte sa sleeve réalisée au cabinet.",
        "Merci à Gérard pour cette jolie carte reçue après son opération du canal carpien 💌",
    )
    for text in texts:
        assert "donnees-patient" in rules_alone(text, "facebook"), text
    greeted = "Sophie, merci pour votre message, le secrétariat vous rappelle demain."
    assert "donnees-patient" not in rules_alone(greeted, "facebook")


def test_a_handle_with_her_procedure_delay_caesarean_or_shared_post_is_data() -> None:
    texts = (
        "@maeva_lpz t'es à J5 d'une rhinoplastie et tu gonfles ? Normal, dors la tête surélevée",
        "@leaaa_m ta cicatrice de césarienne qui rebique, c'est sûrement une petite adhérence",
        "Coucou @melodie.art ! Tu arrêtes la pilule un mois avant ta plastie abdominale, promis ?",
        "On repartage le message de @chloe.rvr « 3 semaines après ma rhinoplastie je me trouve jolie »",
    )
    for text in texts:
        assert "donnees-patient" in rules_alone(text, "instagram"), text
    symptom = "Coucou @melodie.art ! Ta cicatrice qui tire, masse-la doucement."
    assert "donnees-patient" not in rules_alone(symptom, "instagram")


def test_a_greeted_reviewer_with_her_weight_loss_or_delay_since_surgery_is_data() -> None:
    texts = (
        "Merci Mme Dubreuil, et bravo pour vos 38 kilos perdus depuis la sleeve !",
        "Bonjour Claire, c'est normal à un mois d'une lipo des cuisses, ne vous inquiétez pas.",
        "Merci Julien ! Bonne cicatrisation pour votre gynécomastie.",
    )
    for text in texts:
        assert "donnees-patient" in rules_alone(text, "avis-reponse"), text


def test_staff_a_quoted_title_a_plural_product_and_the_writer_herself_are_no_patient_data() -> None:
    assert "donnees-patient" not in rules_alone(
        "Retour d'expérience de notre secrétaire, Karine, sur le logiciel de rendez-vous.", "linkedin"
    )
    assert "donnees-patient" not in rules_alone(
        "Le « médecin morphologue et anti-âge » Benoît Raynal ouvre un second cabinet.", "presse"
    )
    assert "donnees-patient" not in rules_alone(
        "Nos patients adorent les compléments Bariavit Slim : ils couvrent tous les besoins.", "facebook"
    )
    assert "donnees-patient" not in rules_alone(
        "Bonjour, c'est Mme Royer 😊 tout s'est très bien passé pour ma rhinoplastie !", "message"
    )


# superlatif


def test_references_records_and_rarities_are_self_praise() -> None:
    texts = (
        "Le Dr Benhamou est devenue la référence du Pays basque pour les injections.",
        "Vous êtes la 1 000e personne à nous noter, un record pour un cabinet de la Loire 🎉",
        "La Dre Arnaud vous accueille dans le plus bel espace de soins de Nice.",
        "Une courbe naturelle, comme seule notre équipe sait la dessiner ✨",
        "Sans vouloir me vanter, je suis un des rares en France à maîtriser cette technique.",
        "Notre pôle genou, le plus complet du Sud-Ouest.",
        "100 % des patientes opérées déclarent qu'elles recommanderaient notre équipe.",
        "20 ans d'exercice. 0 plainte devant l'Ordre.",
        "Chez nous, en vingt ans, pas un seul incident anesthésique.",
        "Technique endoscopique exclusive à Lille, là où les autres cabinets laissent 5 cm de cicatrice.",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "linkedin"), text


def test_a_technique_that_became_the_standard_is_no_self_praise() -> None:
    texts = (
        "La cicatrisation dirigée est devenue la référence pour les plaies chroniques.",
        "Aucune patiente n'en garde un mauvais souvenir, nous l'espérons.",
    )
    for text in texts:
        assert "superlatif" not in rules_alone(text, "linkedin"), text


# denigrement


def test_others_work_called_botched_or_shameful_runs_them_down() -> None:
    texts = (
        "Notre équipe s'est spécialisée dans la reprise des interventions mal réalisées par d'autres.",
        "Le Dr G. pose des fils à des filles de 25 ans. Ce type est une honte pour la profession.",
        "Vous avez préféré le centre laser d'en face ? Bon courage avec leurs brûlures 🙂",
        "2x moins cher qu'au centre d'à côté, où ils te crament la peau 💸",
        "Contrairement aux centres low-cost qui tournent avec des lasers d'occasion, nous achetons neuf.",
        "Dans les autres cliniques, on te laisse seule après l'opé.",
        "Bien plus naturel que les regards figés que fabriquent certains chirurgiens du coin.",
        "Avis publié par un employé du centre concurrent, ce qui en dit long sur leurs méthodes.",
        "Réparer ce qu'il avait fait à votre nez nous a demandé deux interventions.",
    )
    for text in texts:
        assert "denigrement" in rules_alone(text, "facebook"), text


def test_a_question_about_low_cost_centres_runs_no_one_down() -> None:
    text = "Que pensez-vous des centres low-cost qui se multiplient ?"
    assert "denigrement" not in rules_alone(text, "presse")


# garantie-resultat


def test_outcomes_ensured_after_their_noun_or_for_sure_are_promises() -> None:
    texts = (
        "Skinbooster ✨ hydratation intense garantie pendant six mois",
        "L'asymétrie est due à l'œdème : elle disparaîtra à coup sûr d'ici 2 mois.",
        "La cicatrice, cachée dans le pli de la paupière, est invisible dès la troisième semaine.",
        "Le laser intime guérit l'incontinence urinaire en une séance.",
        "3 jours de récup et tu retournes au boulot avec des paupières de tes 20 ans 😍",
        "Perte de poids assurée : 30 kg en moyenne la première année.",
        "Cryolipolyse : vos bourrelets fondent, sans chirurgie et sans la moindre douleur.",
    )
    for text in texts:
        assert "garantie-resultat" in rules_alone(text, "facebook"), text


def test_a_painless_lump_or_a_doubt_is_no_promise() -> None:
    texts = (
        "Le lipome est une boule de graisse bénigne, molle, indolore dans la grande majorité des cas.",
        "Aucun chirurgien ne peut dire à coup sûr que la cicatrice sera fine.",
        "Un implant garanti par le fabricant n'est pas un résultat garanti.",
    )
    for text in texts:
        assert "garantie-resultat" not in rules_alone(text, "youtube"), text


# temoignage


def test_star_counts_held_up_and_patients_asked_to_share_are_testimony() -> None:
    texts = (
        "Nous laisserons les 530 personnes qui nous ont attribué 5 étoiles juger de notre accueil.",
        "Au vu des 300 autres avis à 4,8/5, le problème ne venait peut-être pas de nous 😉",
        "Merci aussi aux 312 autres patientes qui nous ont laissé 5 étoiles cette année 😉",
        "Nous invitons nos nombreux patients satisfaits à partager à leur tour leur expérience.",
        "Si vous avez deux minutes, partagez ce message en story en nous identifiant.",
    )
    for text in texts:
        assert "temoignage" in rules_alone(text, "avis-reponse"), text
    refused = "Nous ne demandons jamais à nos patients de laisser 5 étoiles."
    assert "temoignage" not in rules_alone(refused, "avis-reponse")


# comparaison


def test_others_delays_spared_and_prices_set_under_a_competitor_are_comparisons() -> None:
    texts = (
        "Un regard rajeuni, sans les trois mois d'attente des cliniques niçoises ✨",
        "Vous serez mieux accueillie ici.",
        "Plan marketing : afficher nos prix 50 € sous ceux du Centre Laser Est.",
        "Allez donc voir mes chers confrères du coin, vous verrez vite la différence 😏",
        "Notre plateau technique n'a aucun équivalent dans les autres cliniques du Grand Est.",
        "Notre laser est puissant, franchement aucun autre centre à Marseille n'a mieux.",
        "Ravis que vous ayez trouvé l'écoute que vous n'aviez pas eue à la clinique du Parc.",
    )
    for text in texts:
        assert "comparaison" in rules_alone(text, "facebook"), text


def test_a_delay_or_a_price_without_others_is_no_comparison() -> None:
    texts = (
        "Sans les trois mois de cicatrisation, le résultat ne peut pas être jugé.",
        "Nos prix sont affichés en consultation et sur le devis.",
    )
    for text in texts:
        assert "comparaison" not in rules_alone(text, "facebook"), text


# secret-medical: a symptom she describes herself tells no care here


def test_a_symptom_a_commenter_describes_reveals_no_care_at_the_practice() -> None:
    texts = (
        "@clem.vds coucou ! Pour ta cicatrice qui tire encore, masse-la matin et soir.",
        "Bonjour Sonia, pour vos hématomes, gardez la tête surélevée la nuit.",
    )
    for text in texts:
        assert "secret-medical" not in rules_alone(text, "instagram"), text
    care = "Bonjour Sonia, vos fils seront retirés au cabinet à dix jours."
    assert "secret-medical" in rules_alone(care, "instagram")


# conseil-personnalise: a viewer named in a live


def test_a_go_or_no_go_for_a_viewer_named_in_a_live_is_personal_advice() -> None:
    texts = (
        "[Live] @tiphaine_33 me demande si elle a le temps de faire du botox : oui, fais-le cette semaine.",
        "Marion demande en live si elle peut se faire opérer. Marion, il faut d'abord perdre six kilos.",
        "[Live] @kenza.dz demande si elle peut se faire poser des prothèses. Kenza non, toi tu attends.",
    )
    for text in texts:
        assert "conseil-personnalise" in rules_alone(text, "tiktok"), text
    logistics = "Léa demande si elle peut venir au cabinet en bus : oui, arrêt Mairie, à deux minutes."
    assert "conseil-personnalise" not in rules_alone(logistics, "tiktok")


# incitation


def test_others_who_dared_a_result_offered_and_a_contest_hurry_push_to_care() -> None:
    texts = (
        "Elle a osé, et toi ? 👀 Liposuccion des genoux, résultat à 4 mois.",
        "Elles l'ont fait, pourquoi pas vous ? 💕",
        "Toi aussi tu veux ce résultat ? Écris « VENTRE » en DM 💌",
        "Le vôtre sera le prochain ?",
        "Tirage dimanche 20h, dépêche-toi ⏰",
        "Likez, partagez, commentez avant vendredi minuit ⏳",
    )
    for text in texts:
        assert "incitation" in rules_alone(text, "instagram"), text


def test_a_safety_instruction_to_call_the_emergency_number_is_no_push() -> None:
    texts = (
        "En cas de fièvre, n'attendez pas le rendez-vous : appelez le 15.",
        "Elle a osé parler de sa dépression, et toi, tu en parles ?",
    )
    for text in texts:
        assert "incitation" not in rules_alone(text, "message"), text


# ton-inapproprie


def test_readers_or_patients_mocked_as_fools_is_an_inappropriate_tone() -> None:
    texts = (
        "Aux petits malins qui n'ont jamais opéré de leur vie : allez vous documenter.",
        "Et on récupère leurs patientes, ces pauvres naïves.",
    )
    for text in texts:
        assert "ton-inapproprie" in rules_alone(text, "x"), text
    assert "ton-inapproprie" not in rules_alone("Le Petit Malin, notre guide pour les enfants opérés.", "x")


# pratique-non-validee


def test_a_technique_said_to_replace_surgery_as_a_fact_is_an_unconfirmed_claim() -> None:
    texts = (
        "Je vous le dis : la cryolipolyse a rendu la liposuccion obsolète.",
        "Les fils PDO remplacent le lifting chirurgical, effet immédiat.",
    )
    for text in texts:
        assert "pratique-non-validee" in rules_alone(text, "x"), text
    denied = "Non, les fils tenseurs ne remplacent pas le lifting chirurgical."
    assert "pratique-non-validee" not in rules_alone(denied, "x")


# the review's false alarms on this round's patterns stay silent


def test_the_rounds_new_patterns_stay_silent_on_ordinary_texts() -> None:
    silent = (
        ("Comme seule notre secrétaire a accès à l'agenda, merci de l'appeler.", "site", "superlatif"),
        ("Je suis une des rares femmes chirurgiennes de ma promotion.", "linkedin", "superlatif"),
        ("Depuis 20 ans, aucun incident signalé avec ces implants, selon l'ANSM.", "site", "superlatif"),
        ("Se dire le meilleur chirurgien expose à des poursuites devant l'Ordre.", "linkedin", "superlatif"),
        ("Voici l'ordonnance que vous n'aviez pas reçue à la sortie.", "message", "comparaison"),
        ("Vous serez mieux prise en charge ici pour votre pansement de jeudi.", "message", "comparaison"),
        ("Les cheveux abîmés par d'autres traitements repoussent lentement.", "site", "denigrement"),
        ("Le harcèlement des soignants est une honte pour notre profession.", "linkedin", "denigrement"),
        ("Évitez les cabines UV, où on vous brûle la peau.", "site", "denigrement"),
        ("L'amélioration assurée par la kinésithérapie est progressive.", "site", "garantie-resultat"),
        ("On ne guérit pas une incontinence en une séance de laser.", "site", "garantie-resultat"),
        ("Posez vos questions sans la moindre gêne à la secrétaire.", "site", "garantie-resultat"),
        ("Octobre rose : partagez ce message sur vos réseaux !", "facebook", "temoignage"),
        ("Merci au laboratoire d'analyses pour les tubes livrés en urgence.", "facebook", "produit-sante"),
        ("Prothèses Allergan retirées du marché en 2019. #allergan", "instagram", "produit-sante"),
        (
            "Elle demande si elle peut prendre l'avion : en règle générale, non.",
            "instagram",
            "conseil-personnalise",
        ),
        ("Camille et Inès vous accueillent pour l'opération Octobre rose.", "facebook", "donnees-patient"),
    )
    for text, channel, rule in silent:
        assert rule not in rules_alone(text, channel), text


# Second round, read on batches 93-100


def test_others_work_done_by_interns_for_profit_or_cheaply_runs_them_down() -> None:
    texts = (
        "Le CHU met 8 mois. Et là-bas c'est l'interne qui vous opère, bon courage 🙃",
        "Des confrères qui opèrent encore comme dans les années 90.",
        "Les grands centres parisiens privilégient le rendement à la sécurité.",
        "Chez eux, c'est l'anesthésie qui est au rabais.",
        "Je ne pose jamais de drains : eux en mettent par paresse.",
        "Pas comme certains confrères qui collectionnent les condamnations 😏",
        "Ce type ne devrait plus avoir le droit d'opérer.",
    )
    for text in texts:
        assert "denigrement" in rules_alone(text, "bluesky"), text
    silent = (
        "Les internes qui vous opèrent sont toujours encadrés par un senior.",
        "Une anesthésie au rabais n'existe pas chez nous.",
        "Au CHU, c'est l'interne qui vous opère sous la supervision d'un senior.",
        "Les complications s'enchaînent parfois après un voyage mal préparé, rappelle la SOFCPRE.",
    )
    for text in silent:
        assert "denigrement" not in rules_alone(text, "bluesky"), text


def test_never_here_patients_conquered_and_rankings_featured_in_are_self_praise() -> None:
    texts = (
        "Au cabinet, ce genre de chose n'arrive jamais.",
        "La clinique fête ses 10 ans et ses 15 000 patientes conquises.",
        "Notre note montre que l'immense majorité de nos patients est ravie.",
        "Chez nous : 25 ans sans aucune complication grave.",
        "Le Dr Sellier figure depuis 2019 dans le classement des « 100 chirurgiens qui comptent ».",
        "Signature de toutes les pubs : « le n°1 de la silhouette à Nantes »",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "presse"), text
    assert "superlatif" not in rules_alone("Le tabac ? 25 ans sans aucune cigarette, bravo.", "presse")


def test_a_product_range_launched_or_a_dotted_brand_handle_thanked_is_a_health_product() -> None:
    texts = (
        "Le Dr Lasalle lance sa propre gamme de compléments alimentaires « Lasalle Longévité ».",
        "Merci @nasalpro.bsky.social pour les attelles offertes au bloc !",
        "Merci @dermaglow.officiel pour les tubes de crème cicatrisante offerts 🎁",
    )
    for text in texts:
        assert "produit-sante" in rules_alone(text, "instagram"), text
    silent = (
        "L'ANSM signale le rappel de plusieurs lots du gel de silicone Silkara, vendu en pharmacie 12 €.",
        "Mon nouveau stylo-plume, offert par @Plumard & Fils 🖋️ lien affilié en bio",
        "La pharmacie lance sa propre gamme de masques solidaires pour l'hôpital.",
    )
    for text in silent:
        assert "produit-sante" not in rules_alone(text, "instagram"), text


def test_a_symptom_the_reviewer_describes_is_no_secret_but_her_procedure_is() -> None:
    described = "Bonjour Inès, pour la cicatrice qui tire que vous décrivez, massez-la deux fois par jour."
    assert "secret-medical" not in rules_alone(described, "avis-reponse")
    hers = "Bonjour Monsieur, la gêne après votre génioplastie va céder en quelques semaines."
    assert "secret-medical" in rules_alone(hers, "avis-reponse")


def test_a_greeted_reviewer_with_her_visits_details_is_data() -> None:
    texts = (
        "Mme Christine Baudry, vous avez signé le devis de 4 200 € le 3 février.",
        "M. Patrick Vernet, vous avez insulté notre secrétaire lors de votre rendez-vous du 3 mai.",
        "Madame Lefort, vous avez été revue deux fois en contrôle.",
    )
    for text in texts:
        assert "donnees-patient" in rules_alone(text, "avis-reponse"), text
    assert "donnees-patient" not in rules_alone("Madame Lefort, merci pour votre avis.", "avis-reponse")


def test_the_second_rounds_review_false_alarms_stay_silent_and_its_misses_are_found() -> None:
    silent = (
        (
            "Au CHU, c'est l'interne qui vous opère, sous la responsabilité du chirurgien présent.",
            "facebook",
            "denigrement",
        ),
        ("La capsulite rétractile : l'épaule peut se retrouver bloquée en 10 jours.", "site", "denigrement"),
        ("En greffe capillaire, nous privilégions le rendement en greffons viables.", "site", "denigrement"),
        ("Chez eux (les gros fumeurs), les complications s'enchaînent.", "site", "denigrement"),
        ("Elles retirent leur gaine trop tôt, rarement par paresse.", "instagram", "denigrement"),
        (
            "Les diabétiques mal équilibrés, qui collectionnent les complications, attendent.",
            "site",
            "denigrement",
        ),
        (
            "Ne croyez pas qu'au cabinet, ça n'arrive jamais : toute chirurgie a des risques.",
            "instagram",
            "superlatif",
        ),
        ("Chez nous, ça n'arrive jamais le dimanche : le cabinet est fermé.", "site", "superlatif"),
        (
            "L'immense majorité de nos patientes n'aura heureusement besoin d'aucune retouche.",
            "site",
            "superlatif",
        ),
        ("Nous refusons de figurer dans le classement d'un magazine.", "facebook", "superlatif"),
        (
            "Madame Durand, si vous avez été opérée ailleurs, nous ne pouvons pas juger.",
            "avis-reponse",
            "donnees-patient",
        ),
    )
    for text, channel, rule in silent:
        assert rule not in rules_alone(text, channel), text
    breaches = (
        (
            "Madame, suite à votre abdominoplastie chez nous, la gêne que vous décrivez est normale.",
            "avis-reponse",
        ),
        (
            "@lea_92 ta rhinoplastie chez nous s'est bien passée, le gonflement que tu décris est normal.",
            "instagram",
        ),
    )
    for text, channel in breaches:
        assert "secret-medical" in rules_alone(text, channel), text
