"""Who gives a figure when no one is said to: the writer (or the speaker, or an interview's
guest) states it as fact. A figure whose sentence names its source is not asked: the answer
stands beside the figure, a look-up. A press release's own figures are not asked: whose they
are is the answer to the question of who published the text (publisher.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.facts.sources import is_outlet
from quiz.core.generate.common import (
    Candidate, Context, Speaker, capitalise, choice, clip, display, mid_sentence, quoted, self_contained, slugify, speaker_of,
)
from quiz.core.generate.evidence import sentences_around
from quiz.core.generate.numbers import TIME_UNITS, as_written, paragraph_of

WRITER = "The writer, who names no source"
# A choice surely wrong where the article names no report, study or data anywhere.
NO_REPORT = "A report or study the article names"
SPEAKER = "The speaker, who names no source"
# Words that send a figure to a source the question could not name: the figure may be
# someone's, so "no one" is not sure and a named source may be only one of several.
CITED = re.compile(
    r"\b(?:according|said|says|say|told|tells|reported|reports?|reportedly|estimated?|estimates|announced|figures|"
    r"data|statistics|survey|poll|study|studies|census|analysis|sources?|show(?:s|ed)?|found|counted|recorded)\b"
    # "by her own count", "by their tally", "by Lyle's reckoning": the person is the figure's source.
    r"|\bby\s+(?:her|his|their|its|our|my|[A-Z][\w-]*['’]s?)\s+(?:own\s+)?(?:count|tally|reckoning|calculations?|"
    r"figures?|records?|estimates?)\b",
    re.IGNORECASE,
)
# "A new mid-year report", "the data", "official statistics": a document behind the figures.
# Not the story itself in a credit line: "Youmi Kim contributed to the report".
LEANS_ON = re.compile(r"(?<!contributed to )(?<!contributed reporting to )\b(?:a|an|the|its|their|this|new|official|latest)\s+"
                      r"(?:[\w-]+\s+)?(?:report|study|survey|data|figures|statistics|census|poll|analysis)\b",
                      re.IGNORECASE)
# A figure of what would or will be: a projection someone made, which "states it as a fact" misreads.
FORECAST_WORDS = re.compile(r"\b(?:would|will|could|projected|expected|forecast)\b", re.IGNORECASE)
# An amount a court, a council, a board or a law decided: its source is the decision, on the record.
DECIDED = re.compile(r"\b(?:ordered|imposed|fined|sentenced|awarded|granted|approved|voted|bail|fine|penalty|settlement|"
                     r"verdict|damages|law|laws|statute|threshold|limit|cap|ceiling|punishable)\b", re.IGNORECASE)
# A label a student would not take for a person or body: "Unnamed report's authors".
# "unnamed officials's", and a count read as a speaker ("nearly 12% officers" for a "they
# asked"): labels no one could be asked to give a figure under.
BROKEN_LABEL = re.compile(r"^(?:an? )?unnamed \w+(?:'s|’s)\b|^(?:\w+ )?(?:\w+ )?\d", re.IGNORECASE)


# "Bush to propose", "the White House will propose": what someone is to say is not yet their word.
TO_COME = re.compile(r"\b(?:will|would|shall|to|expected to|going to)\s+$", re.IGNORECASE)


def _a_source(ctx: Context, key: str) -> bool:
    """Whether the article gives something as said by `key` in its body, not only in its
    headline or as what they are to say: only then "the article uses them as a source". Not a
    news organisation, whose report may stand behind the whole story, this figure included."""
    if is_outlet(key):
        return False
    text = ctx.article.text
    return any(not ctx.in_title(c) and not TO_COME.search(text[max(0, (c.data.get("verb_at") or c.start) - 14):
                                                              c.data.get("verb_at") or c.start])
               for c in ctx.claims_by_speaker.get(key, []))


def figure_source(ctx: Context) -> Iterator[Candidate]:
    """'Who gives the figure 20,000?', with why the answer matters."""
    labels = {key: capitalise(s.label) for key, s in ctx.speakers.items()
              if not BROKEN_LABEL.search(s.label) and _a_source(ctx, key) and not _title_of_someone_named(ctx, s)}
    for fact in ctx.of_kind("number"):
        if not _asked_about(fact):
            continue
        sentence = ctx.sentence(fact)
        if fact.data["source"]:
            continue  # "…, said Raj Patel": the sentence names who gives it, beside the figure: a look-up
        if ctx.kind.kind == "interview":
            offered = _answers_figure(ctx, fact, sentence)
        else:
            offered = _own_figure(ctx, fact, sentence, labels)
        if offered is None:
            continue
        answer, feedback, explanation, evidence, worth = offered
        figure = as_written(ctx, fact)
        yield Candidate(
            choice(
                ctx, answer, list(feedback), id=f"figure-source-{slugify(figure, 20)}", skill="numbers",
                prompt=f"According to the {'speech' if ctx.kind.kind == 'speech' else 'article'}, who gives the figure "
                       f"{quoted(clip(figure, 10))}?",
                evidence=evidence,
                explanation=explanation, feedback=feedback, template="figure-source",
            ),
            worth * ctx.centrality(fact.start) + 0.05, f"figure:{fact.data['figure']}",
        )


def answer_kind(question: Question) -> str:
    """A figure's source named, or none: a pack may ask one of each."""
    return "none" if question.answer in (WRITER, SPEAKER) else "named"


def _own_figure(ctx: Context, fact: Fact, sentence: str, labels: dict[str, str]):
    """A figure no one in the article is said to give: the writer's own in a news report or a
    column, the speaker's in a speech."""
    d = fact.data
    if ctx.kind.kind not in OWN_VOICE or d["source"] or not _unsourced(ctx, d["sentence"]):
        return None
    if d["unit"] == "points" or not (d["unit"] or d["value"] >= 1000):
        return None  # a score or a small count: nothing anyone would need to source
    again = [i for i, s in enumerate(ctx.article.sentences) if i != d["sentence"] and re.search(
        r"(?<![\w.,])" + re.escape(d["figure"]) + r"(?![\w]|[.,]\d)", s.text)]
    if not all(_unsourced(ctx, i) for i in again):
        return None  # a figure given again may be sourced where it stands again
    if CITED.search(ctx.article.title) or _leans_on_a_report(ctx):
        return None  # the figure may be the report's
    if FORECAST_WORDS.search(sentence):
        return None  # "would be cut by 42 percent": someone's projection, not a figure stated as a fact
    if DECIDED.search(ctx.article.text, max(d["sentence_start"], fact.start - 60), min(d["sentence_end"], fact.end + 40)):
        return None  # "ordered held on $150,000 bail": an amount someone decided, on the record, not counted
    if ctx.kind.kind == "speech" and _share_of_people(fact):
        return None  # where a share of a people comes from is asked by unmeasured_share
    if ctx.kind.kind == "speech":
        # Only people the speech names: "the House", "nearly all Republican Senators" give no figures.
        labels = {key: label for key, label in labels.items() if ctx.speakers[key].named and ctx.speakers[key].kind == "person"}
        answer, document, who, reader = SPEAKER, "speech", "the speaker", "listener"
        feedback = {label: f"The speech quotes {_short(label)} elsewhere, but not for this figure: the speaker gives it "
                           "with no source." for label in list(labels.values())[:1]}
    else:
        answer, document, who, reader = WRITER, "article", "the writer", "reader"
        feedback = {label: f"The article uses {_short(label)} as a source elsewhere, but not for this figure: its "
                           "sentence names no source at all." for label in list(labels.values())[:2]}
    if len(feedback) < 2:
        feedback[NO_REPORT.replace("article", document)] = (
            f"The {document} names no report, study or data anywhere: the figure stands in {who}'s own words.")
    if len(feedback) < 2 and not ctx.of_kind("quote"):
        feedback[f"Someone the {document} quotes"] = f"The {document} quotes no one: the figure stands in {who}'s own words."
    if len(feedback) < 2:
        return None
    explanation = (f"The sentence names no source for the figure, and none of the people the {document} quotes is said "
                   f"to give it: {who} states it as a fact. A {reader} cannot tell where it comes from or how it was "
                   "counted, so it is worth checking.")
    return answer, feedback, explanation, sentence, 0.8


def _leans_on_a_report(ctx: Context) -> bool:
    """Whether the article rests anywhere on a report, a study or data ("the latest survey"),
    or on another outlet's report ("according to today's Washington Post"), which may stand
    behind any of its figures."""
    return bool(LEANS_ON.search(ctx.article.text)) or any(f.data["source_kind"] == "outlet" for f in ctx.of_kind("source"))


def _answers_figure(ctx: Context, fact: Fact, sentence: str):
    """A figure a guest gives in an answer and no one else in the interview: it rests on the
    guest's own word. Asked where the interview names no report or data the figure could be
    from, and the guest's label is a name the choices can show."""
    d = fact.data
    turns = ctx.of_kind("turn")
    turn = next((t for t in turns if t.data["sentence_start"] <= fact.start < t.end), None)
    if turn is None or turn.data["role"] != "interviewee" or not _unsourced(ctx, d["sentence"], speakers=False):
        return None
    label = ctx.article.sentence_at(turn.data["sentence_start"])
    if label is not None and label.paragraph == ctx.article.sentences[d["sentence"]].paragraph:
        return None  # "Anna Kowal: Our crews filled 3,200 potholes": the label stands before it, so "who gives it" is a look-up
    if d["unit"] == "points" or not (d["unit"] or d["value"] >= 1000) or FORECAST_WORDS.search(sentence):
        return None  # a score, a small count, or a projection: not a figure given as known
    if _leans_on_a_report(ctx) or ctx.article.text.count(d["figure"]) > 1:
        return None  # the figure may be a report's, or another turn's
    guest = turn.data["speaker"]
    askers = list(dict.fromkeys(t.data["speaker"] for t in turns if t.data["role"] == "interviewer"))
    others = list(dict.fromkeys(t.data["speaker"] for t in turns if t.data["role"] == "interviewee" and
                                t.data["speaker"] != guest))
    if not askers or not all(_a_name(label) for label in [guest, askers[0], *others[:1]]):
        return None  # "A:" answers "Q:": no one a choice could name
    answer = f"{guest}, in an answer, naming no source"
    feedback = {f"{askers[0]}, in a question": f"{askers[0]} asks the questions; the figure is in {guest}'s answer.",
                NO_REPORT.replace("article", "interview"): f"The interview names no report, study or data anywhere: the "
                                                             f"figure rests on {guest}'s own word."}
    if others:
        feedback[f"{others[0]}, in another answer"] = f"{others[0]} does not give this figure; {guest} does."
    explanation = (f"{guest} gives the figure in an answer and names no source for it: it rests on the guest's own "
                   "knowledge or memory. It may be right, but a reader cannot check where it comes from or how it was "
                   "counted, and the interview does not say anyone checked it.")
    evidence = sentences_around(ctx, turn.data["sentence_start"], fact.end) or sentence
    return answer, feedback, explanation, evidence, 0.8


def _a_name(label: str) -> bool:
    """Whether a turn's label names someone: "Richman", "Wikinews", not "Q", "A" or "Answer"."""
    return len(label) > 2 and label[:1].isupper() and label.upper() not in ("ANSWER", "QUESTION", "INTERVIEWER", "HOST")


# Texts whose figures with no source beside them stand in the writer's own voice, or in a
# speech the speaker's.
OWN_VOICE = ("news", "wire", "opinion", "speech")


def _unsourced(ctx: Context, sentence: int, speakers: bool = True) -> bool:
    """Whether nothing near a sentence may be the source of a figure in it: no word that
    cites one ("said", "according to", "data") and no one the article quotes, up to the
    sentence after it. A name that only begins a longer one ("the Ada Lane Reading Fund")
    is not the speaker."""
    near = _near(ctx, sentence)
    if CITED.search(near):
        return False
    # "DHS has asked for 20,000 troops": a source in view may be the figure's.
    return not speakers or not any(re.search(re.escape(key) + r"(?!\s+(?-i:[A-Z]))", near, re.IGNORECASE) for key in ctx.speakers)


def _title_of_someone_named(ctx: Context, speaker: Speaker) -> bool:
    """'the Secretary' where the text names 'Secretary of State Maria Lane': a title that may
    stand for a person the text named, so no "unnamed secretary" of its own."""
    if speaker.named or speaker.kind != "person":
        return False
    role = re.fullmatch(r"(?:the|an unnamed|an?|unnamed)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]+)", speaker.key.lower()) or \
        re.fullmatch(r"(?:the|an unnamed|an?|unnamed)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]+)", speaker.label.lower())
    if role is None:
        return False
    word = re.escape(role.group(1))
    for other in ctx.speakers.values():
        if not other.named or other.kind != "person" or other.key == speaker.key:
            continue
        names = "|".join(re.escape(n) for n in {other.key, other.key.split()[-1]})
        if re.search(rf"\b{word}\b", other.label, re.IGNORECASE) or re.search(
                rf"\b{word}\b(?:\s+[\w.-]+){{0,4}}?\s+(?:{names})\b", ctx.article.text, re.IGNORECASE):
            return True
    return False


def _near(ctx: Context, index: int) -> str:
    """Where a source for the figure would stand: its paragraph up to the sentence after it (a
    source named before may go on speaking). One further on in a long paragraph is given for
    other words."""
    sentences = ctx.article.sentences
    around = [s for s in sentences[: index + 2] if s.paragraph == sentences[index].paragraph]
    return ctx.article.text[around[0].start : around[-1].end]


def _short(label: str) -> str:
    """'Jane Moss, a spokeswoman for ...' -> 'Jane Moss'; 'An unnamed official' -> 'an unnamed official';
    'Department of Health' -> 'the Department of Health'."""
    name = mid_sentence(label.split(",")[0])
    return f"the {name}" if re.match(r"[A-Z]\w+ (?:of|for) [A-Z]", name) else name


def _asked_about(fact: Fact) -> bool:
    """A figure worth asking about: money, a percentage, a large count or a qualified one
    (a count of a hundred or more when someone is said to give it), that counts something a
    prompt can show (not a duration, not a pronoun next to it)."""
    d = fact.data
    large = 100 if d["source"] else 1000
    if d["in_range"] or not (d["unit"] or d["value"] >= large or d["qualifier"] is not None and d["value"] >= 10):
        return False
    words = (d["counts"] or "").lower().split()
    if not words:
        return bool(d["unit"])  # "$1,500", "56 percent": money and shares speak for themselves
    apart = d["unit"] and d["counts_start"] is not None and d["counts_start"] - fact.end > 1  # "39 percent of these"
    return (len(words) <= 7 and d["counts"][:1].isalpha() and words[-1] not in TIME_UNITS
            and (apart or words[0] not in ("those", "them", "these", "this", "it", "one", "each"))
            and not words[0].endswith("est"))


# What a share of a whole people must come from, if it was measured at all.
MEASURED = re.compile(r"\b(?:polls?|polling|pollsters?|surveys?|surveyed|stud(?:y|ies)|research|census|data|statistics|"
                      r"questionnaires?)\b", re.IGNORECASE)
POPULATION = frozenset("people americans voters residents citizens parents adults children workers families households "
                       "women men students teachers taxpayers consumers employees shoppers drivers users".split())
DOCUMENT = {"speech": ("the speech", "listener"), "interview": ("the interview", "reader"),
            "opinion": ("the article", "reader")}


def unmeasured_share(ctx: Context) -> Iterator[Candidate]:
    """'Seventy-five percent of our people wanted witnesses', in a speech that names no poll:
    a share of a whole people comes from a survey, and without one it cannot be checked."""
    if MEASURED.search(ctx.article.text):
        return
    for fact in ctx.of_kind("number"):
        d = fact.data
        speaker = speaker_of(d["source"]) if d["source"] else None
        if ctx.kind.kind in DOCUMENT:
            document, reader = DOCUMENT[ctx.kind.kind]
            teller = capitalise(document)
        elif ctx.kind.kind in ("news", "wire") and speaker is not None and speaker.named:
            document, reader = "the article", "reader"  # "Smith said 60 percent of residents ...": on her word alone
            teller = ctx.speakers.get(speaker.key, speaker).label.split(",")[0]
        else:
            continue
        if d["in_range"] or not _share_of_people(fact):
            continue  # "40 percent of the budget": a share someone can work out from accounts
        sentence = ctx.sentence(fact)
        if ctx.in_title(fact) or re.search(r"\baccording to\b", paragraph_of(ctx, fact), re.IGNORECASE):
            continue
        clause = _share_clause(ctx, fact)
        if clause is None or not self_contained(clause) or re.search(r"\bvot(?:e|ed|ing)\b", clause):
            continue  # "60 percent of voters backed it": a vote is counted, not asked
        own = teller == capitalise(document)
        shown = (f"{teller} says {quoted(clause)}. Where does this figure come from?" if own else
                 f"The article gives a figure on the word of {teller}: {quoted(clause)}. Where does it come from?")
        answer = (f"{capitalise(document)} does not say: it names no poll or survey" if own else
                  f"{teller} does not say, and {document} names no poll or survey")
        wrong = {
            f"A poll that {document} names": f"{capitalise(document)} names no poll, survey or study anywhere.",
            "An official count of everyone": f"Counting everyone would take a census, and {document} names none.",
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"unmeasured-{slugify(clause, 24)}", skill="numbers",
                prompt=shown, evidence=sentence,
                explanation=(("" if own else f"{teller} gives the figure but not where it comes from. ")
                             + "A share of a whole group of people comes from asking or counting some of them, in a poll "
                             f"or a survey. {capitalise(document)} names none, so a {reader} cannot tell who asked, whom, when, or "
                             f"how the question was put. The figure may be right, but it cannot be checked from "
                             f"{document}."),
                feedback=wrong, template="unmeasured-share",
            ),
            0.9 * ctx.centrality(fact.start) + 0.05, f"figure:{d['figure']}",
        )


def _share_of_people(fact: Fact) -> bool:
    """'Seventy-five percent of our people', '60 percent of Texans': a share of a whole people."""
    d = fact.data
    group = (d["counts"] or "").split()
    return d["unit"] == "percent" and 0 < d["value"] < 100 and bool(group) and (
        group[-1].lower() in POPULATION or bool(re.fullmatch(r"[A-Z][a-z]+(?:ans|ers)", group[-1])))


def _share_clause(ctx: Context, fact: Fact) -> str | None:
    """'Seventy-five percent of our people wanted to have witnesses': the share, its group and
    what it says of them, up to the clause's end; None if that runs long."""
    text = ctx.article.text
    d = fact.data
    if not re.fullmatch(r"\s+of\s+(?:the\s+)?", text[fact.end : d["counts_start"]]):
        return None
    end = re.search(r"[,;:.!?]|\s(?:because|but|and|while|although)\s", text[d["counts_end"] : d["sentence_end"]])
    clause = text[fact.start : d["counts_end"] + (end.start() if end else d["sentence_end"] - d["counts_end"])]
    return clause if 4 <= len(clause.split()) <= 16 else None


# "54 percent of teachers say they ...": what the group says of itself.
SAYS = re.compile(r"\s+(?:now\s+|still\s+)?(?P<verb>say|said|report|reported|believe|believed|feel|felt|think|thought)\b",
                  re.IGNORECASE)


# What people feel or think, which only asking them can measure: no inspector or record could check it.
ATTITUDE = re.compile(r"\b(?:worried|concerned|afraid|anxious|fear|satisfied|dissatisfied|happy|unhappy|confident|optimistic|"
                      r"pessimistic|support|supported|oppose|opposed|approve|approved|disapprove|trust|trusted|distrust|prefer|"
                      r"preferred|favou?r|favou?red|agree|agreed|disagree|disagreed|like|liked|dislike|hopeful|proud|angry|"
                      r"frustrated|comfortable|uncomfortable)\b", re.IGNORECASE)


def self_reported(ctx: Context) -> Iterator[Candidate]:
    """'More than 50 percent of these administrators now report they are coordinating': the
    share is of what people say about themselves, which no one is said to have checked."""
    text = ctx.article.text
    for fact in ctx.of_kind("number"):
        d = fact.data
        if d["unit"] != "percent" or d["in_range"] or not 0 < d["value"] < 100 or d["counts_end"] is None:
            continue
        said = SAYS.match(text, d["counts_end"])
        link = re.fullmatch(r"\s+of\s+(?:the\s+|(?P<back>these\s+|those\s+))?", text[fact.end : d["counts_start"]])
        if said is None or link is None or ATTITUDE.search(text, said.end(), d["sentence_end"]):
            continue  # "say they are worried": a feeling, which only asking can measure
        group = d["counts"]
        evidence = ctx.sentence(fact)
        if link.group("back"):  # "50 percent of these administrators": the count of them a sentence or two before
            paragraph = ctx.article.sentences[d["sentence"]].paragraph
            earlier = [n for n in ctx.of_kind("number") if d["sentence"] - 2 <= n.data["sentence"] < d["sentence"]
                       and ctx.article.sentences[n.data["sentence"]].paragraph == paragraph
                       and (n.data["counts"] or "").split()[-1:] == group.split()[-1:]]
            evidence = sentences_around(ctx, earlier[-1].data["sentence_start"], fact.end) if earlier else None
            if evidence is None:
                continue  # "these administrators" with no group before it to show
        if group.split()[-1].lower() not in POPULATION | {"administrators", "respondents", "managers", "officials",
                                                           "doctors", "nurses", "owners", "members", "patients"}:
            continue
        sentence = ctx.sentence(fact)
        if not self_contained(sentence) or len(sentence.split()) > 35 or re.search(
                r"\b(?:checked|confirmed|verified|records|recorded|observed|tested|measured)\b", paragraph_of(ctx, fact)):
            continue
        verb = said.group("verb")
        answer = f"What the {group} themselves {verb}: no one is said to have checked it"
        wrong = {
            f"What inspectors saw the {group} do": f"No inspection is mentioned: the figure is what the {group} {verb}.",
            f"A count from official records of the {group}": f"No records are mentioned: the figure is what the {group} "
                                                              f"{verb}.",
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"self-reported-{slugify(group, 20)}", skill="numbers",
                prompt=f"The article says {quoted(display(evidence if len(evidence.split()) <= 70 else sentence))} What does the "
                       f"figure {fact.data['figure']} measure?",
                evidence=evidence,
                explanation=(f"“{capitalise(verb)}” shows the figure is what the {group} said about themselves, in a survey "
                             "or when asked. People can remember wrongly, or answer as they think they should, so a "
                             "figure people give about themselves is weaker than one someone checked."),
                feedback=wrong, template="self-reported",
            ),
            0.85 * ctx.centrality(fact.start) + 0.04, f"figure:{d['figure']}",
        )
