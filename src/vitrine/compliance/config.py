"""Per-practice configuration: ``vitrine.toml`` or ``[tool.vitrine]`` in ``pyproject.toml``.

Keys (all optional)::

    channel = "instagram"                    # default channel
    disable = ["sources-absentes"]           # rule ids or aliases never reported
    forbidden_terms = ["lifting express"]    # extra terms, reported as ``terme-interdit``
    allowed_terms = ["Silhouette Parfaite®", "04 78 00 00 00"]  # trademarks, own contact details
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vitrine.compliance.model import CHANNELS

CONFIG_FILENAMES: tuple[str, ...] = ("vitrine.toml", "pyproject.toml")


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message is French and names the file and key."""


@dataclass(frozen=True)
class Config:
    """Settings of one practice for the compliance checker."""

    channel: str = "autre"
    disable: frozenset[str] = frozenset()
    forbidden_terms: tuple[str, ...] = ()
    allowed_terms: tuple[str, ...] = ()
    source: str = ""


def _string_list(table: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where} : la clé « {key} » doit être une liste de chaînes")
    return tuple(v.strip() for v in value if v.strip())


def config_from_table(table: dict[str, Any], where: str = "configuration") -> Config:
    """Validate a parsed TOML table and build a :class:`Config`."""
    from vitrine.compliance.registry import resolve_rule_id

    known = {"channel", "disable", "forbidden_terms", "allowed_terms"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise ConfigError(
            f"{where} : clé inconnue « {unknown[0]} » (clés possibles : {', '.join(sorted(known))})"
        )
    channel = table.get("channel", "autre")
    if channel not in CHANNELS:
        raise ConfigError(f"{where} : canal inconnu « {channel} » (canaux : {', '.join(CHANNELS)})")
    disabled = set()
    for name in _string_list(table, "disable", where):
        rule_id = resolve_rule_id(name)
        if rule_id is None:
            raise ConfigError(f"{where} : règle inconnue « {name} » dans « disable »")
        disabled.add(rule_id)
    return Config(
        channel=channel,
        disable=frozenset(disabled),
        forbidden_terms=_string_list(table, "forbidden_terms", where),
        allowed_terms=_string_list(table, "allowed_terms", where),
        source=where,
    )


def load_config(path: str | Path | None = None, start: str | Path = ".") -> Config:
    """Read ``path``, or look for ``vitrine.toml`` / ``pyproject.toml`` from ``start`` upwards.

    Returns the default configuration when nothing is found.
    """
    if path is not None:
        candidates = [Path(path)]
    else:
        candidates = []
        for directory in (Path(start).resolve(), *Path(start).resolve().parents):
            candidates.extend(directory / name for name in CONFIG_FILENAMES)
    for candidate in candidates:
        if not candidate.is_file():
            if path is not None:
                raise ConfigError(f"{candidate} : fichier de configuration introuvable")
            continue
        try:
            data = tomllib.loads(candidate.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{candidate} : TOML invalide ({error})") from error
        if candidate.name == "pyproject.toml":
            table = data.get("tool", {}).get("vitrine")
            if table is None:
                if path is not None:
                    raise ConfigError(f"{candidate} : pas de section [tool.vitrine]")
                continue
            return config_from_table(table, f"{candidate} [tool.vitrine]")
        return config_from_table(data, str(candidate))
    return Config()
