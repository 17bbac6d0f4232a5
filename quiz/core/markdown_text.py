"""Markdown -> the plain paragraphs a student reads, with the first `# heading` as title."""

from __future__ import annotations

import re

from quiz.core.inputs import ArticleSource

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
