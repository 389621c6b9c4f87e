"""A practice's data export holds its drafts' photos too (linked through the draft)."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from tests.fixtures import World
from vitrine.web.practices.rgpd import export_practice, practice_models
from vitrine.web.publications.models import Publication, PublicationPhoto


def test_models_linked_through_another_practice_model_are_found() -> None:
    lookups = {model: lookup for model, lookup in practice_models()}
    assert lookups[PublicationPhoto] == "publication__practice"
    assert lookups[Publication] == "practice"


@pytest.mark.django_db
def test_the_export_holds_the_practice_photos_and_not_another_practice_photos(world: World) -> None:
    ours = Publication.objects.create(practice=world.fontaine, channel="instagram", text="Brouillon")
    theirs = Publication.objects.create(practice=world.rival, channel="instagram", text="Autre")
    for publication, name in ((ours, "ours.jpg"), (theirs, "theirs.jpg")):
        PublicationPhoto.objects.create(
            publication=publication, image=f"publications/{name}", width=4, height=3, method="blur"
        )
    archive = zipfile.ZipFile(io.BytesIO(export_practice(world.fontaine)))
    rows = json.loads(archive.read("publications_publicationphoto.json"))
    assert [row["image"] for row in rows] == ["publications/ours.jpg"]
