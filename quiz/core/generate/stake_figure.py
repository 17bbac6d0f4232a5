"""A figure given by the body whose plan the story is about: the council that intends to
shut a school gives its deficit, the health board that plans to move an A&E gives the share
of minor cases. The body has a stake in how the figure looks; a careful reader notes whose
figure backs whose case, and looks for a check on it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact
from quiz.core.generate.common import Candidate, Context, choice, quoted, self_contained, slugify, speaker_of
from quiz.core.generate.rival_figures import OFFICIAL

# The bodies a story's plan is most often a body's: the word a reader knows it by.
BODY_HEAD = re.compile(r"\b(council|board|trust|authority|ministry|department|government|company|firm|university|"
                       r"school|club|agency|commission|operator|developer)\b", re.IGNORECASE)
# Words of what is to come, beside which a choice "it is a forecast" could be defended.
NOT_A_COUNT = re.compile(r"\b(?:will|would|could|expects?|expected|forecasts?|projected|target|aims?|plans?|save)\b",
                         re.IGNORECASE)
# A plan's words cut before their end ("shut St Mary's school in"): not fit for a choice.
CUT = re.compile(r"\s(?:in|on|at|to|of|for|by|with|from|and|the|a|an)$")
MAX_SENTENCE_WORDS = 40


def stake_figure(ctx: Context) -> Iterator[Candidate]:
    """'“The council said the school was running a deficit of £180,000.” What should a reader
    keep in mind about the figure?', keyed on the council's own plan to shut it."""
    if ctx.kind.kind in ("press-release", "speech", "interview", "opinion"):
        return  # the text's own voice: publisher-stake, own-record and the like ask who speaks
    for fact in ctx.of_kind("number"):
        body = _body_of(fact)
        if body is None or fact.data["time"] != "count" or fact.data.get("in_range"):
            continue
        sentence = ctx.sentence(fact)
        if len(sentence.split()) > MAX_SENTENCE_WORDS or not self_contained(sentence):
            continue
        plan = _plan_of(ctx, body, fact)
        if plan is None:
            continue
        yield _question(ctx, fact, body, plan)
        return  # one a pack: a second figure from the same side is the same lesson


def _body_of(fact: Fact) -> str | None:
    """The head word of the body a figure's sentence says gives it: "council" of "The council"."""
    source = fact.data.get("source") or {}
    speaker = speaker_of(source)
    if source.get("kind") == "person" or speaker is not None and speaker.kind == "person":
        return None  # a person's figure: interested-source asks about people tied to a body
    match = BODY_HEAD.search(source.get("description") or source.get("name") or "")
    return match.group(1).lower() if match else None


def _full_name(fact: Fact, body: str) -> str | None:
    """The body's name where the figure's sentence gives more than its head word:
    "Harlow Council" of "Harlow Council said", None of "The council said"."""
    source = fact.data.get("source") or {}
    name = re.sub(r"^[Tt]he\s+", "", (source.get("name") or source.get("description") or "").strip())
    match = re.search(rf"(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and)\s+)?)+(?i:{body})\b", name)
    return match.group(0) if match else None


def _plan_of(ctx: Context, body: str, fact: Fact) -> tuple[Fact, str] | None:
    """The body's plan in another sentence ("Northfield County Council announced that it
    intends to shut the school"), with the sentence: in the figure's own sentence the answer
    would stand in the prompt."""
    for aim in ctx.of_kind("uncertainty", uncertainty_kind="aim"):
        if aim.data.get("aim") != "planned" or aim.data["sentence_start"] == fact.data["sentence_start"] or ctx.in_title(aim):
            continue  # a headline's plan has no body to name as its actor
        action = _whole(ctx, aim)
        if aim.data.get("quoted") or not action or CUT.search(action) or len(action.split()) > 12:
            continue
        actor = ctx.article.text[aim.data["sentence_start"] : aim.start]
        if not re.search(rf"\b{body}\b", actor, re.IGNORECASE) or re.search(r"[“”\"]", actor):
            continue  # the plan must be the same body's, in the writer's words
        full = _full_name(fact, body)
        if full and full.lower() not in actor.lower():
            continue  # "Essex County Council" gives the figure, "Harlow Council" has the plan
        if not _about_the_plan(ctx, fact, aim, action):
            continue  # "the council repaired 1,200 potholes" says nothing of its plan to close libraries
        return aim, action
    return None


# Words too common to tie a figure to a plan.
COMMON_WORDS = frozenset("that this these those which with from have been were their they them said says than more less "
                         "will would could should last next year years month months week weeks also into about over "
                         "under after before some other what when while only just".split())


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z’'-]{3,}", text)} - COMMON_WORDS


def _about_the_plan(ctx: Context, fact: Fact, aim: Fact, action: str) -> bool:
    """Whether the figure bears on the plan: its sentence shares a word with the plan's action
    ("the pool lost £240,000" and "close the Riverside swimming pool"), or stands in the plan's
    paragraph."""
    if _paragraph(ctx, aim.data["sentence_start"]) == _paragraph(ctx, fact.data["sentence_start"]):
        return True
    body_words = set(BODY_HEAD.findall(action.lower()))
    return bool((_words(ctx.sentence(fact)) & _words(action)) - body_words)


def _paragraph(ctx: Context, offset: int) -> int | None:
    return next((s.paragraph for s in ctx.article.sentences if s.start <= offset < s.end), None)


def _whole(ctx: Context, aim: Fact) -> str:
    """The plan's action, with the name the reading cut it before ("shut St Mary's school in" +
    "Bramley")."""
    action = (aim.data.get("action") or "").strip()
    if CUT.search(action):
        name = re.match(r"\s+((?:[A-Z][\w’'-]*\s?)+)", ctx.article.text[aim.end :])
        if name:
            action = f"{action} {name.group(1).strip()}"
    return action


def _question(ctx: Context, fact: Fact, body: str, plan: tuple[Fact, str]) -> Candidate:
    aim, action = plan
    text = ctx.article.text
    sentence = ctx.sentence(fact)
    the_body = f"the {body}"
    plans = aim.data["phrase"].split(" to ")[0]  # "plans", "intends", "is planning"
    plan_sentence = text[aim.data["sentence_start"] : aim.data["sentence_end"]].strip()
    plan = f"{plans} to {action}"
    answer = f"It comes from {the_body}, which {plan}: a side with a stake in how the figure looks"
    feedback = {
        f"It comes from {the_body}, which has no part in the plan to {action}, so it is an outside view":
            f"The article says {the_body} {plan}: it is the side that wants the change, not an outsider.",
        f"It comes from {the_body}, which {plan}, so the figure must be false":
            "A figure from a side with a stake is not false for that: it needs a check from someone outside the "
            "plan, not to be thrown out.",
    }
    if not NOT_A_COUNT.search(sentence):  # only where nothing in the sentence speaks of what is to come
        feedback["It is a forecast of what may happen, not a count of what has happened"] = (
            f"The sentence gives {fact.data['figure']} as what is so now: the reason for care is whose figure it is.")
    elif OFFICIAL.search(the_body):
        feedback[f"It comes from {the_body}, an official body, so it needs no checking"] = (
            f"An official body's figure can still be picked or framed to back its own case, and {the_body} {plan}.")
    explanation = (f"The figure {quoted(fact.text)} comes from {the_body}, and the article says elsewhere that {the_body} "
                   f"{plan}. A figure from the side that wants a change may be true, but it is given to make its case: "
                   "a careful reader looks for someone outside the plan who could check it.")
    question = choice(
        ctx, answer, list(feedback), id=f"stake-figure-{slugify(fact.text, 20)}", skill="sourcing",
        prompt=f"{quoted(sentence)} What should a reader keep in mind about the figure {quoted(fact.text)}?",
        evidence=plan_sentence, explanation=explanation, feedback=feedback, template="stake-figure",
    )
    return Candidate(question, 0.8 * ctx.centrality(fact.start) + 0.05, f"figure:{fact.data['figure']}")
