"""Question packs to and from Moodle: GIFT text both ways, Moodle XML out.

The readers and writers follow Moodle's own code (question/format/gift/format.php and
question/format/xml/format.php): the same escapes, the same answer-block rules, and only
the grade percentages Moodle accepts. Standard library only, no Qt.

Our texts are plain text. GIFT questions are written with the `[plain]` marker, so Moodle
shows `<b>` as `<b>`; Moodle XML carries HTML, so texts are escaped and newlines become
`<br>`. Evidence travels in the general feedback as a line `In the article: “...”`.
"""

from __future__ import annotations

import html
import math
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import replace
from html.parser import HTMLParser
from typing import Any

from quiz.core.article import normalise_newlines, parse_article
from quiz.core.domain import SKILLS, Pack, Question

DEFAULT_SKILL = "context"
PASSAGE_PREFIX = "In the article: “"
PASSAGE_SUFFIX = "”"

# Moodle's grade steps (question_bank::fraction_options), written as Moodle writes
# `fraction * 100`. An imported grade that is not one of these (or its negative) is an error.
MOODLE_PERCENTS = (
    "100", "90", "83.33333", "80", "75", "70", "66.66667", "60", "50", "40",
    "33.33333", "30", "25", "20", "16.66667", "14.28571", "12.5", "11.11111", "10", "5",
)
MOODLE_TYPES = {
    "choice": "multichoice",
    "multi": "multichoice",
    "truefalse": "truefalse",
    "number": "numerical",
    "text": "shortanswer",
}
# Moodle's default penalties: 1/3 of the mark per wrong try, all of it for true/false.
MOODLE_PENALTIES = {"truefalse": "1"}
DEFAULT_PENALTY = "0.3333333"


# ================================================================ export: shared


def _general_feedback(question: Question) -> str:
    """The explanation, then the quoted passage, as plain text."""
    parts = [question.explanation] if question.explanation else []
    if question.evidence:
        parts.append(f"{PASSAGE_PREFIX}{question.evidence}{PASSAGE_SUFFIX}")
    return "\n\n".join(parts)


def _grade_step(percent: float) -> str | None:
    """The Moodle grade step equal to `percent` (within Moodle's own tolerance), if any."""
    for step in MOODLE_PERCENTS:
        if abs(float(step) - percent) < 0.001:
            return step
    return None


def _multi_weights(question: Question) -> dict[str, str] | None:
    """Each choice's grade: the right ones share 100%, the wrong ones take it back.

    Picking every choice scores 0, as Moodle expects. When 100/m is not a grade step the
    wrong choices take the next larger step; Moodle stops the total at 0 anyway.
    """
    right = [c for c in question.choices if c in question.answer]
    wrong = [c for c in question.choices if c not in question.answer]
    share = _grade_step(100 / len(right)) if right else None
    if share is None:
        return None
    weights = {c: share for c in right}
    if wrong:
        penalty = min((s for s in MOODLE_PERCENTS if float(s) >= 100 / len(wrong) - 0.001), key=float)
        weights.update({c: "-" + penalty for c in wrong})
    return weights


def _export_problem(question: Question) -> str | None:
    """Why `question` cannot go to Moodle at all, or None."""
    if question.type == "evidence":
        return "evidence questions (select the passage) have no Moodle equivalent"
    if question.type not in MOODLE_TYPES:
        return f'"{question.type}" is not a question type Moodle can take'
    if question.type == "multi" and _multi_weights(question) is None:
        count = len([c for c in question.choices if c in question.answer])
        if not count:
            return "a multi question with no right choice"
        return f"its {count} right choices cannot share 100% in Moodle's grade steps (1 to 10, or 20, can)"
    if question.type == "number" and not _is_finite_number(question.answer, question.tolerance):
        return "its answer or tolerance is not a finite number"
    return None


def _is_finite_number(*values: Any) -> bool:
    return all(
        isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in values
    )


def _format_number(value: float) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def _truefalse_feedback(question: Question, value: bool) -> str:
    """Feedback for the response `value`; packs key it "true"/"false", the UI str(bool)."""
    return question.feedback.get(str(value).lower()) or question.feedback.get(str(value)) or ""


def _warning(question: Question, reason: str) -> str:
    return f"{question.id}: not exported: {reason}"


# ================================================================ export: GIFT

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


def pack_to_gift(pack: Pack) -> tuple[str, list[str]]:
    """The pack as Moodle GIFT text, and one warning line per question left out."""
    blocks = [f"$CATEGORY: {gift_escape(pack.id)}"]
    warnings: list[str] = []
    for question in pack.questions:
        problem = _export_problem(question) or _gift_problem(question)
        if problem:
            warnings.append(_warning(question, problem))
        else:
            blocks.append(_gift_question(question))
    return "\n\n".join(blocks) + "\n", warnings


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
    general = _general_feedback(question)
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
    weights = _multi_weights(question) or {}
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
    wrong = _truefalse_feedback(question, not question.answer)
    return ("TRUE" if question.answer else "FALSE") + (f"#{gift_escape(wrong)}" if wrong else "")


def _gift_number(question: Question) -> str:
    return f"#{_format_number(question.answer)}:{_format_number(question.tolerance)}"


# ================================================================ export: Moodle XML

# Characters XML 1.0 cannot carry at all, not even as references.
_XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def pack_to_moodle_xml(pack: Pack) -> tuple[str, list[str]]:
    """The pack as a Moodle XML quiz, and one warning line per question left out."""
    quiz = ET.Element("quiz")
    warnings: list[str] = []
    for question in pack.questions:
        problem = _export_problem(question)
        if problem:
            warnings.append(_warning(question, problem))
        else:
            quiz.append(_xml_question(question))
    ET.indent(quiz, space="  ")
    body = ET.tostring(quiz, encoding="unicode", short_empty_elements=False)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n", warnings


def _plain(text: str) -> str:
    return _XML_INVALID.sub("", text)


def _as_html(text: str) -> str:
    """Plain text as HTML that shows the same characters and line breaks."""
    return html.escape(_plain(text), quote=False).replace("\n", "<br>")


def _leaf(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    element.text = text
    return element


def _text_field(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    """`<tag ...><text>text</text></tag>`, Moodle's shape for every text field."""
    element = ET.SubElement(parent, tag, attrs)
    _leaf(element, "text", text)
    return element


def _xml_answer(parent: ET.Element, fraction: str, text: str, feedback: str, html_answer: bool) -> ET.Element:
    # Multichoice answers are HTML in Moodle; short-answer, numerical and true/false ones plain.
    text_format = "html" if html_answer else "moodle_auto_format"
    answer = ET.SubElement(parent, "answer", {"fraction": fraction, "format": text_format})
    _leaf(answer, "text", _as_html(text) if html_answer else _plain(text))
    _text_field(answer, "feedback", _as_html(feedback), format="html")
    return answer


def _xml_question(question: Question) -> ET.Element:
    element = ET.Element("question", {"type": MOODLE_TYPES[question.type]})
    _text_field(element, "name", _plain(question.id))
    _text_field(element, "questiontext", _as_html(question.prompt), format="html")
    _text_field(element, "generalfeedback", _as_html(_general_feedback(question)), format="html")
    _leaf(element, "defaultgrade", "1")
    _leaf(element, "penalty", MOODLE_PENALTIES.get(question.type, DEFAULT_PENALTY))
    _leaf(element, "hidden", "0")
    {
        "choice": _xml_choice,
        "multi": _xml_multi,
        "truefalse": _xml_truefalse,
        "number": _xml_number,
        "text": _xml_text,
    }[question.type](element, question)
    tags = ET.SubElement(element, "tags")
    _text_field(tags, "tag", _plain(f"skill:{question.skill}"))
    return element


def _xml_multichoice_header(element: ET.Element, single: bool) -> None:
    _leaf(element, "single", "true" if single else "false")
    _leaf(element, "shuffleanswers", "true")
    _leaf(element, "answernumbering", "abc")


def _xml_choice(element: ET.Element, question: Question) -> None:
    _xml_multichoice_header(element, single=True)
    for choice in question.choices:
        fraction = "100" if choice == question.answer else "0"
        _xml_answer(element, fraction, choice, question.feedback.get(choice, ""), html_answer=True)


def _xml_multi(element: ET.Element, question: Question) -> None:
    _xml_multichoice_header(element, single=False)
    weights = _multi_weights(question) or {}
    for choice in question.choices:
        _xml_answer(element, weights[choice], choice, question.feedback.get(choice, ""), html_answer=True)


def _xml_truefalse(element: ET.Element, question: Question) -> None:
    for value in (True, False):
        fraction = "100" if question.answer is value else "0"
        _xml_answer(element, fraction, str(value).lower(), _truefalse_feedback(question, value), html_answer=False)


def _xml_number(element: ET.Element, question: Question) -> None:
    answer = _xml_answer(element, "100", _format_number(question.answer), "", html_answer=False)
    _leaf(answer, "tolerance", _format_number(question.tolerance))


def _xml_text(element: ET.Element, question: Question) -> None:
    _leaf(element, "usecase", "0")
    accepted = [question.answer, *question.accept]
    for text in accepted:
        _xml_answer(element, "100", text, question.feedback.get(text, ""), html_answer=False)
    for key, feedback in question.feedback.items():
        if key not in accepted and feedback:
            _xml_answer(element, "0", key, feedback, html_answer=False)


# ================================================================ import: GIFT

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


class _Skip(Exception):
    """A question the app cannot take; the text says what kind and why."""


def gift_to_questions(text: str, article_text: str) -> tuple[list[Question], list[str]]:
    """Questions read from GIFT `text`, and one line per question skipped.

    `article_text` is the article the questions are about: each question's evidence is the
    passage its general feedback quotes, or else the one sentence holding the answer.
    """
    article = normalise_newlines(article_text)
    sentences = [s.text for s in parse_article(article).sentences] if article.strip() else []
    questions: list[Question] = []
    messages: list[str] = []
    taken: set[str] = set()
    ordinal = 0
    for lines in _blocks(text):
        skill, body = _skill_and_body(lines)
        body = _hide_escapes(body)
        if not body or body.startswith("$CATEGORY:"):
            continue
        ordinal += 1
        title, body = _take_title(body)
        try:
            question = _read_question(body, skill, article, sentences)
        except _Skip as skip:
            messages.append(f'Skipped question {ordinal} "{_label(title, body)}": {skip}.')
            continue
        qid = _unique(_slugify(title or "") or f"q{ordinal}", taken)
        questions.append(replace(question, id=qid))
    return questions, messages


def _blocks(text: str) -> list[list[str]]:
    """Questions are separated by blank lines; each line is trimmed, as Moodle does."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in normalise_newlines(text.lstrip("\ufeff")).replace("\r", "\n").split("\n"):
        line = line.strip(_PHP_TRIM)
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


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


def _label(title: str | None, body: str) -> str:
    """The question's title, or its first words, for a message."""
    if title:
        text = title
    else:
        text = " ".join(_reveal(body.split("{", 1)[0] or body).split())
        if len(text) > 50:
            text = (text[:51].rsplit(" ", 1)[0] if " " in text[:51] else text[:50]) + "…"
    return "".join(c if c.isprintable() else "?" for c in text) or "(no text)"


def _slugify(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower().replace("'", "")).strip("-")


def _unique(base: str, taken: set[str]) -> str:
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate


# ---------------------------------------------------------------- one question


def _split_answer_block(body: str) -> tuple[str, str]:
    """(question text with `___` for a missing word, the answer block's content)."""
    start, finish = body.find("{"), body.find("}")
    if start < 0 and finish < 0:
        raise _Skip("a description (no answer block); the app has only questions")
    if start < 0 or finish < 0 or finish < start:
        raise _Skip("malformed: an answer block is not opened and closed with { }")
    if "{" in body[start + 1 :] or "}" in body[finish + 1 :]:
        raise _Skip("malformed: more than one answer block")
    if body.endswith("}"):
        prompt = body[:start]
    else:
        prompt = body[:start] + "___" + body[finish + 1 :]
    return prompt, body[start + 1 : finish].strip(_PHP_TRIM)


def _read_question(body: str, skill: str, article: str, sentences: list[str]) -> Question:
    prompt_raw, block = _split_answer_block(body)
    general_raw = ""
    separator = block.rfind("####")
    if separator >= 0:
        block, general_raw = block[:separator].strip(_PHP_TRIM), block[separator + 4 :]
    text_format, prompt = _read_text(prompt_raw, "moodle")
    general = _read_text(general_raw, text_format)[1]
    fields = _read_answers(block, text_format)
    if not prompt:
        raise _Skip("malformed: no question text")
    evidence, explanation = _evidence_and_explanation(general, fields, article, sentences)
    return Question(
        id="",
        skill=skill,
        prompt=prompt,
        evidence=evidence,
        explanation=explanation,
        **fields,
    )


def _read_text(raw: str, default_format: str) -> tuple[str, str]:
    """(format, plain text) of one GIFT text: format marker dropped, escapes undone, HTML stripped."""
    raw = raw.strip(_PHP_TRIM)
    marker = _FORMAT_MARKER.match(raw)
    text_format = marker.group(1) if marker else default_format
    text = _reveal(raw[marker.end() :] if marker else raw).strip(_PHP_TRIM)
    return text_format, _html_to_text(text) if text_format == "html" else text


def _read_answers(block: str, text_format: str) -> dict[str, Any]:
    """The answer block as Question fields; the type is found the way Moodle finds it."""
    if not block:
        raise _Skip("an essay question (empty answer block {}); the app has no essay type")
    if block.startswith("#"):
        return _read_number(block[1:], text_format)
    if "~" in block:
        return _read_multichoice(block, text_format)
    if "=" in block and "->" in block:
        raise _Skip("a matching question (->); the app has no matching type")
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


def _is_full(weight: float) -> bool:
    return abs(weight - 100) < 0.01


def _read_multichoice(block: str, text_format: str) -> dict[str, Any]:
    single = "=" in block
    answers: list[tuple[str, float, str]] = []
    for part in _answer_parts(block.replace("=", "~="), "~"):
        if part.startswith("="):
            weight, part = _weighted(part[1:], 100.0)
        else:
            weight, part = _weighted(part, 0.0)
        answer, feedback = _answer_and_feedback(part, text_format)
        answers.append((answer, weight, feedback))
    choices = tuple(a for a, _, _ in answers)
    if len(choices) < 2:
        raise _Skip("malformed: a multiple-choice question needs at least two choices")
    if not all(choices):
        raise _Skip("malformed: a choice is empty")
    if len(set(choices)) != len(choices):
        raise _Skip("malformed: two choices are the same")
    feedback = {a: f for a, _, f in answers if f}
    full = [a for a, w, _ in answers if _is_full(w)]
    positive = [(a, w) for a, w, _ in answers if w > 0]
    negative = any(w < 0 for _, w, _ in answers)
    if single or (len(full) == 1 and len(positive) == 1 and not negative):
        if len(full) != 1:
            raise _Skip(f"malformed: {len(full)} choices are fully right; a one-answer question needs exactly one")
        return {"type": "choice", "choices": choices, "answer": full[0], "feedback": feedback}
    total = sum(w for _, w in positive)
    if not positive or abs(total - 100) > 0.01:
        raise _Skip(f"malformed: the right choices' weights add up to {total:g}%, not 100%")
    return {"type": "multi", "choices": choices, "answer": [a for a, _ in positive], "feedback": feedback}


def _read_truefalse(block: str, text_format: str) -> dict[str, Any]:
    bits = block.split("#", 2)
    value = _TRUEFALSE[bits[0].strip(_PHP_TRIM)]
    # GIFT gives the feedback for a wrong response first, then for a right one.
    wrong = _read_text(bits[1], text_format)[1] if len(bits) > 1 else ""
    feedback = {str(not value).lower(): wrong} if wrong else {}
    return {"type": "truefalse", "answer": value, "feedback": feedback}


def _read_short_answer(block: str, text_format: str) -> dict[str, Any]:
    answers = []
    for part in _answer_parts(block, "="):
        weight, part = _weighted(part, 100.0)
        answer, feedback = _answer_and_feedback(part, text_format)
        if answer:
            answers.append((answer, weight, feedback))
    right = list(dict.fromkeys(a for a, w, _ in answers if _is_full(w)))
    if not right:
        raise _Skip("malformed: no answer is fully right")
    # Partly right or wrong answers keep their feedback: the app shows it for that response.
    feedback = {a: f for a, w, f in answers if f and not _is_full(w)}
    return {"type": "text", "answer": right[0], "accept": tuple(right[1:]), "feedback": feedback}


def _read_number(block: str, text_format: str) -> dict[str, Any]:
    block = block.split("~", 1)[0]  # feedback for any other number: the app has none
    for part in _answer_parts(block, "="):
        weight, part = _weighted(part, 100.0)
        if _is_full(weight):  # partly right numbers have no place in the app
            value, tolerance = _number_and_tolerance(_answer_and_feedback(part, text_format)[0])
            return {"type": "number", "answer": _tidy_number(value), "tolerance": tolerance}
    raise _Skip("malformed: a numerical question with no fully right number")


def _number_and_tolerance(text: str) -> tuple[float, float]:
    """`value`, `value:tolerance` or `min..max`, read as Moodle reads them."""
    try:
        if text.find("..") > 0:
            low, high = (float(x) for x in text.split("..", 1))
            value, tolerance = (low + high) / 2, abs(high - low) / 2
            value, tolerance = float(f"{value:.12g}"), float(f"{tolerance:.12g}")
        elif text.find(":") > 0:
            value, tolerance = (float(x) for x in text.split(":", 1))
        else:
            value, tolerance = float(text), 0.0
    except ValueError:
        raise _Skip(f'malformed: "{text}" is not a number') from None
    if not (math.isfinite(value) and math.isfinite(tolerance)):
        raise _Skip(f'malformed: "{text}" is not a finite number')
    return value, abs(tolerance)


def _tidy_number(value: float) -> int | float:
    return int(value) if value.is_integer() and abs(value) < 2**53 else value


# ---------------------------------------------------------------- evidence


def _evidence_and_explanation(
    general: str, fields: dict[str, Any], article: str, sentences: list[str]
) -> tuple[str, str]:
    quoted = _quoted_passage(general, article)
    if quoted is not None:
        passage, start, end = quoted
        explanation = re.sub(r"\n{3,}", "\n\n", general[:start] + general[end:]).strip()
        return passage, explanation
    return _sentence_with_answer(sentences, _answer_needles(fields)), general.strip()


def _quoted_passage(general: str, article: str) -> tuple[str, int, int] | None:
    """The `In the article: “...”` passage found verbatim in the article, and where it sits.

    The passage may itself hold a closing quote, so every closing quote is tried, the last first.
    """
    start = general.find(PASSAGE_PREFIX)
    while start >= 0 and article:
        inner = start + len(PASSAGE_PREFIX)
        end = general.rfind(PASSAGE_SUFFIX, inner)
        while end > inner:
            if general[inner:end] in article:
                return general[inner:end], start, end + len(PASSAGE_SUFFIX)
            end = general.rfind(PASSAGE_SUFFIX, inner, end)
        start = general.find(PASSAGE_PREFIX, start + 1)
    return None


def _answer_needles(fields: dict[str, Any]) -> list[list[str]]:
    """What a sentence must contain to hold the answer: one of each group."""
    answer = fields["answer"]
    if fields["type"] == "choice":
        return [[answer]]
    if fields["type"] == "multi":
        return [[a] for a in answer]
    if fields["type"] == "text":
        return [[answer, *fields["accept"]]]
    if fields["type"] == "number":
        spellings = [_format_number(answer)]
        if isinstance(answer, int):
            spellings.append(f"{answer:,}")
        return [spellings]
    return []  # true/false: the answer is not words of the article


def _sentence_with_answer(sentences: list[str], needles: list[list[str]]) -> str:
    if not needles or not all(any(group) for group in needles):
        return ""
    patterns = [
        [re.compile(r"(?<!\w)" + re.escape(n) + r"(?!\w)", re.IGNORECASE) for n in group if n]
        for group in needles
    ]
    found = [s for s in sentences if all(any(p.search(s) for p in group) for group in patterns)]
    return found[0] if len(found) == 1 else ""


class _TextOnly(HTMLParser):
    """The text of an HTML fragment: tags dropped, entities decoded, <br> and blocks as line breaks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(re.sub(r"\s+", " ", data))

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("br", "p", "div", "li"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("p", "div", "li"):
            self.parts.append("\n")


def _html_to_text(fragment: str) -> str:
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    lines = "".join(parser.parts).split("\n")
    return "\n".join(line.strip() for line in lines).strip()
