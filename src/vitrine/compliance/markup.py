"""Strip HTML or Markdown markup while keeping a map back to the original offsets.

HTML goes through the standard library's tolerant ``html.parser`` with character references
left unconverted, because it reports the source position of every tag and text run (which
selectolax does not expose); see docs/decisions/0011-markup-offsets.md. Markdown is stripped
by a small set of well-known syntax patterns: markers are dropped, text is kept verbatim.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from vitrine.compliance.textmap import MappedText

INPUT_FORMATS: tuple[str, ...] = ("text", "markdown", "html")


@dataclass(frozen=True)
class Comment:
    """A markup comment (``<!-- ... -->``) with its original span and inner text."""

    start: int
    end: int
    body: str


@dataclass
class _Builder:
    chars: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)

    def verbatim(self, text: str, offset: int) -> None:
        self.chars.extend(text)
        self.starts.extend(range(offset, offset + len(text)))
        self.ends.extend(range(offset + 1, offset + len(text) + 1))

    def replaced(self, text: str, start: int, end: int) -> None:
        for c in text:
            self.chars.append(c)
            self.starts.append(start)
            self.ends.append(end)

    def separator(self, position: int) -> None:
        if self.chars and self.chars[-1] != "\n":
            self.replaced("\n", position, position)

    def build(self, length: int) -> MappedText:
        return MappedText("".join(self.chars), self.starts, self.ends, length)


_BLOCK_TAGS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt"),
        *("figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr"),
        *(
            "li",
            "main",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "td",
            "th",
            "title",
            "tr",
            "ul",
        ),
    }
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head"})
_ALT = re.compile(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)


class _TextExtractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.out = _Builder()
        self.comments: list[Comment] = []
        self.skipping = 0
        self.line_starts = [0]
        for match in re.finditer("\n", source):
            self.line_starts.append(match.end())

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        position = self._offset()
        if tag in _SKIPPED_TAGS and tag != "head":
            self.skipping += 1
            return
        if tag in _BLOCK_TAGS:
            self.out.separator(position)
        if tag == "img" and not self.skipping:
            raw = self.get_starttag_text() or ""
            match = _ALT.search(raw)
            if match:
                group = next(g for g in (1, 2, 3) if match.group(g) is not None)
                self.out.separator(position)
                self.out.verbatim(match.group(group), position + match.start(group))
                self.out.separator(position + len(raw))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIPPED_TAGS and tag != "head":
            self.skipping = max(0, self.skipping - 1)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS and tag != "head":
            self.skipping = max(0, self.skipping - 1)
            return
        if tag in _BLOCK_TAGS:
            self.out.separator(self._offset())

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.verbatim(data, self._offset())

    def _reference(self, raw_core: str) -> None:
        if self.skipping:
            return
        start = self._offset()
        end = start + len(raw_core)
        if self.source[end : end + 1] == ";":
            end += 1
        decoded = html.unescape(self.source[start:end])
        self.out.replaced(decoded, start, end)

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        end = start + len(data) + 7
        self.comments.append(Comment(start, min(end, len(self.source)), data))


def strip_html(source: str) -> tuple[MappedText, list[Comment]]:
    """Return the visible text of an HTML document (plus ``alt`` texts) and its comments."""
    parser = _TextExtractor(source)
    parser.feed(source)
    parser.close()
    return parser.out.build(len(source)), parser.comments


_MD_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
_MD_REMOVED_LINE_PARTS = re.compile(
    r"""^(?:
        [ \t]{0,3}\#{1,6}[ \t]+            # ATX heading marker
      | [ \t]{0,3}(?:>[ \t]?)+            # block quote markers
      | [ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+  # list item marker
      | [ \t]*(?:[-*_][ \t]*){3,}$        # thematic break
      | [ \t]*(?:=+|-+)[ \t]*$            # setext underline
      | [ \t]*(?:```|~~~).*$              # code fence
      | [ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$   # link reference definition
    )""",
    re.MULTILINE | re.VERBOSE,
)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\](\([^)\n]*\)|\[[^\]\n]*\])")
_MD_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_MD_EMPHASIS = re.compile(
    r"\*+|~~|`+|(?<![0-9A-Za-zÀ-ÿ])_+|_+(?![0-9A-Za-zÀ-ÿ])|\\(?=[\\`*_{}\[\]()#+\-.!>])"
)


def strip_markdown(source: str) -> tuple[MappedText, list[Comment]]:
    """Return the text of a Markdown document with its markers removed, and its HTML comments."""
    removed = bytearray(len(source))
    comments: list[Comment] = []

    def drop(start: int, end: int) -> None:
        removed[start:end] = b"\x01" * (end - start)

    for match in _MD_COMMENT.finditer(source):
        comments.append(Comment(match.start(), match.end(), match.group(1)))
        drop(match.start(), match.end())
    for match in _MD_REMOVED_LINE_PARTS.finditer(source):
        drop(match.start(), match.end())
    for match in _MD_LINK.finditer(source):
        drop(match.start(), match.start(1))
        drop(match.end(1), match.end())
    for match in _MD_TAG.finditer(source):
        drop(match.start(), match.end())
    for match in _MD_EMPHASIS.finditer(source):
        drop(match.start(), match.end())
    out = _Builder()
    for i, c in enumerate(source):
        if not removed[i]:
            out.chars.append(c)
            out.starts.append(i)
            out.ends.append(i + 1)
    return out.build(len(source)), comments


def strip_markup(source: str, input_format: str) -> tuple[MappedText, list[Comment]]:
    """Dispatch on ``input_format`` (``text``, ``markdown`` or ``html``)."""
    if input_format == "html":
        return strip_html(source)
    if input_format == "markdown":
        return strip_markdown(source)
    if input_format == "text":
        return MappedText.identity(source), []
    raise ValueError(f"format d'entrée inconnu : {input_format!r} (attendu : {', '.join(INPUT_FORMATS)})")


_HTML_HINT = re.compile(
    r"</?(?:p|div|h[1-6]|br|span|a|ul|ol|li|strong|em|b|i|img|section|article|html|body|table)\b[^>]*>", re.I
)
_MARKDOWN_HINT = re.compile(r"^\s{0,3}#{1,6}\s|\*\*[^*\n]+\*\*|\]\([^)\s]+\)|^\s{0,3}[-*]\s+\S", re.M)


def detect_format(text: str) -> str:
    """Guess ``html``, ``markdown`` or ``text`` from the content."""
    if _HTML_HINT.search(text):
        return "html"
    if _MARKDOWN_HINT.search(text):
        return "markdown"
    return "text"
