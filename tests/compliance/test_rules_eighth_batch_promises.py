"""Promises, pushes, self-praise and tone (garantie-resultat, incitation, superlatif,
ton-inapproprie) in the wordings of the eighth blind batch, judged by the rules alone: the learned
reader is left out, so these say what the constructions do."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# garantie-resultat


@pytest.mark.parametrize(
    "text",
    [
        "Greffe FUE : densité garantie à vie.",
        "Mésothérapie : un rajeunissement garanti sans chirurgie.",
    ],
)
def test_a_treatment_benefit_said_guaranteed_is_a_promise(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text)


def test_a_second_sans_after_a_harmless_one_still_promises_no_pain() -> None:
    text = "Une chirurgie réfractive 100 % sans lame et sans douleur."
    assert "garantie-resultat" in rules_alone(text, "presse")


def test_a_skin_tightened_for_good_is_a_promise_even_with_a_sans_on_the_way() -> None:
    text = "la radiofréquence ça retend la peau comme un lifting, sans chirurgie et pour toujours"
    assert "garantie-resultat" in rules_alone(text, "tiktok")


@pytest.mark.parametrize(
    "text",
    [
        "Notre lampe LED efface les vergetures en 6 séances.",
        "Exosomes : repousse visible dès la 2e séance !",
    ],
)
def test_an_effect_promised_after_a_set_number_of_sessions_is_a_promise(text: str) -> None:
    assert "garantie-resultat" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le laser efface les taches en 3 à 6 séances en moyenne.",
        "Les premiers effets sont visibles dès la 3e séance chez certains patients.",
    ],
)
def test_a_hedged_number_of_sessions_is_information(text: str) -> None:
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_waving_away_any_maybe_is_a_promise() -> None:
    assert "garantie-resultat" in rules_alone(
        "Lifting cervical = cou de 20 ans. Pas de « peut-être », point."
    )


def test_a_result_declared_final_is_a_promise_but_a_final_result_assessed_later_is_not() -> None:
    assert "garantie-resultat" in rules_alone("Le résultat est naturel et définitif.", "site")
    assert "garantie-resultat" not in rules_alone("Le résultat définitif s'apprécie à six mois.", "site")


def test_quoted_ad_copy_is_the_promise_itself() -> None:
    text = "Brief agence : bannières « résultat à vie », budget 2 000 €/mois."
    assert "garantie-resultat" in rules_alone(text, "autre")


def test_an_access_route_without_visible_scar_is_a_description() -> None:
    text = "L'intervention peut être réalisée par voie transconjonctivale, sans cicatrice cutanée visible."
    assert "garantie-resultat" not in rules_alone(text, "site")


def test_being_allowed_to_do_something_without_problem_is_not_a_promise() -> None:
    assert "garantie-resultat" not in rules_alone("Tu peux prendre l'avion jeudi sans problème.", "message")


def test_a_guarantee_named_to_say_nobody_can_give_it_is_not_a_promise() -> None:
    text = "Les photos avant/après suggèrent une garantie de résultat que personne ne peut offrir."
    assert "garantie-resultat" not in rules_alone(text, "linkedin")


# incitation


@pytest.mark.parametrize(
    "text",
    [
        "Et si 2027 était l'année où vous arrêtiez de cacher vos bras ? DM ouverts",
        "Et si cet été était le moment de te lancer ?",
    ],
)
def test_a_year_or_a_season_made_the_readers_turn_is_a_push(text: str) -> None:
    assert "incitation" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Carte cadeau pour Noël : offrez une séance de laser à la personne que vous aimez.",
        "pour Noël offre-lui ses injections lèvres",
    ],
)
def test_a_treatment_to_give_as_a_present_is_a_push(text: str) -> None:
    assert "incitation" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "L'ouverture du service renforce l'offre de soins du territoire.",
        "Le cabinet offre des soins de chirurgie de la main le samedi.",
    ],
)
def test_care_offered_as_a_noun_or_a_fact_is_not_a_push(text: str) -> None:
    assert "incitation" not in rules_alone(text, "presse")


@pytest.mark.parametrize(
    "text",
    [
        "-15 % sur votre prochaine injection si vous réservez ce mois-ci 😊",
        "Blanchiment offert pour les 50 premiers 😁",
        "Le nouveau sérum : commandez-le dès aujourd'hui en pharmacie.",
        "tu regardes encore cette vidéo au lieu d'appeler ?",
        "Rejoignez les 300 membres qui ont enfin sauté le pas de la prothèse !",
        "Les consultations abdominoplastie du printemps se remplissent, je dis ça je dis rien…",
        "Réunion d'information jeudi : inscrivez-vous avant qu'elle soit complète !",
        "Our clinic in Geneva: book your consult today!",
    ],
)
def test_deadlines_races_and_followers_are_pushes(text: str) -> None:
    assert "incitation" in rules_alone(text)


def test_the_first_hours_after_an_act_are_not_a_race_for_the_first_ones() -> None:
    text = "Dormez la tête surélevée et appliquez du froid les 48 premières heures."
    assert "incitation" not in rules_alone(text)


def test_a_push_to_a_brands_new_collection_belongs_to_the_partnership() -> None:
    text = "Nos valises ont voyagé grâce à une marque de bagages : foncez sur leur nouvelle collection !"
    assert "incitation" not in rules_alone(text)


# superlatif


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("0 sérome sur 150 abdominoplasties grâce à notre technique sans drain.", "linkedin"),
        ("Aucune rupture chez mes patientes depuis 2018.", "linkedin"),
        ("Aucune embolie graisseuse n'a jamais été déplorée dans notre centre.", "site"),
    ],
)
def test_a_track_record_of_zero_harm_is_self_praise(text: str, channel: str) -> None:
    assert "superlatif" in rules_alone(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        "Le cabinet le plus stylé de Marseille 😎 visite guidée",
        "Nous sommes fiers d'être l'équipe la plus attentionnée de la ville 😊",
        "La technique BodyCurve®, la plus sûre au monde.",
    ],
)
def test_ranking_oneself_in_a_place_is_self_praise(text: str) -> None:
    assert "superlatif" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le centre le plus proche de chez vous est à Lyon.",
        "La complication la plus fréquente de l'abdominoplastie est le sérome.",
        "Nous injectons l'acide hyaluronique le plus pur du marché.",
    ],
)
def test_a_nearest_centre_a_frequent_complication_or_a_products_claim_is_not_self_praise(text: str) -> None:
    assert "superlatif" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    "text",
    [
        "Mon livre contient un cahier photo : avant / après de mes plus beaux cas 📖",
        "Nos patientes nous recommandent à 99 %.",
        "Our clinic is now the go-to place for deep plane facelifts in Geneva.",
        "Nos résultats sont juste incomparables.",
    ],
)
def test_showcases_satisfaction_figures_and_english_ranks_are_self_praise(text: str) -> None:
    assert "superlatif" in rules_alone(text)


def test_defining_the_best_surgeon_is_not_claiming_to_be_one() -> None:
    text = "Le meilleur chirurgien, c'est celui qui vous dit non quand l'intervention n'est pas indiquée."
    assert "superlatif" not in rules_alone(text, "x")


# ton-inapproprie


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "Certaines viennent avec 15 photos de stars et 800 €… Les filles, redescendez sur terre",
            "instagram",
        ),
        ("Les patientes qui pensent savoir mieux que moi : faites vos études de médecine.", "linkedin"),
        (
            "Vous vous plaignez d'avoir attendu ? Il faudrait peut-être apprendre à lire l'heure.",
            "avis-reponse",
        ),
        ("Votre gonflement est normal, arrêtez de paniquer sur Google.", "avis-reponse"),
        ("À toi qui me traites de vendeur de rêve : ton avis vaut ce qu'il vaut.", "youtube"),
        ("Toi, tu critiques derrière ton clavier ; va donc te faire opérer ailleurs.", "x"),
        ("« Votre article est un torchon. Je n'ai pas de temps à perdre avec vous. »", "presse"),
        ("Si vous recommencez, le docteur ne vous reverra plus.", "message"),
    ],
)
def test_scolding_belittling_and_threats_are_an_inappropriate_tone(text: str, channel: str) -> None:
    assert "ton-inapproprie" in rules_alone(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        "Quand une patiente me dit qu'elle a « tout lu sur Google » : *je respire profondément* 🙃",
        "lire les questions des patientes à 2h du mat : « saut en parachute à J3 ? » 🤡 non.",
    ],
)
def test_a_patients_words_told_then_laughed_at_are_mockery(text: str) -> None:
    assert "ton-inapproprie" in rules_alone(text, "tiktok")


def test_a_phrase_quoted_to_be_refuted_is_not_contempt() -> None:
    text = "Infirmière anesthésiste : non, on ne vous « endort pas pour rien ». Posez vos questions."
    assert "ton-inapproprie" not in rules_alone(text, "x")
