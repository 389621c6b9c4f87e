"""Rules read on batches 141-148 (twenty-sixth session): a reviewer told she came, a patient
singled out by the stars she gave, an ointment with its schedule and a signature in private advice,
a white coat to hand back, self-rankings in a place and without « ne », our results against theirs,
a fee doubled elsewhere, a journalist's piece called worthless, a new top rating shown off, a
branded care kit given away, « toi aussi tu veux… »; authors, lawyers and staff who are no
patients, and a person given her age who stays one."""

from __future__ import annotations

from tests.compliance.rules_alone import rules_alone

# secret-medical


def test_a_reply_telling_someone_they_came_to_a_consultation_breaks_secrecy() -> None:
    text = "@marco_bzh oui vous êtes bien venu en consultation mardi, on attend juste votre bilan sanguin."
    assert "secret-medical" in rules_alone(text, "x")


def test_advice_not_to_write_that_someone_came_is_no_breach() -> None:
    text = "Un chirurgien ne doit jamais répondre « vous êtes bien venue au cabinet » sous un avis. 🧵"
    assert "secret-medical" not in rules_alone(text, "bluesky")


def test_a_patient_singled_out_by_the_rating_she_gave_is_revealed() -> None:
    texts = (
        "À la patiente qui m'a mis 1 étoile parce que j'ai refusé de lui refaire le nez : bon courage 🙃",
        "À la cliente qui nous a laissé un avis désagréable hier : relisez votre devis.",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "bluesky"), text


def test_someone_who_rated_us_without_being_called_a_patient_is_not_revealed() -> None:
    text = "À la personne qui nous a laissé un avis sur notre page : merci, nous transmettons à l'équipe."
    assert "secret-medical" not in rules_alone(text, "facebook")


# conseil-personnalise


def test_an_ointment_named_with_its_schedule_is_personal_advice() -> None:
    text = "@claire-b.bsky.social pour ta poussée d'eczéma : tacrolimus 0,1 % matin et soir une semaine."
    assert "conseil-personnalise" in rules_alone(text, "bluesky")


def test_a_signature_of_the_desk_is_no_redirection_to_it() -> None:
    text = "Oui, vous pouvez reprendre votre pilule dès ce soir, pas de souci 👍 — Le secrétariat du Dr Hamon"
    assert "conseil-personnalise" in rules_alone(text, "message")


def test_a_redirection_to_the_desk_still_closes_the_advice() -> None:
    text = "Pour savoir si vous pouvez reprendre la pilule, appelez le secrétariat du Dr Hamon."
    assert "conseil-personnalise" not in rules_alone(text, "message")


# denigrement and comparaison


def test_a_rival_told_to_hand_back_his_white_coat_is_disparaged() -> None:
    text = "Le Dr Vasseur (celui qui opère en face de la gare) devrait rendre sa blouse."
    assert "denigrement" in rules_alone(text, "x")


def test_our_results_set_against_theirs_compare() -> None:
    texts = (
        "Leurs reprises finissent chez moi et, honnêtement, mes résultats n'ont rien à voir avec les leurs.",
        "Chez nous, contrairement à eux, chaque injection est précédée d'une vraie consultation.",
        "Le chirurgien installé à 300 m de mon cabinet facture le double pour des seins qu'il rate.",
    )
    for text in texts:
        assert "comparaison" in rules_alone(text, "linkedin"), text


def test_things_unlike_one_another_are_no_comparison_with_colleagues() -> None:
    text = "Les scores de qualité de vie n'ont rien à voir avec les avis patients qu'on voit en ligne."
    assert "comparaison" not in rules_alone(text, "linkedin")


# superlatif


def test_the_practice_ranking_its_own_work_in_a_place_praises_itself() -> None:
    texts = (
        "Mes augmentations mammaires sont les plus naturelles de Paris, point barre 💅",
        "Personne fait des BBL comme moi à Paris, point.",
    )
    for text in texts:
        assert "superlatif" in rules_alone(text, "instagram"), text


def test_lowest_fees_a_region_ranked_and_nobody_realising_are_no_self_praise() -> None:
    texts = (
        "Nos prix sont les plus bas de Lyon pour une blépharoplastie.",
        "Nos régions littorales sont les plus touchées de France par le mélanome.",
        "Personne réalise comme c'est long, une cicatrisation.",
        "Une personne fait comme elle peut après une opération : soyez indulgents avec vous-mêmes.",
    )
    for text in texts:
        assert "superlatif" not in rules_alone(text, "instagram"), text


# ton-inapproprie


def test_a_journalist_told_her_piece_is_worthless_is_insulted() -> None:
    text = "@Camille_Journo votre article sur les implants est d'une nullité crasse. Changez de métier."
    assert "ton-inapproprie" in rules_alone(text, "x")


# temoignage


def test_a_new_top_rating_or_a_patient_words_shown_off_are_testimonials() -> None:
    texts = (
        "Encore un 5⭐ ce matin sur Google, ça donne de l'énergie pour la journée de bloc 🙏",
        "Photo J0 / photo M6 👇 « Je remets enfin des t-shirts près du corps », m'écrit-elle.",
    )
    for text in texts:
        assert "temoignage" in rules_alone(text, "bluesky"), text


# produit-sante


def test_a_branded_care_kit_given_to_patients_is_promoted() -> None:
    texts = (
        "Nos opérées repartent avec le kit cicatrisation Epidermia (gel de silicone + crème) offert !",
        "À chaque premier rendez-vous post-op, on vous offre le tube de Cicaderm Repair 🧴",
    )
    for text in texts:
        assert "produit-sante" in rules_alone(text, "facebook"), text


def test_an_unbranded_garment_given_to_patients_is_no_product_promotion() -> None:
    text = "Pour toute abdominoplastie, nous offrons le panty de contention et une séance de drainage 🤍"
    assert "produit-sante" not in rules_alone(text, "instagram")


# incitation


def test_a_reader_asked_if_she_wants_the_same_is_pushed() -> None:
    texts = (
        "Swipe ➡️ pour voir le résultat 3 mois après 👀 / Toi aussi tu veux ce regard ouvert ? Écris-nous 💌",
        "Mois 0 ➡️ mois 12 🌱 et si 2025 c'était TON année ? lien de résa dans la bio 👀",
    )
    for text in texts:
        assert "incitation" in rules_alone(text, "instagram"), text


# donnees-patient and secret-medical: a journalist answered


def test_the_author_of_a_piece_answered_is_no_patient() -> None:
    texts = (
        "Réponse à l'article paru ce matin sous la plume de Mme Caroline Jarrige : elle confond tout.",
        "Interrogé sur l'enquête de Marie Delcourt consacrée aux injections illégales, le Dr Ravel s'agace.",
    )
    for text in texts:
        found = rules_alone(text, "presse")
        assert "donnees-patient" not in found and "secret-medical" not in found, text


def test_someone_who_never_set_foot_in_an_operating_room_is_mocked_not_revealed() -> None:
    text = "« Cette journaliste n'a jamais mis les pieds dans un bloc », lâche le chirurgien."
    assert "secret-medical" not in rules_alone(text, "presse")


def test_a_public_figure_said_never_to_have_come_is_still_revealed() -> None:
    text = "Non, la chanteuse Lina Morvan n'a jamais mis les pieds au cabinet."
    assert "secret-medical" in rules_alone(text, "x")


def test_a_lawyer_a_hearing_aid_specialist_and_a_head_nurse_are_no_patients() -> None:
    texts = (
        ("« Nul n'est au-dessus de ces règles », rappelle Me Claire Duval, avocate.", "presse"),
        ("L'équipe s'agrandit : Mme Justine Perrot, audioprothésiste, rejoint le centre le mardi.", "autre"),
        ("Un rendez-vous avec notre cadre de santé, Mme Aubert, peut être organisé.", "avis-reponse"),
    )
    for text, channel in texts:
        assert "donnees-patient" not in rules_alone(text, channel), text


def test_a_celebrity_in_the_screenshots_a_patient_brings_is_no_patient() -> None:
    text = "Les patientes qui débarquent avec 40 captures d'écran de Kim K et veulent le même nez 🤡"
    assert "donnees-patient" not in rules_alone(text, "x")


def test_patients_forgotten_at_a_rival_or_a_colleague_mixing_things_up_are_disparaged() -> None:
    texts = (
        "Rassurez-vous, nous ne sommes pas la clinique des Acacias où l'on vous oublie trois heures !",
        "Encore un confrère qui confond lipofilling et remplissage de dinde de Noël.",
        "Les autres chirurgiens te posent des implants au pif, moi je mesure tout au millimètre 📏",
    )
    for text in texts:
        assert "denigrement" in rules_alone(text, "avis-reponse"), text


def test_our_own_care_taken_without_guessing_disparages_no_one() -> None:
    text = "Je ne choisis jamais une taille d'implant au pif : on mesure tout en consultation."
    assert "denigrement" not in rules_alone(text, "instagram")


def test_what_a_commenter_body_part_is_told_in_a_reply_is_personal_advice() -> None:
    texts = (
        "Réponse à @lea_2k : tes cernes c'est un creux, pas de la pigmentation → une seringue suffit 👌",
        "Réponse à @lilou.rse : ton grain de beauté qui a changé de couleur, c'est sûrement rien 😉",
    )
    for text in texts:
        assert "conseil-personnalise" in rules_alone(text, "tiktok"), text


def test_a_body_part_complained_about_or_spoken_of_to_all_is_no_advice() -> None:
    texts = (
        ("Alors venir vous plaindre ici de votre cicatrice, c'est un peu fort.", "avis-reponse"),
        ("Votre cicatrice, c'est une histoire : prenez-en soin toute l'année.", "instagram"),
    )
    for text, channel in texts:
        assert "conseil-personnalise" not in rules_alone(text, channel), text


def test_saying_we_never_saw_or_operated_someone_tells_who_is_a_patient() -> None:
    texts = (
        "On ne vous a jamais vu au cabinet, arrêtez d'inventer.",
        "Monsieur, nous ne vous avons jamais opéré : votre greffe a été faite ailleurs.",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "avis-reponse"), text


def test_never_having_seen_someone_so_proud_tells_no_care() -> None:
    assert "secret-medical" not in rules_alone(
        "Nous ne l'avons jamais vu aussi fier de son équipe.", "linkedin"
    )


# guards from the session's review (made-up texts near the new constructions)


def test_near_misses_of_the_new_constructions_stay_silent() -> None:
    cases = (
        (
            "Et si c'était votre année pour arrêter le tabac ? Le Mois sans tabac commence.",
            "facebook",
            "incitation",
        ),
        (
            "Toi aussi tu veux savoir ce qui se passe vraiment au bloc ? Je t'explique tout.",
            "tiktok",
            "incitation",
        ),
        ("Coffret Saint-Valentin (chocolats et thé) offert à toute l'équipe !", "facebook", "produit-sante"),
        (
            "Regardez la vidéo jusqu'au bout, ça vous apprendra à repérer une infection.",
            "youtube",
            "ton-inapproprie",
        ),
        (
            "Le Dr Martin devrait rendre sa blouse fin juin pour une retraite bien méritée.",
            "linkedin",
            "denigrement",
        ),
        ("Un rendez-vous manqué sans prévenir vous sera facturé le double.", "message", "comparaison"),
        (
            "@sam vous êtes venue au cabinet pour la conférence de mardi ? Merci !",
            "instagram",
            "secret-medical",
        ),
    )
    for text, channel, rule in cases:
        assert rule not in rules_alone(text, channel), text


def test_a_person_given_her_age_is_someone_whatever_her_trade_or_the_piece() -> None:
    texts = (
        "Claire Duval, avocate, 41 ans, a choisi une blépharoplastie au cabinet : merci pour ta confiance !",
        "Le reportage de Camille Dufresne, 31 ans, qui a filmé sa lipoaspiration avec notre équipe.",
    )
    for text in texts:
        assert "donnees-patient" in rules_alone(text, "facebook"), text


def test_someone_said_never_to_have_come_into_one_of_our_rooms_is_revealed() -> None:
    text = (
        "Pour couper court aux rumeurs : cette influenceuse n'a jamais mis les pieds dans un de nos cabinets."
    )
    assert "secret-medical" in rules_alone(text, "facebook")


def test_an_intelligence_mocked_or_people_called_selfish_are_insulted() -> None:
    texts = (
        "Aux antivax qui squattent mes commentaires : votre QI tiendrait dans une seringue à insuline.",
        "Sans filtre cette fois : vous êtes des frustrés qui n'avez jamais mis les pieds dans un cabinet.",
        "Les patients qui ne viennent pas à leur RDV sans prévenir sont des égoïstes.",
    )
    for text in texts:
        assert "ton-inapproprie" in rules_alone(text, "x"), text


def test_an_intelligence_unaffected_is_no_insult() -> None:
    assert "ton-inapproprie" not in rules_alone(
        "Non, la liposuccion n'a aucun effet sur votre QI 😄", "tiktok"
    )
