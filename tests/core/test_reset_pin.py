"""`quiz reset-pin`: the way back from a forgotten teacher PIN, run as a real process."""

import subprocess
import sys

from quiz.core.service import QuizService
from support import ROOT


def reset_pin(*args, answer=""):
    """The command as a teacher runs it, typing `answer` at its question."""
    return subprocess.run([sys.executable, "-m", "quiz", "reset-pin", *map(str, args)],
                          input=answer, capture_output=True, text=True, cwd=ROOT)


def database_with_a_pin(path):
    service = QuizService.open(path)
    service.set_teacher_pin("owl-2468")
    for _ in range(5):  # enough wrong tries that the next one must wait
        service.check_teacher_pin("wrong", now=0)
    service.close()


def test_reset_pin_asks_first_and_keeps_the_pin_unless_told_yes(tmp_path):
    db = tmp_path / "quiz.db"
    database_with_a_pin(db)
    declined = reset_pin("--db", db, answer="n\n")
    assert declined.returncode == 1
    assert f"clears the teacher PIN of {db}" in declined.stderr and "the PIN is unchanged" in declined.stderr
    service = QuizService.open(db)
    assert service.teacher_pin_set()
    service.close()


def test_reset_pin_clears_the_pin_and_its_wrong_tries_so_a_new_one_is_chosen(tmp_path):
    db = tmp_path / "quiz.db"
    database_with_a_pin(db)
    done = reset_pin("--db", db, answer="y\n")
    assert done.returncode == 0, done.stderr
    assert "The teacher PIN is cleared" in done.stdout
    service = QuizService.open(db)
    assert not service.teacher_pin_set()  # the teacher pages now ask to choose one
    service.set_teacher_pin("new-1357")
    assert service.check_teacher_pin("new-1357", now=1).ok  # no wait left over from the old tries
    service.close()


def test_reset_pin_with_yes_does_not_ask(tmp_path):
    db = tmp_path / "quiz.db"
    database_with_a_pin(db)
    done = reset_pin("--db", db, "--yes")
    assert done.returncode == 0 and "Clear it?" not in done.stderr
    service = QuizService.open(db)
    assert not service.teacher_pin_set()
    service.close()


def test_reset_pin_on_a_missing_database_creates_none(tmp_path):
    db = tmp_path / "none.db"
    done = reset_pin("--db", db, "--yes")
    assert done.returncode == 1 and f"no database at {db}" in done.stderr
    assert not db.exists()
