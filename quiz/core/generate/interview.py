"""Interviews, turn by turn: the claim an interviewer's question stands on, which is the
interviewer's and goes unchecked, and a guest who says plainly that they do not know,
which marks where their expertise stops. (Who the guests are, their stake and answers
given in writing are asked in kinds.py; hearsay and claims for a group in speech.py.)"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import takewhile

from quiz.core.domain import Fact, Sentence
from quiz.core.generate.common import Candidate, Context, capitalise, choice, display, or_list, possessive, slugify
from quiz.core.generate.opinion import MAX_WORDS, shown_alone

# A statement a question gives to someone else, or backs with a record: "Colbert said ...",
# "according to ...", "a report found ...". Then the statement is not the interviewer's own.
ATTRIBUTED = re.compile(r"\b(?:say|says|said|saying|told|tells|according|reported|reports?|claims?|claimed|wrote|writes|"
                        r"mentioned|called|described|argued?|suggested|warned|"
                        r"asks?|asked|shows?|showed|shown|found|finds|study|studies|survey|surveys|polls?|data|figures)\b|"
                        r"[“”\"]", re.IGNORECASE)
# Greetings and the interviewer's own doings: "Thank you for joining us.", "We spoke to ...".
NOT_A_CLAIM = re.compile(r"^(?:thank|thanks|welcome|hello|hi|good (?:morning|afternoon|evening)|let|our (?:next|first|final|last))\b|"
                         r"\b(?:I|me|my|we|us|our)\b", re.IGNORECASE)


def _sentences(ctx: Context, turn: Fact) -> list[Sentence]:
    return [s for s in ctx.article.sentences if turn.data["sentence_start"] <= s.start < turn.end]


def _guests(turns: list[Fact]) -> list[str]:
    return list(dict.fromkeys(t.data["speaker"] for t in turns if t.data["role"] == "interviewee"))


def question_premise(ctx: Context) -> Iterator[Candidate]:
    """'Compared to previous third party candidates, you have done exceptionally well in
    opinion polling. What do you attribute that success to?' A question that stands on a
    statement carries a claim: the interviewer's own, with no source, which the guest is
    asked only to build on, never to check."""
    turns = ctx.of_kind("turn")
    if ctx.kind.kind != "interview":
        return
    guests = _guests(turns)
    if not guests:
        return
    for turn in turns:
        if turn.data["role"] != "interviewer" or not turn.data["question"]:
            continue
        sentences = _sentences(ctx, turn)
        split = _premise(sentences)
        if split is None:
            continue
        premise, question, part = split
        if (ATTRIBUTED.search(premise)
                or NOT_A_CLAIM.search(premise) or not 6 <= len(premise.split()) <= MAX_WORDS
                or len(question.split()) > MAX_WORDS or re.search(r"[“”\"]", question)
                or not shown_alone(premise, ctx, named_speaker=True)):
            continue
        asker = turn.data["speaker"]
        guest = guests[0] if len(guests) == 1 else "the guests"
        answer = f"{possessive(asker)} own: the question states it, and gives no source for it"
        distractors = [f"{capitalise(possessive(guest))}: it is part of {'the answer' if len(guests) == 1 else 'their answers'}",
                       "No one's: a question only asks, so it claims nothing",
                       "A source the question names, whose finding it passes on"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"question-premise-{slugify(premise, 20)}", skill="attribution",
                prompt=(f"{asker} asks {guest}: “{premise} {question}” The question starts from a statement. "
                        "Whose claim is that statement?"),
                evidence=ctx.article.text[sentences[0].start : sentences[-1].end],
                explanation=(f"The first {part} is {possessive(asker)} own statement, made inside the question, and "
                             f"no source is given for it. {capitalise(guest)} {'is' if len(guests) == 1 else 'are'} asked only what "
                             "follows it, so the interview takes it as given and never checks it. A question can carry "
                             "a claim this way: readers should weigh it as the interviewer's, not as something the "
                             "interview shows."),
                feedback={distractors[0]: f"The statement comes before any answer: it is part of what {asker} asks.",
                          distractors[1]: f"The first {part} is a statement, not a question: the question that "
                                          "follows rests on it as if it were true.",
                          distractors[2]: "The question names no person, report or study as the source of the statement."},
                template="question-premise",
            ),
            0.75, f"premise:{sentences[0].start}",
        )


# What opens the question after a statement and a semicolon: "...; is there anything similar?"
ASKS_AFTER = re.compile(r"; (?=(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|what|why|how|who|which|when|where)\b)")


def _premise(sentences: list[Sentence]) -> tuple[str, str, str] | None:
    """The statement a question turn opens on, the question after it, and whether the
    statement is the turn's first sentence or the first part of its one sentence."""
    if not sentences or not sentences[-1].text.endswith("?"):
        return None
    if len(sentences) == 2 and sentences[0].text.endswith("."):
        return display(sentences[0].text), display(sentences[1].text), "sentence"
    if len(sentences) == 1 and len(parts := ASKS_AFTER.split(display(sentences[0].text))) == 2:
        return parts[0], parts[1], "part"
    return None


# A guest who says plainly that they do not know: "I don't know", "I don't have enough
# information to answer", "I have not followed that". ("I'm not going to get into the
# details" is a refusal, not a limit of knowledge, and "I cannot comment" may be either.)
KNOWS_NOT = re.compile(
    r"\bI (?:do not|don[’']t|really don[’']t) (?:really )?know\b|"
    r"\bI (?:do not|don[’']t) have (?:enough|sufficient|the) (?:information|data|knowledge|expertise)\b|"
    r"\bI (?:have not|haven[’']t) (?:followed|studied|looked (?:at|into))\b|"
    r"\b(?:outside|beyond) my (?:area|field|expertise|knowledge)\b|"
    r"\bI(?:[’']m| am) not (?:an expert on|qualified to|in a position to (?:say|judge|know))\b")
# Words with which an answer leans one way after all: "I don't know, but I doubt it".
LEANS = re.compile(r"\b(?:yes|no|not|never|doubt|doubtful|probably|likely|unlikely|maybe|perhaps|think|believe|suspect|guess)\b|n[’']t\b",
                   re.IGNORECASE)
# A quotation mark, single or double, but not an apostrophe inside a word ("don't").
QUOTE_MARK = re.compile(r"[“”\"]|(?<!\w)[‘']|[’'](?!\w)")


def knows_not(ctx: Context) -> Iterator[Candidate]:
    """'Is the government well prepared?' 'I don't have enough information to answer this
    question.' An expert who says where their knowledge stops: worth noticing, for what the
    answer is not (a no) and for what it says about the answers around it."""
    turns = ctx.of_kind("turn")
    if ctx.kind.kind != "interview":
        return
    for i, turn in enumerate(turns):
        if turn.data["role"] != "interviewee":
            continue
        asked = next((t for t in reversed(turns[:i]) if t.data["role"] == "interviewer"), None)
        if asked is None or not asked.data["question"]:
            continue
        question = display(_sentences(ctx, asked)[-1].text)
        sentence = next((s for s in _sentences(ctx, turn) if KNOWS_NOT.search(s.text)), None)
        if sentence is None or len(question.split()) > MAX_WORDS or re.search(r"[“”\"]", question):
            continue
        if LEANS.search(KNOWS_NOT.sub("", turn.text)):
            continue  # "I don't know. Probably not.": a guess after all, which may be the no a wrong choice offers
        said = display(sentence.text)
        if (QUOTE_MARK.search(said)
                or not 5 <= len(said.split()) <= MAX_WORDS or not shown_alone(said, ctx, named_speaker=True)):
            continue
        guest, asker = turn.data["speaker"], asked.data["speaker"]
        # The answers to the same question, and the guest's answers to the others.
        same = list(takewhile(lambda t: t.data["role"] == "interviewee", turns[turns.index(asked) + 1 :]))
        others_answer = [t for t in same if t is not turn and t.data["speaker"] != guest and not KNOWS_NOT.search(t.text)]
        own_elsewhere = [t for t in turns if t.data["speaker"] == guest and t is not turn and len(t.text.split()) >= 15
                         and not KNOWS_NOT.search(t.text)]
        wrong = {f"That {guest}'s answer to the question is no":
                 f"{guest} gives no answer either way: not knowing is not the same as saying no."}
        if others_answer:
            names = or_list(list(dict.fromkeys(t.data["speaker"] for t in others_answer))[:2], "and")
            wrong["That no one can answer the question"] = f"Only {guest} says so: {names} answer the same question."
        if own_elsewhere:
            wrong[f"That {guest} knows little about anything the interview asks"] = (
                f"{guest} answers other questions in the interview at length; only this one is beyond what {guest} knows.")
        if len(wrong) < 2:
            continue
        found = KNOWS_NOT.search(said).group(0)
        answer = f"{guest} admits not knowing this, rather than guess"
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"knows-not-{slugify(guest, 16)}", skill="uncertainty",
                prompt=f"{asker} asks: “{question}” {guest} answers: “{said}” What does this answer tell a reader?",
                evidence=sentence.text,
                explanation=(f"“{found}” shows that {guest} does not claim to know this, and says so rather than "
                             "guess. Saying plainly where one's knowledge stops is a sign of care. " + (
                                 "It is also a warning: other answers to the same question may rest on less than the "
                                 "guests' own knowledge, such as news reports." if others_answer else
                                 "It also means the interview gives readers no informed answer to this question.")),
                feedback=wrong, template="knows-not",
            ),
            0.75, f"knows-not:{sentence.start}",
        )
        return  # one per article


# A guest's account, with a figure, of what "we" do: "We read about six hundred headline
# ideas a week", "Our team answers 40 calls a day". The verbs are what a group does at work,
# not what "we" all do ("we lose 300 species a year").
OUR_WORK = re.compile(r"^(?:We|Our (?:staff|team|office|company|paper|writers|volunteers|members)) (?:\w+ly )?"
                      r"(?:read|reads|get|gets|receive|receives|publish|publishes|print|prints|employ|employs|hire|hires|"
                      r"make|makes|produce|produces|sell|sells|serve|serves|write|writes|run|runs|train|trains|"
                      r"answer|answers|handle|handles|process|processes|test|tests|treat|treats|whittle|send|sends|"
                      r"see|sees|build|builds|ship|ships|bake|bakes|cook|cooks|grow|grows|deliver|delivers|collect|collects)\b")
FIGURE = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                    r"fifty|sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|dozen|dozens)\b",
                    re.IGNORECASE)
BACKED = re.compile(r"\b(?:according|records?|recorded|survey|study|studies|audit|audited|report|reports|data|figures show)\b",
                    re.IGNORECASE)


def own_figure(ctx: Context) -> Iterator[Candidate]:
    """'We read about six hundred to eight hundred headline ideas on a Monday.' A figure a
    guest gives about their own side's work: the only source is the people it describes,
    and the interview prints it unchecked."""
    turns = ctx.of_kind("turn")
    if ctx.kind.kind != "interview":
        return
    for turn in turns:
        if turn.data["role"] != "interviewee" or BACKED.search(turn.text):
            continue
        for sentence in _sentences(ctx, turn):
            said = display(sentence.text)
            if (not OUR_WORK.match(said) or not FIGURE.search(said) or QUOTE_MARK.search(said)
                    or not 6 <= len(said.split()) <= MAX_WORDS or not said.endswith(".")
                    or not shown_alone(said, ctx, named_speaker=True)):
                continue
            guest, asker = turn.data["speaker"], _asker(turns)
            answer = f"From {guest}, about {possessive(guest)} own team's work: nothing else in the interview backs it"
            distractors = [f"From a count {asker} made" if asker else "From a count the interviewer made",
                           "From a record or study the interview cites",
                           f"From an outside count {guest} quotes"]
            yield Candidate(
                choice(
                    ctx, answer, distractors, id=f"own-figure-{slugify(said, 20)}", skill="numbers",
                    prompt=f"{guest} answers: “{said}” Where does the figure in this answer come from?",
                    evidence=sentence.text,
                    explanation=(f"“We” in {possessive(guest)} answer are the people whose work the figure describes: it "
                                 "is their own account of themselves. It may well be right, but a reader has only their "
                                 "word for it: no count, record or outside source in the interview checks it."),
                    feedback={distractors[0]: f"The figure is in {possessive(guest)} answer; the interview does not say "
                                              "that anyone else counted.",
                              distractors[1]: "The interview cites no record or study beside the answer.",
                              distractors[2]: f"{guest} quotes no count by anyone else: the figure is {possessive(guest)} own."},
                    template="own-figure",
                ),
                0.75, "interview",  # the same point as a guest's stake: one side's account, unchecked
            )
            return  # one per article


def _asker(turns: list[Fact]) -> str | None:
    return next((t.data["speaker"] for t in turns if t.data["role"] == "interviewer"), None)
