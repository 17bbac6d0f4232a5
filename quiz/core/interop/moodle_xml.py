"""Moodle XML, both ways (Moodle's question/format/xml/format.php).

A file to import may come from anywhere: it is read by safe_xml, which refuses document
type declarations (Moodle never writes one) and nesting deeper than any quiz needs."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from quiz.core.domain import SKILLS, Pack, Question
from quiz.core.errors import QuizError
from quiz.core.inputs import ArticleSource
from quiz.core.interop.moodle import (
    DEFAULT_PENALTY, DEFAULT_SKILL, MOODLE_PENALTIES, MOODLE_TYPES, QuestionReader, Skip, export_problem,
    first_words, format_number, general_feedback, html_to_text, is_full, multi_weights, multichoice_fields,
    number_fields, short_answer_fields, truefalse_feedback, truefalse_fields,
)
from quiz.core.interop.portable import (
    ARTICLE_NAME, Export, article_from_html, article_html, escape_html, exported, is_article_name, xml_safe,
)
from quiz.core.safe_xml import parse_xml

# ================================================================ export


def pack_to_moodle_xml(pack: Pack) -> Export:
    """The pack as a Moodle XML quiz: its article as a description, then its questions."""
    quiz = ET.Element("quiz")
    elements, warnings, changed = exported(pack, _xml_question, export_problem)
    quiz.append(_xml_article(pack))
    quiz.extend(elements)
    ET.indent(quiz, space="  ")
    body = ET.tostring(quiz, encoding="unicode", short_empty_elements=False)
    return Export('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n", warnings, len(elements), changed)


def _as_html(text: str) -> str:
    """Plain text as HTML that shows the same characters and line breaks."""
    return escape_html(text).replace("\n", "<br>")


def _xml_article(pack: Pack) -> ET.Element:
    element = ET.Element("question", {"type": "description"})
    _text_field(element, "name", ARTICLE_NAME)
    _text_field(element, "questiontext", article_html(pack.article), format="html")
    _text_field(element, "generalfeedback", "", format="html")
    _leaf(element, "defaultgrade", "0")
    _leaf(element, "penalty", "0")
    _leaf(element, "hidden", "0")
    return element


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
    _leaf(answer, "text", _as_html(text) if html_answer else xml_safe(text))
    _text_field(answer, "feedback", _as_html(feedback), format="html")
    return answer


def _xml_question(question: Question) -> ET.Element:
    element = ET.Element("question", {"type": MOODLE_TYPES[question.type]})
    _text_field(element, "name", xml_safe(question.id))
    _text_field(element, "questiontext", _as_html(question.prompt), format="html")
    _text_field(element, "generalfeedback", _as_html(general_feedback(question)), format="html")
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
    _text_field(tags, "tag", xml_safe(f"skill:{question.skill}"))
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
    weights = multi_weights(question) or {}
    for choice in question.choices:
        _xml_answer(element, weights[choice], choice, question.feedback.get(choice, ""), html_answer=True)


def _xml_truefalse(element: ET.Element, question: Question) -> None:
    for value in (True, False):
        fraction = "100" if question.answer is value else "0"
        _xml_answer(element, fraction, str(value).lower(), truefalse_feedback(question, value), html_answer=False)


def _xml_number(element: ET.Element, question: Question) -> None:
    answer = _xml_answer(element, "100", format_number(question.answer), "", html_answer=False)
    _leaf(answer, "tolerance", format_number(question.tolerance))


def _xml_text(element: ET.Element, question: Question) -> None:
    _leaf(element, "usecase", "0")
    accepted = [question.answer, *question.accept]
    for text in accepted:
        _xml_answer(element, "100", text, question.feedback.get(text, ""), html_answer=False)
    for key, feedback in question.feedback.items():
        if key not in accepted and feedback:
            _xml_answer(element, "0", key, feedback, html_answer=False)


# ================================================================ import

_READERS = {"multichoice", "truefalse", "numerical", "shortanswer"}
# Moodle types the app has no equivalent of, named for the message that skips them.
_OTHER_TYPES = {
    "essay": "an essay question", "matching": "a matching question", "description": "a description",
    "multianswer": "an embedded-answers (cloze) question", "calculated": "a calculated question",
    "calculatedsimple": "a calculated question", "calculatedmulti": "a calculated question",
    "ddwtos": "a drag-and-drop question", "gapselect": "a select-missing-words question",
    "randomsamatch": "a random matching question",
}


def parse_moodle_xml(text: str, path: str, lines: dict[ET.Element, int] | None = None) -> ET.Element:
    """The `<quiz>` element of a Moodle XML file; QuizError naming the file and line otherwise
    (safe_xml says what is refused). `lines`, when given, is filled with the line each
    `<question>` starts on."""
    document = parse_xml(text, path, noted=("question",))
    if lines is not None:
        lines.update(document.lines)
    return quiz_element(document.root, path)


def quiz_element(root: ET.Element, path: str) -> ET.Element:
    if root.tag != "quiz":
        raise QuizError(f"{path}:1: not a Moodle XML quiz: the outermost element is <{root.tag}>, not <quiz>")
    return root


def moodle_xml_to_questions(quiz: ET.Element, article_text: str) -> tuple[list[Question], list[str]]:
    """Questions read from a Moodle XML `<quiz>`, and one line per question skipped (read_moodle_xml)."""
    reader = read_quiz(quiz, article_text)
    return reader.questions, reader.messages


def read_moodle_xml(text: str, path: str, article_text: str) -> QuestionReader:
    """The questions of a Moodle XML file, each with the line it starts on, and one line per
    question skipped, citing the file and line."""
    lines: dict[ET.Element, int] = {}
    return read_quiz(parse_moodle_xml(text, path, lines), article_text, path, lines)


def read_quiz(
    quiz: ET.Element, article_text: str, path: str | None = None, lines: dict[ET.Element, int] | None = None,
) -> QuestionReader:
    """The questions of a Moodle XML `<quiz>`. Evidence is found as for GIFT (gift.read_gift)."""
    reader = QuestionReader(article_text, path)
    for element in quiz.iter("question"):
        kind = element.get("type", "")
        if kind == "category" or _is_article(element):
            continue
        title = _text(element, "name") or None
        label = title or first_words(_text(element, "questiontext"))
        reader.add(title, label, lambda element=element, kind=kind: _read_question(reader, element, kind),
                   (lines or {}).get(element))
    return reader


def moodle_xml_article(quiz: ET.Element) -> ArticleSource | None:
    """The article that travelled in a Moodle XML `<quiz>`: the description named "Article"."""
    for element in quiz.iter("question"):
        if _is_article(element):
            holder = element.find("questiontext")
            raw = "" if holder is None else holder.findtext("text") or ""
            if holder is not None and holder.get("format", "html") == "html":
                return article_from_html(raw)
            return ArticleSource(text=raw.strip()) if raw.strip() else None
    return None


def _is_article(element: ET.Element) -> bool:
    return element.get("type") == "description" and is_article_name(element.findtext("name/text") or "")


def _read_question(reader: QuestionReader, element: ET.Element, kind: str) -> Question:
    if kind not in _READERS:
        name = _OTHER_TYPES.get(kind, f'a question of type "{kind}"')
        raise Skip(f"{name}; the app has no such type")
    answers = [(_text(a), _fraction(a), _text(a, "feedback")) for a in element.findall("answer")]
    if kind == "multichoice":
        single = (element.findtext("single") or "true").strip().lower() in ("true", "1")
        fields = multichoice_fields(answers, single)
    elif kind == "truefalse":
        fields = _truefalse(answers)
    elif kind == "shortanswer":
        fields = short_answer_fields(answers)
    else:
        fields = _numerical(element)
    return reader.question(_text(element, "questiontext"), _skill(element), _text(element, "generalfeedback"), fields)


def _text(element: ET.Element, field: str | None = None) -> str:
    """A text field (`<field format="..."><text>...</text></field>`) as plain text; the
    element's own text when `field` is None."""
    holder = element if field is None else element.find(field)
    if holder is None:
        return ""
    raw = holder.findtext("text") or ""
    return html_to_text(raw) if holder.get("format", "html") == "html" else raw.strip()


def _fraction(answer: ET.Element) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        raise Skip(f'malformed: the grade "{answer.get("fraction")}" is not a number') from None


def _truefalse(answers: list[tuple[str, float, str]]) -> dict[str, Any]:
    right = [text.lower() for text, weight, _ in answers if weight > 0]
    if right not in (["true"], ["false"]):
        raise Skip("malformed: a true/false question needs exactly one of true and false to be right")
    value = right[0] == "true"
    wrong = next((feedback for text, _, feedback in answers if text.lower() == str(not value).lower()), "")
    return truefalse_fields(value, wrong)


def _numerical(element: ET.Element) -> dict[str, Any]:
    for answer in element.findall("answer"):
        written = _text(answer)
        if is_full(_fraction(answer)) and written != "*":  # "*" is Moodle's "any other number"
            try:
                value = float(written)
                tolerance = float(answer.findtext("tolerance") or 0)
            except ValueError:
                raise Skip(f'malformed: "{written}" is not a number') from None
            return number_fields(value, tolerance, written)
    raise Skip("malformed: a numerical question with no fully right number")


def _skill(element: ET.Element) -> str:
    """The skill a `skill:X` tag names (our export writes one), or the default."""
    for tag in element.iterfind("tags/tag"):
        name = (tag.findtext("text") or "").strip().lower()
        if name.startswith("skill:") and name[6:] in SKILLS:
            return name[6:]
    return DEFAULT_SKILL
