"""Subcommands that run the web application and its operations (Django is loaded lazily)."""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vitrine.web.settings")
    import django
    from django.core.exceptions import ImproperlyConfigured

    try:
        django.setup()
    except ImproperlyConfigured as exc:
        sys.exit(f"vitrine : configuration invalide : {exc}")


def _data_dir() -> Path:
    return Path(os.environ.get("VITRINE_DATA_DIR") or Path.cwd() / "var").resolve()


def cmd_init(args: argparse.Namespace) -> int:
    """Create the data directory and a secret key (mode 0600) if missing."""
    data = _data_dir()
    data.mkdir(parents=True, exist_ok=True)
    key_file = data / "secret_key"
    if (
        not key_file.exists()
        and not os.environ.get("VITRINE_SECRET_KEY")
        and not os.environ.get("VITRINE_SECRET_KEY_FILE")
    ):
        tmp = key_file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
        os.replace(tmp, key_file)
        print(f"Clé secrète créée : {key_file}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    cmd_init(args)
    _django()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=args.verbosity)
    call_command("createcachetable", verbosity=0)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    _django()
    from vitrine.web.demo import load_demo

    print(load_demo(_data_dir()))
    return 0


def cmd_createuser(args: argparse.Namespace) -> int:
    _django()
    import getpass

    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    from vitrine.web.accounts.actions import do_create_user

    password = os.environ.get("VITRINE_NEW_USER_PASSWORD") or getpass.getpass("Mot de passe : ")
    try:
        validate_password(password)
        user = do_create_user(
            email=args.email,
            full_name=args.name,
            password=password,
            practice_id=args.practice,
            role=args.role,
            superuser=args.superuser,
        )
    except (ValidationError, ValueError) as exc:
        messages = exc.messages if isinstance(exc, ValidationError) else [str(exc)]
        print("vitrine createuser : " + " ".join(messages), file=sys.stderr)
        return 2
    print(f"Compte créé : {user.email}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Run gunicorn (static files by WhiteNoise), optionally with a task worker beside it."""
    cmd_init(args)
    _django()
    from django.core.management import call_command

    call_command("collectstatic", interactive=False, verbosity=0)
    worker = None
    if args.with_worker:
        worker = subprocess.Popen([sys.executable, "-m", "vitrine.cli.main", "worker"])
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "vitrine.web.wsgi:application",
        "--bind",
        args.bind,
        "--workers",
        str(args.workers),
        "--forwarded-allow-ips",
        os.environ.get("VITRINE_FORWARDED_ALLOW_IPS", "127.0.0.1"),
    ]
    server = subprocess.Popen([*command, "--preload"], env={**os.environ, "VITRINE_WARMUP": "1"})
    try:
        return server.wait()
    except KeyboardInterrupt:
        server.send_signal(signal.SIGTERM)
        return server.wait()
    finally:
        if worker is not None:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=10)
            except subprocess.TimeoutExpired:
                worker.kill()


def cmd_worker(args: argparse.Namespace) -> int:
    _django()
    from vitrine.web.ops.worker import run_worker

    run_worker(batch=args.batch, max_tasks=args.max_tasks, interval=args.interval)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    _django()
    from django.conf import settings
    from django.utils import timezone

    from vitrine.web.ops.backup import BackupError, create_backup

    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        print(
            "vitrine backup : base PostgreSQL — utilisez pg_dump (voir le README, « Sauvegardes »).",
            file=sys.stderr,
        )
        return 2
    output = Path(
        args.output or _data_dir() / "sauvegardes" / f"vitrine-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
    )
    try:
        create_backup(Path(database["NAME"]), Path(settings.MEDIA_ROOT), output)
    except BackupError as exc:
        print(f"vitrine backup : {exc}", file=sys.stderr)
        return 2
    print(f"Sauvegarde écrite : {output}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    _django()
    from django.conf import settings

    from vitrine.web.ops.backup import BackupError, restore_backup

    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        print("vitrine restore : base PostgreSQL — utilisez pg_restore (voir le README).", file=sys.stderr)
        return 2
    target = Path(database["NAME"])
    if target.exists() and not args.force:
        print(
            f"vitrine restore : {target} existe ; relancez avec --force pour la remplacer.", file=sys.stderr
        )
        return 2
    try:
        manifest = restore_backup(Path(args.archive), target, Path(settings.MEDIA_ROOT))
    except BackupError as exc:
        print(f"vitrine restore : {exc}", file=sys.stderr)
        return 2
    print(f"Sauvegarde du {manifest['created_at']} restaurée dans {target}.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    _django()
    from vitrine.web.audit.actions import verify_chain

    report = verify_chain()
    if report.ok:
        print(f"Journal intègre : {report.checked} entrée(s) vérifiée(s).")
        return 0
    print(
        f"Journal ALTÉRÉ à l'entrée n° {report.first_broken_seq} : {report.reason} "
        f"({report.checked} entrée(s) intègres avant elle)."
    )
    return 1


def register(subparsers: Any) -> None:
    """Add the web and operations subcommands."""
    p = subparsers.add_parser("init", help="créer le répertoire de données et la clé secrète")
    p.set_defaults(func=cmd_init)
    p = subparsers.add_parser("migrate", help="créer ou mettre à jour la base de données")
    p.add_argument("--verbosity", type=int, default=1)
    p.set_defaults(func=cmd_migrate)
    p = subparsers.add_parser("demo", help="charger le cabinet de démonstration (idempotent)")
    p.set_defaults(func=cmd_demo)
    p = subparsers.add_parser("createuser", help="créer un compte (mot de passe demandé)")
    p.add_argument("email")
    p.add_argument("--name", required=True, help="nom complet")
    p.add_argument("--practice", type=int, help="identifiant du cabinet")
    p.add_argument("--role", choices=["praticien", "secretariat", "community-manager", "webmaster", "admin"])
    p.add_argument("--superuser", action="store_true", help="administrateur de la plateforme")
    p.set_defaults(func=cmd_createuser)
    p = subparsers.add_parser("serve", help="lancer le serveur web de production (gunicorn)")
    p.add_argument("--bind", default=os.environ.get("VITRINE_BIND", "127.0.0.1:8000"))
    p.add_argument("--workers", type=int, default=int(os.environ.get("VITRINE_WEB_WORKERS", "2")))
    p.add_argument("--with-worker", action="store_true", help="lancer aussi un worker de tâches")
    p.set_defaults(func=cmd_serve)
    p = subparsers.add_parser("worker", help="exécuter les tâches de fond et les tâches périodiques")
    p.add_argument("--batch", action="store_true", help="traiter les tâches en attente puis s'arrêter")
    p.add_argument("--max-tasks", type=int)
    p.add_argument("--interval", type=float, default=1.0)
    p.set_defaults(func=cmd_worker)
    p = subparsers.add_parser("backup", help="sauvegarder la base SQLite et les fichiers")
    p.add_argument("--output", help="fichier .tar.gz à écrire")
    p.set_defaults(func=cmd_backup)
    p = subparsers.add_parser("restore", help="restaurer une sauvegarde")
    p.add_argument("archive")
    p.add_argument("--force", action="store_true", help="remplacer la base existante")
    p.set_defaults(func=cmd_restore)
    p = subparsers.add_parser("audit-log", help="journal d'audit")
    sub = p.add_subparsers(dest="audit_command", required=True)
    v = sub.add_parser("verify", help="vérifier la chaîne d'empreintes du journal")
    v.set_defaults(func=cmd_audit_verify)
