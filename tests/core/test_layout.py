"""The project's boundaries: the core has no Qt, and content is found from anywhere."""

import hashlib
import pkgutil
import subprocess
import sys

import pytest

import quiz.core
from support import ROOT
from quiz.resources import FOLDERS, resource_dir


def test_importing_every_core_module_loads_no_qt():
    modules = [m.name for m in pkgutil.walk_packages(quiz.core.__path__, "quiz.core.")]
    assert "quiz.core.service" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("name", FOLDERS)
def test_content_folders_are_found(name):
    assert any(resource_dir(name).iterdir())


def test_an_unknown_folder_is_refused():
    with pytest.raises(ValueError):
        resource_dir("secrets")


def test_the_shipped_seed_is_the_original_article_byte_for_byte():
    data = (ROOT / "seeds" / "000_94daa0f9409ebe00.txt").read_bytes()
    assert hashlib.sha256(data).hexdigest() == "7f7f4e3af16ef1c2ec33572f8af713bdd30b71b3efd08d76d24f2e1bab9557ee"
