"""Turns and mentions. A turn: in an interview or a transcript, each paragraph that opens
with a speaker's label ("Robert Sarvis: I am ...", "Q: ..."), with who speaks and whether it is a question."""

from __future__ import annotations

import re

from quiz.core.domain import Fact
from quiz.core.facts.kind import LABEL
from quiz.core.facts.people import People, clean_person_name
from quiz.core.reading import Reading


def extract_turns(reading: Reading, people: People) -> list[Fact]:
    text = reading.text
    facts = []
    for span in reading.article.paragraphs:
        paragraph = text[span.start : span.end]
        if paragraph == reading.article.title:
            continue  # "The Onion: An interview with ...": a headline, not a turn
        match = LABEL.match(paragraph)
        if not match:
            continue
        label = paragraph[: paragraph.index(":")].strip()
        words_start = span.start + paragraph.index(":") + 1
        while words_start < span.end and text[words_start].isspace():
            words_start += 1
        if label.upper() in ("Q", "A", "QUESTION", "ANSWER"):
            name = label[:1].upper() + label[1:].lower()
        else:
            # "SECRETARY BLINKEN" in a transcript: the name as a sentence spells it.
            spelled = " ".join(w.capitalize() if w.isupper() and len(w) > 2 else w for w in label.split())
            name = people.full_name(clean_person_name(spelled), span.start)
        facts.append(Fact(
            kind="turn", start=words_start, end=span.end, text=text[words_start : span.end],
            data={"speaker": name, "label": label, "question": paragraph.rstrip().rstrip("”\"’").endswith("?"),
                  "sentence_start": span.start, "sentence_end": span.end},
        ))
    if len(facts) < 3:
        return []
    guest = _guest_named_before(reading, facts[0].data["sentence_start"])
    for fact in facts:
        if guest and fact.data["label"].upper() in ("A", "ANSWER"):
            fact.data["speaker"] = guest  # "A: Because we looked ..." is the guest's answer, by name
    askers = {f.data["speaker"] for f in facts if f.data["question"]}
    for fact in facts:
        fact.data["role"] = "interviewer" if fact.data["speaker"] in askers and len(askers) < len({f.data["speaker"] for f in facts}) else "interviewee"
    _name_reporters(facts)
    _run_on(reading, facts)
    return facts


# A line that says who wrote or asked, not who answers: "Interview by Sam Lee", "By Ann Cole".
BY_LINE = re.compile(r"^(?:(?:Interview(?:ed)?|Reporting|Questions|Words|Photos?) )?by\b", re.IGNORECASE)


def _guest_named_before(reading: Reading, first_turn: int) -> str | None:
    """The one person a Q&A's introduction names before its first "Q:" ("owner and director
    Catriona Mills has cut ..."): whom its "A:" turns are. None when it names no one, or two
    people or more, outside its by-line."""
    text = reading.text
    bylines = [(p.start, p.end) for p in reading.article.paragraphs
               if p.end <= first_turn and BY_LINE.match(text[p.start : p.end].strip())]
    names: dict[str, str] = {}
    for entity in reading.entities:
        if entity.label != "PERSON" or entity.end > first_turn or any(s <= entity.start < e for s, e in bylines):
            continue
        name = clean_person_name(entity.text)
        if len(name.split()) >= 2:  # a first name and a family name: not "Ludlow" misread as a person
            names.setdefault(name.split()[-1], name)
    return next(iter(names.values())) if len(names) == 1 else None


def _run_on(reading: Reading, turns: list[Fact]) -> None:
    """An answer that runs on over paragraphs with no label of their own, up to the next
    turn: its `answer_end`. Not past a heading, a note in brackets, or the last turn (what
    follows it may be the writer's)."""
    text, paragraphs = reading.text, reading.article.paragraphs
    for turn, after in zip(turns, turns[1:]):
        end = turn.end
        for span in paragraphs:
            if not turn.end < span.start < after.data["sentence_start"]:
                continue
            words = text[span.start : span.end].strip()
            if words.startswith(("[", "(")) or not words.endswith((".", "!", "?", "”", "\"")):
                break  # "The headlines": a heading between turns, and the writer's again
            end = span.end
        turn.data["answer_end"] = end


# A reporter who says who they are as they ask, in a briefing's transcript: "QUESTION: Thank
# you. Farah Haddad from the Daily Courier. The ceasefire ...", "QUESTION: Tom Becker, Evening Post."
INTRODUCES = re.compile(r"^(?:(?:Thank you|Thanks|Hi|Hello|Good (?:morning|afternoon|evening))\b[^.!?]{0,30}[.!]\s+)?"
                        r"(?:(?:Hi|Hello),? )?(?:(?:I[’']m|I am|[Tt]his is) )?"
                        r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z’'-]+){1,2})(?:,| from| with| of) "
                        r"(?P<outlet>(?:the )?[A-Z][\w&’'-]*(?:[ -][A-Z][\w&’'-]*){0,4})\.\s")
# A host who hands the floor on, in a call's transcript: "OPERATOR: Our next question comes
# from Tom Becker of the Evening Post."
NEXT_ASKER = re.compile(r"\b(?:[Oo]ur|[Tt]he) (?:next|first|final|last) question (?:comes|is|will come) from "
                        r"(?P<name>[A-Z][a-z]+(?: [A-Z][a-z’'-]+){1,2})(?: of| from| with|,) "
                        r"(?P<outlet>(?:the )?[A-Z][\w&’'-]*(?:[ -][A-Z][\w&’'-]*){0,4})[.,]")
HOSTS = ("operator", "moderator")


def _name_reporters(turns: list[Fact]) -> None:
    """Several reporters in one transcript, each asking under "QUESTION:": a question's
    `asker` is the reporter who says who they are in it, or whom the host called on (until
    the host speaks again). An unnamed "QUESTION:" may be anyone in the room: it gets none.
    The host who only hands on the floor is neither asker nor guest."""
    called = None
    for turn in turns:
        if turn.data["label"].lower() in HOSTS and not turn.data["question"]:
            turn.data["role"] = "host"
            found = NEXT_ASKER.search(turn.text)
            called = (found.group("name"), found.group("outlet")) if found else None
            continue
        if turn.data["role"] != "interviewer" or turn.data["label"].upper() not in ("Q", "QUESTION"):
            continue
        introduced = INTRODUCES.match(turn.text)
        if introduced:
            turn.data["asker"], turn.data["outlet"] = introduced.group("name"), introduced.group("outlet")
            turn.data["introduction_end"] = turn.start + introduced.end()
        elif called:
            turn.data["asker"], turn.data["outlet"] = called


def extract_mentions(reading: Reading, people: People) -> list[Fact]:
    """Each person and organisation the article names, once, where it first names them:
    the people a story is about are not all its sources."""
    facts, seen = [], set()
    for entity in reading.entities:
        if entity.label not in ("PERSON", "ORG"):
            continue
        if entity.label == "PERSON":
            name = people.full_name(clean_person_name(entity.text), entity.start)
        else:
            name = re.sub(r"^(?:the|The)\s+|(?:’s|'s)$", "", entity.text).strip()
        if len(name) < 2 or name.lower() in seen or not name[:1].isupper():
            continue
        seen.add(name.lower())
        sentence = reading.article.sentence_at(entity.start)
        if sentence is None:
            continue
        facts.append(Fact(
            kind="mention", start=entity.start, end=entity.end, text=entity.text,
            data={"name": name, "label": "person" if entity.label == "PERSON" else "organisation",
                  "sentence_start": sentence.start, "sentence_end": sentence.end},
        ))
    return facts
