"""Claims stated as certain that the text does not show: a publisher's or speaker's reading
of the facts given as proof ("the data proves he is delivering", "has further confirmed
that ..."). How sure a claim sounds is not evidence: the question asks whose judgement it is."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Sentence
from quiz.core.generate.common import Candidate, Context, capitalise, choice, display, slugify, speaker_of, voice_at
from quiz.core.generate.opinion import as_said, shown_alone

# Words that make a sentence less than certain, or a condition or question around it: a
# sentence before the claim that holds one is no plain statement to show beside it.
HEDGE = re.compile(r"\b(?:may|might|could|would|should|hopefully|expects?|expected|likely|unlikely|probably|perhaps|"
                   r"possibly|if|unless|whether|odds)\b|\?")
# Someone's hope, aim or belief.
THOUGHT = re.compile(r"\b(?:hopes?|hoped|suspect|think|thinks|believe|believes|assume|guess|"
                     r"want|wants)\b")
# A time, a date or a figure: a schedule or a count, which other templates ask about.
SCHEDULE = re.compile(r"\d|\b(?:today|tonight|tomorrow|soon|this (?:morning|afternoon|evening)|next \w+|"
                      r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|June|July|August|"
                      r"September|October|November|December)\b")
# An expert's reading rests on what they know of the subject: "their own judgement" would be unfair.
EXPERT = re.compile(r"\b(?:expert|scientist|professor|researcher|meteorologist|forecaster|economist|analyst|doctor|"
                    r"physician|Dr\.|Prof\.|(?:engineer|specialist|adviser|advisor|consultant)s?\b)", re.IGNORECASE)
# "They will go away", "This is why ...": a subject that stands for something said before.
# "This funding is" names what it means.
POINTS_BACK = re.compile(r"(?:It|They)\b|(?:This|These|That|Those) (?:will|won|shall|is|are|was|were|has|have)\b")
# Kinds whose own voice argues a case: the speaker of a speech, the writer of a column, the
# publisher of a release.
OWN_VOICE = {"speech": "the speaker", "opinion": "the writer", "press-release": "the publisher"}
TEXT_NAME = {"speech": "speech", "opinion": "article", "press-release": "text"}  # not "release": that answers "who published this?"


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


def _bare(sentence: str) -> str:
    """A sentence without the speaker's label of an interview or its own quotation marks."""
    return BULLET.sub("", display(sentence)).strip(" “”\"")


# "- The Ministry will ...": a list's bullet mark before a line.
BULLET = re.compile(r"^\s*[-–•*]\s+")


# "proves he is delivering", "has further confirmed that ...", "demonstrating the real-world
# impact of ...": facts said to settle a judgement. Not "confirmed a case" (an official act)
# nor "shows that homicides fell" (what figures can show).
PROOF = re.compile(r"\b(?P<verb>prov(?:e|es|ed|en|ing)|confirm(?:s|ed|ing)?|demonstrat(?:e|es|ed|ing))\b"
                   r"(?= that\b| (?:he|she|they|we|it|this|our) \w+| (?:the |our |this )?\w+ (?:is|are|was|were|has|have)\b| the (?:[\w-]+ )?(?:impact|success|strength|value|"
                   r"power|effectiveness|importance|wisdom|commitment|results?) of\b)")
# "A new report confirms that ...": a source's finding the text passes on, not its own reading.
FINDING = re.compile(r"\b(?:report|study|survey|research|poll|analysis|review|investigation|tests?|trial|audit|census|"
                     r"statistics|records?)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
# "cannot prove", "don't prove": a "not" inside its word.
NOT_PROVEN = re.compile(r"\b(?:not|cannot|\w+n[’']t|yet|never|need(?:s)? to|must|to be|will|would|could|may|might|if)\b",
                        re.IGNORECASE)


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
