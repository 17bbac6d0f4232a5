"""Aiken import: Moodle's rules, a problem with its line for every malformed question, and
never a partial import."""

from __future__ import annotations

import pytest
from support import SEED_ARTICLE, run_quiz

from quiz.core.errors import ArticleNeeded, PackError
from quiz.core.interop.aiken import read_aiken
from quiz.core.service import QuizService

ARTICLE = SEED_ARTICLE.read_text(encoding="utf-8")
GOOD = """Which figure did DHS ask the Pentagon for?
A. 20,000 troops
B) 10,000 troops
C. 7,700 troops
ANSWER: A

Who confirmed the request?
A) A U.S. official
B) The governor
ANSWER: A
"""


def read(text: str):
    return read_aiken(text, ARTICLE, "quiz.txt")


def problems(text: str) -> list[str]:
    with pytest.raises(PackError) as caught:
        read(text)
    return [str(p) for p in caught.value.problems]


def test_questions_read_with_moodles_rules():
    reader = read(GOOD)
    first, second = reader.questions
    assert (first.id, first.type, first.skill, first.prompt) == ("q1", "choice", "context", "Which figure did DHS ask the Pentagon for?")
    assert (first.choices, first.answer) == (("20,000 troops", "10,000 troops", "7,700 troops"), "20,000 troops")
    assert (second.choices, second.answer) == (("A U.S. official", "The governor"), "A U.S. official")
    assert second.evidence == "A U.S. official confirmed the request, which is now being reviewed by the Department of Defense."
    assert reader.lines == [1, 7] and reader.messages == []


def test_moodles_loose_edges_are_kept():
    # Letters are not read, only their order; a space after the letter is optional; short lines are ignored;
    # the answer's first letter counts; Windows and old Mac line ends.
    reader = read("\ufeffQ?\r\nA.one\r\nx\r\nC) two\rANSWER: B because\r\n")
    assert [(q.choices, q.answer) for q in reader.questions] == [(("one", "two"), "two")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A. lonely choice\nANSWER: A\n", ['quiz.txt:1: the choice "A. lonely choice" comes before any question',
                                           'quiz.txt:2: "ANSWER: A" comes before any question']),
        ("Q one?\nA. yes\nANSWER: A\n", ['quiz.txt:3: question "Q one?" (line 1) has 1 choice; it needs two or more']),
        ("Q one?\nA. yes\nB. no\nANSWER: C\n",
         ['quiz.txt:4: "ANSWER: C" names no choice of question "Q one?" (line 1): give a letter from A to B']),
        ("Q one?\nA. yes\nB. no\nANSWER:\n",
         ['quiz.txt:4: "ANSWER:" names no choice of question "Q one?" (line 1): give a letter from A to B']),
        ("Q one?\nA. yes\nB. no\nQ two?\nA. a\nB. b\nANSWER: B\n",
         ['quiz.txt:1: question "Q one?" has no "ANSWER:" line before the next question starts (line 4)']),
        ("Q one?\nA. yes\nB. no\n", ['quiz.txt:1: question "Q one?" ends without an "ANSWER:" line']),
        ("Q one?\nA. same\nB. same\nANSWER: A\n", ['quiz.txt:1: question "Q one?" (line 1): two choices are the same']),
    ],
    ids=["before-any-question", "one-choice", "no-such-letter", "no-letter", "unfinished", "no-answer-at-end", "twins"],
)
def test_each_malformed_question_is_a_problem_with_its_line(text, expected):
    assert problems(text) == expected


def test_every_problem_is_told_and_nothing_is_imported(tmp_path):
    bad = tmp_path / "quiz.txt"
    bad.write_text(GOOD + "\nQ three?\nA. only\nANSWER: A\n\nQ four?\nA. a\nB. b\nANSWER: Z\n", encoding="utf-8")
    db = tmp_path / "quiz.db"
    QuizService.open(db).close()
    before = db.read_bytes()
    done = run_quiz("import", bad, "--format", "aiken", "--article", SEED_ARTICLE, "--db", db)
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [
        f'{bad}:14: question "Q three?" (line 12) has 1 choice; it needs two or more',
        f'{bad}:19: "ANSWER: Z" names no choice of question "Q four?" (line 16): give a letter from A to B',
        "quiz: nothing imported: 2 problem(s)",
    ]
    assert db.read_bytes() == before


def test_the_import_command_reads_aiken_onto_the_article(tmp_path):
    path = tmp_path / "troops.txt"
    path.write_text(GOOD, encoding="utf-8")
    db = tmp_path / "quiz.db"
    done = run_quiz("import", path, "--format", "aiken", "--article", SEED_ARTICLE, "--db", db)
    assert (done.returncode, done.stdout) == (0, "imported troops (2 questions)\n"), done.stderr
    service = QuizService.open(db)
    assert [q.answer for q in service.pack("troops").questions] == ["20,000 troops", "A U.S. official"]
    service.close()


def test_aiken_carries_no_article_so_one_is_needed(tmp_path):
    path = tmp_path / "troops.txt"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(ArticleNeeded):
        QuizService.in_memory().read_question_file(path)
    done = run_quiz("import", path, "--db", tmp_path / "quiz.db")
    assert done.returncode == 2
    assert done.stderr == (f"quiz: {path}: the article these Aiken questions are about is not in the file: "
                           "name it with --article ARTICLE\n")
