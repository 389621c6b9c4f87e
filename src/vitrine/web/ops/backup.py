"""Backups of an SQLite installation: the database (online backup API) and uploaded files.

The archive is a ``.tar.gz`` holding ``manifest.json`` (version, date, SHA-256 of each member),
``vitrine.sqlite3`` and ``media/``. It is written to a temporary file then renamed. Restoring
checks every hash before touching anything, then swaps files in by rename. PostgreSQL
installations use ``pg_dump``/``pg_restore`` (README, « Sauvegardes »).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from vitrine import __version__

FORMAT = 1


class BackupError(Exception):
    """A backup or restore could not be done; the message is for the user (French)."""


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def create_backup(database: Path, media: Path, destination: Path) -> Path:
    """Write a consistent backup of ``database`` and ``media`` to ``destination``."""
    if not database.exists():
        raise BackupError(f"{database} : base de données introuvable.")
    destination.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=destination.parent) as work:
        snapshot = Path(work) / "vitrine.sqlite3"
        source = sqlite3.connect(database)
        target = sqlite3.connect(snapshot)
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
        files = {"vitrine.sqlite3": _sha256(snapshot)}
        media_files = sorted(p for p in media.rglob("*") if p.is_file()) if media.exists() else []
        for path in media_files:
            files[f"media/{path.relative_to(media).as_posix()}"] = _sha256(path)
        manifest = {
            "format": FORMAT,
            "vitrine": __version__,
            "created_at": datetime.now(UTC).isoformat(),
            "files": files,
        }
        partial = Path(work) / "backup.tar.gz"
        with tarfile.open(partial, "w:gz") as archive:
            data = json.dumps(manifest, indent=2).encode()
            info = tarfile.TarInfo("manifest.json")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
            archive.add(snapshot, arcname="vitrine.sqlite3")
            for path in media_files:
                archive.add(path, arcname=f"media/{path.relative_to(media).as_posix()}")
        os.replace(partial, destination)
    return destination


def restore_backup(archive_path: Path, database: Path, media: Path) -> dict[str, object]:
    """Restore ``archive_path`` over ``database`` and ``media``; returns the manifest."""
    if not archive_path.exists():
        raise BackupError(f"{archive_path} : fichier de sauvegarde introuvable.")
    database.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=database.parent) as work:
        root = Path(work)
        try:
            with tarfile.open(archive_path, "r:gz") as archive:
                archive.extractall(root, filter="data")
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise BackupError(f"{archive_path} : archive illisible ({exc}).") from exc
        manifest_path = root / "manifest.json"
        if not manifest_path.exists():
            raise BackupError(f"{archive_path} : manifest.json absent, ce n'est pas une sauvegarde Vitrine.")
        manifest = json.loads(manifest_path.read_text())
        if manifest.get("format") != FORMAT:
            raise BackupError(
                f"{archive_path} : format de sauvegarde {manifest.get('format')!r} non pris en charge."
            )
        for name, expected in manifest["files"].items():
            member = root / name
            if not member.is_file() or _sha256(member) != expected:
                raise BackupError(
                    f"{archive_path} : {name} est absent ou altéré (empreinte SHA-256 différente)."
                )
        # Everything checked: swap in by rename (the WAL and SHM files of the old database go).
        for suffix in ("-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        os.replace(root / "vitrine.sqlite3", database)
        new_media = root / "media"
        if media.exists():
            old = root / "old-media"
            os.replace(media, old)
        if new_media.exists():
            os.replace(new_media, media)
        else:
            media.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(root / "old-media", ignore_errors=True)
    return dict(manifest)
