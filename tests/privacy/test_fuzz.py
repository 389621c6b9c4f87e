"""Fuzzing: any text goes through find/anonymize without a crash; broken images never leave a file."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vitrine.privacy import ENTITY_TYPES, anonymize, find
from vitrine.privacy.image import ImageError, anonymize_image

# French-looking fragments mixed with arbitrary characters, so that recognisers actually fire.
FRAGMENTS = st.sampled_from(
    [
        "Mme Durand",
        " 06 12 34 56 78",
        "+33 (0)6 12 34 56 78",
        "né le 12/03/1985",
        ", 47 ans",
        "12 rue de la Paix, 75002 Paris",
        "IPP 123456",
        "2 85 03 69 123 456 56",
        "jean@exemple.fr",
        "Dr ",
        "[[",
        "\n",
        "é",
        "👍",
        "\u200b",
    ]
)
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=30)), max_size=12).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_find_returns_sorted_non_overlapping_entities_with_exact_offsets(text: str) -> None:
    entities = find(text)
    for entity in entities:
        assert entity.type in ENTITY_TYPES
        assert 0 <= entity.start < entity.end <= len(text)
        assert text[entity.start : entity.end] == entity.text
        assert 0 < entity.score <= 1
    assert all(a.end <= b.start for a, b in itertools.pairwise(entities))


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, strategy=st.sampled_from(["placeholder", "mask", "pseudonym"]))
def test_anonymize_never_leaves_a_detected_value_in_place(text: str, strategy: str) -> None:
    result = anonymize(text, strategy=strategy)
    if strategy == "mask":
        assert len(result.text) == len(text)
    for entity in result.entities:
        if len(entity.text) >= 6 and entity.text not in text.replace(entity.text, "", 1):
            assert entity.text not in result.text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=2048), cut=st.integers(min_value=0, max_value=4000))
def test_broken_images_raise_a_french_error_and_leave_no_file(
    content: bytes, cut: int, tmp_path_factory: pytest.TempPathFactory, astronaut_bytes: bytes
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    source = folder / "photo.jpg"
    # Either random bytes, or a real JPEG cut short and followed by garbage.
    source.write_bytes(content if cut % 2 else astronaut_bytes[: 200 + cut] + content)
    destination = folder / "out" / "clean.jpg"
    destination.parent.mkdir()
    try:
        anonymize_image(source, destination)
    except ImageError as error:
        assert "photo.jpg" in str(error)
        assert list(destination.parent.iterdir()) == []
    else:
        # A prefix that still decodes: the output must be complete and readable.
        assert [p.name for p in destination.parent.iterdir()] == ["clean.jpg"]


@pytest.fixture(scope="module")
def astronaut_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from PIL import Image
    from skimage import data

    path: Path = tmp_path_factory.mktemp("astronaut") / "astronaut.jpg"
    Image.fromarray(data.astronaut()).save(path, "JPEG", quality=85)  # type: ignore[no-untyped-call]
    return path.read_bytes()
