"""`python -m quiz`: the command line; with no subcommand it opens the app."""

from quiz.cli import run

run()
