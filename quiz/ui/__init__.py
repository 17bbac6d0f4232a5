"""The PySide6 shell over quiz.core."""
