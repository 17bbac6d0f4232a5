"""View or record: which sentence of a text gives a view someone could dispute, and which
states a fact a record could settle. Asked of the writer's own sentences (the speaker's in
a speech), it needs no quotation and no figure of its own, so it fits any prose: news, an
explainer, an essay, a how-to, a history, a glossary entry, a tribute."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact
from quiz.core.facts.language import CHARGED
from quiz.core.facts.voice import EVALUATIVE
from quiz.core.generate.common import Candidate, Context, capitalise, choice, display, or_list, possessive, quoted, slugify
from quiz.core.generate.interview import answer_alone, setting, voiced
from quiz.core.generate.opinion import (
    ADVICE, CHECKABLE_PART, FORECAST, GUESS, MAX_WORDS, MEASURED, NOT_NOW, QUOTATION, REPORTS_WORDS, SPEAKER_JUDGING, SURE_JUDGING,
    audience, author, reads_as_prose, shown_alone,
)

# Words that only judge: no count, date or test could show a thing "wonderful" or "absurd",
# so two careful readers may judge it differently. General English, small; not words a
# record can settle ("successful", "significant", "generous"), nor words of a feeling every
# reader shares ("sad", "tragic").
ONLY_JUDGE = frozenset(
    """
    wonderful terrible excellent brilliant awful fantastic amazing superb splendid magnificent marvellous marvelous
    dreadful horrible appalling outrageous disgraceful shameful deplorable ridiculous absurd foolish silly stupid
    pathetic unfair unjust unforgivable inexcusable unacceptable admirable commendable laudable praiseworthy
    remarkable wise unwise misguided sloppy cynical shameless delightful charming lovely tedious fascinating
    inspiring heroic cowardly unfortunately fortunately rightly wisely foolishly clumsy unwieldy antiquated tireless
    tirelessly travesty affront scandalous talented clever elegant witty insightful thoughtful pointless useless
    dreary ugly brave courageous greedy arrogant selfish wasteful overrated underrated thankfully regrettably
    shamefully mercifully catchy meaningless glib trite hackneyed useful helpful interesting confusing tricky worthwhile
    """.split()
)
# Not words that also name a thing a record can settle: "a noble family", "a sham marriage", "a
# hollow tree", "reckless driving", "a boring machine"; nor "unfair" before a term of law.
LEGAL_TERM = re.compile(r"\bunfair (?:dismissal|competition|trade|trading|practices?|terms|contract)", re.IGNORECASE)
# The view is someone else's, reported: "critics call it absurd", "what many see as unfair".
OTHERS_VIEW = re.compile(
    r"\b(?:so-called|considered?|considers|regard(?:s|ed)?|deem(?:s|ed)?|seen as|viewed as|known as|hailed|praised|"
    r"criticis(?:e|es|ed)|criticiz(?:e|es|ed)|accused|thought|thinks?|believed?|believes|felt|feels?|seems?|seemed|"
    r"appears?|appeared|critics|supporters|opponents|many people|some people)\b", re.IGNORECASE)
# A date or a count beside the figures of CHECKABLE_PART: "the nineteenth century", "the 1980s".
CENTURY = re.compile(r"\b(?:the )?(?:\w+th|\d+(?:st|nd|rd|th)) century\b|\b(?:the )?\d{4}s\b", re.IGNORECASE)
# "every morning except Sunday" is a habit, not a date a record keeps.
WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
DATE_PART = re.compile(r"\d{4}|century|January|February|March|April|May|June|July|August|September|October|November|"
                       r"December|day\b", re.IGNORECASE)
# Words that weigh what a sentence states: "only", "even", "just" and the like, or a superlative.
WEIGHING = re.compile(r"\b(?:only|even|just|very|too|so|really|quite|rather|much|most|least|famous|famously|"
                      r"popular|major|key|important|great|greatest|best|worst|\w+est)\b", re.IGNORECASE)
NOT_SUPERLATIVE = frozenset("latest honest modest earnest interest request protest forest contest harvest arrest guest quest "
                            "west test rest chest nest priest manifest digest suggest invest".split())
PERSON_FIRST = re.compile(r"(?:He|She|They) (?!said|says|say)\w+")
# Words that size or rate what a sentence states, which a reader could dispute.
RATING = frozenset("""
    serious seriously easy easily hard difficult huge tiny vast enormous big small large long short strong weak simple simply
    clear clearly real true truly good bad better worse poor rich fine nice proud reminiscent
    """.split())
# Who is asked to act or speaks in person: a how-to's "you", an essay's "I".
PERSON = re.compile(r"\b(?:I|we|you|your|us)\b", re.IGNORECASE)
# Every word that judges, rates or charges. Wider than speech.JUDGING on purpose: there it
# finds the judging word a claim rests on; here any one of them keeps a sentence from being
# offered as a plain record.
JUDGING = ONLY_JUDGE | SPEAKER_JUDGING | SURE_JUDGING | EVALUATIVE | RATING | frozenset(CHARGED)
# A judgement stated as such: "the idea is absurd", "she was a brilliant teacher".
STATED_VIEW = re.compile(r"\b(?:is|was|are|were|be|been|remains?|remained)\s+(?:(?:a|an|the|so|truly|simply|quite|rather|"
                         r"very|really|utterly|deeply|often|always|also|still)\s+)*(?P<word>[a-z]+)\b")
MAX_FOR_TEXT = 2
# Words that rate what a text tells in its own voice, as real reports, releases and speeches do:
# "the scale of the request is significant", "a historic step". Unlike ONLY_JUDGE, each also has
# uses a record settles ("statistically significant", "a major road", "a key card", "serious
# injuries"), so only two uses count: stated of a thing outright, where it rates the whole thing
# ("is significant", "is critical to ..."), and before a word for an effort, a change or an
# outcome ("a major escalation", "an unprecedented response"), which nothing names by its size.
RATES = frozenset(
    """
    important significant key major crucial critical vital essential historic unprecedented strong successful
    dramatic serious tremendous devastating landmark notable impressive bold urgent severe extraordinary
    decisive influential
    """.split()
)
# Words that, stated of a thing, are often a grade a record keeps: "his injuries were serious", "her
# condition is critical", "the winds were strong", "the operation was successful".
GRADES = frozenset("serious critical severe strong successful".split())
# The efforts, changes and outcomes such a word rates; not things a name or a rule could set apart
# ("a major party", "major health facilities", "serious side effects", "a key card").
RATED = re.compile(
    r"\b(?:response|escalation|step|steps|role|achievement|success|victory|progress|change|changes|shift|improvement|"
    r"lesson|partner|partnership|milestone|moment|blow|setback|breakthrough|effort|efforts|investment|investments|"
    r"commitment|leadership|action|reform|reforms|turning point|contribution|advance|advances|gains?|"
    r"failure|mistake|error|threat|challenge|crisis|problem|concern|priority|exhibit|exhibition|campaign|"
    r"win|defeat|loss|resources|support|end|figure|advocate|voice)\b")
# The word as a measure, not a judgement: "statistically significant", "important to note".
MEASURE_USE = re.compile(r"\bstatistically\b|\b(?:important|worth) to (?:note|remember|know)\b", re.IGNORECASE)
# Advice in a speech or an opinion piece, where "we must" is the speaker's or the writer's view of
# what ought to be done; "the form must be returned", in the passive, states a rule a record settles.
MUST = re.compile(r"\b(?:must|should|ought to)(?! have\b)(?! be [a-z]+(?:ed|en)\b)(?= (?:not |always |never |also |now |still )?[a-z]+\b)")
# People who did not do what they ought to have: "leaders failed to act", "Congress has not failed".
FAILED = re.compile(r"\bfailed to (?!(?:qualify|score|reach|win|finish|appear|attend|pay|file|return|meet the)\b)[a-z]+"
                    r"|\bha(?:s|ve) not failed\.")
ADVISING = ("speech", "opinion")
# A fact sheet's heading run into its sentence ("Facilitating access to vaccines: The vaccines ..."):
# shown as a choice, the heading would stand out.
HEADED = re.compile(r":\s+[A-Z]")
# A sentence that opens on what it is about and says what is or was so: "Burglaries are down 13%."
STATES = re.compile(r"(?:The |A |An )?[A-Z][\w’'-]*(?: [\w’'-]+){0,5} (?:is|are|was|were|has|have|had)\b")
DRAFT = 0.6
# A quality raised by a word that itself weighs it: "she was truly kind", "an incredibly gifted
# teacher". Alone, "kind" or "dedicated" may name a fact of record ("a dedicated bus lane"); raised
# to "truly" or "deeply", it is the writer's judgement of how much. Not "particularly" or
# "especially", which pick out a part, nor "very" or "extremely", which may size a measure ("very cold").
INTENSIFIED = re.compile(r"\b((?:truly|deeply|incredibly|remarkably|immensely|wonderfully|extraordinarily|genuinely|"
                         r"exceptionally|hugely|enormously) ([a-z]+))\b")
QUALITY = frozenset("""
    kind generous warm gentle patient loyal humble devoted dedicated caring committed gifted learned wise funny
    brave kind-hearted thoughtful talented honest modest decent good great loved
    """.split())
# A draft asked only among sentences that judge nothing: its sentence also states a date or a count.
MIXED = 0.58
RATED_STOP = re.compile(r"to|of|in|for|the|a|an|on|at|by|from|with|that|which|as|or|and|is|was|are|were")


def view_or_record(ctx: Context) -> Iterator[Candidate]:
    """'Which of these sentences gives a view someone could dispute, not a fact a record
    could settle?' The key judges by a word that only judges, in the writer's own voice;
    the wrong choices state a date or a count and judge nothing. Where the text has too
    few such sentences (an essay with no dates), the judging sentence alone: 'What kind of
    statement is this?', a view, not a fact however it is put, nor someone else's view."""
    if ctx.kind.kind == "interview":
        yield from _guests_views(ctx)  # an interview's lines are several people's: asked of each guest's own
        return
    if ctx.kind.kind == "fact-check" or not reads_as_prose(ctx.article.text):
        return  # a fact-check's job is to judge
    own = _writers_sentences(ctx)
    judged = [(fact, *found) for fact in own if (found := _judging(fact, ctx)) and not _carries_on(fact, ctx, own)]
    # A statement the reading found checkable: a date or a count, a verb in the past ("Choose a pot
    # of twenty litres" instructs; it states nothing).
    stated = {f.start for f in ctx.of_kind("statement")}
    # In a report, a release or a speech no sentence instructs, so one that says what "is" or "was"
    # so ("Burglaries are down 13%.") states a record too, wherever the reading left it.
    reports = ctx.kind.kind in ("news", "wire", "press-release", "speech")
    records = _distinct([fact for fact in own if (fact.start in stated or reports and STATES.match(display(fact.text)))
                         and _record(fact, ctx)])
    # The clearest view first: one stated outright ("the idea is absurd"), in a short sentence.
    judged.sort(key=lambda item: (-item[2], not _stated_view(item[0].text, item[1]), len(item[0].text.split())))
    who = "the publisher" if ctx.kind.kind == "press-release" else author(ctx)
    asked = 0
    for fact, word, worth in judged:
        if asked == MAX_FOR_TEXT:
            return
        # The records nearest in length, then in place: a key twice as long as the others stands out.
        size = len(fact.text)
        near = sorted(records, key=lambda o: (abs(len(o.text) - size) > size // 3, abs(o.start - fact.start)))[:3]
        question = (_among_records(ctx, fact, word, near, who, worth) if len(near) >= 2 else
                    _alone(ctx, fact, word, who, worth) if worth != MIXED else None)
        if question is not None:
            asked += 1
            yield question


def _distinct(records: list[Fact]) -> list[Fact]:
    """One of several sentences that differ only in their figures ("Burglaries are down 13%.",
    "Burglaries are down 56%."): side by side, out of their places, they would puzzle, not teach."""
    seen, kept = set(), []
    for fact in records:
        shape = re.sub(r"[\d.,%$]+", "#", fact.text)
        if shape not in seen:
            seen.add(shape)
            kept.append(fact)
    return kept


def _writers_sentences(ctx: Context) -> list[Fact]:
    """Every sentence of the text outside the headline and outside anyone's quoted or
    reported words, as a fact in the writer's voice."""
    # Not a "quote" whose speaker is a thing: in "the outbreak has confirmed that ...", the writer speaks.
    quoted_spans = [(f.data.get("sentence_start", f.start), f.data.get("sentence_end", f.end)) for f in ctx.of_kind("quote")
                    if (f.data.get("speaker") or {}).get("kind") != "thing"]
    # A quotation of several sentences: those after its first carry no quotation mark of their own.
    quoted_spans += [(m.start(), m.end()) for m in QUOTATION.finditer(ctx.article.text)]
    quoted_spans += list(_open_quotations(ctx.article.text))
    found = []
    for sentence in ctx.article.sentences:
        fact = Fact(kind="sentence", start=sentence.start, end=sentence.end, text=sentence.text,
                    data={"voice": "writer", "sentence_start": sentence.start, "sentence_end": sentence.end})
        if not ctx.in_title(fact) and not any(s < sentence.end and sentence.start < e for s, e in quoted_spans):
            found.append(fact)
    return found


def _carries_on(fact: Fact, ctx: Context, own: list[Fact]) -> bool:
    """Whether the sentence before, in the same paragraph, quotes or reports someone: "Lee
    said the plan was foolish. It was also wasteful." may still be Lee's view."""
    before = [s for s in ctx.article.sentences if s.end <= fact.start]
    if not before or "\n" in ctx.article.text[before[-1].end:fact.start]:
        return False
    return before[-1].start not in {o.start for o in own} or bool(REPORTS_WORDS.search(before[-1].text))


def _open_quotations(text: str) -> Iterator[tuple[int, int]]:
    """A quotation a paragraph opens and never closes: it runs to the paragraph's end (and
    often on into the next, which opens with a mark of its own)."""
    start = 0
    for line in text.split("\n"):
        opened = None
        for i, ch in enumerate(line):
            if ch == "“" or ch == '"' and opened is None:
                opened = i
            elif ch == "”" or ch == '"':
                opened = None
        if opened is not None:
            yield start + opened, start + len(line)
        start += len(line) + 1


def _own(fact: Fact, ctx: Context, guest: bool = False) -> str | None:
    """The sentence as shown, where it is the writer's own and can stand alone: a sentence
    that opens on "she" or "they" may stand among sentences about the same person, as the
    question asks what kind of sentence each is, not who did what. A guest's, where it can
    stand alone in a prompt that names the guest (it may open on "I" or "we")."""
    shown = display(fact.text)
    if (re.search(r"[“”\"]", fact.text) or REPORTS_WORDS.search(fact.text) or not 4 <= len(shown.split()) <= MAX_WORDS
            or not fact.text.endswith((".", "!"))):
        return None
    if guest:
        return shown if answer_alone(shown, ctx) else None
    return shown if shown_alone(shown, ctx) or PERSON_FIRST.match(shown) else None


def _only_judging(fact: Fact, ctx: Context, guest: bool = False) -> str | None:
    """The one word that only judges in a sentence of the writer's own view: no figure, no
    guess, no one else's view."""
    shown = _own(fact, ctx, guest)
    if shown is None or not _plain(shown):
        return None
    # Lower case, or opening the sentence ("Unfortunately, ..."): "Wise" in a name judges nothing.
    found = [m.group(0) for m in re.finditer(r"[A-Za-z]+", shown)
             if m.group(0).lower() in ONLY_JUDGE and (m.group(0).islower() or m.start() == 0)]
    if LEGAL_TERM.search(shown):
        return None
    if not found and not PERSON.search(shown):
        # "Voters should ask who pays": what ought to be done, the writer's advice, not a how-to's "you should".
        found = ADVICE.findall(shown)
    if len({w.lower() for w in found}) != 1 or len(found) != 1:
        return None
    return found[0]


# "Consumers who have bought the bars should not eat them": an instruction to the public, as
# "you should" is, not a view a reader could dispute.
INSTRUCTS = re.compile(r"(?:Consumers|Customers|Patients|Residents|Anyone|People|Parents|Drivers|Passengers|Travell?ers|"
                       r"Visitors|Users|Those|Owners|Households)\b")


def _judging(fact: Fact, ctx: Context, guest: bool = False) -> tuple[str, float] | None:
    """The judging word of a sentence in the writer's (speaker's, publisher's) own voice and how
    sure the reading is: a word that only judges, or advice, is sure; a word that rates is sure
    stated outright ("is significant"), a draft before an effort or an outcome it rates."""
    if INSTRUCTS.match(display(fact.text)) and re.search(r"\b(?:should|must)\b", fact.text):
        return None
    if (word := _only_judging(fact, ctx, guest)) is not None:
        return word, 0.7
    shown = _own(fact, ctx, guest)
    if shown is None or LEGAL_TERM.search(shown) or MEASURE_USE.search(shown) or ctx.kind.kind == "study":
        return None  # a study's "strong trend" or "serious side effects" is a measure it reports
    plain = _plain(shown)
    if plain and ctx.kind.kind in ADVISING and len(found := MUST.findall(shown)) == 1 and not re.search(r"\b(?:you|your)\b", shown, re.I):
        return found[0], 0.7
    raised = [m.group(1) for m in INTENSIFIED.finditer(shown) if m.group(2) in QUALITY or m.group(2) in JUDGING]
    if plain and len(raised) == 1:
        return raised[0], 0.7
    if plain and (ctx.kind.kind in ADVISING or ctx.kind.kind == "press-release") and FAILED.search(shown):
        return "failed", DRAFT
    # Stated outright and ending its clause: "the scale of the request is significant." Not "is a
    # major road", nor "is critical to saving lives", which says what a thing is needed for.
    stated = [m.group("word") for m in STATED_VIEW.finditer(shown)
              if m.group("word") in RATES - GRADES and re.match(r"\s*(?:[.,;—]|and\b|but\b)", shown[m.end():])]
    rated = _rated(shown)
    words = set(stated + rated)
    if len(words) != 1:
        return None
    word = words.pop()
    if plain:
        return word, (0.7 if stated else DRAFT)
    # With a date or a count beside it, the sentence both states and judges: it is the view only
    # among sentences that judge nothing, and no guess, forecast or reported view may blur it.
    if rated and not _unsure(shown):
        return word, MIXED
    return None


def _rated(shown: str) -> list[str]:
    """Rating words before the effort, change or outcome they rate, with at most two words
    between ("an unprecedented, large-scale response", "a strong public health partner"), none a
    word that starts a phrase of its own ("essential to minimize loss" rates no loss)."""
    words = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*|[,.;:—()]", shown)
    found = []
    for i, w in enumerate(words):
        if w not in RATES:
            continue
        for nxt in [x for x in words[i + 1:i + 5] if x != ","][:3]:
            if RATED.fullmatch(nxt):
                found.append(w)
                break
            if not re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)*", nxt) or RATED_STOP.fullmatch(nxt.lower()):
                break
    return found


def _plain(shown: str) -> bool:
    """No figure, no guess, no one else's view, no condition: what is left can only be the
    writer's own."""
    return not (re.search(r"\d", shown) or CHECKABLE_PART.search(shown) or CENTURY.search(shown) or _unsure(shown))


def _unsure(shown: str) -> bool:
    return bool(OTHERS_VIEW.search(shown) or MEASURED.search(shown) or GUESS.search(shown)
                or re.search(r"\b(?:if|could|might)\b|\?", shown, re.I) or FORECAST.search(shown))


def _cue(word: str) -> str:
    return f"“{word}” says what ought to be done" if word in ("should", "ought to", "must") else f"“{word}” judges"


def _record(fact: Fact, ctx: Context) -> bool:
    """A sentence that states a date or a count and judges nothing: no word that judges or
    weighs, no guess or plan, no "I" or "you"."""
    shown = _own(fact, ctx)
    return (shown is not None and _anchor(shown) is not None and not HEADED.search(shown)
            and not FORECAST.search(shown) and not NOT_NOW.search(shown) and not OTHERS_VIEW.search(shown)
            and not PERSON.search(shown) and not _weighs(shown)
            and not any(w.lower() in JUDGING for w in re.findall(r"[A-Za-z-]+", shown)))


# What a guest says they or their side will do, or hope to: a plan, not yet a record.
PLANNED = re.compile(r"\b(?:will|won[’']t|going to|plan|plans|planned|hope|hopes|want|wants|intend|intends|aim|aims|"
                     r"think|believe|feel|guess|you|your)\b", re.IGNORECASE)


def _guest_record(fact: Fact, ctx: Context) -> bool:
    """A sentence of a guest's answer that states a date or a count of what is or was, in the
    guest's own words ("we vaccinated 9,000 children last week"), and judges nothing: no
    plan, guess or view, no word that judges or weighs."""
    shown = _own(fact, ctx, guest=True)
    anchor = _anchor(shown) if shown is not None else None
    # A count or a year, not a month alone: "the water that reaches the farms in August" dates nothing.
    return (anchor is not None and (re.search(r"\d", anchor) or not DATE_PART.search(anchor)) and not HEADED.search(shown)
            and not FORECAST.search(shown) and not NOT_NOW.search(shown) and not OTHERS_VIEW.search(shown)
            and not PLANNED.search(shown) and not _weighs(shown)
            and not any(w.lower() in JUDGING for w in re.findall(r"[A-Za-z-]+", shown)))


def _guests_views(ctx: Context) -> Iterator[Candidate]:
    """In an interview, the same question of one guest's answers: which of the guest's
    sentences gives the guest's view ("The response has been shamefully slow."), and which a
    record could settle ("We vaccinated roughly 9,000 children last week."). The choices are
    all that guest's, so the key is not the only sentence in someone's voice."""
    by_guest: dict[str, list[Fact]] = {}
    for sentence, guest in voiced(ctx):
        if guest is not None and guest[:1].isupper() and guest not in ("A", "Answer"):
            by_guest.setdefault(guest, []).append(Fact(
                kind="sentence", start=sentence.start, end=sentence.end, text=sentence.text,
                data={"sentence_start": sentence.start, "sentence_end": sentence.end}))
    asked = 0
    for guest, own in by_guest.items():
        # Not advice ("events that should cause a response" may say what is expected) nor a
        # verdict on a failure: in an answer, only a word that judges or rates.
        judged = [(fact, *found) for fact in own if (found := _judging(fact, ctx, guest=True)) and found[1] >= 0.7
                  and found[0] not in ("should", "ought to", "must", "failed")
                  # one claim, judged: "Every parent wants ..., and the response has been excellent" adds another
                  and not re.search(r";|, (?:and|but) ", fact.text)]
        records = _distinct([fact for fact in own if _guest_record(fact, ctx)])
        judged.sort(key=lambda item: (not _stated_view(item[0].text, item[1]), len(item[0].text.split())))
        for fact, word, worth in judged[:1]:
            if asked == MAX_FOR_TEXT:
                return
            size = len(fact.text)
            near = sorted(records, key=lambda o: (abs(len(o.text) - size) > size // 3, abs(o.start - fact.start)))[:3]
            setting_ = setting(ctx)
            question = (_among_records(ctx, fact, word, near, guest, worth, source=f" from {possessive(guest)} answers in the {setting_}")
                        if len(near) >= 2 else
                        _alone(ctx, fact, word, guest, worth, said=f"In the {setting_}, {guest} answers",
                               checker="the reporters" if setting_ == "briefing" else "the interviewer"))
            if question is not None:
                asked += 1
                yield question


def _weighs(text: str) -> bool:
    return any(m.group(0).lower() not in NOT_SUPERLATIVE for m in WEIGHING.finditer(text))


# The unit that follows a bare number: "50 cents", "18 euros". A figure shown without it misleads.
UNIT_AFTER = re.compile(r"^\s?(?:(?:million|billion) )?(?:cents?|euros?|dollars?|pounds?|pence|yen|yuan|rupees?|francs?|"
                        r"percent|per cent|percentage points?)\b", re.IGNORECASE)
PRICE = re.compile(r"[$£€¥]|\b(?:cents?|euros?|dollars?|pounds?|pence|yen|yuan|rupees?|francs?)\b", re.IGNORECASE)
SHARE = re.compile(r"%|\b(?:percent|per cent|percentage points?)\b", re.IGNORECASE)
POINTS = re.compile(r"\bpercentage points?\b", re.IGNORECASE)


def _anchor(text: str) -> str | None:
    """The figure a record could confirm, with its unit: '1851', 'the nineteenth century', 'three', '50 cents'."""
    found = CENTURY.search(text) or next((m for m in CHECKABLE_PART.finditer(text) if not WEEKDAY.match(m.group(0))), None)
    if not found:
        return None
    unit = UNIT_AFTER.match(text[found.end():])
    return (found.group(0) + (unit.group(0) if unit else "")).strip().rstrip(".,")


def _kind_of(anchor: str) -> str:
    """What a figure is: a date, a sum of money (a price, a budget or a grant alike), a change
    in percentage points, a percentage (a share or a change: the word fits both) or a count."""
    return ("a date" if DATE_PART.search(anchor) else "a sum of money" if PRICE.search(anchor)
            else "a change in percentage points" if POINTS.search(anchor)
            else "a percentage" if SHARE.search(anchor) else "a count")


def _checked_by(anchor: str) -> str:
    return f"{_kind_of(anchor)} (“{anchor}”)"


def _among_records(ctx: Context, fact: Fact, word: str, near: list[Fact], who: str, worth: float = 0.72,
                   source: str | None = None) -> Candidate:
    shown = display(fact.text)
    distractors = [display(o.text) for o in near]
    anchors = [_anchor(d) for d in distractors]
    # A guest's count is checked against the body's own records or a measurement, not an archive.
    checks = ("a record, such as a register, an archive or an old newspaper," if source is None else
              "a record or a measurement")
    if source is None:
        source = " from the speech" if ctx.kind.kind == "speech" else ""
    return Candidate(
        choice(
            ctx, shown, distractors, id=f"view-or-record-{slugify(shown, 24)}", skill="fact-vs-opinion",
            prompt=f"Which of these sentences{source} gives a view someone could dispute, not a fact a record could settle?",
            evidence=fact.text,
            explanation=(f"{_cue(word)}: it gives {who}'s own view, which {audience(ctx)} could dispute{_settles(word, worth, shown)}. "
                         f"The other sentences judge nothing: each states "
                         f"{or_list(sorted({_kind_of(a) for a in anchors}), 'or')} "
                         f"({', '.join(f'“{a}”' for a in anchors)}) that {checks} could confirm or prove wrong."),
            feedback={d: f"It states {_checked_by(a)} and judges nothing: a record could show whether it is true."
                      for d, a in zip(distractors, anchors)},
            template="view-or-record",
        ),
        max(worth, 0.72) if worth >= 0.7 else worth, f"opinion:{fact.start}",
    )


def _settles(word: str, worth: float, shown: str) -> str:
    """What no record could settle: the whole view, or, where the sentence also tells what was
    done ("the successful exhibit included ...", "the council made foolish promises, and the
    engineer was treated badly"), only what its judging word adds."""
    if (worth >= 0.7 and not re.search(r";|, (?:and|but) ", shown)) or word in ("should", "ought to", "must"):
        return ", and no record could settle it"
    return f"; a record could check the rest of it, but not the judgement in “{word}”"


def _stated_view(text: str, word: str) -> bool:
    if " " in word:  # a quality raised: "she was truly kind", "he was an incredibly gifted teacher"
        return bool(re.search(rf"\b(?:is|was|are|were)\s+(?:(?:a|an|also|always)\s+)*{word}\b", text))
    # Not a word that opens the sentence on the speaker's feeling about a fact ("Unfortunately, the
    # visas are not reaching them"): what follows is a claim a record could settle.
    return any(m.group("word") == word for m in STATED_VIEW.finditer(text))


def _whether(word: str) -> str:
    """What no record could show: 'whether it is “absurd”'; of a judging adverb ("shamefully
    slow"), 'whether “shamefully” fits'."""
    return f"whether “{word}” fits" if word.endswith("ly") else f"whether it is “{word}”"


def _alone(ctx: Context, fact: Fact, word: str, who: str, worth: float = 0.7, said: str | None = None,
           checker: str | None = None) -> Candidate | None:
    """The judging sentence alone, where the judgement is the whole of it and it is short, so
    that no part of it could be taken for a fact: a view stated outright ("the idea is
    absurd"), advice ("we must act today"), or a verdict on what people did ("Congress has not
    failed")."""
    shown = display(fact.text)
    advice = word in ("should", "ought to", "must")
    verdict = word == "failed"
    if (not (advice or verdict or _stated_view(shown, word)) or len(shown.split()) > 20
            or re.search(r";|, (?:and|but) ", shown)):
        return None
    # The wrong choices are the usual ways a reader takes a view for a fact: it is put as what
    # something "is" (what will be done, what happened), it was printed, or it must be someone's report.
    view = f"A view: {audience(ctx)} could disagree, and no record could settle it"
    is_so = ("A fact: it says what will be done, so a record could later confirm it" if advice else
             "A fact: it says what happened, so a record could confirm it" if verdict else
             "A fact: it says what something is, so a record could confirm it")
    printed = f"A fact: {checker or who} checked it, or it would not have been {'said' if ctx.kind.kind == 'speech' else 'printed'}"
    reported = f"Someone else's view, which {who} reports"
    said = said or ("In the speech, the speaker says" if ctx.kind.kind == "speech" else
                    "The release says" if ctx.kind.kind == "press-release" else f"{capitalise(who)} writes")
    if advice:
        why = (f"“{word}” says what ought to be done, in {who}'s own view: {audience(ctx)} could think otherwise, "
               "and no date, count or document could show what ought to be.")
        wrong_is_so = (f"“{word}” says what ought to be done, not what will be: no record could show that it ought to "
                       f"be, and two careful {audience(ctx)} could disagree.")
    elif verdict:
        why = (f"“{word}” judges: a record could show what was done, but whether that was a failure is {who}'s "
               f"verdict, which {audience(ctx)} could dispute.")
        wrong_is_so = (f"A record could show what was done, not whether it was a failure: “{word}” is {who}'s verdict, "
                       f"and two careful {audience(ctx)} could judge it differently.")
    else:
        why = (f"“{word}” judges: it gives {who}'s opinion of what the sentence describes, and "
               f"{audience(ctx)} could think otherwise. No date, count or document could settle it.")
        wrong_is_so = (f"Put as what something “is”, it is still a judgement: no record could show {_whether(word)}, "
                       f"and two careful {audience(ctx)} could judge it differently.")
    return Candidate(
        choice(
            ctx, view, [is_so, printed, reported], id=f"view-or-record-{slugify(shown, 24)}", skill="fact-vs-opinion",
            prompt=f"{said}: {quoted(shown)} What kind of statement is this?",
            evidence=fact.text,
            explanation=f"{why} It names no one else as its source, so the view is {who}'s own.",
            feedback={is_so: wrong_is_so,
                      printed: ("No check could settle what ought to be done" if advice else
                                "No check could settle whether what was done was a failure" if verdict else
                                f"No check could settle {_whether(word)}") + ": a view stays a view wherever it appears.",
                      reported: f"It names no one else as holding this view: it is {who}'s own."},
            template="view-or-record",
        ),
        worth, f"opinion:{fact.start}",
    )
