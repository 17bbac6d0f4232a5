"""Turns and mentions. A turn: in an interview or a transcript, each paragraph that opens
with a speaker's label ("Robert Sarvis: I am ...", "Q: ..."), with who speaks and whether it is a question."""

from __future__ import annotations

import re

from quiz.core.domain import Fact
from quiz.core.facts.kind import LABEL
from quiz.core.facts.people import People, clean_person_name
from quiz.core.reading import Reading


def extract_turns(reading: Reading, people: People) -> list[Fact]:
    facts = _labelled_turns(reading, people)
    if len(facts) < 3:
        facts = _bare_turns(reading)
    if len(facts) < 3:
        return []
    guest = _guest_named_before(reading, facts[0].data["sentence_start"])
    if facts[0].data.get("bare") and guest is None:
        return []  # a release's own questions, answered in its "we" ("What are we changing?"): no one is interviewed
    for fact in facts:
        if guest and fact.data["label"].upper() in ("A", "ANSWER"):
            fact.data["speaker"] = guest  # "A: Because we looked ..." is the guest's answer, by name
    askers = {f.data["speaker"] for f in facts if f.data["question"]}
    for fact in facts:
        fact.data["role"] = "interviewer" if fact.data["speaker"] in askers and len(askers) < len({f.data["speaker"] for f in facts}) else "interviewee"
    _name_reporters(facts)
    _run_on(reading, facts)
    return facts


def _labelled_turns(reading: Reading, people: People) -> list[Fact]:
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
    return facts


# A question printed as a paragraph of its own, as a magazine's or a paper's Q&A sets it (in
# bold, lost in plain text), maybe numbered: "3. Why should anyone vote for you?"
NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")
BARE_QUESTION_WORDS = 70
# An answer speaks for the guest: "I", "we", "my", "our".
FIRST_PERSON = re.compile(r"\bI\b|\b(?i:me|my|we|us|our)\b")


# An answer by one person: "I", "me", "my".
SINGULAR = re.compile(r"\bI\b|\b(?i:me|my|myself)\b")
# An introduction that says someone was put the questions: "Our reporter met her", "spoke to".
INTERVIEWED = re.compile(r"\b(?:interview(?:ed|s)?|(?:spoke|spoken|talked|talks|speaks) (?:to|with)|met (?:him|her|them)|"
                         r"answer(?:s|ed)? (?:[\w'’]+ ){0,2}questions|put (?:[\w'’]+ ){0,2}questions to)\b", re.IGNORECASE)


def _bare_turns(reading: Reading) -> list[Fact]:
    """A Q&A with no labels: each question a paragraph of its own ending in "?", and the
    guest's answer the paragraph after it. Read as "Q:" and "A:" turns when three questions
    or more are answered so, and most answers speak as "I" or "we": a fact sheet's headings
    ("Who can get help?") are answered in the third person, and are no interview. Most must
    say "I", or the introduction say the person was interviewed: a council's FAQ answers in
    its "we" whoever its introduction names."""
    text, paragraphs = reading.text, [p for p in reading.article.paragraphs
                                      if reading.text[p.start : p.end] != reading.article.title]
    pairs = []
    for asked, answer in zip(paragraphs, paragraphs[1:]):
        question = text[asked.start : asked.end].strip()
        reply = text[answer.start : answer.end].strip()
        if (question.rstrip("”\"’").endswith("?") and len(question.split()) <= BARE_QUESTION_WORDS
                and not question.startswith(("“", "\"")) and not reply.rstrip("”\"’").endswith("?")):
            pairs.append((asked, answer))
    spoken = sum(bool(FIRST_PERSON.search(text[a.start : a.end])) for _, a in pairs)
    if len(pairs) < 3 or spoken < 0.75 * len(pairs):
        return []
    # A body's FAQ answers in its "we" ("From June we will collect ..."): a person's answers say
    # "I", or the introduction says the person was put the questions.
    singular = sum(bool(SINGULAR.search(text[a.start : a.end])) for _, a in pairs)
    if singular <= len(pairs) / 2 and not INTERVIEWED.search(text[: pairs[0][0].start]):
        return []
    facts = []
    for asked, answer in pairs:
        for span, label in ((asked, "Q"), (answer, "A")):
            numbered = NUMBERED.match(text[span.start : span.end]) if label == "Q" else None
            start = span.start + (numbered.end() if numbered else 0)
            facts.append(Fact(
                kind="turn", start=start, end=span.end, text=text[start : span.end],
                data={"speaker": label, "label": label, "question": label == "Q", "bare": True,
                      "sentence_start": span.start, "sentence_end": span.end},
            ))
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
    # "Masala Lane" read once as a person and once as a place: a place.
    not_people = {e.text for e in reading.entities if e.label != "PERSON"}
    for entity in reading.entities:
        if (entity.label != "PERSON" or entity.end > first_turn or entity.text in not_people
                or any(s <= entity.start < e for s, e in bylines)):
            continue
        name = clean_person_name(entity.text)
        if len(name.split()) >= 2:  # a first name and a family name: not "Ludlow" misread as a person
            names.setdefault(name.split()[-1], name)
    if len(names) > 1:  # the guest and the reporter who met them: the headline names the guest
        names = {key: name for key, name in names.items() if name in (reading.article.title or "")}
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
