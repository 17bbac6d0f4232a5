"""Slow core work off the GUI thread. Workers get pure functions and plain data, and hand
results back by signal: the database stays with the main thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from quiz.core.article import parse_article


class ModelLoader(QObject):
    """Loads the English model for reading articles (a second or two) while the teacher
    pastes an article, so that generating does not wait for it."""

    finished = Signal()
    failed = Signal(str)

    def run(self) -> None:
        from quiz.core.errors import QuizError
        from quiz.core.reading import pipeline

        try:
            pipeline()
        except QuizError as exc:
            self.failed.emit(str(exc))
        else:
            self.finished.emit()


class GenerateWorker(QObject):
    """Generates a draft pack from article text in its own thread."""

    progressed = Signal(str)
    finished = Signal(object)  # Pack
    failed = Signal(str)

    def __init__(self, text: str, title: str, article_title: str):
        super().__init__()
        self.text, self.title, self.article_title = text, title, article_title
        self.steps = {
            "reading": self.tr("Reading the article: its sentences, names and grammar…"),
            "facts": self.tr("Finding who said what, the sources, the figures and the hedges…"),
            "questions": self.tr("Writing questions and keeping the best…"),
        }

    def run(self) -> None:
        from quiz.core.service import generate_from_article

        try:
            article = parse_article(self.text, title=self.article_title)
            made = generate_from_article(article, title=self.title, progress=lambda step: self.progressed.emit(self.steps[step]))
        except Exception as exc:  # noqa: BLE001 - any failure is shown to the teacher, never a crash
            self.failed.emit(str(exc))
        else:
            self.finished.emit(made.pack)


def start_in_thread(worker: QObject, parent: QObject) -> QThread:
    """Run `worker.run` in a new thread that ends, and is cleaned up, when the worker does."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
