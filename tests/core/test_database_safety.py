"""Old, newer and unreadable database files: upgraded with a copy kept, refused, or set aside
only when the user agrees."""

import hashlib
import shutil
import sqlite3

from quiz.core.service import QuizService
from quiz.ui.app import open_or_recover
from support import ROOT

FIRST_SCHEMA = ROOT / "tests" / "data" / "quiz-schema-m001.db"


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_from_the_first_schema_is_copied_aside_then_upgraded(tmp_path):
    db = tmp_path / "quiz.db"
    shutil.copy(FIRST_SCHEMA, db)
    original = digest(db)
    service = QuizService.open(db, seed_content=False)
    backup = service.store.backup
    assert backup is not None and backup.parent == tmp_path and backup.name.startswith("quiz.db.before-m002")
    copy = sqlite3.connect(backup)
    assert copy.execute("select name from _sqlite_migrations").fetchall() == [("m001_create_tables",)]
    assert copy.execute("select count(*) from answers").fetchone() == (1,)
    copy.close()
    # The upgraded database keeps every answer, and gains what later schemas added.
    assert [(r["student"], r["question"], r["correct"]) for r in service.results()] == [("Ada", "staff", True)]
    assert service.pack("old-pack").shuffle is True
    upgraded = sqlite3.connect(db)
    assert upgraded.execute("select uid is not null from attempts").fetchone() == (1,)
    service.close()
    assert digest(FIRST_SCHEMA) == original  # the kept file itself is never touched


def test_a_current_database_is_not_copied(tmp_path):
    QuizService.open(tmp_path / "quiz.db").close()
    again = QuizService.open(tmp_path / "quiz.db")
    assert again.store.backup is None
    assert sorted(p.name for p in tmp_path.iterdir() if "before" in p.name) == []
    again.close()


def test_a_database_from_a_newer_app_is_refused_even_if_the_user_would_agree(tmp_path):
    db = tmp_path / "quiz.db"
    QuizService.open(db).close()
    conn = sqlite3.connect(db)
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values ('evidence_quiz', 'm999_future', 'x')")
    conn.commit()
    conn.close()
    before = digest(db)
    assert open_or_recover(db, ask=lambda message: True) is None
    assert digest(db) == before


def test_an_unreadable_file_is_kept_unless_the_user_agrees(tmp_path):
    db = tmp_path / "quiz.db"
    db.write_bytes(b"not a database " * 200)
    asked = []
    assert open_or_recover(db, ask=lambda message: asked.append(message) or False) is None
    assert str(db) in asked[0] and db.read_bytes().startswith(b"not a database")


def test_an_unreadable_file_is_set_aside_and_a_fresh_database_started_when_the_user_agrees(tmp_path):
    db = tmp_path / "quiz.db"
    db.write_bytes(b"not a database " * 200)
    service = open_or_recover(db, ask=lambda message: True)
    assert service is not None and service.packs()
    kept = [p for p in tmp_path.iterdir() if ".unreadable-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"not a database")
    service.close()
