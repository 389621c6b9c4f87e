"""The regex cache gives back exactly what ``re.compile`` gives, and never trusts a bad file."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from vitrine import regex_cache
from vitrine.compliance import check, prefilter
from vitrine.compliance.textmap import fold_string
from vitrine.regex_cache import Cache

DEV = Path(__file__).parents[2] / "corpus" / "conformite" / "dev.jsonl"

SAMPLE = [
    (r"\b(?:garanti|promo)\w*", 0),
    (r"(?P<marker>meilleur)s? (?:chirurgien|cabinet)", 0),
    (r"resultat", re.IGNORECASE),
]


def _written(path: Path, sources: list[tuple[str, int]]) -> Cache:
    cache = Cache(path)
    for source, flags in sources:
        cache.compile(source, flags)
    cache.save()
    return cache


@pytest.fixture(scope="module")
def rule_sources() -> list[tuple[str, int]]:
    """The ``(source, flags)`` of every expression the rules compile."""
    check("Résultat garanti, le meilleur chirurgien ! -20 % avant/après", channel="instagram")
    sources = regex_cache.shared().compiled()
    assert len(sources) > 900  # every rule module was loaded
    return sources


def test_every_rule_expression_read_back_from_the_file_is_the_pattern_re_compiles(
    tmp_path: Path, rule_sources: list[tuple[str, int]]
) -> None:
    path = tmp_path / "regex.bin"
    assert _written(path, rule_sources).misses == len(rule_sources)

    loaded = Cache(path)
    for source, flags in rule_sources:
        pattern, expected = loaded.compile(source, flags), re.compile(source, flags)
        # Pattern equality compares the flags, the source and the compiled code.
        assert pattern == expected
        assert (pattern.groups, pattern.groupindex) == (expected.groups, expected.groupindex)
    assert loaded.misses == 0


def test_patterns_read_back_from_the_file_find_the_same_matches_in_dev_texts(
    tmp_path: Path, rule_sources: list[tuple[str, int]]
) -> None:
    path = tmp_path / "regex.bin"
    _written(path, rule_sources)
    loaded = Cache(path)
    lines = DEV.read_text(encoding="utf-8").splitlines()[::20]
    texts = [fold_string(json.loads(line)["text"]) for line in lines]
    matched = 0
    for source, flags in rule_sources:
        pattern, expected = loaded.compile(source, flags), re.compile(source, flags)
        for text in texts:
            spans = [m.span() for m in pattern.finditer(text)]
            assert spans == [m.span() for m in expected.finditer(text)], source[:60]
            matched += bool(spans)
    assert matched > 500


def test_the_prefilter_readings_come_back_from_the_file_unchanged(
    tmp_path: Path, rule_sources: list[tuple[str, int]]
) -> None:
    patterns = [re.compile(source, flags) for source, flags in rule_sources]
    readers = {
        "literals": prefilter.required_literals,
        "branches": prefilter.branches_of,
        prefilter.STARTS: prefilter.scan_starts,
    }
    cache = Cache(tmp_path / "regex.bin")
    for pattern in patterns:
        for kind, read in readers.items():
            cache.reading(kind, pattern, read)
    cache.save()

    def unread(pattern: re.Pattern[str]) -> object:
        raise AssertionError(f"read again: {pattern.pattern[:40]}")

    loaded = Cache(tmp_path / "regex.bin")
    for pattern in patterns:
        for kind, read in readers.items():
            assert loaded.reading(kind, pattern, unread) == read(pattern)


def test_a_value_derived_from_a_long_source_comes_back_from_the_file_for_that_source_only(
    tmp_path: Path,
) -> None:
    source = "(?i)(?:" + "|".join(f"mot{n}" for n in range(20_000)) + ")"
    cache = Cache(tmp_path / "regex.bin")
    assert cache.derived("longueur", source, len) == len(source)
    cache.save()

    def unread(text: str) -> int:
        raise AssertionError("derived again")

    loaded = Cache(tmp_path / "regex.bin")
    assert loaded.derived("longueur", source, unread) == len(source)
    assert loaded.derived("longueur", source + "x", len) == len(source) + 1  # another source
    assert loaded.derived("autre", source, lambda text: -1) == -1  # another kind


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"not a cache file",
        lambda data: data[: len(data) // 2],  # cut short by a full disk
        lambda data: data[:-40] + bytes(40),  # altered: the digest no longer matches
    ],
    ids=["garbage", "truncated", "altered"],
)
def test_a_damaged_file_is_ignored_then_replaced(tmp_path: Path, damage: Callable[[bytes], bytes]) -> None:
    path = tmp_path / "regex.bin"
    _written(path, SAMPLE)
    path.write_bytes(damage(path.read_bytes()))

    cache = _written(path, SAMPLE)

    assert cache.misses == len(SAMPLE)
    assert _written(path, SAMPLE).misses == 0


def test_a_file_written_by_another_interpreter_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "regex.bin"
    monkeypatch.setattr(regex_cache, "_KEY", "(1, 'cpython-399', ...)")
    _written(path, SAMPLE)
    monkeypatch.undo()

    assert _written(path, SAMPLE).misses == len(SAMPLE)


def test_an_unwritable_cache_directory_only_means_compiling_again(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    cache = _written(blocker / "vitrine" / "regex.bin", SAMPLE)  # its parent cannot be created

    assert cache.compile(*SAMPLE[0]).search("resultat garanti")
    assert not blocker.with_name("vitrine").exists()


def test_the_cache_file_follows_vitrine_cache_dir_then_xdg(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITRINE_CACHE_DIR", "/srv/cache")
    assert str(regex_cache.default_path()).startswith("/srv/cache/regex-")
    monkeypatch.delenv("VITRINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/home/x/.cache")
    assert str(regex_cache.default_path()).startswith("/home/x/.cache/vitrine/regex-")


def test_the_cli_leaves_its_compiled_rules_for_the_next_start(tmp_path: Path) -> None:
    text = tmp_path / "post.txt"
    text.write_text("Résultat garanti, zéro douleur ! Réservez vite.\n", encoding="utf-8")
    env = {**os.environ, "VITRINE_CACHE_DIR": str(tmp_path / "cache")}
    command = [sys.executable, "-m", "vitrine.cli.main", "check", "--format", "json", str(text)]

    first = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    written = list((tmp_path / "cache").iterdir())
    second = subprocess.run(command, capture_output=True, text=True, env=env, check=False)

    assert [p.name.startswith("regex-") for p in written] == [True]
    assert (first.returncode, second.returncode) == (1, 1)
    assert first.stdout == second.stdout
    assert '"garantie-resultat"' in first.stdout


def test_a_program_that_differs_from_re_compile_turns_the_cache_off_for_the_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    derive = regex_cache._program
    monkeypatch.setattr(regex_cache, "_program", lambda source, flags: derive("autre chose", flags))
    cache = Cache(tmp_path / "regex.bin")

    patterns = [cache.compile(source, flags) for source, flags in SAMPLE]
    cache.save()

    assert patterns == [re.compile(source, flags) for source, flags in SAMPLE]
    assert not (tmp_path / "regex.bin").exists()  # nothing was kept
