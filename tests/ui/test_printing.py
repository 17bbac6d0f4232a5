"""Paper copies: the worksheet and the answer key as PDF, read back with pypdf."""

import os
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from quiz.core.domain import Pack, PackArticle, Question
from quiz.core.errors import QuizError
from quiz.ui.printing import write_pdf
from support import ROOT


@pytest.fixture(autouse=True)
def _app(qapp):
    """A QApplication first, as in the app, so write_pdf does not make a QGuiApplication."""
    return qapp


@pytest.fixture
def pack(service):
    return service.pack(service.packs()[0].id)


def flat(text: str) -> str:
    """Text with every run of whitespace as one space, and none after a dash or a hyphen:
    the lines of a PDF break where they like, and the text read back has a space there."""
    return re.sub(r"([\u2014\u2013-]) ", r"\1", " ".join(text.split()))


def page_texts(path) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(path).pages]


def pdf_text(path) -> str:
    return " ".join(page_texts(path))


def printed(pack, tmp_path, *, key, page_size="A4"):
    path = tmp_path / f"{'key' if key else 'worksheet'}-{page_size}.pdf"
    write_pdf(pack, path, key=key, page_size=page_size)
    return path


def expected_answer(question: Question) -> str:
    if question.type == "multi":
        return "; ".join(question.answer)
    if question.type == "truefalse":
        return "True" if question.answer else "False"
    if question.type == "number":
        return f"{question.answer:g}"
    return question.answer


def test_the_worksheet_has_the_article_and_every_prompt(pack, tmp_path):
    text = pdf_text(printed(pack, tmp_path, key=False))
    first_sentence = pack.article.text.split(". ")[0]
    assert first_sentence.startswith("The Department of Homeland Security")
    assert flat(first_sentence) in text
    assert flat(pack.article.title) in text
    for question in pack.questions:
        assert flat(question.prompt) in text, question.id


def test_the_worksheet_has_no_answers_explanations_or_passages(pack, tmp_path):
    text = pdf_text(printed(pack, tmp_path, key=False))
    assert "Answer:" not in text and "In the article:" not in text
    for question in pack.questions:
        assert question.explanation and flat(question.explanation) not in text, question.id


def test_the_worksheet_offers_each_choice_with_a_box(pack, tmp_path):
    text = pdf_text(printed(pack, tmp_path, key=False))
    choosing = [q for q in pack.questions if q.type in ("choice", "multi")]
    assert choosing
    for question in choosing:
        for choice in question.choices:
            assert f"\u2610 {flat(choice)}" in text, (question.id, choice)


def test_the_answer_key_has_each_answer_explanation_and_passage(pack, tmp_path):
    text = pdf_text(printed(pack, tmp_path, key=True))
    assert "Answer key" in text and flat(pack.title) in text
    assert {q.type for q in pack.questions} >= {"choice", "multi", "truefalse", "number", "text", "evidence"}
    for question in pack.questions:
        if question.type != "evidence":
            assert f"Answer: {flat(expected_answer(question))}" in text, question.id
        assert flat(question.explanation) in text, question.id
        assert f"In the article: \u201c{flat(question.evidence)}\u201d" in text, question.id


def test_the_questions_start_on_a_page_after_the_article(pack, tmp_path):
    pages = page_texts(printed(pack, tmp_path, key=False))
    last_paragraph = flat(pack.article.text.strip().split("\n")[-1])
    article_end = next(i for i, page in enumerate(pages) if last_paragraph in page)
    first_prompt = next(i for i, page in enumerate(pages) if flat(pack.questions[0].prompt) in page)
    assert first_prompt == article_end + 1


def test_a_choice_question_is_never_split_across_two_pages(pack, tmp_path):
    pages = page_texts(printed(pack, tmp_path, key=False))
    for question in (q for q in pack.questions if q.type in ("choice", "multi")):
        prompt, last = flat(question.prompt), f"\u2610 {flat(question.choices[-1])}"
        assert any(prompt in page and page.index(prompt) < page.find(last, page.index(prompt)) for page in pages), (
            question.id
        )


def test_every_page_is_numbered_in_its_footer(pack, tmp_path):
    path = tmp_path / "w.pdf"
    count = write_pdf(pack, path, key=False)
    pages = page_texts(path)
    assert count == len(pages) > 1
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {count}" in page


@pytest.mark.parametrize("key", [False, True])
def test_letter_and_a4_give_their_own_page_sizes(pack, tmp_path, key):
    a4 = PdfReader(printed(pack, tmp_path, key=key, page_size="A4")).pages[0].mediabox
    letter = PdfReader(printed(pack, tmp_path, key=key, page_size="Letter")).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)


def test_an_unknown_page_size_is_refused(pack, tmp_path):
    with pytest.raises(QuizError, match="page size"):
        write_pdf(pack, tmp_path / "x.pdf", key=False, page_size="A5")


def markup_pack() -> Pack:
    article = "Plain <i>text</i> & more. It is <script>alert(1)</script> not run.\nA second paragraph."
    common = {"skill": "context", "explanation": "Because <em>this</em>.", "evidence": "Plain <i>text</i> & more."}
    return Pack(
        id="markup",
        title="Tags <u>stay</u> text",
        article=PackArticle(text=article, title="A <h1> title", source="Outlet &amp; Co, 2025"),
        questions=(
            Question(id="c", type="choice", prompt="Is <b>x</b> bold?", choices=("<b>yes</b>", "no"),
                     answer="<b>yes</b>", **common),
            Question(id="t", type="text", prompt="Type <br> here", answer="a<br>b", **common),
        ),
    )


@pytest.mark.parametrize("key", [False, True])
def test_markup_in_pack_and_article_is_printed_as_text(tmp_path, key):
    text = pdf_text(printed(markup_pack(), tmp_path, key=key))
    for literal in ("Tags <u>stay</u> text", "Is <b>x</b> bold?", "Type <br> here"):
        assert literal in text
    if key:
        assert "Answer: <b>yes</b>" in text and "Because <em>this</em>." in text
        assert "In the article: \u201cPlain <i>text</i> & more.\u201d" in text
    else:
        assert "\u2610 <b>yes</b>" in text
        assert "It is <script>alert(1)</script> not run." in text
        assert "A <h1> title" in text and "Outlet &amp; Co, 2025" in text


def test_quiz_print_writes_the_pdf_and_says_how_many_pages(tmp_path):
    from quiz.core.service import QuizService

    db = tmp_path / "fresh.db"
    service = QuizService.open(db)
    pack_id = service.packs()[0].id
    service.close()
    out = tmp_path / "key.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "quiz", "print", pack_id, "-o", str(out), "--key", "--page-size", "Letter",
         "--db", str(db)],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    reader = PdfReader(out)
    assert done.stderr.strip() == f"wrote {out} ({len(reader.pages)} pages)"
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert "Answer key" in flat(reader.pages[0].extract_text())


def test_quiz_print_of_an_unknown_pack_is_a_clear_error(tmp_path, capsys):
    from quiz.cli import main

    assert main(["print", "no-such-pack", "-o", str(tmp_path / "x.pdf"), "--db", str(tmp_path / "a.db")]) == 1
    assert 'no pack "no-such-pack"' in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_quiz_print_takes_a_pack_file_and_opens_no_database(tmp_path):
    from quiz.core.packs import load_pack

    pack_file = ROOT / "questions" / "guard-troops-generated.yaml"
    out, db = tmp_path / "sheet.pdf", tmp_path / "never.db"
    done = subprocess.run(
        [sys.executable, "-m", "quiz", "print", str(pack_file), "-o", str(out), "--db", str(db)],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert load_pack(pack_file).questions[0].prompt.split("\n")[0][:40] in pdf_text(out)
    assert not db.exists()
