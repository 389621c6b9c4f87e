"""A spaCy lemmatizer table read in one dict copy (used by ``vitrine.language``)."""

from __future__ import annotations

from typing import Any

from spacy.strings import get_string_id


class LemmaTable(dict[int, Any]):
    """A lemmatizer table keyed by string hash, as spaCy's ``Table`` is, filled in one dict copy.

    ``Lookups.from_disk`` inserts the French tables' 217,000 entries one Python call at a time
    (hash, ``OrderedDict`` insertion, Bloom filter): about 0.7 s per process, twice the time of
    reading them. The lemmatizer only reads its tables with ``get``, ``[]`` and ``in``, which
    hash string keys here as ``Table`` does (ADR 0018).
    """

    def get(self, key: str | int, default: Any = None) -> Any:
        return dict.get(self, get_string_id(key), default)

    def __getitem__(self, key: str | int) -> Any:
        return dict.__getitem__(self, get_string_id(key))

    def __setitem__(self, key: str | int, value: Any) -> None:
        dict.__setitem__(self, get_string_id(key), value)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str | int) and dict.__contains__(self, get_string_id(key))
