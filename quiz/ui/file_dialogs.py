"""File dialogs of the teacher pages: they open in the folder the teacher last used, or at
first in their documents folder, never in the folder the app happens to run from."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

LAST_FOLDER_KEY = "files/last-folder"


def start_folder() -> str:
    """The folder a file dialog opens in: the last one used, else the documents folder."""
    last = QSettings().value(LAST_FOLDER_KEY, "", str)
    if last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else QDir.homePath()


def _remember(paths: list[str]) -> None:
    if paths:
        QSettings().setValue(LAST_FOLDER_KEY, str(Path(paths[0]).parent))


def file_dialog(
    parent: QWidget, caption: str, filters: str, *, save_as: str = "", suffix: str = "", many: bool = False,
) -> QFileDialog:
    """A dialog to open one file (or `many`), or to save one when `save_as` names it; the
    caller connects fileSelected or filesSelected, and opens it."""
    dialog = QFileDialog(parent, caption, start_folder(), filters)
    if save_as:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.selectFile(save_as)
    elif many:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.filesSelected.connect(_remember)
    return dialog
