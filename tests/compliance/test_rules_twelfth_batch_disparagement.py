"""Comparisons, disparagement and tone (comparaison, denigrement, ton-inapproprie) in the wording
families of the twelfth batch, judged by the rules alone: the learned reader is left out, so these
say what the constructions do. Each family has a positive and its trap (general information,
praise of colleagues, a patient's story, a calm moderation notice). The wordings are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# comparaison


@pytest.mark.parametrize(
    "text",
    [
        "Forfait paupières tout compris, largement en dessous des cliniques du centre-ville.",
        "Des tarifs bien en dessous des usines à implants marseillaises.",
    ],
)
def test_a_price_set_below_other_practices_is_a_comparison(text: str) -> None:
    assert "comparaison" in rules_alone(text)


def test_others_blamed_then_set_apart_from_us_is_a_comparison() -> None:
    text = "Ces infections sont typiques des centres low-cost du quartier, et pas de notre équipe."
    assert "comparaison" in rules_alone(text, "avis-reponse")


def test_what_the_local_hospitals_still_lack_is_a_comparison() -> None:
    text = "Une technique que les services hospitaliers de la région n'utilisent toujours pas."
    assert "comparaison" in rules_alone(text, "linkedin")


def test_a_cheaper_clinic_raised_in_an_faq_is_a_comparison() -> None:
    text = "Pourquoi ne pas choisir un cabinet moins cher ?\nParce que la sécurité a un prix."
    assert "comparaison" in rules_alone(text, "site")


@pytest.mark.parametrize(
    "text",
    [
        "Renouvellement en ligne en cinq minutes, quand votre dermatologue vous fait attendre deux mois.",
        "Traitement disponible sans les trois mois d'attente chez le gynéco.",
        "Chez d'autres, la séance de laser est à 120 €. Ici ? 80.",
        "Contrairement à une bonne partie des centres de la région, nous revoyons chaque patient à J8.",
    ],
)
def test_the_others_wait_or_fee_as_a_foil_is_a_comparison(text: str) -> None:
    assert "comparaison" in rules_alone(text)


def test_colleagues_praised_for_an_operation_the_author_declines_is_no_comparison() -> None:
    text = "Je ne pratique pas cette chirurgie. D'autres confrères la réalisent très bien, renseignez-vous."
    assert "comparaison" not in rules_alone(text, "tiktok")


def test_a_patient_back_from_abroad_is_no_comparison() -> None:
    assert "comparaison" not in rules_alone("Ma patiente revient de Turquie demain pour son contrôle.", "x")


def test_a_quote_opened_after_colleagues_is_no_comparison() -> None:
    text = "À mes jeunes collègues : que dire au patient qui vous demande « vous êtes le meilleur ? »"
    assert "comparaison" not in rules_alone(text, "linkedin")


def test_a_relative_clause_after_a_superlative_is_no_comparison() -> None:
    text = "Je commente les pires rhinoplasties que j'ai vues revenir de l'étranger."
    assert "comparaison" not in rules_alone(text, "youtube")


def test_a_product_healing_faster_is_no_comparison() -> None:
    text = "Après la séance, ce baume offre une cicatrisation 3 fois plus rapide."
    assert "comparaison" not in rules_alone(text)


def test_an_objection_quoted_from_an_attendee_is_no_comparison() -> None:
    text = "Question de Paul : « pourquoi payer un dentiste quand on peut partir à Budapest ? ». À demain."
    assert "comparaison" not in rules_alone(text, "linkedin")


# denigrement


@pytest.mark.parametrize(
    "text",
    [
        "La chronique du Dr Martin ? Il ferait mieux de retourner à la fac.",
        "Relu l'article du Pr Lemoine. Il serait grand temps qu'il prenne sa retraite.",
        "Certains collègues injectent encore avec des méthodes des années 90.",
        "Dans certains centres, le « médecin » qui vous reçoit n'est pas celui qui opère.",
        "pov : ta cliente revient avec des lèvres faites par un garagiste 💀",
        "Une paupière reprise, opérée « ailleurs »… on dira pas où 😬",
        "Les chirurgiens qui posent des anneaux sans bilan nutritionnel devraient avoir honte.",
        "Là où beaucoup d'ORL opèrent tout de suite, sans même une IRM, nous attendons.",
        "Le dermato du quartier vous a prescrit un laser ? Demandez un second avis, tant d'actes inutiles.",
        "Une nouvelle patiente qui sort d'un « institut » du centre commercial. Ces gens-là sont des "
        "marchands de rêve.",
        "Le traitement que les angiologues classiques refusent de voir.",
        "Ce que nous ne ferons jamais, contrairement à certaines cliniques : opérer le jour de la "
        "consultation.",
    ],
)
def test_other_practitioners_judged_is_disparagement(text: str) -> None:
    assert "denigrement" in rules_alone(text)


def test_a_follow_up_after_a_check_up_is_no_disparagement() -> None:
    text = "Le chirurgien vous revoit après le bilan sanguin pour valider la date."
    assert "denigrement" not in rules_alone(text, "site")


def test_a_factual_annual_report_still_drops_the_judgement() -> None:
    text = "Selon le bilan annuel de l'ARS, des centres dangereux exercent sans médecin."
    assert "denigrement" not in rules_alone(text, "site")


# ton-inapproprie


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Il faut assumer ses décisions au lieu de chercher des coupables en ligne.", "avis-reponse"),
        ("Deux étoiles, quelle surprise venant de quelqu'un qui voulait un nez de poupée.", "avis-reponse"),
        ("Ce commentaire est totalement mensonger, Madame.", "avis-reponse"),
        ("Cher monsieur, l'ignorance a des limites.", "x"),
        ("Vous avez patienté vingt minutes ? Bonne journée quand même.", "avis-reponse"),
        ("Julie, on t'enverra la note de la reprise, promis 😘", "linkedin"),
        ("non ma belle, la crème ne fera pas fondre ta cellulite, faut arrêter Google", "instagram"),
        ("Elle a exigé une story, la diva 🙄", "autre"),
        ("arrête de courir en tongs, sérieux 🙄", "instagram"),
        ("La dame de 14h a demandé si ça se verrait au mariage 😂", "autre"),
    ],
)
def test_scorn_aimed_at_a_patient_or_commenter_is_an_inappropriate_tone(text: str, channel: str) -> None:
    assert "ton-inapproprie" in rules_alone(text, channel)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("« franchement vous m'avez sauvé la vie » : merci à elle pour ce message.", "tiktok"),
        ("On attend un an avant de juger une rhinoplastie.", "linkedin"),
        ("Le spray se poursuit trois semaines avant de juger de son efficacité.", "site"),
        ("La sclérothérapie ferme la veine de l'intérieur.", "site"),
        ("Rappel : les propos diffamatoires peuvent être signalés à la plateforme.", "facebook"),
        ("Encore un patient qui sort d'un « centre laser » avec des brûlures.", "facebook"),
        ("quand ta patiente revient avec un BBL fait par un plombier 💀", "autre"),
    ],
)
def test_a_calm_or_medical_sentence_is_no_inappropriate_tone(text: str, channel: str) -> None:
    assert "ton-inapproprie" not in rules_alone(text, channel)


def test_a_floor_below_the_practices_is_no_comparison() -> None:
    assert "comparaison" not in rules_alone("Le parking se trouve en dessous des cabinets médicaux.", "site")


def test_our_own_surgeon_keeping_you_waiting_is_no_comparison() -> None:
    text = "Quand votre chirurgien vous fait attendre au bloc, c'est pour votre sécurité."
    assert "comparaison" not in rules_alone(text, "site")


def test_a_refusal_shared_with_most_colleagues_is_no_disparagement() -> None:
    text = "Ce que je ne ferai jamais, comme la plupart des chirurgiens : opérer un mineur sans accord."
    assert "denigrement" not in rules_alone(text, "linkedin")


def test_needless_acts_in_general_information_are_no_disparagement() -> None:
    text = "Les actes inutiles sont à éviter : le chirurgien vous le dira."
    assert "denigrement" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    "text",
    [
        "Il faut arrêter de croire que la chirurgie est sans risque.",
        "Bon rétablissement, courage 😘",
        "Non ma belle, ce n'est pas grave du tout ❤️",
    ],
)
def test_myth_busting_and_warmth_are_no_inappropriate_tone(text: str) -> None:
    assert "ton-inapproprie" not in rules_alone(text, "instagram")
