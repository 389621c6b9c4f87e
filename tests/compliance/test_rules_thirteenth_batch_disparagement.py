"""Comparisons, disparagement and tone (comparaison, denigrement, ton-inapproprie) in the wording
families of the thirteenth batch, judged by the rules alone: the learned reader is left out, so these
say what the constructions do. Each family has a positive and its trap (general information, our own
staff, a patient's home, a sourced comparison of techniques, a calm practical message). The wordings
are our own."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# comparaison


@pytest.mark.parametrize(
    "text",
    [
        "Ici on consacre une heure à chaque bilan, pas dix minutes comme dans les centres-usines de la"
        " périphérie.",
        "Dans notre service on reçoit les nouveaux patients pour une consultation en 10 jours. Ailleurs,"
        " comptez 4 mois.",
        "Chez eux : trois patients à la file. Chez nous : un seul par matinée.",
        "En ville on vous fait attendre 4 mois pour un rendez-vous. Chez nous, 10 jours.",
        "Un devis reçu à 5 200 € pour une otoplastie ? Ici c'est 3 800.",
        "Contrairement aux dermatologues qui prescrivent sans examiner, je prends le temps.",
        "Ils posent 10 implants par matinée. Nous, on en pose trois.",
    ],
)
def test_our_figure_or_way_set_against_theirs_is_a_comparison(text: str) -> None:
    assert "comparaison" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Comptez une heure de consultation, pas dix minutes comme on le croit souvent.",
        "Les patients rentrent chez eux le soir même. Chez nous, la sortie se fait à 18 h.",
        "On vous fait patienter 20 minutes en salle de réveil. Ensuite vous rentrez.",
        "Vous avez reçu un devis ? Ici, la secrétaire peut vous l'expliquer.",
        "Contrairement aux patients qui fument, les non-fumeurs cicatrisent plus vite.",
        "Ils font 3 séances de kiné en moyenne, puis reprennent le travail.",
    ],
)
def test_the_same_words_without_a_rival_are_no_comparison(text: str) -> None:
    assert "comparaison" not in rules_alone(text)


def test_our_fees_above_or_below_an_average_are_a_comparison() -> None:
    text = "Nos honoraires restent inférieurs de 15 % à la moyenne relevée dans le département."
    assert "comparaison" in rules_alone(text, "presse")


def test_a_patient_measure_above_the_average_is_no_comparison() -> None:
    text = "Votre tension est au-dessus de la moyenne : parlez-en à votre médecin traitant."
    assert "comparaison" not in rules_alone(text, "message")


def test_our_record_set_against_the_literature_is_a_comparison() -> None:
    text = "Aucune reprise sur nos 200 blépharoplasties, alors que la littérature rapporte jusqu'à 8 %."
    assert "comparaison" in rules_alone(text, "linkedin")


def test_our_record_close_to_the_literature_is_no_comparison() -> None:
    text = "Nos taux de reprise sont proches de ceux de la littérature (revue systématique, 2022)."
    assert "comparaison" not in rules_alone(text, "linkedin")


def test_a_rival_quote_then_why_ours_is_better_is_a_comparison() -> None:
    text = (
        "Un devis d'un autre chirurgien en main ? Venez, on vous montre pourquoi le nôtre est plus complet."
    )
    assert "comparaison" in rules_alone(text, "facebook")


def test_helping_to_read_a_rival_quote_is_no_comparison() -> None:
    text = "Un devis d'un autre chirurgien ? Apportez-le, on vous aidera à le comprendre."
    assert "comparaison" not in rules_alone(text, "facebook")


def test_the_same_fee_as_the_big_clinics_is_a_comparison() -> None:
    text = (
        "Chez nous, le tarif est le même que dans les grandes cliniques parisiennes, avec le suivi en plus."
    )
    assert "comparaison" in rules_alone(text)


def test_the_same_fee_as_last_year_is_no_comparison() -> None:
    assert "comparaison" not in rules_alone("Le tarif est le même que l'an dernier.", "site")


@pytest.mark.parametrize(
    "text",
    [
        "Le lifting est facturé 6 000 € chez nous, alors qu'à Lyon on vous annoncera bien plus.",
        "Nous sommes à 3 100 € la blépharo, quand le centre Horizon est à 4 800.",
        "Ailleurs on vous facture le double pour exactement le même geste.",
    ],
)
def test_our_price_set_against_another_city_or_a_named_centre_is_a_comparison(text: str) -> None:
    assert "comparaison" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Le cabinet est ouvert jusqu'à 19 h, alors qu'à Noël il ferme à 17 h.",
        "La consultation dure 30 minutes quand le centre est calme, parfois 45.",
    ],
)
def test_a_figure_and_a_contrast_without_a_rival_are_no_comparison(text: str) -> None:
    assert "comparaison" not in rules_alone(text, "site")


def test_our_machine_against_colleagues_still_working_by_hand_is_a_comparison() -> None:
    text = "Avec ce laser, je ne comprends pas que certains confrères continuent encore à la lame."
    assert "comparaison" in rules_alone(text, "tiktok")


def test_patients_still_doing_sport_with_a_protocol_is_no_comparison() -> None:
    text = "Avec ce protocole, beaucoup de patients continuent encore le sport."
    assert "comparaison" not in rules_alone(text, "tiktok")


def test_what_a_specialty_deserves_is_no_comparison() -> None:
    assert "comparaison" not in rules_alone(
        "La chirurgie de la main mérite mieux que des idées reçues.", "presse"
    )


def test_a_sourced_comparison_of_two_approaches_is_no_comparison() -> None:
    text = "La voie conjonctivale est plus rapide que la voie cutanée à cicatriser (revue Cochrane 2020)."
    assert "comparaison" not in rules_alone(text, "facebook")


def test_a_review_said_to_come_from_a_rival_is_no_comparison() -> None:
    text = "Monsieur, votre commentaire sent la concurrence, nous n'y répondrons pas davantage."
    rules = rules_alone(text, "avis-reponse")
    assert "comparaison" not in rules
    assert "ton-inapproprie" in rules


def test_what_the_author_sees_of_colleagues_is_no_quand_contrast() -> None:
    text = "Quand je vois les publications de certains confrères, je me pose des questions."
    assert "comparaison" not in rules_alone(text, "linkedin")


# denigrement


@pytest.mark.parametrize(
    "text",
    [
        "Ces centres-usines opèrent sans jamais revoir leurs patients.",
        "Des lèvres injectées chez une amie infirmière, résultat : #fail 🤣",
        "On a l'habitude de réparer les bricolages faits à l'étranger.",
        "Encore un nez « refait » ailleurs, qu'on reprend aujourd'hui.",
        "Certains cabinets du centre qui « font de la chirurgie » entre deux soins du visage…",
        "Une patiente arrive d'un cabinet du quartier avec une infection. Je ne dirai pas où.",
        "Certains devraient peut-être se contenter des soins du visage.",
        "Un confrère présente comme un exploit une suture que n'importe quel étudiant aurait faite.",
        "Je ne citerai pas de noms, mais certaines cliniques posent encore des drains à tout le monde.",
        "Elle s'est fait injecter chez la « docteure » du salon d'à côté.",
        "Le cabinet d'en face annonce 800 €, sans consultation préalable. Cherchez l'erreur.",
    ],
)
def test_the_others_judged_or_pointed_at_is_denigrement(text: str) -> None:
    assert "denigrement" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Atelier « éviter les accidents de bricolage » animé par nos kinés samedi.",
        "Nos infirmières vous appellent la veille de l'intervention.",
        "Le laser fractionné corrige les dégâts du soleil.",
        "Un nez refait il y a dix ans peut encore évoluer.",
        "Les centres qui font de la chirurgie ambulatoire doivent être agréés.",
        "On m'a offert des fleurs au cabinet, je ne dirai pas qui ! 💐",
        "Certains patients devraient se contenter de soins locaux : on en parle en consultation.",
        "N'importe quel interne vous le dira : la cicatrice met un an à mûrir.",
        "Je ne citerai pas de noms : merci à toute l'équipe du bloc !",
        "Repérez la faute dans cette ordonnance : cherchez l'erreur !",
    ],
)
def test_the_same_words_about_ourselves_or_nobody_are_no_denigrement(text: str) -> None:
    assert "denigrement" not in rules_alone(text)


def test_a_judgement_reported_as_a_patients_is_no_denigrement() -> None:
    text = "Il répète que ses trois précédents dentistes étaient des incapables, d'après lui."
    assert "denigrement" not in rules_alone(text, "presse")


@pytest.mark.parametrize(
    "text",
    [
        "Certains confrères prélèvent encore les greffons comme des bûcherons.",
        "La clinique d'à côté et ses méthodes de voyous, on connaît.",
        "Je me demande si certains confrères ont déjà ouvert un livre d'anatomie.",
        "Des injecteurs formés en deux week-ends, voilà le problème.",
        "Dans ces centres, c'est du volume et rien d'autre.",
        "Celui-là ne devrait même pas avoir le droit de toucher une seringue.",
        "Ils enchaînent 12 patients par jour. Nous, quatre. Je vous laisse imaginer la différence.",
        "Chez eux : vingt minutes de consultation.\nChez nous : une heure.\nDevinez qui rattrape les"
        " complications.",
        "Encore une lèvre signée par un « grand nom » de la capitale. Petit résultat.",
        "Le travail du chirurgien précédent n'a pas facilité la reprise, c'est le moins qu'on puisse dire.",
    ],
)
def test_the_others_scorned_for_their_ways_is_denigrement(text: str) -> None:
    assert "denigrement" in rules_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "Les bûcherons de la vallée nous confient souvent leurs mains blessées.",
        "Certaines patientes osent encore poser la question, et c'est tant mieux.",
        "Ouvrez un livre d'anatomie : le nerf facial passe juste ici.",
        "Pour la lèvre, c'est du volume qu'on ajoute, pas de la projection.",
        "Un enfant ne devrait jamais toucher un bistouri.",
        "Ils ont 3 ans. Nous les opérons à 6 ans. Je vous laisse imaginer leur joie.",
        "Un « grand nom » de la chirurgie nous fait l'honneur d'une conférence.",
        "La récupération a été rapide, c'est le moins qu'on puisse dire !",
        "Un voyou a forcé la porte du parking cette nuit, rien n'a été volé.",
    ],
)
def test_the_same_words_without_colleagues_are_no_denigrement(text: str) -> None:
    assert "denigrement" not in rules_alone(text)


def test_thanks_that_turn_into_a_judgement_are_denigrement() -> None:
    text = (
        "Merci @marque pour cette machine 🙏 Franchement, certains confrères prélèvent comme des bûcherons."
    )
    assert "denigrement" in rules_alone(text, "tiktok")


def test_a_commenter_mocked_as_a_self_made_expert_is_tone_not_denigrement() -> None:
    text = "Encore un expert en rhinoplastie qui a eu son diplôme sur TikTok. Bonne soirée mon grand."
    rules = rules_alone(text, "avis-reponse")
    assert "denigrement" not in rules
    assert "ton-inapproprie" in rules


# ton-inapproprie


@pytest.mark.parametrize(
    "text",
    [
        "Ce genre de patiente n'est jamais satisfaite, le problème c'est peut-être elle.",
        "Si tu étais venu à la réunion d'information, tu saurais que la gaine se porte un mois.",
        "J'ai déjà répondu à cette question dix fois sous la vidéo.",
        "On n'est pas à votre disposition le soir, madame.",
        "Le docteur vous rappellera quand il aura le temps.",
        "Assumez donc vos choix au lieu de dénigrer l'équipe.",
        "Vous n'avez jamais porté votre gaine, c'est écrit dans le dossier.",
        "C'est la cinquième fois que vous appelez aujourd'hui pour la même chose.",
        "Inutile de rappeler, vous ne serez pas reçue.",
    ],
)
def test_weariness_blame_and_contempt_aimed_at_a_patient_are_inappropriate(text: str) -> None:
    assert "ton-inapproprie" in rules_alone(text, "avis-reponse")


@pytest.mark.parametrize(
    "text",
    [
        "Promettre zéro cicatrice, c'est mentir aux patients.",
        "Votre rendez-vous est confirmé, inutile de rappeler le secrétariat.",
        "Ce genre de cicatrice s'estompe en un an.",
        "Si vous étiez opérée en 2020, vous pouvez demander votre dossier.",
        "J'ai répondu à vos questions en direct mardi.",
        "Nous sommes à votre disposition du lundi au vendredi.",
        "Le docteur vous rappellera demain avant midi.",
        "Nous assumons nos responsabilités et restons à votre écoute.",
        "Vous n'avez jamais eu d'anesthésie ? Dites-le au secrétariat.",
        "C'est la première fois que vous consultez ? Apportez votre carte vitale.",
    ],
)
def test_the_same_words_said_calmly_are_no_inappropriate_tone(text: str) -> None:
    assert "ton-inapproprie" not in rules_alone(text, "message")


@pytest.mark.parametrize(
    "text",
    [
        "Vous avez oublié de préciser que vous n'êtes jamais venue au contrôle.",
        "Avant de noter, un peu d'honnêteté ne ferait pas de mal.",
        "Un commentaire pareil ne mérite même pas de réponse.",
        "Nous laisserons nos lecteurs juger de votre sincérité.",
        "Votre « avis » est un tissu d'inventions.",
        "Allez donc raconter vos histoires ailleurs.",
        "Personne ne vous oblige à rester moche 😘",
        "Ah, la fameuse cliente qui voulait un nez de poupée !",
        "On ne peut pas sauver les patients d'eux-mêmes.",
        "Elle pleure maintenant sur Instagram après avoir tout refusé.",
    ],
)
def test_a_reviewer_or_patient_scorned_in_public_is_inappropriate(text: str) -> None:
    assert "ton-inapproprie" in rules_alone(text, "avis-reponse")


@pytest.mark.parametrize(
    "text",
    [
        "Si vous avez oublié de préciser un traitement, appelez-nous.",
        "Un peu de repos ne ferait pas de mal après l'opération.",
        "Votre question mérite une réponse détaillée : la voici.",
        "Nous laissons nos patients choisir la date de l'intervention.",
        "Votre avis nous aide à progresser, merci.",
        "Allez écrire vos questions sur la fiche d'accueil.",
        "La fameuse technique de Mustardé a soixante ans.",
        "Le dépistage permet de sauver les gens d'un cancer évolué.",
        "Bonne soirée à tous !",
    ],
)
def test_the_same_words_said_kindly_are_no_inappropriate_tone(text: str) -> None:
    assert "ton-inapproprie" not in rules_alone(text, "avis-reponse")
