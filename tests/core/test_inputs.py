"""Reading articles from .txt, .md and .html files."""

from __future__ import annotations

import socket
import subprocess
import sys

import pytest
from support import SEED_ARTICLE

from quiz.core.errors import ArticleError
from quiz.core.inputs import MAX_ARTICLE_BYTES, read_article_file


def read(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return read_article_file(path)


def page(body: str, head: str = "<title>Page title</title>") -> str:
    return f"<!DOCTYPE html>\n<html><head><meta charset='utf-8'>{head}</head>\n<body>{body}</body></html>"


NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>City sends 20,000 troops to flood zone | The Daily Ledger</title>
  <style>body { font-family: serif; }</style>
  <script>window.dataLayer = [{"page": "article"}];</script>
</head>
<body>
  <header class="site-header"><a href="/">The Daily Ledger</a>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <div class="cookie">We use cookies. <form><button>Accept</button></form></div>
  <main>
    <article>
      <h1>City sends 20,000 troops to flood zone</h1>
      <p>The city will send 20,000 troops to the flood zone by Friday, officials said on
         Tuesday. The river rose 3.2 metres overnight, the highest level since 1998.</p>
      <!-- ad slot -->
      <aside class="related"><h3>Related</h3><ul><li><a href="/x">Storm warnings issued</a></li></ul></aside>
      <p>&#8220;We will act now,&#8221; Mayor Ann Lee said. &ldquo;Nobody will be left behind.&rdquo;</p>
      <h2>What happens next</h2>
      <p>About 1,200 homes were evacuated, according to the fire service &mdash; but a spokesperson
         declined to say how many people remain.</p>
      <script>trackRead();</script>
      <p>Tom &amp; Jerry&#39;s caf&eacute; on <a href="/main-st">Main St.</a> stayed open.</p>
    </article>
  </main>
  <aside><h2>Most read</h2><ol><li>Something else entirely</li></ol></aside>
  <footer><p>&copy; 2024 The Daily Ledger.</p><nav><a href="/privacy">Privacy</a></nav></footer>
</body>
</html>
"""

NEWS_TEXT = (
    "The city will send 20,000 troops to the flood zone by Friday, officials said on Tuesday. "
    "The river rose 3.2 metres overnight, the highest level since 1998.\n\n"
    "“We will act now,” Mayor Ann Lee said. “Nobody will be left behind.”\n\n"
    "What happens next\n\n"
    "About 1,200 homes were evacuated, according to the fire service — but a spokesperson "
    "declined to say how many people remain.\n\n"
    "Tom & Jerry's café on Main St. stayed open."
)


# --- .txt ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Flood warning for the valley\n\nThe river rose.\n", "Flood warning for the valley"),
        ("\n\nLeading blank lines are skipped\n\nThe river rose.\n", "Leading blank lines are skipped"),
        ("Is the river rising?\n  \nThe river rose.\n", "Is the river rising?"),
        ("The river rose.\n\nA full stop makes it a sentence.\n", ""),
        ("No blank line follows\nThe river rose.\n", ""),
        ("Only a headline\n\n", ""),
        ("x" * 151 + "\n\nThe river rose.\n", ""),
    ],
    ids=["headline", "leading-blank", "question", "full-stop", "no-blank-line", "no-body", "too-long"],
)
def test_txt_title_is_a_short_first_line_followed_by_a_blank_line(tmp_path, text, title):
    assert read(tmp_path, "a.txt", text).title == title


@pytest.mark.parametrize("name", ["a.txt", "a.text", "a"])
def test_txt_and_unknown_extensions_keep_the_text_exactly(tmp_path, name):
    text = "Flood warning\n\n  “We will act now,” she said — twice.  \n\n\n**not markdown** <b>not html</b>\n"
    assert read(tmp_path, name, text).text == text


def test_txt_crlf_becomes_lf_and_nothing_else_changes(tmp_path):
    source = read(tmp_path, "a.txt", "Flood warning\r\n\r\nThe river rose.\r\n")
    assert (source.text, source.title) == ("Flood warning\n\nThe river rose.\n", "Flood warning")


# --- .md -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("Intro.\n\n## What happens next ##\n\n### Later\n\nMore.", "Intro.\n\nWhat happens next\n\nLater\n\nMore."),
        ("Read [the report](https://x.org/r_(2024) \"Report\") now.", "Read the report now."),
        ("See [the report][r] today.\n\n[r]: https://x.org/report", "See the report today."),
        ("Before ![A flooded road](road.jpg) after.\n\n![Alone](a.png)", "Before after."),
        ("[![Logo](logo.png)](https://x.org)Text.", "Text."),
        ("**20,000 troops** and *one* and __two__ and _three_ and ***four***.", "20,000 troops and one and two and three and four."),
        ("file_name_here and 5 * 3 * 2 stay.", "file_name_here and 5 * 3 * 2 stay."),
        ("Escaped \\*stars\\* and \\_under\\_.", "Escaped *stars* and _under_."),
        ("Run `make_test` now.", "Run make_test now."),
        ("- One.\n- Two\n  continues.\n* Three.\n+ Four.\n1. Five.\n2) Six.", "One.\n\nTwo continues.\n\nThree.\n\nFour.\n\nFive.\n\nSix."),
        ("Before.\n\n```python\nprint('no')\n```\n\n~~~\nalso no\n~~~\n\nAfter.", "Before.\n\nAfter."),
        ("The city will send\n20,000 troops to the   flood zone\nby Friday.", "The city will send 20,000 troops to the flood zone by Friday."),
        ("> “We will act now,”\n> Mayor Ann Lee said.\n>\n> > Nested.", "“We will act now,” Mayor Ann Lee said.\n\nNested."),
        ("One.\n\n---\n\n* * *\n\nTwo.", "One.\n\nTwo."),
        ("“Curly” ‘quotes’ — dashes – … café 20 °C ½ & <b>", "“Curly” ‘quotes’ — dashes – … café 20 °C ½ & <b>"),
        ("First.\n\n\n\nSecond.\r\nstill second.", "First.\n\nSecond. still second."),
    ],
    ids=[
        "headings", "inline-link", "reference-link", "images", "linked-image", "emphasis",
        "literal-underscores-asterisks", "escapes", "code-span", "list-items", "code-fences",
        "hard-wraps", "blockquotes", "rules", "characters-kept", "blank-lines-and-crlf",
    ],
)
def test_md_becomes_plain_paragraphs(tmp_path, markdown, text):
    assert read(tmp_path, "a.md", markdown).text == text


@pytest.mark.parametrize(
    ("markdown", "title", "text"),
    [
        ("# Flood *warning*\n\nThe river rose.\n", "Flood warning", "The river rose."),
        ("Intro.\n\n# Later heading\n\n# Second heading\n", "Later heading", "Intro.\n\nSecond heading"),
        ("Flood warning\n=============\n\nThe river rose.\n", "Flood warning", "The river rose."),
        ("## Only a section\n\nThe river rose.\n", "", "Only a section\n\nThe river rose."),
    ],
    ids=["atx", "first-h1-only", "setext", "no-h1"],
)
def test_md_first_level_one_heading_is_the_title_and_leaves_the_body(tmp_path, markdown, title, text):
    source = read(tmp_path, "a.markdown", markdown)
    assert (source.title, source.text) == (title, text)


# --- .html ---------------------------------------------------------------------------


def test_html_news_page_keeps_the_article_and_drops_the_page_around_it(tmp_path):
    source = read(tmp_path, "news.html", NEWS_PAGE)
    assert (source.title, source.text) == ("City sends 20,000 troops to flood zone", NEWS_TEXT)


@pytest.mark.parametrize(
    "furniture",
    [
        "<nav><a href='/'>Home</a></nav>",
        "<script>document.write('Hello');</script>",
        "<style>p { color: red }</style>",
        "<noscript>Turn on JavaScript</noscript>",
        "<header><a href='/'>The Daily Ledger</a></header>",
        "<footer>Copyright 2024</footer>",
        "<aside>Most read</aside>",
        "<form><label>Email</label><button>Sign up</button></form>",
        "<!-- Body text. -->",
        "<div hidden>Hidden</div>",
        "<div role='navigation'>Menu</div>",
    ],
    ids=["nav", "script", "style", "noscript", "header", "footer", "aside", "form", "comment", "hidden", "role"],
)
def test_html_drops_page_furniture(tmp_path, furniture):
    assert read(tmp_path, "a.html", page(f"{furniture}<p>Body text.</p>{furniture}")).text == "Body text."


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("<div>Menu</div><main><p>In main.</p></main>", "In main."),
        ("<main><p>Intro.</p><article><p>In article.</p></article></main>", "In article."),
        ("<aside><article><p>A much longer teaser card in a sidebar.</p></article></aside><article><p>Story.</p></article>", "Story."),
        ("<article><p>Short.</p></article><article><p>The longer of two articles.</p></article>", "The longer of two articles."),
        ("<form id='aspnetForm'><nav>Menu</nav><article><p>Story.</p></article></form>", "Story."),
        ("<div class='story'><p>No article element.</p></div>", "No article element."),
    ],
    ids=["main", "article-over-main", "not-in-aside", "longest-article", "form-around-page", "body"],
)
def test_html_prefers_article_then_main_then_body(tmp_path, body, text):
    assert read(tmp_path, "a.html", page(body)).text == text


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        ("<div>Direct text <p>then a paragraph.</p> and a tail.</div>", "Direct text\n\nthen a paragraph.\n\nand a tail."),
        ("<ul><li>First.</li><li>Second.</li></ul>", "First.\n\nSecond."),
        ("<h2>Next</h2><h6>Small</h6><p>Body.</p>", "Next\n\nSmall\n\nBody."),
        ("<blockquote>A quote.</blockquote><p>Body.</p>", "A quote.\n\nBody."),
        ("<p>Line one.<br>Line two.</p>", "Line one.\n\nLine two."),
        ("<p>Unclosed one.<p>Unclosed two.<ul><li>Item<li>Item two</ul>", "Unclosed one.\n\nUnclosed two.\n\nItem\n\nItem two"),
        ("<p>An <a href='/x'>inline</a> <b>bold</b> <em>word</em>.</p>", "An inline bold word."),
        ("<p>\n   Spread\tover\n\n   lines   and  spaces.  </p>", "Spread over lines and spaces."),
        ("<figure><img src='a.jpg' alt='Alt text'><figcaption>A caption.</figcaption></figure>", "A caption."),
    ],
    ids=["p", "div-direct-text", "li", "h2-h6", "blockquote", "br", "unclosed-tags", "inline", "whitespace", "figcaption"],
)
def test_html_blocks_become_paragraphs(tmp_path, body, text):
    assert read(tmp_path, "a.htm", page(body)).text == text


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("&#8220;Now,&#8221; she said", "“Now,” she said"),
        ("&ldquo;Now&rdquo; &lsquo;then&rsquo;", "“Now” ‘then’"),
        ("Up &mdash; down &ndash; out &hellip;", "Up — down – out …"),
        ("It&#x2019;s caf&eacute;", "It’s café"),
        ("3 &lt; 4 &gt; 2", "3 < 4 > 2"),
        ("5&nbsp;% and&nbsp;&nbsp;more", "5 % and more"),
    ],
    ids=["amp", "numeric", "named-quotes", "dashes", "hex", "lt-gt", "nbsp"],
)
def test_html_entities_are_decoded(tmp_path, markup, text):
    assert read(tmp_path, "a.html", page(f"<p>{markup}</p>")).text == text


@pytest.mark.parametrize(
    ("head", "body", "title", "text"),
    [
        ("<title> The &amp; page </title>", "<p>Body.</p>", "The & page", "Body."),
        ("<title>Site | Page</title>", "<h1>The  headline</h1><p>Body.</p>", "The headline", "Body."),
        ("", "<article><header><h1>Headline</h1><p>By Jo Park</p></header><p>Body.</p></article>", "Headline", "By Jo Park\n\nBody."),
        ("<title>Page</title>", "<header><h1>Site logo</h1></header><p>Body.</p>", "Page", "Body."),
        ("<title>Page</title>", "<h1>Runaway <p>" + "word " * 40 + "</p>", "Page", "Runaway\n\n" + ("word " * 40).strip()),
        ("", "<p>Body.</p>", "", "Body."),
    ],
    ids=["title-element", "h1-over-title", "h1-in-article-header", "site-banner-h1", "runaway-h1", "none"],
)
def test_html_title_comes_from_the_first_h1_or_else_the_title_element(tmp_path, head, body, title, text):
    source = read(tmp_path, "a.html", page(body, head=head))
    assert (source.title, source.text) == (title, text)


@pytest.mark.parametrize(
    ("head", "encoding", "text"),
    [
        ('<meta charset="windows-1252">', "cp1252", "“Café” — naïve"),
        # Browsers read a page labelled ISO-8859-1 as windows-1252, where “ and ” live.
        ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252", "“Café” — naïve"),
        ("<meta charset=koi8-r>", "koi8-r", "Привет, мир"),
    ],
    ids=["charset", "http-equiv-latin1", "koi8-r"],
)
def test_html_that_is_not_utf8_is_read_in_its_declared_charset(tmp_path, head, encoding, text):
    raw = f"<html><head>{head}</head><body><p>{text}</p></body></html>".encode(encoding)
    assert read(tmp_path, "a.html", raw).text == text


def test_html_utf8_wins_over_a_wrong_declared_charset(tmp_path):
    assert read(tmp_path, "a.html", page("<p>“Café”</p>", head="<meta charset='iso-8859-1'>")).text == "“Café”"


def test_html_external_entities_are_not_resolved(tmp_path):
    html = '<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><p>A &xxe; B.</p></body></html>'
    # HTML has no DTDs: as in a browser, the entity stays literal (and "]>" shows as text).
    text = read(tmp_path, "a.html", html).text
    assert "root:" not in text and "A &xxe; B." in text


def test_html_is_read_without_opening_a_socket(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("tried to open a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    head = "<link rel='stylesheet' href='http://example.invalid/a.css'><script src='http://example.invalid/a.js'></script>"
    body = "<iframe src='http://example.invalid/'></iframe><img src='http://example.invalid/a.png'><p>Body.</p>"
    assert read(tmp_path, "a.html", page(body, head=head)).text == "Body."


# --- errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("a.txt", b"Fine.\nbad \xff byte", "line 2: the article is not UTF-8 text (byte 10)"),
        ("a.md", b"# T\n\n\xe9t\xe9", "line 3: the article is not UTF-8 text (byte 5)"),
        ("a.html", b"<p>Fine.</p>\n<p>caf\xe9</p>", "line 2: the page is not UTF-8 text (byte 19)"),
        ("a.html", b"<meta charset='x-klingon'><p>\xff</p>", "the page declares charset 'x-klingon', which is not known"),
        ("a.html", b"<meta charset='utf-8'>\n<p>\xff</p>", "line 2: the page is not utf-8 text (byte 26)"),
        ("a.txt", b" \n\t\n", "the article is empty"),
        ("a.md", b"\xef\xbb\xbf\n", "the article is empty"),
        ("a.html", b"  \r\n", "the article is empty"),
        ("a.html", page("<nav>Home</nav><script>go()</script><p> </p>").encode(), "no article text found in this page"),
        ("a.md", b"# Only a title\n\n![image](a.png)\n", "no article text found in this file"),
    ],
    ids=[
        "txt-not-utf8", "md-not-utf8", "html-not-utf8-no-charset", "html-unknown-charset",
        "html-bad-declared-charset", "txt-empty", "md-empty-bom", "html-empty", "html-no-text", "md-no-text",
    ],
)
def test_unreadable_article_reports_path_and_reason(tmp_path, name, content, message):
    with pytest.raises(ArticleError) as caught:
        read(tmp_path, name, content)
    assert caught.value.path == str(tmp_path / name)
    assert str(caught.value) == f"{tmp_path / name}: {message}"


def test_missing_file_is_reported(tmp_path):
    with pytest.raises(ArticleError, match="no such article file$"):
        read_article_file(tmp_path / "missing.html")


@pytest.mark.parametrize("name", ["big.txt", "big.html"])
def test_file_over_the_size_limit_is_refused_before_reading(tmp_path, name):
    path = tmp_path / name
    with path.open("wb") as f:
        f.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(ArticleError, match=f"the article is {MAX_ARTICLE_BYTES + 1:,} bytes; the limit is {MAX_ARTICLE_BYTES:,}$"):
        read_article_file(path)


# --- through the app -----------------------------------------------------------------

E2E_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>Guard troops | The Ledger</title>
<script src="/analytics.js"></script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
  <h1>State asks for 20,000 troops</h1>
  <p>The state has asked for 20,000 troops to help after the floods, officials said on Monday.
     About 1,500 people are still in shelters, according to the Red Cross.</p>
  <p>&#8220;We will act now,&#8221; Mayor Ann Lee said. &ldquo;Every family will get help.&rdquo;</p>
  <p>The request would cost $45 million, a budget office report said. It is unclear when the
     troops would arrive or who would command them.</p>
  <p>Governor Tom Reyes said 3 bridges were closed &mdash; and that 12 schools would stay shut this week.</p>
</article>
<footer>&copy; The Ledger</footer>
</body></html>
"""


def test_generating_from_html_gives_evidence_found_in_the_pack_article(tmp_path):
    # Imported here so that a broken generator does not hide how articles are read.
    from quiz.core.service import QuizService

    path = tmp_path / "troops.html"
    path.write_text(E2E_PAGE, encoding="utf-8")
    service = QuizService.in_memory()
    try:
        pack = service.generate_from_file(path)
    finally:
        service.close()
    assert pack.article.title == "State asks for 20,000 troops"
    assert "20,000 troops" in pack.article.text and "<" not in pack.article.text
    assert pack.questions
    assert [q.id for q in pack.questions if q.evidence not in pack.article.text] == []


@pytest.mark.parametrize(("suffix", "loaded"), [(".txt", False), (".md", False), (".html", True)])
def test_only_html_articles_load_the_html_parser(tmp_path, suffix, loaded):
    path = tmp_path / f"article{suffix}"
    path.write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    script = (
        "import sys\n"
        "from quiz.core.service import QuizService\n"
        f"QuizService.in_memory().generate_from_file({str(path)!r})\n"
        "print('selectolax' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == str(loaded)
