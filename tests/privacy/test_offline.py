"""Nothing is fetched at run time: tldextract uses the public-suffix list bundled with it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from vitrine.privacy import find
from vitrine.privacy.recognizers import offline_tld_extractor

# Runs in a fresh interpreter (empty caches): every socket connection attempt is recorded and
# refused, and proxies point to a closed port, so a download attempt cannot go unnoticed.
SCRIPT = """
import json, socket

attempts = []

def refuse(self, address, *args, **kwargs):
    attempts.append(repr(address))
    raise OSError("network disabled in this test")

socket.socket.connect = refuse
socket.socket.connect_ex = refuse

from vitrine.privacy.recognizers import OfflineEmailRecognizer

text = "Écrivez-moi à claire.martin@laposte.net ou à c.martin@exemple.co.uk, pas à x@y.invalidtld."
found = [text[r.start:r.end] for r in OfflineEmailRecognizer().analyze(text, ["EMAIL_ADDRESS"])]
print(json.dumps({"found": found, "attempts": attempts}))
"""


def test_the_email_recognizer_validates_domains_offline_in_a_fresh_process(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        {
            "HOME": str(tmp_path),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "HTTP_PROXY": "http://127.0.0.1:9",
            "HTTPS_PROXY": "http://127.0.0.1:9",
            "http_proxy": "http://127.0.0.1:9",
            "https_proxy": "http://127.0.0.1:9",
        }
    )
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300, check=True
    )
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    assert report["attempts"] == []
    assert report["found"] == ["claire.martin@laposte.net", "c.martin@exemple.co.uk"]
    assert not (tmp_path / "cache" / "python-tldextract").exists()


def test_find_reports_emails_with_every_socket_connection_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[Any] = []

    def refuse(self: socket.socket, address: Any, *args: Any) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    offline_tld_extractor.cache_clear()  # first use of a new extractor happens under the guard
    entities = find("Mon adresse : jeanne.roux@orange.fr, merci.")
    assert [(e.type, e.text) for e in entities] == [("EMAIL_ADDRESS", "jeanne.roux@orange.fr")]
    assert attempts == []
