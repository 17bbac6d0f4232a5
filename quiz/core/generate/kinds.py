"""Questions that fit a kind of article: which voice comments on research from outside it,
which source has a stake in the story, whose account the article relies on, and how far
to trust an interview's answers. A publisher writing about itself: publisher.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.generate.common import (
    Candidate, Context, body_as_written, capitalise, choice, indefinite, or_list, paragraph_span, possessive, slugify, with_article,
)
from quiz.core.generate.evidence import claim_evidence, sentences_around
from quiz.core.generate.interview import setting
from quiz.core.generate.publisher import find_publisher, posts_beside
from quiz.core.facts.common import inside_quotes
from quiz.core.facts.kind import TEAM
from quiz.core.facts.people import ORG_WORDS
from quiz.core.facts.sources import is_outlet
from quiz.core.generate.sourcing import SPOKESPERSON


# How an article marks a source as outside the research it comments on.
OUTSIDE = re.compile(
    r"\b(?:(?:was|were|is|are)(?: not|n['’]t) (?:involved|part of|a part of)|had no (?:part|role) in|took no part in|"
    r"did(?: not|n['’]t) take part in)(?: (?:in|with))? the (?:new )?(?P<work>study|research|trial|survey|work|report)\b|"
    r"\baccompanying (?P<editorial>editorial|commentary)\b|\bindependent (?:expert|researcher|scientist|analyst)\b",
    re.IGNORECASE)


def independent_voice(ctx: Context) -> Iterator[Candidate]:
    """A study or report: which source comments on it from outside, where the article says
    so ("who was not involved in the study", "in an accompanying editorial"), is an expert
    with no stake the article tells of, and speaks of the research; the wrong choices are
    people the article ties to the research (who led it, its authors, the body that paid
    for it or ran it). When fewer than two such are quoted, why the article gives that
    outside view. Where the article marks several people outside, each is left out of the
    choices: "took no part" is true of them too."""
    marked = {}
    for key, claims in ctx.claims_by_speaker.items():
        speaker = ctx.speakers[key]
        if not speaker.named or is_outlet(key):
            continue
        found = next(((e, m) for c in claims if not c.data.get("via") and (e := claim_evidence(ctx, c))
                      and (m := OUTSIDE.search(e))), None)
        if found is not None:
            marked[key] = found
    for key, (evidence, match) in marked.items():
        speaker, claims = ctx.speakers[key], ctx.claims_by_speaker[key]
        around = _told_of(ctx, key)
        if not OUTSIDE_EXPERT.search(" ".join([speaker.label, *around])) or OUTSIDE_STAKE.search(" ".join(around)):
            continue  # an editor, a patient, or an expert paid by a company: not a neutral check on the work
        if not any(FINDINGS.search(c.text) or RESEARCH.search(c.text) for c in claims):
            continue  # words on something else than the research ("what respondents said")
        work = "the " + (match.group("work") or _research_word(ctx.article.text)).lower()
        how = (f"in an accompanying {match.group('editorial').lower()}: a comment printed next to the report of {work}, "
               "written by other experts" if match.group("editorial") else f"as someone who took no part in {work}")
        tied = {k: why for k, s in ctx.speakers.items() if k not in marked and s.named and (why := _research_tie(ctx, k))}
        if len(tied) >= 2:
            yield _which_is_outside(ctx, speaker, tied, evidence, how)
        else:
            yield _why_outside(ctx, speaker, evidence, work, how)
        return


# Who studies for a living, and so can judge a piece of research: the check an outside view is.
OUTSIDE_EXPERT = re.compile(r"\b(?:professor|researcher|scientist|Dr\b|M\.D\.|MD\b|Ph\.?D|doctor|physician|surgeon|nurse|"
                    r"epidemiologist|economist|statistician|expert|specialist|analyst|lecturer|scholar|academic|fellow|"
                    r"[a-z]+ologist|[a-z]+iatrist|pharmacologist|university|institute|laboratory)\b|^Dr\.?\s", re.IGNORECASE)
# What the article may say of an outside voice that gives them a stake in the result: who pays them,
# what they sell or run.
OUTSIDE_STAKE = re.compile(r"\b(?:funded|paid|sponsored|grants? from|consult\w*|advis(?:es|er|or|ory)\b|shares?\b|stakes?\b|"
                   r"invest\w*|owns?\b|founded|co-founded|sells?|selling|makes?|making|markets?|industry|competitor|rival|"
                   r"newsroom|employer|company|firm)\b", re.IGNORECASE)
RESEARCH = re.compile(r"\b(?:study|studies|trial|trials|research|survey|report|data|sample|methods?|authors?|researchers)\b",
                      re.IGNORECASE)
# How the article ties a person to the research, besides leading it (LEAD): one of its team.
TEAM_MEMBER = re.compile(r"\b(?:co-?authors?|one of the (?:study|trial|survey|report)['’]s authors|"
                         r"(?:researchers?|scientists?|members?) (?:on|of) the (?:study|trial|survey|research) team)\b",
                         re.IGNORECASE)


def _told_of(ctx: Context, key: str) -> list[str]:
    """The sentences that name a person, and a sentence right after one that goes on about
    them ("His group is partly funded by ...")."""
    surnames = [w for w in re.findall(r"\b[A-Z][\w’'-]+\b", key) if len(w) > 2][-1:] if " and " not in key else \
        [part.split()[-1] for part in key.split(" and ") if part.split()]
    sentences = ctx.article.sentences
    told = []
    for index, sentence in enumerate(sentences):
        if any(re.search(rf"\b{re.escape(n)}\b", sentence.text) for n in surnames):
            told.append(sentence.text)
            after = sentences[index + 1] if index + 1 < len(sentences) else None
            if after is not None and re.match(r"(?:He|She|They|His|Her|Their)\b", after.text):
                told.append(after.text)
    return told


def _research_tie(ctx: Context, key: str) -> str:
    """How the article ties a source to the research it reports, in words for the feedback;
    "" where it does not: it led the work, wrote it, or works for the body that paid for it
    or carried it out."""
    for sentence in _told_of(ctx, key):
        lead = LEAD.search(sentence) or TEAM_MEMBER.search(sentence)
        if lead and not OUTSIDE.search(sentence):
            return f"the article names {key} as part of the work (“{lead.group(0)}”)"
    text, roles = ctx.article.text, " ".join([key, ctx.speakers[key].label, *posts_beside(ctx.article.text, key)])
    for found in BACKER.finditer(text):
        name = found.group("pre") or found.group("by") or found.group("from") or found.group("subject") or found.group("at")
        abbr = found.group("by_abbr") or found.group("from_abbr") or found.group("subject_abbr") or found.group("at_abbr")
        names = [n for n in (name, abbr) if n and BODY_WORD.search(n) and not is_outlet(n)]
        names += [full if short == name else short for full, short in _acronyms(text) if name in (full, short)]
        if any(re.search(rf"\b{re.escape(n)}\b", roles) for n in names):
            did = "carried out" if found.group("at") else "paid for"
            if name in key:
                return f"the article says {name} {did} the work"
            return f"the article ties {key} to {name}, which {did} the work"
    return ""


def _which_is_outside(ctx: Context, speaker, tied: dict[str, str], evidence: str, how: str) -> Candidate:
    answer = capitalise(speaker.label)
    wrong = list(tied)[:3]
    distractors = [capitalise(ctx.speakers[k].label) for k in wrong]
    return Candidate(
        choice(
            ctx, answer, distractors, id=f"independent-{slugify(speaker.key, 24)}", skill="sourcing",
            prompt="Which of these sources comments on the research from outside it?",
            evidence=evidence,
            explanation=(f"The article gives {speaker.key}'s view {how}. The others are tied to the research. Researchers "
                         "judging their own work have reasons to want it to look good; an outside voice is a check on them."),
            feedback={d: f"Not outside: {tied[k]}." for d, k in zip(distractors, wrong)},
            template="independent-voice",
        ),
        0.85, "independent",
    )


def _why_outside(ctx: Context, speaker, evidence: str, work: str, how: str) -> Candidate:
    """'Why does the article give the view of Ann Lee and Ben Ode on the trial?' when they
    wrote an accompanying editorial: an outside view is a check on the researchers' own
    account, not the last word."""
    name = speaker.key
    several = speaker.kind == "people" or " and " in name
    answer = f"{name} took no part in {work}, so {'their' if several else 'the'} view is a check on the researchers' account"
    distractors = [f"{name} ran {work}, so {'they know' if several else 'knows'} its results best",
                   f"{name} {'were' if several else 'was'} among the people {work} looked at",
                   f"{name}'s view settles whether the result of {work} is right"]
    return Candidate(
        choice(
            ctx, answer, distractors, id=f"independent-{slugify(name, 24)}", skill="sourcing",
            prompt=f"The article gives the view of {name} on {work}. Why does it include this view?",
            evidence=evidence,
            explanation=(f"The article gives {name}'s view {how}. Researchers have reasons to want their own work to "
                         "look good, so the view of experts from outside it is a check on their account, "
                         "including its weaknesses."),
            feedback={distractors[0]: f"The article presents {name} as outside {work}, not as running it.",
                      distractors[1]: (f"{name} {'comment' if several else 'comments'} on {work}; the article does not "
                                       f"say {'they' if several else name} took part in it."),
                      distractors[2]: "An outside view is a check, not the last word: other experts may judge differently."},
            template="independent-voice",
        ),
        0.8, "independent",
    )


def about_source(ctx: Context, name: str) -> str:
    """The prompt of a question on what a source's post gives them a stake in. It leaves the
    post out: printed beside the name, the post answers the question before it is read
    ("Charles Bolden, NASA Administrator" beside "has a reason to present NASA well")."""
    said = f"The release quotes {name}." if ctx.kind.kind == "press-release" else f"The article reports what {name} says."
    return f"{said} What should a reader keep in mind about this source?"


def _research_word(text: str) -> str:
    """The word the article uses most for the research: 'trial', 'study' or 'research'."""
    return max(("study", "trial", "research"), key=lambda w: len(re.findall(rf"\b{w}\b", text, re.IGNORECASE)))


# Words a release uses for its own publisher: "the company's chief operating officer".
GENERIC_BODIES = frozenset("company firm department ministry agency charity organisation organization group council "
                           "foundation office board trust club".split())


# Words that say nothing of the matter: "does not comment on", "will be announced through the
# proper channels", "declined to discuss".
NOT_SAYING = re.compile(r"\b(?:(?:does|do|did|will|would|could|can)(?: not|n['’]t) (?:comment|discuss|confirm|speculate)|"
                        r"no comment|declined? to (?:comment|discuss|say|confirm)|(?:through|via) the (?:proper|usual|normal) "
                        r"channels|in due course|at (?:the|an) appropriate time)\b", re.IGNORECASE)


def interested_source(ctx: Context) -> Iterator[Candidate]:
    """A named source whose post ties them to what the story is about: 'The article quotes
    Tricia McLaughlin, a DHS spokeswoman. What should a reader keep in mind about this
    source?' for a spokesperson, director, founder or officer of a body the story names in
    its headline or again elsewhere, or the curator or director of the exhibit, gallery or
    campaign the story keeps coming back to. One question per body."""
    publisher = find_publisher(ctx) if ctx.kind.kind == "press-release" else None
    asked = {publisher.name.removeprefix("the ").lower()} if publisher else set()  # publisher-stake asks about it
    for key, speaker in ctx.speakers.items():
        if not speaker.named or speaker.kind != "person":
            continue
        claims = [c for c in ctx.claims_by_speaker.get(key, []) if not c.data.get("via")]
        tie = next(filter(None, (_tie(ctx, role) for role in _roles(speaker, claims))), None)
        if tie is None or not claims or tie[1].lower() in asked or tie[1].lower() in key.lower():
            continue
        if all(NOT_SAYING.search(c.text) for c in claims):
            continue  # "does not comment on cabinet deliberations": a post that says nothing presents nothing well
        if publisher and tie[1].lower().removeprefix("the ") in GENERIC_BODIES:
            continue  # "the company's chief operating officer" in the company's own release: its publisher, asked already
        post, thing, role = tie
        if re.search(rf"\b[Tt]he {re.escape(thing)}\b", ctx.article.text):
            thing = f"the {thing}"  # as the article writes it: "the Andy Warhol Foundation"
        evidence = _role_evidence(ctx, key, role, claims)
        if evidence is None:
            continue
        asked.add(tie[1].lower())
        why = (f"A spokesperson's job is to give {thing}'s official position, so {key} speaks for its side."
               if SPOKESPERSON.search(post) else f"So {key} speaks from inside {thing}, for its side.")
        # The key leaves the post out and each wrong choice is a tie a reader of the prompt alone
        # could believe: only the article's words on who the source is settle it.
        # "Its side", not "a good light": a source may blame its own side ("I take responsibility") and still speak for it.
        answer = f"{key} is tied to {thing}, so speaks for its side, not as a neutral observer"
        distractors = [
            f"{key} is an outside expert with no part in {thing}, so their view is a check on it",
            f"{key} is one of the critics of {thing}, so speaks against it",
            f"{key} is a member of the public, asked for a view on {thing}",
        ]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"stake-{slugify(key, 24)}", skill="sourcing",
                prompt=about_source(ctx, key),
                evidence=evidence,
                explanation=(f"The article names {key} as {role}, and {thing} is part of the story. {why} That does "
                             f"not make the words false, but a source with no tie to {thing} would be a check on them."),
                feedback={distractors[0]: f"The article names {key} as {role}: a part of {thing}, not outside it.",
                          distractors[1]: f"The article names {key} as {role}: on the side of {thing}, not one of its critics.",
                          distractors[2]: f"The article names {key} as {role}, not as a member of the public."},
                template="interested-source",
            ),
            0.85, f"stake:{tie[1]}",  # one question per body, by whichever template
        )


# "We" as the one who acts, in a source's own words: "we took this decision", "we've tried",
# "we may extend", "our staff worked", "this government has done". Not a "we" things are done to ("we were told"), a call
# ("we must"), nor a "we" that only has or is something ("we have a problem").
_AUX = (r"(?:['’](?:ve|re|ll|d|s)|\s+(?:have|has|had|is|was|are|were|will|would|could|can|may|might|did|do|does|shall|"
        r"be|been))")
_THEN = r"(?:\s+(?:not|never|also|already|now|just|then|always|finally|recently|carefully))*\s+(?P<verb>[a-z]+)\b"
WE_ACT = re.compile(rf"\b(?P<we>[Ww]e(?P<aux>{_AUX}(?:['’]ve| have)?)?|[Oo]ur\s+(?:staff|team|teams|volunteers|officers|"
                    rf"researchers|scientists|engineers|players|members|workers|people|company|government|department|"
                    rf"agency|council|ministry)(?P<our_aux>{_AUX})?|"
                    rf"[Tt]his\s+(?:government|administration|company|department|council|team|club|agency|ministry)"
                    rf"(?P<this_aux>{_AUX})?){_THEN}")
# An organisation's own "it", where the article gives its words in reported speech: "the
# company said it would build a factory".
IT_ACT = re.compile(rf"(?P<it>[Ii]t(?P<aux>{_AUX}(?:['’]ve| have)?)?){_THEN}")
# Verbs of doing and deciding that do not end in -ed or -ing.
DOING = frozenset("do did done take took make made decide build built launch work support find found try choose chose plan give gave "
                  "spend spent fund help extend offer provide serve invest create open hire cut raise ban review protect "
                  "deliver keep kept put run ran lead led set win won beat sell sold buy bought send sent bring brought "
                  "introduce reduce replace remove close start begin began agree act respond move pay paid teach taught "
                  "treat test study".split())
# A side's pride in its own work: "we are proud to support", "we are committed to".
OWN_PRIDE = frozenset("proud committed determined delighted thrilled".split())
NOT_DOING = frozenset("need needed used supposed going".split())
# What a side feels, learns or hopes about its work or a result: "we have learned a lot" after a
# defeat. No check could settle it, so it is no claim about the work to weigh (round 42 of the review).
FEELING = frozenset("learn learned learnt learning feel felt feeling enjoy enjoyed enjoying love loved loving like liked "
                    "hope hoped hoping want wanted wish wished believe believed think thought know knew understand "
                    "understood realised realized missed suffered struggled lost deserved".split())
# A side that judges its own doing badly is not presenting it in a good light.
SELF_BLAME = re.compile(r"\b(?:mistakes?|wrong|failed|fail(?:ure|ing)?|badly|poorly|sorry|regret\w*|apologi[sz]\w*|blame\w*|"
                        r"disappoint\w*|should(?:['’]ve| have)|could(?:['’]ve| have)|would(?:['’]ve| have)|"
                        r"(?:have|has|had)(?: not|n['’]t) (?:succeeded|done enough)|not good enough|let \w+ down)\b",
                        re.IGNORECASE)
def own_work_source(ctx: Context) -> Iterator[Candidate]:
    """'The article reports what Ann Lee says. What should a reader keep in mind about this
    source?' when the article shows Ann Lee's stake in what she speaks of: she holds a post
    and, in her own words, her side is the one that acts ("We took this decision"); or the
    story opens on her as the one who made it ("Ann Lee founded the festival"). Shown by the
    article, never guessed. Not in a speech, where every word is the speaker's own; a
    release's or an interview's question on whose text it is teaches the same, and `choose()`
    asks that one first."""
    if ctx.kind.kind == "speech":
        return
    surnames = [k.split()[-1] for k, s in ctx.speakers.items() if s.named and s.kind == "person"]
    for key, speaker in ctx.speakers.items():
        if not speaker.named or is_outlet(key) or speaker.kind not in ("person", "organisation"):
            continue
        claims = [c for c in ctx.claims_by_speaker.get(key, []) if not c.data.get("via")]
        person = speaker.kind == "person"
        roles = _roles(speaker, claims)
        role = next((r for r in roles if SIDE_POST.search(r) and not re.search(r"\b(?:former|ex-|retired)", r, re.IGNORECASE)),
                    None)
        if role and (OPPOSITION.search(role) or re.search(r"\b(?:critics?|opponents?|campaigners?)\b", role, re.IGNORECASE)):
            continue  # a side against the work the story is about: opposition-source asks about it
        if claims and (any(INDEPENDENT.search(r) for r in roles)
                       or INDEPENDENT.search(ctx.article.text, *paragraph_span(ctx.article.text, claims[0].start))):
            continue  # "a scientist who was not involved in the study": an outside voice, whatever "we" it says
        sound = [c for c in claims if not SELF_BLAME.search(c.text) and not EVERYONE.search(c.text)] \
            if role or not person else []
        # What the side did before what it is proud of: "Our staff worked closely", then "We are proud".
        found = next(((c, m) for pride in (False, True) for c in sound for m in [_acts(c, not person, pride)] if m), None)
        the = "the " if not person and re.search(rf"\b[Tt]he {re.escape(key)}\b", ctx.article.text) else ""
        name = f"{the}{key}"  # as the article writes it: "the Home Office"
        if found is not None:
            claim, match = found
            evidence = claim_evidence(ctx, claim)
            after = claim.text[match.end():]
            linked = re.match(r"\s+(?:to|of)\s+[\w’'-]+", after) if match.group("verb") in OWN_PRIDE else None
            if linked:  # "We are proud to support the towns"
                words, after = _to_clause_end(match.group(0) + linked.group(0), after[linked.end():]), ""
            else:
                words = _to_clause_end(match.group(0), after)
            said = f"says “{words}”" if claim.data.get("direct") else f"said {words}"
            shown = f"{capitalise(name)}{f', {_one_post(role)},' if person else ''} {said}"
            whose = f"the work of {possessive(key)} side" if person else "its own"
        else:
            deed = _deed(ctx, key, surnames.count(key.split()[-1]) == 1 and person) if claims else None
            if deed is None:
                continue
            evidence, words = deed
            shown = f"The article says “{words}”"
            whose = f"{possessive(key)} own" if person else "its own"
        if evidence is None:
            continue
        answer = (f"{key} speaks for the side whose work is described, so gives that side's account"
                  if person else f"{capitalise(name)} is describing its own work, so gives its own side's account")
        # As of interested-source: each wrong choice is a kind of source a reader of the prompt alone
        # could believe, never a straw man such as "took part, so needs no check" (round 42 of the review).
        distractors = [f"{key} is an outside expert with no part in what is described, so their view is a check on it"
                       if person else f"{capitalise(name)} is an outside body with no part in what is described, so its "
                                      "view is a check on it",
                       f"{capitalise(name)} is one of the critics of what is described, so speaks against it",
                       f"{key} is a member of the public, asked for a view on what is described" if person else
                       f"{capitalise(name)} is an independent watchdog that checks such work for the public"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"own-work-{slugify(key, 24)}", skill="sourcing",
                prompt=about_source(ctx, name),
                evidence=evidence,
                explanation=(f"{shown}: the work described is {whose}, not something judged from outside. A source "
                             "speaking of its own work or decisions gives its own side's account of them. That "
                             "does not make the words false, but a source with no part in them would be a check."),
                feedback={distractors[0]: f"{shown}: {name} is on the side whose work it is, not outside it.",
                          distractors[1]: f"{shown}: {name} speaks for the work described, not against it.",
                          distractors[2]: f"{shown}: {name} speaks for the side whose work it is, not "
                                          f"{'as a member of the public' if person else 'as an outside check on it'}."},
                template="own-work-source",
            ),
            0.75, f"stake:{key}",
        )


# What a source made or decided, as the story tells it: "Microsoft has launched a campaign".
DEED = (r"(?:(?:has|had|have)\s+)?(?:also\s+)?(?:created|built|developed|designed|invented|founded|co-founded|launched|"
        r"started|set up|organi[sz]ed|introduced|commissioned|decided|chose)\b")


def _deed(ctx: Context, key: str, by_surname: bool) -> tuple[str, str] | None:
    """(the sentence, its words) where the headline or the story's opening names the source as
    the one who made or decided what the story is about: "Microsoft has launched an
    aggressive campaign". By surname only where no other source shares it."""
    text = ctx.article.text
    opening = text[: ctx.article.paragraphs[min(2, len(ctx.article.paragraphs) - 1)].end]
    who = re.escape(key) + (f"|{re.escape(key.split()[-1])}" if by_surname else "")
    match = re.search(rf"(?<![\w-])(?:[Tt]he\s+)?(?:{who})(?:,[^,.;]{{1,80}},)?\s+{DEED}", opening)
    if match is None:
        return None
    sentence = next((s for s in ctx.article.sentences if s.start <= match.start() < s.end), None)
    before = text[sentence.start : match.start()] if sentence else ""
    if sentence is None or before.count("“") > before.count("”") or before.count('"') % 2:
        return None  # in a quotation: someone's words, not the story's
    return sentence.text, _to_clause_end(match.group(0), text[match.end() : sentence.end])


def _to_clause_end(words: str, after: str) -> str:
    """The acting words and what they act on, to the clause's end, with no word left hanging:
    "We took this decision", "we may extend the use"; the acting words alone when the clause
    runs on."""
    stop = (r"(?:because|but|and|or|so|when|while|if|after|before|as|since|although|though|that|which|who|until|"
            r"to|in|of|from|for|with|at|on|by|based|using|including|following|according)\b")
    word = r"[$€£]?[\w’'-]+(?:[.,]\d+)*"  # "£4.2", "1,200": a figure is one word
    rest = re.match(rf"(?:\s+(?!{stop}){word}){{0,6}}(?=\s*(?:[,.;:!?\"”]|$)|\s+{stop})", after)
    kept = words + (rest.group(0) if rest else "")
    if NEGATION.search(kept) and not re.match(r"\s*(?:[,.;:!?\"”]|$)", after[len(kept) - len(words):]):
        # "We are not asking" cut from "... not asking for this because we are afraid" says the opposite:
        # a denial keeps its clause whole, to its punctuation.
        whole = re.match(rf"(?:\s+{word}){{0,20}}(?=\s*[,.;:!?\"”]|\s*$)", after)
        return words + whole.group(0) if whole else words
    return kept


NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.IGNORECASE)


def _one_post(role: str) -> str:
    """A role with the article it takes: "the food bank's warehouse manager", "the Minister of
    Environment and Water" (one post of one body), "a Panama coach"."""
    role = with_article(role)
    if re.match(r"an? (?:[a-z][\w-]*\s+)*[a-z][\w-]*['’]s\s|an? (?:[A-Z][\w-]*\s+){1,3}(?:of|for)\s", role):
        return "the " + role.split(" ", 1)[1]
    return role


def _acts(claim, organisation: bool, pride: bool = False) -> re.Match | None:
    """Where a source's own side acts in its words: "we" or "our staff" in a quotation, or an
    organisation's reported "it would build"; with pride, also where it is proud of its work."""
    if claim.data.get("direct"):
        return next((m for m in WE_ACT.finditer(claim.text) if _does(m, pride) and _opens_clause(claim.text, m)), None)
    match = IT_ACT.match(claim.text) if organisation else None
    # Not the "it" of "it would take years" or "it made sense", which is no one.
    return match if match and _does(match, pride) and match.group("verb") not in ("take", "took", "make", "made") else None


# A "we" of everyone, not of one side: "as we all know", "we as a society".
EVERYONE = re.compile(r"\bwe all\b|\ball of us\b|\bwe as (?:a )?(?:society|country|nation|people|humans|citizens)\b",
                      re.IGNORECASE)


def _opens_clause(text: str, match: re.Match) -> bool:
    """Whether "we" opens its clause, as the side that acts does ("We took", "I think we have
    learned", "and our staff worked"); not "we" inside a clause on a noun ("products we
    consumed"), which is often everyone's "we"."""
    return bool(re.search(r"(?:^|[,;:.!?—–(\[]\s*|[\"“‘']|\b(?:and|but|so|because|then|now|today|I think|I believe|I hope|"
                          r"when|if|since|where|once)\s+)$", text[: match.start()]))


def _does(match: re.Match, pride: bool = False) -> bool:
    """Whether "we" or "our staff" acts in the match: a verb of doing, or an -ed or -ing form
    that is not a passive ("we were told")."""
    verb = match.group("verb")
    aux = (match.group("aux") or match.groupdict().get("our_aux") or match.groupdict().get("this_aux") or "")
    aux = aux.strip(" ’'").lower()
    if verb in NOT_DOING or verb in FEELING or re.match(r"(?:must|should)\b", verb):
        return False
    if aux in ("re", "are", "were", "be", "been", "is", "was", "s"):
        return verb.endswith("ing") or pride and verb in OWN_PRIDE
    return verb in DOING or verb.endswith("ed") or verb.endswith("ing") and aux in ("", "ll", "will", "d", "would")


# Bodies that exist to speak for their members or a cause: "the National Teachers Union",
# "the Riverside Chamber of Commerce". Not a union of states ("the European Union").
INTEREST_GROUP = re.compile(r"(?:Union|Association|Federation|Alliance|Coalition|Lobby|Guild|Confederation|"
                            r"Chamber of Commerce|Campaign)$")
NOT_A_GROUP = re.compile(r"\b(?:European|African|Soviet|Postal|Economic|Customs|Monetary|Eurasian|Student) Union$")


def interest_group(ctx: Context) -> Iterator[Candidate]:
    """'The article quotes Jane Doe, president of the National Teachers Union. What should a
    reader keep in mind about this source?' A union, an association or a lobby speaks for its
    members or its cause: its officers give one side, whatever the story is about."""
    if ctx.kind.kind == "press-release":
        return  # the publisher speaks throughout; publisher-stake asks about it
    for key, speaker in ctx.speakers.items():
        if not speaker.named or speaker.kind != "person":
            continue
        claims = [c for c in ctx.claims_by_speaker.get(key, []) if not c.data.get("via")]
        roles = [r for r in _roles(speaker, claims) if re.search(rf"\b{POST}\b", r, re.IGNORECASE)
                 and not re.search(r"\b(?:former|ex-|retired)", r, re.IGNORECASE)]
        role, group = next(((r, g) for r in roles if (g := _organisation_in(r)) and INTEREST_GROUP.search(g)
                            and not NOT_A_GROUP.search(g)), (None, None))
        evidence = claim_evidence(ctx, claims[0]) if role and claims else None
        if evidence is None:
            continue
        if re.search(rf"\b[Tt]he {re.escape(group)}\b", ctx.article.text):
            group = f"the {group}"
        answer = f"{key} speaks for {group}, a group with its own aims in this story"
        distractors = [f"{key} speaks only as a private person, for no group",
                       f"{key} is an independent expert with no side in the story",
                       f"Because {group} has many members, what {key} says needs no check"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"group-{slugify(key, 24)}", skill="sourcing",
                prompt=about_source(ctx, key),
                evidence=evidence,
                explanation=(f"The article names {key} as {role}. A group such as {group} exists to speak for its "
                             f"members or its cause, so {key} gives that side's view. That does not make it wrong, "
                             "but other sides may see the story differently."),
                feedback={distractors[0]: f"The article names {key} as {role}: {key} speaks for {group}.",
                          distractors[1]: f"{key} holds a post at {group}, so has a side.",
                          distractors[2]: "How many members a group has does not make its claims right."},
                template="interest-group",
            ),
            0.8, f"stake:{key}",
        )
        return


# What the article says a group is for, beside its name: "FairVote, a group that campaigns for
# ranked-choice voting,", "The Food and Drink Federation, which represents manufacturers,".
CAUSE = re.compile(r"\b(?:campaign(?:s|ing)? (?:for|against)|lobb(?:y|ies|ying) (?:for|against)|represents|representing|"
                   r"speaks? for|trade (?:body|group|association)|industry (?:group|body|lobby)|pressure group|"
                   r"advocacy group)\b", re.IGNORECASE)


def cause_group(ctx: Context) -> Iterator[Candidate]:
    """'The article reports what FairVote says. What should a reader keep in mind about this
    source?' when the article calls FairVote 'a group that campaigns for ranked-choice
    voting': a group that speaks for a cause or for its members gives that side's view. The
    organisation's own words, as interest-group asks of a person who holds a post in one."""
    if ctx.kind.kind == "press-release":
        return  # the publisher speaks throughout; publisher-stake asks about it
    for key, speaker in ctx.speakers.items():
        if not speaker.named or speaker.kind != "organisation":
            continue
        described = re.search(rf"\b{re.escape(key)},\s+(?P<who>(?:a|an|the|which|who)\b[^.;:,]{{3,100}}),", ctx.article.text)
        claims = [c for c in ctx.claims_by_speaker.get(key, []) if not c.data.get("via")]
        if described is None or not CAUSE.search(described["who"]) or not claims:
            continue
        evidence = claim_evidence(ctx, claims[0])
        if evidence is None:
            continue
        name = body_as_written(ctx.article.text, key)
        who = described["who"]
        told = _described(name, who)
        answer = f"{capitalise(name)} works for one side of this story, so gives that side's view"
        distractors = {
            f"{capitalise(name)} is an outside body with no side in the story, so its view is a check":
                f"The article {told}: it has a side.",
            f"{capitalise(name)} is the body that decides the matter, so its word settles it":
                f"The article {told}, not that it decides.",
        }
        yield Candidate(
            choice(
                ctx, answer, list(distractors), id=f"cause-{slugify(key, 24)}", skill="sourcing",
                prompt=about_source(ctx, name),
                evidence=evidence,
                explanation=(f"The article {told}. A group like that exists to speak for its cause or its "
                             "members, so what it says gives that side's view. That does not make it wrong, but a "
                             "source with no side would be a check on it."),
                feedback=distractors, template="cause-group",
            ),
            0.8, f"stake:{key}",
        )
        return


def _described(name: str, description: str) -> str:
    """What the article says a body is, after "The article ...": "calls FairVote a group that
    campaigns for ...", "says the Federation represents manufacturers" (of "which represents")."""
    if description.startswith(("which ", "who ")):
        return f"says {name} {description.split(' ', 1)[1]}"
    return f"calls {name} {description}"


# Who paid for the work, with what the article says the payer is: "The study was funded in part by
# the Spanish Citrus Growers Association, an industry group that promotes orange products."
FUNDED_BY = re.compile(r"\b(?P<work>study|trial|research|survey|report)\b[^.;]{0,40}?\b(?:funded|paid for|sponsored|financed)"
                       r"(?P<part> in part| partly| mainly| largely)? by (?:the )?(?P<funder>[A-Z][^,.;()]{2,80}?),\s+"
                       r"(?P<what>(?:a|an|which|who)\b[^.;]{3,100}?)(?=[.;]|,\s)")
# What in that description gives the payer a stake in the result.
# An industry or trade body, a maker or seller of the product, a lobby: not any word for a payer
# ("a company", "a charity that makes grants").
STAKE_WORDS = re.compile(r"\b(?:industry|trade|promotes?|promoting|sells?|selling|makers?|manufacturers?|producers?|"
                         r"growers?|lobb(?:y|ies|ying)|campaigns? for|represents)\b",
                         re.IGNORECASE)
# A payer whose work is to fund research has no stake the article tells of.
RESEARCH_FUNDER = re.compile(r"\b(?:charit(?:y|ies|able)|grants?|research councils?|funds? (?:\w+ )?research|"
                             r"(?:foundation|trust) that funds)\b", re.IGNORECASE)
# The article's word that the payer took no part in the work.
NO_ROLE = re.compile(r"\b(?:had|played|has) no (?:role|part|say|influence)\b|\bnot involved in (?:designing|the design)",
                     re.IGNORECASE)


def funder_stake(ctx: Context) -> Iterator[Candidate]:
    """'The article says the study was paid for by the Citrus Growers Association. Why does
    that matter?' when the article calls the payer an industry group that promotes the
    product studied: a payer who gains from a result does not make it false, but the result
    needs a check from someone with no such stake."""
    for found in FUNDED_BY.finditer(ctx.article.text):
        what = found["what"].strip()
        sentences = ctx.article.sentences_over(found.start(), found.end())
        if not STAKE_WORDS.search(what) or RESEARCH_FUNDER.search(what) or not sentences or inside_quotes(ctx.article.text, found.start(), found.end(), sentences[0]):
            continue  # a payer with no stake the article tells of, or a speaker's words
        funder = found["funder"].strip()
        name = body_as_written(ctx.article.text, funder)
        told = _described(name, what)
        work = found["work"].lower()
        no_role = NO_ROLE.search(ctx.article.text)
        answer = f"{capitalise(name)} could gain from the result, so the {work} needs an outside check"
        distractors = {
            f"{capitalise(name)} paid for the {work}, so its result must be false":
                "Who pays does not make a result false; it is a reason to look for a check from someone with no stake.",
            f"{capitalise(name)} has no interest in the result, so who paid changes nothing":
                f"The article {told}: it has an interest in the result.",
        }
        evidence = sentences_around(ctx, found.start(), found.end())
        if evidence is None:
            continue
        yield Candidate(
            choice(
                ctx, answer, list(distractors), id=f"funder-{slugify(funder, 24)}", skill="sourcing",
                prompt=f"The article says the {work} was paid for{found['part'] or ''} by {name}. Why does that matter to a reader?",
                evidence=evidence,
                explanation=(f"The article {told}, so it has a stake in what the {work} finds. That does not make the "
                             "result false" + (" (and the article says the payer had no role in the work)" if no_role else "")
                             + ", but a reader should look for a check by someone with no such stake, such as an expert "
                             f"from outside the {work}."),
                feedback=distractors, template="funder-stake",
            ),
            0.8, f"stake:{funder}",
        )
        return


# Elected posts that answer to the people of a place: "Ashford mayor", "Governor of Washington".
ELECTED = r"(?:mayor|governor|senator|MP|MSP|MLA|councillor|councilor|congress(?:wo)?man|assembly(?:wo)?man)"
PLACE = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}"
FOR_A_PLACE = re.compile(rf"^(?:(?:U\.S\.|US|State) )?(?i:{ELECTED}) (?:of|for|from) (?P<after>{PLACE})$|"
                         rf"^(?P<before>{PLACE}) (?i:{ELECTED})$")


def local_official(ctx: Context) -> Iterator[Candidate]:
    """'The article quotes Chris Gregoire, Governor of Washington. What should a reader keep in
    mind about this source?' when the story names the place again: an elected official
    answers to its voters, so has a reason to speak up for it."""
    text = ctx.article.text
    for key, speaker in ctx.speakers.items():
        if not speaker.named or speaker.kind != "person":
            continue
        claims = [c for c in ctx.claims_by_speaker.get(key, []) if not c.data.get("via")]
        match = next(filter(None, (FOR_A_PLACE.match(r) for r in _roles(speaker, claims))), None)
        if match is None:
            continue
        place = match.group("after") or match.group("before")
        if place.split()[0] in ("U.S.", "US", "State") or re.search(rf"\b{PARTY}\b", place) \
                or len(re.findall(rf"\b{re.escape(place)}\b", text)) < 3:
            continue  # a party, not a place ("Labour MP"); or a place named only with the post
        role = match.group(0)
        evidence = _role_evidence(ctx, key, role, claims) if claims else None
        if evidence is None:
            continue
        # As of a source tied to a body: the post is left to the article, and each wrong choice
        # is a tie a reader of the prompt alone could believe.
        answer = f"{key} answers to the voters of {place}, so has a reason to speak up for it"
        distractors = [f"{key} is an outside expert with no tie to {place}, so their view is a check on it",
                       f"{key} is one of the critics of {place}'s leaders, so speaks against them",
                       f"{key} is a member of the public, speaking only for themselves"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"local-official-{slugify(key, 24)}", skill="sourcing",
                prompt=about_source(ctx, key),
                evidence=evidence,
                explanation=(f"The article names {key} as {role}, and {place} is part of the story. An elected official "
                             f"wants the support of the people of {place}, so {key} has a reason to speak up for what "
                             "is good for it. That does not make the words wrong, but they give one side."),
                feedback={distractors[0]: f"The article names {key} as {role}: an elected official of {place}, not an "
                                          "outside expert.",
                          distractors[1]: f"The article names {key} as {role}: one of {possessive(place)} leaders, not "
                                          "their critic.",
                          distractors[2]: f"The article names {key} as {role}, who speaks for the voters of {place}, "
                                          "not as a member of the public."},
                template="local-official",
            ),
            0.8, f"stake:{key}",
        )
        return


def _a_body(ctx: Context, name: str) -> bool:
    """Whether a name is an organisation, not a place ("President of the United States"):
    an acronym, a name ending in a word such as Foundation or Agency, or one the reading
    found as an organisation."""
    return bool(re.fullmatch(r"[A-Z]{2,}", name)) or name.split()[-1] in ORG_WORDS or any(
        m.data["label"] == "organisation" and m.data["name"].lower() == name.lower() for m in ctx.of_kind("mention"))


def _role_evidence(ctx: Context, name: str, role: str, claims) -> str | None:
    """The passage a reader finds the source's role in: their words where the role is given
    with them, or else the sentence that names them with it."""
    for claim in claims:
        evidence = claim_evidence(ctx, claim)
        if evidence and role.lower() in evidence.lower():
            return evidence
    surname = name.split()[-1]
    return next((s.text for s in ctx.article.sentences if role.lower() in s.text.lower() and surname in s.text), None)


def _roles(speaker, claims) -> list[str]:
    """Every role the article gives a source, as written ('DHS spokeswoman', 'chief
    financial officer and treasurer at the Andy Warhol Foundation'), shortest first."""
    roles = {c.data["speaker"].get("description") or "" for c in claims}
    if ", " in speaker.label:
        roles.add(speaker.label.split(", ", 1)[1])
    roles = {re.sub(r"^(?:the|a|an)\s+", "", role.split(";")[0].strip(" ,")) for role in roles}
    # "a DHS spokeswoman" -> "DHS spokeswoman"; but a common noun's possessive needs its "the"
    # back: "the company's chief operating officer", not "company's chief operating officer".
    roles = {f"the {role}" if re.match(r"[a-z][\w-]*['’]s\s", role) else role for role in roles}
    return sorted((r for r in roles if 1 <= len(r.split()) <= 14), key=len)


# Posts that run a body or speak for it; a professor or an expert only works there.
POST = (r"(?:spokes(?:wo)?man|spokesperson|general secretary|secretary-general|founder|co-founder|owner|chief executive|CEO|chief [\w ]*?officer|executive|"
        r"director|president|chair(?:man|woman|person)?|head|manager|curator|organi[sz]er|administrator|treasurer)")
# Posts that speak or act for a side: a body's officers, a government's members, a team's leaders,
# a study's researchers. Not a resident, a parent or a witness.
SIDE_POST = re.compile(rf"\b(?:{POST}|minister|secretary|premier|official|officer|mayor|governor|senator|councillor|"
                       r"councilor|commissioner|coach|captain|researcher|scientist|investigator|leader|chief)\b",
                       re.IGNORECASE)


# 'curator of the exhibit', 'director of the gallery', 'the bakery's owner', 'festival organiser':
# a thing the story is about, not a named body.
THING = re.compile(rf"\b(?P<post>{POST}) (?:of|at|for) (?P<thing>the (?-i:[a-z][\w-]*(?: [a-z][\w-]*){{0,2}}))$|"
                   rf"^(?:the )?(?P<owned>(?-i:[a-z][\w-]*))['’]s (?P<owner>{POST})$|"
                   rf"^(?P<before>(?-i:[a-z][\w-]*)) (?P<poster>{POST})$", re.IGNORECASE)


# Words before a post that say what kind of post it is ("managing director"), not what it runs.
MODIFIERS = frozenset("vice deputy assistant associate executive managing general creative artistic art senior acting "
                      "interim programme program technical medical marketing sales communications operations finance "
                      "research news press media regional national international".split())


def _tie(ctx: Context, role: str) -> tuple[str, str, str] | None:
    """(the post, the body or thing it ties the source to, the role) when the story is about
    that body or thing: it is in the headline, or named again outside the role."""
    text, title = ctx.article.text, ctx.article.title.lower()
    if not re.search(rf"\b{POST}\b", role, re.IGNORECASE) or re.search(r"\b(?:former|ex-|retired|onetime)", role, re.IGNORECASE):
        return None  # a former director may speak against the body they left
    organisation = _organisation_in(role)
    # A president or a head may be of a country; a founder or a chief executive is of a body.
    of_a_body = not re.match(r"(?:the\s+|a\s+|an\s+)?(?:president|head)\b", role, re.IGNORECASE)
    if organisation and (of_a_body or _a_body(ctx, organisation)) and (organisation.lower() in title or text.count(organisation) >= 2):
        return role, organisation, role
    match = THING.search(role)
    if match is None:
        return None
    thing = match.group("thing") or f"the {match.group('owned') or match.group('before')}"
    if match.group("before") and match.group("before").lower() in MODIFIERS:
        return None  # "vice president", "art director": a kind of post, not a thing the article writes about
    head = thing.split()[-1].lower()
    mentions = len(re.findall(rf"\b{re.escape(head)}(?:s|es)?\b", text, re.IGNORECASE))
    if head in title or mentions >= 3:
        post = match.group(0)
        if head in PERSON_POSTS:
            thing = f"{thing}'s office"  # "a spokesman for the premier": tied to an office, not a body named "the premier"
        return ("the " + post if match.group("owned") and not post.startswith("the ") else post), thing, role
    return None


# Posts a person holds: a spokesman "for the premier" speaks for the premier's office.
PERSON_POSTS = frozenset("premier president mayor governor minister senator chancellor king queen leader candidate".split())


def _organisation_in(role: str) -> str:
    """'chief financial officer and treasurer at the Andy Warhol Foundation' -> 'Andy Warhol
    Foundation'. A name of two words or more, or an acronym: 'Governor of Washington' and
    'Envoy for Climate' name a place and a brief, not a body that speaks."""
    role = re.sub(r"^(?:the|a|an)\s+", "", role)  # "a DHS spokeswoman"
    # "for the Department of Public Health": small words inside the name are kept.
    match = re.search(r"\b(?:of|at|for|with)\s+(?:the\s+)?([A-Z][\w.&’'-]*(?:\s+(?:(?:of|and|the)\s+)*[A-Z][\w.&’'-]*){0,5})$",
                      role) or \
        re.match(r"((?:[A-Z][\w.&’'-]*\s+){1,4})(?i:spokes(?:wo)?man|spokesperson|official|executive|director|chief|"
                 r"administrator)\b", role)
    name = match.group(1).strip() if match else ""
    if re.search(r"\s(?:of|and|the)\s", name) and not BODY_HEAD.match(name):
        name = ""  # "Secretary of State for Health and Social Care": a brief, not a body
    return name if len(name.split()) >= 2 or re.fullmatch(r"[A-Z]{2,}", name) else ""


# The first word of a body's name that may hold small words: "Department of Public Health".
BODY_HEAD = re.compile(r"(?:Department|Ministry|Office|Bureau|Agency|Bank|Institute|University|Board|Council|Commission|"
                       r"Authority|Society|Association|Federation|Union|Academy|College|Museum|Centre|Center|Service|"
                       r"School|Church|Court|House|Chamber)\b")


# Parties by the words that name them in most English-language news: small and general.
PARTY = (r"(?:New Democrat(?:ic)?|Social Democrat(?:ic)?|Christian Democrat(?:ic)?|Liberal Democrat|Democrat(?:ic)?|"
         r"Republican|Labour|Labor|Conservative|Tory|Liberal|Green|Socialist)")
POLITICIAN = r"(?:MP|MPs|lawmaker|legislator|senator|Senator|congress(?:wo)?man|representative|councillor|councilor|MEP|MLA|MSP)"
OPPOSITION = re.compile(rf"\b(?:[Ss]hadow|[Oo]pposition)\b|\b(?P<party>{PARTY})(?:\s+Party)?(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}{POLITICIAN}\b")


def opposition_source(ctx: Context) -> Iterator[Candidate]:
    """'The article quotes Paul Dewar, an Ottawa New Democrat MP. What should a reader keep in
    mind about this source?' for a politician whose role says they oppose the government the
    story is about: a shadow minister, an opposition leader, or a member of one party where
    the article names the government as another's ("the Conservative government")."""
    text = ctx.article.text
    # The party in government now: not "the last Labour government"; two named leave it unsure.
    governing = {m.group(1) for m in re.finditer(rf"\b({PARTY})(?:-led)? (?:government|administration)\b", text)
                 if not re.search(r"\b(?:last|previous|former|past|next|future|old)\s+$", text[max(0, m.start() - 12) : m.start()])}
    if len(governing) > 1:
        governing = set()
    for key, speaker in ctx.speakers.items():
        if not speaker.named or speaker.kind != "person" or ", " not in speaker.label:
            continue
        role = speaker.label.split(", ", 1)[1]
        match = OPPOSITION.search(role)
        if match is None or match.group("party") and (not governing or match.group("party") in governing):
            continue  # a party's member, with no government of another party named: their side is unsure
        claims = [c for c in ctx.claims_by_speaker.get(key, []) if not c.data.get("via")]
        evidence = claim_evidence(ctx, claims[0]) if claims else None
        if evidence is None:
            continue
        if match.group("party"):
            why = (f"The article calls it the {or_list(sorted(governing), 'and')} government, and {key} is {role}: "
                   "a member of another party, which opposes it.")
        else:
            why = f"{key} is {role}, a post in the opposition to the government."
        answer = f"{key} is in the opposition, so has reasons to make the government look bad"
        distractors = [f"{key} speaks for the government, so defends what it did",
                       f"{key} is an independent expert with no side in the story",
                       f"{key} is a member of the public, speaking only for themselves"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"opposition-{slugify(key, 24)}", skill="sourcing",
                prompt=f"The article quotes {speaker.label}. What should a reader keep in mind about this source?",
                evidence=evidence,
                explanation=(f"{why} Opposition politicians win votes by showing the government's failings, so their "
                             "words are one side's case. They may still be right: look for what the government and "
                             "independent sources say."),
                feedback={distractors[0]: f"{key} criticises the government from outside it; the article gives no post in it.",
                          distractors[1]: f"{key} is a politician with a side, not an independent expert.",
                          distractors[2]: f"The article names {key} as {role}, not as a member of the public."},
                template="opposition-source",
            ),
            0.8, f"stake:{key}",
        )


# An outlet's own people: "the BBC's Tokyo correspondent", "BBC reporters".
STAFF = r"(?:correspondents?|reporters?|journalists?|crew|producers?|cameram[ae]n|photographers?|editors?)"


def own_outlet_source(ctx: Context) -> Iterator[Candidate]:
    """'The BBC reported part of this story. What should a reader keep in mind about this
    source?' when the outlet whose report the article gives employs the journalists the story
    is about: it has a stake in how their story is told."""
    text = ctx.article.text
    for key, claims in ctx.claims_by_speaker.items():
        if not is_outlet(key) or not ctx.speakers[key].named:
            continue
        # In the headline or the opening: what the story is about. Not "told BBC reporters", a source speaking to them.
        opening = text[: ctx.article.paragraphs[min(2, len(ctx.article.paragraphs) - 1)].end]
        own = next((m for m in re.finditer(rf"\b{re.escape(key)}(?:['’]s)?\s+(?:[A-Z][\w-]*\s+){{0,2}}{STAFF}\b", opening,
                                           re.IGNORECASE)
                    if not re.search(r"\b(?:told|tells|telling|to|with|by|for)\s+(?:the\s+|a\s+)?$", opening[: m.start()])), None)
        if own is None:
            continue
        evidence = claim_evidence(ctx, claims[0])
        if evidence is None:
            continue
        the = "the " if re.search(rf"\b[Tt]he {re.escape(key)}\b", text) else ""  # as the article writes it
        outlet = f"{the}{key}"
        answer = f"{capitalise(outlet)} employs the journalists the story is about, so it has a stake in how it is told"
        distractors = [f"{capitalise(outlet)} has no link to the people in the story, so it is a neutral source",
                       f"{capitalise(outlet)} is named, so its account needs no checking"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"own-outlet-{slugify(key, 24)}", skill="sourcing",
                prompt=f"Part of this story rests on what {outlet} reported. What should a reader keep in mind about this source?",
                evidence=evidence,
                explanation=(f"The article speaks of “{own.group(0)}”: the story is about {outlet}'s own people, and "
                             f"the account of what happened to them comes from {outlet} itself. That does not make it "
                             "false, but an employer has reasons to tell its staff's story its own way, and the other "
                             "side's account is needed to check it."),
                feedback={distractors[0]: f"The journalists in the story work for {outlet}, so it is not a neutral source.",
                          distractors[1]: "A name shows where an account comes from, not that it is right."},
                template="own-outlet-source",
            ),
            0.8, f"stake:{key}",
        )
        return


# The one who led a piece of research: "the study's principal investigator", "lead author".
LEAD = re.compile(r"\b(?:principal investigator|lead (?:author|researcher|investigator|scientist)|senior author|"
                  r"led the (?:study|trial|research|survey)|(?:study|trial|research|survey) was led by|"
                  r"director of the (?:[\w-]+ ){0,4}(?:study|trial|survey)|"
                  r"(?P<author>(?:co-?)?author of the (?:study|trial|survey|report)|(?:study|trial)['’]s (?:co-?)?author))\b",
                  re.IGNORECASE)


# Words a researcher uses to warn against reading too much into a result.
CAUTION = re.compile(
    r"\b(?:uncertain(?:ty|ties)?|(?:some|still|a|real|serious) doubts?|unclear|unknown|"
    r"not (?:yet |always |entirely )?(?:clear|known|sure|certain|proven)|(?:do|does|did)(?: not|n['’]t) know|"
    r"remains? to be seen|(?:more|further|larger) (?:research|studies|study|work|trials?)|too (?:early|soon)|"
    r"cannot be|can['’]t be|caution\w*|careful|limitations?|open question|still (?:a )?question|warn\w*)\b", re.IGNORECASE)


def own_study_source(ctx: Context) -> Iterator[Candidate]:
    """'The article gives Angelo Volandes's view of the study. What should a reader keep in
    mind about it?' when the article names that person as the one who led the research: they
    judge their own work. Not when their words warn against their own result: "wants it to
    look good" would then be false of them."""
    sentences = ctx.article.sentences
    for key, claims in ctx.claims_by_speaker.items():
        speaker = ctx.speakers[key]
        if not speaker.named or len(key.split()) < 2:  # a person the model may take for an organisation too
            continue
        surname = key.split()[-1]
        led = next((s for s in sentences if surname in s.text and LEAD.search(s.text) and re.search(rf"\b{re.escape(surname)}\b", s.text)
                    and abs(LEAD.search(s.text).start() - s.text.find(surname)) <= 80), None)
        own = [c for c in claims if not c.data.get("via")]
        if led is None or not own or _warns(ctx, own):
            continue
        work = "the " + next(iter(re.findall(r"\b(study|trial|survey)\b", led.text, re.IGNORECASE)), "research").lower()
        found = LEAD.search(led.text)
        lead = found.group(0)[0].lower() + found.group(0)[1:]  # "the director of the National Iodine Nutrition study"
        role = f"the person who led {work}" if "led" in lead else f"the {lead}"  # "was led by" names no post
        did = f"is one of the authors of {work}" if found.group("author") else f"led {work}"
        if found.group("author"):
            role = f"{indefinite(lead)} {lead}" if not lead.startswith(("study", "trial")) else f"the {lead}"
        answer = f"{key} {did}, so is judging their own work"
        distractors = [f"{key} took no part in {work} and judges it from outside",
                       f"{key}'s view is one of the results {work} measured",
                       f"{key} was one of the people {work} looked at"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"own-study-{slugify(key, 24)}", skill="sourcing",
                prompt=f"The article gives {key}'s view of {work}. What should a reader keep in mind about it?",
                evidence=led.text,
                explanation=(f"The article names {key} as {role}. Researchers have reasons to want their work to look good, so "
                             "their view of its results, and of its weaknesses, is not a check on it: an expert who "
                             "took no part would be. That does not make the view wrong."),
                feedback={distractors[0]: f"The article names {key} as {role}: {key} {did}.",
                          distractors[1]: f"A view is what {key} thinks of the results, not something {work} measured.",
                          distractors[2]: f"{key} {did}; the article does not say {key} took part in it as a subject."},
                template="own-study-source",
            ),
            0.8, f"stake:{key}",
        )
        return


# A body that paid for or carried out the work the article reports, in the text's own words:
# "an NCI-funded trial", "funded by the National Institute on Ageing (NIA)", "researchers at
# Riverton University".
_BODY_NAME = r"(?:[Tt]he )?(?P<{0}>(?:[A-Z][\w&’'-]*\s+(?:(?:of|on|for|and)\s+)?){{0,6}}[A-Z][\w&’'-]*)(?:\s+\((?P<{0}_abbr>[A-Z]{{2,}})\))?"
BACKER = re.compile(
    r"\b(?P<pre>[A-Z][A-Za-z&]*[A-Z])-(?:funded|sponsored|supported|backed)\s+(?P<pre_work>(?:[\w-]+\s+){0,2}?(?:study|trial|research|survey|project))\b|"
    r"\b(?P<work>study|trial|research|survey|project|work)\b[^.;]{0,40}?\b(?:was |were |is )?(?:funded|paid for|sponsored|financed|supported) by "
    r"(?:a grant from )?" + _BODY_NAME.format("by") + "|"
    r"\b(?:a grant|funding|money) from " + _BODY_NAME.format("from") + "|"
    r"\b" + _BODY_NAME.format("subject") + r",?\s+(?:which\s+)?(?:funded|paid for|sponsored) (?:the|this) "
    r"(?P<subject_work>study|trial|research|survey|project)\b|"
    r"\b(?:[Rr]esearchers|[Ss]cientists|[Ee]ngineers|[Aa] team of (?:researchers|scientists|engineers)|[Aa] research team) (?:at|from) " + _BODY_NAME.format("at")
)
# What makes a name a body's: a word of an organisation or an acronym ("NCI").
BODY_WORD = re.compile(r"^[A-Z]{2,}$|\b(?:University|Institute|Institutes|Agency|Department|Ministry|Company|Council|Foundation|"
                       r"Centre|Center|Hospital|Trust|Fund|Office|Government|Inc|Corp|Ltd|College|School|Laboratory|Society|"
                       r"Association|Bank|Commission|Service|Board|Authority|Administration)\b")


INDEPENDENT = re.compile(r"\b(?:not (?:involved|part of|connected)|did not take part|had no (?:part|role)|independent)\b",
                         re.IGNORECASE)


def _acronyms(text: str) -> list[tuple[str, str]]:
    """The names a text gives with their initials: 'the National Institute on Ageing (NIA)' ->
    ('National Institute on Ageing', 'NIA'), where the initials match."""
    found = re.finditer(r"((?:[A-Z][\w’'-]*\s+(?:(?:of|on|for|and|the)\s+)*)+[A-Z][\w’'-]*)\s+\(([A-Z]{2,})\)", text)
    return [(re.sub(r"^The\s+", "", m.group(1)), m.group(2)) for m in found
            if "".join(w[0] for w in m.group(1).split() if w[0].isupper()).endswith(m.group(2))]


def backer_voice(ctx: Context) -> Iterator[Candidate]:
    """'The article quotes Dr. Sara Kim, of NIA's Division of Brain Research. What should a
    reader keep in mind about this source?' when the article says that body paid for the work
    it reports ("a trial funded by the National Institute on Ageing (NIA)") or did it
    ("researchers at Riverton University"): a summary of a body's own or funded work that
    quotes its own staff gives no outside view of that work. The explanation says so when no
    one outside the body is quoted at all."""
    text = ctx.article.text
    for found in BACKER.finditer(text):
        name = found.group("pre") or found.group("by") or found.group("from") or found.group("subject") or found.group("at")
        abbr = found.group("by_abbr") or found.group("from_abbr") or found.group("subject_abbr") or found.group("at_abbr")
        if not BODY_WORD.search(name) or is_outlet(name) or re.match(r"(?:Dr|Prof|Professor|Mr|Mrs|Ms|Sir)\b", name):
            continue
        # "the university's School of Chemistry" names the body by its kind, as the article's second mention does.
        kind = BODY_WORD.search(name.split()[-1])
        names = [n for n in (name, abbr, kind and f"the {name.split()[-1].lower()}") if n]
        # A body is named in full in one place and by its initials in another ("NIH-funded", "of the
        # National Institutes of Health"), where the text says the one stands for the other.
        names += [full if short == name else short for full, short in _acronyms(text) if name in (full, short)]
        funded = not found.group("at")
        if found.group("from"):  # "with funding from B": only of research the same sentence names
            start = max(text.rfind(".", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
            noun = re.search(r"\b(study|trial|research|survey)\b", text[start : found.end()], re.IGNORECASE)
            if noun is None:
                continue
        else:
            noun = None
        work = "the " + (found.group("pre_work") or (found.group("work") or found.group("subject_work") or (noun and noun.group(1)) or "work").lower())
        inside, outside = [], []
        for key, speaker in ctx.speakers.items():
            claims = [c for c in ctx.claims_by_speaker.get(key, []) if not c.data.get("via")]
            if not claims:
                continue
            roles = posts_beside(text, key) + _roles(speaker, claims)
            roles = [r for r in roles if not re.search(r"\b(?:former|ex-|retired|onetime)", r, re.IGNORECASE)]
            role = next((r for r in roles if any(re.search(rf"\b{re.escape(n)}(?:['’]s)?\b", r) for n in names)), None)
            if role and INDEPENDENT.search(text, *paragraph_span(text, claims[0].start)):
                role = None  # "who was not involved in the study": an outside voice, whoever employs them
            if role and speaker.named and speaker.kind == "person" and len(key.split()) >= 2:
                inside.append((key, role, claims))
            elif speaker.named or speaker.kind != "person":
                outside.append(key)
        if not inside:
            continue
        inside = [(k, r, c) for k, r, c in inside if any(x.data.get("direct") or _speaks_of_work(x.text, work) for x in c)]
        if not inside:
            continue  # staff who speak only of other things ("the next trial is being redesigned") judge nothing here
        key, role, claims = inside[0]
        evidence = claim_evidence(ctx, claims[0])
        if evidence is None:
            continue
        body = f"the {name}" if re.search(rf"\b[Tt]he {re.escape(name)}\b(?![\w-]|\s+[A-Z])", text) else name
        how = f"which paid for {work}" if funded else f"where {work} was done"
        shown = (f"The article says {work} was paid for by {body} (“{found.group(0).strip()}”)" if funded
                 else f"The article says {work} was done at {body} (“{found.group(0).strip()}”)")
        alone = (f" No one the article quotes comes from outside {body}, so it gives no outside view of {work} at all."
                 if not outside and len(inside) >= 1 and len(ctx.speakers) == len(inside) else "")
        place = re.match(r"(?:of|at|in|with) (.+)", role)  # "of NCI's Division of ...": a place, not a post
        where = (f"The article places {key} at “{place.group(1)}”" if place
                 else f"The article gives {possessive(key)} post as “{role}”")
        answer = f"{key} works for {body}, {how}: an inside voice, not an outside check"
        distractors = [f"{key} has no tie to {work}, so is a neutral voice on it",
                       f"{key} is an outside expert asked to check {work}",
                       f"{key} was one of the people {work} looked at" if re.search(r"\b(?:study|trial|survey)$", work)
                       else f"{key} is one of the critics of {work}"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"backer-voice-{slugify(key, 24)}", skill="sourcing",
                prompt=f"The article quotes {key}, {role}. What should a reader keep in mind about this source?",
                evidence=evidence,
                explanation=(f"{shown}, and it quotes {key}, {role}. Someone who works for the body behind the research "
                             f"speaks from inside it and has reasons to want its work to look good, so what they say of "
                             f"that work is not an outside check on it; an expert from outside would be.{alone} That does "
                             f"not make their words wrong."),
                feedback={distractors[0]: f"{key} works for {body}, {how}: that is a tie to it.",
                          distractors[1]: f"{where}: inside {body}, not outside it.",
                          distractors[2]: f"The article quotes {key} as someone who works for {body}, not as one of "
                                          + (f"the people {work} looked at." if "looked at" in distractors[2] else "its critics.")},
                template="backer-voice",
            ),
            # Above "which group gives most of the quotations?" on the same passage: the sharper lesson.
            0.81, f"stake:{key}",
        )
        return


# Words with which someone speaks of what a piece of research found.
FINDINGS = re.compile(r"\b(?:results?|findings?|found|finds|shows?|showed|shown|evidence|benefits?|effects?|effective|"
                      r"suggests?|suggested|confirms?|confirmed|works?|worked|helps?|helped|improve[sd]?|success\w*|promising)\b",
                      re.IGNORECASE)


def _speaks_of_work(words: str, work: str) -> bool:
    """Whether a staff member's reported words are about the backed work: they name it ("the
    RTOG trial") or speak of what it found, not only of something else the article reports.
    Their own quoted words, given beside the work, are taken to be about it."""
    names = [w for w in re.findall(r"\b[A-Z][\w-]*\d*\b", work) if w != "The"]
    return bool(FINDINGS.search(words) or any(re.search(rf"\b{re.escape(n)}\b", words) for n in names))


def _warns(ctx: Context, claims) -> bool:
    """Whether a person's words, or the paragraphs that give them ("..., she said" may be
    read as someone else's), warn against reading too much into a result."""
    text = ctx.article.text
    for claim in claims:
        start, end = text.rfind("\n", 0, claim.start) + 1, text.find("\n", claim.end)
        if CAUTION.search(claim.text) or CAUTION.search(text[start : end if end >= 0 else len(text)]):
            return True
    return False


# Family ties a news story gives its sources: "Tyler Skluzacek's father".
RELATIVES = ("father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "parents", "grandmother",
             "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin", "fiancé", "fiancée")
RELATIVE = re.compile(rf"((?:[A-Z][\w.’'-]*\s)*[A-Z][\w.’'-]*)['’]s ({'|'.join(RELATIVES)})")


def related_sources(ctx: Context) -> Iterator[Candidate]:
    """'The article quotes Tyler Skluzacek and Patrick Skluzacek. What should a reader keep in
    mind about these two sources?' when the article says one is the other's relative: a feature
    about someone's project whose voices are one family has no independent one."""
    people = {key: s for key, s in ctx.speakers.items() if s.named and s.kind == "person"}
    for key, claims in ctx.claims_by_speaker.items():
        if key not in people:
            continue
        descriptions = {c.data["speaker"].get("description") or "" for c in claims}
        match = next((m for m in map(RELATIVE.fullmatch, descriptions) if m), None)
        if match is None or len(descriptions - {"", match.group(0)}) > 0:
            continue  # no family tie, or another role besides it ("his mother, a doctor")
        owner = next((o for o in people if o != key and (o == match.group(1) or match.group(1) in o.split())), None)
        if owner is None:
            continue
        at = ctx.article.text.find(match.group(0))
        evidence = sentences_around(ctx, at, at + len(match.group(0))) if at >= 0 else None
        if evidence is None:
            continue
        relation = match.group(2)
        answer = f"{key} is {owner}’s {relation}, so they are not independent of each other"
        distractors = [f"{key} is an independent expert with no link to {owner}",
                       f"Because {key} and {owner} agree, their account is confirmed",
                       f"{key} is {owner}’s rival, so the two check each other"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"related-{slugify(key, 24)}", skill="sourcing",
                prompt=f"The article quotes {owner} and {key}. What should a reader keep in mind about these two sources?",
                evidence=evidence,
                explanation=(f"The article says {key} is {owner}’s {relation}. Family members tend to see a story the same "
                             "way, so one does not check the other's account. That does not make them wrong, but a source "
                             "with no link to them would be a check."),
                feedback={distractors[0]: f"{key} is linked to {owner}: the article says {key} is {owner}’s {relation}.",
                          distractors[1]: "Two people from one family agreeing is not an independent check: they may see it the same way.",
                          distractors[2]: f"The article says {key} is {owner}’s {relation}, not a rival."},
                template="related-sources",
            ),
            0.8, f"related:{key}",
        )


# How the questions reached the person who answers: in writing, with no one there to follow up.
IN_WRITING = re.compile(r"\b(?:(?:by|via|over|through) (?:e-?mail|email|letter|written questions)|in writing|"
                        r"written (?:answers|responses|replies))\b", re.IGNORECASE)


def interview_in_writing(ctx: Context) -> Iterator[Candidate]:
    """'The questions were sent by e-mail. What does that mean for the answers?' when the
    introduction of an interview says so: the answers could be prepared, even written by
    staff, and no one could ask a follow-up question. (Who answers is printed beside every
    answer: asking it would be recall.)"""
    turns = ctx.of_kind("turn")
    if ctx.kind.kind != "interview" or not turns:
        return
    text = ctx.article.text
    intro_start = len(ctx.article.title) if text.startswith(ctx.article.title) else 0
    match = IN_WRITING.search(text, intro_start, min(t.start for t in turns))
    if match is None:
        return
    evidence = sentences_around(ctx, match.start(), match.end())
    if evidence is None:
        return
    answer = "The answers could be prepared with time, and no one could ask a follow-up question on the spot"
    distractors = ["The interviewer checked every answer against other sources before printing it",
                   "The answers were given live, with no time to think",
                   "The answers are the interviewer's summary, not the person's own words"]
    yield Candidate(
        choice(
            ctx, answer, distractors, id="interview-in-writing", skill="context",
            prompt=f"This interview was done {match.group(0).lower()}. What does that mean for the answers?",
            evidence=evidence,
            explanation=("Written answers can be drafted, checked and polished, perhaps by someone else, before they are "
                         "sent. The interviewer cannot press on a vague answer or ask about what was left out, so the "
                         "answers say what the person chose to say."),
            feedback={distractors[0]: "Nothing in the article says the answers were checked; they are printed as sent.",
                      distractors[1]: "The questions were answered in writing, so there was time to think.",
                      distractors[2]: "The answers are printed as the person wrote them, under their name."},
            template="interview-in-writing",
        ),
        0.75, "interview-method",
    )


def interview_who_answers(ctx: Context) -> Iterator[Candidate]:
    """'The answers are labelled only “Richman”, “Snow” and “Zhang”. What does the article not
    tell a reader about them?' when the people who answer an interview go by one word each and
    the article never names them more fully: who they are, and so what their expertise is,
    cannot be checked."""
    turns = ctx.of_kind("turn")
    if ctx.kind.kind != "interview" or not turns:
        return
    answering = list(dict.fromkeys(t.data["label"] for t in turns if t.data["role"] == "interviewee"))
    asking = {t.data["label"] for t in turns if t.data["role"] == "interviewer"}
    text = ctx.article.text
    labelled = {t.data["sentence_start"] for t in turns}
    if len(answering) < 2 or not asking or any(len(label.split()) != 1 or label.upper() in ("A", "ANSWER") for label in answering):
        return
    for label in answering:
        # Named anywhere but at the head of an answer ("Professor Ann Snow of ..."): the article says who they are.
        for match in re.finditer(rf"\b{re.escape(label)}\b", text):
            if match.start() not in labelled:
                return
    first = next(t for t in turns if t.data["label"] == answering[0])
    evidence = sentences_around(ctx, first.data["sentence_start"], first.start)
    if evidence is None:
        return
    shown = [f"“{label}”" for label in answering[:3]]
    named = or_list(shown if len(answering) <= 3 else [*shown, "others"], "and")
    answer = "Their full names and where they work"
    distractors = ["Their views on the questions put to them",
                   "Which questions they were asked",
                   "Who asked the questions"]
    yield Candidate(
        choice(
            ctx, answer, distractors, id="interview-who-answers", skill="sourcing",
            prompt=f"The answers in this interview are labelled only {named}. What does the article not tell a reader about the people who answer?",
            evidence=evidence,
            explanation=(f"Each answer carries one name, and the article says nothing more about the {len(answering)} people "
                         "who give them: not their full names, their posts or where they work. A reader cannot tell how "
                         "much each knows, or whether any of them has a stake, so the answers are harder to weigh."),
            feedback={distractors[0]: "Their answers give what they think; what the article leaves out is who they are.",
                      distractors[1]: "The questions are printed before the answers.",
                      distractors[2]: f"The questions are labelled {or_list([f'“{a}”' for a in sorted(asking)], 'and')}."},
            template="interview-who-answers",
        ),
        0.75, "interview-who",
    )


# A role whose head is a candidate: "the Green Party's candidate for mayor", not "the candidate's campaign manager".
RUNNING = re.compile(r"^(?:[\w.’'-]+\s+){0,4}(?:candidate|nominee)(?:\s+(?:for|in|to)\b.*)?$", re.IGNORECASE)
JOB = re.compile(r"\b(?:founder|co-founder|owner|chief executive|executive|director|president|chair(?:man|woman|person)?|"
                 r"editor|manager|spokes(?:wo)?man|spokesperson|head|officer|official|commissioner|secretary|minister|"
                 r"superintendent|chief|administrator|coordinator)\b|\b(?:epidemiologist|engineer|scientist|economist|adviser|"
                 r"advisor|inspector) for\b", re.IGNORECASE)


def interview_stake(ctx: Context) -> Iterator[Candidate]:
    """'This interview gives the answers of Robert Sarvis, the Libertarian Party's nominee for
    Governor of Virginia. What should a reader keep in mind about them?' when the article's
    introduction gives the one person who answers a side: a candidate, or a post at the
    organisation the answers speak of."""
    turns = ctx.of_kind("turn")
    answering = list(dict.fromkeys(t.data["speaker"] for t in turns if t.data["role"] == "interviewee"))
    if ctx.kind.kind != "interview" or not answering:
        return
    name = answering[0]
    text = ctx.article.text
    intro_start = len(ctx.article.title) if text.startswith(ctx.article.title) else 0
    intro = text[intro_start : min(t.start for t in turns)]
    labels_only = any(label.upper() in ("A", "ANSWER") for label in answering)  # "Q:" and "A:", no name
    # "Daniel Osei, the Green Party candidate, ..." or, ending its sentence, "... candidate."
    match = (re.search(rf"\b{re.escape(name)}, ((?:the|a|an) [^,.;:]{{3,90}})(?:,|\.(?=\s|$))", intro)
             if len(answering) == 1 and not labels_only else None)
    if match is None:
        yield from _insiders(ctx, turns, [] if labels_only else answering)
        return
    role = match.group(1)
    bare = re.sub(r"^(?:the|a|an) ", "", role)
    if RUNNING.match(bare):
        answer = f"{name} is running for office, so the answers also make the case for {name}'s campaign"
        why = (f"A candidate wants votes, so {name} has every reason to present their own plans in the best light.")
        side = "a candidate who wants votes"
    else:
        organisation = _organisation_in(bare)
        if not organisation or not JOB.search(bare):
            yield from _insiders(ctx, turns, answering)  # "the agency's director": no name to give, but "we" may show it
            return
        if re.search(rf"\bthe {re.escape(organisation)}", bare):
            organisation = f"the {organisation}"  # as the article writes it
        answer = f"{name} works for {organisation}, so the answers speak for it"
        why = f"Someone who holds a post at {organisation} speaks for its side."
        side = f"someone who speaks for {organisation}"
    distractors = [f"{name} is a neutral expert with no side in the story",
                   "The interviewer checked each answer against other sources before printing it",
                   "The answers are the interviewer's own views"]
    at = intro_start + match.start()
    evidence = sentences_around(ctx, at, at + len(match.group(0)))
    if evidence is None:
        return
    in_writing = bool(IN_WRITING.search(evidence))
    if in_writing:  # the same passage: one question says both
        why += " The questions were answered in writing, so no one could ask a follow-up question."
    yield Candidate(
        choice(
            ctx, answer, distractors, id=f"interview-stake-{slugify(name, 24)}", skill="sourcing",
            prompt=f"This interview gives the answers of {name}, {role}. What should a reader keep in mind about them?",
            evidence=evidence,
            explanation=(f"The article introduces {name} as {role}. {why} That does not make the answers false, but "
                         "they are one side's case in its own words, which the interview does not check."),
            feedback={distractors[0]: f"The article introduces {name} as {role}: {side}, not a neutral expert.",
                      distractors[1]: f"Nothing in the article says the answers were checked; they are printed as {name} gave them.",
                      distractors[2]: f"The interviewer only asks the questions; the answers are {name}'s own words."},
            template="interview-stake",
        ),
        0.8, "interview",
        # Its explanation then answers "what does it change that the answers were written?".
        (lambda other: other.template == "interview-in-writing") if in_writing else None,
    )


# "We" that is a team at work, not people in general: "our staff", "we hire", "here at".
# A column's "our school" or "our national team" is no sign of a publisher's voice (kind.TEAM), but in
# an interview it is a team at work.
TEAM_WORDS = re.compile(rf"{TEAM.pattern}|\b[Oo]ur (?:own )?(?:newspaper|paper|readers|group|school|lab|laboratory|"
                        r"(?:\w+ ){1,2}team)\b|\bhere at\b", re.IGNORECASE)
WE = re.compile(r"\b(?:we|our|us)\b", re.IGNORECASE)
# "Our partners on the ground", "our customers": people outside the organisation it works with
# or serves; their work is no proof that the answers describe the speaker's own.
OUTSIDERS = re.compile(r"\b(?:partners|customers|clients|readers|donors)\b", re.IGNORECASE)


def _own_team(text: str) -> str | None:
    """The first words of `text` that name a team the speaker belongs to ("our staff"), or None."""
    return next((m.group(0) for m in TEAM_WORDS.finditer(text) if not OUTSIDERS.search(m.group(0))), None)


def _insiders(ctx: Context, turns, answering: list[str]) -> Iterator[Candidate]:
    """'Chet Clem answers the questions in this interview. What should a reader keep in mind
    about the answers?' when those who answer speak, again and again, as "we" of a team at
    work ("our staff", "our graphic design team"): they describe their own organisation's
    work from the inside, and show it as they want it seen."""
    answers = [t for t in turns if t.data["role"] == "interviewee"]
    ends = {t.start: t.data.get("answer_end", t.end) for t in answers}  # an answer runs on over unlabelled paragraphs
    ours = [s for t in answers for s in ctx.article.sentences
            if t.data["sentence_start"] <= s.start < ends[t.start] and WE.search(s.text) and not re.search(r"[“”\"]", s.text)]
    # One with no figure first: a figure's sentence is the one a question on the figure needs.
    figures = [n.start for n in ctx.of_kind("number")]
    team = min((s for s in ours if _own_team(s.text)), default=None,
               key=lambda s: any(s.start <= at < s.end for at in figures))
    if team is None or len(ours) < 4 or len({next(t.start for t in answers if t.data["sentence_start"] <= s.start < ends[t.start])
                                             for s in ours}) < 2:
        return
    # Answers labelled only "A:" have no name to give: "the person who answers".
    who = or_list(answering[:3] if len(answering) <= 3 else [*answering[:2], "others"], "and") if answering else "the person who answers"
    they = "they" if len(answering) > 1 else "this person"
    word = _own_team(team.text)
    subject = "They describe" if len(answering) > 1 else f"{capitalise(who)} describes"
    answer = f"{subject} their own organisation's work from the inside, so the answers show it as they want it seen"
    distractors = [f"{capitalise(they)} {'are outside experts' if len(answering) > 1 else 'is an outside expert'} with no part "
                   "in the work the answers describe",
                   "The interviewer checked each answer against other sources before printing it",
                   "The answers are the interviewer's summary, not the words of those who answer"]
    if setting(ctx) == "briefing":  # reporters, not one interviewer
        distractors[1:] = ["The reporters checked each answer against other sources before it was printed",
                           "The answers are a reporter's summary, not the words of those who answer"]
    yield Candidate(
        choice(
            ctx, answer, distractors, id=f"interview-stake-{slugify(who, 24)}", skill="sourcing",
            prompt=(f"{who} {'answer' if len(answering) > 1 else 'answers'} the questions in this {setting(ctx)}. What should "
                    "a reader keep in mind about the answers?" if answering
                    else f"What should a reader keep in mind about the answers in this {setting(ctx)}?"),
            evidence=team.text,
            explanation=(f"The answers speak of “{word}” and say “we” again and again: {who} "
                         f"{'are' if len(answering) > 1 else 'is'} part of the work described. People inside an "
                         f"organisation know it well, but they also want it seen in a good light. The {setting(ctx)} does "
                         "not check what they say or ask anyone outside."),
            feedback={distractors[0]: f"The answers say “{word}”: the work they describe is their own.",
                      distractors[1]: "Nothing in the article says the answers were checked; they are printed as given.",
                      distractors[2]: "Each answer is printed under the name of the person who gives it, in their own words."},
            template="interview-stake",
        ),
        0.75, "interview",
    )
