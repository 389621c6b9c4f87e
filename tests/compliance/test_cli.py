"""``vitrine check``: formats, exit codes, JSONL batches, JSON Schema and SARIF output."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from vitrine.cli.main import main
from vitrine.compliance.output import output_schema


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_it_exits_1_and_underlines_the_excerpt(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "post.txt", "Bonjour !\nRésultat garanti, zéro douleur.\n")
    code, out, _ = run(capsys, path, "--channel", "instagram")
    assert code == 1
    assert f"{path}:2:1: interdit [garantie-resultat]" in out
    assert "    Résultat garanti, zéro douleur.\n    ^^^^^^^^^^^^^^^^\n" in out


def test_it_exits_0_on_a_compliant_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "ok.md", "# Horaires\n\nLe cabinet est ouvert du lundi au vendredi.\n")
    code, out, _ = run(capsys, path)
    assert code == 0
    assert "0 constat" in out


def test_the_json_output_validates_against_the_shipped_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = "\n".join(
        json.dumps(row, ensure_ascii=False)
        for row in [
            {"id": "a", "text": "Le meilleur chirurgien de Lyon.", "channel": "instagram"},
            {
                "id": "b",
                "text": "vitrine: ignore superlatif -- citation\nLe meilleur chirurgien.",
                "channel": "presse",
            },
            {"id": "c", "text": "Le cabinet ferme en août."},
        ]
    )
    code, out, _ = run(capsys, write(tmp_path, "lot.jsonl", batch), "--format", "json")
    document = json.loads(out)
    jsonschema.validate(document, output_schema())
    assert code == 1
    assert [r["id"] for r in document["results"]] == ["a", "b", "c"]
    assert document["results"][1]["suppressed"][0]["reason"] == "citation"
    assert document["results"][1]["suppressed"][0]["by"] == "commentaire"
    assert document["summary"]["by_rule"] == {"superlatif": 1}


def test_a_bad_jsonl_line_is_reported_with_its_number_and_the_others_are_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    batch = '{"id": "a", "text": "Résultat garanti"}\n{"id": "b", "text": \n{"id": "c", "channel": "site"}\n'
    code, out, err = run(capsys, write(tmp_path, "lot.jsonl", batch), "--format", "json")
    assert code == 2
    assert "lot.jsonl, ligne 2" in err
    assert "lot.jsonl, ligne 3 : champ « text » manquant" in err
    document = json.loads(out)
    jsonschema.validate(document, output_schema())
    assert [r["id"] for r in document["results"]] == ["a"]
    assert [e["line"] for e in document["summary"]["errors"]] == [2, 3]


def test_the_sarif_output_is_sarif_2_1_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "page.html", "<p>Bonjour</p>\n<p>R&eacute;sultat garanti</p>")
    code, out, _ = run(capsys, path, "--format", "sarif")
    log = json.loads(out)
    assert code == 1
    assert log["version"] == "2.1.0"
    run_ = log["runs"][0]
    assert run_["tool"]["driver"]["name"] == "vitrine"
    assert "garantie-resultat" in {rule["id"] for rule in run_["tool"]["driver"]["rules"]}
    result = run_["results"][0]
    assert result["ruleId"] == "garantie-resultat"
    assert result["level"] == "error"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (2, 4)
    assert region["snippet"]["text"] == "R&eacute;sultat garanti"


def test_sarif_tells_a_comment_in_the_file_from_the_readers_doubt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from vitrine.compliance.recall import shipped_model

    shipped = shipped_model()
    assert shipped is not None
    doubtful = replace(shipped, doubts={"garantie-resultat": 1.01})
    monkeypatch.setattr("vitrine.compliance.engine.shipped_model", lambda: doubtful)
    text = "vitrine: ignore superlatif -- citation\nLe meilleur chirurgien.\nRésultat garanti."
    code, out, _ = run(capsys, write(tmp_path, "p.txt", text), "--format", "sarif")
    assert code == 0
    kinds = {
        r["ruleId"]: [s["kind"] for s in r["suppressions"]] for r in json.loads(out)["runs"][0]["results"]
    }
    assert kinds == {"superlatif": ["inSource"], "garantie-resultat": ["external"]}


def test_min_severity_and_rules_options_filter_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "p.txt", "Résultat garanti. Le meilleur chirurgien.")
    assert run(capsys, path, "--rules=-garantie-resultat,-superlatif")[0] == 0
    code, out, _ = run(capsys, path, "--rules", "superlatif", "--format", "json")
    assert code == 1
    assert json.loads(out)["summary"]["by_rule"] == {"superlatif": 1}
    tone = write(tmp_path, "t.txt", "Votre avis est ridicule.")
    assert run(capsys, tone, "--channel", "avis-reponse", "--min-severity", "interdit")[0] == 0
    assert run(capsys, tone, "--channel", "avis-reponse", "--min-severity", "risque")[0] == 1


def test_usage_and_input_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(tmp_path / "absent.txt"))
    assert code == 2
    assert "absent.txt : lecture impossible" in err
    code, _, err = run(capsys, write(tmp_path, "a.txt", "x"), "--rules", "+inconnue")
    assert code == 2
    assert "règle inconnue « inconnue »" in err
    config = write(tmp_path, "vitrine.toml", 'channel = "myspace"')
    code, _, err = run(capsys, write(tmp_path, "b.txt", "x"), "--config", config)
    assert code == 2
    assert "canal inconnu" in err


def test_the_configuration_file_sets_channel_and_allowed_terms(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write(tmp_path, "vitrine.toml", 'channel = "site"\nallowed_terms = ["Silhouette Miracle"]\n')
    path = write(tmp_path, "p.txt", "La méthode Silhouette Miracle du cabinet.")
    code, out, _ = run(capsys, path, "--config", config, "--format", "json")
    assert code == 0
    assert json.loads(out)["results"][0]["channel"] == "site"


def test_the_benchmark_refuses_a_corpus_folder_without_dev_cases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VITRINE_CORPUS", str(tmp_path))  # a mistyped path: no conformite/dev*.jsonl
    code = main(["bench", "conformite"])
    _, err = capsys.readouterr()
    assert code == 2
    assert f"aucun cas dans {tmp_path}/conformite/dev*.jsonl" in err
