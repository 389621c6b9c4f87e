"""Loader of the labelled corpus ``corpus/confidentialite/*.jsonl``.

Each line is ``{"id", "kind", "text", "allow"?}`` where ``text`` marks every labelled span inline
as ``[[TYPE:surface]]``. The loader strips the markup and computes the spans' offsets in the
plain text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from vitrine.privacy.entities import ENTITY_TYPES

MARKUP = re.compile(r"\[\[([A-Z_]+):(.*?)\]\]", re.DOTALL)


class CorpusError(ValueError):
    """A corpus line that cannot be read; the message (French) names the file, line and field."""


@dataclass(frozen=True)
class Span:
    """A labelled span in the plain text."""

    type: str
    start: int
    end: int


@dataclass(frozen=True)
class Example:
    """One corpus text, markup removed, with its labelled spans and allowed values."""

    id: str
    kind: str
    text: str
    spans: tuple[Span, ...]
    allow: tuple[str, ...]


def strip_markup(marked: str) -> tuple[str, tuple[Span, ...]]:
    """Remove ``[[TYPE:surface]]`` markup; return the plain text and the labelled spans.

    Raises ``ValueError`` on an unknown type or on leftover ``[[``/``]]``.
    """
    parts: list[str] = []
    spans: list[Span] = []
    position = 0
    length = 0
    for match in MARKUP.finditer(marked):
        before = marked[position : match.start()]
        parts.append(before)
        length += len(before)
        entity_type, surface = match.group(1), match.group(2)
        if entity_type not in ENTITY_TYPES:
            raise ValueError(f"type inconnu « {entity_type} »")
        spans.append(Span(entity_type, length, length + len(surface)))
        parts.append(surface)
        length += len(surface)
        position = match.end()
    parts.append(marked[position:])
    text = "".join(parts)
    if "[[" in text or "]]" in text:
        raise ValueError("balisage [[TYPE:texte]] mal formé")
    return text, tuple(spans)


def load(path: Path) -> list[Example]:
    """Read one JSONL split; raise ``CorpusError`` naming the file, line and field on bad input."""
    examples: list[Example] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}, ligne {number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise CorpusError(f"{where} : JSON invalide ({error.msg})") from error
            if not isinstance(record, dict):
                raise CorpusError(f"{where} : un objet JSON est attendu")
            for field in ("id", "text"):
                if not isinstance(record.get(field), str):
                    raise CorpusError(f"{where}, champ « {field} » : texte attendu")
            allow = record.get("allow", [])
            if not isinstance(allow, list) or not all(isinstance(v, str) for v in allow):
                raise CorpusError(f"{where}, champ « allow » : liste de textes attendue")
            try:
                text, spans = strip_markup(record["text"])
            except ValueError as error:
                raise CorpusError(f"{where}, champ « text » : {error}") from error
            examples.append(Example(record["id"], str(record.get("kind", "")), text, spans, tuple(allow)))
    return examples


def corpus_dir() -> Path:
    """``corpus/confidentialite`` of the source checkout this package runs from."""
    return Path(__file__).resolve().parents[3] / "corpus" / "confidentialite"


def load_split(split: str, directory: Path | None = None) -> list[Example]:
    """Load ``dev``, ``test`` or ``all`` (dev then test)."""
    directory = directory or corpus_dir()
    names = ("dev", "test") if split == "all" else (split,)
    return [example for name in names for example in load(directory / f"{name}.jsonl")]
