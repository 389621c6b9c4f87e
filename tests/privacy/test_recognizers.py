"""Unit checks of the French recognisers' validators, without the NLP pipeline."""

from __future__ import annotations

from vitrine.privacy.recognizers import nir_key_is_valid


def _with_key(body: str) -> str:
    number = int(body.replace("2A", "19").replace("2B", "18"))
    return body + f"{97 - number % 97:02d}"


def test_a_nir_with_its_control_key_is_valid() -> None:
    assert nir_key_is_valid(_with_key("2850369123456"))


def test_a_nir_with_a_wrong_key_is_not_valid() -> None:
    valid = _with_key("2850369123456")
    wrong = valid[:13] + f"{(int(valid[13:]) % 97) + 1:02d}"
    assert not nir_key_is_valid(wrong)


def test_corsican_departments_2a_and_2b_count_as_19_and_18() -> None:
    assert nir_key_is_valid(_with_key("18503" + "2A" + "123456"))
    assert nir_key_is_valid(_with_key("18503" + "2B" + "123456"))
    # The key of 2A computed as if it were 2B must fail.
    key_2b = _with_key("185032B123456")[13:]
    assert not nir_key_is_valid("185032A123456" + key_2b)


def test_a_nir_of_the_wrong_length_is_not_valid() -> None:
    assert not nir_key_is_valid("28503691234")


def test_the_first_name_list_read_directly_is_gender_guessers_own() -> None:
    from gender_guesser.detector import Detector

    from vitrine.privacy.persons import _listed_names

    assert _listed_names() == set(Detector(case_sensitive=False).names)
