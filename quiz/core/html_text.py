"""An HTML page -> the article's paragraphs and headline, without the page around it.

Nothing is fetched: Lexbor is an HTML5 parser with no DTDs, so no external entities, and no I/O.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.core.errors import ArticleError
from quiz.core.inputs import MAX_TITLE_CHARS, ArticleSource, error_line

if TYPE_CHECKING:
    from selectolax.lexbor import LexborHTMLParser, LexborNode


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


def decode_html(path: Path, raw: bytes) -> str:
    """UTF-8, or else the charset the page declares in a <meta> near its start."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        declared = _META_CHARSET.search(raw[:4096])
        if not declared:
            raise ArticleError(path, f"line {error_line(raw, exc)}: the page is not UTF-8 text (byte {exc.start})") from exc
    label = declared.group(1).decode("ascii").lower()
    try:
        return raw.decode(codecs.lookup(_CHARSET_ALIASES.get(label, label)).name)
    except LookupError as exc:
        raise ArticleError(path, f"the page declares charset {label!r}, which is not known") from exc
    except UnicodeDecodeError as exc:
        raise ArticleError(path, f"line {error_line(raw, exc)}: the page is not {label} text (byte {exc.start})") from exc


def html_to_article(html: str) -> ArticleSource:
    """The article's paragraphs and headline, without the page around it."""
    from selectolax.lexbor import LexborHTMLParser  # only pages need the parser

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
