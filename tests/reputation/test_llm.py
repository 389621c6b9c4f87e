"""LLM drafting against a local fake OpenAI-compatible endpoint that records what it receives."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from vitrine.reputation.llm import LlmConfig, LlmError, llm_draft_reply
from vitrine.reputation.replies import PracticeContact
from vitrine.reputation.triage import triage_text

from .fake_llm import FakeLlm, fake_llm

REVIEW = (
    "La secrétaire Laetitia Morin m'a mal parlé. Son mail perso : laetitia.morin@example.com, "
    "son portable 06 39 98 12 47, elle habite au 14 rue des Glycines."
)
PII = ("Laetitia", "Morin", "laetitia.morin@example.com", "06 39 98 12 47", "14 rue des Glycines")


@pytest.fixture
def fake() -> Iterator[FakeLlm]:
    with fake_llm() as server:
        yield server


def _config(server: FakeLlm, **kwargs: Any) -> LlmConfig:
    return LlmConfig(base_url=server.base_url, model="mistral", enabled=True, **kwargs)


def test_no_personal_data_of_the_review_reaches_the_endpoint(fake: FakeLlm) -> None:
    triage = triage_text(REVIEW, 1, "llm-1")
    draft = llm_draft_reply(
        REVIEW, triage, PracticeContact("Le cabinet du Dr Martin"), _config(fake, api_key="k")
    )
    (payload,) = fake.received
    sent = json.dumps(payload, ensure_ascii=False)
    assert [value for value in PII if value in sent] == []
    assert "<EMAIL>" in sent and "<TÉLÉPHONE>" in sent
    assert payload["model"] == "mistral"
    assert fake.headers_seen[0]["Authorization"] == "Bearer k"
    assert not draft.blocked and draft.text.startswith("Bonjour")


def test_a_non_compliant_llm_draft_is_blocked_by_the_same_gate(fake: FakeLlm) -> None:
    fake.answer = "Merci ! Nous sommes ravis que votre rhinoplastie du 14 mars soit réussie. Le cabinet"
    draft = llm_draft_reply(
        "Super nez !", triage_text("Super nez !", 5, "llm-2"), PracticeContact(), _config(fake)
    )
    assert draft.blocked
    assert "secret-medical" in {finding["rule"] for finding in draft.check.blocking_findings}


def test_it_is_off_by_default_and_sends_nothing(fake: FakeLlm) -> None:
    with pytest.raises(LlmError, match="désactivée"):
        llm_draft_reply(REVIEW, triage_text(REVIEW, 1, "x"), PracticeContact(), LlmConfig())
    assert fake.received == []


def test_an_unusable_answer_gives_a_french_error(fake: FakeLlm) -> None:
    host, port = fake.server_address[:2]
    config = LlmConfig(base_url=f"http://{host!s}:{port}/wrong", model="m", enabled=True)
    with pytest.raises(LlmError, match="404"):
        llm_draft_reply("ok", triage_text("ok", 3, "y"), PracticeContact(), config)
