"""Patterns and helpers shared by the fact extractors."""

from __future__ import annotations

import re

from quiz.core.domain import Article, Fact, Sentence

# The months by name, and with their short forms: one list for every reading of a date.
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
MONTHS = (
    MONTH_NAMES + "|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
# A dateline under the headline: "Monday, May 5, 2025", "Oct. 3, 2024"; never "Chapter 3, 2024".
DATELINE = re.compile(rf"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:{MONTHS})\s+\d{{1,2}},\s+\d{{4}}$")

# A capitalised name of one to four words ("Tricia McLaughlin", "Bong Young-shik").
NAME_WORD = r"[A-Z][\w’'-]*(?:\.[A-Z]\.?)?"
_TITLE_ABBR = r"(?:(?:Dr|Drs|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Prof|Lt|Col|Sgt|Capt)\.[ \t]+)"
NAME = rf"{_TITLE_ABBR}?{NAME_WORD}(?:[ \t]+(?:{NAME_WORD}|(?:de|van|von|bin|al|da|del|la|le)\b)){{0,3}}"
ROLE_WORDS = frozenset(
    """
    spokeswoman spokesman spokesperson secretary president director minister official officials
    chief senator governor mayor chair chairman chairwoman professor commissioner ambassador
    general attorney judge lawyer analyst economist researcher researchers leader adviser advisor
    manager executive founder ceo representative sheriff superintendent investigator expert
    experts scientist scientists editor correspondent reporter physician doctor head officer
    """.split()
)
TITLES = frozenset(
    "President Mr. Mrs. Ms. Dr. Drs. Sen. Rep. Gov. Gen. Lt. Col. Prof. Secretary Senator "
    "Governor Mayor Judge Minister Chancellor Premier Pope King Queen Prince Sheriff".split()
)
# Words that make a capitalised phrase an organisation or place rather than a person.
ORG_WORDS = frozenset(
    """
    Department Ministry Institute University College School Corporation Company Inc Corp Act Law
    Program Programme Plan Party Congress Office Center Centre Council Committee Agency
    Administration Service Services Force Forces Army Navy Marine Corps Command Bank Court House
    Government Association Foundation Society Group Team Organization Organisation Fund Trust
    Hospital Clinic Journal Press News Times Post Guard Patrol Police Board Commission Union
    Nations States Republic Kingdom Province County City State Street Agency Authority Network
    """.split()
)


def make_fact(kind: str, article: Article, start: int, end: int, sentence: Sentence, **data) -> Fact:
    """A fact at `[start, end)`, remembering the sentence it sits in."""
    return Fact(
        kind=kind,
        start=start,
        end=end,
        text=article.text[start:end],
        data={"sentence_start": sentence.start, "sentence_end": sentence.end, **data},
    )


def inside_quotes(text: str, start: int, end: int, within: Sentence) -> bool:
    """True when `[start, end)` sits between an opening and a closing quotation mark.
    A quotation may run over several sentences, so the count starts at the paragraph."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    before = text[paragraph_start:start]
    opened = before.count("“") - before.count("”")
    straight = before.count('"') % 2 == 1
    return opened > 0 or straight


def surname(name: str) -> str:
    return name.split()[-1] if name else name
