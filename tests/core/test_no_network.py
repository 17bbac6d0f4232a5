"""The app makes no network call, ever: every use of a socket fails these tests."""

import socket
import subprocess
import sys

import pytest

from quiz.core.service import QuizService
from support import ROOT, SEED_ARTICLE, right_answer

PAGE = """<!doctype html><html><head><title>Guard</title>
<link rel="stylesheet" href="https://example.com/site.css"><script src="https://example.com/a.js"></script></head>
<body><article><h1>Guard troops sought</h1><img src="https://example.com/pic.jpg">
<p>DHS asked for 20,000 troops, a U.S. official said on Monday. ICE has about 20,000 staff.</p>
<p>“We will act now,” Mayor Ann Lee said. It is unclear whether the plan will pass.</p></article></body></html>"""


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"a network call was made: {args!r}")

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_the_whole_teacher_and_student_flow_uses_no_socket(no_network, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    service = QuizService.open(tmp_path / "quiz.db")
    service.import_pack(service.generate_from_file(page))
    service.import_pack(service.generate_from_file(SEED_ARTICLE))
    for summary in service.packs():
        attempt = service.start_attempt("Ada", summary.id)
        for question in attempt.questions:
            service.submit_answer(attempt, question, right_answer(question))
        service.finish_attempt(attempt)
        for fmt in ("yaml", "gift", "moodle-xml", "qti"):
            service.export_pack(summary.id, fmt)
    assert service.results()
    service.close()


def test_the_command_line_uses_no_socket(tmp_path):
    guard = (
        "import socket, sys\n"
        "def refuse(*a, **k): raise SystemExit('network call: %r' % (a,))\n"
        "for n in ('connect', 'connect_ex', 'sendto'): setattr(socket.socket, n, refuse)\n"
        "socket.getaddrinfo = refuse\n"
        "from quiz.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    db = tmp_path / "quiz.db"
    for args in (["generate", str(SEED_ARTICLE), "--db", str(db)], ["results", "--db", str(db)],
                 ["check", *map(str, sorted((ROOT / "questions").glob("*.yaml")))]):
        done = subprocess.run([sys.executable, "-c", guard, *args], capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0, done.stderr
