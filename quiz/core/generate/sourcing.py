"""Questions of the sourcing skill: where information comes from, named or not, first- or second-hand."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.facts.common import NAME, SPEECH_VERB
from quiz.core.generate.common import Context, capitalise, clip, describe_source, quoted, shuffled, slugify

KINDS = {
    "anonymous": "An anonymous source: the article does not give a name",
    "named": "A named person",
    "document": "A document, such as a report or a study",
    "second-hand": "Another news organisation that reported it first",
    "organisation": "An organisation speaking as a whole",
}
_NOT_WITH = {"second-hand": "organisation", "organisation": "second-hand"}
WHY = {
    "anonymous": "The article does not say who this is, so readers cannot check the source for themselves.",
    "named": "The article names the person, so readers can judge who is speaking.",
    "document": "The information comes from a written document, not from a person speaking.",
    "second-hand": "The article passes on what another news organisation reported: it is second-hand.",
    "organisation": "The information is credited to an organisation, not to a named person.",
}


def kind_rank(fact: Fact) -> int:
    """Unnamed and second-hand sources teach the most; a named person the least."""
    return ["anonymous", "second-hand", "document", "organisation", "named"].index(fact.data["source_kind"])


def source_kind(fact: Fact, context: Context) -> Iterator[Question]:
    kind = fact.data["source_kind"]
    who = fact.data["who"]
    wrong = [k for k in KINDS if k not in (kind, _NOT_WITH.get(kind))][:3]
    sentence = context.sentence_text(fact)
    yield Question(
        id=f"source-kind-{slugify(who)}",
        type="choice",
        skill="sourcing",
        prompt=f"The article says: {quoted(clip(sentence, 30))}\nWhat kind of source is {quoted(who)}?",
        choices=shuffled(context.rng, KINDS[kind], [KINDS[k] for k in wrong]),
        answer=KINDS[kind],
        evidence=sentence,
        explanation=WHY[kind],
        template="source-kind",
    )


def _mid_sentence(who: str) -> str:
    """'The official' -> 'the official', to stand inside a sentence; names keep their capitals."""
    return re.sub(r"^(?:A|An|The)\s", lambda m: m.group().lower(), who)


def anonymous_unnamed(fact: Fact, context: Context) -> Iterator[Question]:
    if fact.data["source_kind"] != "anonymous" or not fact.data.get("anonymity"):
        return
    who = _mid_sentence(fact.data["who"])
    yield Question(
        id=f"named-{slugify(who)}",
        type="truefalse",
        skill="sourcing",
        prompt=f"True or false? The article tells us the name of {who}.",
        answer=False,
        evidence=context.article.text[fact.start : fact.end],
        explanation=(
            f"The article says {who} {fact.data['anonymity']}: they agreed to talk only if their name was left out. "
            "Readers have to trust the reporter, because they cannot check the source themselves."
        ),
        template="anonymous-unnamed",
    )


def anonymous_evidence(fact: Fact, context: Context) -> Iterator[Question]:
    if fact.data["source_kind"] != "anonymous" or not fact.data.get("anonymity"):
        return
    who = _mid_sentence(fact.data["who"])
    yield Question(
        id=f"find-why-unnamed-{slugify(who)}",
        type="evidence",
        skill="sourcing",
        prompt=f"Select the sentence that tells you why the article does not name {who}.",
        answer=None,
        evidence=context.sentence_text(fact),
        explanation=f"This sentence says {who} {fact.data['anonymity']}.",
        template="anonymous-evidence",
    )


def second_hand(fact: Fact, context: Context) -> Iterator[Question]:
    """'..., McLaughlin said, according to the Associated Press': whose report the quote comes through."""
    if fact.data["source_kind"] != "second-hand" or not fact.data["who"].lower().startswith(("the ", "a")):
        return
    quotes = [q for q in context.of_kind("quote") if q.data.get("speaker") and q.data.get("speaker_kind") == "person"
              and q.data["sentence_start"] <= fact.start < q.data.get("last_sentence_end", q.data["sentence_end"])]
    if not quotes:
        return
    speaker = quotes[0].data["speaker"]
    outlet = capitalise(describe_source(fact.data["who"], "second-hand"))
    answer = f"{outlet}, another news organisation"
    distractors = [
        "An interview with this article's own reporter",
        f"A post by {speaker} on social media",
        "The article does not say",
    ]
    yield Question(
        id=f"via-{slugify(fact.data['who'])}",
        type="choice",
        skill="sourcing",
        prompt=f"Where does the article say {speaker}’s quoted words come from?",
        choices=shuffled(context.rng, answer, distractors),
        answer=answer,
        evidence=context.sentence_text(fact),
        explanation=(
            f"The article adds “{context.article.text[fact.start:fact.end]}”: it did not hear {speaker} itself "
            f"but passes on what {outlet} reported. That makes the quote second-hand."
        ),
        template="second-hand",
    )


INSTITUTION_WORDS = (
    "Department|Ministry|Agency|Office|Police|Patrol|Court|Council|Commission|Administration|Institute|"
    "University|Corporation|Company|Committee|Organization|Organisation|Association|Foundation|Service|"
    "Bank|Board|Authority|Bureau|Command|Army|Navy|Guard|Society|Center|Centre|Group|Fund|Program|Programme"
)
_ORG = re.compile(
    r"\b(?:the\s+)?(?:[A-Z][\w’'-]+\s+)*?(?:" + INSTITUTION_WORDS + r")(?:\s+(?:of|for|and|on)\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)?\b"
    r"|\bthe\s+Pentagon\b|\bthe\s+White\s+House\b"
)


@functools.cache
def _organisations(text: str) -> tuple[str, ...]:
    found: list[str] = []
    for match in _ORG.finditer(text):
        name = " ".join(match.group().split())
        if len(name.split()) < 2 or re.search(r"[)&]\s*$", text[max(0, match.start() - 3) : match.start()]):
            continue  # a fragment of a longer name: "(ERA) Program and State & ..."
        bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        if bare[:1].isupper() and not any(bare.lower() in f.lower() for f in found):
            found.append(bare)
    return tuple(found)


def organisations(context: Context) -> list[str]:
    """Organisations the article mentions, each once, as written on first mention."""
    return list(_organisations(context.article.text))


_AFFILIATION = re.compile(rf"{NAME}(?:,[ \t]*[A-Z][\w.]*)*,?[ \t]+(?:of|from|at)[ \t]+(?:the[ \t]+)?$")
# A speech verb soon after a name, in the same sentence: "Border Patrol agents said".
_SPEECH_SOON = re.compile(rf"[^.]{{0,40}}\b(?:{SPEECH_VERB})\b")


def _starts_of(name: str, text: str) -> Iterator[int]:
    """Where `name` occurs in `text`, without overlaps; plain search, as compiling a pattern
    for each name took longer than the search."""
    at = text.find(name)
    while at >= 0 and name:
        yield at
        at = text.find(name, at + len(name))


def _is_source(name: str, context: Context) -> bool:
    """Whether an organisation speaks in the article, is named with one who does (an
    affiliation such as "Mark Gilbert of the University of Texas"), or stands in a role."""
    text = context.article.text
    for fact in context.of_kind("source"):
        passage = " ".join(s.text for s in context.article.sentences_over(fact.start, fact.end))
        if name in passage and fact.data["source_kind"] in ("named", "organisation"):
            return True
    for at in _starts_of(name, text):
        if _AFFILIATION.search(text, max(0, at - 120), at):
            return True  # someone's affiliation: "Gregory Cairncross, M.D., of the University of Calgary"
    words = {w for w in re.findall(r"[A-Z][\w’'-]+", name) if w not in ("Department", "Office", "The")}
    acronym = "".join(w[0] for w in name.split() if w[:1].isupper())
    for label in (*context.source_labels, *context.source_labels.values()):
        if words & set(re.findall(r"[A-Z][\w’'-]+", label)) or (len(acronym) > 1 and acronym in label):
            return True
    return any(_SPEECH_SOON.match(text, at + len(name)) for at in _starts_of(name, text))


def sources_multi(fact: Fact, context: Context) -> Iterator[Question]:
    """Which of these does the article use as sources? (one question per article)"""
    if fact is not context.of_kind("source")[0]:
        return
    correct: list[str] = []
    for label in (capitalise(label) for label in context.source_labels.values()):
        words = set(label.lower().split()) - {"the", "a", "an"}
        if not any(words <= set(c.lower().split()) or set(c.lower().split()) - {"the", "a", "an"} <= words for c in correct):
            correct.append(label)  # "The Administration" and "The Biden-Harris Administration" are one source
    correct = correct[:3]
    distractors = [capitalise(o if o.lower().startswith("the ") else f"the {o}" if " of " in o or o.endswith(("Patrol", "Pentagon")) else o)
                   for o in organisations(context) if not _is_source(o, context)][:2]
    if len(correct) < 2 or len(distractors) < 2:
        return
    choices = list(shuffled(context.rng, correct[0], correct[1:] + distractors))
    yield Question(
        id="sources-used",
        type="multi",
        skill="sourcing",
        prompt="Which of these does the article use as a source of information? Choose all that apply.",
        choices=tuple(choices),
        answer=[c for c in choices if c in correct],
        evidence=context.sentence_text(fact),
        explanation=(
            "The article gets its information from " + "; ".join(correct) + ". "
            + " and ".join(distractors) + " are mentioned, but the article does not report anything they said."
        ),
        template="sources-multi",
    )
