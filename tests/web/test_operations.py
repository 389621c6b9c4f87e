"""Operations: settings from the environment, health endpoint, backups, RGPD export and deletion."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest
from django.test import Client
from django.utils import timezone

from tests.fixtures import World, logged_in
from vitrine.web.audit.models import AuditRecord
from vitrine.web.env import ConfigurationError, env_bool, env_int, env_str
from vitrine.web.ops.models import WorkerHeartbeat
from vitrine.web.ops.worker import beat
from vitrine.web.practices import actions
from vitrine.web.practices.models import Practice

ROOT = Path(__file__).resolve().parents[2]


def _vitrine(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vitrine.cli.main", *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        check=False,
    )


def test_a_wrong_boolean_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITRINE_DEBUG", "peut-être")
    with pytest.raises(ConfigurationError, match="VITRINE_DEBUG"):
        env_bool("VITRINE_DEBUG", False)


def test_a_wrong_integer_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VITRINE_SESSION_IDLE_MINUTES", "deux")
    with pytest.raises(ConfigurationError, match="VITRINE_SESSION_IDLE_MINUTES"):
        env_int("VITRINE_SESSION_IDLE_MINUTES", 120)


def test_a_secret_is_read_from_its_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "key").write_text("s3cret\n")
    monkeypatch.setenv("VITRINE_SECRET_KEY_FILE", str(tmp_path / "key"))
    assert env_str("VITRINE_SECRET_KEY") == "s3cret"


def test_start_up_stops_on_a_wrong_value_with_the_variable_name(tmp_path: Path) -> None:
    result = _vitrine("migrate", env={"VITRINE_DATA_DIR": str(tmp_path), "VITRINE_HTTPS": "bof"})
    assert result.returncode != 0
    assert "VITRINE_HTTPS" in result.stderr + result.stdout


def test_start_up_refuses_a_missing_secret_key(tmp_path: Path) -> None:
    env = {"VITRINE_DATA_DIR": str(tmp_path / "vide"), "DJANGO_SETTINGS_MODULE": "vitrine.web.settings"}
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0 and "VITRINE_SECRET_KEY" in result.stderr


@pytest.mark.django_db
def test_health_reports_the_database_and_the_worker_heartbeat(world: World) -> None:
    client = Client()
    response = client.get("/sante")
    assert response.status_code == 503 and response.json()["worker"]["statut"] == "absent"
    beat("w1", timezone.now())
    body = client.get("/sante").json()
    assert body["statut"] == "ok" and body["base_de_donnees"] == "ok" and body["worker"]["age_secondes"] < 5
    WorkerHeartbeat.objects.update(last_seen_at=timezone.now() - timedelta(hours=1))
    assert client.get("/sante").json()["worker"]["statut"] == "en retard"


def test_a_backup_restores_the_data(tmp_path: Path) -> None:
    env = {"VITRINE_DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": ""}
    assert _vitrine("migrate", "--verbosity", "0", env=env).returncode == 0
    assert _vitrine("demo", env=env).returncode == 0
    media = tmp_path / "data" / "media" / "photos"
    media.mkdir(parents=True)
    (media / "cabinet.jpg").write_bytes(b"\xff\xd8fake-jpeg")
    archive = tmp_path / "sauvegarde.tar.gz"
    result = _vitrine("backup", "--output", str(archive), env=env)
    assert result.returncode == 0, result.stderr
    # Lose everything, then restore.
    (tmp_path / "data" / "vitrine.sqlite3").unlink()
    (media / "cabinet.jpg").unlink()
    result = _vitrine("restore", str(archive), env=env)
    assert result.returncode == 0, result.stderr
    check = _vitrine("audit-log", "verify", env=env)
    assert check.returncode == 0 and "entrée(s) vérifiée(s)" in check.stdout
    script = (
        "from vitrine.web.practices.models import Practice; "
        "print(Practice.objects.filter(name__contains='Fontaine').count())"
    )
    shell = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        env={**os.environ, **env, "DJANGO_SETTINGS_MODULE": "vitrine.web.settings"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert shell.stdout.strip() == "1", shell.stderr
    assert (media / "cabinet.jpg").read_bytes() == b"\xff\xd8fake-jpeg"


def test_a_damaged_backup_is_refused_and_nothing_is_touched(tmp_path: Path) -> None:
    env = {"VITRINE_DATA_DIR": str(tmp_path / "data"), "DATABASE_URL": ""}
    assert _vitrine("migrate", "--verbosity", "0", env=env).returncode == 0
    broken = tmp_path / "casse.tar.gz"
    broken.write_bytes(b"pas une archive")
    before = (tmp_path / "data" / "vitrine.sqlite3").read_bytes()
    result = _vitrine("restore", str(broken), "--force", env=env)
    assert result.returncode == 2 and "casse.tar.gz" in result.stderr
    assert (tmp_path / "data" / "vitrine.sqlite3").read_bytes() == before


@pytest.mark.django_db
def test_an_admin_exports_the_practice_data_as_json_and_csv(world: World) -> None:
    client = logged_in(world.user("admin"), world.fontaine)
    response = client.get("/parametres/export/")
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    names = set(archive.namelist())
    assert {"cabinet.json", "cabinet.csv", "practices_membership.json", "practices_practitioner.csv"} <= names
    practitioners = json.loads(archive.read("practices_practitioner.json"))
    assert [p["rpps"] for p in practitioners] == ["10101010105"]
    memberships = json.loads(archive.read("practices_membership.json"))
    assert {m["practice_id"] for m in memberships} == {world.fontaine.pk}
    assert AuditRecord.objects.filter(action="export-donnees", practice_id=world.fontaine.pk).exists()


@pytest.mark.django_db
def test_a_deleted_practice_is_purged_only_after_the_grace_period(world: World, settings: object) -> None:
    actions.do_request_practice_deletion(world.members["admin"])
    # During the grace period the practice is out of reach but still there.
    client = logged_in(world.user("secretariat"), world.fontaine)
    assert client.get("/tableau-de-bord/").status_code == 302
    assert actions.purge_due_practices() == []
    later = timezone.now() + timedelta(days=31)
    assert actions.purge_due_practices(later) == ["Cabinet Fontaine"]
    assert not Practice.objects.filter(pk=world.fontaine.pk).exists()
    assert AuditRecord.objects.filter(action="cabinet-supprime", practice_id=world.fontaine.pk).exists()


def test_static_files_collect_with_the_production_manifest_storage(tmp_path: Path) -> None:
    # `vitrine serve` runs collectstatic with WhiteNoise's manifest storage, which fails on any
    # reference (CSS url(), JS source map) to a missing file.
    script = (
        "import django; from django.conf import settings; django.setup(); "
        "from django.core.management import call_command; "
        "call_command('collectstatic', interactive=False, verbosity=0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={
            **os.environ,
            "VITRINE_DATA_DIR": str(tmp_path),
            "VITRINE_SECRET_KEY": "x",
            "DJANGO_SETTINGS_MODULE": "vitrine.web.settings",
        },
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "static" / "staticfiles.json").exists()
