"""Article files (.txt, .md, .html) -> the text a quiz points into.

Plain text is kept exactly (only CRLF becomes LF), since every span is an offset into it.
Markdown and HTML become the plain text a student reads: one paragraph per block,
paragraphs separated by a blank line. Nothing is ever fetched from the network.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.core.article import normalise_newlines
from quiz.core.errors import ArticleError

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode

MAX_ARTICLE_BYTES = 5 * 1024 * 1024
# A first line longer than this is a paragraph, not a headline.
MAX_TITLE_CHARS = 150


@dataclass(frozen=True)
class ArticleSource:
    text: str
    title: str = ""


def read_article_file(path: str | Path) -> ArticleSource:
    path = Path(path)
    raw = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm"}:
        text = _decode_html(path, raw)
        _require_text(path, text)
        source = html_to_article(text)
        if not source.text:
            raise ArticleError(path, "no article text found in this page")
        return source
    text = normalise_newlines(_decode_utf8(path, raw))
    _require_text(path, text)
    if suffix in {".md", ".markdown"}:
        source = markdown_to_article(text)
        if not source.text:
            raise ArticleError(path, "no article text found in this file")
        return source
    return ArticleSource(text=text, title=headline(text))


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(path, f"the article is {size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,}")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise ArticleError(path, "no such article file") from exc
    except OSError as exc:
        raise ArticleError(path, f"cannot read the article: {exc.strerror}") from exc


def _decode_utf8(path: Path, raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"line {_line(raw, exc)}: the article is not UTF-8 text (byte {exc.start})") from exc


def _require_text(path: Path, text: str) -> None:
    if not text.strip():
        raise ArticleError(path, "the article is empty")


def _line(raw: bytes, exc: UnicodeDecodeError) -> int:
    return raw[: exc.start].count(b"\n") + 1


# --- Plain text ----------------------------------------------------------------------

_FIRST_LINE = re.compile(r"\s*([^\n]+)\n[ \t]*\n")


def headline(text: str) -> str:
    """The first line, if it is short, has no final full stop and a blank line follows."""
    match = _FIRST_LINE.match(text)
    if not match or not text[match.end() :].strip():
        return ""
    line = match.group(1).strip()
    return line if len(line) <= MAX_TITLE_CHARS and not line.endswith(".") else ""


# --- Markdown --------------------------------------------------------------------------

_FENCE = re.compile(r"\s{0,3}(`{3,}|~{3,})")
_ATX_HEADING = re.compile(r"\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$")
_SETEXT_UNDERLINE = re.compile(r"\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_BULLET = re.compile(r"\s*(?:[-*+]|\d{1,9}[.)])\s+")
_QUOTE_MARKERS = re.compile(r"^(?:\s{0,3}>\s?)+")
_LINK_DEFINITION = re.compile(r"\s{0,3}\[[^\]]+\]:\s*\S")

# Backslash-escaped punctuation is hidden in a private-use plane while the inline rules
# run, so `\*` stays a literal asterisk.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ESCAPED = re.compile("[\U000f0021-\U000f007e]")
_ESCAPE_BASE = 0xF0000
_URL = r"\((?:[^()]|\([^()]*\))*\)"  # (url "title"), allowing one level of nested ()
_INLINE_RULES = [
    (re.compile(r"(`+)(.+?)\1"), r"\2"),  # `code`
    (re.compile(r"!\[[^\]]*\](?:" + _URL + r"|\[[^\]]*\])"), ""),  # images
    (re.compile(r"\[([^\]]*)\](?:" + _URL + r"|\[[^\]]*\])"), r"\1"),  # [text](url), [text][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # <https://autolink>
    (re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"(?<!\w)__(?=\S)(.+?)(?<=\S)__(?!\w)"), r"\1"),
    (re.compile(r"\*(?=\S)(.+?)(?<=\S)\*"), r"\1"),
    # Underscores inside words (snake_case) are not emphasis.
    (re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)"), r"\1"),
    (re.compile(r"[ \t]+"), " "),
]


def markdown_to_article(text: str) -> ArticleSource:
    """Markdown -> plain paragraphs; the first `# heading` becomes the title, not body."""
    blocks: list[tuple[int, str]] = []  # (heading level, 0 for none; text)
    lines: list[str] = []

    def end_block(level: int = 0) -> None:
        if lines:
            blocks.append((level, " ".join(lines)))
            lines.clear()

    fence = ""
    for line in text.split("\n"):
        if fence:
            if line.strip().startswith(fence):
                fence = ""
            continue
        line = _QUOTE_MARKERS.sub("", line)
        if match := _FENCE.match(line):
            end_block()
            fence = match.group(1)
        elif not line.strip():
            end_block()
        elif lines and (match := _SETEXT_UNDERLINE.match(line)):
            end_block(1 if match.group(1)[0] == "=" else 2)
        elif _RULE.match(line) or _LINK_DEFINITION.match(line):
            end_block()
        elif match := _ATX_HEADING.match(line):
            end_block()
            blocks.append((len(match.group(1)), match.group(2) or ""))
        elif match := _BULLET.match(line):
            end_block()  # each list item is its own paragraph
            lines.append(line[match.end() :].strip())
        else:
            lines.append(line.strip())
    end_block()

    title = ""
    paragraphs = []
    for level, block in blocks:
        plain = _markdown_inline(block)
        if level == 1 and not title:
            title = plain
        elif plain:
            paragraphs.append(plain)
    return ArticleSource(text="\n\n".join(paragraphs), title=title)


def _markdown_inline(text: str) -> str:
    text = _ESCAPE.sub(lambda m: chr(_ESCAPE_BASE + ord(m.group(1))), text)
    for pattern, replacement in _INLINE_RULES:
        text = pattern.sub(replacement, text)
    return _ESCAPED.sub(lambda m: chr(ord(m.group()) - _ESCAPE_BASE), text).strip()


# --- HTML ------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# Labels that browsers read as another encoding (WHATWG Encoding Standard).
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252", "gb2312": "gbk"}

# Page furniture, not the article: removed with everything inside. `header` is handled
# apart, since an article's own header holds its headline and byline.
_BOILERPLATE = (
    "script, style, noscript, template, nav, footer, aside, form, button, select, textarea, "
    "iframe, object, svg, [hidden], [aria-hidden=true], "
    "[role=navigation], [role=banner], [role=contentinfo], [role=complementary]"
)
_SECTIONS = {"article", "main", "section"}
_BLOCKS = {
    "address", "article", "blockquote", "body", "br", "dd", "div", "dl", "dt", "figcaption",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p", "pre", "section",
    "table", "td", "th", "tr", "ul",
}
# HTML collapses runs of these; a no-break space is shown as a space too.
_HTML_SPACE = re.compile(r"[ \t\n\r\f\xa0]+")


def _decode_html(path: Path, raw: bytes) -> str:
    """UTF-8, or else the charset the page declares in a <meta> near its start."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _META_CHARSET.search(raw[:4096])
        if not declared:
            raise ArticleError(path, f"line {_line(raw, exc)}: the page is not UTF-8 text (byte {exc.start})") from exc
    label = declared.group(1).decode("ascii").lower()
    try:
        return raw.decode(codecs.lookup(_CHARSET_ALIASES.get(label, label)).name)
    except LookupError as exc:
        raise ArticleError(path, f"the page declares charset {label!r}, which is not known") from exc
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"line {_line(raw, exc)}: the page is not {label} text (byte {exc.start})") from exc


def html_to_article(html: str) -> ArticleSource:
    """The article's paragraphs and headline, without the page around it."""
    # Imported here so that reading a .txt or .md article never loads the HTML parser.
    # Lexbor is an HTML5 parser: it has no DTDs, so no external entities, and no I/O.
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    region = _article_region(tree)
    for node in region.css(_BOILERPLATE):
        node.decompose()
    for node in region.css("header"):
        if not _has_ancestor(node, _SECTIONS):  # the site banner, not an article's header
            node.decompose()

    # The first <h1> is the headline, unless it runs on (an unclosed <h1> swallows the page).
    h1 = region.css_first("h1")
    title = _collapse(h1.text()) if h1 is not None else ""
    if 0 < len(title) <= MAX_TITLE_CHARS:
        h1.decompose()
    else:
        page_title = tree.css_first("head title")
        title = _collapse(page_title.text()) if page_title is not None else ""
    return ArticleSource(text="\n\n".join(_paragraphs(region)), title=title)


def _article_region(tree: LexborHTMLParser) -> LexborNode:
    """The longest <article>, else the longest <main>, that is not in a sidebar or footer."""
    for tag in ("article", "main"):
        found = [n for n in tree.css(tag) if not _has_ancestor(n, {"aside", "nav", "footer"})]
        if found:
            return max(found, key=lambda n: len(n.text()))
    return tree.body


def _has_ancestor(node: LexborNode, tags: set[str]) -> bool:
    node = node.parent
    while node is not None:
        if node.tag in tags:
            return True
        node = node.parent
    return False


def _paragraphs(region: LexborNode) -> list[str]:
    """Text between block boundaries, in document order, whitespace collapsed."""
    paragraphs: list[str] = []
    pieces: list[str] = []

    def end_paragraph() -> None:
        paragraph = _collapse("".join(pieces))
        pieces.clear()
        if paragraph:
            paragraphs.append(paragraph)

    end = object()  # marks where a block element closes
    stack = [region]  # iterative, as news pages can nest deeper than Python's recursion limit
    while stack:
        node = stack.pop()
        if node is end:
            end_paragraph()
        elif node.tag == "-text":
            pieces.append(node.text_content)
        else:
            if node.tag in _BLOCKS:
                end_paragraph()
                stack.append(end)
            stack.extend(reversed(list(node.iter(include_text=True))))
    end_paragraph()
    return paragraphs


def _collapse(text: str) -> str:
    return _HTML_SPACE.sub(" ", text).strip()
