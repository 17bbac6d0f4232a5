"""Facts -> questions. Each template turns one kind of fact into questions of one skill.

Every question carries its evidence (a verbatim span of the article), a plain-words
explanation, and distractors drawn from the same article. Results are deterministic
for a given seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from quiz.core.article import parse_article
from quiz.core.domain import Article, Fact, Pack, PackArticle, Question
from quiz.core.facts import extract_facts

DEFAULT_MAX_QUESTIONS = 12
_PRONOUN_START = re.compile(r"(?:It|Its|He|His|She|Her|They|Their|This|That|These|Those|We|I)\b")


@dataclass(frozen=True)
class Context:
    article: Article
    facts: tuple[Fact, ...]
    rng: random.Random

    def of_kind(self, kind: str) -> list[Fact]:
        return [fact for fact in self.facts if fact.kind == kind]


Template = Callable[[Fact, Context], Iterator[Question]]


def slugify(text: str, limit: int = 40) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "item"


def _shuffled(rng: random.Random, answer: str, distractors: list[str]) -> tuple[str, ...]:
    choices = [answer, *distractors]
    rng.shuffle(choices)
    return tuple(choices)


def _sentence_text(article: Article, fact: Fact) -> tuple[int, int, str]:
    start, end = fact.data["sentence_start"], fact.data["sentence_end"]
    return start, end, article.text[start:end]


# ---------------------------------------------------------------- numbers


def _describe_figure(fact: Fact) -> str:
    counts = fact.data["counts"]
    return f"{fact.data['figure']} is the figure for {counts}" if counts else f"{fact.data['figure']} is another figure in the article"


def _figure_distractors(fact: Fact, context: Context, count: int = 3) -> list[Fact]:
    """Other figures of the same unit, none equal in value to the answer."""
    seen = {fact.data["value"]}
    picked = []
    for other in context.of_kind("number"):
        value = other.data["value"]
        if value in seen or other.data["unit"] != fact.data["unit"]:
            continue
        seen.add(value)
        picked.append(other)
    context.rng.shuffle(picked)
    return picked[:count]


def number_gap(fact: Fact, context: Context) -> Iterator[Question]:
    """'Which figure fills the gap?' over the sentence that gives the figure."""
    others = _figure_distractors(fact, context)
    if len(others) < 2:
        return
    start, end, sentence = _sentence_text(context.article, fact)
    figure = fact.data["figure"]
    local = fact.data["figure_start"] - start
    gapped = sentence[:local] + "___" + sentence[fact.data["figure_end"] - start :]
    counted = fact.data["counts"] or "this figure"
    explanation = (
        f"The article gives {figure} for {counted}. "
        + " ".join(f"{_describe_figure(o)}, a different thing." for o in others)
    )
    yield Question(
        id=f"figure-{slugify(counted)}",
        type="choice",
        skill="numbers",
        prompt=f"Which figure fills the gap?\n“{gapped}”",
        choices=_shuffled(context.rng, figure, [o.data["figure"] for o in others]),
        answer=figure,
        evidence=sentence,
        explanation=explanation,
        feedback={o.data["figure"]: f"{_describe_figure(o)}, not the one in this sentence." for o in others},
        template="number-gap",
    )


def number_statement(fact: Fact, context: Context) -> Iterator[Question]:
    """True or false: the sentence as written, or with another of the article's figures."""
    start, end, sentence = _sentence_text(context.article, fact)
    if _PRONOUN_START.match(sentence) or not sentence.endswith("."):
        return
    others = _figure_distractors(fact, context, count=1)
    truth = context.rng.random() < 0.5 or not others
    figure = fact.data["figure"]
    stated = figure if truth else others[0].data["figure"]
    local = fact.data["figure_start"] - start
    claim = sentence[:local] + stated + sentence[fact.data["figure_end"] - start :]
    claim = claim[0].lower() + claim[1:] if claim[:2].istitle() and not claim.split()[0].isupper() else claim
    if truth:
        explanation = f"The article says exactly this: {figure} is the figure it gives."
    else:
        explanation = f"The article gives {figure}, not {stated}. {_describe_figure(others[0])}."
    yield Question(
        id=f"figure-check-{slugify(fact.data['counts'] or figure)}",
        type="truefalse",
        skill="numbers",
        prompt=f"True or false? According to the article, {claim}",
        answer=truth,
        evidence=sentence,
        explanation=explanation,
        template="number-statement",
    )


# ---------------------------------------------------------------- quotes

_ORG_SOURCE = re.compile(r"according to (?P<who>(?:the )?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)")
_TITLED_PERSON = re.compile(
    r"\b(?:President|Secretary|Senator|Sen\.|Rep\.|Gov\.|Governor|Mayor|Dr\.|Judge|Minister)\s+"
    r"(?P<name>[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2})"
)


def _people_and_sources(context: Context) -> list[str]:
    """Names a reader meets in the article: speakers, titled people, cited outlets."""
    text = context.article.text
    names = [fact.data["speaker"] for fact in context.of_kind("quote") if fact.data["speaker"]]
    names += [m.group("name") for m in _TITLED_PERSON.finditer(text)]
    names += [m.group("who").removeprefix("the ") for m in _ORG_SOURCE.finditer(text)]
    unique: list[str] = []
    for name in (re.sub(r"(?:’s|'s|\.)$", "", n) for n in names):
        if not any(name in known or known in name for known in unique):
            unique.append(name)
    return unique


def _quote_evidence(fact: Fact, context: Context) -> tuple[str, int]:
    """The quote with its attribution: a quote that carries none reaches back to the
    earlier attributed quote of the same paragraph."""
    start = fact.start
    speaker = fact.data["speaker"]
    if speaker.split()[-1] not in fact.text:
        for earlier in context.of_kind("quote"):
            if earlier.start < fact.start and earlier.data["speaker"] == speaker:
                start = earlier.start
    return context.article.text[start : fact.end], start


def quote_speaker(fact: Fact, context: Context) -> Iterator[Question]:
    speaker = fact.data["speaker"]
    if not speaker:
        return
    others = [n for n in _people_and_sources(context) if n != speaker and speaker not in n]
    if len(others) < 2:
        return
    others = others[:3]
    evidence, _ = _quote_evidence(fact, context)
    role = fact.data["role"]
    who = f"{speaker}, {role}," if role else speaker
    yield Question(
        id=f"who-said-{slugify(fact.data['words'], 24)}",
        type="choice",
        skill="attribution",
        prompt=f"Who is quoted saying “{fact.data['words'].rstrip('.,')}”?",
        choices=_shuffled(context.rng, speaker, others),
        answer=speaker,
        evidence=evidence,
        explanation=(
            f"The article puts these words in quotation marks and gives them to {who} "
            "so they are the speaker's words, not the reporter's."
        ),
        feedback={o: f"The article mentions {o}, but the quote is not theirs." for o in others},
        template="quote-speaker",
    )


# ---------------------------------------------------------------- assembly

TEMPLATES: dict[str, tuple[str, Template]] = {
    "number-gap": ("number", number_gap),
    "number-statement": ("number", number_statement),
    "quote-speaker": ("quote", quote_speaker),
}


def generate_questions(
    article: Article, seed: int = 0, max_questions: int = DEFAULT_MAX_QUESTIONS
) -> list[Question]:
    """Questions for `article`, at most one per template and sentence, round robin over templates."""
    context = Context(article, tuple(extract_facts(article)), random.Random(seed))
    per_template: list[list[Question]] = []
    for kind, template in TEMPLATES.values():
        found = []
        used_evidence = set()
        for fact in context.of_kind(kind):
            for question in template(fact, context):
                if question.evidence not in used_evidence:
                    used_evidence.add(question.evidence)
                    found.append(question)
        per_template.append(found)
    ordered = _round_robin(per_template)
    return _unique_ids(ordered[:max_questions])


def _round_robin(groups: list[list[Question]]) -> list[Question]:
    out = []
    for index in range(max((len(g) for g in groups), default=0)):
        out.extend(group[index] for group in groups if index < len(group))
    return out


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
    questions = generate_questions(article, seed=seed, max_questions=max_questions)
    pack_title = title or f"Reading the news: {article.title}"
    return Pack(
        id=slugify(pack_title, 60),
        title=pack_title,
        article=PackArticle(text=article.text, title=article.title, source=source, file=file),
        questions=tuple(questions),
        authors=("Evidence Quiz generator",),
    )
