"""vitrine anonymize / anonymize-image through the real command-line entry point."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from tests.privacy.pictures import jpeg_with_every_metadata
from vitrine.cli.main import main


def test_it_anonymizes_a_text_file_with_placeholders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "message.txt"
    path.write_text("Bonjour, ici Mme Lefèvre, joignable au 06 12 34 56 78.\n", encoding="utf-8")
    assert main(["anonymize", str(path)]) == 0
    assert capsys.readouterr().out == "Bonjour, ici <PERSONNE>, joignable au <TÉLÉPHONE>.\n"


def test_it_reads_standard_input_and_keeps_allowed_values(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("Cabinet : 04 78 00 00 00 ; patiente : 06 12 34 56 78"))
    assert main(["anonymize", "-", "--allow", "04 78 00 00 00"]) == 0
    assert capsys.readouterr().out == "Cabinet : 04 78 00 00 00 ; patiente : <TÉLÉPHONE>\n"


def test_jsonl_input_gives_the_documented_json_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "messages.jsonl"
    lines = [
        {"id": "m-1", "text": "Je suis Marie Durand, née le 12/03/1985."},
        {"id": "m-2", "text": "Le Dr Martin opère à la clinique Saint-Jean."},
    ]
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines), encoding="utf-8")
    assert main(["anonymize", str(path), "--input-format", "jsonl", "--format", "json"]) == 0
    output = json.loads(capsys.readouterr().out)
    first, second = output["results"]
    assert first["id"] == "m-1"
    assert first["anonymized"] == "Je suis <PERSONNE>, née le <DATE_DE_NAISSANCE>."
    assert [(e["type"], e["start"], e["end"], e["text"]) for e in first["entities"]] == [
        ("PERSON", 8, 20, "Marie Durand"),
        ("DATE_OF_BIRTH", 29, 39, "12/03/1985"),
    ]
    assert all(0 < e["score"] <= 1 for e in first["entities"])
    assert second == {"id": "m-2", "entities": [], "anonymized": lines[1]["text"]}


def test_a_bad_jsonl_line_is_reported_with_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "messages.jsonl"
    path.write_text('{"id": "m-1", "text": "ok"}\n{"id": "m-2", "texte": "oups"}\n', encoding="utf-8")
    assert main(["anonymize", str(path), "--input-format", "jsonl"]) == 2
    assert "messages.jsonl, ligne 2, champ « text » : texte attendu" in capsys.readouterr().err


def test_a_missing_file_is_reported_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["anonymize", str(tmp_path / "absent.txt")]) == 2
    assert "absent.txt : fichier introuvable" in capsys.readouterr().err


def test_the_image_command_reports_faces_in_json(
    astronaut_jpeg: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    destination = tmp_path / "clean.jpg"
    assert (
        main(["anonymize-image", str(astronaut_jpeg), str(destination), "--format", "json", "--pixelate"])
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    assert report["method"] == "pixelate"
    assert report["metadata_removed"] is True
    assert len(report["faces"]) == 1 and set(report["faces"][0]) == {"x1", "y1", "x2", "y2", "score"}
    assert report["face_still_detected"] is False
    assert destination.is_file()


def test_the_image_command_speaks_french_in_text_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image

    source = jpeg_with_every_metadata(Image.new("RGB", (64, 48), "white"), tmp_path / "blank.jpg")
    assert main(["anonymize-image", str(source), str(tmp_path / "blank-clean.png")]) == 0
    output = capsys.readouterr().out
    assert "toutes métadonnées retirées" in output
    assert "Visages détectés et floutés : 0" in output


def test_the_image_command_fails_cleanly_on_a_broken_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "broken.jpg"
    source.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    assert main(["anonymize-image", str(source), str(tmp_path / "out.jpg")]) == 2
    assert "broken.jpg" in capsys.readouterr().err
    assert not (tmp_path / "out.jpg").exists()
