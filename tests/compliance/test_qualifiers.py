"""The shared qualifiers: which words around a candidate make it a hypothesis, a negation or meta."""

from __future__ import annotations

import pytest

from vitrine.compliance import check
from vitrine.compliance.nlp import analyse
from vitrine.compliance.qualifiers import is_hypothetical, is_meta, is_negated
from vitrine.compliance.textmap import fold_string


def _judged(text: str, candidate: str, *, closed_if: bool = False) -> bool:
    sentence = analyse(text)[0]
    return is_hypothetical(sentence, text.index(candidate), closed_if=closed_if)


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Si vous le souhaitez, nous garantissons le résultat.", "garantissons"),
        ("S'il le faut, nous garantissons le résultat.", "garantissons"),
        ("C'est peut-être le meilleur centre de Lyon.", "meilleur"),
        ("Nous pourrions garantir le résultat.", "garantir"),
        ("Éventuellement, une retouche gratuite est offerte.", "retouche"),
    ],
)
def test_a_real_hypothesis_before_the_candidate_makes_it_hypothetical(text: str, candidate: str) -> None:
    assert _judged(text, candidate)


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("Même si chaque cas est différent, nous garantissons le résultat.", "garantissons"),
        ("Vous repartez comme si de rien n'était, avec un résultat garanti.", "garanti"),
        ("Vous avez peut-être vu notre centre, le meilleur de Lyon.", "meilleur"),
        ("Il s'agit du meilleur centre de Lyon.", "meilleur"),
    ],
)
def test_concession_comparison_and_doubt_about_the_reader_are_not_hypotheses(
    text: str, candidate: str
) -> None:
    assert not _judged(text, candidate)


def test_a_closed_if_clause_leaves_the_main_clause_asserted_when_asked() -> None:
    text = "Si vous vous équipez, demandez l'offre de ma part."
    assert _judged(text, "demandez")
    assert not _judged(text, "demandez", closed_if=True)


@pytest.mark.parametrize(
    ("text", "candidate"),
    [
        ("C'est sans doute le meilleur centre de Lyon.", "meilleur"),
        ("C'est sans aucun doute le meilleur centre de Lyon.", "meilleur"),
    ],
)
def test_without_a_doubt_asserts_rather_than_negates(text: str, candidate: str) -> None:
    sentence = analyse(text)[0]
    start = text.index(candidate)
    assert not is_negated(sentence, start, start + len(candidate))


def test_without_still_negates_what_it_governs() -> None:
    text = "Une cicatrice sans résultat garanti."
    sentence = analyse(text)[0]
    start = text.index("résultat")
    assert is_negated(sentence, start, start + len("résultat"))


def _meta(text: str, candidate: str) -> bool:
    start = text.index(candidate)
    return is_meta(fold_string(text), text, start, start + len(candidate), 0)


def test_talking_about_a_word_is_meta_only_when_the_word_comes_after() -> None:
    assert _meta("Parlons-en : parler de « médecin morphologue » n'a pas de sens.", "médecin morphologue")
    assert not _meta(
        "Je suis le Dr Ferrand, médecin morphologue, et je vous parle de la mésothérapie.",
        "médecin morphologue",
    )


def test_a_title_used_before_announcing_a_topic_is_still_found() -> None:
    text = (
        "Je suis le Dr Hugo Ferrand, médecin morphologue et anti-âge, "
        "et aujourd'hui je vous parle de la mésothérapie."
    )
    assert "titre-non-reconnu" in {f.rule for f in check(text, channel="youtube").findings}
