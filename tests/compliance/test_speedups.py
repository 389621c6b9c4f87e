"""What the engine remembers and what it skips must never change what it finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vitrine.compliance import check, nlp
from vitrine.compliance.logic import people
from vitrine.compliance.markup import strip_markup
from vitrine.compliance.recent import Recent
from vitrine.compliance.textmap import MappedText, fold, fold_char

PROMISE = "Avec le Dr Martin, nous vous garantissons un résultat naturel."
FILLER = "Le cabinet est ouvert du lundi au vendredi, de 9 h à 18 h, sur rendez-vous. "


def test_recent_forgets_the_least_recently_used_result_first() -> None:
    recent: Recent[str, int] = Recent(2)
    recent.put("a", 1)
    recent.put("b", 2)
    assert recent.get("a") == 1  # "b" is now the oldest
    recent.put("c", 3)
    assert recent.get("b") is None
    assert (recent.get("a"), recent.get("c")) == (1, 3)


def test_a_sentence_seen_before_gives_the_same_findings_at_its_new_place() -> None:
    # The rules alone: what they remember is under test. The learned reader reads passages of
    # several sentences, which the filler rightly changes (it may doubt the promise among them).
    nlp.RECENT.clear()
    first = check(PROMISE, channel="instagram", learned=False)
    assert nlp.RECENT.get(PROMISE) is not None or not first.findings
    moved = FILLER * 3 + PROMISE
    again = check(moved, channel="instagram", learned=False)
    nlp.RECENT.clear()
    fresh = check(moved, channel="instagram", learned=False)
    shift = len(FILLER) * 3
    assert [(f.rule, f.start - shift, f.end - shift) for f in again.findings] == [
        (f.rule, f.start, f.end) for f in first.findings
    ]
    assert again.findings == fresh.findings
    assert [f.excerpt for f in again.findings] == [moved[f.start : f.end] for f in again.findings]


def test_the_privacy_guard_reads_only_the_sentences_that_could_identify_someone() -> None:
    text = FILLER * 20 + "Mme Sophie Durand a été opérée hier. " + FILLER * 20
    windows = people._windows(text)
    assert len(windows) == 1
    start, end = windows[0]
    assert "Sophie Durand" in text[start:end]
    assert end - start < 120  # one sentence, not the 3,000-character page


def test_a_name_in_a_long_page_is_found_at_its_offset_whether_remembered_or_not() -> None:
    text = FILLER * 20 + "Mme Sophie Durand a été opérée hier. " + FILLER * 20
    people.RECENT.clear()
    fresh = [f for f in check(text, channel="site").findings if f.rule == "donnees-patient"]
    remembered = [f for f in check(text, channel="site").findings if f.rule == "donnees-patient"]
    assert fresh == remembered
    assert fresh and all("Durand" in f.excerpt for f in fresh)
    assert text[fresh[0].start : fresh[0].end] == fresh[0].excerpt


def _fold_character_by_character(mapped: MappedText) -> MappedText:
    """The reference ``fold``: one character at a time, splitting CamelCase hashtags."""
    text = mapped.text
    pieces: list[str] = []
    sources: list[tuple[int, int]] = []
    in_hashtag = False
    previous = ""
    for i, char in enumerate(text):
        if char == "#":
            in_hashtag = True
        elif in_hashtag and not (char.isalnum() or char == "_"):
            in_hashtag = False
        elif in_hashtag and char.isupper() and previous.islower():
            pieces.append(" ")
            sources.append((i, i + 1))
        for folded in fold_char(char):
            pieces.append(folded)
            sources.append((i, i + 1))
        previous = char
    return mapped.derive("".join(pieces), sources)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aàâéèÉÈœŒæß'’—–  \u00a0#ABCabc_ﬁΣσİ1\n<>&"), max_size=60))
def test_folding_by_table_equals_folding_character_by_character(text: str) -> None:
    mapped = MappedText.identity(text)
    fast, slow = fold(mapped), _fold_character_by_character(mapped)
    assert (fast.text, fast.starts, fast.ends) == (slow.text, slow.starts, slow.ends)


def test_html_text_runs_keep_their_offsets_in_the_source() -> None:
    html = "<p>Le <b>meilleur</b> chirurgien</p>\n<p>Résultat garanti</p>"
    plain, _ = strip_markup(html, "html")
    for i, char in enumerate(plain.text):
        if char != "\n":
            assert html[plain.starts[i]] == char


def test_a_capitalised_word_starting_a_line_is_not_read_as_a_name() -> None:
    assert people._windows("Rhinoplastie\nLe cabinet est ouvert\nTarifs") == []
    assert len(people._windows("Rhinoplastie\nMerci Nathalie pour votre message")) == 1


def test_the_c_yaml_loader_reads_every_rule_file_as_the_python_one_does() -> None:
    from importlib import resources

    import yaml

    from vitrine.compliance.registry import RULE_LOADER

    files = [
        e
        for e in resources.files("vitrine.compliance").joinpath("rules").iterdir()
        if e.name.endswith(".yaml")
    ]
    assert len(files) >= 18
    for entry in files:
        text = entry.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=RULE_LOADER) == yaml.safe_load(text), entry.name  # noqa: S506
