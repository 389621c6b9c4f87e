"""Publications in a real browser: write a draft, add a phone photo, see its faces masked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from skimage import data

from tests.fixtures import PASSWORD, World
from tests.privacy.pictures import jpeg_with_every_metadata
from vitrine.web.publications.models import Publication, PublicationPhoto

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOT_DIR = Path("/tmp/vitrine-screenshots")
POST = "Blépharoplastie : les suites varient d'une personne à l'autre."


def test_a_member_writes_a_draft_adds_a_photo_and_sees_the_faces_masked_on_a_phone(
    page: Any, world: World, settings: Any, tmp_path: Path
) -> None:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    photo = jpeg_with_every_metadata(
        Image.fromarray(data.astronaut()),  # type: ignore[no-untyped-call]
        tmp_path / "IMG_0042.jpg",
    )
    page.set_viewport_size({"width": 390, "height": 844})
    csp_errors: list[str] = []
    page.on("console", lambda m: csp_errors.append(m.text) if "Content Security Policy" in m.text else None)

    page.goto("/compte/login/")
    page.get_by_label("Adresse e-mail").fill("community-manager@fontaine.test")
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url("**/tableau-de-bord/")
    page.get_by_role("link", name="Publications").click()
    page.wait_for_url("**/publications/")
    page.get_by_role("link", name="Nouveau brouillon").click()
    page.get_by_label("Réseau").select_option("instagram")
    page.get_by_label("Texte de la publication").fill(POST)
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    page.get_by_text("Brouillon enregistré.").wait_for()
    publication = Publication.objects.get(practice=world.fontaine, text=POST)
    assert page.url.endswith(f"/publications/{publication.pk}/")

    page.get_by_label("Photo", exact=True).set_input_files(str(photo))
    page.get_by_role("button", name="Ajouter la photo").click()
    faces = page.get_by_test_id("faces-count")
    faces.wait_for()
    assert faces.inner_text().startswith("1 visage masqué")
    assert "Métadonnées supprimées" in page.get_by_test_id("metadata-removed").inner_text()
    assert page.get_by_test_id("faces-left").count() == 0

    # The picture comes through the practice's own view, decoded by the browser, within the screen.
    image = page.get_by_test_id("photo").locator("img")
    image.scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelector('[data-testid=photo] img').naturalWidth > 0")
    box = image.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    assert PublicationPhoto.objects.get(publication=publication).face_count == 1
    assert csp_errors == []
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT_DIR / "publications-telephone.png"), full_page=True)
