"""The article's central claim: its headline and the lead sentence that states it, and who
stands behind them. Headlines drop the source that the story below gives: a reader asks
whose claim the headline is before taking it as fact."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Sentence
from quiz.core.facts.sources import is_outlet
from quiz.core.facts.voice import EVALUATIVE, subjective_words
from quiz.core.generate.common import (
    Candidate, Context, capitalise, choice, mid_sentence, or_list, possessive, quoted, self_contained, slugify, stems,
)
from quiz.core.generate.uncertainty import HEADLINE_HEDGE

# The kinds of support a lead sentence can give its claim, as the student chooses them,
# by the reading layer's source_kind.
SUPPORT = {
    "named": "A person or organisation that it names",
    "unnamed": "People that it does not name",
    "document": "A study, report or other document",
    "outlet": "Another news organisation",
    "none": "No one: the writer states it as fact",
}
KIND_OF_SOURCE = {"named-person": "named", "named-organisation": "named", "unnamed": "unnamed", "vague": "unnamed",
                  "document": "document", "outlet": "outlet"}
WHAT_IT_IS = {
    "named": "a source it names",
    "unnamed": "people it does not name",
    "document": "a study or report",
    "outlet": "another news organisation",
}
# What a reader asks of each kind of source, once the lead has named it.
TO_ASK = {
    "named": "A reader can ask whether that source is in a position to know, and whether it has a stake in the claim.",
    "unnamed": "A reader cannot yet tell who they are or how they know: look for their names further down.",
    "document": "A reader can ask who did the work, and whether it says exactly what the headline says.",
    "outlet": "The writer passes on another outlet's report: a reader can ask whether anyone checked it.",
}
# Words that attribute a claim, for a lead the reading gave no source: with any of them the
# answer "no one" is unsure.
ATTRIBUTING = re.compile(r"\b(?:said|says|say|told|according|report(?:ed|edly)?|reports (?:that|say)|announc\w*|confirm\w*|claim\w*|"
                         r"stat(?:ed|es)|suggest\w*|estimat\w*|believ\w*|allege\w*|accus\w*|"
                         r"warn\w*|insist\w*|argu\w*|revealed?|reveals|publish\w*|sources?|shows?|showed|shown|figures|data|statistics|"
                         r"records|survey|study|poll|census)\b|\bfound that\b|[“”\"]", re.IGNORECASE)
# A headline that already names its source or asks: it claims nothing on its own word.
HEADLINE_ATTRIBUTED = re.compile(r":|\?|\b(?:says?|said|claims?|reports?|according|announces?|warns?|urges?|"
                                 r"suggests?|finds?|shows?|study|survey|poll)\b", re.IGNORECASE)
# A body a claim reaches the article through: "told Reuters", "according to the BBC".
THROUGH = re.compile(r"\b(?:told|tells|to|by|in|on)\s+(?:the\s+)?((?:[A-Z][\w.&’'-]*\s?){1,4})")
# A source described with the body it belongs to: "researchers at Monash University".
NAMES_BODY = re.compile(r"\b(?:by|from|of|at|with)\s+(?:the\s|[A-Z]|\w+(?:’s|'s)\s)")
# Bodies a sentence calls by a common noun: "Police said" names no one a reader could look up.
COMMON_BODIES = frozenset("police government council authorities army military court ministry department agency".split())


def lead_sentence(ctx: Context) -> Sentence | None:
    """The article's first sentence below the headline and dateline: the lead, which states
    the story's central claim. None when the opening is a heading or a list ("Summary")."""
    for sentence in ctx.article.sentences:
        text = sentence.text.strip()
        if ctx.heads_article(sentence):
            continue
        if len(text.split()) < 4:
            continue  # a heading such as "Summary"
        return sentence if len(text.split()) >= 8 else None
    return None


def _states_headline(title: str, lead: str) -> bool:
    """Whether the lead states the headline's claim: most of the headline's words are in it
    (half of a long headline, whose lead may leave out a second claim)."""
    words = stems(title)
    shared = len(words & stems(lead))
    return len(words) >= 3 and (shared >= max(3, 0.6 * len(words)) or shared >= max(4, 0.5 * len(words)))


# A passive with its doer: "was found on a street by someone", "were counted by volunteers".
PASSIVE_BY = re.compile(r"\b(?:is|are|was|were|has been|have been|had been)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|nd|t)\b[^.;:]*?\bby\b")


def headline_support(ctx: Context) -> Iterator[Candidate]:
    """'The headline says “X”. The first sentence says the same: “…”. On whose word does
    that sentence give the claim?' for news and reports of a study whose lead repeats the
    headline: a headline drops the source, the lead says whose claim it is (or that the
    outlet states it on its own word)."""
    if ctx.kind.kind not in ("news", "wire", "study", "fact-check"):
        return  # a release, a speech or an opinion piece is its publisher's own word by nature
    study = ctx.kind.kind == "study"
    title = " ".join(ctx.article.title.split())
    if not title or title.endswith(("…", "...")) or HEADLINE_ATTRIBUTED.search(title) or HEADLINE_HEDGE.search(title):
        return  # the headline already says whose claim it is, or does not state it as fact
    lead = lead_sentence(ctx)
    if lead is None or not _states_headline(title, lead.text):
        return
    if any(f.data.get("sentence_start") == lead.start and (f.kind == "sample" or _hedges_headline(ctx, f, title))
           for f in (*ctx.of_kind("sample"), *ctx.of_kind("uncertainty"))):
        return  # the lead is where the study's group or the hedge the headline drops is asked
    sources = [f for f in ctx.of_kind("source") if f.data.get("sentence_start") == lead.start]
    kinds = {KIND_OF_SOURCE.get(f.data["source_kind"]) for f in sources}
    if not sources:
        if study or ATTRIBUTING.search(lead.text) or ctx.of_kind("quote", sentence_start=lead.start):
            return  # an attribution the reading did not place, or a study's finding: the answer is unsure
        if PASSIVE_BY.search(lead.text):
            return  # "was found by someone who gave it to the CBC": someone is said to have found it
        key, support = "none", None
    elif (len(kinds) == 1 and None not in kinds and len(stems(sources[0].text) & stems(title)) >= 2
          and all(f.data.get("verb_kind") in ("say", "according", "phrase") for f in sources)):
        key, support = kinds.pop(), sources[0]
    else:
        return
    attribution = _attribution(ctx, support) if support is not None else ""
    if support is not None and not attribution:
        return
    speaker = support.data["speaker"] if support is not None else {}
    if set(re.findall(r"[a-z]+", f"{speaker.get('name') or ''} {speaker.get('description') or ''}".lower())) & COMMON_BODIES:
        return  # "Police said", "government figures": named or not, a body or its document, is a matter of opinion
    if key in ("unnamed", "document") and _names_someone(speaker.get("description") or ""):
        return  # "researchers at Monash University", "a Lancet study": it names a body too
    if key != "outlet" and any(is_outlet(m.group(1)) for m in THROUGH.finditer(lead.text)):
        return  # "officials told Reuters": the claim comes through a news organisation as well
    shown = " ".join(lead.text.split())
    if key == "none":
        explanation = ("The first sentence states the headline's claim with no source: no “said”, no “according "
                       "to”, no report. The writer states it in their own voice; to know how the writer knows, a "
                       "reader looks further down the article for a source.")
        feedback = dict.fromkeys(
            (label for kind, label in SUPPORT.items() if kind != key),
            "The sentence gives no source for the claim: it may name people or bodies, but no one is said to have "
            "said, found or reported it.")
    else:
        explanation = (f"The headline states the claim as fact, but the first sentence rests it on {attribution}: "
                       f"{WHAT_IT_IS[key]}. The headline leaves the source out. {TO_ASK[key]}")
        feedback = _support_feedback(key, attribution)
    answer = SUPPORT[key]
    distractors = list(feedback)
    yield Candidate(
        choice(
            ctx, answer, distractors, id=f"headline-support-{key}", skill="sourcing",
            prompt=(f"The headline says “{title}”. The article's first sentence makes the headline's claim: "
                    f"{quoted(shown)} On whose word does that sentence give the claim?"),
            evidence=lead.text,
            explanation=explanation,
            feedback=feedback,
            template="headline-support",
        ),
        0.8 if key != "none" else 0.75, "headline-support",
    )


def _support_feedback(key: str, attribution: str) -> dict[str, str]:
    """Why each other kind of support is wrong, when the lead rests its claim on `attribution`.
    A news organisation is a named body too: for that key, "one that it names" is not offered."""
    rests = f"The sentence rests the claim on {attribution}"
    feedback = {
        "named": f"{rests}: {WHAT_IT_IS[key]}. It names no person or body as its source.",
        "unnamed": f"{rests}: {WHAT_IT_IS[key]}, not people it leaves unnamed.",
        "document": f"{rests}: {WHAT_IT_IS[key]}. It points to no study, report or document.",
        "outlet": f"{rests}: {WHAT_IT_IS[key]}. It names no news organisation as the source.",
        "none": f"The sentence does give a source: {attribution}.",
    }
    return {SUPPORT[kind]: words for kind, words in feedback.items() if kind != key and not (key == "outlet" and kind == "named")}


def _names_someone(description: str) -> bool:
    """Whether a source's description names a person or body as well: 'researchers at Monash
    University', 'a Lancet study'; a place it was done in ('a trial in Amsterdam') names no one."""
    rest = re.sub(r"\bin\s+[A-Z][\w-]*", "", description)
    return bool(NAMES_BODY.search(rest) or re.search(r"(?<!^)(?<![.!?]\s)\b[A-Z]", rest.strip()))


def _hedges_headline(ctx: Context, fact, title: str) -> bool:
    """Whether an uncertainty in the lead touches the headline's claim, not an aside such as
    the reason for it ("…, apparently because the country was unhappy")."""
    start, end = fact.data.get("clause_start", fact.start), fact.data.get("clause_end", fact.end)
    return fact.data.get("uncertainty_kind") != "hedge" or len(stems(ctx.article.text[start:end]) & stems(title)) >= 1


def _attribution(ctx: Context, source) -> str:
    """'“researchers”', '“Results from a randomized clinical trial”': the source's words,
    quoted, when the sentence writes them beside their verb ("researchers say"), or ''."""
    text = ctx.article.text
    lead_start = source.data["sentence_start"]
    lead = text[lead_start : source.data["sentence_end"]]
    description = (source.data["speaker"].get("description") or source.data["speaker"].get("name") or "").strip()
    verb = (source.data.get("verb") or "").strip()
    if not description or not verb:
        return ""
    for pattern in (rf"{re.escape(description)}\s+{re.escape(verb)}\b", rf"{re.escape(verb)}\s+(?:to\s+)?{re.escape(description)}"):
        if re.search(pattern, lead):
            return quoted(description)  # the source alone: "rests it on “X confirm”" would read a clause as a noun
    return ""


# Comparatives that measure a change ("sleep better") more than they judge.
DEGREE_WORDS = frozenset("better worse more less most least".split())


def headline_word(ctx: Context) -> Iterator[Candidate]:
    """'The headline says “Electrocautery Superior to …”. Whose word is “superior”?' for a
    word in the headline that judges, when no one the article quotes uses it: the headline
    gives the writer's own verdict as if it were news."""
    # Not in a release: it quotes few or none, so its "whose word" choices are ruled out on
    # sight, and the answer would print that of the publisher question.
    if ctx.kind.kind not in ("news", "wire", "study", "fact-check"):
        return
    title = " ".join(ctx.article.title.split())
    if not title or HEADLINE_ATTRIBUTED.search(title.split(":")[-1]) or "'" in title or "‘" in title or '"' in title:
        return  # a headline that names its source or quotes someone has another owner for its words
    people = [s for s in ctx.speakers.values() if s.named and s.kind in ("person", "organisation")]
    if len(people) < 2:
        return
    lexicon = subjective_words()
    for word in dict.fromkeys(re.findall(r"[A-Za-z][a-z’'-]+", title)):
        lower = word.lower()
        if lower in DEGREE_WORDS or not (lower in EVALUATIVE or lower in lexicon) or not _writers_own(ctx, lower):
            continue
        if re.search(rf"(?<=[a-z,;] ){re.escape(lower.capitalize())}\b", ctx.article.text[len(ctx.article.title):]):
            continue  # "the County Fair": part of a name, not a judgement
        answer = "The writer of the article, in their own voice"
        explanation = (f"No one the article quotes uses the word “{lower}”: it is the writer's own verdict, put "
                       "in the headline as if it were news. A reader asks what in the article backs it up"
                       + (", and whether every result does." if ctx.kind.kind == "study" else "."))
        feedback = {capitalise(s.label): f"{s.key} is quoted in the article, but never uses the word “{lower}”."
                    for s in people[:3]}
        yield Candidate(
            choice(
                ctx, answer, list(feedback), id=f"headline-word-{slugify(lower, 16)}", skill="loaded-language",
                prompt=f"The headline says “{title}”. Whose word is “{lower}”?",
                evidence=ctx.article.title,
                explanation=explanation,
                feedback=feedback,
                template="headline-word",
            ),
            0.8, "headline-word",
        )
        return  # one word of a headline is enough to ask about


def _writers_own(ctx: Context, word: str) -> bool:
    """Whether a word is nowhere in the article's body inside quotation marks or in a
    sentence that reports someone's words: only the writer uses it."""
    text = ctx.article.text
    body = len(ctx.article.title)
    claims = ctx.of_kind("quote")
    for found in re.finditer(rf"\b{re.escape(word)}(?:s|ly|al|ally)?\b", text[body:], re.IGNORECASE):
        at = body + found.start()
        sentence = ctx.article.sentence_at(at)
        if sentence is None or re.search(r"[“”\"]", sentence.text):
            return False
        if any(q.data.get("sentence_start") == sentence.start or q.start <= at < q.end for q in claims):
            return False
    return True


# A word or short phrase the headline puts in quotation marks, in lower case (a capital
# marks a name or a slogan, which is another question).
QUOTED_IN_TITLE = re.compile(r"(?:^|[\s(:])['‘\"“]([a-z][a-z’' -]{2,40}?)['’\"”](?=[\s,.:;!?)]|$)")


def headline_quoted(ctx: Context) -> Iterator[Candidate]:
    """'The headline puts “streamlined” in quotation marks. What does that tell the
    reader?' when the article's body gives the word in quotation marks too: the word is
    borrowed from the people the story is about, and the headline keeps it at arm's length."""
    title = " ".join(ctx.article.title.split())
    found = QUOTED_IN_TITLE.search(title)
    if not title or found is None or len(found.group(1).split()) > 4:
        return
    word = found.group(1).strip()
    stem = word if len(word) < 7 or " " in word else word[:-2]  # "streamlined" and "streamline"
    text, body = ctx.article.text, len(ctx.article.title)
    uses = list(re.finditer(rf"\b{re.escape(stem)}\w*", text[body:], re.IGNORECASE))
    if not uses or any(not m.group()[:1].islower() for m in uses):
        return  # not in the body, or written there as a name
    quoted_use = next((m for m in uses if re.match(r"[“\"‘']", text[body + m.start() - 1 : body + m.start()])), None)
    if quoted_use is None:
        return  # the body never marks the word as borrowed: whose it is stays unsure
    at = body + quoted_use.start()
    sentence = ctx.article.sentence_at(at)
    if sentence is None or not self_contained(sentence.text, strict=False):
        return
    owner = _owner_at(ctx, at)
    in_body = quoted_use.group()
    whose = f"{possessive(mid_sentence(owner))} word" if owner else "a word from the people the article reports on"
    answer = "The word is someone else's, and the writer does not vouch for it"
    feedback = {
        f"The writer stresses that it really is {word}": (
            "Quotation marks around a word do not stress it: they show that the word is borrowed, and keep it at "
            "arm's length."),
        "It is the name of something, so it goes in quotation marks": (
            f"The article writes “{in_body}” in lower case, as a word that describes, not as a name."),
        "It marks a word the writer uses in its plain, usual sense": (
            "A word used in its plain sense by the writer needs no quotation marks; these set it apart as "
            "someone else's."),
    }
    yield Candidate(
        choice(
            ctx, answer, list(feedback), id=f"headline-quoted-{slugify(word, 16)}", skill="loaded-language",
            prompt=f"The headline says “{title}”. Why is “{word}” in quotation marks?",
            evidence=sentence.text,
            explanation=(f"Further down, the article puts “{in_body}” in quotation marks again: it is {whose}, "
                         "not the writer's. The headline keeps the word at arm's length, so a reader can ask whether "
                         "it is a fair description."),
            feedback=feedback,
            template="headline-quoted",
        ),
        0.8, "headline-quoted",
    )


def _owner_at(ctx: Context, at: int) -> str | None:
    """Whose words stand at an offset: the speaker of a quotation or reported statement
    around it, as the questions label them; None when the reading gives none."""
    for fact in ctx.of_kind("quote"):
        if fact.start <= at < fact.end:
            return ctx.label(fact.data["speaker"])
    for fact in ctx.of_kind("loaded", loaded_kind="scare-quote"):
        if fact.start <= at < fact.end and fact.data.get("owner"):
            return ctx.label(fact.data["owner"])
    return None


# A headline that hands its claim to other outlets: "Reports: …", "… reportedly …".
REPORTS_HEADLINE = re.compile(r"^(?:Reports?|Media reports?)\s*:\s*|\breportedly\b", re.IGNORECASE)


# Words that show an outlet in its sentence as the source of what it says.
REPORTING = re.compile(r"\b(?:told|tells|report\w*|according to|cited|cites|says|said|quoted|quotes|writes|wrote)\b")


def headline_reports(ctx: Context) -> Iterator[Candidate]:
    """'The headline begins “Reports:”. What does that tell a reader?' when the article
    names two or more other news organisations: the claim is theirs, passed on."""
    title = " ".join(ctx.article.title.split())
    cue = REPORTS_HEADLINE.search(title)
    if not title or cue is None:
        return
    named = [(f.start, f.data["name"]) for f in ctx.of_kind("mention")]
    named += [(f.start, f.data["speaker"].get("name")) for f in ctx.of_kind("source") if f.data["speaker"].get("named")]
    outlets = list(dict.fromkeys(name for start, name in sorted(named, key=lambda item: item[0])
                                 if name and start > len(ctx.article.title) and is_outlet(name)
                                 and REPORTING.search(ctx.article.sentence_at(start).text)))
    if len(outlets) < 2:
        return  # the article does not show whose reports they are
    word = cue.group().strip(" :")
    text = ctx.article.text
    # "the Guardian" as the article writes it, where it does.
    named = or_list([f"the {name}" if re.search(rf"\b[Tt]he {re.escape(name)}\b", text) else name for name in outlets[:4]], "and")
    answer = "Its claims come from other news organisations' reports, passed on"
    feedback = {
        "The writer saw the events and checked every fact first-hand": (
            f"“{word}” hands the claim to others: the article names {named}, news organisations whose reports it "
            "passes on."),
        "It is the text of an official report": (
            f"It is a news story about what others reported; the reports it names are by {named}."),
    }
    yield Candidate(
        choice(
            ctx, answer, list(feedback), id="headline-reports", skill="sourcing",
            prompt=f"The headline says “{title}”. What does “{word}” tell a reader about the story?",
            evidence=ctx.article.title,
            explanation=(f"“{word}” says that the headline's claim is what others reported. The article names {named}: "
                         "the writer passes their reports on, so a reader can ask which fact comes from which outlet, "
                         "and whether they agree."),
            feedback=feedback,
            template="headline-reports",
        ),
        0.8, "headline-reports",
    )
