"""The app's memory after the teacher's New quiz page has generated a pack from the seed
article, as a teacher does it: the page opens (and starts loading the English pipeline),
the article is pasted, Generate is clicked, the draft reaches the editor. Prints the
process's resident memory then, and its peak, in MB. Run by `make bench`."""

import resource
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.core.service import QuizService  # noqa: E402
from quiz.ui.teacher_view import TeacherView  # noqa: E402


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        view = TeacherView(QuizService.open(Path(tmp) / "memory.db"))
        view.show()
        view.new_quiz.text_edit.setPlainText((ROOT / "seeds" / "000_94daa0f9409ebe00.txt").read_text(encoding="utf-8"))
        drafted = []
        view.new_quiz.draft_ready.connect(lambda pack: (drafted.append(pack), QTimer.singleShot(0, app.quit)))
        QTimer.singleShot(0, view.new_quiz.generate_button.click)
        QTimer.singleShot(60_000, app.quit)  # never hang the bench
        app.exec()
        if not drafted:
            print("no draft was generated", file=sys.stderr)
            return 1
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{resident_mb():.0f} MB resident, {peak:.0f} MB peak, {len(drafted[0].questions)} questions drafted")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
