"""Slow core work off the GUI thread. Workers get pure functions and plain data, and hand
results back by signal: the database stays with the main thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal

from quiz.core.errors import QuizError
from quiz.core.generate import generate_pack


class GenerateWorker(QObject):
    """Generates a draft pack from article text in its own thread."""

    progressed = Signal(str)
    finished = Signal(object)  # Pack
    failed = Signal(str)

    def __init__(self, text: str, title: str, article_title: str):
        super().__init__()
        self.text, self.title, self.article_title = text, title, article_title

    def run(self) -> None:
        try:
            self.progressed.emit(self.tr("Reading the article and finding its facts…"))
            pack = generate_pack(self.text, title=self.title, article_title=self.article_title)
            if not pack.questions:
                raise QuizError("found nothing in this article to ask about")
        except Exception as exc:  # noqa: BLE001 - any failure is shown to the teacher, never a crash
            self.failed.emit(str(exc))
        else:
            self.finished.emit(pack)


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
