"""Reply drafts: best-practice wording, deterministic variety, and the compliance gate."""

from __future__ import annotations

import pytest

from vitrine.reputation.evaluate import load_corpus
from vitrine.reputation.model import STAR_RATINGS
from vitrine.reputation.replies import PracticeContact, check_reply, compose_reply, draft_reply
from vitrine.reputation.triage import triage_text

PRACTICE = PracticeContact("Le cabinet du Dr Martin", "04 78 00 00 00", "secretariat@cabinet-martin.example")


def test_a_negative_review_gets_empathy_secrecy_an_invitation_and_the_practice_signature() -> None:
    triage = triage_text("2 heures d'attente et une secrétaire désagréable. À fuir.", 1, "neg-1")
    draft = draft_reply(triage, PRACTICE)
    assert not draft.blocked, draft.check.blocking_findings
    assert "secret médical" in draft.text
    assert "secrétariat au 04 78 00 00 00" in draft.text
    assert draft.text.rstrip().endswith("Le cabinet du Dr Martin")
    assert "attente" in draft.text  # adapted to the topic


def test_the_wording_varies_between_reviews_but_not_for_the_same_review() -> None:
    texts = {
        compose_reply(triage_text("Accueil froid, attente interminable.", 1, f"r-{n}"), PRACTICE)[0]
        for n in range(12)
    }
    assert len(texts) >= 3
    again = compose_reply(triage_text("Accueil froid, attente interminable.", 1, "r-1"), PRACTICE)[0]
    assert again in texts


def test_a_reportable_review_gets_a_short_calm_reply_and_advice_to_keep_evidence() -> None:
    triage = triage_text("Ce chirurgien est un escroc, il a falsifié mon dossier.", 1, "def-1")
    draft = draft_reply(triage, PRACTICE)
    assert triage.defamation_risk
    assert "conservez la preuve" in " ".join(draft.advice)
    assert "escroc" not in draft.text and "dossier" not in draft.text


def test_an_edit_that_confirms_a_patient_is_blocked_by_the_compliance_gate() -> None:
    edited = "Bonjour, nous sommes ravis que votre rhinoplastie du 14 mars soit réussie. Le cabinet"
    verdict = check_reply(edited)
    assert verdict.blocked
    assert {finding["rule"] for finding in verdict.blocking_findings} >= {"secret-medical"}


def test_generated_drafts_for_every_corpus_review_have_no_interdit_finding() -> None:
    rows = load_corpus(["dev", "test"])
    texts: dict[str, str] = {}
    for row in rows:
        triage = triage_text(row.get("comment", ""), STAR_RATINGS[row["starRating"]], row["reviewId"])
        text, _ = compose_reply(triage, PRACTICE)
        texts.setdefault(text, row["reviewId"])
    # check_reply is a pure function of the text: identical drafts are checked once.
    blocked = {review_id: check_reply(text).blocking_findings for text, review_id in texts.items()}
    assert {review_id: findings for review_id, findings in blocked.items() if findings} == {}
    assert len(rows) >= 300


@pytest.mark.parametrize("stars", [1, 3, 5])
def test_a_review_without_text_still_gets_a_compliant_draft(stars: int) -> None:
    draft = draft_reply(triage_text("", stars, f"empty-{stars}"), PracticeContact())
    assert not draft.blocked
    assert "Renseignez le téléphone" in " ".join(draft.advice)
