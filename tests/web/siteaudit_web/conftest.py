"""A copy of the core's compliant test site, served on 127.0.0.1, that a test may then break."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.siteaudit.server import SITES, SiteServer

# Page content goes through the compliance engine in the core's own tests; here spaCy would
# only add a minute of model loading to each process.
FAST_AUDITS = {
    "options": {"check_content": False, "max_seconds": 60, "timeout": 10},
    "pdf": False,
    "allow_private_hosts": True,
}


@dataclass
class LiveSite:
    root: Path
    origin: str

    def break_image_alt(self) -> None:
        """Remove the alternative text of the home page's image: a new ``img-alt`` problem."""
        index = self.root / "index.html"
        text = index.read_text("utf-8")
        assert ' alt="' in text
        index.write_text(text.replace(' alt="Salle d\'attente du cabinet"', ""), "utf-8")

    def drop_meta_description(self, page: str) -> None:
        path = self.root / page
        lines = path.read_text("utf-8").splitlines(keepends=True)
        path.write_text("".join(line for line in lines if 'name="description"' not in line), "utf-8")


@pytest.fixture
def live_site(tmp_path: Path) -> Iterator[LiveSite]:
    root = tmp_path / "site"
    shutil.copytree(SITES / "conforme", root)
    with SiteServer("externe") as externe, SiteServer(str(root), None, externe.origin) as server:
        yield LiveSite(root, server.origin)


@pytest.fixture
def fast_audits(settings: Any, tmp_path: Path) -> Any:
    settings.SITEAUDIT_WEB = FAST_AUDITS
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings
