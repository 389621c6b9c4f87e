"""anonymize(): placeholders, masks and consistent pseudonyms; the mapping stays in memory."""

from __future__ import annotations

import pytest

from vitrine.privacy import anonymize, find

TEXT = (
    "Bonjour, je suis Marie Durand, née le 12/03/1985. Mon portable : 06 12 34 56 78, "
    "mon e-mail marie.durand@gmail.com. Mme Durand rappellera le cabinet au 04 78 00 00 00."
)


def test_placeholders_replace_each_entity_with_its_type() -> None:
    result = anonymize(TEXT, allow=["04 78 00 00 00"])
    assert result.text == (
        "Bonjour, je suis <PERSONNE>, née le <DATE_DE_NAISSANCE>. Mon portable : <TÉLÉPHONE>, "
        "mon e-mail <EMAIL>. <PERSONNE> rappellera le cabinet au 04 78 00 00 00."
    )
    assert [e.type for e in result.entities] == [
        "PERSON",
        "DATE_OF_BIRTH",
        "PHONE_NUMBER",
        "EMAIL_ADDRESS",
        "PERSON",
    ]
    assert result.mapping == {}


def test_masking_keeps_the_length_and_hides_every_character() -> None:
    result = anonymize("Appelez Mme Lefèvre au 06 12 34 56 78.", strategy="mask")
    assert len(result.text) == len("Appelez Mme Lefèvre au 06 12 34 56 78.")
    assert "Lefèvre" not in result.text and "06 12" not in result.text
    assert result.text.startswith("Appelez ") and "**************" in result.text


def test_pseudonyms_are_consistent_within_a_document_and_hide_the_originals() -> None:
    text = "Marie Durand a appelé. Marie Durand rappellera au 06 12 34 56 78 ou au 06 12 34 56 78."
    result = anonymize(text, strategy="pseudonym", return_mapping=True)
    assert "Durand" not in result.text and "06 12 34 56 78" not in result.text
    fake_name = result.mapping["Marie Durand"]
    fake_phone = result.mapping["06 12 34 56 78"]
    assert result.text.count(fake_name) == 2
    assert result.text.count(fake_phone) == 2


def test_a_surname_keeps_its_pseudonym_when_the_person_is_named_again_with_a_title() -> None:
    result = anonymize(
        "Marie Durand est venue. Mme Durand reviendra.", strategy="pseudonym", return_mapping=True
    )
    # Faker's surnames can hold several words (« De Oliveira »): drop only the fake first name.
    fake_surname = result.mapping["Marie Durand"].split(" ", 1)[1]
    assert result.mapping["Mme Durand"] == f"Mme {fake_surname}"


def test_the_mapping_is_not_returned_unless_asked_for() -> None:
    assert anonymize("Marie Durand a appelé.", strategy="pseudonym").mapping == {}


def test_a_text_without_identifying_data_is_returned_unchanged() -> None:
    text = "Le Dr Martin consulte le mardi à la clinique Saint-Jean, près de la gare."
    assert anonymize(text).text == text


def test_precomputed_entities_are_reused() -> None:
    text = "Appelez Mme Lefèvre."
    assert anonymize(text, entities=find(text)).text == "Appelez <PERSONNE>."


def test_an_unknown_strategy_is_refused_in_french() -> None:
    with pytest.raises(ValueError, match="stratégie inconnue « hash »"):
        anonymize("Mme Lefèvre", strategy="hash")
