"""Detection of patient-identifying data in French text, and the must-not-flag traps."""

from __future__ import annotations

import itertools

import pytest

from vitrine.privacy import find
from vitrine.privacy.engine import find_many


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


def test_a_long_text_is_analysed_in_pieces_with_offsets_into_the_whole_text() -> None:
    line = "Note : rappeler Mme Lefèvre au 06 12 34 56 78 avant le bloc.\n"
    text = line * 400  # about 24,000 characters, more than one piece
    entities = find(text)
    assert len(entities) == 800
    assert all(text[e.start : e.end] == e.text for e in entities)
    assert {e.text for e in entities} == {"Mme Lefèvre", "06 12 34 56 78"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bonjour, c'est Rachida pour le pansement.", {("PERSON", "Rachida")}),
        ("Le petit Tom, 8 ans, opéré des oreilles.", {("PERSON", "Tom"), ("DATE_OF_BIRTH", "8 ans")}),
        ("Mon père Gérard a 72 ans.", {("PERSON", "Gérard"), ("DATE_OF_BIRTH", "72 ans")}),
        ("bjr c est mme lambert pour la cicatrice", {("PERSON", "lambert")}),
        ("Bloc : 8h Garnier S. puis 10h Benoît R.", {("PERSON", "Garnier S."), ("PERSON", "Benoît R.")}),
        ("Tel: +33 (0) 6 12 34 56 78.", {("PHONE_NUMBER", "+33 (0) 6 12 34 56 78")}),
        ("Né le 3 mars 85 à Lyon.", {("DATE_OF_BIRTH", "3 mars 85")}),
        ("Votre numéro de dossier est le 2024-1234.", {("MEDICAL_RECORD", "2024-1234")}),
        ("Patient n° 45678 vu ce jour.", {("MEDICAL_RECORD", "45678")}),
        ("Je vis au 5 bis, avenue Foch, 75116 Paris.", {("ADDRESS", "5 bis, avenue Foch, 75116 Paris")}),
        ("Mme Durand (1962) viendra lundi.", {("PERSON", "Mme Durand"), ("DATE_OF_BIRTH", "1962")}),
        (
            "Patient : Jean Dupont — 47 ans — rhinoplastie",
            {("PERSON", "Jean Dupont"), ("DATE_OF_BIRTH", "47 ans")},
        ),
        ("Elle est née le 15 mars, comme sa sœur.", {("DATE_OF_BIRTH", "15 mars")}),
        ("Rappel du dossier n° 789 demain.", {("MEDICAL_RECORD", "789")}),
    ],
)
def test_it_finds_informal_and_unusual_forms(text: str, expected: set[tuple[str, str]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Je vous recommande le Docteur Marc Antoine Girard.",
        "Merci au Dr Benhamou et au Dr Cohen pour leur accueil.",
        "Selon Pitanguy et al. (1967), la classification de Baker reste utile.",
        "Le phototype de Fitzpatrick guide le choix du laser.",
        "Une patiente de 45 ans nous a demandé si le résultat était définitif.",
        "Livraison prévue le 04/06. Devis clair : 3 500 €. Bonne journée.",
        "Le cabinet est à 5 minutes de l'arrêt Quai Claude Bernard, près de la gare.",
        "Depuis 10 ans, le Pr Lantieri forme les internes à l'hôpital Henri-Mondor.",
        "Garantie de 10 ans sur les implants Motiva, selon l'ANSM.",
        "Selon Smith (2019), le dossier 100 % numérique simplifie tout.",
        "Rendez-vous le 15 mars 2025 pour la consultation.",
    ],
)
def test_it_does_not_flag_these_traps(text: str) -> None:
    assert _found(text) == set()


def test_french_typographic_spaces_and_apostrophes_do_not_hide_anything() -> None:
    text = (
        "C\u2019est Noémie, joignable au 06\u00a012\u00a034\u00a056\u00a078 "
        "ou au +33\u202f6\u202f12\u202f34\u202f56\u202f78."
    )
    found = find(text)
    assert [(e.type, e.text) for e in found] == [
        ("PERSON", "Noémie"),
        ("PHONE_NUMBER", "06\u00a012\u00a034\u00a056\u00a078"),
        ("PHONE_NUMBER", "+33\u202f6\u202f12\u202f34\u202f56\u202f78"),
    ]


def test_find_many_gives_the_same_entities_as_find_text_by_text() -> None:
    texts = [
        "Je suis Marie Durand, née le 12/03/1985.",
        "",
        "Le Dr Martin opère à la clinique Saint-Jean.",
        "Appelez le 04.78.00.00.00 ou Mme Lefèvre au 06 12 34 56 78.",
    ]
    allow = ("04 78 00 00 00",)
    assert list(find_many(texts, allow=allow)) == [find(text, allow=allow) for text in texts]


def test_a_short_name_is_not_allowed_by_a_longer_allowed_value() -> None:
    text = "Marie a écrit à contact@cabinet-marie.fr hier."
    assert _found(text, allow=("contact@cabinet-marie.fr",)) == {("PERSON", "Marie")}
    assert _found(text, allow=("Marie",)) == {("EMAIL_ADDRESS", "contact@cabinet-marie.fr")}


def test_foreign_numbers_with_a_country_code_are_found_too() -> None:
    text = "Numéro belge : +32 470 12 34 56, suisse : 0041 79 123 45 67."
    assert _found(text) == {("PHONE_NUMBER", "+32 470 12 34 56"), ("PHONE_NUMBER", "0041 79 123 45 67")}
