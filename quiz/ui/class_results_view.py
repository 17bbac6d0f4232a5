"""Class results for the teacher: each student's scores per pack, each question's facility
and discrimination (as Moodle computes them), the class average per skill, and CSV; test
and practice answers apart, as the report counts them (quiz/core/report.py). Beside the
average, per skill, how many of the questions students missed they have since learnt in review."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from quiz.core.domain import SkillReview, skill_name
from quiz.core.leitner import intervals_in_words
from quiz.core.report import (
    MIN_ANSWERS_FOR_DISCRIMINATION, REPORT_MODES, TOO_FEW_ANSWERS, ClassReport, QuestionStats, StudentReport, report_csv,
    why_no_discrimination,
)
from quiz.core.service import QuizService
from quiz.ui.rows_model import RowsModel
from quiz.ui.file_dialogs import file_dialog
from quiz.ui.skill_chart import SkillChart

# Columns are sized to fit this many rows (the header counts them): measuring a school's
# hundred thousand took seconds.
SIZED_ROWS = 20


def _table(accessible_name: str) -> tuple[QTableView, RowsModel]:
    view = QTableView()
    model = RowsModel(view)
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.verticalHeader().hide()
    view.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
    return view, model


def _wrapped_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _best_scores(student: StudentReport) -> dict[str, tuple[float | None, bool]]:
    """Pack id -> (the student's best finished percent, or None; whether an attempt is
    unfinished). Put in words only when shown: a school has a thousand packs."""
    scores: dict[str, tuple[float | None, bool]] = {}
    for attempt in student.attempts:
        best, unfinished = scores.get(attempt.pack, (None, False))
        if attempt.finished:
            best = attempt.percent if best is None else max(best, attempt.percent)
        scores[attempt.pack] = (best, unfinished or not attempt.finished)
    return scores


class ClassResultsView(QWidget):
    def __init__(self, service: QuizService):
        super().__init__()
        self.service = service
        self.report: ClassReport | None = None  # every mode's answers, as the CSV has them
        self.titles: dict[str, str] = {}  # pack id -> title
        self.pack_box = QComboBox()
        self.pack_box.setAccessibleName(self.tr("Show results of"))
        self.mode_box = QComboBox()
        self.mode_box.setAccessibleName(self.tr("Answers given in"))
        names = {"test": self.tr("Tests"), "practice": self.tr("Practice")}
        for mode in REPORT_MODES:
            self.mode_box.addItem(names[mode], mode)
        self.csv_button = QPushButton(self.tr("Save as CSV…"))
        self.chart = SkillChart()
        self.chart.setAccessibleName(self.tr("Class average per skill"))
        self.review_chart = SkillChart()
        self.review_chart.setAccessibleName(self.tr("Missed questions since learnt in review, per skill"))
        self.review_status = _wrapped_label("")
        self.students, self.students_model = _table(self.tr("Students by packs: best finished score"))
        self.questions, self.questions_model = _table(self.tr("Questions: facility and discrimination"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pack")))
        top.addWidget(self.pack_box, 1)
        top.addWidget(QLabel(self.tr("Answers given in")))
        top.addWidget(self.mode_box)
        top.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        charts = QHBoxLayout()
        for title, chart, note in (
            (self.tr("Class average per skill"), self.chart, None),
            (self.tr("Missed questions since learnt in review"), self.review_chart, self.review_status),
        ):
            column = QVBoxLayout()
            column.addWidget(_wrapped_label(title))
            column.addWidget(chart)
            if note is not None:
                column.addWidget(note)
            column.addStretch(1)
            charts.addLayout(column, 1)
        layout.addLayout(charts)
        layout.addWidget(QLabel(self.tr("Students (best finished score per pack)")))
        layout.addWidget(self.students, 1)
        layout.addWidget(_wrapped_label(self.tr(
            "Questions. Facility: the mean score, in percent. Discrimination: how well the question separates "
            "stronger from weaker students, from -100 to 100; it needs answers from at least %d attempts, "
            "with scores that differ. Test and practice answers are counted apart."
        ) % MIN_ANSWERS_FOR_DISCRIMINATION))
        layout.addWidget(self.questions, 2)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.pack_box.currentIndexChanged.connect(self._on_pack_box_current_index_changed)
        self.mode_box.currentIndexChanged.connect(self._on_mode_box_current_index_changed)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)

    def set_packs(self) -> None:
        """Fill the pack chooser and show the results, of the tests if there are any."""
        summaries = self.service.packs()
        self.titles = {summary.id: summary.title for summary in summaries}
        self.pack_box.blockSignals(True)
        current = self.pack_box.currentData()
        self.pack_box.clear()
        self.pack_box.addItem(self.tr("All packs"), None)
        for summary in summaries:
            self.pack_box.addItem(f"{summary.title} ({summary.id})", summary.id)
        self.pack_box.setCurrentIndex(max(0, self.pack_box.findData(current)))
        self.pack_box.blockSignals(False)
        self.refresh(choose_mode=True)

    def _on_pack_box_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_mode_box_current_index_changed(self, _index: int) -> None:
        self.show_mode()

    def refresh(self, choose_mode: bool = False) -> None:
        self.report = self.service.class_report(self.pack_box.currentData())
        self.show_review(self.service.class_review(self.pack_box.currentData()))
        modes = self.report.modes()
        if choose_mode and modes:
            self.mode_box.blockSignals(True)
            self.mode_box.setCurrentIndex(self.mode_box.findData(modes[0]))
            self.mode_box.blockSignals(False)
        self.show_mode()

    def show_mode(self) -> None:
        """The chosen mode's part of the report in the chart and the tables."""
        if self.report is None:
            return
        report = self.report.of_mode(self.mode_box.currentData())
        self.chart.set_rows([
            (skill_name(s.skill), s.average / 100, self.tr("%.0f%% over %d answers") % (s.average, s.answers)) for s in report.skills
        ])
        packs = sorted({a.pack for s in report.students for a in s.attempts}, key=lambda p: (self.titles.get(p, p), p))
        scores = [(student.student, _best_scores(student)) for student in report.students]
        self.students_model.set_rows(
            [self.tr("Student"), *(self.titles.get(p, p) for p in packs)], scores,
            lambda row, column: row[0] if column == 0 else self._score_text(row[1].get(packs[column - 1])),
        )
        self.questions_model.set_rows(
            [self.tr("Pack"), self.tr("Question"), self.tr("Skill"), self.tr("Type"), self.tr("Answers"),
             self.tr("Facility %"), self.tr("Discrimination")],
            report.questions, self._question_cell,
        )
        self.students.resizeColumnsToContents()
        self.questions.resizeColumnsToContents()
        self.status.setText(self._taking_part(report))

    def show_review(self, skills: list[SkillReview]) -> None:
        """Per skill, the questions students missed (one per student and question, in tests
        and in practice alike) and how many of them they have since learnt in review."""
        self.review_chart.set_rows([
            (skill_name(s.skill), s.learnt / s.missed, self.tr("%d of %d learnt") % (s.learnt, s.missed)) for s in skills
        ])
        self.review_chart.setVisible(bool(skills))
        self.review_status.setText(
            self.tr("Each question a student missed, in a test or in practice, counts once: it is learnt when the "
                    "student has answered it right in review after %s days.") % intervals_in_words() if skills
            else self.tr("No missed questions yet.")
        )

    def _score_text(self, score: tuple[float | None, bool] | None) -> str:
        """A whole percent, "in progress" when no attempt is finished, and both when a later
        one is under way."""
        if score is None:
            return ""
        best, unfinished = score
        if best is None:
            return self.tr("in progress")
        return self.tr("%d%%; in progress") % round(best) if unfinished else f"{round(best)}%"

    def _question_cell(self, stats: QuestionStats, column: int):
        if column == 0:
            return self.titles.get(stats.pack, stats.pack)
        if column == 6 and stats.discrimination is None:
            if why_no_discrimination(stats) == TOO_FEW_ANSWERS:
                return self.tr("– needs %d answers") % MIN_ANSWERS_FOR_DISCRIMINATION
            return self.tr("– same scores")
        return (stats.pack, stats.question, stats.skill, stats.type, stats.answers, stats.facility,
                stats.discrimination)[column]

    def _taking_part(self, report: ClassReport) -> str:
        attempts = [a for s in report.students for a in s.attempts]
        if not attempts:
            return (self.tr("No test answers yet.") if self.mode_box.currentData() == "test"
                    else self.tr("No practice answers yet."))
        unfinished = sum(not a.finished for a in attempts)
        return self.tr("Students: %d · attempts: %d (%d in progress) · questions answered: %d") % (
            len(report.students), len(attempts), unfinished, len(report.questions))

    def _on_csv_button_clicked(self) -> None:
        dialog = file_dialog(self, self.tr("Save the class report"), self.tr("CSV (*.csv)"), save_as="class-report.csv",
                             suffix="csv")
        dialog.fileSelected.connect(self.save_csv)
        dialog.open()

    def save_csv(self, path: str) -> None:
        """The whole report as quiz report --format csv writes it: both modes, a column says which."""
        if self.report is None:
            return
        try:
            Path(path).write_text(report_csv(self.report), encoding="utf-8")
        except OSError as exc:
            self.status.setText(self.tr("Could not write %s: %s") % (path, exc.strerror))
            return
        self.status.setText(self.tr("Wrote %s.") % path)
