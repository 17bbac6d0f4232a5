"""Class results for the teacher: each student's scores per pack, each question's facility
and discrimination (as Moodle computes them), the class average per skill, and CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from quiz.core.report import ClassReport, report_csv
from quiz.core.service import QuizService
from quiz.ui.rows_model import RowsModel
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


class ClassResultsView(QWidget):
    def __init__(self, service: QuizService):
        super().__init__()
        self.service = service
        self.report: ClassReport | None = None
        self.pack_box = QComboBox()
        self.pack_box.setAccessibleName(self.tr("Show results of"))
        self.csv_button = QPushButton(self.tr("Save as CSV…"))
        self.chart = SkillChart()
        self.chart.setAccessibleName(self.tr("Class average per skill"))
        self.students, self.students_model = _table(self.tr("Students by packs: best finished score"))
        self.questions, self.questions_model = _table(self.tr("Questions: facility and discrimination"))
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pack")))
        top.addWidget(self.pack_box, 1)
        top.addWidget(self.csv_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("Class average per skill")))
        layout.addWidget(self.chart)
        layout.addWidget(QLabel(self.tr("Students (best finished score per pack)")))
        layout.addWidget(self.students, 1)
        layout.addWidget(QLabel(self.tr("Questions (facility: share answered right; discrimination: how well the "
                                        "question separates stronger from weaker students, -100 to 100)")))
        layout.addWidget(self.questions, 2)
        layout.addWidget(self.status)
        self.pack_box.currentIndexChanged.connect(self.refresh)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)

    def set_packs(self) -> None:
        self.pack_box.blockSignals(True)
        current = self.pack_box.currentData()
        self.pack_box.clear()
        self.pack_box.addItem(self.tr("All packs"), None)
        for summary in self.service.packs():
            self.pack_box.addItem(summary.title, summary.id)
        self.pack_box.setCurrentIndex(max(0, self.pack_box.findData(current)))
        self.pack_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        self.report = report = self.service.class_report(self.pack_box.currentData())
        self.chart.set_rows([
            (s.skill, s.average / 100, self.tr("%.0f%% over %d answers") % (s.average, s.answers)) for s in report.skills
        ])
        # Each student's best finished score per pack, as (name, {pack: percent}).
        best: list[tuple[str, dict[str, float]]] = []
        for student in report.students:
            scores: dict[str, float] = {}
            for a in student.attempts:
                if a.finished:
                    scores[a.pack] = max(a.percent, scores.get(a.pack, a.percent))
            best.append((student.student, scores))
        packs = sorted({a.pack for s in report.students for a in s.attempts})
        self.students_model.set_rows(
            [self.tr("Student"), *packs], best,
            lambda row, column: row[0] if column == 0 else row[1].get(packs[column - 1]),
        )
        self.questions_model.set_rows(
            [self.tr("Pack"), self.tr("Question"), self.tr("Skill"), self.tr("Type"), self.tr("Answers"),
             self.tr("Facility %"), self.tr("Discrimination")],
            report.questions,  # QuestionStats: pack, question, skill, type, answers, facility, discrimination
        )
        self.students.resizeColumnsToContents()
        self.questions.resizeColumnsToContents()
        self.status.setText(self.tr("%d students, %d questions answered.") % (len(report.students), len(report.questions)))

    def _on_csv_button_clicked(self) -> None:
        dialog = QFileDialog(self, self.tr("Save the class report"), "", self.tr("CSV (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(self.save_csv)
        dialog.open()

    def save_csv(self, path: str) -> None:
        if self.report is None:
            return
        try:
            Path(path).write_text(report_csv(self.report), encoding="utf-8")
        except OSError as exc:
            self.status.setText(self.tr("Could not write %s: %s") % (path, exc.strerror))
            return
        self.status.setText(self.tr("Wrote %s.") % path)
