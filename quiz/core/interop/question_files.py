"""Files of questions from an LMS, to import: which reader takes which file, and the article
that may have travelled in it.

By suffix: `.gift` is GIFT, `.zip` an IMS QTI package, `.txt` Aiken, and `.xml` is Moodle
XML or a QTI item, told apart by the outermost element (`<quiz>` or `<assessmentItem>`).
A format named by the caller overrides the suffix (a GIFT file saved as `.txt`, say).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from quiz.core.domain import IMPORT_FORMATS
from quiz.core.errors import QuizError
from quiz.core.inputs import ArticleSource
from quiz.core.interop.moodle import QuestionReader

QUESTION_SUFFIXES = {".gift": "gift", ".xml": "xml", ".zip": "qti", ".txt": "aiken"}


class QuestionFile(NamedTuple):
    """A file of questions, read and checked; its questions are read once their article is known."""

    kind: str  # as people name the format: "GIFT", "Moodle XML", "QTI item", ...
    article: Callable[[], ArticleSource | None]  # the article that travelled in the file, if any
    read: Callable[[str], QuestionReader]  # the questions, about the article with this text
    close: Callable[[], None] = lambda: None


def format_of(path: Path, fmt: str | None = None) -> str:
    """The reader for `path`: `fmt` when given, else the one its suffix names."""
    if fmt and not (fmt in ("moodle-xml", "qti") and path.suffix.lower() == ".xml"):
        return fmt
    found = QUESTION_SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise QuizError(f"{path}: cannot tell the format of a {path.suffix or 'suffix-less'} file; "
                        f"name it ({', '.join(IMPORT_FORMATS)})")
    return found


def open_question_file(path: Path, fmt: str | None = None) -> QuestionFile:
    from quiz.core.inputs import read_text_within
    from quiz.core.packs import MAX_PACK_BYTES

    kind = format_of(path, fmt)
    if kind == "qti" and path.suffix.lower() != ".xml":
        from quiz.core.interop.qti import QtiPackage

        package = QtiPackage(str(path))
        return QuestionFile("QTI package", package.article, package.read, package.close)
    names = {"gift": "GIFT", "aiken": "Aiken"}
    text = read_text_within(path, MAX_PACK_BYTES, f"{names.get(kind, 'XML')} file")
    if kind == "gift":
        from quiz.core.interop.gift import gift_article, read_gift

        return QuestionFile("GIFT", lambda: gift_article(text), lambda article: read_gift(text, article, str(path)))
    if kind == "aiken":
        from quiz.core.interop.aiken import read_aiken

        return QuestionFile("Aiken", lambda: None, lambda article: read_aiken(text, article, str(path)))
    return _xml_file(text, str(path))


def _xml_file(text: str, path: str) -> QuestionFile:
    from quiz.core.interop import qti
    from quiz.core.interop.moodle_xml import moodle_xml_article, read_quiz
    from quiz.core.safe_xml import parse_xml

    document = parse_xml(text, path, noted=("question", *qti.ITEM_NOTED))
    root = document.root
    if root.tag == "quiz":
        return QuestionFile("Moodle XML", lambda: moodle_xml_article(root),
                            lambda article: read_quiz(root, article, path, document.lines))
    if root.tag == "assessmentItem":
        def read(article: str) -> QuestionReader:
            reader = QuestionReader(article, path)
            qti.add_item(reader, document, path)
            return reader

        return QuestionFile("QTI item", lambda: qti.item_article(document), read)
    if root.tag == "manifest":
        raise QuizError(f"{path}:1: this is the manifest of an IMS package; import the package's .zip file")
    raise QuizError(f"{path}:1: neither a Moodle XML quiz (<quiz>) nor a QTI item (<assessmentItem>): "
                    f"the outermost element is <{root.tag}>")
