"""Commands that do not need the user's data leave it alone: nothing is created in the
user's home or data folder unless a command has something to keep there."""

import os
from pathlib import Path

from quiz.core.service import QuizService
from support import SEED_ARTICLE, run_quiz


def user_folders(tmp_path: Path) -> tuple[dict[str, str], list[Path]]:
    """An environment whose home and data folder are new, empty folders, with no QUIZ_DB."""
    home, data = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    data.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "QUIZ_DB"}
    return {**env, "HOME": str(home), "XDG_DATA_HOME": str(data)}, [home, data]


def everything_in(folders: list[Path]) -> list[Path]:
    return [path for folder in folders for path in folder.rglob("*")]


def test_generate_to_a_file_creates_no_database(tmp_path):
    env, folders = user_folders(tmp_path)
    out = tmp_path / "pack.yaml"
    done = run_quiz("generate", SEED_ARTICLE, "-o", out, "--max-questions", "3", env=env)
    assert done.returncode == 0, done.stderr
    assert out.exists() and everything_in(folders) == []


def test_generate_to_stdout_creates_no_database(tmp_path):
    env, folders = user_folders(tmp_path)
    done = run_quiz("generate", SEED_ARTICLE, "--max-questions", "3", env=env)
    assert done.returncode == 0 and done.stdout.startswith("schema_version: 1"), done.stderr
    assert everything_in(folders) == []


def test_generate_with_db_stores_the_pack_and_its_article_there(tmp_path):
    env, folders = user_folders(tmp_path)
    db = tmp_path / "chosen.db"
    done = run_quiz("generate", SEED_ARTICLE, "--max-questions", "3", "--title", "Kept", "--db", db, env=env)
    assert done.returncode == 0, done.stderr
    assert everything_in(folders) == []
    service = QuizService.open(db, seed_content=False)
    try:
        (summary,) = [p for p in service.packs() if p.title == "Kept"]
        assert summary.question_count == 3
        assert service.store.facts(service.pack(summary.id).article.sha256)
    finally:
        service.close()


def test_the_app_without_a_display_says_so_and_creates_nothing(tmp_path):
    env, folders = user_folders(tmp_path)
    for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(key, None)
    done = run_quiz(env=env)
    assert done.returncode == 2
    assert "no display was found" in done.stderr
    assert everything_in(folders) == []


def test_the_app_on_a_display_that_does_not_answer_says_so_and_creates_nothing(tmp_path):
    env, folders = user_folders(tmp_path)
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("WAYLAND_DISPLAY", None)
    env["DISPLAY"] = ":987"  # no X server there: Qt alone would abort the process
    done = run_quiz(env=env)
    assert done.returncode == 2, done.stderr
    assert "cannot open a window" in done.stderr
    assert everything_in(folders) == []
