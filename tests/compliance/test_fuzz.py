"""Property tests: never crash, offsets always valid, whatever the input."""

from __future__ import annotations

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vitrine.compliance import Report, check
from vitrine.compliance.output import Result, output_schema, results_document

FRAGMENTS = [
    "Résultat garanti",
    "#AvantApres",
    "le meilleur chirurgien",
    "-30 %",
    "Aucun résultat ne peut être garanti.",
    "<!-- vitrine: ignore superlatif -- citation -->",
    "vitrine: ignore superlatif",
    "<p>",
    "</b>",
    "&eacute;",
    "&#233;",
    "&#xZZ;",
    "**",
    "[avis de nos patientes](http://x)",
    "\n",
    "œ",
    "İ",
    "ﬁ",
    "n°1",
    "Mme Durand, 06 12 34 56 78",
    "\u200b",
    "\x00",
    "🤡",
    "?",
]
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20)), max_size=25).map("".join),
)


def assert_valid_offsets(text: str, report: Report) -> None:
    for finding in [*report.findings, *(s.finding for s in report.suppressed)]:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert finding.excerpt == text[finding.start : finding.end]
        assert finding.line == text.count("\n", 0, finding.start) + 1
        assert finding.column == finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, input_format=st.sampled_from(["text", "markdown", "html"]))
def test_it_never_crashes_and_offsets_are_always_valid(text: str, input_format: str) -> None:
    report = check(text, channel="instagram", input_format=input_format)
    assert_valid_offsets(text, report)
    jsonschema.validate(results_document([Result(report, path="x")]), output_schema())


def test_control_characters_and_broken_html_are_handled() -> None:
    samples = [
        "".join(chr(c) for c in range(32)) + "Résultat garanti\x7f\ufeff",
        "<p><b>Résultat garanti<!-- vitrine: ignore superlatif",
        "<<>>&#xZZZ;&eacute<img alt='avant/après <script>var a = '#AvantApres'",
        "<div><p>Le meilleur <i>chirurgien</div></b></p></p>&",
        "</p>" * 50 + "<p" * 50,
    ]
    for text in samples:
        for input_format in ("text", "markdown", "html"):
            assert_valid_offsets(text, check(text, channel="site", input_format=input_format))


def test_a_one_megabyte_input_is_checked_with_valid_offsets() -> None:
    paragraph = (
        "Le cabinet est ouvert du lundi au vendredi. La rhinoplastie se pratique sous anesthésie générale. "
        "Le meilleur moyen de limiter l'œdème est la glace.\n"
    )
    text = paragraph * (1_000_000 // len(paragraph)) + "Résultat garanti !"
    assert len(text) >= 990_000
    report = check(text, channel="site")
    assert_valid_offsets(text, report)
    # found, or set aside by the learned reader with its reason (the page reads like information)
    last = max([*report.findings, *(s.finding for s in report.suppressed)], key=lambda f: f.start)
    assert last.excerpt == "Résultat garanti"
