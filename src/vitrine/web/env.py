"""Typed readers for settings taken from environment variables.

A wrong value stops start-up with a message that names the variable. Secrets may be given
through ``NAME_FILE`` (a path whose content is the value), so they never sit in the
environment of every process or in shell history.
"""

from __future__ import annotations

import os
from pathlib import Path


class ConfigurationError(Exception):
    """A setting read from the environment is invalid."""


_TRUE = {"1", "true", "yes", "on", "oui", "vrai"}
_FALSE = {"0", "false", "no", "off", "non", "faux"}


def env_str(name: str, default: str = "") -> str:
    """Return ``name`` from the environment, or from the file named by ``name_FILE``."""
    file_name = os.environ.get(f"{name}_FILE")
    if file_name:
        try:
            return Path(file_name).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise ConfigurationError(
                f"{name}_FILE : impossible de lire {file_name} ({exc.strerror})"
            ) from exc
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    """Return a boolean variable; accepts 1/0, true/false, yes/no, on/off, oui/non."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ConfigurationError(f"{name} : valeur booléenne attendue (true/false), reçu {raw!r}")


def env_int(name: str, default: int, minimum: int | None = None) -> int:
    """Return an integer variable, optionally bounded below."""
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigurationError(f"{name} : nombre entier attendu, reçu {raw!r}") from None
    if minimum is not None and value < minimum:
        raise ConfigurationError(f"{name} : doit être au moins {minimum}, reçu {value}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    """Return a comma-separated list variable, blanks removed."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_choice(name: str, default: str, choices: tuple[str, ...]) -> str:
    """Return a variable restricted to ``choices``."""
    value = os.environ.get(name) or default
    if value not in choices:
        raise ConfigurationError(f"{name} : valeur parmi {', '.join(choices)} attendue, reçu {value!r}")
    return value
