"""Facts -> questions. Templates per skill offer candidates; each passes the quality gate
(gate.py); then a ranking keeps the best few, spread over the skills and the article.

Every question asks the student to reason about the news: who says so and how we know,
what a figure counts and who gives it, what is only possible, whose judgement a sentence
is, what a word suggests, and what background the story needs. Recall ("which figure
fills the gap") is not asked. Fewer good questions beat many weak ones.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from quiz.core.domain import DEFAULT_MAX_QUESTIONS, SKILLS, Article, Pack, PackArticle, Question
from quiz.core.facts import ArticleFacts
from quiz.core.generate import (
    accusation, attribution, column, compared, context, count_alone, explainer, figure_part, figure_source, firm_claims,
    headline, interview,
    kinds, language, not_yet, numbers, opinion,
    publisher, release, rival_figures, sourcing, stake_figure, speech, study, uncertainty, unsourced, view_or_record, voices, whose_claim,
)
from quiz.core.generate.common import Candidate, Context, Template, slugify
from quiz.core.generate.gate import conflict, problems

# Every template, by the skill it exercises.
TEMPLATES: tuple[Template, ...] = (
    headline.headline_support, headline.headline_word, headline.headline_quoted, headline.headline_reports,
    sourcing.unnamed_claims, sourcing.support_kind, sourcing.why_unnamed,
    sourcing.second_hand, sourcing.vague_source, sourcing.unsourced_claim, voices.whose_voices, voices.missing_voice, voices.absent_voice, voices.main_voice,
    sourcing.passed_on, sourcing.hidden_source, sourcing.unsourced_cause, accusation.accusation_support,
    unsourced.unsourced_record,
    kinds.independent_voice, kinds.interested_source, kinds.own_work_source, kinds.interest_group, kinds.local_official,
    kinds.opposition_source, kinds.own_outlet_source,
    kinds.own_study_source, kinds.backer_voice, kinds.related_sources, publisher.checkable_part,
    attribution.own_words, attribution.continued_quote,
    whose_claim.stated_as_fact, whose_claim.hidden_holder, whose_claim.retold,
    figure_source.figure_source, figure_source.unmeasured_share, figure_source.self_reported,
    numbers.forecast, numbers.record_forecast, numbers.rate_or_total, numbers.small_count,
    numbers.estimate_range, numbers.promised_money, numbers.prevented_count,
    figure_part.part_of_total, figure_part.share_of_whom, figure_part.money_raised,
    count_alone.count_alone, count_alone.invited_share, count_alone.one_example, count_alone.picked_cases,
    compared.comparison_holds, compared.change_baseline, compared.extreme_baseline, compared.money_record,
    compared.points_or_percent, compared.poll_gap,
    uncertainty.headline_hedge, uncertainty.whose_guess,
    uncertainty.condition, study.early_study,
    not_yet.significance, not_yet.not_shown, firm_claims.proof_claim,
    opinion.own_judgement, opinion.writer_judgement, opinion.recommendation,
    opinion.checkable_sentence, opinion.record_claim, opinion.what_if,
    speech.whole_group_claim, speech.which_side, speech.own_record,
    speech.rhetorical_question, speech.unnamed_others, speech.own_side_denial,
    speech.future_verdict, speech.hearsay, speech.quoted_group_claim, speech.given_as_known,
    language.speech_verb, language.charged_word, language.quoted_against_own, language.whose_word,
    publisher.publisher_stake, publisher.writer_stake, publisher.compiled_story, publisher.own_survey, release.kept_promise, release.blamed_opponents, release.helped_unheard, study.who_was_studied,
    kinds.interview_in_writing, kinds.interview_who_answers, kinds.interview_stake,
    interview.question_premise, interview.answer_estimate, interview.claim_put_to_guest, interview.second_hand_answers,
    interview.figure_not_given,
    context.background_sentence,
    # Last, so that the shuffles of the templates before them draw as they did without them.
    language.writers_own_word, language.refused_to_tell, language.praise_against_the_past,
    study.one_subject, study.small_groups, study.one_place, study.self_chosen,
    uncertainty.still_pending, uncertainty.still_undecided, uncertainty.no_comment, uncertainty.reason_unexplained, sourcing.unnamed_only,
    speech.asserted_claim, speech.claim_about_others, speech.promise_or_record, speech.tribute_relation,
    speech.best_ever_backing, speech.other_side_retold, speech.example_for_praise, speech.only_one, speech.motive_read,
    view_or_record.view_or_record, explainer.origin_record,
    explainer.unnamed_dictionary, explainer.unnamed_user, explainer.term_view,
    release.aim_not_result, release.own_voices, language.own_praise, voices.insiders_only,
    rival_figures.rival_figures, stake_figure.stake_figure,
    speech.unnamed_view, speech.one_story,
    column.main_claim, column.other_side, column.own_evidence,
    compared.margin_of_error,
    compared.month_or_year, kinds.cause_group,
    kinds.funder_stake, compared.relative_risk, study.link_or_cause,
    compared.poll_subgroup, speech.own_side_figures,
)
MAX_PER_TEMPLATE = 2
MAX_FOR = {"recommendation": 1, "own-praise": 1}
# Templates whose answer has one fixed form ("How many carjackings there were before and
# after …"): a second asks the same thing again of another passage, and a student learns
# nothing new from it.
MAX_FOR |= dict.fromkeys(("count-alone", "invited-share", "one-example", "picked-cases", "prevented-count",
                          "change-baseline", "extreme-baseline", "small-count", "estimate-range", "promised-money",
                          "record-forecast", "rate-or-total", "who-was-studied", "unmeasured-share",
                          "self-reported", "early-study", "one-subject", "small-groups", "one-place", "self-chosen",
                          "checkable-part", "whole-group", "own-words",
                          "hidden-holder", "stated-as-fact", "retold", "headline-hedge",
                          "headline-support", "headline-word", "headline-quoted", "accusation-support"), 1)
# "Statistically significant" beside "not statistically significant": the second question's
# wrong choice would give away the first one's answer.
MAX_FOR["significance"] = 1
# "What should a reader keep in mind about this source?" of a second person tied to the same
# story is the same lesson with the names changed.
MAX_FOR["interested-source"] = 1
MAX_FOR["own-work-source"] = 1
# Two "what kind of claim is this?" questions on two speakers' "should have", or two "which
# word stirs feelings?" on one speech, are one drill twice (round 16 of the review).
MAX_FOR |= {"what-if": 1, "persuading-word": 1}
# How to check a record: one lesson a pack.
MAX_FOR["unsourced-record"] = 1
# A second question that stands on a statement is the same lesson with another statement.
MAX_FOR["question-premise"] = 1
# How a question gives a claim put to the guest: a second exchange has the same four choices.
MAX_FOR["claim-put-to-guest"] = 1
# Whose words a quotation with no speaker beside it are: a second asks the same with other names.
MAX_FOR["continued-quote"] = 1
# What a reader can conclude from "declined to comment": a second body's silence is the same lesson.
MAX_FOR["no-comment"] = 1
# Which sentence is background: one lesson a pack, whatever the background.
MAX_FOR["background-sentence"] = 1
# A release's charge against its opponents, and a promise others made to it: one lesson each.
MAX_FOR |= {"blamed-opponents": 1, "kept-promise": 1}
# Whose reading a "proves" is: a second is the same lesson.
MAX_FOR["proof-claim"] = 1
# What a poll's margin of error means for a lead: one lesson a pack.
MAX_FOR["margin-of-error"] = 1
# A rise over a year beside one over a month: one lesson a pack.
MAX_FOR["month-or-year"] = 1
# A group that speaks for a cause: a second group is the same lesson with another name.
MAX_FOR["cause-group"] = 1
MAX_FOR["funder-stake"] = 1
# What a relative change in risk measures: one lesson a pack.
MAX_FOR["relative-risk"] = 1
MAX_FOR["link-or-cause"] = 1
MAX_FOR["poll-subgroup"] = 1
MAX_FOR["own-figures"] = 1
# Which judging word is the writer's own, what "refused" adds, what would check "historic":
# each offered on every passage that has one, and asked once a pack.
MAX_FOR |= dict.fromkeys(("writers-own-word", "refused-to-tell", "praise-against-the-past"), 1)
# Which sentence judges, of the writer's words or a quoted person's: a second is the same drill.
MAX_FOR["writer-judgement"] = 1
# What backs a speaker's judgement: a second asks the same of another sentence.
MAX_FOR["asserted-claim"] = 1
MAX_FOR["promise-or-record"] = 1
# How far facts back a "best ever": a second is the same lesson.
MAX_FOR |= {"best-ever": 1, "best-known": 1}
MAX_FOR["view-or-record"] = 1
# Two sides' figures for one count: a second pair is the same lesson with other numbers.
MAX_FOR["rival-figures"] = 1
# A figure from the body whose plan the story is about: a second from the same side is the same lesson.
MAX_FOR["stake-figure"] = 1
# A view given to unnamed people and answered, and one person's story told for many: one lesson each a pack.
MAX_FOR |= {"unnamed-view": 1, "one-story": 1}
# Which sentence is the piece's main claim: a piece has one.
MAX_FOR["main-claim"] = 1
# How the writer treats a view set out for others: a second is the same lesson.
MAX_FOR["other-side"] = 1
MAX_FOR["own-evidence"] = 1
# Templates that teach one lesson under two names: what would check a claimed record, asked
# of a release's "historic" and of a record stated with no source (round 21 of the review).
SAME_LESSON = (frozenset({"praise-against-the-past", "unsourced-record"}),
               # The other side's case in the speaker's words, of a named opponent and of unnamed "some".
               frozenset({"other-side-retold", "unnamed-view"}),
               # One case told to stand for many: a story the speaker tells, and an example with a figure.
               frozenset({"one-story", "one-example"}),
               # "If approved" and "is being reviewed": both that a decision has not been made yet.
               frozenset({"still-pending", "condition"}),
               # "What does the speaker give to back this claim?" of a claim for a whole group and of any judgement.
               frozenset({"whole-group", "asserted-claim"}),
               # ... and of a guest's claim about another body: "nothing but the guest's word" once more.
               frozenset({"claim-about-others", "asserted-claim"}), frozenset({"claim-about-others", "whole-group"}),
               # Which sentence judges and which a record could settle, asked of a report's judging word, of a
               # column's checkable figure, and of any text's sentence that only judges.
               frozenset({"view-or-record", "writer-judgement"}), frozenset({"view-or-record", "checkable-sentence"}),
               # ... and of a report's word whose judgement it is, of the speech's "we must" beside its other
               # sentences, of a speaker's verdict on their own side's work: each the same view told from a fact.
               frozenset({"view-or-record", "own-judgement"}), frozenset({"view-or-record", "recommendation"}),
               frozenset({"view-or-record", "own-record"}),
               # Which sentence gives the writer's view of an explainer's term, not what it means: the same lesson.
               frozenset({"term-view", "view-or-record"}), frozenset({"term-view", "writer-judgement"}),
               # "Which source comments from outside the research?", whose feedback says the others are not outside,
               # beside "what should a reader keep in mind about this source?" keyed on "an inside voice".
               frozenset({"independent-voice", "backer-voice"}),
               # A source speaking of its own side's work: the same lesson as a source tied to the body in the story,
               # as the publisher of a release or the guest of an interview speaking for itself.
               frozenset({"own-work-source", "interested-source"}), frozenset({"own-work-source", "publisher-stake"}),
               frozenset({"own-work-source", "interview-stake"}), frozenset({"own-work-source", "own-study-source"}),
               # "Which source comments from outside?", whose feedback calls the others inside voices.
               frozenset({"own-work-source", "independent-voice"}), frozenset({"own-study-source", "independent-voice"}),
               # A column's figure from the body its writer works for, beside "who wrote this piece?" keyed on the
               # writer's post in the same body: the second gives away half the first's answer.
               frozenset({"own-evidence", "writer-stake"}),
               # "Whose judgement is the word “aggressive”?" and "which judging word is the writer's own?".
               frozenset({"own-judgement", "writers-own-word"}),
               # "What evidence does the speaker give?" keyed on "none", of a claim for a whole group and of a
               # claim given as known (round 37 of the review).
               frozenset({"whole-group", "given-as-known"}),
               # "Does the release back its claim that X caused the fall?", of a reading said to be proved and of
               # a cause given with no source.
               frozenset({"proof-claim", "unsourced-cause"}),
               # "Who are the people the release quotes?", whose explanation gives each one's post, beside
               # "what should a reader keep in mind about this source?" of one of them.
               frozenset({"own-voices", "interested-source"}),
               # "Which phrases praise the publisher's own work (or give the writer's judgement), rather than only
               # report?": the same lesson as a loaded word of the same voice, a word whose judgement it is, a sentence
               # that judges, and what a reader needs to check the praise, which its explanation tells.
               *(frozenset({"own-praise", other}) for other in ("charged-word", "praise-against-the-past", "own-judgement",
                                                                "writers-own-word", "writer-judgement", "view-or-record")),
               # "Which of these does the article NOT give?" keyed on a voice from outside the body every source
               # belongs to: its explanation names each one's tie, the answer of a stake question on any of them,
               # and who could check the main voice. ("Which group gives the quotations?" and the missing and absent
               # voices share its point, so a pack keeps one of them already.)
               # "What should a reader keep in mind about this source?" of a group with a cause, beside the same
               # of a person who holds a post in one, or in the body the story is about: one side's view each time.
               frozenset({"cause-group", "interest-group"}), frozenset({"cause-group", "interested-source"}),
               # "Why does it matter who paid for the study?" beside "what should a reader keep in mind about" a voice
               # from the body that paid for it: the payer's stake, told twice.
               frozenset({"funder-stake", "backer-voice"}),
               *(frozenset({"insiders-only", other}) for other in (
                   "interested-source", "related-sources", "own-work-source", "main-voice")),
               # "What should a reader keep in mind about this figure?" keyed on the stake of the body whose plan it
               # backs, beside the same question of a person tied to that body or speaking of its own work.
               *(frozenset({"stake-figure", other}) for other in ("interested-source", "own-work-source")),
               # A speaker's verdict on their own side's work beside their denial made for it: "the word of the side
               # it is about" twice (round 47 of the review).
               frozenset({"own-record", "own-side-denial"}),
               # "How is this claim sourced?" keyed on an unnamed source, beside "which claims rest only on
               # unnamed sources?": the second prints the first one's answer.
               frozenset({"support-kind", "unnamed-only"}),
               # The speaker's own figures for their side's work, beside their verdict on it or "who gives the
               # figure?" keyed on the speaker: one lesson, that the praise comes from inside.
               frozenset({"own-figures", "own-record"}), frozenset({"own-figures", "figure-source"}),
               # "Does the article name the officials?", "why does it not name them?" and "which claims rest only
               # on them?": each prints or repeats another's answer, so a pack asks one (round 50 of the review).
               frozenset({"vague-source", "why-unnamed"}), frozenset({"vague-source", "unnamed-only"}),
               frozenset({"why-unnamed", "unnamed-only"}))
# "Who gives the figure?" asked of a second figure, with the same kind of source among the
# same choices, is the same question again to a student; a figure with a named source and
# one with none are two lessons. A template here keeps a second question only when its
# answer is of another kind.
ANSWER_KIND = {"figure-source": figure_source.answer_kind}
# "Who published this text?" comes first, as a careful reader asks it first: the questions
# after it may then call the text a release without printing its answer before it is asked.
ASKED_FIRST = frozenset({"publisher-stake", "writer-stake", "own-evidence"})
# Questions worth this much or more are sure; below it, a question is a draft for the
# teacher, used only to bring a pack up to FEW_QUESTIONS.
SURE = 0.7
MIN_WORTH = 0.45
# Below this many questions a pack says so in its description.
FEW_QUESTIONS = 8


def candidates(ctx: Context) -> list[Candidate]:
    """Every candidate every template offers that passes the gate."""
    out = []
    for template in TEMPLATES:
        for offered in template(ctx):
            if offered.worth >= MIN_WORTH and not problems(offered.question, ctx.article.text):
                out.append(offered)
    return out


def choose(offered: list[Candidate], max_questions: int, rng: random.Random) -> list[Question]:
    """The best candidates, spread over the skills: each skill's best first, then the rest
    by worth; one question per point and per sentence of the article, at most two per
    template and never two of one template with the same key (a student learns nothing new
    from the second), and none that gives away or repeats another."""
    ranked = sorted(offered, key=lambda c: (-c.worth, rng.random()))
    chosen: list[Candidate] = []

    def fits(item: Candidate) -> bool:
        q = item.question
        return (all(c.point != item.point for c in chosen)
                and sum(c.question.template == q.template for c in chosen) < MAX_FOR.get(q.template, MAX_PER_TEMPLATE)
                and not any(_shared_sentence(c.question.evidence, q.evidence) for c in chosen)
                and not any(c.question.template == q.template and c.question.answer == q.answer for c in chosen)
                and not any(c.question.template != q.template and {c.question.template, q.template} <= lesson
                            for lesson in SAME_LESSON for c in chosen)
                and not any(c.question.template == q.template and q.template in ANSWER_KIND
                            and ANSWER_KIND[q.template](c.question) == ANSWER_KIND[q.template](q) for c in chosen)
                and not any(_answers(c, item) for c in chosen))

    for item in ranked:  # who speaks in the text, before any question that could take its passage
        if len(chosen) < max_questions and item.question.template in ASKED_FIRST and item.worth >= SURE and fits(item):
            chosen.append(item)
    for round_ in range(2):  # two rounds by skill, so that every skill the article offers is there
        for skill in SKILLS:
            for item in ranked:
                if len(chosen) >= max_questions:
                    break
                if item.question.skill == skill and item not in chosen and item.worth >= SURE and fits(item):
                    chosen.append(item)
                    break
    for item in ranked:
        if len(chosen) >= max_questions:
            break
        if item not in chosen and item.worth >= SURE and fits(item):
            chosen.append(item)
    for item in ranked:  # drafts, only as far as a pack needs them
        if len(chosen) >= min(max_questions, FEW_QUESTIONS):
            break
        if item not in chosen and fits(item):
            chosen.append(item)
    return [c.question for c in chosen]


def _answers(a: Candidate, b: Candidate) -> bool:
    """Whether one of two candidates gives away the other's answer, or they ask the same."""
    return (conflict(a.question, b.question)
            or a.answered_by is not None and a.answered_by(b.question)
            or b.answered_by is not None and b.answered_by(a.question))


def _shared_sentence(a: str, b: str) -> bool:
    """Whether two evidence passages share a sentence: a student would meet it twice."""
    split = re.compile(r"(?<=[.!?”])\s+")
    return a in b or b in a or bool(set(split.split(a)) & set(split.split(b)))


def generate_questions(
    article: Article, read: ArticleFacts, seed: int = 0, max_questions: int = DEFAULT_MAX_QUESTIONS
) -> list[Question]:
    rng = random.Random(seed)
    ctx = Context(article, read, rng)
    chosen = choose(candidates(ctx), max_questions, rng)
    # A quiz reads the article from the top: order by where each answer lives, after the
    # questions a reader asks of a text before all else.
    chosen.sort(key=lambda q: (q.template not in ASKED_FIRST, article.text.find(q.evidence)))
    return _unique_ids(chosen)


def _unique_ids(questions: list[Question]) -> list[Question]:
    seen: dict[str, int] = {}
    unique = []
    for question in questions:
        count = seen.get(question.id, 0) + 1
        seen[question.id] = count
        unique.append(question if count == 1 else replace(question, id=f"{question.id}-{count}"))
    return unique


def pack_for(
    article: Article,
    read: ArticleFacts,
    *,
    title: str = "",
    file: str | None = None,
    seed: int = 0,
    max_questions: int = DEFAULT_MAX_QUESTIONS,
) -> Pack:
    """A pack of questions on `article` from what was read in it."""
    questions = generate_questions(article, read, seed=seed, max_questions=max_questions)
    pack_title = title or f"Reading the news: {article.title}"
    return Pack(
        id=slugify(pack_title, 60),
        title=pack_title,
        article=PackArticle(text=article.text, title=article.title, source=article.source, file=file),
        questions=tuple(questions),
        authors=("Evidence Quiz generator",),
        description=describe(read, questions),
    )


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
    """Read an article's text (spaCy, on first use: reading.py) and write its pack."""
    from quiz.core.article import parse_article
    from quiz.core.facts import read_facts

    article = parse_article(text, title=article_title, source=source)
    return pack_for(article, read_facts(article), title=title, file=file, seed=seed, max_questions=max_questions)


def describe(read: ArticleFacts, questions: list[Question]) -> str:
    """What the generator made of the article, for the teacher who reviews the pack."""
    kind = KIND_NAMES.get(read.kind.kind, read.kind.kind)
    skills = sorted({q.skill for q in questions}, key=SKILLS.index)
    text = f"Generated from {kind}: {len(questions)} questions on {', '.join(skills) or 'no skill'}."
    if len(questions) < FEW_QUESTIONS:
        text += (f" This article gave fewer than {FEW_QUESTIONS} questions worth asking;"
                 " add your own, or pair it with another article.")
    return text


def nothing_to_ask(read: ArticleFacts) -> str:
    """Why an article gave no question: what a quiz needs that the reading did not find,
    or, when it found some, that no question on it was sure enough to ask."""
    kinds = (("quote", "no one quoted or reported", "quotes"), ("number", "no figures", "figures"),
             ("uncertainty", "no hedges", "hedges"), ("opinion", "no judgements", "judgements"),
             ("statement", "no checkable statements", "checkable statements"))
    found = {f.kind for f in read.facts}
    present = [words for kind, _, words in kinds if kind in found]
    if not present:
        return ", ".join(missing for _, missing, _ in kinds) + " (a list, a table or a poem gives none of these)"
    listed = ", ".join(present[:-1]) + " and " + present[-1] if len(present) > 1 else present[0]
    return f"it has {listed}, but no question on them was sure enough to ask; write your own in the pack editor"


KIND_NAMES = {
    "news": "a news report", "wire": "a wire story built on unnamed sources", "press-release": "a press release or fact sheet",
    "opinion": "an opinion piece", "speech": "a speech", "interview": "an interview", "fact-check": "a fact-check",
    "study": "the report of a study", "explainer": "an explainer",
}

__all__ = ["DEFAULT_MAX_QUESTIONS", "TEMPLATES", "describe", "generate_pack", "generate_questions", "nothing_to_ask", "pack_for", "slugify"]
