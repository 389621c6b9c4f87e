"""Pushes, comparisons, disparagement, personal advice and tone (incitation, comparaison,
denigrement, conseil-personnalise, ton-inapproprie) in the keyword-free wordings of the seventh
blind batch, judged by the rules alone: the learned reader is left out, so these say what the
constructions do. Sentences are written anew, not copied from the corpus."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Plus tu tardes, plus la reprise sera compliquée. À toi de voir.", "tiktok"),
        ("Chaque saison qui passe rend la correction plus lourde.", "facebook"),
        ("Il serait bien dommage de repousser encore votre projet.", "linkedin"),
        ("Ton double menton ? Ça se corrige. Mon planning de mars est ouvert.", "instagram"),
        ("Fête des pères : et si vous lui offriez enfin un regard rajeuni ?", "facebook"),
        ("Tu sais ce qu'il te reste à faire 😉", "tiktok"),
    ],
)
def test_waiting_told_as_a_loss_or_a_flaw_declared_fixable_is_a_push(text: str, channel: str) -> None:
    assert "incitation" in rules_alone(text, channel)


def test_a_reply_asking_the_reviewer_to_talk_about_the_practice_is_a_push() -> None:
    assert "incitation" in rules_alone("Merci ! N'hésitez pas à parler de nous à vos amies.", "avis-reponse")


def test_a_symptom_that_worsens_with_waiting_sent_to_ones_doctor_is_no_push() -> None:
    text = "Plus vous attendez pour montrer ce grain de beauté, plus c'est risqué : consultez votre médecin."
    assert "incitation" not in rules_alone(text, "site")


def test_opening_hours_of_the_diary_are_no_push() -> None:
    assert "incitation" not in rules_alone("Notre agenda est ouvert du lundi au vendredi.", "site")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Les cabinets de la capitale facturent le double. Ici on reste mesurés.", "instagram"),
        ("Avec nous, pas besoin de subir les délais du CHU.", "facebook"),
        (
            "Beaucoup de confrères posent encore des fils par défaut. Moi je préfère le lipofilling.",
            "youtube",
        ),
        ("Notre scanner 3D, pendant que la plupart des cliniques travaillent encore à l'œil.", "x"),
        ("La cicatrisation est plus rapide qu'avec la technique de votre dermatologue actuel.", "message"),
        ("Le nôtre inclut les contrôles à un an, ce qui n'est pas leur cas.", "message"),
    ],
)
def test_the_others_set_against_us_without_a_comparative_word_is_a_comparison(
    text: str, channel: str
) -> None:
    assert "comparaison" in rules_alone(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        "La rhinoplastie comme nulle part ailleurs, au cœur de Nantes.",
        "Avec mon code, la crème est moins chère en pharmacie en ligne.",
        "Interrogé sur l'arrivée d'une clinique concurrente, le Dr Roy n'a pas souhaité s'exprimer.",
    ],
)
def test_praise_a_brand_code_or_news_of_a_rival_is_no_comparison(text: str) -> None:
    assert "comparaison" not in rules_alone(text, "presse")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Troisième reprise de lèvres ce mois-ci, toutes injectées au même endroit.", "x"),
        ("Ces orthodontistes-là n'ont aucun scrupule.", "instagram"),
        ("Certains devraient rendre leur diplôme, franchement.", "linkedin"),
        ("Voyez plutôt avec le bricoleur qui vous a opérée.", "avis-reponse"),
        ("Pour certaines cliniques, la chirurgie est devenue un business.", "site"),
        ("Les « résultats » affichés par le cabinet voisin sentent la retouche photo.", "bluesky"),
        ("Vous préférez sans doute les bouchers qui cassent les prix.", "avis-reponse"),
        ("Encore un nez ruiné par un confrère, que je vais devoir reprendre.", "x"),
    ],
)
def test_contempt_for_colleagues_without_the_usual_insults_is_disparagement(text: str, channel: str) -> None:
    assert "denigrement" in rules_alone(text, channel)


def test_a_refusal_to_judge_colleagues_is_no_disparagement() -> None:
    text = "Sur les centres low-cost, le Dr Vidal refuse de se prononcer : « vérifiez qui opère »."
    assert "denigrement" not in rules_alone(text, "presse")


def test_self_praise_with_an_innuendo_tag_is_no_disparagement() -> None:
    assert "denigrement" not in rules_alone(
        "La meilleure chirurgienne du genou c'est moi, je dis ça je dis rien.", "tiktok"
    )


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Pour toi c'est oui, mais seulement après l'allaitement.", "instagram"),
        (
            "À celle qui m'a demandé hier : votre ptosis se corrige bien, une blépharoplastie suffira.",
            "youtube",
        ),
        ("@jade.b ta tache ressemble à un lentigo, rien de grave.", "bluesky"),
        ("Huile de rose musquée, 2 gouttes matin et soir sur la cicatrice.", "message"),
        ("D'après ce que vous décrivez, c'est un hématome : de la glace et patience.", "avis-reponse"),
        ("@lea_92 oui tu peux passer au 300 cc avec ta morphologie.", "tiktok"),
    ],
)
def test_a_verdict_or_a_dosage_for_one_person_is_personal_advice(text: str, channel: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, channel)


def test_a_promise_about_the_practices_technique_is_no_personal_advice() -> None:
    text = "Ne vous inquiétez pas, avec notre protocole vous n'aurez aucun bleu."
    assert "conseil-personnalise" not in rules_alone(text, "message")


def test_a_schedule_described_for_everyone_on_a_site_is_no_personal_advice() -> None:
    text = "Le gel de silicone s'applique en général matin et soir pendant trois mois."
    assert "conseil-personnalise" not in rules_alone(text, "site")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "À la patiente qui a arrêté sa contention au bout de trois jours : il fallait lire la fiche 🙄",
            "facebook",
        ),
        ("Quand on ne suit pas les consignes, on ne vient pas pleurer sur les réseaux.", "avis-reponse"),
        ("Et ce sont toujours les mêmes qui râlent ensuite.", "facebook"),
        ("@anonyme_13 continue et on en discutera devant le tribunal.", "x"),
        ("Un avis de quelqu'un qui n'a jamais mis les pieds au cabinet, visiblement.", "avis-reponse"),
        ("Retourne à tes vidéos de chats 💅", "tiktok"),
        ("Grand bien vous fasse, Madame.", "avis-reponse"),
    ],
)
def test_singling_out_scolding_or_threatening_a_patient_or_commenter_is_an_inappropriate_tone(
    text: str, channel: str
) -> None:
    assert "ton-inapproprie" in rules_alone(text, channel)


def test_thanking_one_patient_in_public_is_no_inappropriate_tone() -> None:
    text = "À celle qui m'a écrit une si jolie carte après son opération : merci, ça m'a touchée !"
    assert "ton-inapproprie" not in rules_alone(text, "facebook")


def test_a_price_match_after_a_question_about_another_practices_quote_is_a_comparison() -> None:
    text = "Un devis d'injections établi dans un autre centre ? Envoyez-le : on vous fait 10 % de moins."
    assert "comparaison" in rules_alone(text, "facebook")


def test_a_quoted_comparison_the_author_refuses_to_make_is_no_comparison() -> None:
    text = "« Vous êtes moins cher que le cabinet voisin ? » Je ne me compare jamais à mes confrères."
    assert "comparaison" not in rules_alone(text, "instagram")


@pytest.mark.parametrize(
    "text",
    [
        "Pas comme certains qui enchaînent dix liftings par jour : ici, une patiente à la fois.",
        "Moi je ne fais pas de l'abattage, je prends le temps.",
        "Encore une lèvre ratée par un confrère qui se prend pour un sculpteur.",
    ],
)
def test_the_others_faults_told_through_a_contrast_are_disparagement(text: str) -> None:
    assert "denigrement" in rules_alone(text, "instagram")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Madame, quant à votre hanche, une arthroscopie sera sans doute à prévoir.", "avis-reponse"),
        ("C'est une réaction normale, pas la peine de venir.", "message"),
        ("Pour répondre à ta question sur ton menton : tu peux attendre, rien ne presse.", "youtube"),
        ("Gardez le manchon jour et nuit encore deux semaines, tout rentrera dans l'ordre.", "avis-reponse"),
    ],
)
def test_an_act_foretold_or_a_go_no_go_for_one_person_is_personal_advice(text: str, channel: str) -> None:
    assert "conseil-personnalise" in rules_alone(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        "Pour votre dossier, une pièce d'identité sera nécessaire.",
        "Pas besoin de venir à jeun pour la consultation.",
    ],
)
def test_paperwork_and_logistics_in_a_message_are_no_personal_advice(text: str) -> None:
    assert "conseil-personnalise" not in rules_alone(text, "message")


@pytest.mark.parametrize(
    ("text", "rule", "channel"),
    [
        (
            "Les hôpitaux publics font un travail remarquable. Ici on leur adresse les cas complexes.",
            "comparaison",
            "x",
        ),
        (
            "Beaucoup de confrères m'ont aidée à mes débuts. Moi je transmets aux internes.",
            "comparaison",
            "linkedin",
        ),
        ("Pour vous, c'est possible de régler en trois fois.", "conseil-personnalise", "message"),
        (
            "Plus on attend, plus on s'impatiente : le résultat d'une rhinoplastie prend un an.",
            "incitation",
            "site",
        ),
        ("Il serait dommage de reporter le congrès : rendez-vous en mai.", "incitation", "linkedin"),
        (
            "Petit message à celle qui a oublié son parapluie : il vous attend à l'accueil 🙃",
            "ton-inapproprie",
            "facebook",
        ),
        ("Retourne à tes révisions, l'examen approche 📚", "ton-inapproprie", "tiktok"),
        (
            "Trois reprises cette semaine, toutes opérées au même endroit : notre bloc, en 2019.",
            "denigrement",
            "x",
        ),
    ],
)
def test_the_new_constructions_leave_innocent_look_alikes_alone(text: str, rule: str, channel: str) -> None:
    assert rule not in rules_alone(text, channel)
