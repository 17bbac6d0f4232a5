"""Slow core work off the GUI thread. Workers get pure functions and plain data, and hand
results back by signal: the database stays with the main thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

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


# Running threads and their workers. A thread belongs to the application, not to the page
# that started it: Qt aborts if a running thread is destroyed with a closed page, so the
# work runs to its end (its result goes nowhere) and quitting the app waits for it.
_running: dict[QThread, QObject] = {}
_waits_on_quit = False


def start_in_thread(worker: QObject) -> QThread:
    """Run `worker.run` in a new thread that ends, and is cleaned up, when the worker does."""
    global _waits_on_quit
    if not _waits_on_quit:
        QCoreApplication.instance().aboutToQuit.connect(wait_for_workers)
        _waits_on_quit = True
    thread = QThread()
    _running[thread] = worker
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(lambda: _running.pop(thread, None))
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread


def wait_for_workers() -> None:
    """Wait until every worker has finished, as the app quits."""
    for thread in list(_running):
        thread.quit()  # its loop ends once the work returns; the queued quit would wait for us
        thread.wait()
    _running.clear()
