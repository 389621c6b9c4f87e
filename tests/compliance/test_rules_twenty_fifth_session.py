"""Rules read on batches 133-140 (twenty-fifth session): rivals mocked or sloppy, patients greeted in
private by « bjr » or « oui », notices that every first name is changed, handles told of in the third
person, review replies that thank a regular, patient lists handed to an agency, a speaker ranking
herself in a quote, testimonials kept or announced, comparisons by pronoun or against the average,
and one reading of the qualifiers (« le mot de ma patiente » is her message, not a word discussed)."""

from __future__ import annotations

from tests.compliance.rules_alone import rules_alone

from vitrine.compliance import check
from vitrine.compliance.qualifiers import is_meta

# produit-sante


def test_a_product_the_doctor_sells_herself_is_promoted() -> None:
    texts = (
        "Ce sérum aux peptides a transformé la peau de mes patientes ✨ Je le vends au cabinet, lien en bio",
        "Pour votre cicatrice, le gel Cicalune matin et soir. On le vend à l'accueil, 27 € le tube.",
    )
    for text in texts:
        assert "produit-sante" in rules_alone(text, "tiktok"), text


def test_a_product_the_practice_does_not_sell_is_not_promoted() -> None:
    text = "Le sérum physiologique sert au lavage du nez. Nous ne le vendons pas : la pharmacie en a."
    assert "produit-sante" not in rules_alone(text, "site")


# denigrement


def test_sloppy_or_clownish_work_of_a_rival_is_disparaged() -> None:
    texts = (
        "Le chirurgien qui vous a opéré avant a fait un travail de cochon, on va devoir tout reprendre.",
        "Les confrères qui filment leurs patientes endormies pour TikTok sont des clowns.",
        "Dans les centres du boulevard on vous facture 900 €, pour un résultat souvent moins propre.",
        "La clinique d'en face vous injecte les lèvres pour un résultat de canard 🦆",
        "Merci pour votre avis ! Nos tarifs sont plus doux que ceux des cliniques du centre, et ici au moins "
        "on rappelle les patients.",
        "Ici, pas de patientes entassées en salle d'attente, pas de chirurgiens qui vous voient dix minutes.",
    )
    for text in texts:
        assert "denigrement" in rules_alone(text, "facebook"), text


def test_a_rival_negated_in_his_own_skill_is_disparaged() -> None:
    texts = (
        "Le prétendu « expert » de la matinale n'a pas tenu un bistouri depuis des années.",
        "Mes confrères copient la technique sans la comprendre.",
    )
    for text in texts:
        assert "denigrement" in rules_alone(text, "x"), text


def test_a_price_cheaper_than_any_clinic_is_a_comparison_not_a_disparagement() -> None:
    text = "Blépharoplastie à 2 400 €, moins cher que dans n'importe quelle autre clinique de la ville."
    assert "denigrement" not in rules_alone(text, "instagram")


def test_clowns_and_canard_in_an_innocent_sense_judge_no_rival() -> None:
    texts = (
        "Atelier du mercredi : des clowns sont venus voir les enfants du service de pédiatrie.",
        "Le Dr Roy vous souhaite de bonnes fêtes, et bon appétit pour le magret de canard !",
    )
    for text in texts:
        assert "denigrement" not in rules_alone(text, "facebook"), text


# privacy: greetings, pseudonyms, handles, brand handles


def test_a_patient_answered_in_private_by_her_name_is_no_data() -> None:
    texts = (
        "Bjr Mme Garnier, oui vous pouvez retirer le pansement demain, douche ok 👍",
        "Oui Mme Lacaze vous pouvez reprendre le vélo dès samedi.",
        "slt Mme Morel, c'est un petit œdème, glace 15 min matin et soir.",
        "Non M. Vidal, vous n'avez pas besoin de rapporter la gaine au contrôle.",
    )
    for text in texts:
        found = rules_alone(text, "message")
        assert "donnees-patient" not in found, text
        assert "secret-medical" not in found, text


def test_a_patient_named_to_someone_else_after_oui_is_still_data() -> None:
    text = "Bonjour, oui Mme Lambert est bien passée au bloc ce matin pour sa réduction mammaire."
    assert "donnees-patient" in rules_alone(text, "message")


def test_a_text_that_says_its_first_names_are_changed_names_no_patient() -> None:
    texts = (
        "*Les prénoms ont été modifiés.*\n\nNadia a 51 ans quand elle décide de sa reconstruction mammaire.",
        "Dans son livre, le Dr Vial raconte le parcours de « Zoé » (prénom modifié), opérée à 39 ans.",
    )
    for text in texts:
        found = rules_alone(text, "site")
        assert "donnees-patient" not in found, text
        assert "secret-medical" not in found, text


def test_a_surname_with_a_civility_stays_data_despite_a_notice_on_first_names() -> None:
    text = "Les prénoms ont été modifiés. Mme Duchêne, 44 ans, a été opérée d'une abdominoplastie."
    assert "donnees-patient" in rules_alone(text, "site")


def test_a_handle_told_of_with_her_procedure_is_data() -> None:
    texts = (
        "Bravo à @anais.mrt 🔥 huit mois après sa sleeve, quelle énergie !",
        "@jule.pht_ est revenue pour son contrôle à six mois de sa blépharoplastie 💕",
        "Duo avec @nina_34 qui montre son ventre un an après notre abdominoplastie 😍",
        "@lea-mrt.bsky.social est revenue pour le contrôle de sa blépharoplastie.",
        "@zoe.fit nous montre son ventre six mois après notre lipo 🔥",
    )
    for text in texts:
        assert "donnees-patient" in rules_alone(text, "instagram"), text


def test_a_first_name_is_data_even_when_her_own_handle_follows() -> None:
    text = "Bravo à Léonie, 31 ans, pour sa rhinoplastie 💖 Voici son résultat à J+30 ! @leonie.prt"
    findings = check(text, channel="instagram", learned=False).findings
    assert any(f.rule == "donnees-patient" and "Léonie" in f.excerpt for f in findings)


def test_a_brand_handle_still_names_no_person() -> None:
    text = "Collaboration commerciale avec @dermalis_france : la crème Dermalis apaise les rougeurs."
    assert "donnees-patient" not in rules_alone(text, "instagram")


def test_a_newspaper_of_a_place_or_a_company_names_no_one() -> None:
    texts = (
        "« Aucune coque en douze ans », affirme le Dr Castel, interrogé par Le Courrier de l'Ain.",
        "**Hébergeur** : Hébergement Normand SAS, 12 rue Jeanne-d'Arc, 76000 Rouen.",
    )
    for text in texts:
        assert "donnees-patient" not in rules_alone(text, "presse"), text


def test_a_review_reply_naming_the_reviewer_with_her_care_is_data() -> None:
    texts = (
        "Merci Romain ! Content que la greffe ait bien pris, on se voit en juin pour la photo à un an.",
        "Bonjour Mme Caradec, pour vos douleurs au niveau des prothèses, reprenez l'antalgique prescrit.",
        "Bonjour Mathieu, vous êtes venu le 12 mars pour une consultation de rhinoplastie, sans suite.",
    )
    for text in texts:
        assert "donnees-patient" in rules_alone(text, "avis-reponse"), text


# secret-medical


def test_a_review_reply_thanking_a_regular_tells_she_is_a_patient() -> None:
    texts = (
        "Merci pour votre fidélité ! Un soin vous attend lors de votre prochain passage 🎁",
        "Quel plaisir de vous lire, à votre prochaine séance !",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "avis-reponse"), text


def test_patient_lists_handed_to_an_agency_break_secrecy() -> None:
    texts = (
        "Pour l'agence : ci-joint l'export CRM des patientes opérées d'une blépharoplastie en 2025.",
        "Meta Ads : importer la liste des patients opérés cette année pour une audience similaire.",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "autre"), text


def test_a_rule_against_sharing_patient_lists_breaks_no_secrecy() -> None:
    text = "Rappel RGPD : nous ne transmettons jamais la liste de nos patients à une agence."
    assert "secret-medical" not in rules_alone(text, "autre")


def test_care_asked_or_planned_for_a_commenter_tells_she_is_a_patient() -> None:
    texts = (
        "@Carla Vidal si vous ne portez pas votre gaine comme on vous l'a demandé, ne vous plaignez pas.",
        "@thomas_rugby il fallait respecter les consignes au lieu de reprendre le match si tôt.",
        "@elodie_b44 pour votre coque, pas d'inquiétude : on programmera une capsulectomie en mai.",
        "Réponse à @ines.mtp 👇 mets un gel de silicone et reviens me voir dans 2 mois comme prévu",
        "@sonia-lfb.bsky.social à J10, la dureté que vous sentez est normale : continuez les massages.",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "facebook"), text


def test_a_review_reply_blaming_the_reviewer_for_ignoring_our_instructions_tells_she_is_a_patient() -> None:
    text = (
        "Madame, si votre cicatrice s'est ouverte, c'est peut-être parce que vous avez repris le sport "
        "au bout de huit jours malgré nos consignes répétées."
    )
    assert "secret-medical" in rules_alone(text, "avis-reponse")


def test_a_woman_scolded_for_her_visit_yesterday_is_a_patient_told_of() -> None:
    text = (
        "À la dame qui a crié sur notre secrétaire en salle d'attente hier : votre attitude était honteuse."
    )
    assert "secret-medical" in rules_alone(text, "facebook")


# superlatif


def test_a_quote_in_which_the_speaker_ranks_herself_is_her_claim() -> None:
    texts = (
        "« Je suis sans doute la rhinoplasticienne la plus expérimentée de Lyon », sourit le Dr Bosc.",
        "« Nous sommes aujourd'hui le centre de référence de l'Ouest pour la greffe », précise-t-elle.",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "presse"), text


def test_a_patient_quoted_saying_she_is_happy_is_no_self_ranking_by_the_practice() -> None:
    text = "Une patiente nous écrit : « Je suis ravie, c'est le meilleur chirurgien de Lyon »."
    assert "superlatif" not in rules_alone(text, "presse")


def test_a_rank_said_to_be_recognised_is_self_praise() -> None:
    texts = (
        "Notre équipe, reconnue comme la meilleure de Bretagne en chirurgie du sein, vous accueille.",
        "Le Dr Faure est considéré comme l'un des meilleurs spécialistes du regard.",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "site"), text


# temoignage


def test_patients_words_kept_or_shown_are_testimonials() -> None:
    cases = (
        (
            "Ce sont les mots qu'une patiente a glissés dans sa carte de vœux, et ils nous touchent.",
            "instagram",
        ),
        ("Et le mot de ma patiente à J+30 : « je revis » 🖤", "instagram"),
        ("Son message du lendemain : « Docteur, vous êtes un magicien » ✨", "instagram"),
        ("À 4:10, les messages de celles qui nous font confiance 💌", "youtube"),
        (
            "Plus de 200 patients opérés comme vous d'une rhinoplastie l'an passé nous ont laissé 5 étoiles.",
            "avis-reponse",
        ),
        ("Votre commentaire ira rejoindre ceux que nous affichons dans la salle d'attente !", "avis-reponse"),
        ("Option 2 : affichage automatique des meilleurs avis sur la page d'accueil, 300 € HT/an.", "autre"),
    )
    for text, channel in cases:
        assert "temoignage" in rules_alone(text, channel), text


def test_reviews_no_longer_shown_are_no_testimonial() -> None:
    texts = (
        "Vous avez peut-être remarqué que les avis Google ne s'affichent plus sur notre site. C'est voulu.",
        "Suite à la formation, on retire d'Instagram toutes les publications #avantapres et les captures "
        "d'avis Google.",
    )
    for text in texts:
        assert "temoignage" not in rules_alone(text, "facebook"), text


def test_quoted_search_keywords_in_an_ad_brief_are_no_testimonial() -> None:
    text = "SEA : enchères sur « lifting Nantes », « blépharo Nantes », « meilleur chirurgien Nantes »."
    assert "temoignage" not in rules_alone(text, "autre")


def test_a_patients_message_is_no_word_discussed() -> None:
    sentence = "Et le mot de ma patiente : « merci pour tout »."
    start = sentence.index("mot")
    assert not is_meta(sentence.lower(), sentence, start, start + len("mot de ma patiente"), 0)
    word = "Le mot « garanti » est interdit dans nos publications."
    assert is_meta(word.lower(), word, 10, 17, 0)


# comparaison


def test_a_rival_set_against_us_by_a_pronoun_or_an_average_is_compared() -> None:
    texts = (
        "Ce confrère opère en vingt minutes. Contrairement à lui, je prends deux heures.",
        "Nos honoraires restent 15 % sous la moyenne des cliniques de la région.",
        "Voilà la différence entre un chirurgien qualifié et une injectrice formée en un week-end.",
    )
    for text in texts:
        assert "comparaison" in rules_alone(text, "linkedin"), text


# guards from the review of this session's rules (made-up texts, 333 compared with 924e77e)


def test_own_staff_a_retired_master_or_a_parking_spot_disparage_no_one() -> None:
    texts = (
        "Notre anesthésiste, c'est un vrai clown : il fait rire les enfants avant le bloc 🤡❤️",
        "Le Pr Aubert n'a pas tenu un bistouri depuis sa retraite : il enseigne, et nous lui devons tout.",
        "Ici au moins, pas de souci de parking : le tram s'arrête devant le cabinet 🚋",
        "Nos chirurgiens vous voient 45 minutes en première consultation, pour répondre à tout.",
        "Dénigrer un confrère (« des clowns », « un travail de cochon ») est interdit par le code.",
    )
    for text in texts:
        assert "denigrement" not in rules_alone(text, "instagram"), text


def test_treatments_lab_values_and_teaching_compare_no_practitioner() -> None:
    texts = (
        "La lidocaïne agit vite. Contrairement à elle, la ropivacaïne dure plusieurs heures (SFAR, 2020).",
        "Bonjour, votre ferritine est bien en dessous de la moyenne, le Dr vous en parlera lundi.",
        "Voilà la différence entre un œdème normal et un hématome : l'hématome est dur et chaud.",
    )
    for text in texts:
        assert "comparaison" not in rules_alone(text, "site"), text


def test_a_notice_on_changed_first_names_still_names_a_patient_given_with_her_surname() -> None:
    text = (
        "Les prénoms ont été modifiés dans nos cas cliniques. Bravo à Nadia Benali pour son bypass réussi !"
    )
    assert "donnees-patient" in rules_alone(text, "site")


def test_a_site_visit_a_refused_file_or_an_internal_list_tell_no_patient() -> None:
    cases = (
        ("Nous espérons que votre prochaine visite sur notre site sera plus fluide.", "avis-reponse"),
        ("L'agence nous a demandé le fichier de nos patients : refusé, évidemment.", "autre"),
        ("La liste des patients à rappeler demain est dans le logiciel, onglet secrétariat.", "autre"),
        ("@paul_r revenez nous voir au forum santé de samedi comme prévu, on y parle dépistage 😉", "x"),
    )
    for text, channel in cases:
        assert "secret-medical" not in rules_alone(text, channel), text


def test_a_product_or_a_habit_recognised_as_the_best_is_information() -> None:
    texts = (
        "L'acide hyaluronique est reconnu comme la référence des produits de comblement (HAS, 2022).",
        "Le tabac est considéré comme le plus grand ennemi de la cicatrisation.",
    )
    for text in texts:
        assert "superlatif" not in rules_alone(text, "site"), text


def test_a_charity_tombola_and_a_randomised_trial_are_no_offer() -> None:
    texts = (
        "Tombola de l'association des familles au profit des enfants hospitalisés : venez samedi !",
        "Les participantes de l'essai ont été tirées au sort entre deux techniques de suture.",
    )
    for text in texts:
        assert "offre-commerciale" not in rules_alone(text, "facebook"), text


def test_prevention_a_theatre_troupe_and_literal_advice_are_no_rudeness() -> None:
    texts = (
        "Même si vous fumiez comme un pompier, il n'est jamais trop tard pour arrêter avant une chirurgie.",
        "Les Emmerdeuses, c'est le nom de la troupe de théâtre de notre infirmière : venez l'applaudir !",
        "Après une blépharoplastie, évitez de vous regarder dans une glace grossissante les premiers jours.",
    )
    for text in texts:
        assert "ton-inapproprie" not in rules_alone(text, "instagram"), text
