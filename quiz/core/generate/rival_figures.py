"""Two sources give two different figures for one count: organisers put a march at 15,000
and police at 6,000, a ministry gives 25 dead and a hospital 40. The lesson is the careful
reader's: neither figure is settled because of who gives it, and splitting the difference
makes a third guess, not a count."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact
from quiz.core.generate.common import PRONOUN_WORDS, Candidate, body_as_written, Context, choice, quoted, slugify, speaker_of

_HEDGE = r"(?:about|around|roughly|some|nearly|almost|just over|just under|more than|fewer than|up to|only)?"
_BODY = r"(?:[Pp]olice|[Oo]rgani[sz]ers|[Oo]fficials|[Aa]uthorities|[Aa]rmy|[Mm]inistry|[Cc]ouncil|[Uu]nion|[Cc]ompany)"
# A body as a sentence names it: "Police", "the army", "South Hallam Police", "the Department of Defence".
_WHO = rf"(?:[Tt]he\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and)\s+)?){{0,4}}?(?:{_BODY}|[A-Z][\w’'.&-]*)"
# "Police put the figure at about 6,000", "the ministry estimated the death toll at 25": the
# body that gives a second figure for a count the sentence before gave.
PUT_AT = re.compile(
    rf"(?:^|[,;]\s+|\b(?:while|but|whereas|although)\s+)(?P<who>{_WHO})\s+"
    r"(?:put|puts|putting|estimated|estimates|placed|places)\s+(?:the|its|their)\s+"
    r"(?:(?:crowd|death|official|police|own)\s+)?(?:figure|number|total|turnout|attendance|crowd|count|toll|size|estimate)\s+"
    rf"(?:of\s+[\w ]+?\s+)?at\s+{_HEDGE}\s*$",
)
# "..., while organisers said 9,000": a second giver in the same sentence, after a contrast.
SAID_INSTEAD = re.compile(rf"\b(?:while|but|whereas)\s+(?P<who>{_WHO})\s+"
                          rf"(?:said|says|estimated|estimates|claimed|claims)\s+(?:it\s+was\s+|there\s+were\s+)?{_HEDGE}\s*$")
# "6,000 of them were children", "including 40 police officers": a part of the first count,
# not a rival figure for it.
PART_OF = re.compile(r"\b(?:of them|of whom|of those|including|among them|out of)\b", re.IGNORECASE)
# A body whose figure a reader may take as settled because of what it is.
OFFICIAL = re.compile(r"\b(?:police|council|ministry|department|government|authorit(?:y|ies)|officials|agency|office|"
                      r"army|military|health board|coroner)\b", re.IGNORECASE)
# A document, not someone who could be asked how they counted.
DOCUMENT = re.compile(r"\b(?:figures|data|statistics|report|study|survey|analysis|records?)\b", re.IGNORECASE)
# Words that tell how a figure was reached, which the key says the article does not give.
METHOD = re.compile(r"\b(?:counted|counting|headcount|photographs?|photos?|images?|aerial|drones?|satellites?|"
                    r"cameras?|footage|clickers?|tickets?|turnstiles?|based on|using|method)\b", re.IGNORECASE)
CONTRAST = re.compile(r"\b(?:but|while|whereas)\b")
# Words two bodies' names share without being one body ("the Ministry of Health", "the Department of Transport").
LINKING_WORDS = frozenset("the of and for in on at to".split())
# How far apart two figures must be to be a disagreement, not a rounding.
MIN_RATIO = 1.25


def rival_figures(ctx: Context) -> Iterator[Candidate]:
    """'The article gives two figures for the number of people: what should a reader make
    of them?', keyed on taking both as claims to check."""
    numbers = [f for f in ctx.of_kind("number") if _a_count(f)]
    for first in numbers:
        first_giver = _giver(first, ctx.article.text)
        if first_giver is None:
            continue
        for second in numbers:
            if not 0 <= second.data["sentence"] - first.data["sentence"] <= 1 or second.start <= first.end:
                continue
            second_giver = _put_at(ctx, second) or _giver(second, ctx.article.text)
            if second_giver is None or _same_body(first_giver, second_giver) or not _one_count(ctx, first, second):
                continue
            if METHOD.search(_around(ctx, first, second)) or _method_given(ctx, first_giver, second_giver):
                continue  # "police counted from aerial photographs": the article does say how, and the key would not hold
            yield _question(ctx, first, first_giver, second, second_giver)
            return  # one such pair a story: a second asks the same


def _around(ctx: Context, first: Fact, second: Fact) -> str:
    """The two figures' sentences and the one after, where a story would say how either was reached."""
    sentences = ctx.article.sentences
    last = min(second.data["sentence"] + 1, len(sentences) - 1)
    return " ".join(s.text for s in sentences[first.data["sentence"] : last + 1])


def _method_given(ctx: Context, *givers: str) -> bool:
    """Whether any sentence of the article says how one of the givers counted: a word of
    method beside the giver's name ("Harlow Police said its estimate came from drone images")."""
    names = {w for giver in givers for w in re.findall(r"[a-z]+", giver.lower())} - LINKING_WORDS
    if not names:
        return False
    named = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(names)))})\b", re.IGNORECASE)
    return any(METHOD.search(s.text) and named.search(s.text) for s in ctx.article.sentences)


def _a_count(fact: Fact) -> bool:
    """A plain count of people or things, measured or estimated, not a forecast, a share or money."""
    d = fact.data
    return not d["unit"] and d["time"] in ("count", "estimate") and d["value"] >= 20 and not d.get("in_range")


def _giver(fact: Fact, text: str) -> str | None:
    """Who the article says gives a figure, as a reader names them ("the organisers", "Ann Lee"):
    a person or body, not a document ("council figures") nor a pronoun."""
    source = fact.data.get("source") or {}
    speaker = speaker_of(source)
    if speaker is not None and speaker.named:
        return body_as_written(text, speaker.key)
    description = (source.get("description") or "").strip()
    if (source.get("named") or not description or len(description.split()) > 5 or re.search(r"\d", description)
            or PRONOUN_WORDS.search(description) or DOCUMENT.search(description)):
        return None
    return re.sub(r"^(?:the\s+)?", "the ", description.lower())


def _put_at(ctx: Context, fact: Fact) -> str | None:
    """The body that "put the figure at" this one, or "said" it after a "while" or "but", where the sentence says so."""
    start = fact.data["sentence_start"]
    before = ctx.article.text[start : fact.start]
    match = PUT_AT.search(before) or SAID_INSTEAD.search(before)
    if match is None:
        return None
    who = match.group("who")
    if re.fullmatch(rf"(?:[Tt]he\s+)?{_BODY}", who):
        return "the " + who.split()[-1].lower()  # "Police put the figure at": "the police"
    return who


def _same_body(a: str, b: str) -> bool:
    """Whether two givers are one source under two names ("the council", "Wexley Council")."""
    words = lambda text: set(re.findall(r"[a-z]+", text.lower())) - LINKING_WORDS
    return bool(words(a) & words(b))


def _one_count(ctx: Context, first: Fact, second: Fact) -> bool:
    """Whether two figures are two values of one count: the second is "the figure" put at a
    new value, or both count the same noun; neither is a part of the other, and they differ
    by more than rounding."""
    text = ctx.article.text
    between = text[first.end : second.start]
    if PART_OF.search(between + text[second.end : second.data["sentence_end"]]):
        return False
    low, high = sorted((first.data["value"], second.data["value"]))
    if high < MIN_RATIO * low:
        return False
    if PUT_AT.search(text[second.data["sentence_start"] : second.start]):
        return True
    if second.data["sentence"] == first.data["sentence"] and not second.data.get("counts") and CONTRAST.search(between):
        return True  # "15,000 people took part, but police said about 6,000": the same count, its noun left out
    noun = (first.data.get("counts") or "").strip()
    if not (noun.islower() and noun == (second.data.get("counts") or "").strip()):  # "people", not "South Hallam Police"
        return False
    # The same noun is not enough: "25 people had died" and "40 people were being treated"
    # are two counts. Both must say the same of it.
    verb = _predicate(text, first)
    return verb is not None and verb == _predicate(text, second)


# Words between a count's noun and its verb that say nothing of what was counted.
AUXILIARIES = frozenset("had have has were was are is been being be will would did do does also still reportedly "
                        "then".split())
IRREGULAR = {"took": "take", "taken": "take", "came": "come", "went": "go", "gone": "go", "left": "leave",
             "fled": "flee", "ran": "run", "fell": "fall", "fallen": "fall", "got": "get", "saw": "see", "seen": "see",
             "made": "make", "held": "hold", "lost": "lose", "died": "die", "dead": "die"}


def _predicate(text: str, fact: Fact) -> str | None:
    """The verb that follows a count's noun, roughly lemmatised: "died" of "25 people had died"."""
    end = fact.data.get("counts_end")
    if end is None:
        return None
    clause = re.split(r"[,.;:!?]", text[end : fact.data["sentence_end"]], maxsplit=1)[0]
    for word in re.findall(r"[A-Za-z’']+", clause.lower()):
        if word in AUXILIARIES or word.endswith("ly"):
            continue
        return _stem(word)
    return None


def _stem(word: str) -> str:
    word = IRREGULAR.get(word, word)
    for suffix in ("ing", "ied", "ed", "es", "e", "d", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("y" if suffix == "ied" else "")
            break
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]  # "stopp" of "stopped"
    return word


def _question(ctx: Context, first: Fact, first_giver: str, second: Fact, second_giver: str) -> Candidate:
    text = ctx.article.text
    evidence = text[first.data["sentence_start"] : second.data["sentence_end"]]
    first_figure, second_figure = first.text, second.text
    noun = (first.data.get("counts") or "").lower()
    what = f"the number of {noun}" if noun else "one count"
    middle = round((first.data["value"] + second.data["value"]) / 2, -1)
    answer = "Treat both as claims to check: the article says how neither side counted"
    official = OFFICIAL.search(second_giver)
    feedback = {
        f"Go with the figure from {first_giver}: the article gives it first":
            "Coming first makes a figure the one a reader remembers, not the right one: the article does not say "
            f"how {first_giver} counted.",
        f"Go with the figure from {second_giver}: "
        + ("an official body's count needs no checking" if official else "the later figure corrects the first"):
            f"The article does not say how {second_giver} counted either: "
            + ("an official body's figure is still an estimate someone made, not a settled count."
               if official else "a second figure answers the first, it does not settle the count."),
        f"The true number is halfway between the two, about {int(middle):,}":
            "Splitting the difference between two estimates gives a third guess, not a count: nothing in the "
            "article says the truth lies in the middle.",
    }
    explanation = (f"The article gives {quoted(first_figure)} from {first_giver} and {quoted(second_figure)} from "
                   f"{second_giver} for the same count. When two sources disagree, a careful reader asks "
                   "who gives each figure, how it was reached and what each source gains from its number; the "
                   "article does not settle this, so neither figure should be taken as the true count.")
    question = choice(
        ctx, answer, list(feedback), id=f"rival-figures-{slugify(first_figure + ' ' + second_figure, 30)}",
        skill="numbers",
        prompt=(f"The article gives two figures for {what}: {quoted(first_figure)} from {first_giver} and "
                f"{quoted(second_figure)} from {second_giver}. What should a reader make of them?"),
        evidence=evidence, explanation=explanation, feedback=feedback, template="rival-figures",
    )
    return Candidate(question, 0.85 * ctx.centrality(first.start) + 0.05, f"figure:{first.data['figure']}")

