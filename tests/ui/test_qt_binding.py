def test_qt_calls_keep_python_none_alive():
    """PySide6 6.12.0 dropped a reference to None on each Qt call returning nothing, which
    aborts Python 3.11 ("none_dealloc") after enough calls: a long class would crash."""
    import sys

    from PySide6.QtGui import QFont

    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(1000):
        font.setBold(True)
    assert sys.getrefcount(None) >= before - 10
