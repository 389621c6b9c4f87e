"""Disparagement, comparison and tone (denigrement, comparaison, ton-inapproprie) in the wordings
of the tenth blind batch, judged by the rules alone: the learned reader is left out, so these say
what the constructions do. Every wording here is our own, not the batch's."""

from __future__ import annotations

import pytest
from rules_alone import rules_alone

# denigrement


def test_work_likened_to_a_beginners_disparages_the_hospital_named_before() -> None:
    text = (
        "Belle campagne de l'hôpital Sainte-Marthe sur la chirurgie du sein. Hélas, en pratique, leurs "
        "opérées repartent avec des sutures dignes d'un étudiant de deuxième année."
    )
    assert "denigrement" in rules_alone(text, "linkedin")


def test_dignified_in_its_proper_sense_is_no_disparagement() -> None:
    text = "Une prise en charge digne et respectueuse : c'est ce que chaque patiente mérite."
    assert "denigrement" not in rules_alone(text, "site")


def test_what_we_do_that_is_not_the_case_everywhere_insinuates_about_the_others() -> None:
    text = "Chez nous, le chirurgien vous rappelle le soir de l'opération, ce qui n'est pas le cas partout 😉"
    assert "denigrement" in rules_alone(text, "facebook")


def test_a_fact_about_the_body_not_the_case_everywhere_insinuates_nothing() -> None:
    text = "La peau du visage cicatrise vite, mais ce n'est pas le cas partout : le dos reste plus lent."
    assert "denigrement" not in rules_alone(text, "instagram")


def test_scare_quotes_on_what_others_publish_mock_their_claims() -> None:
    text = "Les « cicatrices invisibles » vantées par la clinique du port me laissent songeur."
    assert "denigrement" in rules_alone(text, "instagram")


def test_an_advert_quoted_with_its_figure_to_explain_the_rule_is_no_disparagement() -> None:
    text = (
        "Les soldes sont là, avec les « -30 % sur les lèvres » affichés par certains instituts. "
        "Rappel : un acte médical ne fait l'objet d'aucune promotion commerciale."
    )
    assert "denigrement" not in rules_alone(text, "x")


# comparaison


def test_their_delay_then_ours_is_a_comparison_even_after_a_study_is_cited() -> None:
    text = (
        "Rapport publié hier sur l'accès aux soins : 5 mois d'attente en moyenne à l'hôpital du "
        "département.\nChez nous, c'est 10 jours."
    )
    assert "comparaison" in rules_alone(text, "bluesky")


def test_their_patients_wait_then_ours_is_a_comparison() -> None:
    text = (
        "Les cliniques du centre affichent de beaux locaux. Mais leurs patientes attendent 4 mois "
        "pour un rendez-vous. Ici : 2 semaines."
    )
    assert "comparaison" in rules_alone(text, "instagram")


def test_two_of_our_own_figures_in_a_row_compare_nothing() -> None:
    text = "Consultation de contrôle à 8 jours. Chez nous, la suivante est à 3 mois."
    assert "comparaison" not in rules_alone(text, "site")


def test_other_accounts_are_not_other_doctors() -> None:
    text = (
        "On me demande pourquoi je ne publie aucune photo de résultat alors que d'autres comptes en "
        "publient tous les jours : la déontologie l'encadre."
    )
    assert "comparaison" not in rules_alone(text, "instagram")


def test_other_practices_doing_otherwise_is_a_comparison() -> None:
    text = "Nous prenons une heure par consultation, alors que d'autres cabinets expédient en dix minutes."
    assert "comparaison" in rules_alone(text, "instagram")


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
    assert "ton-inapproprie" in rules_alone(text, channel)


def test_an_invitation_in_the_present_is_no_blame() -> None:
    text = "Les curieux n'ont qu'à passer à notre journée portes ouvertes samedi."
    assert "ton-inapproprie" not in rules_alone(text, "facebook")


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
    assert "ton-inapproprie" in rules_alone(text, channel)


@pytest.mark.parametrize(
    "text",
    [
        "Ce livre s'adresse aux élèves de niveau lycée qui rêvent de médecine.",
        "Nous n'avons pas encore ouvert les inscriptions au congrès.",
    ],
)
def test_levels_and_opening_in_their_ordinary_sense_are_not_contempt(text: str) -> None:
    assert "ton-inapproprie" not in rules_alone(text, "linkedin")


def test_mockery_right_after_an_insult_of_clinics_is_disparagement_not_tone() -> None:
    text = "Trois fois moins cher là-bas ? Vu le massacre 🙄 Ici, on vous opère en prenant le temps."
    found = rules_alone(text, "x")
    assert "denigrement" in found
    assert "ton-inapproprie" not in found


# b10b phase: disparagement


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Mon voisin a fait ses couronnes à l'étranger… des charcutiers, franchement.", "tiktok"),
        ("Les centres dentaires du boulevard, c'est des voleurs en blouse.", "x"),
        ("Ce cabinet d'en face n'a que ça à faire, vu son agenda vide.", "avis-reponse"),
        ("Allez pas chez le Dr Lenoir, il a encore raté une paupière la semaine dernière.", "message"),
        ("Les kinés qui te font faire des élastiques pendant un an pour rien 🤡", "tiktok"),
        ("Fuyez ces établissements vétustes où l'on opère encore comme en 1990.", "linkedin"),
    ],
)
def test_insults_greed_decay_idleness_and_failures_of_others_disparage(text: str, channel: str) -> None:
    assert "denigrement" in rules_alone(text, channel)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Un internaute écrit que je suis un escroc : je lui réponds en message privé.", "facebook"),
        ("Sur les implants low-cost, le Dr Garnier reste mesuré : il ne juge personne.", "presse"),
        ("Nos délais dépassent rarement trois semaines, comme ceux des autres centres.", "site"),
    ],
)
def test_name_calling_reported_a_descriptor_and_a_verb_are_not_disparagement(text: str, channel: str) -> None:
    assert "denigrement" not in rules_alone(text, channel)


# b10b phase: comparison


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Une équipe soudée, pas une de ces cliniques géantes où personne ne connaît votre nom.", "linkedin"),
        ("On fait pas des injections à la va-vite comme certains cabinets du centre.", "x"),
        ("N'allez pas chez le Dr Roussel, venez chez nous, c'est bien mieux suivi.", "message"),
    ],
)
def test_us_against_a_kind_of_others_is_a_comparison(text: str, channel: str) -> None:
    assert "comparaison" in rules_alone(text, channel)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Je ne pratique pas encore cette technique, comme beaucoup de confrères prudents.", "linkedin"),
        ("La clinique concurrente du quartier ouvre un service d'urgences la semaine prochaine.", "presse"),
        ("Notre centre partenaire d'Istanbul applique les mêmes protocoles d'hygiène.", "site"),
    ],
)
def test_agreement_a_rival_named_and_our_own_partner_compare_nothing(text: str, channel: str) -> None:
    assert "comparaison" not in rules_alone(text, channel)


def test_repairing_their_damage_is_disparagement_not_a_comparison() -> None:
    text = "Vous avez vu ces usines à nez de l'étranger ? Nous, on répare leurs dégâts chaque semaine."
    found = rules_alone(text, "instagram")
    assert "denigrement" in found
    assert "comparaison" not in found


# b10b phase: tone


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Vous n'avez jamais été reçue ici, Monsieur. Cessez vos faux commentaires.", "avis-reponse"),
        ("Vous n'avez respecté aucune consigne : ne mettez pas la faute sur l'équipe.", "avis-reponse"),
        ("Apprenez le respect avant de laisser une étoile.", "avis-reponse"),
        ("Quand on oublie son rendez-vous, on ne vient pas râler sur Google.", "facebook"),
    ],
)
def test_accusing_blaming_and_lecturing_a_reviewer_is_inappropriate(text: str, channel: str) -> None:
    assert "ton-inapproprie" in rules_alone(text, channel)


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Il reste un créneau jeudi à 10 h. Je vous bloque la place ?", "message"),
        ("Méfiez-vous des faux avis achetés en ligne : ils faussent votre choix.", "site"),
        ("Ce n'est pas pour rien que la HAS recommande un contrôle à un an.", "site"),
        ("Un avis laissé par le cabinet voisin, qui n'a que ça à faire.", "avis-reponse"),
    ],
)
def test_booking_warnings_and_a_rivals_idleness_are_not_tone(text: str, channel: str) -> None:
    assert "ton-inapproprie" not in rules_alone(text, channel)


def test_a_failure_told_with_an_adverb_disparages_the_named_doctor() -> None:
    assert "denigrement" in rules_alone("Le Dr Vasseur a complètement raté le nez de ma voisine.", "facebook")


def test_a_failure_denied_is_no_disparagement() -> None:
    text = "Le chirurgien n'a pas raté son coup : la patiente est ravie."
    assert "denigrement" not in rules_alone(text, "facebook")


def test_a_conditional_offer_of_help_is_no_blame() -> None:
    assert "ton-inapproprie" not in rules_alone("Vous n'auriez qu'à nous appeler en cas de doute.", "message")
