"""Every check fails on the site full of problems and passes on the compliant site."""

from __future__ import annotations

import pytest

from vitrine.siteaudit import CHECKS, AuditResult

# Every check id of the catalogue; the deontology checks are in test_content.py.
CHECK_IDS = sorted(CHECKS)


def found(result: AuditResult) -> set[str]:
    return {finding.check for _, finding in result.all_findings()}


@pytest.mark.parametrize("check", CHECK_IDS)
def test_the_site_full_of_problems_fails_the_check(faulty_audit: AuditResult, check: str) -> None:
    assert check in found(faulty_audit)


@pytest.mark.parametrize("check", CHECK_IDS)
def test_the_compliant_site_passes_the_check(compliant_audit: AuditResult, check: str) -> None:
    assert len(compliant_audit.pages) >= 8
    offending = [
        (page, f.message, f.evidence) for page, f in compliant_audit.all_findings() if f.check == check
    ]
    assert offending == []


def test_the_compliant_site_scores_full_marks_and_the_faulty_one_does_not(
    compliant_audit: AuditResult, faulty_audit: AuditResult
) -> None:
    assert compliant_audit.score == 100
    assert faulty_audit.score < 60
    assert faulty_audit.area_scores["informations"] == 0


def test_broken_links_name_the_target_and_the_answer(faulty_audit: AuditResult) -> None:
    evidence = {f.evidence for _, f in faulty_audit.all_findings() if f.check == "lien-casse"}
    assert any(e.endswith("/page-disparue.html → erreur 404") for e in evidence)
    assert any(e.endswith("/introuvable → erreur 404") for e in evidence)
    assert any(e.endswith("→ connexion impossible") for e in evidence)


def test_trackers_are_named_with_their_domain(faulty_audit: AuditResult) -> None:
    evidence = {f.evidence for _, f in faulty_audit.all_findings() if f.check == "traceur-avant-consentement"}
    assert evidence == {
        "Google Tag Manager (www.googletagmanager.com)",
        "Meta Pixel / Facebook SDK (connect.facebook.net)",
    }


def test_paid_promotion_names_the_google_ads_id_and_the_sponsored_link(faulty_audit: AuditResult) -> None:
    evidence = [f.evidence for _, f in faulty_audit.all_findings() if f.check == "referencement-payant"]
    assert "balise de conversion Google Ads AW-123456789" in evidence
    assert any(e.startswith("lien sponsorisé (rel=sponsored)") for e in evidence)


def test_a_heavy_image_makes_the_page_too_heavy(faulty_audit: AuditResult) -> None:
    heavy = [page.url for page in faulty_audit.pages for f in page.findings if f.check == "poids-page"]
    assert [url.rsplit("/", 1)[1] for url in heavy] == ["avant-apres.html"]


def test_titles_shared_by_two_pages_are_reported_on_both(faulty_audit: AuditResult) -> None:
    pages = {
        page.url.rsplit("/", 1)[1]
        for page in faulty_audit.pages
        for f in page.findings
        if f.check == "title" and f.message.startswith("Titre identique")
    }
    assert pages == {"", "temoignages.html"}
