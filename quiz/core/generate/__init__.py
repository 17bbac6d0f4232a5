"""Facts -> questions. Each template turns one kind of fact into questions of one skill.

Every question carries its evidence (a verbatim span of the article), a plain-words
explanation, and distractors drawn from the same article. Candidates are capped per
template and per fact, then chosen round robin over the skills so that a quiz
exercises all of them; the result is deterministic for a given seed.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

from quiz.core.article import parse_article
from quiz.core.domain import DEFAULT_MAX_QUESTIONS, QUESTION_TYPES, SKILLS, Article, Fact, Pack, PackArticle, Question
from quiz.core.facts import extract_facts
from quiz.core.generate import attribution, context, language, numbers, opinion, sourcing, uncertainty
from quiz.core.generate.common import Context, Template, slugify

MAX_PER_SENTENCE = 3


class TemplateSpec(NamedTuple):
    name: str
    fact_kind: str
    build: Template
    limit: int  # at most this many questions from the template per article
    per_turn: int = 1  # how many it may add each time its skill has a turn
    latest_first: bool = False  # start from the end of the article, to spread questions out
    point: str = ""  # templates sharing a point never both ask about one passage
    prefer: Callable[[Fact], object] | None = None  # order the facts best first


# In order of preference within each skill.
TEMPLATES = (
    TemplateSpec("number-gap", "number", numbers.number_gap, 4, per_turn=3, point="figure"),
    TemplateSpec("comparison-sum", "comparison", numbers.comparison_sum, 1),
    TemplateSpec("number-qualifier", "number", numbers.number_qualifier, 1),
    TemplateSpec("number-typed", "number", numbers.number_typed, 1, latest_first=True, point="figure"),
    TemplateSpec("comparison-check", "comparison", numbers.comparison_check, 1),
    TemplateSpec("number-statement", "number", numbers.number_statement, 1, latest_first=True, point="figure"),
    TemplateSpec("quote-speaker", "quote", attribution.quote_speaker, 2, point="speaker"),
    TemplateSpec("paraphrase-speaker", "quote", attribution.paraphrase_speaker, 2),
    TemplateSpec("quote-speaker-typed", "quote", attribution.quote_speaker_typed, 1, latest_first=True, point="speaker"),
    TemplateSpec("paraphrase-not-quote", "quote", attribution.paraphrase_not_quote, 1),
    TemplateSpec("source-kind", "source", sourcing.source_kind, 1, prefer=sourcing.kind_rank),
    TemplateSpec("second-hand", "source", sourcing.second_hand, 1),
    TemplateSpec("anonymous-unnamed", "source", sourcing.anonymous_unnamed, 1, point="unnamed"),
    TemplateSpec("sources-multi", "source", sourcing.sources_multi, 1),
    TemplateSpec("anonymous-evidence", "source", sourcing.anonymous_evidence, 1, point="unnamed"),
    TemplateSpec("unclear-statement", "uncertainty", uncertainty.unclear_statement, 2),
    TemplateSpec("pending", "uncertainty", uncertainty.pending, 1),
    TemplateSpec("conditional", "uncertainty", uncertainty.conditional, 1),
    TemplateSpec("unexplained", "uncertainty", uncertainty.unexplained, 1),
    TemplateSpec("hedge", "uncertainty", uncertainty.hedge, 1),
    TemplateSpec("prediction-status", "prediction", uncertainty.prediction_status, 1, point="prediction"),
    TemplateSpec("prediction", "prediction", opinion.prediction, 1, point="prediction"),
    TemplateSpec("fact-or-opinion", "assessment", opinion.fact_or_opinion, 1),
    TemplateSpec("assessment", "assessment", opinion.assessment, 2, point="judgement"),
    TemplateSpec("position", "position", opinion.position, 1),
    TemplateSpec("loaded-owner", "loaded", language.loaded_owner, 2),
    TemplateSpec("loaded-neutral", "loaded", language.loaded_neutral, 1),
    TemplateSpec("charged-word", "assessment", language.charged_word, 1),
    TemplateSpec("law-evidence", "context", context.law_evidence, 1),
    TemplateSpec("typical", "context", context.typical, 1),
    TemplateSpec("ruling", "context", context.ruling, 1),
    TemplateSpec("earlier-evidence", "context", context.earlier_evidence, 1),
    TemplateSpec("acronym", "*", context.acronym, 1),
)


TEMPLATE_ORDER = {spec.name: index for index, spec in enumerate(TEMPLATES)}
SPECS = {spec.name: spec for spec in TEMPLATES}


def candidate_questions(ctx: Context) -> list[Question]:
    """Every question every template can write, one per template and fact."""
    out = []
    for spec in TEMPLATES:
        facts = list(ctx.facts) if spec.fact_kind == "*" else ctx.of_kind(spec.fact_kind)
        if spec.prefer:
            facts = sorted(facts, key=spec.prefer)
        for fact in reversed(facts) if spec.latest_first else facts:
            out.extend(q for q in spec.build(fact, ctx) if well_formed(q))
    return out


def well_formed(question: Question) -> bool:
    """A last guard against a template's slip: at least three distinct choices, one of them the key."""
    if question.type == "choice":
        return len(question.choices) >= 3 and question.answer in question.choices
    if question.type == "multi":
        return len(question.choices) >= 3 and set(question.answer) < set(question.choices)
    return True


def choose(questions: list[Question], max_questions: int) -> list[Question]:
    """Round robin over the skills so that a short quiz still covers them all.

    Within a skill each template has its turn before any repeats. No template gives more
    than its limit, no prompt is asked twice, and no passage carries more than
    MAX_PER_SENTENCE questions. Every question type that was written gets a place.
    """
    positions: dict[str, int] = {}
    ranked = []
    for question in questions:
        positions[question.template] = positions.get(question.template, -1) + 1
        turn = positions[question.template] // SPECS[question.template].per_turn
        ranked.append(((turn, TEMPLATE_ORDER[question.template]), question))
    by_skill = {skill: [q for _, q in sorted((r for r in ranked if r[1].skill == skill), key=lambda r: r[0])] for skill in SKILLS}
    chosen: list[Question] = []
    per_template: dict[str, int] = {}
    per_sentence: dict[str, int] = {}
    prompts: set[str] = set()
    points: set[tuple[str, str]] = set()

    def point(question: Question) -> tuple[str, str]:
        """Questions that test the same thing about the same passage share a point."""
        return SPECS[question.template].point or question.template, question.evidence

    def fits(question: Question) -> bool:
        return (question.prompt not in prompts
                and question.id not in {q.id for q in chosen}
                and point(question) not in points
                and per_sentence.get(question.evidence, 0) < MAX_PER_SENTENCE
                and per_template.get(question.template, 0) < SPECS[question.template].limit)

    def take(question: Question) -> None:
        points.add(point(question))
        prompts.add(question.prompt)
        per_sentence[question.evidence] = per_sentence.get(question.evidence, 0) + 1
        per_template[question.template] = per_template.get(question.template, 0) + 1
        chosen.append(question)

    while len(chosen) < max_questions and any(by_skill.values()):
        for skill in SKILLS:
            while by_skill[skill] and len(chosen) < max_questions:
                question = by_skill[skill].pop(0)
                if fits(question):
                    take(question)
                    break
    for qtype in QUESTION_TYPES:  # a type left out for lack of room takes the place of a repeated type
        if any(q.type == qtype for q in chosen):
            continue
        missing = [q for q in questions if q.type == qtype and q.prompt not in prompts and point(q) not in points]
        if not missing or not chosen:
            continue
        newcomer = missing[0]
        # Only a question whose type and skill both appear again may make room.
        spare = [q for q in chosen if sum(c.type == q.type for c in chosen) > 1
                 and sum(c.skill == q.skill for c in chosen) > 1]
        if not spare:
            continue
        same_passage = [q for q in spare if q.evidence == newcomer.evidence]
        drop = (same_passage or spare)[-1]
        chosen.remove(drop)
        points.discard(point(drop))
        per_sentence[drop.evidence] -= 1
        take(newcomer)
    return chosen


def generate_questions(
    article: Article, seed: int = 0, max_questions: int = DEFAULT_MAX_QUESTIONS, facts: list[Fact] | None = None
) -> list[Question]:
    facts = extract_facts(article) if facts is None else facts
    ctx = Context(article, tuple(facts), random.Random(seed))
    chosen = choose(candidate_questions(ctx), max_questions)
    # A quiz reads the article from the top: order by where each answer lives.
    chosen.sort(key=lambda q: article.text.find(q.evidence))
    return _unique_ids(chosen)


def _unique_ids(questions: list[Question]) -> list[Question]:
    seen: dict[str, int] = {}
    unique = []
    for question in questions:
        count = seen.get(question.id, 0) + 1
        seen[question.id] = count
        unique.append(question if count == 1 else replace(question, id=f"{question.id}-{count}"))
    return unique


def generate_pack(
    text: str,
    *,
    title: str = "",
    article_title: str = "",
    source: str = "",
    file: str | None = None,
    seed: int = 0,
    max_questions: int = DEFAULT_MAX_QUESTIONS,
) -> Pack:
    article = parse_article(text, title=article_title, source=source)
    return pack_for(article, extract_facts(article), title=title, file=file, seed=seed, max_questions=max_questions)


def pack_for(
    article: Article,
    facts: list[Fact],
    *,
    title: str = "",
    file: str | None = None,
    seed: int = 0,
    max_questions: int = DEFAULT_MAX_QUESTIONS,
) -> Pack:
    """A pack of questions on `article` from facts already extracted from it."""
    questions = generate_questions(article, seed=seed, max_questions=max_questions, facts=facts)
    pack_title = title or f"Reading the news: {article.title}"
    return Pack(
        id=slugify(pack_title, 60),
        title=pack_title,
        article=PackArticle(text=article.text, title=article.title, source=article.source, file=file),
        questions=tuple(questions),
        authors=("Evidence Quiz generator",),
    )


__all__ = ["DEFAULT_MAX_QUESTIONS", "TEMPLATES", "generate_pack", "generate_questions", "pack_for", "slugify"]
