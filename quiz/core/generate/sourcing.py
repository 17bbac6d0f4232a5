"""Sourcing: which claims rest on unnamed sources, what kind of source stands behind a
claim, why a source is not named, and what a passive with no agent hides."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.facts.language import CHANGE_VERBS, CHARGED, LOADED
from quiz.core.facts.sources import is_outlet
from quiz.core.facts.voice import UNMISTAKABLE
from quiz.core.generate.common import (
    Candidate, Context, capitalise, choice, claim_text, clip, display, is_claim, mid_sentence, or_list, quoted, self_contained,
    paragraph_span, several_people, shuffled, slugify, speaker_of, stems, voice_at,
)
from quiz.core.generate.evidence import claim_evidence, paragraphs_beside, sentences_around

UNNAMED_KINDS = ("unnamed", "vague")
# How a claim is supported, as the choices of "how does the article support ...?".
SUPPORT = {
    "named-person": "It names the person who says it",
    "named-organisation": "It names the organisation that says it",
    "unnamed": "It cites a source it does not name",
    "vague": "It cites a source it does not name",
    "document": "It cites a document, such as a report or a study",
    "outlet": "It cites another news organisation",
    "passive": "It gives no source at all",
}


ANONYMOUS = re.compile(
    r"\b(?:official|officials|source|sources|spokes(?:wo)?man|spokesperson|diplomat|diplomats|aide|aides|insider|"
    r"insiders|people familiar|person familiar|people close|person close|employee|employees)\b", re.IGNORECASE)


def unnamed_claims(ctx: Context) -> Iterator[Candidate]:
    """'Which of these claims rests on a source the article does not name?' beside claims
    from sources it names."""
    sources = [s for s in ctx.of_kind("source") if self_contained(s.text) and is_claim(s) and 6 <= len(s.text.split()) <= 25
               and not re.match(r"(?:because|if|when|while|although|as|since)\b", s.text, re.IGNORECASE)]
    sources = [s for s in sources if not layered(ctx, s) and not (s.data.get("direct") and s.text[:1].islower())]
    unnamed = [s for s in sources if s.data["source_kind"] in UNNAMED_KINDS and _a_person(s) and not spokesperson_for(s)
               and _hidden_person(ctx, s.data["speaker"].get("description") or "")]
    named = _distinct_texts([s for s in sources if s.data["source_kind"] == "named-person" and not _names_in(ctx, s)])
    if len(named) < 2:
        return
    asked = set()
    for number, answer_fact in enumerate(unnamed):
        who = answer_fact.data["speaker"].get("description")
        if _bare(who) in asked:
            continue  # one question per unnamed source: the others would ask it again
        asked.add(_bare(who))
        wrong = (named[number % len(named):] + named[: number % len(named)])[:3]  # another set for a second source
        answer = claim_text(answer_fact.text, 18)
        distractors = [claim_text(s.text, 18) for s in wrong]
        if len({answer, *distractors}) < 1 + len(distractors) or len(distractors) < 2:
            continue
        evidence = claim_evidence(ctx, _quote_at(ctx, answer_fact) or answer_fact)
        if evidence is None:
            continue
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"unnamed-claim-{slugify(answer_fact.text, 20)}", skill="sourcing",
                prompt="Which of these claims in the article rests on a source it does not name?",
                evidence=evidence,
                explanation=(f"The article gives this claim to “{who}” and no name. A reader cannot check who they are or how "
                             "they know, so the claim needs more care; the others come from people the article names."),
                feedback={claim_text(s.text, 18): f"This comes from {ctx.label(s.data['speaker']) or 'a named source'}, whom the article names."
                          for s in wrong},
                template="unnamed-claims",
            ),
            0.9, f"unnamed-claims:{_bare(who)}",
        )


def _hidden_person(ctx: Context, description: str) -> bool:
    """An anonymous source ("a senior official", "people familiar with the talks"), or
    unnamed witnesses or experts in an article that names no research team they could be."""
    return bool(ANONYMOUS.search(description) or WITNESSES.search(description) and not _names_research(ctx))


def _names_in(ctx: Context, source) -> bool:
    """Whether a claim's words name a person the article quotes, which would make it
    look like the claim of that person ("North Korea", a place, does not count)."""
    surnames = {s.key.split()[-1] for s in ctx.speakers.values() if s.named and s.kind == "person" and len(s.key.split()) > 1}
    return any(re.search(rf"\b{re.escape(name)}\b", source.text) for name in surnames)


def support_kind(ctx: Context) -> Iterator[Candidate]:
    """'How does the article support the claim that ...?' for a claim that rests on an
    unnamed source, a document or another outlet; the prompt does not name the source. Not
    for a named person: the answer would only be to spot the name, when what matters is
    the person's stake. Not in a speech: every word of it is the speaker's, whoever they cite."""
    if ctx.kind.kind == "speech":
        return
    for source in ctx.of_kind("source"):
        kind = source.data["source_kind"]
        if kind not in ("unnamed", "vague", "outlet", "document") or not self_contained(source.text) \
                or len(source.text.split()) < 6:
            continue
        if not is_claim(source) or any(mark in source.text for mark in "“”\"") or FRAGMENT.match(source.text):
            continue  # "for hundreds, if not thousands, of years": a piece cut from its claim
        if kind in ("unnamed", "vague") and not (_a_person(source) and _hidden_person(ctx, source.data["speaker"].get("description") or "")):
            continue
        if kind == "document" and (not _unnamed_document(source) or ctx.kind.kind == "study" or _names_research(ctx)):
            continue  # the study the article reports on, whose authors it names
        if ctx.in_title(source):
            continue  # the headline is the article's voice
        if layered(ctx, source):
            continue  # two layers of source: either could be taken for the answer
        if re.match(r"(?:because|if|when|while|although|as|since)\b", source.text, re.IGNORECASE) or len(source.text.split()) > 25:
            continue  # a clause cut from its claim
        speaker = source.data["speaker"]
        if speaker.get("name") and any(part in source.text for part in (speaker["name"] or "").split() if len(part) > 2):
            continue
        if BARE_BODY.search(source.text):
            continue  # "the department does not comment": which department, the prompt does not say
        organisation = spokesperson_for(source) if kind == "unnamed" else ""
        if organisation:
            kind = "named-organisation"  # a spokesperson speaks on the record for a body the article names
        elif SPOKESPERSON.search(speaker.get("description") or ""):
            continue  # a spokesperson for a body described, not named: named or not is a matter of reading
        named_at = traced_from(ctx, source)
        if named_at is None:
            continue  # the source in the claim's own sentence: finding it is all there is to do
        if any(named_at < s.data["sentence_start"] < source.data["sentence_start"] and s.data["speaker"] != speaker
               for s in ctx.of_kind("source")):
            continue  # another source between: "he said" could be read as theirs
        answer = SUPPORT[kind]
        wrong = ("named-person", "outlet", "passive") if kind == "document" else ("named-person", "unnamed", "outlet", "passive")
        distractors = [v for k, v in SUPPORT.items() if v != answer and k in wrong and not (organisation and k == "unnamed")]
        evidence = sentences_around(ctx, named_at, source.data["sentence_end"])
        if evidence is None or kind != "outlet" and (SECOND_LAYER.search(_paragraphs_around(ctx.article.text, source.start))
                                                     or _via_outlet(ctx, speaker)):
            continue  # "told CBC News", "according to the Associated Press": a second right answer
        if any(q.start < source.start and source.end <= q.end for q in ctx.of_kind("quote", direct=True)):
            continue  # relayed inside someone else's quotation: two layers of source
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"support-{slugify(source.text, 24)}", skill="sourcing",
                prompt=f"How does the article support the claim {quoted(clip(source.text.rstrip(' .'), 20))}?",
                evidence=evidence,
                explanation=_spokesperson_explanation(source, organisation) if organisation else _support_explanation(kind, source),
                feedback={SUPPORT[k]: SUPPORT_WRONG[k] if k != "unnamed" or kind != "outlet"
                          else "The source is named: it is a news organisation." for k in wrong if SUPPORT[k] in distractors},
                template="support-kind",
            ),
            0.75, f"source:{source.start}",
        )


def traced_from(ctx: Context, source) -> int | None:
    """Where the article names the source of a claim that its own sentence gives only as
    "he said" or "the official added": the start of the nearest sentence before it, in its
    paragraph or the one before, that names or describes the source in full. None where the
    claim's own sentence does (the answer is beside the claim), or no sentence near does."""
    speaker = source.data["speaker"]
    names = [" ".join(n.split()).lower() for n in (speaker.get("name"), speaker.get("description")) if n]
    if speaker.get("name") and speaker.get("kind") == "person":
        names.append(speaker["name"].split()[-1].lower())  # "Bennett said"
    def names_it(text: str) -> bool:  # "Ward", not "award"
        return any(re.search(rf"\b{re.escape(n)}\b", " ".join(text.split()).lower()) for n in names)

    if not names or names_it(ctx.sentence(source)):
        return None
    sentences = ctx.article.sentences
    index = next((i for i, s in enumerate(sentences) if s.start == source.data["sentence_start"]), None)
    for earlier in reversed(sentences[max(0, (index or 0) - 3) : index or 0]):
        if sentences[index].paragraph - earlier.paragraph > 1:
            break
        if names_it(earlier.text):
            return earlier.start
    return None


# "the department", "the company": a body the claim names by its kind alone, which the
# sentences before it named.
BARE_BODY = re.compile(r"\b[Tt]he (?:department|agency|company|ministry|firm|office|council|board|authority|commission|"
                       r"hospital|university|school|bureau|organi[sz]ation|group|charity|foundation|institute|cent(?:er|re)|"
                       r"trust|court|committee|manufacturer|maker)\b(?!\s+(?:of|for)\s+[A-Z])")


# Words a claim cut from its sentence opens on: "for hundreds of years", "which ...".
FRAGMENT = re.compile(r"(?:for|of|in|on|at|by|with|from|to|about|into|over|after|before|during|than|and|or|but|which|"
                      r"who|whom|whose|that)\b")
# Unnamed people who saw or know something, beside the anonymous sources of ANONYMOUS.
WITNESSES = re.compile(r"\b(?:witnesses|eyewitnesses|survivors|experts|analysts|critics|observers|investigators)\b",
                       re.IGNORECASE)
# A document a claim can rest on, when the article does not say who wrote it. Not a study:
# an article about one describes it, and the study templates ask about it.
DOCUMENTS = re.compile(r"\b(?:report|letter|memo|document|assessment|filing|briefing)\b", re.IGNORECASE)


def _unnamed_document(source) -> bool:
    """'a leaked internal letter', 'a new report': a document, not a person, with no name
    or author a reader could look up."""
    speaker = source.data["speaker"]
    description = speaker.get("description") or speaker.get("name") or ""
    return (not speaker.get("named") and bool(DOCUMENTS.search(description)) and source.data.get("verb_kind") == "say"
            and not re.search(r"\b(?:by|from|of)\s+(?:the\s+)?[A-Z]|[A-Z]\w*(?:’s|'s)", description))


# A claim that itself reports someone's words: "staff have complained to her that ...".
RELAYING = re.compile(r"\b(?:told|tells|complained|warned|assured|confided|wrote)\s+(?:to\s+)?(?:me|us|him|her|them)\b|"
                      r"\b(?:said|says|say|told|reported|claimed|complained|heard)\b|[‘“\"]")


def layered(ctx: Context, source) -> bool:
    """Whether a claim reaches the article through more than one source: a claim that
    holds another's words ("X says staff complained to her that ..."), one held inside
    another source's claim, one in another person's turn of a transcript (Blinken telling
    what Biden said), or a sentence whose other source could be read as the one behind it
    ("The Courier reported that lobbyists say ..."). The chain is then a matter of
    reading, and a question about "the" source has two right answers."""
    if source.data.get("via") or RELAYING.search(source.text):
        return True
    if RELAYED_BY.search(INNER_QUOTE.sub(" ", _paragraphs_around(ctx.article.text, source.start))):
        return True  # "It quoted critics like ..., with Boswell stating: ...": a publication between them and us
    if source.data["source_kind"] != "outlet" and _names_outlet(ctx.sentence(source)):
        return True  # "Officials tell BBC News ...": unnamed people, through another outlet
    speaker = source.data["speaker"]
    for other in ctx.of_kind("source"):
        if other is source or other.data["speaker"] == speaker or other.data["source_kind"] == "passive":
            continue
        if other.data["sentence_start"] == source.data["sentence_start"] and (
                other.start <= source.start < other.end or source.start <= other.start < source.end):
            return True
    return False


RELAYED_BY = re.compile(r"\b(?:quoted|quoting|cited|citing)\b", re.IGNORECASE)
INNER_QUOTE = re.compile(r"“[^”]*”|\"[^\"]*\"")


SPOKESPERSON = re.compile(r"\bspokes(?:wo)?m[ae]n\b|\bspokespe(?:rson|ople)\b|\bpress (?:secretary|officer)\b", re.IGNORECASE)


# Words that make a name a body's: "Acme Corporation", "Health New Zealand" is none, but two
# capitalised words with none of these may be a person ("Graham Whitcombe").
BODY_WORD = re.compile(r"\b(?:Department|Ministry|Agency|Office|Government|Administration|Council|Commission|Embassy|"
                       r"Bureau|Company|Corporation|Inc|Ltd|University|Institute|Foundation|Association|Party|Police|"
                       r"Service|Authority|Board|Court|Army|Navy|Force|Bank|Group|Union|Trust|Society|Club|Hospital|"
                       r"School|College|Library|Museum|Network|Alliance|Coalition|Federation|NATO|UN|EU)\b")


def spokesperson_for(source) -> str:
    """'a defense ministry spokesman' -> 'the defense ministry': the body an unnamed
    spokesperson speaks for on the record; "" for anyone else, and for a body the article
    describes without naming ("a spokesperson for one of the manufacturers", "a company
    spokesman", "a local hospital spokeswoman")."""
    description = " ".join((source.data["speaker"].get("description") or "").split())
    match = SPOKESPERSON.search(description)
    if not match:
        return ""
    after = re.match(r"\s*,?\s*(?:for|of|at)\s+(.+)", description[match.end():])
    if after and DESCRIBED.match(after.group(1)):
        return ""  # "for one of the manufacturers of zolpidem": a body not named
    body = after.group(1) if after else description[: match.start()]
    body = re.sub(r"^(?:(?:a|an|the)\s+)+", "", body.strip(" ,"), flags=re.IGNORECASE).strip()  # "a ... for the Department"
    if not body or re.fullmatch(r"(?:government|official|senior|unnamed|anonymous)?", body, re.IGNORECASE):
        return ""  # "a government spokesman", "a spokesman": no body a reader could name
    if not re.search(r"[A-Z]", body) and not (len(body.split()) >= 2 and body.split()[-1].lower() in STATE_BODIES):
        return ""  # "a company spokesman", "a local hospital": a kind of body, not one named
    if re.fullmatch(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?", body) and not BODY_WORD.search(body):
        return ""  # "a spokesperson for Whitcombe": a person's spokesperson, not a body's
    return body if body[:1].isupper() and not body.lower().startswith(("u.s.", "us ")) and body.split()[0].isupper() \
        else "the " + body


# Words that open a body described but not named: "one of the manufacturers", "a company".
# In small letters: "a spokesman for One Nation" names its body.
DESCRIBED = re.compile(r"(?:a|an|one|some|another|several|any|two|three|four|five|many|each)\b")
# Bodies of a state, one to a country, that a lowercase name still singles out: "the defense ministry".
STATE_BODIES = frozenset("ministry department office police army military navy embassy government".split())

# Why each kind of support is wrong, when it is not the answer.
SUPPORT_WRONG = {
    "named-person": "No person is named as the one who says this.",
    "unnamed": "The article names this source.",
    "outlet": "No other news organisation is given as the source of this.",
    "passive": "The article does give a source for this.",
}


def _spokesperson_explanation(source, organisation: str) -> str:
    description = source.data["speaker"].get("description") or "a spokesperson"
    return (f"The article gives these words to {mid_sentence(description)}. It does not give the spokesperson's name, "
            f"but a spokesperson speaks on the record for {organisation}: the claim is {organisation}'s official position, "
            "and a reader knows whose view it is.")


def _via_outlet(ctx: Context, speaker: dict) -> bool:
    """Whether the article names another news organisation in a sentence with this speaker:
    "Boswell told The Guardian", "McLaughlin said, according to the AP"."""
    surname = (speaker.get("name") or "").split()[-1:] or [""]
    return bool(surname[0]) and any(surname[0] in s.text and _names_outlet(s.text) for s in ctx.article.sentences)


def _names_outlet(sentence: str) -> bool:
    return any(is_outlet(m.group(1)) for m in re.finditer(r"\b(?:told|tells?|according to|to)\s+(?:the\s+)?((?:[A-Z][\w.&’'-]*\s?){1,4})", sentence))


def _paragraphs_around(text: str, offset: int) -> str:
    """The paragraph holding `offset` and the one before it, where a wire story says whose
    interview a quotation comes from."""
    end = text.find("\n", offset)
    start = text.rfind("\n", 0, max(text.rfind("\n", 0, offset), 0))
    return text[max(start, 0) : end if end >= 0 else len(text)]


def _support_explanation(kind: str, source) -> str:
    label = _label(source)
    return {
        "named-person": f"The article names who says this: {label}. A named source can be checked and held to their words.",
        "named-organisation": f"The article names the organisation behind this: {label}.",
        "unnamed": f"The source is {label}: the article describes them but does not give a name, so a reader cannot check them.",
        "vague": f"The source is only “{source.data['speaker'].get('description')}”: no names, no organisation, nothing to check.",
        "document": f"The claim comes from {mid_sentence(source.data['speaker'].get('description') or 'a document')}: a "
                    "document, not a person, and the article does not say who wrote it or where to find it.",
        "outlet": f"The writer took this from another news organisation, {label}: it is second-hand.",
        "passive": "The sentence says it happened or is believed without saying who says so.",
    }[kind]


def why_unnamed(ctx: Context) -> Iterator[Candidate]:
    """An unnamed source with the reason the article gives for not naming them."""
    asked = set()
    for source in ctx.of_kind("source"):
        reason = source.data.get("anonymity")
        if not reason or source.data["source_kind"] not in UNNAMED_KINDS or not WHY_UNNAMED.search(reason):
            continue  # "spoke on condition of anonymity" is the arrangement: the article gives no reason
        who = source.data["speaker"].get("description") or "the source"
        if _bare(who) in asked:
            continue  # one source, met again further on
        asked.add(_bare(who))
        plural = several_people(who)
        answer = capitalise(_reason_text(reason, plural))
        the_source = re.sub(r"^(?:a|an|the)\s+", "the ", who, flags=re.IGNORECASE)
        the_source = mid_sentence(the_source) if the_source == who else the_source  # "two diplomats", not "Two diplomats"
        # Reasons a source is often kept unnamed, the article's own left out: a student who has not
        # read it could believe any of them.
        others = [capitalise(_reason_text(r.replace("their job", "their jobs") if plural else r, plural))
                  for words, r in OTHER_REASONS if not re.search(words, reason, re.IGNORECASE)]
        distractors = ["The article gives no reason", *others[:2]]
        at = ctx.article.text.find(reason, source.data["sentence_start"])
        if at <= source.data["sentence_end"] + 2:
            continue  # the reason in the sentence that cites the source: found by copying it (round 42 of the review)
        evidence = sentences_around(ctx, at, at + len(reason))  # given further on, where the article points back
        if evidence is None or reason not in evidence:
            continue
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"why-unnamed-{slugify(who, 24)}", skill="sourcing",
                prompt=f"The article does not name {the_source} it cites. What reason does it give?",
                evidence=evidence,
                explanation=(f"The article says {mid_sentence(_reason_text(reason, plural))}. Sources who are not allowed to speak, or who fear "
                             "trouble, often talk only if they are not named; readers then have to trust the reporter's judgement."),
                feedback={distractors[0]: f"It does: {mid_sentence(_reason_text(reason, plural))}.",
                          **{d: f"That is a common reason, but not the one this article gives: "
                                f"{mid_sentence(_reason_text(reason, plural))}." for d in distractors[1:]}},
                template="why-unnamed",
            ),
            0.85, f"unnamed-why:{who.lower()}",
        )


# What makes an anonymity clause a reason, not only the arrangement: "because the talks are
# private", "was not authorised to speak", "for fear of losing her job".
WHY_UNNAMED = re.compile(r"\b(?:because|since|for fear|fearing|not authori[sz]ed|not allowed|not permitted)\b", re.IGNORECASE)


# Other common reasons for not naming a source, each with the words that give it away where the
# article's own reason is the same one.
OTHER_REASONS = (
    (r"authori[sz]|allowed|permitted", "was not authorised to speak to reporters"),
    (r"fear|job|reprisal|safety", "spoke on condition of anonymity for fear of losing their job"),
    (r"investigat|inquiry|court|legal", "asked not to be named because an investigation is still going on"),
)


def _reason_text(reason: str, plural: bool = False) -> str:
    reason = re.sub(r"^(?:who\s+)", "", reason.strip())
    reason = reason.replace("speaking", "spoke", 1) if reason.lower().startswith("speaking") else reason
    if plural:  # "Two diplomats, who were not authorised ...": "The sources were ...", not "The source was"
        reason = re.sub(r"^(?:was|is|has)\b", lambda m: {"was": "were", "is": "are", "has": "have"}[m.group()], reason)
    return f"The {'sources' if plural else 'source'} {reason}"




def second_hand(ctx: Context) -> Iterator[Candidate]:
    """A person's words that the writer took from another news organisation."""
    for fact in ctx.of_kind("quote"):
        sentence = ctx.article.text[fact.data["sentence_start"] : fact.data["sentence_end"]]
        match = re.search(r"according to (?P<outlet>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})", sentence)
        speaker = speaker_of(fact.data["speaker"])
        if not match or not is_outlet(match.group("outlet")) or speaker is None or is_outlet(speaker.key):
            continue
        outlet = match.group("outlet").rstrip(".")  # "the Associated Press", not "Associated Press."
        answer = f"From another news organisation, {outlet}"
        distractors = [f"{capitalise(speaker.key)} said them to the writer of this article",
                       "From a court document", "The article does not say"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"second-hand-{slugify(speaker.key, 24)}", skill="sourcing",
                prompt=f"Where did the writer get {speaker.key}’s words {quoted(_standing_alone(clip(fact.text, 14)))}?",
                evidence=sentence,
                explanation=(f"“According to {outlet}” shows that the writer did not hear {speaker.key} directly: the words "
                             f"are second-hand, taken from {outlet}'s reporting."),
                feedback={distractors[0]: f"“According to {outlet}” shows that the writer did not hear these words from "
                                          f"{speaker.key}.",
                          distractors[1]: "The article mentions no court document for these words.",
                          distractors[2]: f"It does say: “according to {outlet}”."},
                template="second-hand",
            ),
            0.85, f"speaker:{fact.start}",
        )


def _standing_alone(words: str) -> str:
    """A quotation shown alone: from its first words, or, when it opens on "This is" or
    "It was" meaning something said before, from the words after them ("…carrying out
    the President’s mandate")."""
    parts = words.split()
    for cut in range(0, 4):
        shown = ("…" if cut else "") + " ".join(parts[cut:])
        if self_contained(shown, strict=False) and not re.match(
                r"…(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must)\b", shown):
            return shown
    return words


def vague_source(ctx: Context) -> Iterator[Candidate]:
    """'“Experts say ...” True or false? Somewhere in the article, at least one of the experts
    behind these words is named.' for a vague source the article names nowhere, and 'which
    research these words rest on' for research it never names ("Research shows ...")."""
    # "two officials with knowledge of the investigation": the anonymous sources a story's news rests on.
    unnamed_groups = [s for s in ctx.of_kind("source", source_kind="unnamed")
                      if len(d := (s.data["speaker"].get("description") or "").split()) <= 3
                      or len(d) <= 8 and ANONYMOUS.search(" ".join(d))]
    for source in [*ctx.of_kind("source", source_kind="vague"), *unnamed_groups, *ctx.of_kind("source", source_kind="document")]:
        description = source.data["speaker"].get("description") or ""
        them = "them"
        reports = source.data["source_kind"] == "document" and VAGUE_REPORTS.fullmatch(description)
        # "From all the press reports I have read, ...": a phrase, not a verb, cites them.
        verbs = ("say", "phrase") if reports else ("say",)
        if not description or not is_claim(source) or source.data.get("verb_kind") not in verbs:
            continue
        if reports:
            asked = f"it tells you which {reports.group('kind').lower()} these words rest on"
            why = ("names no newspaper, broadcaster or author: a reader cannot look the reports up, or tell who wrote "
                   "them and how they knew. The words pass on what others reported, second-hand.")
        elif source.data["source_kind"] == "document":
            if not VAGUE_RESEARCH.fullmatch(description) or _names_research(ctx) and not _studies_named_nowhere(ctx, description):
                continue  # a report or study the article names, or "the research" it described before
            asked = f"it tells you which {description.lower()} these words rest on"
            it, its, is_ = ("them", "they", "their results are") if description.lower().endswith("studies") else ("it", "it", "its result is")
            them = it
            why = (f"names no study, no researcher and no journal: a reader cannot look {it} up, or tell how many people {its} "
                   f"studied or how strong {is_}. It is a vague appeal to research.")
        else:
            head = _group_head(description)
            if head.lower() not in VAGUE_WORDS and not (head.lower() == "people" and KNOWS.search(description)) \
                    or description.lower().startswith(("the ", "these ", "those ")):
                continue  # "the researchers" points back to a team the article may name
            if not _no_body(description):
                continue  # "airport officials", "city officials": the body they speak for is given
            if head.lower() in RESEARCH_WORDS and _names_research(ctx):
                continue  # "researchers say" in a lede, and the study and its team named further on
            if _names_one_of(ctx, head) or head.lower() in EXPERT_GROUPS and _expert_named_right_after(ctx, source):
                continue  # "critics say", and "one critic, Jo Penn, said" further on: the answer would be true
            if not _told_more(source) and any(_told_more(s) for s in unnamed_groups if s is not source):
                continue  # "Sources said", and "three people familiar with the matter" before: perhaps the same people
            # "names", not "tells you who they are": "teachers at Marlow High School" says who they are as a
            # group, and no more (round 36 of the review).
            count = COUNT.match(_bare(description))
            asked = f"at least one of the {count.group() + ' ' if count else ''}{head.lower()} behind these words is named"
            why = _what_is_missing(source, description, bool(count))
        evidence = sentences_around(ctx, source.start, source.end)
        if evidence is None or description not in evidence:
            continue
        # The printed words show their own source is vague: what needs the article is whether it is
        # named anywhere else (round 42 of the review).
        also = [f"“{d}”" for d in _other_unnamed_groups(ctx, source.start, description)]
        beside = f" The same goes for {or_list(also, 'and')} in the same paragraph: no names are given for them." if also else ""
        yield Candidate(
            Question(
                id=f"vague-{slugify(description, 24)}", type="truefalse", skill="sourcing",
                prompt=f"{quoted(clip(display(evidence), 20))} True or false? Somewhere in the article, {asked}.",
                answer=False, evidence=evidence,
                explanation=f"“{description}” {why} Nowhere else does the article name {them} either.{beside}",
                template="vague-source",
            ),
            # A claim its source already hedges ("appears to") leans less on the vague source: the flat one first.
            0.75 if not _hedged(ctx, source) else 0.72, f"source:{source.start}",
        )


def _group_head(description: str) -> str:
    """'two officials with knowledge of the investigation' -> 'officials'."""
    words = re.split(r"\s+(?:at|from|with|of|in|on|for|who|close|familiar|briefed|involved|knowledgeable)\b",
                     " ".join(description.split()), maxsplit=1)[0].split()
    return words[-1] if words else ""


# What may stand before a vague group without saying whom they speak for: "some experts", "two senior officials".
VAGUE_MODIFIERS = frozenset("some many several most few other a an one two three four five six seven eight nine ten "
                            "senior top leading independent unnamed anonymous numerous".split())
COUNT = re.compile(r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b", re.IGNORECASE)
# How a group of unnamed sources knows what it says: "familiar with the talks", "with knowledge of".
KNOWS = re.compile(r"\b(?:familiar with|close to|with (?:direct )?knowledge of|knowledgeable about|briefed on|involved in|"
                   r"who (?:saw|were there|attended))\b", re.IGNORECASE)


def _no_body(description: str) -> bool:
    """Whether an unnamed group is given with no body it speaks for: "officials", "two senior
    officials", not "airport officials" or "officials at the Ministry of Health"."""
    words = re.split(r"\s+(?:with|who|close|familiar|briefed|involved|knowledgeable)\b", " ".join(description.split()))[0].split()
    if re.search(r"\b(?:at|from|of|for|in) (?:the )?[A-Z]", description):
        return False
    # "health experts" names a field; "health officials", "airport officials" a body they work for.
    field = words[-1:] and words[-1].lower() not in ("officials", "official", "sources", "insiders", "aides", "authorities")
    return all(w.lower() in VAGUE_MODIFIERS or field and w.islower() for w in words[:-1])


def _told_more(source) -> bool:
    """Whether the article says how many an unnamed group is, how they know, or why they are not named."""
    description = source.data["speaker"].get("description") or ""
    return bool(source.data.get("anonymity") or COUNT.match(_bare(description)) or KNOWS.search(description))


def _what_is_missing(source, description: str, counted: bool) -> str:
    """What a reader cannot tell of an unnamed group, leaving out what the article does say:
    "three people familiar with the matter" says how many and how they know."""
    knows = KNOWS.search(description)
    missing = ["who they are", *([] if counted else ["how many"]), *([] if knows else ["how they know"])]
    said = [*(["how many they are"] if counted else []), *([f"how they know (“{description[knows.start():]}”)"] if knows else [])]
    reason = source.data.get("anonymity")
    why = f" The article says why they are not named: {mid_sentence(_reason_text(reason, several_people(description)))}." \
        if reason and WHY_UNNAMED.search(reason) else ""
    given = f"says {or_list(said, 'and')}, but gives" if said else "gives"
    return (f"{given} no names and no organisation: a reader cannot tell {or_list(missing, 'or')}.{why} "
            "It is a vague attribution.")


# Groups of experts, and the posts of one of them: "Some researchers argue ..." and then
# "Dr. Paul Achterberg, an ecologist at Castlebrook, says ...".
EXPERT_GROUPS = frozenset("researchers scientists experts analysts economists academics specialists".split())
EXPERT_POST = re.compile(r"\b(?:\w+ologists?|\w+ists?|professors?|researchers?|scientists?|economists?|analysts?|experts?|"
                         r"lecturers?|fellows?)\b", re.IGNORECASE)


def _expert_named_right_after(ctx: Context, source: Fact) -> bool:
    """Whether one of the next two sentences gives the words of a named expert: likely one of
    the group, so "none of them is named" would be false."""
    sentences = ctx.article.sentences
    at = next((i for i, s in enumerate(sentences) if s.start <= source.start < s.end), None)
    if at is None:
        return False
    after = sentences[at + 1 : at + 3]
    return any(s.data["source_kind"] == "named-person" and any(a.start <= s.start < a.end for a in after)
               and EXPERT_POST.search(s.data["speaker"].get("description") or "") for s in ctx.of_kind("source"))


def _names_one_of(ctx: Context, description: str) -> bool:
    """Whether the article names a person of the kind a vague source is ("critics" and
    "Jo Penn, a critic of the plan"; "experts" and "the expert Dr. Lee")."""
    word = description.lower().split()[-1]
    kind = re.sub(r"(?:es|s)$", "", word) if word.endswith(("sses", "xes")) else re.sub(r"s$", "", word)
    if any(s.named and re.search(rf"\b{re.escape(kind)}", s.label, re.IGNORECASE) for s in ctx.speakers.values()):
        return True
    return bool(re.search(rf"\b(?i:{re.escape(kind)}s?),?\s+(?:such as\s+|including\s+|like\s+|among them\s+)?"
                          r"(?:Dr\.?\s+|Prof\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+", ctx.article.text))


def _other_unnamed_groups(ctx: Context, offset: int, description: str) -> list[str]:
    """The other vague groups whose words the paragraph at `offset` gives ("Supporters say ...
    Critics say ..."): the explanation says they are just as unnamed."""
    start, end = paragraph_span(ctx.article.text, offset)
    return list(dict.fromkeys(
        d for s in ctx.of_kind("source") if s.data["source_kind"] in UNNAMED_KINDS and start <= s.start < end
        and (d := s.data["speaker"].get("description") or "") and _bare(d) != _bare(description)
        and len(d.split()) <= 3 and d.lower().split()[-1] in VAGUE_WORDS | GROUP_WORDS))


# Groups named only by their side, as vague as "critics": "supporters say", "opponents argue".
GROUP_WORDS = frozenset("supporters opponents backers residents locals fans parents".split())


def _hedged(ctx: Context, source) -> bool:
    return any(source.start <= h.start < source.end for h in ctx.of_kind("uncertainty", uncertainty_kind="hedge"))


# "Research shows ...", "Studies suggest ...": research with no study, team or journal named.
VAGUE_RESEARCH = re.compile(r"(?:[Rr]ecent |[Nn]ew |[Ss]cientific |[Mm]edical )?(?:[Rr]esearch|[Ss]tudies)")


# "All the press reports", "media reports": the news at large, with no outlet named. Not
# "the reports" alone, which may point back to reports the article has named.
VAGUE_REPORTS = re.compile(r"(?:(?:all|some|many|several|most|recent|other)\s+)?(?:the\s+)?"
                           r"(?P<kind>(?:press|media|news)\s+reports|(?<=all )reports|(?<=all the )reports)", re.IGNORECASE)


# Another news organisation between the source and the reader.
SECOND_LAYER = re.compile(r"\b(?:told|according to|reported by|in an interview with)\s+(?:the\s+)?[A-Z]|\b(?:media|news|reports?)\b")
VAGUE_WORDS = frozenset("experts critics analysts observers officials sources studies scientists researchers economists "
                        "witnesses eyewitnesses survivors insiders commentators".split())


RESEARCH_WORDS = frozenset("researchers scientists studies experts".split())


def _names_research(ctx: Context) -> bool:
    """Whether the article names who did the research: a named source whose role is in
    research, or a named study, journal or team."""
    roles = " ".join(s.label for s in ctx.speakers.values() if s.named)
    return bool(re.search(r"\b(?:researcher|scientist|professor|study|studies|author|investigator|university|institute)\b",
                          roles, re.IGNORECASE) or re.search(
        r"\b(?:published in|[Jj]ournal of|[A-Z]\w+ (?:[A-Z]\w+ )*(?:Study|Survey|Journal)|team led by|led by)\b", ctx.article.text))


def _studies_named_nowhere(ctx: Context, description: str) -> bool:
    """"Studies have shown ..." in an article that speaks of studies nowhere else: several
    studies cannot be the one study the article names, and it names none of them."""
    return description.lower().endswith("studies") and len(re.findall(r"\bstudies\b", ctx.article.text, re.IGNORECASE)) == 1


def _a_person(source) -> bool:
    """An unnamed person or group, not a study, a report or a thing."""
    speaker = source.data["speaker"]
    words = (speaker.get("description") or "").lower()
    return speaker.get("kind") in ("person", "group") and not re.search(
        r"\b(?:study|studies|report|research|results|findings|data|survey|authors|document|letter)\b", words)


def _bare(description: str) -> str:
    return re.sub(r"^(?:the|some|many|several)\s+", "", description, flags=re.IGNORECASE).lower()


def _label(source) -> str:
    speaker = speaker_of(source.data["speaker"])
    description = source.data["speaker"].get("description")
    return speaker.label if speaker else f"“{description}”" if description else "an unknown source"


def _quote_at(ctx: Context, source):
    for quote in ctx.of_kind("quote"):
        if quote.start == source.start and quote.end == source.end:
            return quote
    return None


def _distinct_texts(facts):
    seen, out = set(), []
    for fact in facts:
        key = claim_text(fact.text, 14)
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out


UNSOURCED_WORDS = {"judge": "judgement", "predict": "prediction"}
UNSOURCED = "No one: the writer states it without naming a source"


def unsourced_claim(ctx: Context) -> Iterator[Candidate]:
    """'According to the article, who says this?' for a judgement or prediction in a news
    report's own voice, or its verdict on a study ("One weakness of the study was ..."),
    in a paragraph that quotes no one: a claim with only the writer's word behind it,
    beside the sources the article does quote."""
    if ctx.kind.kind not in ("news", "wire", "study"):
        return  # a release, a speech or a column is its author's word throughout
    speakers = [s for s in ctx.speakers.values() if s.named]
    if len(speakers) < 2:
        return
    quoted_at = [q.start for q in ctx.of_kind("quote")]
    for start, sentence, kind in _writer_claims(ctx):
        if not self_contained(sentence) or not 8 <= len(sentence.split()) <= 35 or sentence.count("“") or sentence.count('"'):
            continue
        paragraph = _paragraphs_around(ctx.article.text, start)
        if any(ctx.article.text.find(paragraph) <= at < ctx.article.text.find(paragraph) + len(paragraph) for at in quoted_at) \
                or SECOND_LAYER.search(paragraph) or re.search(r"\b(?:said|says|according)\b", paragraph):
            continue  # a source nearby could be read as the one behind it
        if _echoed(ctx, start, sentence):
            continue  # "Another weakness ..., noted Wieland": the named people can be read as behind this one too
        nearest = sorted(speakers, key=lambda s: min(abs(c.start - start) for c in ctx.claims_by_speaker.get(s.key, [])
                                                     or [ctx.of_kind("quote")[0]]))
        distractors = [capitalise(s.label) for s in nearest[:3]]
        yield Candidate(
            Question(
                id=f"unsourced-{slugify(sentence, 24)}", type="choice", skill="sourcing",
                prompt=f"{quoted(sentence)} According to the article, who says this?",
                choices=shuffled(ctx.rng, UNSOURCED, distractors), answer=UNSOURCED, evidence=sentence,
                explanation=(f"No one is quoted or named for this {kind}: the article states it in its own voice. The "
                             "people it quotes say other things, so a reader cannot tell where it comes from"
                             f"{' (perhaps the report of the study itself)' if kind == 'verdict on the study' else ''} "
                             "and has only the writer's word for it."),
                feedback={d: f"The article quotes {mid_sentence(d)} elsewhere, not for this sentence." for d in distractors},
                template="unsourced-claim",
            ),
            0.75 * ctx.centrality(start) + 0.1, f"opinion:{start}",
        )


# Words by which a sentence beside a claim makes the same kind of point again.
ALSO = re.compile(r"\b(?:another|also|too|as well|likewise|agreed?|agrees|echoed|same)\b", re.IGNORECASE)


def _echoed(ctx: Context, start: int, sentence: str) -> bool:
    """Whether the sentence just before or after a claim gives someone's words making the
    same kind of point ("... was another weakness, noted Dr. Lee"; "Dr. Lee also said ..."),
    so that a reader can fairly credit the claim to them too."""
    sentences = ctx.article.sentences
    index = next((i for i, s in enumerate(sentences) if s.start == start), None)
    if index is None:
        return False
    verdict = STUDY_VERDICT.match(sentence)
    noun = re.search(r"(weakness|limitation|drawback|shortcoming|flaw|strength)", verdict.group()).group() if verdict else None
    for other in sentences[max(index - 1, 0):index] + sentences[index + 1:index + 2]:
        text = ctx.article.text[other.start:other.end]
        if SPEECH.search(text) and (ALSO.search(text) or noun and noun in text.lower()):
            return True
    return False


# The writer's verdict on a study: "One weakness of the study was ...".
STUDY_VERDICT = re.compile(r"^(?:One|Another|A|The|Its|A major|The main|A key) (?:\w+ )?(?:weakness|limitation|drawback|"
                           r"shortcoming|flaw|strength)(?:es|s)? of (?:the|this) (?:study|trial|research|survey|report|analysis)\b")


def _writer_claims(ctx: Context) -> Iterator[tuple[int, str, str]]:
    """Sentences in the writer's own voice that judge, predict or weigh up a study: each
    with where it starts and what kind of claim it is."""
    if ctx.kind.kind in ("news", "wire"):
        for fact in ctx.of_kind("opinion"):
            mode = fact.data["mode"]
            sentence = ctx.sentence(fact)
            if mode not in UNSOURCED_WORDS or fact.data.get("voice", "writer") != "writer" or ctx.in_title(fact):
                continue
            if mode == "judge" and not any(c.lower() in UNMISTAKABLE or c.lower() in CHARGED or _superlative(c, sentence)
                                           for c in fact.data["cues"]):
                continue  # "a bad foul", "strong new sanctions": description a reader would not call a judgement
            if mode == "judge" and re.search(r"\d", sentence) and not any(
                    c.lower() in LOADED and c.lower() not in CHANGE_VERBS for c in fact.data["cues"]):
                continue  # "lost tragically on February 1, 2003": mostly a report; not "20,000 troops would mark a crackdown"
            yield fact.data["sentence_start"], sentence, UNSOURCED_WORDS[mode]
    for sentence in ctx.article.sentences:
        text = ctx.article.text[sentence.start : sentence.end]
        if STUDY_VERDICT.match(text) and not SPEECH.search(text):
            yield sentence.start, text, "verdict on the study"


def _superlative(cue: str, sentence: str) -> bool:
    """'one of the most successful phones ever', 'the best ever': a ranking no record settles."""
    ranked = rf"\b(?:most|least)\s+{re.escape(cue)}\b" if not re.fullmatch(r"\w+est|best|worst", cue, re.IGNORECASE) \
        else rf"\b{re.escape(cue)}\b"
    return bool(re.search(ranked + r".*\bever\b", sentence))


def passed_on(ctx: Context) -> Iterator[Candidate]:
    """'Whose words does Paul Dewar pass on here?' for a claim one named source relays from
    another ("Dewar says bureaucrats have complained to him that ..."): the article knows
    it only through the first, and the people who said it may not be named at all."""
    for outer in ctx.of_kind("source"):
        teller = speaker_of(outer.data["speaker"])
        if teller is None or not teller.named or teller.kind != "person" or outer.data.get("via"):
            continue
        inner = [s for s in ctx.of_kind("source") if s is not outer and outer.start <= s.start and s.end <= outer.end
                 and s.data["speaker"] != outer.data["speaker"] and s.data["source_kind"] in ("unnamed", "vague", "named-person")]
        first = speaker_of(inner[0].data["speaker"]) if len(inner) == 1 else None
        if first is None or first.key == teller.key:
            continue
        sentence = ctx.sentence(outer)
        if not self_contained(sentence) or len(sentence.split()) > 40 or "“" in sentence or '"' in sentence:
            continue
        others = [s for key, s in ctx.speakers.items() if key not in (teller.key, first.key)][:2]
        answer = capitalise(ctx.label(inner[0].data["speaker"]) or first.label)
        feedback = {capitalise(ctx.label({"name": teller.key, "named": True, "kind": "person"}) or teller.label):
                    f"{teller.key} is the one passing the words on, not the one who first said them."}
        for other in others:
            feedback[capitalise(other.label)] = f"The article gives words to {mid_sentence(other.key)} elsewhere, not in this sentence."
        feedback["No one's: they are the writer's own words"] = "The sentence gives these words to someone: they are not the writer's own."
        distractors = list(feedback)[:3]
        who = mid_sentence(first.label)
        why = (f"The article does not name them, so it has only {teller.key}'s account of their words: the claim is "
               "second-hand, and a reader cannot check it with the people who made it." if not first.named else
               f"The article did not hear it from {first.key} directly: it has only {teller.key}'s account, so the claim "
               "is second-hand.")
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"passed-on-{slugify(first.key, 24)}", skill="sourcing",
                prompt=f"{quoted(sentence)} Whose words does {teller.key} pass on here?",
                evidence=sentence,
                explanation=f"{teller.key} tells what {who} said. {why}",
                feedback={d: feedback[d] for d in distractors},
                template="passed-on",
            ),
            0.8, f"source:{inner[0].start}",
        )


# Words that say a claim came from someone, without saying who: "reportedly", "media have
# said", "I'm told", "a new report confirms". Each group has its own explanation.
HIDDEN = (
    ("reported", re.compile(r"\breportedly\b", re.IGNORECASE)),
    ("apparent", re.compile(r"\bapparently\b", re.IGNORECASE)),
    ("media", re.compile(
        r"\b(?:according to (?:local |media |news |press |unconfirmed )?reports|there (?:are|were|have been|had been) "
        r"(?:\w+ )?reports|(?:media|press|news) reports|(?:the )?media "
        r"(?:have |has )?(?:said|reported|claimed|say|report)|reports (?:say|said|suggest|suggested|claim|claimed|indicate))\b|"
        r"\bcyber ?space\b", re.IGNORECASE)),
    ("told", re.compile(r"\b(?:I|we)(?:['’]m|['’]re|['’]ve been| am| are| have been| was| were) told\b|"
                        r"\b(?:some |unnamed |anonymous )?sources (?:say|said|told|claim|claimed)\b", re.IGNORECASE)),
    ("report", re.compile(r"\b[Aa] (?:new |recent |latest )?(?:[\w-]+ )?report (?:confirms|shows|finds|found|says|showed)\b")),
)
HIDDEN_WHY = {
    "reported": "“{phrase}” says that someone reported this, but not who. A reader cannot check the report or ask how its "
                "author knew: the claim rests on a source nobody can see.",
    "apparent": "“{phrase}” says this seems to be so, but not to whom or on what evidence. No one is named as thinking "
                "it, so a reader cannot judge how well they know.",
    "media": "“{phrase}” names no news organisation and no report. A reader cannot look the reports up or judge how "
             "good they are: the claim is second-hand, from sources {who} does not show.",
    "told": "“{phrase}” does not say who told {whom}. The source stays hidden, so a reader cannot judge whether they "
            "were in a position to know.",
    "report": "“{phrase}”: the text does not name the report, who wrote it or where to find it, so a reader cannot check "
              "what it says or how its figures were counted.",
}
NAMED_REPORT = re.compile(r"\b(?:report|study|survey|data)\s+(?:by|from|of|published by)\s+(?:the\s+)?[A-Z]|"
                          r"\b[A-Z][\w.&-]*(?:’s|'s)\s+(?:[\w-]+\s+)?report\b|\b[A-Z][a-z]+ Report\b")


# "Eyewitnesses and survivors report ...": the sentence says who reports, beside its "reportedly".
SOMEONE_REPORTS = re.compile(r"\b(?:report|reported|say|says|said|told|describe[sd]?|testif(?:y|ies|ied))\b", re.IGNORECASE)


# What a speaker was told of the occasion itself: its time, its length, its programme.
ABOUT_THE_TALK = re.compile(r"[^.;!?]{0,30}?\b(?:minutes|seconds|time|keep (?:it|this) (?:short|brief)|speak|say a few words|"
                            r"stage|podium|microphone)\b", re.IGNORECASE)


def hidden_source(ctx: Context) -> Iterator[Candidate]:
    """'Who is the source of this?' for a claim that says it was reported, told or seen
    without saying by whom: "reportedly", "apparently", "media have said", "I'm told",
    "press reports", "a new report confirms" with no report named. In the writer's voice,
    or in the words of a speaker the article names."""
    asked = set()
    for sentence in ctx.article.sentences:
        text = ctx.article.text[sentence.start : sentence.end]
        found = [(group, m) for group, words in HIDDEN for m in words.finditer(text)]
        if len(found) != 1 or ctx.article.title and text.startswith(ctx.article.title):
            continue  # none, or several: which one is asked about is unsure
        group, match = found[0]
        if group in asked:
            continue  # "press reports" from a second expert: the same question again
        if group == "report" and NAMED_REPORT.search(ctx.article.text):
            continue  # the report is named somewhere: the claim has a source a reader can find
        if group == "media" and _names_any_outlet(ctx):
            continue  # "media have said ...", then "The Guardian cited ...": the outlets are named further on
        phrase = _whole_phrase(text, match)
        if phrase is None:
            continue  # "... on social media have said": the subject runs too long to quote whole
        if ABOUT_THE_TALK.match(text, match.end()):
            continue  # "I've been told I have four minutes": what the speaker was told of the occasion, no claim
        speaker, shown = _voice_at(ctx, sentence.start + match.start(), text)
        if speaker is None or not 8 <= len(shown.split()) <= 55 or not self_contained(shown, strict=False):
            continue
        if not speaker and (_named_source_in(ctx, sentence) or _names_outlet(text) or re.search(r"[“”\"]", text)
                            or re.search(r"\baccording to\b", text.replace(phrase, ""), re.IGNORECASE)
                            or SOMEONE_REPORTS.search(text.replace(phrase, ""))):
            continue  # a source named, quoted or said to report in the sentence could be read as the one behind it
        asked.add(group)
        who = speaker or "the article"
        names = speaker or "it"
        answer = {"apparent": f"None: “{phrase}” does not say to whom it seems so",
                  "media": f"Sources {names} does not name" + (f": only “{phrase}”" if len(phrase.split()) <= 4 else ""),
                  "report": f"A report {names} does not name, by an author it does not give"}.get(
            group, f"Someone {names} does not name: “{phrase}” does not say who")
        distractors = [f"A person {names} names", f"A news organisation or report {names} names",
                       "Someone who saw it happen" if group != "report" else "Figures from a named government agency"]
        ask = f"{quoted(shown)} Who is the source of this, according to the article?" if not speaker else \
            f"{speaker} says: {quoted(shown)}{_stop(shown)} Who is {speaker}'s source for this?"
        if group == "apparent":  # "apparently because ...": the view it hedges, not the whole sentence
            # What source the speaker gives, not "who says so": the speaker says so, which no choice offers
            # (round 42 of the review).
            view = f"What source does {who} give for “{_clause_from(text, match.start())}”?"
            ask = f"{quoted(shown)} {view}" if not speaker else f"{speaker} says: {quoted(shown)}{_stop(shown)} {view}"
        whom = speaker or ("the writer" if group == "told" else "them")
        # The text's own words as it writes them: "Reportedly" may open the sentence, not "Media have said".
        why = HIDDEN_WHY[group].format(phrase=capitalise(phrase) if " " not in phrase else phrase, who=who, whom=whom)
        missing = f"{capitalise(who)} names no one as the source of this: “{phrase}” is all {who} gives."
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"hidden-source-{slugify(phrase, 16)}-{slugify(shown, 16)}", skill="sourcing",
                prompt=ask,
                evidence=text,
                explanation=why,
                feedback={distractors[0]: missing, distractors[1]: missing,
                          distractors[2]: f"No one who was there is quoted for this; “{phrase}” is all {who} gives."
                          if group != "report" else "No agency is named: the text does not say who wrote the report."},
                template="hidden-source",
            ),
            0.8 * ctx.centrality(sentence.start) + 0.05, f"hidden:{sentence.start}",
        )


# Words after which a new clause, and so a new subject, begins.
CLAUSE_OPENS = frozenset("that but because while which who when after since said says say told so".split())


def _whole_phrase(text: str, match: re.Match) -> str | None:
    """The words to quote: `match` where it starts its clause ("Press reports say"), or the
    whole subject it ends ("Recent reports in some newspapers and on social media have
    said", not "media have said"); None where that runs past 14 words."""
    before = text[: match.start()]
    words = before.split()
    if not words or re.search(r"[,;:—(]\s*$", before) or words[-1].lower().strip("“\"") in CLAUSE_OPENS \
            or not re.search(r"\b(?:said|reported|claimed|say|report|suggest|suggested|claim|claimed|indicate)$", match.group()):
        return match.group()
    start = max(before.rfind(mark) for mark in ",;:—(")
    start = 0 if start < 0 else start + 1
    lead = before[start:].split()
    for i in range(len(lead) - 1, -1, -1):  # back to the word that opens the clause
        if lead[i].lower() in CLAUSE_OPENS:
            lead = lead[i + 1 :]
            break
    phrase = " ".join([*lead, match.group()])
    return phrase if len(phrase.split()) <= 14 and phrase in text else None


def _names_any_outlet(ctx: Context) -> bool:
    """Whether the article names a news organisation anywhere as a source: "The Guardian
    reported", "told Sky News"."""
    return bool(ctx.of_kind("source", source_kind="outlet")) or any(_names_outlet(s.text) for s in ctx.article.sentences)


def _voice_at(ctx: Context, offset: int, sentence: str) -> tuple[str | None, str]:
    """Whose words these are and the words to show: ("", the sentence) for the writer's;
    a speaker's name and their words for a turn of an interview or a direct quotation
    with a named speaker; None when unsure."""
    held = voice_at(ctx, offset)
    if held is not None:
        fact, who = held
        if fact.kind == "turn":
            return (who, display(sentence)) if who else (None, "")
        return (who, fact.text) if who and len(fact.text) < 1.5 * len(sentence) else (None, "")
    paragraph = _paragraphs_around(ctx.article.text, offset)
    line = paragraph[paragraph.rfind("\n") + 1 :]
    return (None, "") if line.count("“") != line.count("”") or line.count('"') % 2 else ("", sentence)


def _stop(words: str) -> str:
    """The full stop a quotation shown before a question needs, when it has none of its own."""
    return "" if words.rstrip(" ”’\"")[-1:] in (".", "!", "?") else "."


def _clause_from(text: str, start: int) -> str:
    """'apparently because the country was unhappy' from the hedge to the clause's end."""
    return re.split(r"[,;:.!?—]", text[start:], maxsplit=1)[0].strip()


def _named_source_in(ctx: Context, sentence) -> bool:
    return any(s.data["sentence_start"] == sentence.start and s.data["speaker"].get("named") for s in ctx.of_kind("source"))


# Words that say one thing brought about another: "the direct result of", "was enough to
# prevent", "thanks to the Rescue Plan", "because of the app". A bare "due to injury" is
# left out: a plain report, not a cause anyone would dispute.
CAUSE = re.compile(
    r"\b(?:(?:the |a )?(?:direct )?result of|(?:was|were|is|are|be|been) enough to (?:prevent|stop|avoid|save|end|cut|"
    r"reduce|protect|halt|change|keep)|prevent(?:ed|s)|"
    r"(?:led|leads) to|caused|thanks to (?:the |its |their |our )?[A-Z]\w*|"
    r"(?:because of|due to) (?:the|its|their|our|this|that|these|those) \w+)\b")
HEDGED = re.compile(r"\b(?:may|might|could|would|possibly|probably|likely|perhaps|appears?|seems?|suggests?|if)\b", re.IGNORECASE)
SPEECH = re.compile(r"\b(?:said|says|say|told|tells|according|reported|reports|believes?|thinks?|argues?|claims?|"
                    r"stated|explained|added|noted|wrote)\b", re.IGNORECASE)


def unsourced_cause(ctx: Context) -> Iterator[Candidate]:
    """'What does the article give to back up this claim about a cause?' for a claim of cause the writer makes in
    their own voice, in a paragraph that quotes no one: "This is not accidental; it is
    the direct result of ...", "That was enough to prevent ...", of a measured change (a
    figure, a rate, a rise or a fall). A cause needs evidence that rules out other causes;
    here there is only the writer's word."""
    if ctx.kind.kind not in ("news", "wire", "press-release", "explainer"):
        return  # a speech, an interview or a column is its author's argument throughout
    writer = "the writer" if ctx.kind.kind != "press-release" else "the publisher"
    sources_at = {s.data["sentence_start"] for s in ctx.of_kind("source")} | {q.data["sentence_start"] for q in ctx.of_kind("quote")}
    sentences = ctx.article.sentences
    for index, sentence in enumerate(sentences):
        text = ctx.article.text[sentence.start : sentence.end]
        match = CAUSE.search(text)
        if match and re.match(r"prevent\w* (?:[A-Z]|(?:him|her|them|us|me|you)\b)", match.group() + text[match.end():]):
            continue  # "prevented Patrick from sleeping": a person's own experience, not a cause to weigh
        if not match or HEDGED.search(text) or SPEECH.search(text) or re.search(r"[“”\"?]", text):
            continue
        if sentence.start in sources_at or ctx.article.title and text.startswith(ctx.article.title):
            continue
        paragraph = ctx.article.text[slice(*paragraph_span(ctx.article.text, sentence.start))]
        if re.search(r"[“”\"]", paragraph) or SPEECH.search(paragraph):
            continue  # a source nearby could be read as the one behind it
        beside = paragraphs_beside(ctx.article.text, sentence.start)
        if EVIDENCE.search(beside) or BEFORE_AND_AFTER.search(beside):
            continue  # "Research shows ...", a test, a before-and-after: evidence, however weak, so "Nothing" would be wrong
        shown, start = text, sentence.start
        if not self_contained(text) and index and sentences[index - 1].start >= ctx.article.text.rfind("\n", 0, sentence.start):
            start = sentences[index - 1].start  # "That was enough to ...": with the sentence it points back to
            shown = ctx.article.text[start : sentence.end]
        if not self_contained(shown, strict=False) or not 8 <= len(shown.split()) <= 70:
            continue
        if not MEASURED_CHANGE.search(YEAR.sub(" ", shown)):  # a year dates the link; it measures nothing
            continue  # "the attention led to an invitation": an everyday link in a story, no cause a study would weigh
        marker = match.group().split()[0] if match.group().startswith(("thanks", "because", "due")) else \
            re.sub(r"(?<=enough to) \w+$", "", match.group())
        marker = {"thanks": "thanks to", "because": "because of", "due": "due to"}.get(marker, marker)
        answer = f"Nothing: it says “{marker}” with no source or evidence"
        distractors = ["An expert it names who says so", "A study it cites on the cause",
                       "A comparison that rules out other causes"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"unsourced-cause-{slugify(shown, 24)}", skill="sourcing",
                prompt=f"{quoted(shown)} What does the article give to back up this claim about a cause?",
                evidence=shown,
                explanation=(f"“{capitalise(marker)}” claims that one thing brought about another. No one is quoted or named "
                             f"for it, and nothing rules out other causes: it is {writer}'s claim, not a fact the article "
                             "shows."),
                feedback={distractors[0]: "No expert is named or quoted for this claim.",
                          distractors[1]: "No study of the cause is cited.",
                          distractors[2]: "The article compares nothing that would rule out other causes."},
                template="unsourced-cause",
            ),
            0.75 * ctx.centrality(sentence.start) + 0.05, f"cause:{sentence.start}",
        )


# A measured change, whose cause a study or a comparison could weigh: a figure, a rate, a rise
# or a fall ("cut crashes by half", "the lowest rate in 30 years", "homicides fell").
YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
MEASURED_CHANGE = re.compile(r"\d|\b(?:percent|per cent|rates?|fell|falls?|fallen|rose|rises?|risen|drop(?:ped|s)?|"
                             r"declin\w+|increas\w+|decreas\w+|grew|grow(?:s|n|th)|halved|doubled|tripled|by half|in half|"
                             r"lower|higher|fewer|more than|less than|record|trend|surge[sd]?|plunge[sd]?|soar\w*)\b",
                             re.IGNORECASE)


# Words that bring evidence to a claim: research, a study or test, what it showed or found.
EVIDENCE = re.compile(r"\b(?:research\w*|stud(?:y|ies)|surveys?|data|trials?|experiments?|tests?|tested|testing|"
                      r"shows?|showed|shown|found|finds|statistics|records)\b", re.IGNORECASE)

# A before-and-after or a blind try, weak evidence of a cause: "had not slept so well in
# many years", "for the first time in a decade", "without telling him, she switched it on".
BEFORE_AND_AFTER = re.compile(r"\b(?:in (?:many|several|\d+|a few) years|for the first time|compared (?:with|to)|than before|"
                              r"without (?:telling|knowing|warning))\b", re.IGNORECASE)


# What a reader can do with a claim, by who stands behind it: the choices of "who stands behind this?".
RESTS_ON_UNNAMED = "A source the article does not name, so a reader cannot check who they are or how they know"
RESTS_ON_OTHERS = {
    "A source the article names, so a reader can hold them to their words": "The article gives no name for this source: only “{who}”.",
    "Another news organisation, whose report the article passes on": "No news organisation is named for this: only “{who}”.",
    "A public record, such as a court filing, that a reader can look up": "No record or document is cited: only “{who}”.",
}


def unnamed_only(ctx: Context) -> Iterator[Candidate]:
    """'“A U.S. official confirmed the request …” Who stands behind this?' for a claim or a
    confirmation the article gives only through an anonymous source (an official, "people
    familiar with the plan"): no named source in its sentence says it, and no named source
    anywhere says the same. What that means: a reader has to trust the reporter. Not a bare
    "officials say", which vague_source asks about."""
    if ctx.kind.kind not in ("news", "wire"):
        return
    named = [s for s in ctx.of_kind("source") if s.data["speaker"].get("named")]
    asked = set()
    for source in ctx.of_kind("source"):
        speaker, sentence = source.data["speaker"], ctx.sentence(source)
        who = speaker.get("description") or ""
        if source.data["source_kind"] != "unnamed" or not _a_person(source) or not ANONYMOUS.search(who) \
                or SPOKESPERSON.search(who) or source.data.get("verb_kind") not in ("say", "according") or _head(who) in asked:
            continue  # a spokesperson, even unnamed, speaks on the record for their body
        if ctx.in_title(source) or layered(ctx, source) or not self_contained(sentence) or len(sentence.split()) > 40 \
                or re.search(r"[“”\"]", sentence) or who not in sentence:
            continue  # the prompt must show who the source is
        if any(n.data["sentence_start"] == source.data["sentence_start"] for n in named) \
                or any(len(words & stems(source.text)) >= 3 for words in _words_of(named).values()):
            continue  # a named source says it too, or in the same sentence: it does not rest on the unnamed one alone
        if SECOND_LAYER.search(_paragraphs_around(ctx.article.text, source.start)) or _names_outlet(sentence):
            continue  # "told the AP": a news organisation between them and the reader
        asked.add(_head(who))
        anonymity = source.data.get("anonymity")
        why = f" The article says the source {_reason_text(anonymity)[len('The source '):]}." if anonymity else ""
        yield Candidate(
            choice(
                ctx, RESTS_ON_UNNAMED, list(RESTS_ON_OTHERS), id=f"unnamed-only-{slugify(sentence, 24)}", skill="sourcing",
                prompt=f"{quoted(sentence)} Who stands behind this, and what does that mean for a reader?",
                evidence=sentence,
                explanation=(f"This rests on “{who}” alone: no one the article names says it.{why} Unnamed sources are often "
                             "right, and news organisations weigh them before they print, but a reader cannot ask them "
                             "how they know or hold them to their words; the claim rests on trust in the reporter."),
                feedback={choice_: words.format(who=who) for choice_, words in RESTS_ON_OTHERS.items()},
                template="unnamed-only",
            ),
            0.6 + 0.2 * ctx.centrality(source.start), f"source:{source.start}",
        )


def _words_of(sources: list[Fact]) -> dict[str, set[str]]:
    """The words each named source says, over all its statements: "confirmed the plan" and
    "which she said was being reviewed" together say what one sentence of an unnamed source does."""
    words: dict[str, set[str]] = {}
    for source in sources:
        words.setdefault(source.data["speaker"].get("name") or source.text, set()).update(stems(source.text))
    return words


def _head(description: str) -> str:
    """'two defence officials' and 'The officials': one source, met again."""
    return re.sub(r"s$", "", description.lower().split()[-1])

