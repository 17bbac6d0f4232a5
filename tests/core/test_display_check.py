from quiz.ui.display_check import display_problem


def test_missing_x11_libraries_are_named_as_debian_packages():
    message = display_problem({"DISPLAY": ":0"}, "linux", loadable=lambda so: "cursor" not in so)
    assert "sudo apt-get install libxcb-cursor0" in message


def test_no_display_suggests_xvfb_run():
    assert "xvfb-run" in display_problem({}, "linux", loadable=lambda so: True)


def test_offscreen_and_complete_systems_need_nothing():
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", loadable=lambda so: False) is None
    assert display_problem({"DISPLAY": ":0"}, "linux", loadable=lambda so: True, reachable=lambda d: True) is None
    assert display_problem({}, "win32", loadable=lambda so: False) is None


def test_a_display_that_does_not_answer_is_named():
    message = display_problem({"DISPLAY": ":57"}, "linux", loadable=lambda so: True, reachable=lambda d: d != ":57")
    assert "the display :57 does not answer" in message and "xvfb-run" in message
