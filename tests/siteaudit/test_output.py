"""JSON output against the shipped schema, diff between audits, reports and the CLI."""

from __future__ import annotations

import dataclasses
import html
import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from tests.siteaudit.server import SiteServer
from vitrine.cli.main import main
from vitrine.siteaudit import AuditOptions, AuditResult, diff, run_audit
from vitrine.siteaudit.report import ordered_fixes, to_html, to_pdf, to_text

SCHEMA = json.loads(
    resources.files("vitrine.siteaudit").joinpath("schema/audit.schema.json").read_text("utf-8")
)


@pytest.mark.parametrize("audit", ["compliant_audit", "faulty_audit"])
def test_the_json_output_is_valid_against_the_shipped_schema(
    request: pytest.FixtureRequest, audit: str
) -> None:
    result: AuditResult = request.getfixturevalue(audit)
    jsonschema.validate(json.loads(json.dumps(result.to_dict())), SCHEMA)


def test_the_schema_rejects_a_finding_without_evidence(faulty_audit: AuditResult) -> None:
    data = faulty_audit.to_dict()
    del data["site_findings"][0]["evidence"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_diff_reports_a_new_problem_and_a_resolved_one(faulty_audit: AuditResult) -> None:
    previous = json.loads(json.dumps(faulty_audit.to_dict()))
    removed = previous["site_findings"].pop(0)
    previous["site_findings"].append(
        {"check": "title", "severity": "conseil", "message": "ancien", "evidence": "ancien titre"}
    )
    changes = diff(previous, faulty_audit)
    assert [(f["page"], f["check"], f["evidence"]) for f in changes.new] == [
        ("", removed["check"], removed["evidence"])
    ]
    assert [f["evidence"] for f in changes.resolved] == ["ancien titre"]
    keys = {(page, f.check, f.evidence) for page, f in faulty_audit.all_findings()}
    assert len(changes.unchanged) == len(keys) - 1


def test_diff_of_an_audit_with_itself_is_empty(faulty_audit: AuditResult) -> None:
    changes = diff(faulty_audit, faulty_audit)
    assert changes.new == () and changes.resolved == () and changes.score_change == 0


def test_fixes_put_forbidden_problems_first(faulty_audit: AuditResult) -> None:
    severities = [fix.severity for fix in ordered_fixes(faulty_audit)]
    assert severities == sorted(severities, key=["interdit", "risque", "conseil"].index)
    assert severities[0] == "interdit"


def test_the_html_report_is_in_french_with_scores_fixes_pages_and_evidence(faulty_audit: AuditResult) -> None:
    report = to_html(faulty_audit)
    assert '<html lang="fr">' in report
    assert "Score par domaine" in report and "À corriger, par ordre d'importance" in report
    assert "Comment corriger :" in report
    assert "balise de conversion Google Ads AW-123456789" in report
    assert "temoignages.html" in report


def test_the_pdf_report_is_a_pdf(faulty_audit: AuditResult) -> None:
    assert to_pdf(faulty_audit).startswith(b"%PDF-")


def test_the_text_report_lists_the_score_and_the_fixes(faulty_audit: AuditResult) -> None:
    text = to_text(faulty_audit)
    assert text.startswith(f"Audit de {faulty_audit.site} — score {faulty_audit.score}/100")
    assert "[Interdit] Traceurs déposés avant le consentement (traceur-avant-consentement)" in text


def test_the_cli_writes_a_json_report_and_exits_1_on_forbidden_problems(
    serve: Callable[..., SiteServer], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    output = tmp_path / "audit.json"
    origin = serve("problemes", tls=False).origin
    code = main(["audit", origin + "/", "--format", "json", "--output", str(output), "--sans-contenu"])
    assert code == 1
    data = json.loads(output.read_text("utf-8"))
    jsonschema.validate(data, SCHEMA)
    assert data["site"] == origin
    assert "Rapport écrit dans" in capsys.readouterr().err


def test_the_cli_prints_a_text_report_and_exits_0_without_forbidden_problems(
    serve: Callable[..., SiteServer], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["audit", serve("robots", tls=False).origin + "/", "--sans-contenu", "--max-pages", "5"])
    assert code == 0
    assert "Scores par domaine :" in capsys.readouterr().out


def test_the_cli_explains_an_unreachable_site_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.siteaudit.server import closed_origin

    assert main(["audit", closed_origin() + "/", "--sans-contenu"]) == 2
    assert "vitrine audit : erreur : Le site" in capsys.readouterr().err


def test_the_cli_refuses_a_pdf_without_an_output_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "https://exemple.fr", "--format", "pdf"]) == 2
    assert "--format pdf demande --output" in capsys.readouterr().err


def test_a_stored_audit_can_be_rebuilt_and_reported_again(faulty_audit: AuditResult) -> None:
    stored = json.loads(json.dumps(faulty_audit.to_dict()))
    rebuilt = AuditResult.from_dict(stored)
    assert rebuilt.to_dict() == stored
    assert "Comment corriger :" in to_html(rebuilt)


def test_reports_say_when_the_page_text_was_not_checked(
    serve: Callable[..., SiteServer], options: AuditOptions
) -> None:
    result = run_audit(serve("robots").origin + "/", dataclasses.replace(options, check_content=False))
    assert "Le texte des pages n'a pas été contrôlé (contrôle désactivé)" in to_text(result)
    assert "Le texte des pages n'a pas été contrôlé (contrôle désactivé)" in html.unescape(to_html(result))
