"""The rules' regular expressions, compiled once per machine rather than once per process.

A cold ``vitrine check`` compiles about 1,100 regular expressions (600,000 characters, mostly
vocabulary alternations) and the prefilter parses about 850 of them again to read their literals:
two thirds of the start. Like Python's ``__pycache__`` for modules, the compiled programs and the
prefilter's readings are kept in one file of the user's cache directory, and the next process
reuses them (ADR 0019).

A program is what ``re``'s own compiler emits and hands to ``_sre.compile``, CPython's regex
engine, which validates it again when it is loaded. A missing program is derived as
``re._compiler.compile`` does (one parse, as ``re.compile`` costs); the first ones of each
process are checked against ``re.compile`` (pattern equality compares the compiled code), and a
difference turns the cache off for the process; the test suite checks every rule expression.
The file's key names the interpreter and the engine's version: another Python never reads it. A
file that is truncated, altered or from another version is ignored and replaced. Nothing depends
on the file: without a writable cache directory every expression is compiled as before.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib
import logging
import marshal
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any

try:  # CPython's regex engine and compiler: private, so their absence only turns the cache off
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other interpreters
    _sre = _compiler = _parser = None

logger = logging.getLogger(__name__)

_FORMAT = 1
#: A file written by another interpreter or regex engine is never read.
_KEY = repr(
    (
        _FORMAT,
        sys.implementation.cache_tag,
        sys.version,
        getattr(_sre, "MAGIC", None),
        getattr(_sre, "CODESIZE", None),
        sys.maxunicode,
    )
)
#: The array type code whose items have the engine's code size (4 bytes in CPython).
_CODE_TYPE = next((t for t in "IL" if array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None)
#: The first programs derived in a process are checked against ``re.compile``'s patterns.
_CHECKED = 8
#: Past this many programs (rules edited many times), the file keeps only what a process used.
_LIMIT = 20_000

Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]


def _program(source: str, flags: int) -> Program:
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``source``, code as bytes."""
    tree = _parser.parse(source, flags)
    code = _compiler._code(tree, flags)
    groupindex = dict(tree.state.groupdict)
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    return (
        flags | tree.state.flags,
        array(_CODE_TYPE or "I", code).tobytes(),
        tree.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _rebuilt(source: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = program
    pattern: re.Pattern[str] = _sre.compile(
        source, flags, array(_CODE_TYPE or "I", code).tolist(), groups, groupindex, indexgroup
    )
    return pattern


class Cache:
    """Compiled programs and prefilter readings of regular expressions, by source and flags.

    The file is read on first use and written when the process ends, if something was added.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        #: Expressions compiled here rather than loaded (a measure of the cache's use).
        self.misses = 0
        self._programs: dict[tuple[str, int], Program] = {}
        self._readings: dict[tuple[str, str, int], Any] = {}
        self._used: set[tuple[str, int]] = set()
        self._loaded = False
        self._changed = False
        self._checked = 0
        self._distrusted = False

    def compile(self, source: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(source, flags)``, from the stored program when there is one."""
        flags = int(flags)
        key = (source, flags)
        self._load()
        self._used.add(key)
        program = self._programs.get(key)
        if program is not None:
            try:
                return _rebuilt(source, program)
            except (RuntimeError, TypeError, ValueError):  # refused by the engine: compile again
                del self._programs[key]
        self.misses += 1
        if self._distrusted or _CODE_TYPE is None or _parser is None:
            return re.compile(source, flags)
        try:  # compiled once, as ``re._compiler.compile`` does, keeping the program on the way
            program = _program(source, flags)
            pattern = _rebuilt(source, program)
        except Exception:  # an invalid pattern: re.compile raises its own error
            return re.compile(source, flags)
        if self._checked < _CHECKED:
            self._checked += 1
            if pattern != re.compile(source, flags):  # the engine's internals differ: keep nothing
                self._distrusted = True
                return re.compile(source, flags)
        self._programs[key] = program
        self._mark_changed()
        return pattern

    def compiled(self) -> list[tuple[str, int]]:
        """The ``(source, flags)`` of every expression compiled through this cache in this process."""
        return sorted(self._used)

    def reading[T](self, kind: str, pattern: re.Pattern[str], read: Callable[[re.Pattern[str]], T]) -> T:
        """``read(pattern)``, remembered under ``kind`` (its value must be marshallable)."""
        return self._remembered((kind, pattern.pattern, int(pattern.flags)), lambda: read(pattern))

    def derived[T](self, kind: str, source: str, derive: Callable[[str], T]) -> T:
        """``derive(source)``, remembered under ``kind`` and the source's SHA-256 (marshallable).

        For strings too long to be worth keeping whole as keys (spaCy's 1.45 MB ``token_match``).
        Like readings, kept in the file until it outgrows its limit, then derived again.
        """
        key = (kind, hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest(), -1)
        return self._remembered(key, lambda: derive(source))

    def _remembered[T](self, key: tuple[str, str, int], compute: Callable[[], T]) -> T:
        self._load()
        if key in self._readings:
            value: T = self._readings[key]
            return value
        value = compute()
        self._readings[key] = value
        self._mark_changed()
        return value

    def save(self) -> None:
        """Write the file if something was added (to a temporary file, then renamed)."""
        if not self._changed or self.path is None:
            return
        programs, readings = self._programs, self._readings
        if len(programs) > _LIMIT:
            programs = {k: v for k, v in programs.items() if k in self._used}
            sources = {source for source, _ in programs}
            readings = {k: v for k, v in readings.items() if k[1] in sources}
        try:
            payload = marshal.dumps((programs, readings))
            data = marshal.dumps((_KEY, hashlib.sha256(payload).digest(), payload))
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.path.parent, prefix=".regex-", delete=False) as out:
                out.write(data)
            os.replace(out.name, self.path)
        except (OSError, ValueError) as error:  # a read-only home: the next process compiles again
            logger.debug("regex cache not written to %s: %s", self.path, error)
            return
        self._changed = False

    def _mark_changed(self) -> None:
        if not self._changed and self.path is not None:
            atexit.register(self.save)
        self._changed = True

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        if self.path is None or _sre is None:
            return
        try:
            # The user's own cache, trusted like __pycache__; the digest catches a damaged file.
            key, digest, payload = marshal.loads(self.path.read_bytes())  # noqa: S302
            if key != _KEY or hashlib.sha256(payload).digest() != digest:
                return
            self._programs, self._readings = marshal.loads(payload)  # noqa: S302
        except FileNotFoundError:
            return
        except Exception as error:
            logger.debug("regex cache %s ignored: %s", self.path, error)


def default_path() -> Path | None:
    """The cache file: in ``$VITRINE_CACHE_DIR``, else ``$XDG_CACHE_HOME/vitrine`` (``~/.cache/vitrine``)."""
    name = f"regex-{sys.implementation.cache_tag}.bin"
    if directory := os.environ.get("VITRINE_CACHE_DIR"):
        return Path(directory) / name
    base = os.environ.get("XDG_CACHE_HOME")
    try:
        return (Path(base) if base else Path.home() / ".cache") / "vitrine" / name
    except RuntimeError:  # no home directory: no cache
        return None


_shared: Cache | None = None


def shared() -> Cache:
    """The process's cache, at :func:`default_path` (read when first used)."""
    global _shared
    if _shared is None:
        _shared = Cache(default_path())
    return _shared


def compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(source, flags)`` through the shared cache."""
    return shared().compile(source, flags)


def reading[T](kind: str, pattern: re.Pattern[str], read: Callable[[re.Pattern[str]], T]) -> T:
    """``read(pattern)`` through the shared cache (see :meth:`Cache.reading`)."""
    return shared().reading(kind, pattern, read)


def derived[T](kind: str, source: str, derive: Callable[[str], T]) -> T:
    """``derive(source)`` through the shared cache (see :meth:`Cache.derived`)."""
    return shared().derived(kind, source, derive)
