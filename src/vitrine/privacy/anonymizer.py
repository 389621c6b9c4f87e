"""``anonymize``: replace what ``find`` detects, with Presidio's anonymizer.

Strategies: ``placeholder`` (``<PERSONNE>``…), ``mask`` (every character becomes ``*``) and
``pseudonym`` (consistent fake values within one document, generated with Faker's ``fr_FR``
locale). The pseudonym mapping stays in memory and is returned only when asked for.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from vitrine.privacy.engine import find
from vitrine.privacy.entities import PLACEHOLDERS, Anonymized, Entity

if TYPE_CHECKING:
    from faker import Faker

STRATEGIES = ("placeholder", "mask", "pseudonym")
_COURTESY = re.compile(r"^(?:M\.|Mr\.?|Mme\.?|Mlle\.?|Madame|Monsieur|Mademoiselle)$", re.IGNORECASE)


class Pseudonymizer:
    """Fake values for one document: the same original always gets the same fake value.

    Names are replaced word by word (first names by first names, surnames by surnames) so that
    « Marie Durand » and later « Mme Durand » stay the same fake person.
    """

    def __init__(self, seed: int | None = None) -> None:
        from faker import Faker

        self._faker: Faker = Faker("fr_FR")
        self._faker.seed_instance(secrets.randbits(32) if seed is None else seed)
        self.mapping: dict[str, str] = {}
        self._by_key: dict[str, str] = {}
        self._words: dict[str, str] = {}
        self._used: set[str] = set()

    def _unique(self, original: str, make: Callable[[], str]) -> str:
        for _ in range(50):
            value = make()
            if value.lower() != original.lower() and value not in self._used:
                break
        self._used.add(value)
        return value

    def _name_word(self, word: str) -> str:
        from vitrine.privacy.persons import first_name_is_female, first_names

        if _COURTESY.match(word):
            return word
        key = word.lower()
        if key not in self._words:
            if re.fullmatch(r"[A-ZÀ-Þ]\.", word):
                self._words[key] = self._unique(word, lambda: self._faker.random_uppercase_letter() + ".")
            elif key in first_names():
                female = first_name_is_female(key)
                make = self._faker.first_name_female if female else self._faker.first_name_male
                self._words[key] = self._unique(word, make)
            else:
                self._words[key] = self._unique(word, self._faker.last_name)
        return self._words[key]

    def _make(self, entity_type: str, original: str) -> str:
        faker = self._faker
        if entity_type == "PERSON":
            return " ".join(self._name_word(word) for word in original.split())
        if entity_type == "PHONE_NUMBER":
            # 06 39 98 xx xx: a range that ARCEP reserves for fiction.
            return self._unique(original, lambda: "06 39 98 " + faker.numerify("## ##"))
        if entity_type == "EMAIL_ADDRESS":
            return self._unique(original, lambda: faker.email(safe=True))
        if entity_type == "ADDRESS":
            return self._unique(original, lambda: faker.address().replace("\n", ", "))
        if entity_type == "DATE_OF_BIRTH":
            if re.search(r"\bans?\b", original):
                return self._unique(original, lambda: f"{faker.random_int(18, 80)} ans")
            if re.fullmatch(r"(?:19|20)\d{2}", original.strip()):
                return self._unique(original, lambda: str(faker.random_int(1940, 2005)))
            return self._unique(original, lambda: faker.date_of_birth(minimum_age=18).strftime("%d/%m/%Y"))
        if entity_type == "FR_NIR":
            return self._unique(original, faker.ssn)
        return self._unique(original, lambda: faker.numerify("DOS-######"))

    def __call__(self, entity_type: str, original: str) -> str:
        """The fake value for ``original`` (an entity of ``entity_type``) in this document."""
        key = f"{entity_type}:{re.sub(r'[\W_]+', '', original.lower())}"
        if key not in self._by_key:
            self._by_key[key] = self._make(entity_type, original)
        self.mapping[original] = self._by_key[key]
        return self._by_key[key]


def anonymize(
    text: str,
    strategy: str = "placeholder",
    allow: Iterable[str] = (),
    return_mapping: bool = False,
    entities: list[Entity] | None = None,
) -> Anonymized:
    """Replace every entity ``find`` reports in ``text`` according to ``strategy``.

    ``entities`` lets a caller reuse the result of an earlier ``find`` on the same text. With
    ``return_mapping=True`` and the ``pseudonym`` strategy, ``Anonymized.mapping`` holds
    ``{original: fake}``; otherwise it is empty.
    """
    if strategy not in STRATEGIES:
        raise ValueError(f"stratégie inconnue « {strategy} » (attendu : {', '.join(STRATEGIES)})")
    found = find(text, allow=allow) if entities is None else entities
    if not found:
        return Anonymized(text=text, entities=[])

    from presidio_anonymizer import AnonymizerEngine
    from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

    pseudonymizer = Pseudonymizer() if strategy == "pseudonym" else None
    operators: dict[str, OperatorConfig] = {}
    for entity_type, placeholder in PLACEHOLDERS.items():
        if strategy == "placeholder":
            operators[entity_type] = OperatorConfig("replace", {"new_value": placeholder})
        elif strategy == "mask":
            operators[entity_type] = OperatorConfig(
                "mask", {"masking_char": "*", "chars_to_mask": len(text), "from_end": False}
            )
        else:
            assert pseudonymizer is not None

            def fake(original: str, entity_type: str = entity_type) -> str:
                return pseudonymizer(entity_type, original)

            operators[entity_type] = OperatorConfig("custom", {"lambda": fake})
    results = [RecognizerResult(e.type, e.start, e.end, e.score) for e in found]
    engine_result = AnonymizerEngine().anonymize(  # type: ignore[no-untyped-call]
        text=text, analyzer_results=results, operators=operators, merge_entities_with_spaces=False
    )
    mapping = {}
    if return_mapping and pseudonymizer is not None:
        mapping = dict(pseudonymizer.mapping)
    return Anonymized(text=engine_result.text, entities=list(found), mapping=mapping)
