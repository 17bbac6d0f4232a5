"""What backs an accusation the article reports ("X accused Y of ...", "X blamed Y for ...",
"X said Y had lied"): asked only where nothing stands beside it, no figure, record,
finding or other voice in its sentence or the next, so that the article gives the
accuser's word alone."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.generate.attribution import source_name, source_point
from quiz.core.generate.common import Candidate, Context, choice, quoted, self_contained, slugify, speaker_of

# Verbs that report a charge against someone.
ACCUSE_VERBS = frozenset("accused accuses alleged alleges blamed blames".split())
BLAME_VERBS = frozenset(("blamed", "blames"))
# What someone said that is itself a charge: "said the mayor had lied".
CHARGE_WORDS = re.compile(r"\b(?:lied|lying|covered up|cover-up)\b", re.IGNORECASE)
# Anything that may back a charge: a figure, a record, a finding, an inquiry, a witness.
SUPPORT = re.compile(
    r"\d|\b(?:documents?|records?|reports?|study|studies|audit\w*|review\w*|investigat\w*|inquir\w*|probe\w*|"
    r"court|judge|ruling|verdict|found|finds|showed|shows|shown|according|data|figures|statistics|survey\w*|polls?|"
    r"video\w*|footage|photo\w*|e-?mails?|letters?|minutes|recordings?|receipts|invoices|filings?|testimony|"
    r"witness\w*|evidence|proof|police|confirmed|admitted|convicted|charged|fined|prosecut\w*|indict\w*|"
    r"lawsuits?|sued|suit|complaints?|"
    # or the accused's answer, which the article may give without quoting it
    r"den(?:y|ies|ied)|rejected|disputed|replied|responded|answered)\b",
    re.IGNORECASE,
)
# Accusers whose charge may rest on an inquiry the article does not show: not one side's word.
OFFICIAL_ACCUSER = re.compile(r"prosecut|attorney|police|judge|court|inspector|auditor|regulator|investigat",
                              re.IGNORECASE)
MIN_WORDS, MAX_WORDS = 8, 40


def accusation_support(ctx: Context) -> Iterator[Candidate]:
    """'“Senator Ruth Vale accused the agency of wasting money.” What does the article put
    beside this accusation to back it up?': only Ruth Vale's word, where the sentence and the
    next hold no figure, record, finding or other voice. An accuser has a side; a reader waits
    for evidence or the accused's answer before taking the charge as fact."""
    if ctx.kind.kind in ("interview", "speech", "opinion"):
        return  # every word is one person's: no writer's report to weigh
    quotes = ctx.of_kind("quote")
    for fact in quotes:
        speaker = speaker_of(fact.data["speaker"])
        if speaker is None or not speaker.named or speaker.kind not in ("person", "organisation"):
            continue
        if OFFICIAL_ACCUSER.search(f"{speaker.key} {fact.data['speaker'].get('description') or ''}"):
            continue
        if fact.data.get("via") or not _charges(fact.data.get("verb") or "", ctx.article.text[fact.start:fact.end]):
            continue
        sentences = ctx.article.sentences_over(fact.data["sentence_start"], fact.data["sentence_end"])
        if len(sentences) != 1:
            continue
        index = ctx.article.sentences.index(sentences[0])
        sentence = sentences[0].text
        passage = ctx.article.sentences[index : index + 2]
        if not MIN_WORDS <= len(sentence.split()) <= MAX_WORDS or not self_contained(sentence):
            continue
        if any(m in sentence for m in "“”\"") or re.match(r"\s*(?:If|Unless|Although)\b", sentence):
            continue
        if any(SUPPORT.search(s.text) for s in passage):
            continue  # a record, a figure or a finding may stand behind it
        if any(_other_voice(q, fact) and passage[0].start <= q.start < passage[-1].end for q in quotes):
            continue  # someone else speaks to it: a witness, or the accused's answer
        name = _name(ctx, fact, speaker)
        answer = f"Nothing beside it: only {name}'s word"
        wrong = {
            "A document or record that shows it": f"No document or record is named beside the charge, in this "
                                                  f"sentence or the next: the article reports only that {name} made it.",
            "Figures that back it up": "No figure is given for the charge in this sentence or the next.",
            "Another witness who saw it happen": f"No one else speaks to the charge here: the only voice in this "
                                                 f"sentence and the next is {name}'s.",
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"accusation-{slugify(speaker.key, 20)}-{slugify(sentence, 16)}",
                skill="sourcing",
                prompt=f"{quoted(sentence)} What does the article put beside this accusation to back it up?",
                evidence=ctx.article.text[passage[0].start : passage[-1].end],
                explanation=(f"An accusation is a claim, not a finding, and {name} is on one side of the quarrel. "
                             f"Here the article gives no record, figure or other witness for it, only {name}'s "
                             "word. A reader should wait for evidence, or for the answer of the side accused, "
                             "before taking it as fact."),
                feedback=wrong, template="accusation-support",
            ),
            0.75, source_point(speaker),
        )


def _charges(verb: str, words: str) -> bool:
    """Whether a reported statement is a charge against someone: 'accused the agency of',
    'blamed Mayor Brandt for' (a person or body, not 'blamed the rain'), 'said Brandt had lied'."""
    verb = verb.lower()
    if verb in BLAME_VERBS:
        return bool(re.match(rf"{verb}\s+(?:the\s+)?[A-Z]", words))
    return verb in ACCUSE_VERBS or bool(CHARGE_WORDS.search(words))


def _name(ctx: Context, fact, speaker) -> str:
    """The accuser as the sentence names it, 'the Ministry of Health' where it opens on
    'The Ministry of Health', else as sources are named elsewhere."""
    verb_at = fact.data.get("verb_at")
    subject = ctx.article.text[fact.data["sentence_start"] : verb_at].strip() if verb_at is not None else ""
    if re.fullmatch(rf"The\s+{re.escape(speaker.key)}", subject):
        return "the " + speaker.key
    return source_name(speaker)


def _other_voice(quote, fact) -> bool:
    return quote is not fact and quote.data["speaker"] != fact.data["speaker"]
