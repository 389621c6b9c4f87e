"""Detection of patient-identifying data in French text, and the must-not-flag traps."""

from __future__ import annotations

import itertools

import pytest

from vitrine.privacy import find


def _found(text: str, allow: tuple[str, ...] = ()) -> set[tuple[str, str]]:
    return {(entity.type, entity.text) for entity in find(text, allow=allow)}


def test_it_finds_a_patient_name_birth_date_address_phone_and_email() -> None:
    text = (
        "Bonjour, je suis Marie Durand, née le 12/03/1985, j'habite 12 rue de la République, "
        "69002 Lyon. Mon tel 06.12.34.56.78, marie.durand@gmail.com"
    )
    assert _found(text) == {
        ("PERSON", "Marie Durand"),
        ("DATE_OF_BIRTH", "12/03/1985"),
        ("ADDRESS", "12 rue de la République, 69002 Lyon"),
        ("PHONE_NUMBER", "06.12.34.56.78"),
        ("EMAIL_ADDRESS", "marie.durand@gmail.com"),
    }


def test_entities_are_sorted_by_start_with_offsets_into_the_text() -> None:
    text = "Mme Lefèvre, 47 ans, joignable au 06 12 34 56 78."
    entities = find(text)
    assert [e.start for e in entities] == sorted(e.start for e in entities)
    assert all(text[e.start : e.end] == e.text for e in entities)
    assert all(a.end <= b.start for a, b in itertools.pairwise(entities))
    assert {e.type for e in entities} == {"PERSON", "DATE_OF_BIRTH", "PHONE_NUMBER"}


@pytest.mark.parametrize(
    "phone",
    [
        "06 12 34 56 78",
        "06.12.34.56.78",
        "06-12-34-56-78",
        "0612345678",
        "+33 6 12 34 56 78",
        "0033 6 12 34 56 78",
    ],
)
def test_it_finds_french_phone_numbers_in_every_usual_format(phone: str) -> None:
    assert ("PHONE_NUMBER", phone) in _found(f"Vous pouvez me rappeler au {phone} demain.")


def test_it_finds_a_nir_only_when_its_key_is_valid() -> None:
    assert _found("Mon numéro de sécu : 2 85 03 69 123 456 56.") == {("FR_NIR", "2 85 03 69 123 456 56")}
    assert not any(t == "FR_NIR" for t, _ in _found("Mon numéro de sécu : 2 85 03 69 123 456 57."))


def test_it_finds_record_and_ipp_numbers() -> None:
    assert _found("Mon dossier n° 2024-1234, IPP 123456.") == {
        ("MEDICAL_RECORD", "2024-1234"),
        ("MEDICAL_RECORD", "123456"),
    }


def test_it_does_not_flag_practitioners_authors_or_eponyms() -> None:
    text = (
        "Le Dr Martin et le Professeur Dupont ont opéré. Selon Smith et al., la maladie de Parkinson, "
        "la maladie de Dupuytren, la technique de Pitanguy, le lambeau de Taylor."
    )
    assert _found(text) == set()


def test_it_does_not_flag_brands_institutions_or_places() -> None:
    text = "J'ai eu du Botox à la clinique Saint-Jean, selon la HAS et l'ANSM, près de la gare."
    assert _found(text) == set()


def test_it_does_not_flag_appointment_or_surgery_dates() -> None:
    assert _found("Rendez-vous le 12/03/2025 pour l'opération du 15 avril 2025.") == set()


def test_it_does_not_flag_allowed_contact_details() -> None:
    assert _found("Appelez le cabinet au 04.78.00.00.00.", allow=("04 78 00 00 00",)) == set()
