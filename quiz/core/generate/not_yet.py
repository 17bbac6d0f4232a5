"""What is not settled yet, and what that tells a reader about how far to trust what
follows: a difference that is or is not "statistically significant", a claim that "has not
yet been demonstrated", and a sentence that gives only a plan or a possibility beside
sentences that report what was done (facts/not_yet.py, facts/uncertainty.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.generate.common import Candidate, Context, choice, self_contained, slugify
from quiz.core.generate.uncertainty import shown_sentence

MAX_WORDS = 45


def significance(ctx: Context) -> Iterator[Candidate]:
    """'The differences among groups were not statistically significant. What does that
    mean?' A test on chance, not on size, and not a proof either way."""
    for fact in ctx.of_kind("uncertainty", uncertainty_kind="significance"):
        shown = shown_sentence(ctx, fact, MAX_WORDS)
        if shown is None or ctx.in_title(fact):
            continue
        phrase = fact.data["phrase"]
        if fact.data["negative"]:
            answer = "The study cannot tell the difference apart from chance"
            wrong = {
                "The study proves there is no difference at all": (
                    "“Not significant” does not prove there is no difference; it means the study cannot tell a real "
                    "difference from chance."),
                "The difference is real, but too small to matter": (
                    "“Statistically significant” is about chance, not size; and here the study cannot even say that "
                    "the difference is real."),
                "The researchers made a mistake in their counting": (
                    "Nothing in the article says the counting was wrong; the words are about chance."),
            }
            why = (f"The words “{phrase}” describe a test on the numbers: the difference the study found could have come about by "
                   "chance alone. So the study cannot say that one group really did better than another; more or "
                   "bigger studies would be needed to settle it.")
        else:
            answer = "The difference is unlikely to be down to chance alone"
            wrong = {
                "Experts judge the difference to be important": (
                    "The words are a test on the numbers, not anyone's view of how much the difference matters: even "
                    "a small difference can be significant in a big study."),
                "The result is now proven beyond any doubt": (
                    "A significant result can still be a fluke; other studies are needed to confirm it."),
                "The difference could easily be down to chance": (
                    "That is what “not statistically significant” would mean; here it is the other way round."),
            }
            why = (f"The words “{phrase}” describe a test on the numbers: the difference the study found is too big to be likely "
                   "down to chance alone. It does not say how large or how important the difference is, and one "
                   "study does not prove it beyond doubt.")
        yield Candidate(
            choice(ctx, answer, list(wrong), id=f"significance-{slugify(ctx.sentence(fact), 20)}", skill="uncertainty",
                   prompt=f"{shown} What does “{phrase}” mean here?", evidence=ctx.sentence(fact),
                   explanation=why, feedback=wrong, template="significance"),
            0.88 if fact.data["negative"] else 0.85, f"not-yet:{fact.data['sentence_start']}",
        )


def not_shown(ctx: Context) -> Iterator[Candidate]:
    """'While this has not yet been demonstrated, it is hoped that ...': what those words
    tell a reader about the claim: not settled, neither proven nor disproven."""
    for fact in ctx.of_kind("uncertainty", uncertainty_kind="not-shown"):
        shown = shown_sentence(ctx, fact, MAX_WORDS)
        if shown is None or ctx.in_title(fact):
            continue
        phrase = fact.data["phrase"]
        if fact.data.get("unchecked"):
            yield from _unchecked(ctx, fact, shown, phrase)
            continue
        answer = "No one can say yet: there is no firm answer so far"
        figure = FIGURE_WORDS.search(phrase)
        sentence = ctx.sentence(fact)
        median = figure and MEDIAN_TIME.search(sentence)
        if figure and not median and not REASON.search(sentence):
            continue  # why the figure is not known is not said, and the explanation would only repeat the words
        wrong = {
            "It has been settled, and the article gives the answer": "The article says the opposite: it is not "
                                                                     "settled yet.",
            ("The figure is known, but it is being kept back" if figure else "It has been proven wrong, so it can be dropped"): (
                "The article says it cannot be worked out yet, not that anyone keeps it back." if figure
                else f"“{phrase}” does not say it is wrong; only that it is not settled yet."),
            "It can never be settled, whatever is done": "The words say only that it is not settled so far; it may be later.",
        }
        yield Candidate(
            choice(ctx, answer, list(wrong), id=f"not-shown-{slugify(ctx.sentence(fact), 20)}", skill="uncertainty",
                   prompt=f"{shown} What does “{phrase}” tell a reader?", evidence=ctx.sentence(fact),
                   explanation=(_median_reason(phrase) if median else
                                f"The words “{phrase}” say that the figure is not known so far: it cannot be worked "
                                "out yet. Until it can, anything said about it is a lead, not a final result." if figure
                                else f"The words “{phrase}” say that so far there is no firm answer, for or against. "
                                "Anything built on it is a hope or a lead, not a finding, and a careful reader keeps it "
                                "apart from what has been shown."),
                   feedback=wrong, template="not-shown"),
            0.82, f"not-yet:{fact.data['sentence_start']}",
        )


def _unchecked(ctx: Context, fact, shown: str, phrase: str) -> Iterator[Candidate]:
    """'... could not be independently verified': no one has checked it, which is neither
    a denial nor a confirmation."""
    answer = "No one has checked it: it rests on its source's word"
    wrong = {
        "It has been shown to be false": f"“{phrase}” does not say it is false; only that it has not been checked.",
        "It has been checked and found true": "The words say the opposite: it has not been checked.",
        "The claim is certain, so no check is needed": "If it were certain, the article would not say it has not been "
                                                       "checked.",
    }
    yield Candidate(
        choice(ctx, answer, list(wrong), id=f"not-checked-{slugify(ctx.sentence(fact), 20)}", skill="uncertainty",
               prompt=f"{shown} What does “{phrase}” tell a reader?", evidence=ctx.sentence(fact),
               explanation=(f"The words “{phrase}” say that no one has checked the claim, so it is only as good as "
                            "whoever made it. It is not shown to be false either: a careful reader holds it as "
                            "unconfirmed until someone checks it."),
               feedback=wrong, template="not-shown"),
        0.82, f"not-yet:{fact.data['sentence_start']}",
    )


# "cannot yet be calculated": a figure not worked out yet, rather than a claim not proven.
FIGURE_WORDS = re.compile(r"\b(?:calculated|measured|estimated|determined|assessed)\b")
# A median survival ("median overall survival"): it is known only once half the group has died.
MEDIAN_TIME = re.compile(r"\bmedian\s+(?:\w+\s+){0,2}survival\b", re.IGNORECASE)
# The sentence says why the figure is not known yet.
REASON = re.compile(r"\b(?:because|until)\b")


def _median_reason(phrase: str) -> str:
    """Why a median survival "cannot yet be calculated": not missing data, but a group in
    which fewer than half have died."""
    return ("A median survival is the time by which half of a group have died. "
            f"“{phrase}” means that fewer than half of these patients have died so far, so the middle "
            "value is not reached: the figure is missing because most are still alive, which is a hopeful "
            "sign, not a bad result. Until it is reached, no one can give the figure.")


# What each kind of statement only says, in words a reader can hold against what is done.
AHEAD = {
    "will": "it looks ahead to something still to come", "planned": "it is only a plan so far",
    "would": "it reports what someone said was still to come",
    "hoped": "it is only hoped for so far", "proposed": "it is only proposed so far",
    "scheduled": "it is only planned for a later date so far",
    "expected": "it is a forecast of what will happen", "possible": "it says only that this is possible",
    "likely": "it says only that this is probable", "unlikely": "it says only that this is improbable",
    "appears": "it says only that it looks that way", "suggests": "it says only that the evidence points that way",
    "conditional": "it tells what would happen only if a condition is met",
}
MAX_CHOICE_WORDS = 28
TEXT_NAMES = {"speech": "speech", "interview": "interview", "press-release": "text"}
FIRST_PERSON = re.compile(r"\b(?:I|we|We|me|us|Us)\b")
# "We will send it to you after the call": a plan for a thing named in another sentence is an
# aside whose point a choice cannot show; picking it out only spots the "will". (Not the
# subject of a reported clause: "the council said it would close ...".)
# "told", "said", "announced": a statement made, which a sentence "giving only a plan" does not
# also report. Not "say": "Forecasters say the heat may last" gives their forecast.
PAST_SAYING = re.compile(r"\w+ed|said|told|wrote|spoke|gave|made|thought|knew|felt|saw")
LEANS_BACK = re.compile(r"(?<!\bsaid )(?<!\bsays )(?<!\bthat )\b(?:it|them)\b")


def done_or_ahead(ctx: Context) -> Iterator[Candidate]:
    """'Three of these sentences report what has happened or what is so. Which one gives only
    a plan, a forecast, a guess or a possibility?': a sentence that a "will", a "may", a
    "plans to" or an "if" governs as a whole, beside plain statements of the same article
    that tell what was done. A reader who counts plans and possibilities as done is misled."""
    for fact in ctx.of_kind("uncertainty"):
        if not fact.data.get("whole") or fact.data.get("quoted") or ctx.in_title(fact) or not _can_show(ctx, fact.data["sentence_start"]):
            continue
        done = [(start, end, verb) for start, end, verb in fact.data["_done"] if _can_show(ctx, start)
                and not _may_judge(ctx, start, end, verb)]
        sentence = ctx.sentence(fact).strip()
        if LEANS_BACK.search(sentence):
            continue
        kind = fact.data["uncertainty_kind"]
        meaning = "conditional" if kind == "conditional" else fact.data.get("aim") or fact.data["meaning"]
        if meaning != "would" and any(fact.data["sentence_start"] <= q.start < fact.data["sentence_end"]
                                      and PAST_SAYING.fullmatch(q.data.get("verb") or "") for q in ctx.of_kind("quote")):
            continue  # "... will open in June, Ann Lee told the Courier": it also reports a statement made
        cue = (fact.data["condition"] if kind == "conditional" else
               fact.data["cue"] if kind == "hedge" else fact.data["phrase"].split()[0])
        cue = cue.strip(" ,")
        if meaning not in AHEAD or sentence.count(cue) != 1:
            continue
        size = len(sentence.split())
        # The nearest plain statements of a like length: the same passage, no odd one out by its size.
        text = ctx.article.text
        picked = sorted(done, key=lambda d: (abs(len(text[d[0] : d[1]].split()) - size) > 10, abs(d[0] - fact.start)))[:3]
        if len(picked) < 3:
            continue
        wrong = {text[start:end].strip(): f"This sentence states what happened or what is so: “{verb}” tells it as a "
                                          "fact, with no word such as “will”, “may” or “if”." for start, end, verb in picked}
        why = (f"“{cue}” shows that {AHEAD[meaning]}: the sentence does not state it as done or known. The other "
               "sentences state what was done or what is so. Until a plan is carried out or a possibility is shown, a "
               "careful reader does not count it as a fact.")
        yield Candidate(
            choice(ctx, sentence, list(wrong), id=f"done-or-ahead-{slugify(sentence, 20)}", skill="uncertainty",
                   prompt=(f"Three of these sentences from the {TEXT_NAMES.get(ctx.kind.kind, 'article')} report what "
                           "has happened or what is so. Which one gives only a plan, a forecast, a guess or a possibility?"),
                   evidence=sentence, explanation=why, feedback=wrong, template="done-or-ahead"),
            0.78, f"not-yet:{fact.data['sentence_start']}",
        )


# A bare "is", "was": a sentence that only says what something is may be a judgement
# ("The incident is reminiscent of two others"), which feedback must not call a fact.
BARE_BE = frozenset("is are was were be been 's".split())


def _may_judge(ctx: Context, start: int, end: int, verb: str) -> bool:
    """Whether a plain statement offered as "what happened or what is so" may be a view: its
    verb is only "is" or "was", or the reading found a judging or loaded word in it."""
    return (verb.lower() in BARE_BE
            or any(start <= f.start < end for kind in ("opinion", "loaded") for f in ctx.of_kind(kind)))


def _can_show(ctx: Context, start: int) -> bool:
    """Whether the sentence at `start` can stand as a choice: short, leaning on no other,
    with no quotation and no word of doubt or of what is pending beyond what makes it a
    whole plan or possibility."""
    sentence = ctx.article.sentence_at(start)
    text = sentence.text.strip()
    # "We cut taxes ...": in a speech or a column, the speaker or writer, as plain as a name;
    # in an interview or a report, one of several voices the choice could not name.
    if ctx.kind.kind in ("speech", "opinion"):
        text = re.sub(r"^(?:I|We)\b", "Someone", text)
    elif FIRST_PERSON.search(text):
        return False
    if len(text.split()) > MAX_CHOICE_WORDS or re.search(r"[“”\"‘’]", text) or not self_contained(text):
        return False
    return not any(f.data["sentence_start"] == start and not f.data.get("whole") for f in ctx.of_kind("uncertainty"))
