"""Records the article claims with no source ("the first new ferry since 1987"), and what a
reader would need to check one: the records of every year it reaches back over."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.generate.common import Candidate, Context, capitalise, choice, quoted, self_contained, slugify
from quiz.core.generate.sourcing import _stop

# Words that give a sentence a source or point at one: "said", "according to", "told",
# "a report by", "the survey found", "data show", "sources".
SOURCE_WORDS = re.compile(
    r"\b(?:said|says|say|saying|told|tells|tell|according|reported|reports?|reportedly|reporting|announced|announces|"
    r"explained|added|noted|wrote|writes|claimed|argued|argues|estimated|estimates?|confirmed|confirms|warned|quoted|"
    r"quoting|cited|citing|sources?|stud(?:y|ies)|surveys?|surveyed|polls?|data|statistics|census|analysis|research\w*|"
    r"found|finds|shows?|showed|shown|suggests?|suggested|statement|spokes\w+|interview\w*|asked|insisted)\b",
    re.IGNORECASE)
# Words that make a sentence something other than a plain claim of fact: a hedge, a
# forecast, a belief ("is believed", "expected to", "could").
NOT_PLAIN = re.compile(r"\b(?:may|might|could|would|will|should|expected|likely|apparently|seems?|seemed|believed|"
                       r"thought|probably|possibly|perhaps|about to|plans?|planned|hopes?|if)\b", re.IGNORECASE)
# A record only records of the past could settle: "the first victory ... since 1958", "the
# largest ... since the program was established", "the lowest in nearly 50 years".
RECORD = re.compile(
    r"\b(?:first|only|highest|lowest|largest|biggest|smallest|most|fewest|best|worst|record)\b[^.;]*?"
    r"\b(?:since (?:\d{4}|the|it|its)|in (?:at least |nearly |almost |more than |over )?\d+ years|ever)\b",
    re.IGNORECASE)
# A record that names no years: "an unprecedented response", "a record high", "an all-time low".
RECORD_ALONE = re.compile(r"\b(?:unprecedented|(?:historic|record|all-time) (?:high|low)s?)\b", re.IGNORECASE)
# How far back a record reaches: "since 1958", "in 36 years", "since the program was established in 1981".
REACH = re.compile(r"\b(?:since \d{4}|in (?:at least |nearly |almost |more than |over )?\d+ years|since (?:the|it|its)\b[^,;.]*|ever)")
# The same reach, read for the records that would cover it: how many years, and whether at least.
YEARS = re.compile(r"^in (?:(?P<least>at least |more than |over )|nearly |almost )?(?P<years>\d+) years$|^since (?P<since>.+)$")
KINDS = ("news", "wire", "press-release", "study")
# Words by which a sentence of a study report speaks of the study itself, whose figures are
# the study's: only its background ("More than two billion people live ...") has no source.
STUDY_WORDS = re.compile(r"\b(?:stud(?:y|ies|ied)|trials?|survey\w*|participants?|patients?|researchers?|results?|groups?|"
                         r"enrolled|assigned|treated|median|responses?|measured|sample|samples|tested|authors?|"
                         r"findings?|paper|journal|investigators?|data)\b", re.IGNORECASE)
WORDS = (6, 40)


def unsourced_records(ctx: Context) -> Iterator[tuple[int, str, str]]:
    """Sentences in the article's own voice that state a record as plain fact,
    with no source in them, in the sentence before (even across a paragraph break), or in
    the next one of the paragraph; not inside a quotation, not an item of a list cut from
    its lead-in, not the headline or a dateline. Each with where it starts and the passage
    to show it by: the sentence, or with the one before when it points back."""
    text = ctx.article.text
    sources_at = {s.data["sentence_start"] for s in ctx.of_kind("source")} | \
        {q.data["sentence_start"] for q in ctx.of_kind("quote")}
    turns = ctx.of_kind("turn")
    sentences = ctx.article.sentences
    for index, sentence in enumerate(sentences):
        words = text[sentence.start : sentence.end]
        if sentence.start in sources_at or ctx.article.title and sentence.start < len(ctx.article.title) + 2:
            continue
        if any(t.start <= sentence.start < t.end for t in turns) or re.match(r"[A-Z][\w .’'-]{0,40}:\s", words):
            continue  # an interview's answer, or "Chet Clem: ...": someone's words
        ends_paragraph = text[sentence.end : sentence.end + 1] in ("\n", "")
        if not (words.endswith(".") or ends_paragraph and words[-1:].isalnum() and len(words.split()) >= 8) \
                or not words[:1].isupper() or not WORDS[0] <= len(words.split()) <= WORDS[1]:
            continue  # "Group F — Sweden 1–0 Korea", a list item ending on ";": not a claim standing alone
        if re.search(r"[“”\"‘]|(?<![a-z])’|’(?![a-z])", words) or SOURCE_WORDS.search(words) or NOT_PLAIN.search(words):
            continue
        if _inside_quotation(ctx, sentence.start) or _after_lead_in(ctx, sentence.start):
            continue
        shown = words
        if not self_contained(words):
            before = sentences[index - 1] if index else None
            if before is None or before.paragraph != sentence.paragraph or re.match(r"(?:This|That|It)\s", words):
                continue  # a bare "This was ..." may point at any of the things said before
            shown = text[before.start : sentence.end]  # "These funds represent ...": with what they point back to
            shown = re.sub(r"^[^:]{0,80}:\s+(?=[A-Z])", "", shown)  # without a heading run into the paragraph
            if not self_contained(shown) or len(shown.split()) > 60 or re.search(r"[“”\"]", shown):
                continue
        if not (RECORD.search(words) or RECORD_ALONE.search(words)) or _sourced_elsewhere(ctx, sentence, sources_at):
            continue
        if ctx.kind.kind == "study" and (STUDY_WORDS.search(words) or any(
                STUDY_WORDS.search(text[s.start : s.end]) for s in sentences if s.paragraph == sentence.paragraph)):
            continue  # the study's own figures, or beside them
        near = [sentences[index - 1]] if index else []
        near += [s for s in sentences[index + 1 : index + 2] if s.paragraph == sentence.paragraph]
        if any(s.start in sources_at or SOURCE_WORDS.search(text[s.start : s.end]) or re.search(r"[“”\"]", text[s.start : s.end])
               for s in near):
            continue  # a source just before or after could be read as the one behind it
        yield sentence.start, words, shown


def _sourced_elsewhere(ctx: Context, sentence, sources_at: set[int]) -> bool:
    """Whether a figure of the sentence, or one within 2% of it, stands in a sentence that
    names a source elsewhere ("like 189 other galleries" in the lede, "190 universities"
    from the treasurer further on): the claim may be that source's, summed up."""
    values = [f.data["value"] for f in ctx.of_kind("number") if sentence.start <= f.start < sentence.end and f.data["value"]]
    return any(f.data["sentence_start"] in sources_at and f.data["sentence_start"] != sentence.start
               and abs(f.data["value"] - value) <= 0.02 * value for f in ctx.of_kind("number") for value in values
               if value >= 10)


def _inside_quotation(ctx: Context, offset: int) -> bool:
    """Whether an opening quotation mark before `offset`, in its paragraph or one left open
    in the paragraph before, is still open: the sentence is someone's words."""
    text = ctx.article.text
    start = text.rfind("\n", 0, offset) + 1
    before = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _after_lead_in(ctx: Context, offset: int) -> bool:
    """Whether the sentence is one of a list under a lead-in ending in a colon ("The
    Administration is mobilizing $150 million, including:")."""
    text = ctx.article.text
    start = text.rfind("\n", 0, offset) + 1
    lines = [line for line in text[:start].split("\n") if line.strip()]
    return bool(lines) and (lines[-1].rstrip().endswith((":", ";")) or text[start:offset].rstrip().endswith(":"))


def _governed_by_outlet(ctx: Context) -> bool:
    """Whether the story rests on another news organisation's report from its opening
    ("according to today's Washington Post"): then every claim may be that report's."""
    text = ctx.article.text
    paragraphs = [p for p in text.split("\n") if p.strip()][:3]
    opening_end = text.find(paragraphs[-1]) + len(paragraphs[-1]) if paragraphs else 0
    return any(s.data["source_kind"] == "outlet" and s.start < opening_end for s in ctx.of_kind("source"))


def unsourced_record(ctx: Context) -> Iterator[Candidate]:
    """'“This was Sweden's first win ... since 1958.” The article names no source for “first
    win ... since 1958”. What would a reader need to check that claim?' A record is a claim about every earlier
    year it reaches back over, so one event's account, a witness or a repeat cannot settle
    it: only the records of those years can."""
    if ctx.kind.kind not in KINDS or _governed_by_outlet(ctx):
        return
    release = ctx.kind.kind == "press-release"
    where = "release" if release else "article"
    for start, sentence, shown in unsourced_records(ctx):
        record = RECORD.search(sentence) or RECORD_ALONE.search(sentence)
        reach = REACH.search(record.group() + sentence[record.end():]) if record.re is RECORD else None
        if record.re is RECORD and (reach is None or len(reach.group().split()) > 10):
            continue
        # The record's own words, named in the prompt: a sentence may hold other claims too.
        words = sentence[record.start():record.start() + reach.end()] if reach else record.group()
        reach = reach.group().rstrip(" .") if reach else ""
        answer = f"Records of {_span(reach)}, to compare it with"
        wrong = {
            "Full figures for this one time alone, from start to finish": "Figures for this time show what happened "
                                                                          "now, not that nothing before matched it.",
            "A statement from someone involved, saying it is so": "Someone involved can say what happened this time, "
                                                                  "not how it compares with everything before it.",
            "Other news reports that give the same claim": "Reports that repeat a claim do not check it: they may have "
                                                           "copied it from the same place.",
        }
        first = record.group().split()[0].lower()
        claim = (f"“{capitalise(first)} … {reach}” is a claim about the past as well as the present: it sets this against "
                 f"everything of its kind {reach}." if reach else
                 f"“{capitalise(record.group())}” is a claim about the past as well as the present: it says nothing "
                 "before matched this, yet the text compares it with nothing.")
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"unsourced-record-{slugify(sentence, 24)}", skill="sourcing",
                prompt=(f"{quoted(shown)}{_stop(shown)} The {where} names no source for “{words.rstrip(' .')}”. What would a "
                        "reader need to check that claim?"),
                evidence=shown,
                explanation=(f"{claim} The {where} names no source for it"
                             + (", so the publisher's word is all there is" if release else "")
                             + f". Only {'the records of those years' if YEARS.search(reach) else 'records of the past'}, such as "
                             "figures or results kept over time, could settle it."),
                feedback=wrong, template="unsourced-record",
            ),
            0.8 * ctx.centrality(start) + 0.08, f"unsourced:{start}",
        )


def _span(reach: str) -> str:
    """The past a record is set against, as the records that would check it cover it: "the
    past 36 years" for "in 36 years" (or "in nearly 36 years"), "at least the past 20
    years" for "in more than 20 years", "every year since 1987"; else every earlier case."""
    found = YEARS.search(reach)
    if found is None:  # "ever", or a record that names no years
        return "earlier cases of the same kind"
    if found.group("since"):
        return f"every year since {found.group('since')}"
    return f"{'at least ' if found.group('least') else ''}the past {found.group('years')} years"
