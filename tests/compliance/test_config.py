"""Reading ``vitrine.toml`` and ``[tool.vitrine]``."""

from __future__ import annotations

from pathlib import Path

import pytest

from vitrine.compliance import ConfigError, load_config


def test_it_reads_vitrine_toml_and_resolves_rule_aliases(tmp_path: Path) -> None:
    (tmp_path / "vitrine.toml").write_text(
        'channel = "site"\ndisable = ["superlative"]\nforbidden_terms = ["lifting express"]\n'
        'allowed_terms = ["04 78 00 00 00"]\n',
        encoding="utf-8",
    )
    config = load_config(start=tmp_path)
    assert config.channel == "site"
    assert config.disable == frozenset({"superlatif"})
    assert config.forbidden_terms == ("lifting express",)
    assert config.allowed_terms == ("04 78 00 00 00",)


def test_it_reads_the_tool_vitrine_table_of_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.vitrine]\nchannel = "linkedin"\n', encoding="utf-8")
    nested = tmp_path / "contenus"
    nested.mkdir()
    assert load_config(start=nested).channel == "linkedin"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('channel = "myspace"', "canal inconnu"),
        ('disable = ["pas-une-regle"]', "règle inconnue"),
        ("couleur = 1", "clé inconnue"),
        ("disable = 3", "liste de chaînes"),
        ("channel = ", "TOML invalide"),
    ],
)
def test_a_bad_configuration_gets_a_french_error_naming_the_file(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "vitrine.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message) as error:
        load_config(path)
    assert str(path) in str(error.value)
