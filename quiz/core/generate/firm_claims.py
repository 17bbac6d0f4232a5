"""Claims stated as certain that the text does not show: a forecast or promise ("They will
go away", "this funding will help states", "DHS will use every tool"), said flatly with no
"may" and no evidence beside it; and a publisher's or speaker's reading of the facts given
as proof ("the data proves he is delivering", "has further confirmed that ..."). How sure a
claim sounds is not evidence: the questions ask what backs it and whose judgement it is."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Question, Sentence
from quiz.core.generate.common import Candidate, Context, capitalise, choice, display, quoted, slugify, speaker_of, voice_at
from quiz.core.generate.evidence import paragraphs_beside
from quiz.core.generate.opinion import as_said, shown_alone
from quiz.core.generate.speech import FUTURE_VERDICT

# "will go away", "won't stop", "shall prevail", "will never forgive": a flat future.
FIRM = re.compile(r"\b(?P<word>will|won[’']t|shall)(?: not| never)?(?: \w+ly)? (?P<verb>[a-z]+)(?: (?:away|back|up|on|out)\b)?")
# Verbs of an outcome someone wants believed: what a policy, a team or a people will bring
# about. Not "will allow visitors to climb aboard" or "will take the place of": what a thing
# is arranged to do, which no one disputes.
OUTCOME = frozenset(
    "help bring make end stop prevent win lead fail go change improve grow restore protect keep use do deliver fix solve "
    "cut lower raise reduce boost save return recover rebuild defeat prevail succeed overcome transform strengthen secure "
    "ensure guarantee work pay benefit inspire create build face".split())
# Words that make the future less than certain, or a condition or question around it,
# anywhere in the sentence ("They will not go away soon, but they may go away").
HEDGE = re.compile(r"\b(?:may|might|could|would|should|hopefully|expects?|expected|likely|unlikely|probably|perhaps|"
                   r"possibly|if|unless|whether|odds)\b|\?")
# Someone's hope, aim or belief: a hedge on the forecast up to the end of its clause, but not
# in a clause after it ("..., meaning more is possible than many people assume").
THOUGHT = re.compile(r"\b(?:hopes?|hoped|suspect|think|thinks|believe|believes|assume|guess|"
                     r"want|wants)\b")
# A time, a date or a figure: a schedule or a count, which other templates ask about.
SCHEDULE = re.compile(r"\d|\b(?:today|tonight|tomorrow|soon|this (?:morning|afternoon|evening)|next \w+|"
                      r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|"
                      r"September|October|November|December)\b")
# "Senators will be asked to vote", "no one will be refused": an arrangement announced, not a claim.
PASSIVE = re.compile(r"\b(?:will|shall)(?: not)? be \w+(?:ed|en|wn|ne|t)\b")
# "Writers will occasionally write": what usually happens, not a forecast; "you will" in general.
HABIT = re.compile(r"\b(?:occasionally|often|usually|always|sometimes|generally|normally|typically|you|your)\b", re.IGNORECASE)
# "He said that Seoul will ...", "they have announced that they will vote": a report of someone's words.
REPORTED = re.compile(r"\b(?:said|says|say|told|tells|announced|promised|pledged|vowed|reported|according|know|knows|"
                      r"knew|hear|heard|seen)\b", re.IGNORECASE)
# "This administration's objective will be ...": an aim declared, which is so once it is said.
GOAL = re.compile(r"\b(?:objective|goal|aim|task|mission|purpose|job|plan|duty|priority)\b[^.;]{0,30}\b(?:will|shall) be\b",
                  re.IGNORECASE)
# An expert's forecast rests on what they know of the subject: "Only their word" would be unfair.
EXPERT = re.compile(r"\b(?:expert|scientist|professor|researcher|meteorologist|forecaster|economist|analyst|doctor|"
                    r"physician|Dr\.|Prof\.|(?:engineer|specialist|adviser|advisor|consultant)s?\b)", re.IGNORECASE)
# "to choose the projects that will make the greatest difference": a forecast of what was
# chosen, whose grounds (who chose, on what criteria) the text may give anywhere; and
# "based on", "criteria": grounds given for a choice.
CHOSEN = re.compile(r"\b(?:cho(?:ose|oses|se|sen|osing)|select\w*|pick\w*|identif\w*|prioriti\w*)\b[^.;:]{0,60}"
                    r"\b(?:that|which|who)$", re.IGNORECASE)
GROUNDS = re.compile(r"\b(?:based on|criteria|according to (?:need|the condition))\b", re.IGNORECASE)
# Evidence beside a forecast, however weak, that "only their word" would deny. Not "trial",
# which is as often a court's as a study's.
EVIDENCE = re.compile(r"\b(?:research\w*|stud(?:y|ies)|surveys?|polls?|data|statistics|experiments?|tests?|tested|"
                      r"shows?|showed|shown|found|finds|records)\b", re.IGNORECASE)
# A reason or a start given near it ("… because we have the capacity", "already allowing"):
# then "nothing backs it" is untrue, and what the reason is worth is another lesson. Not
# common.REASON_WORDS: beside a forecast "since" is as often a time ("attacks since January").
REASON_OR_START = re.compile(r"\b(?:because|already|thanks to|as a result of)\b", re.IGNORECASE)
# "They will go away", "This is why ...": a subject that stands for something said before.
# "This funding will help" names what it means.
POINTS_BACK = re.compile(r"(?:It|They)\b|(?:This|These|That|Those) (?:will|won|shall|is|are|was|were|has|have)\b")
# Kinds whose own voice argues a case: the speaker of a speech, the writer of a column, the
# publisher of a release. In a news report the writer's "will" is a schedule (round 15).
OWN_VOICE = {"speech": "the speaker", "opinion": "the writer", "press-release": "the publisher"}
TEXT_NAME = {"speech": "speech", "opinion": "article", "press-release": "text"}  # not "release": that answers "who published this?"


def firm_forecast(ctx: Context) -> Iterator[Candidate]:
    """'What does the speech give to show that this will happen?' of a forecast or promise
    stated as certain by someone who wants it believed, with no figure, study or expert
    beside it."""
    if any(FUTURE_VERDICT.search(s.text) for s in ctx.article.sentences):
        return  # "History will judge ...": the speech's forecast is asked by `future_verdict`, the same lesson
    for index, sentence in enumerate(ctx.article.sentences):
        if ctx.article.title and sentence.start < len(ctx.article.title) + 2:
            continue
        for start, end in _pieces(sentence):
            found = _firm(ctx.article.text[start:end])
            who = found and _whose(ctx, start + found.start())
            beside = paragraphs_beside(ctx.article.text, sentence.start)
            if not who or EVIDENCE.search(beside) or REASON_OR_START.search(beside):
                continue  # a study, a test or a reason nearby could be read as backing it
            piece = ctx.article.text[start:end]
            if re.search(r"\bI\s+$", piece[: found.start()]):
                continue  # "I will not cut a single teacher": a pledge of one's own act, held to later, not backed by a study
            if EXPERT.search(piece) or EXPERT.search(beside) or (CHOSEN.search(piece[: found.start()].rstrip()) and GROUNDS.search(ctx.article.text)):
                continue  # "worked with local engineers to choose ...": the words, or an expert beside them, back it
            shown = _shown(ctx, index, start, end, who)
            if shown is not None:
                yield _question(ctx, sentence, *shown, _clause(ctx.article.text[start:end], found), found, who)


def _pieces(sentence: Sentence) -> list[tuple[int, int]]:
    """The spans of a sentence in one voice: the whole sentence, or each quotation in it
    ('"This ferry will bring new life to the docks," said the mayor.'), or the end of a
    quotation that began in an earlier sentence."""
    text = sentence.text
    if not re.search(r"[“”\"]", text):
        return [(sentence.start, sentence.end)]
    spans = [(sentence.start + m.start(1), sentence.start + m.end(1)) for m in re.finditer(r"[“\"]([^”\"]+)[”\"]", text)]
    first = re.search(r"[“”\"]", text)
    if first and first.group() in "”\"" and not text[: first.start()].count("“") and first.start() > 0 \
            and not any(a == sentence.start + first.start() + 1 for a, _ in spans):
        spans.insert(0, (sentence.start, sentence.start + first.start()))  # "... math." closing a quotation
    return [(a, b) for a, b in spans if len(text[a - sentence.start : b - sentence.start].split()) >= 6]


def _firm(text: str) -> re.Match | None:
    """The flat "will" of a sentence that forecasts or promises an outcome, or None; the
    last of several ("will not go away in days, ... but they will go away")."""
    found = ([m for m in FIRM.finditer(text) if m.group("verb") in OUTCOME] or [None])[-1]
    if found is None:
        return None
    # A hedge up to the end of the forecast's clause; "..., meaning more is possible than many
    # people assume" hedges what others think, not the forecast.
    clause_end = re.search(r"[,;:—]|$", text[found.end() :]).start() + found.end()
    lowered = text[:1].lower() + text[1:]
    if HEDGE.search(lowered) or THOUGHT.search(lowered[:clause_end]) or SCHEDULE.search(text) or PASSIVE.search(text) \
            or HABIT.search(text) or GOAL.search(text):
        return None
    if REPORTED.search(text[: found.start()]):
        return None  # "He said that Seoul will ...": someone else's forecast, reported
    return found


def _whose(ctx: Context, offset: int) -> str | None:
    """Who says the sentence at `offset`: the speaker or publisher in their own voice, a
    named person quoted directly, or the person answering in an interview; None where that
    is not sure, or where they speak as an expert on the subject."""
    held = voice_at(ctx, offset)
    if held is None:  # words someone is reported to have said are no one's own voice
        return None if any(q.start <= offset < q.end for q in ctx.of_kind("quote")) else OWN_VOICE.get(ctx.kind.kind)
    fact, who = held
    if who is None:
        return None
    about = ctx.article.text if fact.kind == "turn" else ctx.speakers.get(who, speaker_of(fact.data["speaker"])).label
    return None if EXPERT.search(about) else who


def _shown(ctx: Context, index: int, start: int, end: int, who: str) -> tuple[str, str] | None:
    """The words as the prompt shows them and as evidence: a quotation alone, or a whole
    sentence with the one before it in the same paragraph where it points back ("They will
    go away" after "The economic ills ...")."""
    sentences: list[Sentence] = ctx.article.sentences
    text = ctx.article.text
    own = who in OWN_VOICE.values()
    bullet = BULLET.match(text[start:end])
    start += bullet.end() if bullet else 0  # the highlight starts on the line's words, not its "- "
    end = start + len(text[start:end].rstrip(" ,;"))
    shown = _bare(text[start:end])
    if not shown_alone(shown, ctx, named_speaker=not own) or POINTS_BACK.match(shown):
        previous = sentences[index - 1] if index else None
        whole = start == sentences[index].start
        if not whole or previous is None or "\n" in text[previous.end : start] or re.search(r"[“”\"]", previous.text[:-1]):
            return None
        shown = f"{_bare(previous.text)} {shown}"
        start = previous.start
        if not shown_alone(shown, ctx, named_speaker=not own) or HEDGE.search(previous.text[:1].lower() + previous.text[1:]) or THOUGHT.search(previous.text) \
                or SCHEDULE.search(previous.text):
            return None
    if not 6 <= len(shown.split()) <= 50:
        return None
    return shown, text[start:end]


def _question(ctx: Context, sentence: Sentence, shown: str, evidence: str, claim: str, found: re.Match, who: str) -> Candidate:
    own = who in OWN_VOICE.values()
    text = TEXT_NAME.get(ctx.kind.kind, "article")
    word = found.group("word")
    if own:
        said = as_said(shown, ctx, text)
        asked = f"What does the {text} give to back up “{claim}”?"
        reason = {"speech": "a speaker says it to win listeners over",
                  "press-release": "a publisher says it of its own work, to win readers' trust"}.get(
            ctx.kind.kind, "a writer says it to win readers over")
    else:
        said = f"{who} says: {quoted(shown)}"
        asked = f"What does {who} give to back up “{claim}”?"
        reason = f"{who} may hope for it or mean it, but no one can know the future"
    answer = f"Only {who}'s own word: no figure, study or expert backs it"
    wrong = {
        "Figures showing that it has already begun": f"No figure is given for it: “{word}” speaks of what is still to come.",
        "A study or an expert who predicts the same": "No study or expert is named for it: the words are "
                                                      f"{who}'s own.",
        f"Nothing else is needed: “{word}” makes it certain": f"A firm “{word}” shows how sure {who} sounds, not what "
                                                              "will happen.",
    }
    explanation = (f"“{claim}” says flatly that something will happen, with no “may” or “might”. But how sure a "
                   f"statement sounds is not evidence: {reason}. Nothing beside it shows that it will come true, so a "
                   "reader should hold it as a forecast or a promise, and check later whether it happened.")
    return Candidate(
        choice(ctx, answer, list(wrong), id=f"firm-forecast-{slugify(shown, 24)}", skill="uncertainty",
               prompt=f"{said} {asked}", evidence=evidence,
               explanation=explanation, feedback=wrong, template="firm-forecast"),
        0.74 + 0.02 * ctx.centrality(sentence.start), f"firm-forecast:{sentence.start}",
        answered_by=lambda other: _shows_as_choice(other, evidence),
    )


def _shows_as_choice(other: Question, evidence: str) -> bool:
    """Whether another question offers the forecast's words as one of its choices ("which of
    these is a promise?"): its explanation or feedback already says what the forecast is."""
    return other.template != "firm-forecast" and any(
        len(c) > 20 and (c in evidence or evidence in c) for c in other.choices or ())



def _bare(sentence: str) -> str:
    """A sentence without the speaker's label of an interview or its own quotation marks."""
    return BULLET.sub("", display(sentence)).strip(" “”\"")


LINKING = frozenset("to the a an of and or in on for with at by from through into across over about".split())
# Where a long clause may end: before a word that opens a new phrase. Not before "of" ("cut
# the use | of fertilisers") nor an article ("to cut | the use"): the phrase would be cut in two.
CUT_BEFORE = LINKING - {"of", "the", "a", "an"}
# "- The Ministry will ...": a list's bullet mark before a line.
BULLET = re.compile(r"^\s*[-–•*]\s+")


def _clause(text: str, found: re.Match) -> str:
    """The forecast from its subject to the end of its clause: "they will go away", "this
    funding will help states, ..." up to a few words past the verb where the clause runs on."""
    start = max(text.rfind(",", 0, found.start()), text.rfind(";", 0, found.start()), text.rfind(" but ", 0, found.start()),
                text.rfind(" and ", 0, found.start()))
    start = 0 if start < 0 else start + (1 if text[start] in ",;" else 4)
    subject = _bare(text[start : found.start()].strip())
    if len(subject.split()) > 4:
        subject = ""
    rest = re.split(r"[,;:.!?—]|\s(?=(?:because|since|as|when|while|which|who|where|until|after|before|so that)\b)",
                    text[found.end() :], maxsplit=1)[0].split()
    words = [*subject.split(), *found.group(0).split(), *rest]
    if len(words) > 12:  # a long clause ends before its last small word: "bring the ferries back", not "... to the old"
        cut = max((i for i, w in enumerate(words[:12]) if w.lower() in CUT_BEFORE), default=12)
        words = words[: max(cut, len(subject.split()) + 2)]
    while words[-1].lower() in LINKING:
        words.pop()  # "to the": a quotation ends on a word that says something
    return " ".join(words).rstrip(" ”\"")


# "proves he is delivering", "has further confirmed that ...", "demonstrating the real-world
# impact of ...": facts said to settle a judgement. Not "confirmed a case" (an official act)
# nor "shows that homicides fell" (what figures can show).
PROOF = re.compile(r"\b(?P<verb>prov(?:e|es|ed|en|ing)|confirm(?:s|ed|ing)?|demonstrat(?:e|es|ed|ing))\b"
                   r"(?= that\b| (?:he|she|they|we|it|this|our) \w+| (?:the |our |this )?\w+ (?:is|are|was|were|has|have)\b| the (?:[\w-]+ )?(?:impact|success|strength|value|"
                   r"power|effectiveness|importance|wisdom|commitment|results?) of\b)")
# "A new report confirms that ...": a source's finding the text passes on, not its own reading.
FINDING = re.compile(r"\b(?:report|study|survey|research|poll|analysis|review|investigation|tests?|trial|audit|census|"
                     r"statistics|records?)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
NOT_PROVEN = re.compile(r"\b(?:not|yet|never|need(?:s)? to|must|to be|will|would|could|may|might|if)\b", re.IGNORECASE)


def proof_claim(ctx: Context) -> Iterator[Candidate]:
    """'Is this something the release shows, or its own judgement?' of a sentence in the
    publisher's or speaker's own voice that says facts prove or confirm a judgement."""
    who = OWN_VOICE.get(ctx.kind.kind)
    if who is None:
        return
    for index, sentence in enumerate(ctx.article.sentences):
        found = PROOF.search(sentence.text)
        if found is None or re.search(r"[“”\"]|\?", sentence.text) or NOT_PROVEN.search(sentence.text[: found.start()]):
            continue
        if FINDING.search(sentence.text[: found.start()]) or re.search(r"\d", sentence.text[found.end() :]) or _whose(ctx, sentence.start + found.start()) != who:
            continue  # a figure said to be shown is a count a reader could check
        shown = _shown(ctx, index, sentence.start, sentence.end, who)
        if shown is None:
            continue
        yield _proof_question(ctx, sentence, *shown, found.group("verb"), who)


def _proof_question(ctx: Context, sentence: Sentence, shown: str, evidence: str, verb: str, who: str) -> Candidate:
    text = TEXT_NAME[ctx.kind.kind]
    answer = f"{capitalise(who)}'s own judgement of what the facts mean"
    # What the sentence rests its reading on: its figures, where it gives any, or else the facts it tells.
    figures = bool(re.search(r"\b(?:figures|numbers|data|statistics)\b|\d", shown))
    wrong = {
        f"A finding of a study the {text} cites": f"The {text} cites no study that says this: “{verb}” is {who}'s own "
                                                  "reading.",
        ("A fact that the figures show on their own" if figures else "A plain fact that needs no one's reading"): (
            f"{'Figures' if figures else 'Facts'} can show what happened, not what caused it or what it means: that "
            "reading is someone's judgement."),
        f"The words of an expert the {text} quotes": f"No one is quoted in this sentence: it is in {who}'s own voice.",
    }
    explanation = (f"“{verb}” says that the facts settle the matter. But no source or study is given for this reading of "
                   f"them, and {who} has a stake in it. Facts can show what happened, not on their own what it proves: "
                   f"this is {who}'s judgement, which readers can weigh, not a fact the {text} shows.")
    return Candidate(
        choice(ctx, answer, list(wrong), id=f"proof-claim-{slugify(verb + ' ' + shown, 24)}", skill="fact-vs-opinion",
               prompt=f"{as_said(shown, ctx, text)} What kind of claim is this?", evidence=evidence,
               explanation=explanation, feedback=wrong, template="proof-claim"),
        0.75, f"proof-claim:{sentence.start}",
    )
