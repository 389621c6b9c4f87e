"""Privacy guard: find and mask patient-identifying data in French text and in photos.

``find`` and ``anonymize`` load Presidio and spaCy on first use only, so importing this package
is cheap.
"""

from __future__ import annotations

from vitrine.privacy.anonymizer import STRATEGIES, anonymize
from vitrine.privacy.engine import find, find_many
from vitrine.privacy.entities import ENTITY_TYPES, PLACEHOLDERS, Anonymized, Entity

__all__ = [
    "ENTITY_TYPES",
    "PLACEHOLDERS",
    "STRATEGIES",
    "Anonymized",
    "Entity",
    "anonymize",
    "find",
    "find_many",
]
