from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from quiz.ui.app import build_main_window


def test_ctrl_plus_and_minus_zoom_every_text(qtbot, service):
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    app = QApplication.instance()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert "QWidget { font-size: 12.6pt;" in app.styleSheet()  # 11pt body text, one step up
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert "QWidget { font-size: 11.0pt;" in app.styleSheet()
    app.setStyleSheet("")


def test_window_size_and_zoom_are_remembered(qtbot, service):
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(800, 580)  # within the offscreen screen, so the restore is not clamped
    window.zoom(1)
    window.save_settings()
    QApplication.instance().setStyleSheet("")
    again = build_main_window(service)
    qtbot.addWidget(again)
    assert again.size() == window.size()
    assert again.zoom_index == window.zoom_index
    assert QSettings().value("window/zoom") is not None
    QApplication.instance().setStyleSheet("")


def test_best_scores_follow_the_name_typed(qtbot, service):
    from support import right_answer

    pack_id = service.packs()[0].id
    attempt = service.start_attempt("Ada", pack_id)
    for question in attempt.questions:
        service.submit_answer(attempt, question, right_answer(question))
    service.finish_attempt(attempt)
    window = build_main_window(service)
    qtbot.addWidget(window)
    window.start_view.name_edit.setText("Ada")
    assert "your best: 100%" in window.start_view.pack_list.item(0).text()
    window.start_view.name_edit.setText("Bo")
    assert "your best" not in window.start_view.pack_list.item(0).text()
