"""Disparagement, comparison and tone (denigrement, comparaison, ton-inapproprie) in the wordings
of the tenth blind batch, judged by the rules alone: the learned reader is left out, so these say
what the constructions do. Every wording here is our own, not the batch's."""

from __future__ import annotations

import pytest

from vitrine.compliance import check


def _rules(text: str, channel: str = "instagram") -> set[str]:
    return {f.rule for f in check(text, channel=channel, learned=False).findings}


# denigrement


def test_work_likened_to_a_beginners_disparages_the_hospital_named_before() -> None:
    text = (
        "Belle campagne de l'hôpital Sainte-Marthe sur la chirurgie du sein. Hélas, en pratique, leurs "
        "opérées repartent avec des sutures dignes d'un étudiant de deuxième année."
    )
    assert "denigrement" in _rules(text, "linkedin")


def test_dignified_in_its_proper_sense_is_no_disparagement() -> None:
    text = "Une prise en charge digne et respectueuse : c'est ce que chaque patiente mérite."
    assert "denigrement" not in _rules(text, "site")


def test_what_we_do_that_is_not_the_case_everywhere_insinuates_about_the_others() -> None:
    text = "Chez nous, le chirurgien vous rappelle le soir de l'opération, ce qui n'est pas le cas partout 😉"
    assert "denigrement" in _rules(text, "facebook")


def test_a_fact_about_the_body_not_the_case_everywhere_insinuates_nothing() -> None:
    text = "La peau du visage cicatrise vite, mais ce n'est pas le cas partout : le dos reste plus lent."
    assert "denigrement" not in _rules(text, "instagram")


def test_scare_quotes_on_what_others_publish_mock_their_claims() -> None:
    text = "Les « cicatrices invisibles » vantées par la clinique du port me laissent songeur."
    assert "denigrement" in _rules(text, "instagram")


def test_an_advert_quoted_with_its_figure_to_explain_the_rule_is_no_disparagement() -> None:
    text = (
        "Les soldes sont là, avec les « -30 % sur les lèvres » affichés par certains instituts. "
        "Rappel : un acte médical ne fait l'objet d'aucune promotion commerciale."
    )
    assert "denigrement" not in _rules(text, "x")


# comparaison


def test_their_delay_then_ours_is_a_comparison_even_after_a_study_is_cited() -> None:
    text = (
        "Rapport publié hier sur l'accès aux soins : 5 mois d'attente en moyenne à l'hôpital du "
        "département.\nChez nous, c'est 10 jours."
    )
    assert "comparaison" in _rules(text, "bluesky")


def test_their_patients_wait_then_ours_is_a_comparison() -> None:
    text = (
        "Les cliniques du centre affichent de beaux locaux. Mais leurs patientes attendent 4 mois "
        "pour un rendez-vous. Ici : 2 semaines."
    )
    assert "comparaison" in _rules(text, "instagram")


def test_two_of_our_own_figures_in_a_row_compare_nothing() -> None:
    text = "Consultation de contrôle à 8 jours. Chez nous, la suivante est à 3 mois."
    assert "comparaison" not in _rules(text, "site")


def test_other_accounts_are_not_other_doctors() -> None:
    text = (
        "On me demande pourquoi je ne publie aucune photo de résultat alors que d'autres comptes en "
        "publient tous les jours : la déontologie l'encadre."
    )
    assert "comparaison" not in _rules(text, "instagram")


def test_other_practices_doing_otherwise_is_a_comparison() -> None:
    text = "Nous prenons une heure par consultation, alors que d'autres cabinets expédient en dix minutes."
    assert "comparaison" in _rules(text, "instagram")


# ton-inapproprie


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Il n'avait qu'à garder son bandage, comme on le lui avait répété.", "facebook"),
        ("Vous n'aviez qu'à lire la fiche de consignes avant de vous plaindre.", "avis-reponse"),
        ("Dis-lui qu'il n'a qu'à aller se faire soigner ailleurs s'il n'est pas content.", "autre"),
    ],
)
def test_blame_after_the_fact_and_sending_a_patient_elsewhere_are_inappropriate(
    text: str, channel: str
) -> None:
    assert "ton-inapproprie" in _rules(text, channel)


def test_an_invitation_in_the_present_is_no_blame() -> None:
    text = "Les curieux n'ont qu'à passer à notre journée portes ouvertes samedi."
    assert "ton-inapproprie" not in _rules(text, "facebook")


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Le journaliste n'a visiblement jamais ouvert un livre d'anatomie. Un reportage bâclé.", "x"),
        ("Votre analyse, niveau primaire, ne mérite pas de réponse.", "avis-reponse"),
        ("Réponds au relou qui a mis une étoile.", "autre"),
        ("Épargnez-nous vos sermons, Monsieur.", "avis-reponse"),
    ],
)
def test_contempt_for_a_journalist_or_a_reviewer_is_inappropriate(text: str, channel: str) -> None:
    assert "ton-inapproprie" in _rules(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        "Ce livre s'adresse aux élèves de niveau lycée qui rêvent de médecine.",
        "Nous n'avons pas encore ouvert les inscriptions au congrès.",
    ],
)
def test_levels_and_opening_in_their_ordinary_sense_are_not_contempt(text: str) -> None:
    assert "ton-inapproprie" not in _rules(text, "linkedin")


def test_mockery_right_after_an_insult_of_clinics_is_disparagement_not_tone() -> None:
    text = "Trois fois moins cher là-bas ? Vu le massacre 🙄 Ici, on vous opère en prenant le temps."
    found = _rules(text, "x")
    assert "denigrement" in found
    assert "ton-inapproprie" not in found
