"""The teacher's pages, behind the PIN: a new quiz from an article, the pack editor, the
generator's acceptance rate per template, class results and paper copies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from quiz.core.domain import Pack
from quiz.core.errors import ArticleNeeded, PackError, QuizError, printable
from quiz.core.inputs import read_article_file
from quiz.core.packs import pack_to_dict
from quiz.core.service import QuizService
from quiz.ui.class_results_view import ClassResultsView
from quiz.ui.editor_view import EditorView
from quiz.ui.file_dialogs import file_dialog
from quiz.ui.flow_layout import flow_of
from quiz.ui.workers import GenerateWorker, ModelLoader, start_in_thread


class NewQuizTab(QWidget):
    """Paste an article or open a file; the draft goes to the editor for review."""

    draft_ready = Signal(object)  # Pack

    def __init__(self) -> None:
        super().__init__()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setPlaceholderText(self.tr("Paste the article here, or open a .txt, .md or .html file."))
        self.text_edit.setAccessibleName(self.tr("Article text"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("Title of the quiz (optional)"))
        self.title_edit.setAccessibleName(self.tr("Quiz title"))
        self.article_title = ""
        self.open_button = QPushButton(self.tr("Open an article file…"))
        self.generate_button = QPushButton(self.tr("Generate questions"))
        self.generate_button.setObjectName("primaryButton")
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.stats = QTableWidget(0, 5)
        self.stats.setHorizontalHeaderLabels(
            [self.tr("Template"), self.tr("Accepted"), self.tr("Edited"), self.tr("Rejected"), self.tr("Kept as written")]
        )
        self.stats.setAccessibleName(self.tr("How teachers judged each question template"))
        self.stats.verticalHeader().hide()
        self.stats.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stats.horizontalHeader().setStretchLastSection(True)
        self.worker: GenerateWorker | None = None
        self.loader: ModelLoader | None = None  # the English model, loaded when the page first shows
        stats_label = QLabel(self.tr("The generator's questions so far, as reviewed by teachers"))
        stats_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_edit, 2)
        layout.addLayout(flow_of(self.open_button, self.title_edit, self.generate_button, stretch=self.title_edit))
        layout.addWidget(self.status)
        layout.addWidget(stats_label)
        layout.addWidget(self.stats, 1)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.generate_button.clicked.connect(self.generate)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.loader is None:
            self.load_model()

    def load_model(self) -> None:
        """Start loading the model that reads articles, in the background."""
        self.loader = ModelLoader()
        self.loader.failed.connect(self._on_loader_failed)
        start_in_thread(self.loader)

    def _on_loader_failed(self, message: str) -> None:
        self.status.setText(self.tr("Cannot read articles yet: %s") % message)

    def set_stats(self, rows: list[tuple[str, int, int, int]]) -> None:
        self.stats.setRowCount(len(rows))
        for row, (template, accepted, edited, rejected) in enumerate(rows):
            total = accepted + edited + rejected
            rate = f"{round(100 * accepted / total)}%" if total else "–"
            for column, value in enumerate((template, accepted, edited, rejected, rate)):
                self.stats.setItem(row, column, QTableWidgetItem(str(value)))

    def reset(self) -> None:
        """Empty the page for the next article, once the last draft is saved."""
        self.text_edit.clear()
        self.title_edit.clear()
        self.article_title = ""
        self.status.setText(self.tr("The quiz is saved. Paste the next article here, or open a file."))

    def _on_open_button_clicked(self) -> None:
        dialog = file_dialog(
            self, self.tr("Open an article"), self.tr("Articles (*.txt *.md *.markdown *.html *.htm)")
        )
        dialog.fileSelected.connect(self.open_article)
        dialog.open()

    def open_article(self, path: str) -> None:
        try:
            source = read_article_file(path)
        except QuizError as exc:
            self.status.setText(str(exc))
            return
        self.text_edit.setPlainText(source.text)
        self.article_title = source.title
        self.status.setText(self.tr("Opened %s.") % Path(path).name)

    def generate(self) -> None:
        text = self.text_edit.toPlainText()
        if not text.strip():
            self.status.setText(self.tr("Paste an article or open a file first."))
            return
        self.generate_button.setEnabled(False)
        self.worker = GenerateWorker(text, self.title_edit.text().strip(), self.article_title)
        self.worker.progressed.connect(self.status.setText)
        self.worker.finished.connect(self._on_worker_finished)
        self.worker.failed.connect(self._on_worker_failed)
        start_in_thread(self.worker)

    def _on_worker_finished(self, pack: Pack) -> None:
        self.generate_button.setEnabled(True)
        self.status.setText(self.tr("%d questions drafted. Review them in the editor.") % len(pack.questions))
        self.draft_ready.emit(pack)

    def _on_worker_failed(self, message: str) -> None:
        self.generate_button.setEnabled(True)
        self.status.setText(self.tr("Could not generate questions: %s") % message)


class TeacherView(QWidget):
    left = Signal()
    pack_saved = Signal(str)  # pack id

    def __init__(self, service: QuizService):
        super().__init__()
        self.service = service
        self.tabs = QTabWidget()
        self.new_quiz = NewQuizTab()
        self.editor = EditorView()
        self.pack_box = QComboBox()
        self.pack_box.setAccessibleName(self.tr("Saved pack"))
        self.pack_box.setPlaceholderText(self.tr("Choose a saved pack…"))
        self.pack_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pack_box.setMinimumContentsLength(16)
        self.leave_box: QMessageBox | None = None  # asks before unsaved work in the editor is left
        self.edit_button = QPushButton(self.tr("Edit this pack"))
        self.worksheet_button = QPushButton(self.tr("Print worksheet…"))
        self.worksheet_button.setToolTip(self.tr("Save a worksheet of this pack as a PDF, to print"))
        self.key_button = QPushButton(self.tr("Print answer key…"))
        self.key_button.setToolTip(self.tr("Save the answer key of this pack as a PDF, to print"))
        self.export_button = QPushButton(self.tr("Save as YAML…"))
        self.import_button = QPushButton(self.tr("Import packs…"))
        self.import_button.setToolTip(self.tr(
            "Add packs from YAML files, or questions from an LMS: Moodle GIFT or XML, QTI (.zip or .xml), Aiken (.txt)"
        ))
        self.problems_box: QMessageBox | None = None  # why the last import added nothing
        self.replace_box: QMessageBox | None = None  # whether to replace packs already here
        self.back_button = QPushButton(self.tr("Back to the students' page"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        editor_page = QWidget()
        editor_column = QVBoxLayout(editor_page)
        editor_column.addLayout(flow_of(
            QLabel(self.tr("Saved pack")), self.pack_box, self.edit_button, self.export_button, self.worksheet_button,
            self.key_button, self.import_button, stretch=self.pack_box,
        ))
        editor_column.addWidget(self.editor, 1)
        self.class_results = ClassResultsView(service)
        self.tabs.addTab(self.new_quiz, self.tr("New quiz from an article"))
        self.tabs.addTab(editor_page, self.tr("Edit packs"))
        self.tabs.addTab(self.class_results, self.tr("Class results"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Teacher"))
        title.setObjectName("appTitle")
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.back_button)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(self.left)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.new_quiz.draft_ready.connect(self._on_new_quiz_draft_ready)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.review_finished.connect(self._on_editor_review_finished)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.pack_box.currentIndexChanged.connect(self._on_pack_box_current_index_changed)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.worksheet_button.clicked.connect(lambda: self._print(key=False))
        self.key_button.clicked.connect(lambda: self._print(key=True))

    def refresh(self) -> None:
        current = self.pack_box.currentData()
        self.pack_box.clear()
        for summary in self.service.packs():
            self.pack_box.addItem(f"{summary.title} — {summary.id}", summary.id)
            self.pack_box.setItemData(self.pack_box.count() - 1, summary.title, Qt.ItemDataRole.AccessibleTextRole)
        # While a draft is reviewed no saved pack is chosen: the box shows its placeholder.
        self.pack_box.setCurrentIndex(-1 if self.editor.draft else max(0, self.pack_box.findData(current)))
        self._on_pack_box_current_index_changed(self.pack_box.currentIndex())
        self.new_quiz.set_stats(self.service.template_stats())
        self._on_tabs_current_changed(self.tabs.currentIndex())

    def _on_pack_box_current_index_changed(self, index: int) -> None:
        for button in (self.edit_button, self.export_button, self.worksheet_button, self.key_button):
            button.setEnabled(index >= 0)

    def _on_tabs_current_changed(self, index: int) -> None:
        # The class report reads every answer: only when its tab is shown.
        if self.tabs.widget(index) is self.class_results:
            self.class_results.set_packs()

    def focus_first(self) -> None:
        self.refresh()
        self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)

    def edit_pack(self, pack: Pack) -> None:
        """Show a saved pack in the editor (the caller has asked about unsaved work)."""
        self.editor.load(pack_to_dict(pack))
        self.pack_box.setCurrentIndex(self.pack_box.findData(pack.id))
        self.tabs.setCurrentIndex(1)

    def _on_new_quiz_draft_ready(self, pack: Pack) -> None:
        self.leave_editor_then(lambda: self._review_draft(pack))

    def _review_draft(self, pack: Pack) -> None:
        """Show a generated draft in the editor, under an id no saved pack has."""
        taken = {summary.id for summary in self.service.packs()}
        data = pack_to_dict(pack)
        number = 2
        while data["id"] in taken:
            data["id"] = f"{pack.id}-{number}"
            number += 1
        self.editor.load(data, draft=True, taken_ids=taken)
        self.pack_box.setCurrentIndex(-1)
        self.tabs.setCurrentIndex(1)
        self.status.setText(self.tr("Accept, edit or reject each question, then save."))

    def _on_edit_button_clicked(self) -> None:
        pack_id = self.pack_box.currentData()
        if pack_id:
            self.leave_editor_then(lambda: self.edit_pack(self.service.pack(pack_id)))

    def leave_editor_then(self, action: Callable[[], None]) -> None:
        """Run `action`, which replaces what the editor shows; if that holds unsaved work,
        only once the teacher has chosen to save it or to discard it."""
        if not self.editor.has_unsaved_changes():
            action()
            return
        buttons = QMessageBox.StandardButton
        title = self.editor.data.get("title", "")
        text = (self.tr("The draft “%s” is not saved.") if self.editor.draft
                else self.tr("Your changes to “%s” are not saved.")) % title
        self.leave_box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved pack"), text,
                                     buttons.Save | buttons.Discard | buttons.Cancel, parent=self)
        self.leave_box.setTextFormat(Qt.TextFormat.PlainText)
        self.leave_box.setInformativeText(self.tr("Save it to the app first, or discard it?"))
        self.leave_box.setDefaultButton(buttons.Save)

        def answered(button) -> None:
            choice = self.leave_box.standardButton(button)
            if choice == buttons.Save and self.editor.save() is None:
                self.status.setText(self.tr("Not saved: the checks list what to fix first."))
                return
            if choice in (buttons.Save, buttons.Discard):
                action()

        self.leave_box.buttonClicked.connect(answered)
        self.leave_box.open()

    def _on_editor_saved(self, pack: Pack) -> None:
        self.service.import_pack(pack)
        self.refresh()
        self.pack_box.setCurrentIndex(self.pack_box.findData(pack.id))
        self.status.setText(self.tr("Saved “%s” (%s): students can take it now.") % (pack.title, pack.id))
        self.pack_saved.emit(pack.id)

    def _on_editor_review_finished(self, counts: dict) -> None:
        """A draft is saved: count its verdicts, and make the New quiz page ready for the next article."""
        self.service.record_template_reviews(counts)
        self.new_quiz.set_stats(self.service.template_stats())
        self.new_quiz.reset()

    def _choose_file(self, caption: str, filters: str, name: str, then: Callable[[str], None]) -> None:
        """Ask where to save a file, suggesting `name`."""
        dialog = file_dialog(self, caption, filters, save_as=name, suffix=Path(name).suffix.lstrip("."))
        dialog.fileSelected.connect(then)
        dialog.open()

    def _on_export_button_clicked(self) -> None:
        pack_id = self.pack_box.currentData()
        if pack_id:
            self._choose_file(self.tr("Save the pack"), self.tr("Packs (*.yaml)"), f"{pack_id}.yaml", self.save_yaml)

    def save_yaml(self, path: str) -> None:
        text = self.service.export_pack(self.pack_box.currentData(), "yaml").content
        try:
            Path(path).write_text(text, encoding="utf-8")
        except OSError as exc:
            self.status.setText(self.tr("Could not write %s: %s") % (path, exc.strerror))
            return
        self.status.setText(self.tr("Wrote %s.") % path)

    def _on_import_button_clicked(self) -> None:
        dialog = file_dialog(
            self, self.tr("Import packs"),
            self.tr("Packs and questions from an LMS (*.yaml *.yml *.gift *.xml *.zip *.txt)"), many=True,
        )
        dialog.filesSelected.connect(self.import_files)
        dialog.open()

    def import_files(self, paths: list[str], article: str | None = None) -> None:
        """Add the packs in these files, all or none. Questions from an LMS whose article did
        not travel with them (Aiken never carries one) are about an article the teacher
        picks first; packs that would replace stored ones are added only if the teacher agrees."""
        try:
            read = self.service.read_packs(paths, article)
            if read.problems:
                raise PackError(read.problems)
            stored = self.service.already_stored(read)
        except ArticleNeeded:
            self._ask_for_article(paths)
            return
        except PackError as exc:
            count = len(exc.problems)
            summary = (self.tr("Nothing was imported: a problem in the files.") if count == 1
                       else self.tr("Nothing was imported: %d problems in the files.") % count)
            self._show_problems(summary, "\n".join(printable(str(p)) for p in exc.problems))
            return
        except QuizError as exc:
            self._show_problems(self.tr("Nothing was imported."), printable(str(exc)))
            return
        if stored:
            self._ask_to_replace(read.packs, stored)
        else:
            self._store_imported(read.packs, replace=False)

    def _ask_for_article(self, paths: list[str]) -> None:
        dialog = file_dialog(
            self, self.tr("The article these questions are about"),
            self.tr("Articles (*.txt *.md *.markdown *.html *.htm)"),
        )
        dialog.fileSelected.connect(lambda chosen: self.import_files(paths, chosen))
        dialog.open()

    def _ask_to_replace(self, packs: list[Pack], stored: list) -> None:
        """A question, answered later in _on_replace_box_finished: replace the stored packs, or import nothing."""
        lines = [
            self.tr("“%s” (%s), from %s; answers given to it: %d") % (c.stored.title, c.pack.id, c.file.name, c.answers)
            for c in stored
        ]
        self.replace_box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Import packs"),
            (self.tr("A pack with this id is already here. Replace it?") if len(stored) == 1
             else self.tr("Packs with these ids are already here. Replace them?")) + "\n\n" + "\n".join(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self,
        )
        self.replace_box.setTextFormat(Qt.TextFormat.PlainText)
        self.replace_box.setInformativeText(self.tr(
            "Replacing keeps every answer already given: a question whose id the new version keeps keeps its "
            "answers; a question it leaves out is retired, its answers kept in the results."
        ))
        self.replace_box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Replace"))
        self.replace_box.button(QMessageBox.StandardButton.No).setText(self.tr("Import nothing"))
        self.replace_box.setDefaultButton(QMessageBox.StandardButton.No)
        self.replace_box.finished.connect(lambda _result, packs=packs: self._on_replace_box_finished(packs))
        self.replace_box.open()

    def _on_replace_box_finished(self, packs: list[Pack]) -> None:
        box = self.replace_box
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self._store_imported(packs, replace=True)
        else:
            self.status.setText(self.tr("Nothing was imported: the packs already here were kept as they are."))

    def _store_imported(self, packs: list[Pack], replace: bool) -> None:
        try:
            self.service.import_packs(packs, replace=replace)
        except QuizError as exc:
            self._show_problems(self.tr("Nothing was imported."), printable(str(exc)))
            return
        self.refresh()
        self.pack_box.setCurrentIndex(self.pack_box.findData(packs[-1].id))
        self.status.setText(self.tr("Imported %s.") % ", ".join(f"“{p.title}” ({len(p.questions)})" for p in packs))

    def _show_problems(self, summary: str, details: str) -> None:
        self.status.setText(summary)
        self.problems_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import packs"), summary, parent=self)
        self.problems_box.setInformativeText(self.tr("Show Details lists each problem with its file and line."))
        self.problems_box.setDetailedText(details)  # plain text, whatever the files hold
        self.problems_box.open()

    def print_dialog(self, key: bool) -> None:
        """Choose the pack on the editing tab, then where to save its PDF."""
        self.tabs.setCurrentIndex(1)
        if self.pack_box.currentData() is None:
            self.status.setText(self.tr("Choose a saved pack to print."))
        self._print(key)

    def _print(self, key: bool) -> None:
        pack_id = self.pack_box.currentData()
        if pack_id:
            caption = self.tr("Save the answer key") if key else self.tr("Save the worksheet")
            name = f"{pack_id}-key.pdf" if key else f"{pack_id}-worksheet.pdf"
            self._choose_file(caption, self.tr("PDF (*.pdf)"), name, lambda path: self.print_pdf(path, key))

    def print_pdf(self, path: str, key: bool) -> None:
        from quiz.ui.printing import write_pdf

        try:
            write_pdf(self.service.pack(self.pack_box.currentData()), Path(path), key=key)
        except QuizError as exc:
            self.status.setText(self.tr("Could not write the PDF: %s") % exc)
            return
        self.status.setText(self.tr("Wrote %s.") % path)
