"""The parts of an opinion column's argument: which sentence states the claim the piece
argues for, and which only serve it (a figure given as evidence, a point the writer
grants, a view the writer sets out in order to answer it, the scene the piece opens on)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from quiz.core.domain import Fact, Sentence
from quiz.core.facts.common import MONTH_NAMES
from quiz.core.facts.kind import TAGLINE
from quiz.core.generate.common import COMMON_WORDS, THIRD_PERSON, Candidate, Context, choice, display, slugify, voice_of
from quiz.core.generate.opinion import (
    ANSWER, CALL, CONCEDES, answers, MAX_CHOICE_WORDS, REPORTED_VIEW, REPORTS_WORDS, _checkable_part, _imperative, _recommends, author,
    shown_alone,
)

# A scene or a story that a piece opens on, told from a time: "Last winter, a mother of two came
# to our office", "Every second Tuesday in summer, a council tractor comes down Mill Lane".
SCENE = re.compile(r"^(?:(?:Last|Every|Each|One|Early|Late|Just)\b[^,.]{0,40}|On \w+day\b[^,.]{0,30}|"
                   r"(?:\w+ )?(?:years?|months?|weeks?|days?) ago|When [^,.]{3,80}),\s")
# How far after a view the writer's answer to it may come, in sentences.
ANSWER_WITHIN = 3
# Words with which a sentence gives a view or asks for something: an opening with one argues already.
VIEW_WORDS = re.compile(r"\b(?:should|must|ought|need|will|would|deserves?|wrong|right|too|only|never|always)\b", re.IGNORECASE)
# How a sentence is scored as the piece's claim: a word it shares with the headline counts 1,
# a call on others to act ON_OTHERS; the key needs MIN_SCORE and a lead of MARGIN over the next.
ON_OTHERS = 3
MIN_SCORE = 3
MARGIN = 2
# "Some people prefer tidy verges.": a view set out in five words is a whole sentence.
MIN_CHOICE_WORDS = 5


# A month or a day is no name a "she" could stand for ("By February, she and her children ...").
DATE_NAME = re.compile(rf"\b(?:{MONTH_NAMES}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")


# "I take that worry seriously.", "There is something in that.": a point granted to something said
# before, which a choice shown alone does not say.
POINTS_BACK = re.compile(r"\b(?:this|that|these|those) (?:worry|worries|concern|concerns|point|points|view|views|argument|"
                         r"arguments|case|fear|fears|criticism|claim|claims)\b|\b(?:that|this|it)\W*$", re.IGNORECASE)


class Part(NamedTuple):
    sentence: Sentence
    role: str  # "evidence", "concession", "other-view" or "opening"
    feedback: str


def main_claim(ctx: Context) -> Iterator[Candidate]:
    """In an opinion piece: 'Which sentence states the claim the rest of the piece argues for?'
    The key is the writer's own call or judgement on what the headline is about; the wrong
    choices are sentences that play other parts in the argument, each told by its part. No
    other call or judgement is ever a choice, so only one can be the claim."""
    if ctx.kind.kind != "opinion":
        return
    key = _claim(ctx)
    if key is None:
        return
    parts = _parts(ctx, key)
    roles = {p.role for p in parts}
    if len(parts) < 3 or not roles & {"concession", "other-view"}:
        return  # facts alone beside a call: the call is found by its form, as the only view among them
    answer = display(key.text)
    chosen = _spread(parts)
    distractors = [display(p.sentence.text) for p in chosen]
    if len(answer.split()) > max(len(d.split()) for d in distractors) + 8:
        return  # the longest choice by far
    who = author(ctx)
    yield Candidate(
        choice(
            ctx, answer, distractors, id=f"main-claim-{slugify(key.text, 24)}", skill="fact-vs-opinion",
            prompt="Which of these sentences states the main claim that the rest of the piece argues for?",
            evidence=key.text,
            explanation=(f"This is what {who} wants readers to accept"
                         + ("; the headline makes the same case in short. " if roots(key.text) & roots(ctx.article.title) else ". ")
                         + 
                         "The other sentences serve it: " + "; ".join(dict.fromkeys(SERVES[p.role] for p in chosen)) + ". "
                         "Finding the main claim first lets a reader ask whether the rest really supports it."),
            feedback={display(p.sentence.text): p.feedback for p in chosen},
            template="main-claim",
        ),
        0.82, f"opinion:{key.start}", answered_by=_tells_other_side(chosen, key),
    )


def _tells_other_side(chosen: list[Part], key: Fact):
    """Whether a question on what the writer does with a view would be answered by this one's
    feedback: it is, where it quotes the same view or point granted and comes later in the
    quiz (which follows the article), so that this one's feedback ("the writer goes on to
    answer it") is read first."""
    before = [display(p.sentence.text) for p in chosen if p.role in ("other-view", "concession") and p.sentence.start > key.start]
    return lambda other: other.template == "other-side" and any(text in other.prompt or text in other.explanation
                                                                 for text in before)


def _claim(ctx: Context) -> Fact | None:
    """The writer's call or judgement the headline sums up: the one that shares most words
    with the headline, a call counting above a judgement; none where another comes close,
    for then either could be the piece's claim."""
    headline = roots(ctx.article.title)
    judgements = [f for f in ctx.of_kind("opinion", mode="judge") if voice_of(f) == "the writer"]
    own = [f for f in [*_recommends(ctx), *judgements]
           if not _role(ctx, f.text) and shown_alone(display(f.text), ctx)
           and len(display(f.text).split()) <= MAX_CHOICE_WORDS and not f.text.rstrip().endswith("?")]
    scored = sorted(((len(roots(f.text) & headline) + _call_weight(f), f) for f in own), key=lambda s: -s[0])
    if not scored or scored[0][0] < MIN_SCORE or not roots(scored[0][1].text) & headline and _call_weight(scored[0][1]) < ON_OTHERS:
        return None
    if len(scored) > 1 and scored[1][0] > scored[0][0] - MARGIN:
        return None
    return scored[0][1]


def _call_weight(fact: Fact) -> int:
    """How surely a sentence is the piece's call: one on a body to act ("Ministers should bring
    the bill back", "We urge the council to fund ...") most; one the writer shares ("we should
    ask") less; an imperative to readers ("Tell your MP") or a judgement not at all."""
    call = CALL.search(fact.text)
    if call is None or _imperative(fact):
        return 0
    shared = re.search(r"\b(?:we|us)\s+$", fact.text[: call.start()], re.IGNORECASE) or call.group(0).lower().startswith("let")
    return 1 if shared else ON_OTHERS


# Words too common to tie a sentence to its headline.
STOP = frozenset("the and for not are was were our its his her their with this that what who how why all any can "
                 "has have had but you your they them than then from into out too now new one".split())


def roots(text: str) -> set[str]:
    """The content words of `text`, their endings cut ("banning", "banned" and "ban" are one)."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)} - STOP - COMMON_WORDS
    cut = {re.sub(r"(?:ing|ed|es|s)$", "", w) if len(w) > 4 else w for w in words}
    return {w[:-1] if len(w) > 3 and w[-1] == w[-2] else w for w in cut}


def _role(ctx: Context, text: str) -> str:
    """The part a sentence plays that is not the writer's claim, told by its opening."""
    shown = display(text).strip()
    if CONCEDES.match(shown):
        return "concession"
    if REPORTED_VIEW.match(shown):
        return "other-view"
    return ""


def _answered(view: str, after: list[Sentence]) -> int | None:
    """The index in `after` of the sentence that answers `view`: one that turns on it ("But that
    is not so."), or, once a point has been granted ("I understand that."), any "But ..."."""
    for i, s in enumerate(after):
        shown = display(s.text).strip()
        if answers(shown, view) or (ANSWER.match(shown) and any(CONCEDES.match(display(g.text).strip()) for g in after[:i])):
            return i
    return None


def _parts(ctx: Context, key: Fact) -> list[Part]:
    """The sentences that play another part than the claim, each with what it does."""
    sentences = ctx.article.sentences
    claims = {f.data.get("sentence_start", f.start) for f in [*_recommends(ctx), *ctx.of_kind("opinion")]}
    body = [s for s in sentences if _body(ctx, s)]
    figures = {f.start for f in ctx.of_kind("statement") if voice_of(f) == "the writer"}
    parts = []
    for index, sentence in enumerate(body):
        shown = display(sentence.text)
        if (sentence.start == key.start or not MIN_CHOICE_WORDS <= len(shown.split()) <= MAX_CHOICE_WORDS
                or not shown_alone(shown, ctx) or not _pronoun_named(ctx, shown) or POINTS_BACK.search(shown)):
            continue
        role = _role(ctx, shown)
        after = body[index + 1 : index + 1 + ANSWER_WITHIN]
        if role == "other-view" and _answered(shown, after) is not None:
            parts.append(Part(sentence, role, "It sets out a view of people who disagree, which the writer goes on to "
                                              "answer: their view, not the writer's claim."))
        elif role == "concession" and (re.search(r",\s*but\b", shown) or any(ANSWER.match(display(s.text).strip()) for s in after)):
            parts.append(Part(sentence, role, "Here the writer grants a point to the other side before answering it: "
                                              "a concession, not the claim the piece argues for."))
        elif role:
            continue  # a view with no answer after it: it may be the writer's own
        elif sentence.start in claims:
            continue  # another call or judgement of the writer's: it too could be the claim
        elif index == 0 and SCENE.match(shown) and not REPORTS_WORDS.search(shown) and not VIEW_WORDS.search(shown):
            parts.append(Part(sentence, "opening", "It is the scene the piece opens on, to draw readers in: it "
                                                   "describes, and asks for nothing."))
        elif (sentence.start in figures and _checkable_part(shown) != "what happened" and not REPORTS_WORDS.search(shown)
              and not re.search(r"[“”\"]", shown) and not _beside_other_side(ctx, sentence, body)):
            parts.append(Part(sentence, "evidence", f"It gives {_checkable_part(shown)}, a fact a reader could check: "
                                                    "material the argument uses, not the claim itself."))
    return parts


def _pronoun_named(ctx: Context, shown: str) -> bool:
    """Whether a "he", "she" or "they" in a choice has a name or a noun before it ("a mother of
    two ... her hand"): a capitalised word past the first, or a first word the article
    capitalises mid-sentence too ("United"); never a month or a day ("By February, she ...")."""
    pronoun = THIRD_PERSON.search(shown)
    if pronoun is None:
        return True
    words = re.findall(r"\b[A-Z][\w’'-]*", DATE_NAME.sub("date", shown[: pronoun.start()]))
    first = shown.split()[0]
    names = [w for w in words if w != first or re.search(rf"[a-z,] {re.escape(w)}\b", ctx.article.text)]
    return bool(names or re.search(r"\b(?:the|a|an|this|these|each|every)\s+\w+", shown[: pronoun.start()], re.IGNORECASE))


def _beside_other_side(ctx: Context, sentence: Sentence, body: list[Sentence]) -> bool:
    """Whether a sentence shares its paragraph with a view the writer answers or a point the
    writer grants: a figure there may back the other side ("United have been without their
    captain since November")."""
    text = ctx.article.text
    start, end = text.rfind("\n", 0, sentence.start), text.find("\n", sentence.end)
    end = len(text) if end < 0 else end
    return any(_role(ctx, s.text) for s in body if start <= s.start and s.end <= end)


def _body(ctx: Context, sentence: Sentence) -> bool:
    """A sentence of the piece's argument: not its headline, its by-line or its closing line
    about the writer."""
    text = ctx.article.text
    line = text[text.rfind("\n", 0, sentence.start) + 1 : sentence.end]
    return (not text[sentence.start : sentence.end].startswith(ctx.article.title) and not line.startswith("By ")
            and not TAGLINE.match(sentence.text.strip()))


def _spread(parts: list[Part]) -> list[Part]:
    """Three parts, as many kinds of part as there are: one of each first, in the piece's order."""
    firsts = list({p.role: p for p in reversed(parts)}.values())[::-1]
    rest = [p for p in parts if p not in firsts]
    return sorted((firsts + rest)[:3], key=lambda p: p.sentence.start)


SERVES = {"evidence": "facts that could be checked give it support or background", "concession": "a point granted to the other side shows the writer has weighed it",
          "other-view": "a view of those who disagree is set out to be answered", "opening": "a scene draws readers in"}


# The words a view set out for others opens on, up to its verb: "Some people", "Landlords' groups".
HOLDERS = re.compile(r"^(?P<who>.+?)\s+(?:say|argue|claim|insist|warn|complain|believe|think|feel|fear|worry|prefer|want|tell us|"
                     r"have said|will say)\b")


def other_side(ctx: Context) -> Iterator[Candidate]:
    """In an opinion piece: 'Whose view is this, and what does the writer do with it?' of a
    view the writer sets out for an unnamed group ("Some people prefer tidy verges.") and then
    answers ("But ..."), perhaps granting part of it first ("I understand that."). Students
    take such a sentence for the writer's own, or a concession for agreement."""
    if ctx.kind.kind != "opinion":
        return
    body = [s for s in ctx.article.sentences if _body(ctx, s)]
    for index, sentence in enumerate(body):
        shown = display(sentence.text)
        holders = HOLDERS.match(shown) if REPORTED_VIEW.match(shown) else None
        after = body[index + 1 : index + 1 + ANSWER_WITHIN]
        answer_at = _answered(shown, after)
        if (holders is None or answer_at is None or re.search(r"[“”\"]", shown) or not shown_alone(shown, ctx)
                or not _pronoun_named(ctx, shown)
                or not MIN_CHOICE_WORDS <= len(shown.split()) <= MAX_CHOICE_WORDS):
            continue
        granted = next((s for s in after[:answer_at] if CONCEDES.match(s.text)), None)
        reply = after[answer_at]
        if len(reply.text.split()) > MAX_REPLY_WORDS:
            continue
        who = holders.group("who")
        group = who if re.match(r"[A-Z]{2}|[A-Z]\w+ [A-Z]", who) else who[0].lower() + who[1:]
        # "Some will say ...", "Others argue ...": a bare word for the holders names no group to quote.
        holders_named = "others the writer does not name" if " " not in who else f"unnamed “{group}”"
        key = (f"The view of {holders_named}, which the writer grants in part and then argues against" if granted else
               f"The view of {holders_named}, which the writer sets out and then argues against")
        agrees = f"The view of {holders_named}, which the writer agrees with and builds the piece on"
        unanswered = f"The view of {holders_named}, which the writer sets out and leaves unanswered"
        own = "The writer's own view, which the sentences after it go on to back up"
        # The view and any point granted, not the reply: a question on the reply's own claim may take that sentence.
        passage = ctx.article.text[sentence.start : (granted or sentence).end]
        grant = (f" “{display(granted.text)}” grants part of it, which is not the same as agreeing: a concession makes "
                 "the writer look fair before the reply." if granted else "")
        yield Candidate(
            choice(
                ctx, key, [agrees, unanswered, own], id=f"other-side-{slugify(shown, 24)}", skill="attribution",
                prompt=f"The writer says: “{shown}” Whose view is this, and what does the writer do with it?",
                evidence=passage,
                explanation=(f"“{who}” names no one: it is a view the writer sets out in order to answer it.{grant} "
                             f"“{display(reply.text)}” is the writer's reply. A reader can ask whether the other side's "
                             "case is put as its own holders would put it, or in a weaker form that is easier to answer."),
                feedback={agrees: f"The writer answers it: “{display(reply.text)}”",
                          unanswered: f"It does not stand alone: “{display(reply.text)}” answers it.",
                          own: f"“{who}” says whose view it is: not the writer's, who goes on to answer it."},
                template="other-side",
            ),
            0.76, f"other-side:{sentence.start}",
        )


# The longest answer to a view that a question quotes whole (in its feedback, not as a choice).
MAX_REPLY_WORDS = 36


# The body a column's closing line ties its writer to, and how: "is the director of Shelter Now",
# "is a retired teacher and a volunteer for the Ashcombe Wildlife Trust".
_BODY = r"(?P<body>(?:the )?(?P<name>[A-Z][\w’'&-]*(?: (?:of |for |and |the )?[A-Z][\w’'&-]*){1,5}))"
TIE = re.compile(rf"\b(?P<tie>(?:the|a|an) (?:[\w-]+ ){{0,2}}?(?:director|chief executive|founder|chair(?:man|woman)?|president|"
                 rf"head|member|volunteer|trustee|spokes(?:wo)?man|spokesperson|officer|campaigner|organiser|organizer|manager|"
                 rf"secretary|researcher|fellow) (?:of|for|at|with)) {_BODY}")


def own_evidence(ctx: Context) -> Iterator[Candidate]:
    """In an opinion piece whose closing line ties the writer to a body ("a volunteer for the
    Ashcombe Wildlife Trust", "the director of Shelter Now"), a figure the piece gives from
    that same body: 'What should a reader keep in mind about this figure?' The body has a
    side in what the piece argues; its figure is no outside check on it."""
    if ctx.kind.kind != "opinion":
        return
    text = ctx.article.text
    line = next((text[p.start : p.end].strip() for p in ctx.article.paragraphs[-2:]
                 if TAGLINE.match(text[p.start : p.end].strip())), "")
    tie = TIE.search(line)
    if tie is None:
        return
    body, name, how = tie.group("body"), tie.group("name"), tie.group("tie")
    named = re.escape(name)
    # The body as the figure's source: "according to Shelter Now", "figures from Shelter Now",
    # "research by ...", "Shelter Now counted ...", "Shelter Now's survey". Not "Shelter Now was
    # founded in 1998": a year, or a fact about the body, is no figure of the body's.
    sourced = re.compile(rf"\b(?:according to|(?:figures|data|numbers|research|a survey|a study|a count|work) (?:from|by)) "
                         rf"(?:the )?{named}\b|\b{named}(?:[’']s? (?:own )?(?:figures|data|count|survey|research|study|records)|"
                         rf" (?:found|finds|counted|counts|estimates?|estimated|recorded|records|surveyed|calculated|reports?|reported))\b")
    for sentence in ctx.article.sentences:
        shown = display(sentence.text)
        figure = re.search(r"(?<![\d,.])(?!(?:1[89]|20)\d\d\b(?!\s?(?:per cent|percent|%)))\d[\d,.]*(?:\s?(?:per cent|percent|%))?|"
                           r"\b(?:one|two|three) in (?:three|four|five|ten)\b", shown)
        if (name not in shown or figure is None or not sourced.search(shown) or sentence.start >= text.find(line) or re.search(r"[“”\"]", shown)
                or not shown_alone(shown, ctx) or not _pronoun_named(ctx, shown) or len(shown.split()) > MAX_CHOICE_WORDS + 10):
            continue
        writer = line.split(" is ")[0].split(" was ")[0]
        answer = f"It comes from {body}, and the writer is {how} {body}: a source on the writer's own side"
        outside = f"It comes from {body}, a body with no tie to the writer: an outside check on the case"
        settled = "Nothing more: the piece names its source, so the figure can be taken as settled"
        guess = "It is the writer's own estimate: the piece gives no source for it"
        yield Candidate(
            choice(
                ctx, answer, [outside, settled, guess], id=f"own-evidence-{slugify(name, 20)}", skill="sourcing",
                prompt=f"The piece says: “{shown}” What should a reader keep in mind about this figure?",
                evidence=sentence.text,
                explanation=(f"The closing line says that {writer} is {how} {body}, and the figure comes from {body}. "
                             "That does not make it wrong, but the body has a side in what the piece argues, and its "
                             "figures are the case for that side: a careful reader looks for a check from someone outside it."),
                feedback={outside: f"The closing line ties the writer to {body}: “{line}”",
                          settled: "Naming the source tells a reader where the figure comes from, not that it is right; "
                                   "here the source is the writer's own side.",
                          guess: f"The sentence names its source, {name}."},
                template="own-evidence",
            ),
            0.81, f"own-evidence:{name}",
        )
        return
