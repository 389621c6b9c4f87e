"""Page text goes through the compliance engine: deontology findings per page."""

from __future__ import annotations

import pytest

from vitrine.siteaudit import AuditResult

FAILING_PAGES = {
    "deontologie/temoignage": "temoignages.html",
    "deontologie/avant-apres": "avant-apres.html",
}


@pytest.mark.parametrize("check", sorted(FAILING_PAGES))
def test_the_site_full_of_problems_fails_the_deontology_check_on_the_right_page(
    faulty_audit: AuditResult, check: str
) -> None:
    pages = {
        page.url.rsplit("/", 1)[1] for page in faulty_audit.pages for f in page.findings if f.check == check
    }
    assert FAILING_PAGES[check] in pages


@pytest.mark.parametrize("check", sorted(FAILING_PAGES))
def test_the_compliant_site_passes_the_deontology_check(compliant_audit: AuditResult, check: str) -> None:
    assert compliant_audit.compliance_available
    assert [f for _, f in compliant_audit.all_findings() if f.check == check] == []


def test_deontology_findings_carry_the_rule_and_an_excerpt(faulty_audit: AuditResult) -> None:
    findings = [f for _, f in faulty_audit.all_findings() if f.check.startswith("deontologie/")]
    assert findings
    assert all(f.rule == f.check.removeprefix("deontologie/") and f.evidence and f.message for f in findings)


def test_the_practice_own_name_address_and_phone_are_not_patient_data(compliant_audit: AuditResult) -> None:
    flagged = [
        f.evidence for _, f in compliant_audit.all_findings() if f.check == "deontologie/donnees-patient"
    ]
    assert flagged == []
    assert compliant_audit.area_scores["deontologie"] == 100
