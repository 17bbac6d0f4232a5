"""Render the main screens to PNG files for the README: `make screenshots`.

Runs the real main window on a temporary database, offscreen, at a classroom laptop's
1366x768: the start page, a question, the feedback with its passage highlighted, and
the results with the chart of the score per skill; then, at the smallest screen the app
is made for, 1024x768, a question whose prompt and choices are long, and the teacher's
review of a draft generated from the seed article.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.core.generate import generate_pack  # noqa: E402
from quiz.core.service import QuizService  # noqa: E402
from quiz.ui.app import build_main_window, load_stylesheet  # noqa: E402
from tests.support import SEED_ARTICLE, long_question_pack, right_answer, wrong_answer  # noqa: E402


def _first_type(service, pack_id: str, seed: int) -> str:
    from quiz.core.ordering import question_order

    return question_order(list(service.pack(pack_id).questions), seed, shuffle=True)[0].type


def review_draft(window) -> None:
    """The teacher pages at 1024x768, halfway through the review of a generated draft."""
    window.resize(1024, 768)
    teacher = window.teacher_view
    window._show_page(teacher)
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    teacher.new_quiz.text_edit.setPlainText(text)
    teacher.new_quiz.draft_ready.emit(generate_pack(text))
    editor = teacher.editor
    for button in (editor.accept_button, editor.reject_button, editor.accept_button, editor.accept_button):
        button.click()
    explanation = editor.form.explanation_edit
    explanation.setPlainText(explanation.toPlainText() + " Read the whole sentence before you answer.")
    editor.validate()
    editor.questions.scrollToItem(editor.questions.currentItem())


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app = QApplication(sys.argv[:1])
        app.setStyleSheet(load_stylesheet())
        service = QuizService.open(Path(tmp) / "quiz.db")
        window = build_main_window(service)
        window.resize(1366, 768)
        window.show()

        def shot(name: str) -> None:
            app.processEvents()
            window.grab().save(str(out / f"screenshot-{name}.png"))
            print(out / f"screenshot-{name}.png")

        window.start_view.name_edit.setText("Ada")
        shot("start")
        # A fixed order whose first question has choices, so the pictures are the same each run.
        pack_id = service.packs()[0].id
        seed = next(n for n in range(100) if service.pack(pack_id).shuffle is False
                    or _first_type(service, pack_id, n) == "choice")
        window._begin(service.start_attempt("Ada", pack_id, seed=seed))
        view = window.quiz_view
        shot("question")
        question = view.question
        wrong = next((i for i, c in enumerate(question.choices) if c != question.answer), 1)
        QTest.keyClick(view, Qt.Key(Qt.Key.Key_1.value + wrong))
        QTest.keyClick(view, Qt.Key.Key_Return)
        shot("feedback")
        # Answer the rest, some wrong, to show the results page with its chart.
        for index, question in enumerate(view.attempt.questions[1:]):
            response = right_answer(question) if index % 3 else wrong_answer(question)
            service.submit_answer(view.attempt, question, response)
        view.index = len(view.attempt.questions) - 1
        view.advance()
        window.results_view.answers.setCurrentRow(0)
        shot("results")
        window.resize(1024, 768)
        long = long_question_pack(service)
        service.import_pack(long)
        window._begin(service.start_attempt("Ada", long.id))
        view.input.pick(1)
        shot("long-question")
        review_draft(window)
        shot("review")
        service.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))
