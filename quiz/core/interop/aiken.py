"""Aiken, the simplest text format Moodle reads (question/format/aiken/format.php), to import:

    Which figure did DHS ask the Pentagon for?
    A. 20,000 troops
    B) 10,000 troops
    ANSWER: A

Moodle's rules: lines are trimmed and those shorter than two characters ignored; a line
starting with a capital letter, then `.` or `)`, is a choice (the letters are not read,
their order is); a line starting `ANSWER:` names the right choice by its letter and ends
the question; any other line starts a question. Where Moodle leaves a malformed question
out, here every one is a problem with its line, and a file with any is not imported at
all. Aiken has no feedback and no skills: every question is about context.
"""

from __future__ import annotations

import re

from quiz.core.errors import PackError, Problem
from quiz.core.interop.moodle import DEFAULT_SKILL, QuestionReader, Skip, first_words, multichoice_fields

_CHOICE = re.compile(r"[A-Z][).]")
_TRIM = " \t\n\r\0\x0b"  # what PHP's trim() takes off


def read_aiken(text: str, article_text: str, path: str) -> QuestionReader:
    """The questions of Aiken `text`; PackError with a problem per malformed question."""
    reader = QuestionReader(article_text, path)
    problems: list[Problem] = []
    open_question: tuple[int, str, list[str]] | None = None  # its line, its text, its choices

    def problem(line: int, message: str) -> None:
        problems.append(Problem(path, line, None, message))

    for number, raw in enumerate(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        line = raw.strip(_TRIM)
        if len(line) < 2:
            continue
        if _CHOICE.match(line):
            if open_question is None:
                problem(number, f'the choice "{first_words(line)}" comes before any question')
            else:
                open_question[2].append(line[2:].strip(_TRIM))
        elif line.startswith("ANSWER:"):
            if open_question is None:
                problem(number, f'"{first_words(line)}" comes before any question')
                continue
            start, prompt, choices = open_question
            open_question = None
            letter = line[len("ANSWER:") :].strip(_TRIM)[:1]
            label = f'question "{first_words(prompt)}" (line {start})'
            if len(choices) < 2:
                problem(number, f"{label} has {len(choices)} choice{'' if len(choices) == 1 else 's'}; it needs two or more")
            elif not ("A" <= letter <= "Z" and ord(letter) - ord("A") < len(choices)):
                last = chr(ord("A") + len(choices) - 1)
                problem(number, f'"{first_words(line)}" names no choice of {label}: give a letter from A to {last}')
            else:
                right = ord(letter) - ord("A")
                answers = [(choice, 100.0 if index == right else 0.0, "") for index, choice in enumerate(choices)]
                try:
                    question = reader.question(prompt, DEFAULT_SKILL, "", multichoice_fields(answers, single=True))
                except Skip as skip:
                    problem(start, f"{label}: {str(skip).removeprefix('malformed: ')}")
                else:
                    reader.add(None, prompt, lambda question=question: question, start)
        else:
            if open_question is not None:
                problem(open_question[0], f'question "{first_words(open_question[1])}" has no "ANSWER:" line '
                        f"before the next question starts (line {number})")
            open_question = (number, line, [])
    if open_question is not None:
        problem(open_question[0], f'question "{first_words(open_question[1])}" ends without an "ANSWER:" line')
    if problems:
        raise PackError(problems)
    return reader
