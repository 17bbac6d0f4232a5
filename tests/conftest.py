"""Shared fixtures. Qt runs offscreen and QSettings writes to a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from support import SEED_ARTICLE  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch, request):
    """Keep tests away from the real user's settings and database, and from each other's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.delenv("QUIZ_DB", raising=False)
    uses_qt = {"ui", "e2e"} & set(request.path.parts)
    if uses_qt:  # Qt caches its settings path per process: point it at this test's folder
        from PySide6.QtCore import QSettings

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "qt"))
    yield
    if uses_qt:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is not None:
            QApplication.instance().setStyleSheet("")  # zoom tests change the whole app's style


@pytest.fixture
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "quiz.db"


@pytest.fixture
def service(db_path):
    from quiz.core.service import QuizService

    svc = QuizService.open(db_path)
    yield svc
    svc.close()
