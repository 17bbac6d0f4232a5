"""Background against news: which sentence of the article gives background (the rule the
story happens under, how things usually work, what was true before), and which report the
news itself. The student tells them apart among real sentences of the article; the wrong
choices are sentences that plainly report the news: the opening sentence, a reaction, an
event dated to the story's own day, in a release what its publisher is doing, in the report
of a study what the study did or found. In a study's report, what is known in general of
its subject ("Lesions ... can develop into cancer") is background too."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from quiz.core.domain import Sentence
from quiz.core.facts.common import MONTH_NAMES, inside_quotes
from quiz.core.generate.common import DATELINE, Candidate, Context, choice, display, self_contained, slugify

# Kinds of text whose sentences report news in the writer's voice. In a speech, an
# interview or a column every sentence is someone's claim, and the background it gives is
# part of the argument.
NEWS_KINDS = frozenset(("news", "wire", "press-release", "fact-check", "study"))
MIN_WORDS, MAX_WORDS = 8, 38

# What marks a sentence as background, by the lesson it teaches.
RULE = re.compile(
    r"^(?:Under|By)\s+(?:the|a|an|its|their|current|existing|federal|state|local|international)\s+(?:[\w’'.-]+\s+){0,6}?"
    r"(?:Act|Amendment|Treaty|Convention|Constitution|[Ll]aws?|[Rr]ules?|[Rr]egulations?|[Aa]greement|[Cc]harter|[Cc]ontract)\b"
    r"|\b(?:Act|Amendment|Constitution|[Ll]aw|[Rr]ules?)\s+(?:bars|forbids|prohibits|allows|requires|bans|limits|permits)\b"
)
USUAL = re.compile(r"(?<!was )(?<!were )\b(?:typically|usually|normally|traditionally|ordinarily)\b(?!\s+(?:short|brief))")
BEFORE = re.compile(
    r"\b(?:is|are|has|have|had)\s+already\b(?!\s+\w+ing\b)|\balready\s+(?:been|stationed|in\s+place)\b"
    r"|\b(?:previous|earlier|prior)\s+(?:this\s+(?:year|month)|(?!this\b|today\b)[a-z]+)"
    r"|\bpreviously\b|\bin\s+the\s+past\b"
    r"|\b(?:a|one|two|three|four|five|ten|\d+|several|many)\s+(?:years?|decades?)\s+ago\b"
    r"|^Since\s+(?:(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b|\w+)|\bsince\s+(?:19|20)\d\d\b|\blast\s+(?:year|month)\b"
    r"|\b(?:founded|established|set\s+up|created|unveiled|launched|introduced|passed|signed|enacted|opened|built|formed|"
    r"adopted|approved|elected|appointed)\s+(?:in\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b"
    r"|\bfirst\b[^.;]*\bsince\s+(?:19|20)\d\d\b|\b(?:has|have|had)\s+long\b|\b(?:has|have)\s+been\b[^.;]*\bsince\b"
    # "has been ... for decades": how long something has held, up to the news. A duration
    # without it ("is accused of polluting the river for three years") is the news.
    r"|\b(?:has|have|had)\s+(?:long\s+)?(?:been|[a-z]+ed)\b[^.;]*\bfor\s+(?:more\s+than\s+|nearly\s+|over\s+|about\s+|"
    r"almost\s+|at\s+least\s+)?(?:[\w-]+\s+)?"
    r"(?:years|decades|generations)\b|\blatest\s+in\s+a\s+(?:series|string|line|run)\s+of\b"
    r"|\b(?i:studies|research|earlier\s+work)\s+(?:have|has)\s+(?:shown|found|suggested)\b"
    r"|\b(?i:past)\s+(?:studies|research|work|surveys|experiments|attempts|efforts|missions|outbreaks|deployments)\b"
    r"|\b(?:is|was|are|were)\s+not\s+the\s+first\b"
    r"|\bcomes?\s+(?:(?:just\s+)?(?:a|one|two|three|\w+)\s+(?:days?|weeks?|months?|years?)\s+)?(?:after|amid)\b"
)
# What marks a sentence as the news of the day, or as a guess about what comes next: a key
# with these would be news as well as background.
EVENT_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|this\s+week|now)\b|\bcurrently\s+(?:being|[a-z]+ing)\b"
    r"|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", re.IGNORECASE)
# A day an event happened on; "currently" or "now" tells of a state, which may be background.
ON_THE_DAY = re.compile(r"\b(?:today|tonight|yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
                        re.IGNORECASE)
NEWS_DAY = re.compile(rf"{EVENT_DAY.pattern}|\bso\s+far\b|\brecent(?:ly)?\b|(?<!earlier )\bthis\s+year\b", re.IGNORECASE)
# A charge is news, or someone's claim, however long the wrong it names has gone on.
CHARGE = re.compile(r"\b(?:accused|alleged|allegedly|charged|critici[sz]ed|blamed|suspected)\b", re.IGNORECASE)
AHEAD = re.compile(r"\b(?:will|would|could|may(?!\s+\d)|might|plans?\s+to|planned\s+to|expected|hopes?\s+to)\b", re.IGNORECASE)
SPEECH = re.compile(r"\b(?:said|says|say|told|tells|added|according\s+to|pointed\s+out|noted|explained|stated|announced|"
                    r"observed|recalled|wrote|argued|claimed|believes?|recogni[sz]ed|acknowledged|admitted|conceded)\b")
QUOTE_MARK = re.compile(r"[“”\"]")
# Any sign of the past or of a comparison with it, kept out of the wrong choices: a
# sentence that is news and background at once is not plainly wrong.
PAST_SIGN = re.compile(
    r"\b(?:since|previous|previously|earlier|prior|already|before|ago|last|past|history|historic|ever|never|always|record|"
    r"first|again|long|still|used\s+to|for\s+(?:weeks|months)|unprecedented|typically|usually|normally|traditionally|"
    r"under|decades?|years?|century|once|initial|initially|originally|formerly)\b|\bas\s+(?:it|they)\s+(?:was|were)\b"
    r"|\bwhen\s+\w+(?:\s+\w+)?\s+(?:was|were)\b|\b(?:in|since|until|by|from|before|after)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE)


MONTHS = MONTH_NAMES.split("|")
DATE = re.compile(rf"\b({'|'.join(MONTHS)})\s+(?:(\d{{1,2}}),?\s+)?((?:19|20)\d\d)\b")
# Days between a dated event and the news that make it plainly earlier, not the same story.
EARLIER_BY = 7


STUDY_WORDS = re.compile(r"\b(?:study|studies|survey|trial|poll|sample|data|carried\s+out|conducted|collected|enrolled|"
                         r"recruited|took\s+part)\b", re.IGNORECASE)
# A year on its own, as the time of an event: "In 2019, the council voted ...".
YEAR = re.compile(r"\b[Ii]n\s+()()((?:19|20)\d\d)\b(?!\s*[-–])")


def _days(match: re.Match, latest: bool) -> int:
    """A date as a day count; a month without a day counts as its last day (latest) or its
    first, and a year without a month its last month, so that a comparison never makes it
    earlier than it may be."""
    month = MONTHS.index(match.group(1)) + 1 if match.group(1) else (12 if latest else 1)
    day, year = match.group(2), int(match.group(3))
    return year * 372 + month * 31 + (int(day) if day else (31 if latest else 1))


class Background(NamedTuple):
    sentence: Sentence
    kind: str  # "rule", "usual", "before", "dated" or "general"
    cue: str   # the words that show it, verbatim


WHY = {
    "rule": ("It gives the rule the story happens under, which was in place before this news and decides what the "
             "people in it may do. Knowing the rule shows a reader what is new, unusual or disputed."),
    "usual": ("It tells how things usually work. Knowing the usual way shows a reader what is new or unusual about "
              "this news."),
    "before": ("It tells what was already true, or had already happened, before this news. Knowing it, a reader "
               "can see how much of the story is new."),
}
WHY["dated"] = WHY["before"]
WHY["general"] = ("It states what is known in general, before and apart from this study, not something the study "
                  "found. Knowing it, a reader can see why the study matters and what it adds.")
# A background sentence that measures the news against the past ("the first since 1958",
# "goes beyond previous deployments"): a comparison a reader should check.
COMPARES = re.compile(r"\b(?:first|largest|biggest|highest|lowest|fewest|most|beyond|than|previous)\b", re.IGNORECASE)
FEEDBACK = {
    "lead": "This is the article's opening sentence: it reports the news itself, what has just happened, not the "
            "background to it.",
    "reaction": "This sentence reports what someone said at the time of the story: it is part of the news, not "
                "background from before it.",
    "finding": "This sentence reports what the study did or found: that is the news, not background.",
    "event": "This sentence reports what happens at the time of the story (done, under way or set for the days "
             "ahead), so it is news, not background.",
}


def background_sentence(ctx: Context) -> Iterator[Candidate]:
    """'Which of these sentences gives background, not the news itself?' The key is a
    sentence in the writer's voice that gives the rule, the usual way or what was true
    before; the wrong choices are sentences that plainly report the news."""
    if ctx.kind.kind not in NEWS_KINDS:
        return
    body = _body(ctx)
    news = _news_sentences(ctx, body)
    if len(news) < 2:
        return
    for found in _backgrounds(ctx, body, _news_day(ctx, body)):
        if _heading_before(ctx, found.sentence).lower() in LABELLED:
            continue  # the article labels it: the heading gives the answer away
        if found.kind in ("dated", "before") and DOING_NOW.search(found.sentence.text):
            continue  # "The vaccines they are receiving come from a stockpile set up in 2021": half of it is news
        wrong = {_shown(s.text): FEEDBACK[role] for s, role in news if s != found.sentence}
        key = _shown(found.sentence.text)
        # Quotations beside a key that is none: the one sentence without quotation marks is
        # picked without weighing news against background. One quotation among them at most.
        plain = [d for d in wrong if not QUOTE_MARK.search(d)]
        quoting = [d for d in wrong if d not in plain]
        distractors = list(wrong)[:3] if QUOTE_MARK.search(key) else (plain[:2] + quoting[:1] + plain[2:])[:3]
        if _dated(key):
            # A key alone in carrying a date is spotted by its date, not by weighing news
            # against background: a sentence dated to the story's own day must stand beside it.
            dated = [d for d in wrong if _dated(d)]
            if not dated:
                continue
            distractors = ([dated[0]] + [d for d in distractors if d != dated[0]])[:3]
        if len(distractors) < 2 or key in wrong:
            continue
        text = found.sentence.text
        pure = _whole(found)
        # A sentence that also judges ("... and yet the problem is easily fixed") is a less clean key.
        judged = any(f.data["sentence_start"] == found.sentence.start for f in ctx.of_kind("opinion", mode="judge"))
        yield Candidate(
            choice(ctx, key, distractors, id=f"background-{slugify(key, 28)}", skill="context",
                   prompt=(f"{'This text mixes its' if ctx.kind.kind == 'press-release' else 'News articles mix the'} "
                           "news with background that helps a reader judge it. Which of these sentences gives "
                           "background, not the news itself?"),
                   evidence=found.sentence.text.strip(),
                   explanation=f"{_named(found)} is background. {WHY[found.kind]}"
                               + (" It also sets the news against the past: check that the comparison is fair."
                                  if found.kind == "before" and COMPARES.search(text) else "")
                               + " The other choices report the news itself.",
                   feedback={d: wrong[d] for d in distractors}, template="background-sentence"),
            (0.8 if pure else 0.74) - 0.03 * judged - 0.04 * found.sentence.start / len(ctx.article.text),
            f"context:{found.sentence.start}",
        )


def _dated_on(text: str, news_day: int | None) -> bool:
    """Whether every date a sentence gives is the full date of the news day itself ("the
    earthquakes that struck on June 24, 2026" in a release of that day), and it gives one."""
    dates = list(DATE.finditer(text))
    return bool(news_day and dates and not YEAR.search(DATE.sub("", text))
                and all(m.group(2) and _days(m, latest=False) == news_day for m in dates))


def _dated(text: str) -> bool:
    """Whether a sentence carries a date or a year ("on June 11, 2026", "in 1999")."""
    return bool(DATE.search(text) or YEAR.search(text))


def _whole(found: Background) -> bool:
    """Whether the whole sentence is background: not background in a clause of a sentence
    that reports the news ("..., who typically control ..."), a harder and less certain pick."""
    text = _unattributed(" ".join(found.sentence.text.split()))
    aside = re.search(r",\s+(?:who|which|where|when)\b", text[: max(0, text.find(found.cue))])
    return not aside and (text.lstrip().startswith(found.cue) or not SPEECH.search(text))


# Who the writer gives a sentence on the word of, at its start or its end: "According to
# the ministry, ...", "..., the U.N. says."
ATTRIBUTED = re.compile(r"^According\s+to\s+[^,;“”\"]{2,40},\s+(?=[A-Za-z])"
                        r"|,\s+(?:according\s+to\s+[^,;“”\"]{2,40}|(?:[\w.’'-]+\s+){1,5}(?:says|said))\.$")


def _unattributed(text: str) -> str:
    """A sentence without the source the writer gives it on, at its start or end."""
    return ATTRIBUTED.sub(lambda m: "." if m.group().endswith(".") else "", text)


# Headings under which an article puts its own background.
LABELLED = frozenset(("background", "context", "history"))


def _heading_before(ctx: Context, sentence: Sentence) -> str:
    """The heading the sentence stands under ("Background", "The Study"), or ""."""
    for before in reversed([s for s in ctx.article.sentences if s.start < sentence.start]):
        text = " ".join(before.text.split())
        if len(text.split()) <= 4 and not text.endswith((".", "!", "?", ":", "”", '"')):
            return text
    return ""


def _named(found: Background) -> str:
    if found.kind == "general":
        return "This sentence"
    if found.kind == "dated":
        return f"The sentence dated “{found.cue}”, before the news this article reports,"
    return f"The sentence with “{found.cue}”"


def _news_day(ctx: Context, body: list[Sentence]) -> int | None:
    """The day of the news: the latest full date in the dateline or the opening sentence;
    with none, the first day of the latest year the article gives to anything done (not
    what "will" be done by then), so that only a year before it counts as earlier."""
    datelines = [s.text for s in ctx.article.sentences[:4] if DATELINE.match(" ".join(s.text.split()))]
    opening = [*datelines, body[0].text] if body else []
    days = [_days(m, latest=False) for text in opening for m in DATE.finditer(text) if m.group(2)]
    if days:
        return max(days)
    years = [int(m.group(3)) for s in body if not AHEAD.search(s.text)
             for m in (*DATE.finditer(s.text), *YEAR.finditer(s.text))]
    return max(years) * 372 + 31 + 1 if years else None


def _body(ctx: Context) -> list[Sentence]:
    """The article's sentences after its headline and dateline."""
    out = []
    for sentence in ctx.article.sentences:
        if ctx.heads_article(sentence) or not sentence.text.strip().endswith((".", ".”", '."')):
            continue  # a heading such as "Summary", a question
        out.append(sentence)
    return out


# A heading run into its paragraph's first sentence: "Facilitating access to vaccines: The ...".
HEADING = re.compile(r"^[A-Z][^.:;!?]{2,80}:\s+(?=[A-Z])")


def _shown(text: str) -> str:
    """A sentence as a choice shows it: without an interview's speaker label or a heading."""
    return " ".join(HEADING.sub("", display(text).strip()).split())


def _usable(text: str, pointing: bool = False) -> bool:
    """Whether a sentence reads whole as a choice: not too short or long, its quotation
    marks paired, no "he" standing for someone in another sentence. With `pointing`, it
    may open on "This", "These" or "It" ("This was the team's first win since 1958"): in a
    list of the article's sentences, it plainly means the news."""
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS or text.count("“") != text.count("”") or text.count('"') % 2:
        return False
    shown = display(text).strip()
    if pointing:
        shown = re.sub(r"^(?:This|These|It)\b", "The", shown)
    return self_contained(shown, strict=False)


def _backgrounds(ctx: Context, body: list[Sentence], news_day: int | None) -> Iterator[Background]:
    """Sentences in the writer's voice that give background and are not news as well: a
    rule, the usual way, what was before, an event dated before the news, or in the report
    of a study, what is known in general of the illness or subject it studies."""
    study = ctx.kind.kind == "study"
    # An anniversary's news is the dated event it marks: the past is the story itself, not its background.
    looks_back = bool(ANNIVERSARY.search(" ".join([ctx.article.title, *(s.text for s in body[:1])])))
    for sentence in body:
        text = " ".join(sentence.text.split())
        if inside_quotes(ctx.article.text, sentence.start, sentence.start + 1, sentence):
            continue  # a sentence of a quotation that runs over several: the speaker's, not the article's
        if not _usable(text, pointing=True) or QUOTE_MARK.search(text) or NEWS_DAY.search(text) or CHARGE.search(text):
            continue
        if AHEAD.search(text) and not RULE.search(text):
            continue  # a guess about what comes next; a rule says what "may" be done
        if SPEECH.search(text) and not RULE.match(text):
            continue  # someone's claim about the past, not the article's own background
        for kind, pattern in (("rule", RULE), ("usual", USUAL), ("before", BEFORE)):
            match = pattern.search(text)
            if match and kind == "before" and MEASURED_AGAINST.search(text[: match.start()]):
                break  # "4,200 parcels, compared with 2,900 last year": it reports the figure of now
            if match and kind == "before" and (WHO_IS.search(text[: match.start()]) or STAKE.search(text)):
                break  # "farmers who have farmed for 10 years": who the news is for; "fees in the past": a stake
            if match:
                yield Background(sentence, kind, match.group().strip())
                break
        else:
            dates = list(DATE.finditer(text)) or list(YEAR.finditer(text))
            # In the report of a study, an earlier date is when its data were gathered: the study, not background.
            if (news_day and dates and sentence != body[0] and not study and not STUDY_WORDS.search(text) and not looks_back
                    and all(_days(m, latest=True) + EARLIER_BY <= news_day for m in dates)):
                yield Background(sentence, "dated", dates[-1].group())
            elif study and sentence != body[0] and (general := _general(text)):
                yield Background(sentence, "general", general)


# "beginning farmers, those who have operated a farm for 10 years or fewer": a duration that
# defines someone in the news, not what was true before it.
WHO_IS = re.compile(r"\b(?:who|whose|that|which)\s+$")
# Money a source was paid ("authors reported consulting fees in the past"): its point is the
# source's stake, which a background question would hide.
STAKE = re.compile(r"\b(?:fees?|paid|payments?|funded|funding|grants?|consult(?:ing|ant|ancy)|donations?|"
                   r"conflicts?\s+of\s+interest|disclos\w+)\b", re.IGNORECASE)


ANNIVERSARY = re.compile(r"\b(?:anniversary|anniversaries|centenary|centennial|jubilee)\b", re.IGNORECASE)


# A figure of now set against one of before: "compared with 2,900 last year", "up from".
MEASURED_AGAINST = re.compile(r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|than|against|versus|vs\.?)\s+[^.;]*$",
                              re.IGNORECASE)


# What a study did and found, and who says so: none of it is general knowledge.
STUDY_TALK = re.compile(
    r"\b(?:study|studies|studied|trials?|researchers?|participants?|results?|found|findings?|groups?|investigators?|survey|"
    r"authors?|suggests?|showed|shows|reported|analy[sz]\w*|assigned|enrolled|follow-up|randomi[sz]ed|compared|median|"
    r"responses?|responders|video)\b|\b(?:we|our|us|I|my|you|your|they|their|them)\b", re.IGNORECASE)
# A present tense that states what holds in general: "can develop into cancer", "comes from".
GENERAL = re.compile(r"\b(?:can|causes?|comes?|leads?|accounts?\s+for|affects?|occurs?|develops?|live|lives|is|are|"
                     r"(?:do|does)\s+not|needs?|have(?!\s+[a-z]+(?:ed|en)\b))\b")
NOT_GENERAL = re.compile(r"\b(?:was|were|had|did|will|would|could|may|might|should|must|appears?|seems?)\b")


def _general(text: str) -> str:
    """In the report of a study, the verb of a sentence that states what is known in general
    ("Lesions ... can develop into cancer", "Most iodine in food comes from seafood"), or ""."""
    if STUDY_TALK.search(text) or NOT_GENERAL.search(text) or SPEECH.search(text):
        return ""
    if re.search(r"\b(?:such|these|those)\b", text):
        return ""  # "these co-deletions": named in a sentence the student does not see
    if not text[:1].isupper() or re.match(r"(?:This|These|It|What|However|But|And|So|Yet|Also)\b", text):
        return ""  # a list item, or a sentence that leans on the one before
    match = GENERAL.search(text)
    return match.group() if match else ""


def _tells_past(text: str) -> bool:
    """Whether the words a sentence quotes speak of the past ("Pop art was about ...",
    "[He] liked ..."): then the reaction is background as well as news."""
    said = re.split(r"\b(?:said|says|told|added)\b", text, maxsplit=1)
    reported = re.findall(r"[“\"]([^”\"]+)[”\"]", text) or said[1:]
    past = re.compile(r"\b(?:was|were|had|did|used\s+to)\b|(?:\]|\b(?:he|she|they|it|I|we)\b)\s+\w+ed\b", re.IGNORECASE)
    return any(past.search(words) for words in reported)


# A verb that reports an act of the news, not a bare "is" or "are" ("Politicians love a
# phrase, and few are used as often"): "has expelled", "is mobilizing", "announced".
ACT_VERB = re.compile(r"\b(?:has|have)\s+(?!been\b|had\b|long\b)[a-z]+(?:ed|en|wn|ught|ent|ade|id|un|one)\b"
                      r"|\b(?:is|are)\s+(?!being\b)[a-z]+ing\b"
                      r"|\b(?:says|say|announced|announces|confirms?|suggests?|shows?|finds?|reports?)\b")
# "Today the phrase is used by every side": "today" as "these days", a state and no event of
# the day; "today" beside a verb of an act ("announced today") dates the news.
NOWADAYS = re.compile(r"^(?:Today|Nowadays|These days),?\s+(?:[\w’'-]+\s+){0,6}?(?:is|are|has|have)\b(?!\s+\w+ing\b)")
# A standing appeal or invitation: what readers are asked to do, not what was done.
APPEAL = re.compile(r"\b(?:asked|invited|encouraged|urged|welcome)\s+to\b|\blooking\s+for\b|\bwe\s+(?:still\s+)?need\b"
                    r"|\bplease\b|\bcan\s+(?:visit|call|contact|donate|sign|apply|register|volunteer)\b", re.IGNORECASE)


def _on_the_day(text: str, pattern: re.Pattern) -> bool:
    """Whether a sentence names the day of the news, "today" meaning "these days" aside."""
    return bool(pattern.search(text)) and not NOWADAYS.match(text)


# "are receiving", "is lending": what is being done as the news breaks.
DOING_NOW = re.compile(r"\b(?:is|are)\s+(?!being\b)[a-z]+ing\b")
# "has deployed", "is working": what is being done as the news breaks.
DOING = re.compile(rf"\b(?:has|have)\s+(?!been\b|had\b)[a-z]+(?:ed|en|wn|ught|ent|ade|id)\b|{DOING_NOW.pattern}")
# What holds in general, told in a clause of a news sentence: "... - which can lead to illness".
KNOWN = re.compile(r"\bcan\s+(?:lead|cause|result|develop|harm|damage|trigger)\b", re.IGNORECASE)
# A change over time measures the news against what was before: "the decline in intake",
# "has been increasing its share". Neither is plainly news alone.
TREND = re.compile(r"\b(?:declin\w*|increas\w*|decreas\w*|rise|rises|rising|rose|fell|falling|dropp\w*|grow\w*|grew|"
                   r"chang\w*|replac\w*)\b", re.IGNORECASE)
# A rule or norm named in a sentence is background to it: "in breach of a WHO recommendation".
NORM = re.compile(r"\b(?:recommendations?|guidelines?|regulations?|laws?|rules?|polic(?:y|ies)|treaty|Act|contravention|breach)\b")
# What a study did or found: "patients who received both lived longer".
FINDING = re.compile(r"\b(?:patients|participants|men|women|children|people|volunteers|mice|those)\b[^.;]*"
                     r"\b(?:were|was|had|[a-z]{3,}ed|fell|grew|took|got|slept|ate|went|saw|lost|gave|made|became|chose|"
                     r"felt|kept|left|ran)\b")
# "... has further confirmed that health is global": an argument, not an event.
ARGUES = re.compile(r"\b(?:confirm|confirms|confirmed|show|shows|showed|prove|proves|proved|means?|further)\s+that\b|\bfurther\b")


# Words that tell of an event or what comes of it: a reaction to the news, not a remark
# that holds at any time ("These images serve as documentation of his life").
EVENTFUL = re.compile(r"\b(?:was|were|had|did|will|would|won't|wanted|going\s+to|today|now|this|cannot|can't|must|should|hopes?|I|we|[a-z]{3,}ed|[a-z]{3,}est)\b", re.IGNORECASE)
SAYING_WORDS = re.compile(r"\b(?:said|says|told|added)\b")


def _reacts(text: str) -> bool:
    """Whether what someone is reported to say reacts to an event: its words (the speech
    verb aside) tell of something done, to come or now, or it is dated to a day. A general
    remark in the present
    ("These images serve as documentation …") may be background itself, and nothing in the
    article says it was said at the time of the story."""
    return bool(EVENTFUL.search(SAYING_WORDS.sub(" ", text)) or EVENT_DAY.search(text))


def _news_sentences(ctx: Context, body: list[Sentence]) -> list[tuple[Sentence, str]]:
    """Sentences that plainly report the news and nothing from before it: the opening
    sentence, a reaction, a sentence dated to the story's own day, what a release's
    publisher is doing and what a study did or found."""
    judged = {fact.data["sentence_start"] for fact in ctx.of_kind("opinion")}
    opening = " ".join(body[0].text.split()) if body else ""
    # A feature may open on a story from years ago: only an opening that reports the news
    # as now ("has expelled", "announced on Friday") is the news.
    news_first = bool(_on_the_day(opening, EVENT_DAY) or ACT_VERB.search(opening)) and not QUOTE_MARK.search(opening)
    # A release tells of its publisher's own work as it happens: "has deployed", "is working"
    # report the news. In a report by others, "Microsoft has replaced it with newer
    # versions" may be years old.
    release, study = ctx.kind.kind == "press-release", ctx.kind.kind == "study"
    news_day = _news_day(ctx, body)
    dateline_day = max((_days(m, latest=False) for s in ctx.article.sentences[:4]
                        if DATELINE.match(" ".join(s.text.split())) for m in DATE.finditer(s.text) if m.group(2)),
                       default=None)
    found = []
    for index, sentence in enumerate(body):
        text = " ".join(sentence.text.split())
        if (not _usable(text) or PAST_SIGN.search(text) or RULE.search(text) or USUAL.search(text) or KNOWN.search(text)
                or TREND.search(text) or NORM.search(text) or BEFORE.search(text) or study and _general(text)):
            continue  # whatever could be background is never a wrong choice
        if sentence.start in judged and index:
            continue  # a judgement reports no event
        # Dated to the news day itself: plainly news where a dateline gives that day, or the
        # sentence tells what is being done now ("is mobilizing ... the earthquakes that
        # struck on June 24"); an opening that only dates a past act may be a feature's past.
        dated_today = _dated_on(text, news_day) and (news_day == dateline_day or bool(DOING_NOW.search(text)))
        if DATE.search(text) and not dated_today:
            continue  # "On February 7, 2021, the ministry announced …": what set the news off may be background
        quotes = QUOTE_MARK.search(text)
        if index == 0:
            if news_first:
                found.append((sentence, "lead"))
        elif re.search(r"(?<!has )(?<!have )\b(?:said|says|told|added)\b", text) and not _tells_past(text):
            # "Secunia has said that, as of March, …": a state of affairs someone reports, no reaction
            if _reacts(text):
                found.append((sentence, "reaction"))
        elif quotes or ARGUES.search(text):
            continue
        elif study and FINDING.search(text) and not AHEAD.search(text):
            found.append((sentence, "finding"))
        elif APPEAL.search(text):
            continue  # "Volunteers are asked to give a shift a month": a standing appeal, no event of the day
        elif (_on_the_day(text, ON_THE_DAY) or dated_today and DOING.search(text)) and not AHEAD.search(text) or release and news_first and (
                sentence.paragraph == body[0].paragraph and ACT_VERB.search(text)
                or DOING.search(text) and not AHEAD.search(text)):
            found.append((sentence, "event"))
    # The opening sentence first, then one of each other kind before a second of any.
    order = {"lead": 0, "finding": 1, "reaction": 2, "event": 3}
    found.sort(key=lambda item: order[item[1]])
    firsts = [item for i, item in enumerate(found) if item[1] not in {r for _, r in found[:i]}]
    return firsts + [item for item in found if item not in firsts]
