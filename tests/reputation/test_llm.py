"""LLM drafting against a local fake OpenAI-compatible endpoint that records what it receives."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from vitrine.reputation.llm import LlmConfig, LlmError, llm_draft_reply
from vitrine.reputation.replies import PracticeContact
from vitrine.reputation.triage import triage_text

REVIEW = (
    "La secrétaire Laetitia Morin m'a mal parlé. Son mail perso : laetitia.morin@example.com, "
    "son portable 06 39 98 12 47, elle habite au 14 rue des Glycines."
)
PII = ("Laetitia", "Morin", "laetitia.morin@example.com", "06 39 98 12 47", "14 rue des Glycines")


class _Fake(ThreadingHTTPServer):
    received: list[dict[str, Any]]
    headers_seen: list[dict[str, str]]
    answer: str


class _Handler(BaseHTTPRequestHandler):
    server: _Fake

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append(json.loads(body))
        self.server.headers_seen.append(dict(self.headers))
        if self.path != "/v1/chat/completions":
            self.send_response(404)
            self.end_headers()
            return
        data = json.dumps(
            {"choices": [{"message": {"role": "assistant", "content": self.server.answer}}]}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def fake() -> Iterator[_Fake]:
    server = _Fake(("127.0.0.1", 0), _Handler)
    server.received, server.headers_seen = [], []
    server.answer = (
        "Bonjour, nous avons bien lu votre message. Tenus au secret médical, nous ne pouvons commenter "
        "aucune situation individuelle. Le secrétariat reste à votre disposition. Le cabinet du Dr Martin"
    )
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def _config(server: _Fake, **kwargs: Any) -> LlmConfig:
    host, port = server.server_address[:2]
    return LlmConfig(base_url=f"http://{host!s}:{port}/v1", model="mistral", enabled=True, **kwargs)


def test_no_personal_data_of_the_review_reaches_the_endpoint(fake: _Fake) -> None:
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


def test_a_non_compliant_llm_draft_is_blocked_by_the_same_gate(fake: _Fake) -> None:
    fake.answer = "Merci ! Nous sommes ravis que votre rhinoplastie du 14 mars soit réussie. Le cabinet"
    draft = llm_draft_reply(
        "Super nez !", triage_text("Super nez !", 5, "llm-2"), PracticeContact(), _config(fake)
    )
    assert draft.blocked
    assert "secret-medical" in {finding["rule"] for finding in draft.check.blocking_findings}


def test_it_is_off_by_default_and_sends_nothing(fake: _Fake) -> None:
    with pytest.raises(LlmError, match="désactivée"):
        llm_draft_reply(REVIEW, triage_text(REVIEW, 1, "x"), PracticeContact(), LlmConfig())
    assert fake.received == []


def test_an_unusable_answer_gives_a_french_error(fake: _Fake) -> None:
    host, port = fake.server_address[:2]
    config = LlmConfig(base_url=f"http://{host!s}:{port}/wrong", model="m", enabled=True)
    with pytest.raises(LlmError, match="404"):
        llm_draft_reply("ok", triage_text("ok", 3, "y"), PracticeContact(), config)
