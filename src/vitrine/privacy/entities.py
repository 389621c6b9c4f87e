"""The public data types of the privacy guard: entity types, detected entities, anonymised text."""

from __future__ import annotations

from dataclasses import dataclass, field

#: The entity types the guard reports (a stable, public contract).
ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "FR_NIR",
    "MEDICAL_RECORD",
)

#: Placeholder written in place of each entity type by the "placeholder" strategy.
PLACEHOLDERS: dict[str, str] = {
    "PERSON": "<PERSONNE>",
    "PHONE_NUMBER": "<TÉLÉPHONE>",
    "EMAIL_ADDRESS": "<EMAIL>",
    "ADDRESS": "<ADRESSE>",
    "DATE_OF_BIRTH": "<DATE_DE_NAISSANCE>",
    "FR_NIR": "<NIR>",
    "MEDICAL_RECORD": "<DOSSIER>",
}

#: French label of each entity type, for people reading reports.
LABELS_FR: dict[str, str] = {
    "PERSON": "nom de personne",
    "PHONE_NUMBER": "numéro de téléphone",
    "EMAIL_ADDRESS": "adresse électronique",
    "ADDRESS": "adresse postale",
    "DATE_OF_BIRTH": "date de naissance ou âge",
    "FR_NIR": "numéro de sécurité sociale",
    "MEDICAL_RECORD": "numéro de dossier ou de patient",
}


@dataclass(frozen=True)
class Entity:
    """A span of text that identifies a person; ``start``/``end`` are offsets in the input."""

    type: str
    start: int
    end: int
    score: float
    text: str

    def to_dict(self) -> dict[str, object]:
        """Return the JSON-ready form ``{"type", "start", "end", "score", "text"}``."""
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 3),
            "text": self.text,
        }


@dataclass(frozen=True)
class Anonymized:
    """Anonymised text and the entities (offsets in the original text) that were replaced.

    ``mapping`` (original -> pseudonym) is filled only by ``anonymize(..., return_mapping=True)``.
    """

    text: str
    entities: list[Entity]
    mapping: dict[str, str] = field(default_factory=dict)
