"""Rules read on batches 117-124 (twenty-third session): rivals disparaged (a hospital called a
dying place, second-hand or dated machines, jealousy, lawsuits, « n'y connaissent rien ») and rivals'
prices set against the practice's own; « contrairement à certains confrères » reports nothing."""

from __future__ import annotations

from tests.compliance.rules_alone import rules_alone

# denigrement


def test_rivals_called_a_dying_place_jealous_sued_or_ignorant_are_disparaged() -> None:
    texts = (
        "Soyons clairs : la clinique du centre-ville est devenue un mouroir.",
        "Les chirurgiens qui critiquent les fils sont simplement jaloux de perdre leur clientèle.",
        "Entre nous, le Dr Morel a eu plusieurs procès et opère beaucoup trop vite.",
        "Les dermatologues qui vous disent l'inverse n'y connaissent strictement rien.",
        "La communication d'un confrère lyonnais tenait plus du catalogue que de la science.",
        "Le centre d'à côté travaille avec des lasers d'occasion achetés on ne sait où.",
        "Les hôpitaux voisins opèrent encore avec des machines d'un autre âge.",
        "Nous avons pris le temps d'écouter, ce que l'autre clinique n'a pas su vous offrir.",
        "Vous avez choisi le Dr Lenoir. Vu ce qu'on récupère de ses liftings, bon courage.",
        "Ne confiez pas votre visage à des amateurs !",
        "Reprise d'un nez opéré par un « grand nom » 🙄 la notoriété ne fait pas le talent.",
    )
    for text in texts:
        assert "denigrement" in rules_alone(text, "facebook"), text


def test_our_own_equipment_or_a_word_said_of_no_rival_is_no_disparagement() -> None:
    texts = (
        "Nos chirurgiens n'opèrent jamais trop vite : une heure de consultation avant tout geste.",
        "Notre bloc a remplacé son matériel des années 2000 par un robot neuf.",
        "Le centre a acheté un laser d'occasion révisé par le fabricant.",
        "Un enfant jaloux de son petit frère : le pédopsychiatre vous répond.",
        "Encore un avis écrit par un concurrent jaloux. Pathétique.",
        "Les autres cliniques travaillent encore avec du matériel des années 2000.",
    )
    for text in texts:
        assert "denigrement" not in rules_alone(text, "facebook"), text


# comparaison


def test_the_others_set_against_us_are_a_comparison_not_a_report() -> None:
    texts = (
        "Contrairement à certains confrères, je consacre trois heures à chaque visage.",
        "Chez nous la rhinoplastie c'est 4 200 €, pas 7 000 comme chez certains confrères parisiens.",
    )
    for text in texts:
        assert "comparaison" in rules_alone(text, "site"), text


def test_a_warning_about_what_some_colleagues_promise_is_still_reported() -> None:
    text = "Méfiez-vous : certains confrères vous promettent un résultat garanti."
    found = rules_alone(text, "site")
    assert "comparaison" not in found
    assert "garantie-resultat" not in found


def test_a_rivals_price_for_the_same_thing_set_beside_ours_is_a_comparison() -> None:
    texts = (
        "Toxine au cabinet : 250 € la zone. À la clinique d'en face, c'est 380 € pour exactement le même "
        "produit.",
        "Ma consœur de la rue d'en face facture 6 000 € un lifting que je réalise pour 4 500.",
        "Lifting au cabinet : 6 500 €. Le même dans le 8e arrondissement ? Comptez presque le double.",
    )
    for text in texts:
        assert "comparaison" in rules_alone(text, "bluesky"), text


def test_a_cost_told_for_the_same_care_elsewhere_without_a_rival_is_no_comparison() -> None:
    texts = (
        "Le même soin à domicile ? Comptez 40 € par séance chez l'infirmière.",
        "Le même protocole à la maison ? Comptez 3 semaines de soins.",
    )
    for text in texts:
        assert "comparaison" not in rules_alone(text, "bluesky"), text


# secret-medical


def test_a_patient_blamed_in_public_for_her_own_care_is_confirmed_as_a_patient() -> None:
    texts = (
        "Madame, vous aviez été prévenue en consultation que le tabac retarde la cicatrisation.",
        "@Lola_B si vous aviez respecté les consignes post-op, vous n'en seriez pas là.",
        "Tu as pris 6 kilos depuis ton abdominoplastie, ce n'est pas la faute du chirurgien 🙄",
        "Pas d'inquiétude pour le drain. On vous revoit jeudi comme prévu au contrôle 😊",
    )
    for text in texts:
        assert "secret-medical" in rules_alone(text, "facebook"), text


def test_instructions_to_every_reader_confirm_nobodys_care() -> None:
    texts = (
        "Si vous avez lu nos consignes, vous savez qu'il faut éviter le soleil.",
        "Vous avez eu une rhinoplastie ? Voici nos conseils pour les premières semaines.",
    )
    for text in texts:
        assert "secret-medical" not in rules_alone(text, "facebook"), text


# mends after the review of the first round


def test_our_own_machines_the_reader_or_a_hasty_operation_in_general_are_no_rival_judged() -> None:
    texts = (
        "Nous revendons nos machines d'occasion : laser Alexandrite 2015 en parfait état, contactez le "
        "cabinet.",
        "Si vous n'y connaissez rien, pas de panique : le chirurgien vous expliquera tout en consultation.",
        "Se faire opérer trop vite, sans délai de réflexion, c'est risqué : votre chirurgien doit vous "
        "laisser 15 jours.",
        "Ne laissez pas votre dossier médical entre les mains de n'importe qui : utilisez la messagerie "
        "sécurisée de la clinique.",
    )
    for text in texts:
        assert "denigrement" not in rules_alone(text, "facebook"), text


def test_questions_to_every_reader_and_follow_up_protocols_confirm_nobodys_care() -> None:
    texts = (
        "Vous avez repris du poids depuis votre lipo ? C'est normal que les zones non traitées se modifient.",
        "Après l'intervention, on vous revoit une semaine après au contrôle, puis à 3 mois.",
        "POV : tu as pris 3 kilos depuis ton BBL…",
        "Trop de patientes n'ont respecté aucune des consignes après leur lipo…",
    )
    for text in texts:
        assert "secret-medical" not in rules_alone(text, "facebook"), text


def test_a_regulated_fee_said_to_be_the_same_everywhere_is_no_comparison() -> None:
    text = "La même consultation ailleurs ? C'est 30 €, tarif conventionné secteur 1 partout en France."
    assert "comparaison" not in rules_alone(text, "x")


def test_our_own_patients_knowing_nothing_or_every_reader_addressed_is_no_breach() -> None:
    ours = "Mes patients n'y connaissent rien en anatomie et c'est normal : c'est au médecin d'expliquer."
    assert "denigrement" not in rules_alone(ours, "instagram")
    everyone = "Vous avez pris 5 kilos depuis votre abdominoplastie et le ventre bouge : c'est fréquent."
    assert "secret-medical" not in rules_alone(everyone, "instagram")
