"""``vitrine anonymize`` (texts) and ``vitrine anonymize-image`` (photos)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FACE_LEFT = 1
EXIT_ERROR = 2


class _InputError(ValueError):
    """Unreadable input; the message is in French and names the file, line and field."""


def register(subparsers: Any) -> None:
    """Add the ``anonymize`` and ``anonymize-image`` subcommands."""
    text = subparsers.add_parser(
        "anonymize",
        help="masquer les données identifiantes d'un patient dans des textes",
        description=(
            "Trouve et masque noms, téléphones, e-mails, adresses postales, dates de naissance, "
            "numéros de sécurité sociale et numéros de dossier dans des textes en français."
        ),
    )
    text.add_argument(
        "paths", nargs="*", metavar="CHEMIN", help="fichiers à lire (« - » ou rien : entrée standard)"
    )
    text.add_argument("--format", choices=["text", "json"], default="text", help="format de sortie")
    text.add_argument(
        "--input-format",
        choices=["text", "jsonl"],
        default="text",
        help='text : un document par fichier ; jsonl : une ligne {"id", "text"} par document',
    )
    text.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="VALEUR",
        help="coordonnée publique du cabinet à ne pas masquer (répétable)",
    )
    text.add_argument(
        "--strategy",
        choices=["placeholder", "mask", "pseudonym"],
        default="placeholder",
        help="placeholder : <PERSONNE>… ; mask : *** ; pseudonym : valeurs fictives cohérentes",
    )
    text.set_defaults(func=run_text)

    image = subparsers.add_parser(
        "anonymize-image",
        help="retirer les métadonnées d'une photo et flouter les visages",
        description=(
            "Écrit une copie de la photo sans aucune métadonnée (EXIF, GPS, XMP, IPTC, miniatures), "
            "redressée, avec chaque visage détecté flouté ou pixellisé. L'original n'est jamais modifié."
        ),
    )
    image.add_argument("source", metavar="ENTRÉE", help="photo à anonymiser (JPEG, PNG, WebP, HEIC…)")
    image.add_argument("destination", metavar="SORTIE", help="fichier à écrire (.jpg, .jpeg, .png ou .webp)")
    image.add_argument("--format", choices=["text", "json"], default="text", help="format du compte rendu")
    method = image.add_mutually_exclusive_group()
    method.add_argument(
        "--blur", dest="method", action="store_const", const="blur", help="flouter (par défaut)"
    )
    method.add_argument(
        "--pixelate", dest="method", action="store_const", const="pixelate", help="pixelliser"
    )
    image.set_defaults(func=run_image, method="blur")


def _read(path: str) -> str:
    try:
        if path == "-":
            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise _InputError(f"{path} : fichier introuvable") from error
    except UnicodeDecodeError as error:
        raise _InputError(f"{path} : le fichier n'est pas en UTF-8") from error
    except OSError as error:
        raise _InputError(f"{path} : lecture impossible ({error.strerror})") from error


def _documents(paths: list[str], input_format: str) -> Iterator[tuple[str, str]]:
    for path in paths or ["-"]:
        content = _read(path)
        if input_format == "text":
            yield path, content
            continue
        for number, line in enumerate(content.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path}, ligne {number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise _InputError(f"{where} : JSON invalide ({error.msg})") from error
            if not isinstance(record, dict):
                raise _InputError(f'{where} : un objet JSON {{"id", "text"}} est attendu')
            if not isinstance(record.get("text"), str):
                raise _InputError(f"{where}, champ « text » : texte attendu")
            identifier = record.get("id", f"{path}:{number}")
            if not isinstance(identifier, str | int):
                raise _InputError(f"{where}, champ « id » : texte ou nombre attendu")
            yield str(identifier), record["text"]


def run_text(args: argparse.Namespace) -> int:
    """Anonymise every document and print the result (nothing is printed if an input is bad)."""
    from vitrine.privacy import anonymize
    from vitrine.privacy.engine import find_many

    try:
        documents = list(_documents(list(args.paths), args.input_format))
    except _InputError as error:
        sys.stderr.write(f"vitrine anonymize : erreur : {error}\n")
        return EXIT_ERROR
    results: list[dict[str, object]] = []
    texts = [text for _, text in documents]
    for (identifier, text), entities in zip(documents, find_many(texts, allow=args.allow), strict=True):
        anonymized = anonymize(text, strategy=args.strategy, entities=entities)
        if args.format == "json":
            entity_dicts = [e.to_dict() for e in entities]
            results.append({"id": identifier, "entities": entity_dicts, "anonymized": anonymized.text})
        else:
            ending = "" if anonymized.text.endswith("\n") else "\n"
            sys.stdout.write(anonymized.text + ending)
    if args.format == "json":
        json.dump({"results": results}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return EXIT_OK


def _score(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def run_image(args: argparse.Namespace) -> int:
    """Anonymise one photo and report faces and metadata."""
    from vitrine.privacy.image import ImageError, anonymize_image

    try:
        report = anonymize_image(args.source, args.destination, method=args.method)
    except ImageError as error:
        sys.stderr.write(f"vitrine anonymize-image : erreur : {error}\n")
        return EXIT_ERROR
    if args.format == "json":
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        verb = "floutés" if report.method == "blur" else "pixellisés"
        lines = [
            f"{report.destination} écrit ({report.width} × {report.height}), toutes métadonnées retirées.",
            f"Visages détectés et {verb} : {len(report.faces)}",
        ]
        lines += [f"  - ({f.x1}, {f.y1}) – ({f.x2}, {f.y2}), score {_score(f.score)}" for f in report.faces]
        if report.face_still_detected:
            lines.append(
                f"ATTENTION : {len(report.faces_after)} visage(s) encore détectable(s) après traitement ; "
                "vérifiez la photo ou essayez --pixelate."
            )
        else:
            lines.append("Aucun visage n'est plus détectable après traitement.")
        sys.stdout.write("\n".join(lines) + "\n")
    return EXIT_FACE_LEFT if report.face_still_detected else EXIT_OK
