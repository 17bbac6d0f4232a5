"""Moodle GIFT text, both ways (Moodle's question/format/gift/format.php). The article
travels first, as a description named "Article" (portable.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from quiz.core.article import normalise_newlines
from quiz.core.domain import SKILLS, Pack, Question
from quiz.core.inputs import ArticleSource
from quiz.core.interop.moodle import (
    DEFAULT_SKILL, QuestionReader, Skip, export_problem, first_words, format_number, general_feedback, html_to_text,
    is_full, multi_weights, multichoice_fields, number_fields, short_answer_fields, truefalse_feedback,
    truefalse_fields,
)
from quiz.core.interop.portable import (
    ARTICLE_NAME, Export, article_from_html, article_html, exported, is_article_name,
)

# ================================================================ export

_GIFT_SPECIAL = str.maketrans(
    {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n", "\r": ""}
)
# What Moodle's GIFT reader takes for a grade weight at the start of an answer.
_GIFT_WEIGHT = re.compile(r"%-?\d+(?:\.\d*)?%")


def gift_escape(text: str) -> str:
    """Text safe anywhere in GIFT; newlines become `\\n`, as Moodle's own exporter writes them.

    A raw newline would also do inside a question, but Moodle trims every line, drops lines
    that start with `//` and ends the question at a blank line: `\\n` keeps the text exact.
    """
    return text.translate(_GIFT_SPECIAL)


def pack_to_gift(pack: Pack) -> Export:
    """The pack as Moodle GIFT text: its article as a description, then its questions."""
    blocks, warnings, changed = exported(pack, _gift_question, lambda q: export_problem(q) or _gift_problem(q))
    article = f"::{ARTICLE_NAME}::[html]{gift_escape(article_html(pack.article))}"
    text = "\n\n".join([f"$CATEGORY: {gift_escape(pack.id)}", article, *blocks]) + "\n"
    return Export(text, warnings, len(blocks), changed)


def _gift_problem(question: Question) -> str | None:
    """What GIFT cannot say that Moodle XML can."""
    texts = [*question.choices, *question.accept, *question.feedback]
    if question.type == "text":
        texts.append(question.answer)
        if any("->" in t for t in [*texts, *question.feedback.values()]):
            return 'GIFT reads "->" in a short-answer question as a matching question'
    if any(_GIFT_WEIGHT.match(str(t).strip()) for t in texts):
        return "an answer starting with %number% would be read as a grade weight in GIFT"
    return None


def _gift_question(question: Question) -> str:
    head = f"// skill: {question.skill}\n::{gift_escape(question.id)}::[plain]{gift_escape(question.prompt)}"
    general = general_feedback(question)
    if question.type in ("truefalse", "number"):
        inner = _gift_truefalse(question) if question.type == "truefalse" else _gift_number(question)
        tail = f"####{gift_escape(general)}" if general else ""
        return f"{head}{{{inner}{tail}}}"
    lines = {"choice": _gift_choice, "multi": _gift_multi, "text": _gift_text}[question.type](question)
    if general:
        lines.append(f"####{gift_escape(general)}")
    return head + "{\n" + "".join(f"\t{line}\n" for line in lines) + "}"


def _with_feedback(answer: str, feedback: str) -> str:
    return f"{answer}#{gift_escape(feedback)}" if feedback else answer


def _gift_choice(question: Question) -> list[str]:
    return [
        _with_feedback(("=" if c == question.answer else "~") + gift_escape(c), question.feedback.get(c, ""))
        for c in question.choices
    ]


def _gift_multi(question: Question) -> list[str]:
    weights = multi_weights(question) or {}
    return [
        _with_feedback(f"~%{weights[c]}%{gift_escape(c)}", question.feedback.get(c, ""))
        for c in question.choices
    ]


def _gift_text(question: Question) -> list[str]:
    accepted = [question.answer, *question.accept]
    lines = [_with_feedback("=" + gift_escape(a), question.feedback.get(a, "")) for a in accepted]
    # Feedback for a wrong answer travels as a 0% answer, which Moodle also shows.
    lines += [
        _with_feedback("=%0%" + gift_escape(key), text)
        for key, text in question.feedback.items()
        if key not in accepted and text
    ]
    return lines


def _gift_truefalse(question: Question) -> str:
    wrong = truefalse_feedback(question, not question.answer)
    return ("TRUE" if question.answer else "FALSE") + (f"#{gift_escape(wrong)}" if wrong else "")


def _gift_number(question: Question) -> str:
    return f"#{format_number(question.answer)}:{format_number(question.tolerance)}"


# ================================================================ import

# Escaped characters hide behind private-use placeholders while the structure is parsed,
# as Moodle's escapedchar_pre/escapedchar_post do.
_ESCAPABLE = "\\~=#{}:n"
_HIDE = {c: chr(0xE000 + i) for i, c in enumerate(_ESCAPABLE)}
_REVEAL = str.maketrans({chr(0xE000 + i): ("\n" if c == "n" else c) for i, c in enumerate(_ESCAPABLE)})
_PHP_TRIM = " \t\n\r\0\x0b"
_FORMAT_MARKER = re.compile(r"\[(html|plain|moodle|markdown)\]")
_WEIGHT = re.compile(r"%(-?\d+(?:\.\d*)?)%")
_SKILL_COMMENT = re.compile(r"//\s*skill\s*:\s*(\S+)\s*$", re.IGNORECASE)
_TRUEFALSE = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def gift_to_questions(text: str, article_text: str) -> tuple[list[Question], list[str]]:
    """Questions read from GIFT `text`, and one line per question skipped (read_gift)."""
    reader = read_gift(text, article_text)
    return reader.questions, reader.messages


def read_gift(text: str, article_text: str, path: str | None = None) -> QuestionReader:
    """The questions of GIFT `text`, each with the line it starts on, and one line per
    question skipped, which cites `path` and the line when given.

    `article_text` is the article the questions are about: each question's evidence is the
    passage its general feedback quotes, or else the one sentence holding the answer.
    """
    reader = QuestionReader(article_text, path)
    for line, title, skill, body in _questions(text):
        if _is_article(title, body):
            continue
        label = title or first_words(_reveal(body.split("{", 1)[0] or body))
        reader.add(title, label, lambda body=body, skill=skill: _read_question(reader, body, skill), line)
    return reader


def gift_article(text: str) -> ArticleSource | None:
    """The article that travelled in GIFT text: the description named "Article"."""
    for _, title, _, body in _questions(text):
        if _is_article(title, body):
            raw = body.strip(_PHP_TRIM)
            marker = _FORMAT_MARKER.match(raw)
            content = _reveal(raw[marker.end() :] if marker else raw)
            if marker and marker.group(1) == "html":
                return article_from_html(content)
            return ArticleSource(text=content.strip(_PHP_TRIM)) if content.strip() else None
    return None


def _questions(text: str) -> Iterator[tuple[int, str | None, str, str]]:
    """(line, title, skill, body with escapes hidden) of each question of GIFT text."""
    for line, lines in _blocks(text):
        skill, body = _skill_and_body(lines)
        body = _hide_escapes(body)
        if not body or body.startswith("$CATEGORY:"):
            continue
        title, body = _take_title(body)
        yield line, title, skill, body


def _is_article(title: str | None, body: str) -> bool:
    return title is not None and is_article_name(title) and "{" not in body and "}" not in body


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """Questions are separated by blank lines; each line is trimmed, as Moodle does. Each
    block comes with the number of the line its question starts on: its first line that
    is not a comment."""
    blocks: list[list[tuple[int, str]]] = [[]]
    for number, line in enumerate(normalise_newlines(text.lstrip("\ufeff")).replace("\r", "\n").split("\n"), 1):
        line = line.strip(_PHP_TRIM)
        if line:
            blocks[-1].append((number, line))
        elif blocks[-1]:
            blocks.append([])
    return [
        (next((n for n, line in block if not line.startswith("//")), block[0][0]), [line for _, line in block])
        for block in blocks if block
    ]


def _skill_and_body(lines: list[str]) -> tuple[str, str]:
    """The skill named by a `// skill: X` comment before the question, and the text without comments."""
    skill = DEFAULT_SKILL
    body: list[str] = []
    for line in lines:
        if line.startswith("//"):
            match = _SKILL_COMMENT.match(line)
            if match and not body and match.group(1).lower() in SKILLS:
                skill = match.group(1).lower()
            continue
        body.append(line)
    return skill, "\n".join(body).strip(_PHP_TRIM)


def _hide_escapes(text: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in _HIDE:
            out.append(_HIDE[text[index + 1]])
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def _reveal(text: str) -> str:
    return text.translate(_REVEAL)


def _take_title(body: str) -> tuple[str | None, str]:
    if body.startswith("::"):
        end = body.find("::", 2)
        if end >= 0:
            return _reveal(body[2:end]).strip() or None, body[end + 2 :].strip(_PHP_TRIM)
        return None, body[2:]
    return None, body


# ---------------------------------------------------------------- one question


def _split_answer_block(body: str) -> tuple[str, str]:
    """(question text with `___` for a missing word, the answer block's content)."""
    start, finish = body.find("{"), body.find("}")
    if start < 0 and finish < 0:
        raise Skip("a description (no answer block); the app has only questions")
    if start < 0 or finish < 0 or finish < start:
        raise Skip("malformed: an answer block is not opened and closed with { }")
    if "{" in body[start + 1 :] or "}" in body[finish + 1 :]:
        raise Skip("malformed: more than one answer block")
    if body.endswith("}"):
        prompt = body[:start]
    else:
        prompt = body[:start] + "___" + body[finish + 1 :]
    return prompt, body[start + 1 : finish].strip(_PHP_TRIM)


def _read_question(reader: QuestionReader, body: str, skill: str) -> Question:
    prompt_raw, block = _split_answer_block(body)
    general_raw = ""
    separator = block.rfind("####")
    if separator >= 0:
        block, general_raw = block[:separator].strip(_PHP_TRIM), block[separator + 4 :]
    text_format, prompt = _read_text(prompt_raw, "moodle")
    general = _read_text(general_raw, text_format)[1]
    return reader.question(prompt, skill, general, _read_answers(block, text_format))


def _read_text(raw: str, default_format: str) -> tuple[str, str]:
    """(format, plain text) of one GIFT text: format marker dropped, escapes undone, HTML stripped."""
    raw = raw.strip(_PHP_TRIM)
    marker = _FORMAT_MARKER.match(raw)
    text_format = marker.group(1) if marker else default_format
    text = _reveal(raw[marker.end() :] if marker else raw).strip(_PHP_TRIM)
    return text_format, html_to_text(text) if text_format == "html" else text


def _read_answers(block: str, text_format: str) -> dict[str, Any]:
    """The answer block as Question fields; the type is found the way Moodle finds it."""
    if not block:
        raise Skip("an essay question (empty answer block {}); the app has no essay type")
    if block.startswith("#"):
        return _read_number(block[1:], text_format)
    if "~" in block:
        return _read_multichoice(block, text_format)
    if "=" in block and "->" in block:
        raise Skip("a matching question (->); the app has no matching type")
    truefalse = block.split("#", 1)[0].strip(_PHP_TRIM)
    if truefalse in _TRUEFALSE:
        return _read_truefalse(block, text_format)
    return _read_short_answer(block, text_format)


def _answer_parts(block: str, separator: str) -> list[str]:
    parts = block.split(separator)
    if parts and not parts[0].strip(_PHP_TRIM):
        parts = parts[1:]
    return [p.strip(_PHP_TRIM) for p in parts]


def _weighted(part: str, default: float) -> tuple[float, str]:
    match = _WEIGHT.match(part)
    if match:
        return float(match.group(1)), part[match.end() :]
    return default, part


def _answer_and_feedback(part: str, text_format: str) -> tuple[str, str]:
    answer, _, feedback = part.partition("#")
    return _read_text(answer, text_format)[1], _read_text(feedback, text_format)[1]


def _read_multichoice(block: str, text_format: str) -> dict[str, Any]:
    answers: list[tuple[str, float, str]] = []
    for part in _answer_parts(block.replace("=", "~="), "~"):
        if part.startswith("="):
            weight, part = _weighted(part[1:], 100.0)
        else:
            weight, part = _weighted(part, 0.0)
        answer, feedback = _answer_and_feedback(part, text_format)
        answers.append((answer, weight, feedback))
    return multichoice_fields(answers, single="=" in block)


def _read_truefalse(block: str, text_format: str) -> dict[str, Any]:
    bits = block.split("#", 2)
    # GIFT gives the feedback for a wrong response first, then for a right one.
    wrong = _read_text(bits[1], text_format)[1] if len(bits) > 1 else ""
    return truefalse_fields(_TRUEFALSE[bits[0].strip(_PHP_TRIM)], wrong)


def _read_short_answer(block: str, text_format: str) -> dict[str, Any]:
    answers = []
    for part in _answer_parts(block, "="):
        weight, part = _weighted(part, 100.0)
        answer, feedback = _answer_and_feedback(part, text_format)
        answers.append((answer, weight, feedback))
    return short_answer_fields(answers)


def _read_number(block: str, text_format: str) -> dict[str, Any]:
    block = block.split("~", 1)[0]  # feedback for any other number: the app has none
    for part in _answer_parts(block, "="):
        weight, part = _weighted(part, 100.0)
        if is_full(weight):  # partly right numbers have no place in the app
            text = _answer_and_feedback(part, text_format)[0]
            return number_fields(*_number_and_tolerance(text), text)
    raise Skip("malformed: a numerical question with no fully right number")


def _number_and_tolerance(text: str) -> tuple[float, float]:
    """`value`, `value:tolerance` or `min..max`, read as Moodle reads them."""
    try:
        if text.find("..") > 0:
            low, high = (float(x) for x in text.split("..", 1))
            value, tolerance = (low + high) / 2, abs(high - low) / 2
            return float(f"{value:.12g}"), float(f"{tolerance:.12g}")
        if text.find(":") > 0:
            value, tolerance = (float(x) for x in text.split(":", 1))
            return value, tolerance
        return float(text), 0.0
    except ValueError:
        raise Skip(f'malformed: "{text}" is not a number') from None
