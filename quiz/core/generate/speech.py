"""Speeches, remarks and statements on the floor: which side of a political fight the
speaker is on, who judges a body's work when its own member praises it, what a question
the speaker asks is for, claims about what a whole people or "everyone" thinks, or what
unnamed "many of them" admit, that the speech offers no evidence for, a denial the
speaker makes for their own side, "history will judge", and what the speaker was told by
no one named. Claims about others and hearsay are asked of a guest's answers in an
interview too. A view given to unnamed "some" to be answered, one person's story told
for many, and a "finest ever" with nothing to compare it with are asked of any speech.
(What the speaker asks listeners to do, and which of the speaker's sentences could be
checked, are asked by opinion.py, for speeches and opinion pieces alike.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Sentence
from quiz.core.facts.kind import TRIBUTE, salutation
from quiz.core.facts.language import CHARGED
from quiz.core.facts.voice import EVALUATIVE
from quiz.core.generate.common import (
    REASON_WORDS, Candidate, Context, capitalise, choice, display, plural, possessive, quoted, slugify, stems,
)
from quiz.core.generate.interview import answer_alone as _answer_alone, said as _said, setting, voiced as _voiced
from quiz.core.generate.opinion import (
    ANY_JUDGING, MAX_WORDS, WISH, answers, as_said, audience, author, quoted_sentences, says, shown_alone,
)

# What a whole group thinks, claimed with nothing to back it: the point of `whole_group_claim`,
# `unnamed_others` and `quoted_group_claim` alike, so a pack asks it once.
GROUP_POINT = "claim-for-a-group"
# "The American people know", "everyone agrees", "any judge in this country would agree":
# what a whole group thinks, wants or knows, said of them all. Not the group a demand names
# ("let the public see them", "make every voter see"): an imperative claims nothing.
WHOLE_GROUP = re.compile(
    r"(?<!\blet )(?<!\blets )(?<!\bmake )(?<!\bhelp )\b(?P<group>(?:the )?(?:American|British|Canadian|Australian|Irish|Indian) people|(?:all |most )?Americans|"
    r"(?:everyone|everybody)(?: (?:in|on|at|across|around) (?:the|this|our|my) [a-z]+(?: [a-z]+)?|"
    r" who (?:ever |has ever |have ever )?(?:knew|met|worked with|served with) (?:him|her|them|[A-Z][a-z]+))?|"
    r"the public|our people|(?:most |many )?voters|the people of this (?:country|nation|state|city|town)|"
    r"(?:every|any) (?:American|citizen|parent|family|voter|judge|teacher|worker)(?: in this (?:country|nation|state))?)"
    r"\s+(?P<verb>(?:(?:already|all|now|really|would|will|surely|certainly) )?"
    r"(?:know|knows|want|wants|believe|believes|agree|agrees|understand|understands|think|thinks|feel|feels|"
    r"expect|expects|demand|demands|remember|support|supports|see|tell you|can tell you))\b",
    re.IGNORECASE,
)
PARTIES = {"Democratic": "Democratic", "Democrats": "Democratic", "Democrat": "Democratic", "Republican": "Republican",
           "Republicans": "Republican", "Labour": "Labour", "Conservative": "Conservative", "Conservatives": "Conservative",
           "Tory": "Conservative", "Tories": "Conservative"}
_PARTY = "|".join(sorted(PARTIES, key=len, reverse=True))
# The speaker's own side, in so many words: "my fellow Conservatives", "we Democrats", "as a
# Republican", "our Labour party". Not "my Republican colleagues" or "my colleagues on the
# Democratic side": members say that of the other side too.
OWN_SIDE = re.compile(
    rf"\b(?:(?:my|our) (?:own )?(?P<a>{_PARTY}) (?:party|Party|caucus)|(?:my|our) fellow (?P<b>{_PARTY})|"
    rf"(?:[Aa]s|I am) an? (?P<c>Democrat|Republican|Conservative|Tory|Labour)\b(?! (?:colleague|friend|senator|member))|"
    rf"[Ww]e (?P<d>Democrats|Republicans|Conservatives|Tories))\b")
OTHER_SIDE = re.compile(rf"\b(?:Senate |House )?(?P<party>{_PARTY})(?: (?:Senators|senators|members|leaders|lawmakers|MPs|"
                        rf"colleagues|Party|party|majority|minority|government))?\b")
EVIDENCE_WORDS = re.compile(r"\d|\b(?:percent|per cent|poll|polls|polled|survey|surveys|majority|study|studies)\b", re.IGNORECASE)
# A figure told in words that measures ("Our electricity bill doubled in two years",
# "hundreds of shops", "ten percent"): a figure as much as one in digits. A bare count
# ("the two major party nominees", "for thirty years") measures nothing a claim could rest on.
WORD_FIGURE = re.compile(r"\b(?:doubled|tripled|trebled|quadrupled|halved|twice\s+as|"
                         r"hundreds|thousands|millions|billions|dozens|"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
                         r"ninety|a|one)\s+(?:hundred|thousand|million|billion)|"
                         r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                         r"sixty|seventy|eighty|ninety)\s+(?:percent|per\s+cent|times))\b", re.IGNORECASE)


def _evidence_beside(text: str) -> bool:
    """Whether a passage holds a figure (in digits or in words), a poll or a study that may
    back a claim in it."""
    return bool(EVIDENCE_WORDS.search(text) or WORD_FIGURE.search(text))


def which_side(ctx: Context) -> Iterator[Candidate]:
    """'My fellow Democrats', in a speech that speaks of 'Republican Senators': a politician
    on one side speaking about the other, whose words are one side's view in a political fight."""
    if ctx.kind.kind != "speech":
        return
    own = next(((s, m) for s in ctx.article.sentences if (m := OWN_SIDE.search(s.text)) and _own_words(s, ctx)), None)
    if own is None:
        return
    sentence, found = own
    side = PARTIES[next(g for g in found.groups() if g)]
    other = next((m for s in ctx.article.sentences if not re.search(r"[“”\"]", s.text)
                  for m in OTHER_SIDE.finditer(s.text) if PARTIES[m.group("party")] != side), None)
    if other is None:
        return
    other_side = PARTIES[other.group("party")]
    answer = f"The speaker is on the {side} side, speaking about the other side"
    distractors = [f"The speaker is on the {other_side} side, speaking about their own side",
                   "The speaker belongs to no side and judges both fairly",
                   "The speaker is a reporter describing what both sides said"]
    yield Candidate(
        choice(
            ctx, answer, distractors, id=f"which-side-{slugify(side, 12)}", skill="context",
            prompt=f"{as_said(sentence.text, ctx)} The speech also speaks of “{other.group(0)}”. "
                   "What does this tell a listener about the speaker?",
            evidence=sentence.text,
            explanation=(f"“{found.group(0)}” shows that the speaker is on the {side} side. What a politician says "
                         f"about “{other.group(0)}” is one side's view in a political fight; a listener should look "
                         "for what the other side says too."),
            feedback={distractors[0]: f"“{found.group(0)}” puts the speaker on the {side} side, not the {other_side} one.",
                      distractors[1]: f"“{found.group(0)}” shows the speaker belongs to a side: the {side} one.",
                      distractors[2]: "These are the speaker's own words, in a speech, not a reporter's account of both sides."},
            template="which-side",
        ),
        0.75, f"side:{sentence.start}",
    )


# "This House", "this Parliament": the body the speaker stands in and speaks to.
THIS_BODY = re.compile(r"\bthis (House|Chamber|Senate|Parliament|Assembly|Council|Committee|administration|government)\b")
# "We passed", "we impeached", "we voted": the speaker acting as one of the body.
WE_DID = re.compile(r"\b[Ww]e (?:\w+ )?(?:passed|voted|impeached|held|approved|adopted|debated|acted|did|built|delivered|created|cut)\b")
# Words with which a speaker praises a body's work: "did its job", "proud", "succeeded".
PRAISES_WORK = re.compile(r"\b(?:did (?:its|our|their) job|proud|succeeded|delivered|kept (?:its|our) promises?|rose to the occasion)\b")


def own_record(ctx: Context) -> Iterator[Candidate]:
    """'The House did its job', said by a member of that House ("by a vote of this House,
    we impeached ..."), or 'My government has done more for families than any government in
    our history', said by its head: a judgement of one's own side's work, which is not independent."""
    if ctx.kind.kind != "speech":
        return
    own = [s for s in ctx.article.sentences if not re.search(r"[“”\"]", s.text)]
    yield from _led_body_record(ctx, own)
    body = next((m.group(1) for s in own for m in THIS_BODY.finditer(s.text)), None)
    if body is None or not any(WE_DID.search(s.text) for s in own):
        return
    name = body if body[0].isupper() else body.lower()
    praised = re.compile(rf"\b[Tt]he {name}\b")
    for sentence in own:
        if not (praised.search(sentence.text) and PRAISES_WORK.search(sentence.text) and _own_words(sentence, ctx)):
            continue
        answer = f"A member of the {name}, judging its own work"
        distractors = [f"An outside expert who studied the {name}'s work", f"A court that reviewed the {name}'s work",
                       f"A reporter who watched the {name} at work"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"own-record-{slugify(name, 12)}", skill="context",
                prompt=f"{as_said(sentence.text, ctx)} Who is judging the {name}'s work here?",
                evidence=sentence.text,
                explanation=(f"The speaker speaks of “this {body}” and of what “we” did there: a member of the {name}. "
                             f"Praise of one's own side's work is not independent; {_audience(ctx)} should look for what "
                             "people outside it say."),
                feedback={distractors[0]: f"The speaker is no outsider: the speech talks of what “we” did in the {name}.",
                          distractors[1]: f"No court speaks here: these words come from a speech by one of the {name}'s own members.",
                          distractors[2]: f"A reporter would stand outside the {name}; the speaker says “we”, as one of its members."},
                template="own-record",
            ),
            0.75, f"opinion:{sentence.start}",
        )
        return


# "My government has already done more to support families than any government in our history",
# "My administration has delivered": the head of a body praising the body's own record.
LED_BODY_PRAISED = re.compile(r"^(?P<own>My|Our) (?P<body>government|administration|council|ministry|department)"
                              r" (?:has|have|had) (?:already |now )?(?:done more|achieved more|delivered more|kept (?:its|our) promises?|"
                              r"delivered|succeeded)\b")


def _led_body_record(ctx: Context, own: list[Sentence]) -> Iterator[Candidate]:
    """'My government has done more ... than any government in our history': the record's
    judge is the one who leads the body judged."""
    for sentence in own:
        shown = display(sentence.text).strip()
        found = LED_BODY_PRAISED.match(shown)
        if not found or not _own_words(sentence, ctx):
            continue
        body, mine = found.group("body"), f"{found.group('own').lower()} {found.group('body')}"
        answer = f"The speaker, who speaks for the {body}, judging its own work"
        wrong = {f"An outside expert who studied the {body}'s work": f"The speaker is no outsider: “{mine}” is the speaker's own.",
                 f"A court that reviewed the {body}'s work": "No court speaks here: these are the speaker's own words in a speech.",
                 f"A reporter who followed the {body}'s work": f"A reporter would stand outside the {body}; the speaker calls it “{mine}”."}
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"own-record-{slugify(body, 12)}", skill="context",
                prompt=f"{as_said(sentence.text, ctx)} Who is judging the {body}'s work here?",
                evidence=sentence.text,
                explanation=(f"The speaker calls it “{mine}”: the praise comes from inside it, from someone who gains "
                             f"if {_audience(ctx)} believe it. Praise of one's own side's work is not independent; "
                             f"{_audience(ctx)} should look for what people outside the {body} say, and for the records "
                             "that could back it."),
                feedback=wrong, template="own-record",
            ),
            0.75, f"opinion:{sentence.start}",
        )
        return


# "Last year our crews repaved 41 miles of road.", "We hired 48 new officers.": the speaker's
# own side doing its work, measured in a figure the speaker gives. Not what befell it
# ("our city suffered 212 burglaries") nor what it wanted.
OWN_SIDE_DID = re.compile(
    r"^(?:(?:Last|This|In the last|In the past|Over the last|Over the past) (?:year|month|week|spring|summer|autumn|fall|"
    r"winter|term|two years|three years|four years|decade),? |In (?:19|20)\d\d,? |Since (?:19|20)\d\d,? |So far,? )?"
    r"(?P<we>[Ww]e|[Oo]ur (?:crews?|teams?|officers|staff|city|government|administration|department|council|workers|"
    r"police|schools|nurses|teachers|volunteers|people))"
    r" (?:have |has |also |already |now |just )*(?:(?!(?:suffer|fac|need|want|expect|struggl|fail|wait|hop|worri|lov)ed\b)[a-z]+ed|"
    r"built|cut|put|made|won|brought|paid|gave|got|set|spent|laid|"
    r"sold|kept|met|paved|grew|rose|fell|drove|took|hit|beat)\b")


def own_side_figures(ctx: Context) -> Iterator[Candidate]:
    """'Last year our crews repaved 41 miles of road.' Who gives the figure, and whose work
    it measures: the speaker, about the work of their own side, with no record named. A
    figure that praises its own giver is the first a listener should check."""
    if ctx.kind.kind != "speech":
        return
    for sentence in ctx.article.sentences:
        shown = display(sentence.text).strip()
        found = OWN_SIDE_DID.match(shown)
        figures = [n for n in ctx.of_kind("number") if sentence.start <= n.start < sentence.end
                   and (n.data["unit"] or (n.data["value"] or 0) >= 10) and not n.data["source"]]
        if not found or not figures or not _own_words(sentence, ctx) or EVIDENCE_NAMED.search(shown):
            continue
        we = found.group("we")
        wrong = {"An independent audit the speech names": "The speech names no audit, report or record for it: the figure "
                                                          "is the speaker's own.",
                 "A rival, about the other side's failures": f"“{we}” is the speaker's own side, and the figure tells of "
                                                             "its work, not of anyone else's failures.",
                 "A reporter who counted it": "No reporter speaks here: these are the speaker's words, in a speech."}
        yield Candidate(
            choice(
                ctx, "The speaker, about their own side's work, with no record named", list(wrong),
                id=f"own-figures-{slugify(figures[0].text, 12)}", skill="sourcing",
                prompt=f"{as_said(sentence.text, ctx)} Who gives this figure, and whose work does it measure?",
                evidence=sentence.text,
                explanation=(f"“{we}” is the speaker's own side: the speaker gives the figure, names no record for it, "
                             f"and gains if {_audience(ctx)} believe it. It may well be right, but a figure that praises "
                             f"its own giver is the first to check: {_audience(ctx)} should look for the published "
                             "records that would back it, and for what people outside say."),
                feedback=wrong, template="own-figures",
            ),
            0.74, f"figure:{figures[0].data['figure']}",
        )
        return  # one a speech: the same lesson for every figure


# "according to the county's audit", "the state's figures show": a record the speech does name.
EVIDENCE_NAMED = re.compile(r"\b(?:according to|figures? (?:show|from)|data (?:show|from)|report(?:ed)?|audit|census|survey|"
                            r"study|records? (?:show|kept)|statistics)\b", re.IGNORECASE)


# A paragraph that reports questions others ask ("people ask me: ...") is no place for the
# speaker's own rhetorical question.
REPORTED_QUESTION = re.compile(r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|question|questions)\b|:", re.IGNORECASE)


def _answer_given(question: Sentence, ctx: Context) -> str | None:
    """The statement right after a rhetorical question, in its paragraph or the next, which
    says where the question leads (its answer, or what follows from it): "Why should we wait? Every year we wait costs
    more." None if the next sentence asks again, quotes someone or cannot stand alone."""
    after = next((s for s in ctx.article.sentences if s.start > question.start), None)
    if (after is None or after.paragraph > question.paragraph + 1 or after.text.endswith("?")
            or re.search(r"[“”\"]", after.text) or len(after.text.split()) > MAX_WORDS or not shown_alone(after.text, ctx)):
        return None
    return display(after.text).strip()


def rhetorical_question(ctx: Context) -> Iterator[Candidate]:
    """'Why, then, should we think ...?' A question the speaker asks the audience, in a
    speech or an opinion piece, is there to lead listeners to the speaker's answer: a claim
    made while seeming only to ask."""
    if ctx.kind.kind not in ("speech", "opinion"):
        return
    for sentence in ctx.article.sentences:
        paragraph = ctx.article.paragraphs[sentence.paragraph]
        if (not sentence.text.endswith("?") or re.search(r"[“”\"]", sentence.text) or not 6 <= len(sentence.text.split()) <= MAX_WORDS
                or REPORTED_QUESTION.search(ctx.article.text[paragraph.start : paragraph.end])
                or not shown_alone(sentence.text, ctx)):
            continue
        who, whom = author(ctx), _audience(ctx)
        answer = f"To lead {whom} to the answer {who} wants, not to get a reply"
        given = _answer_given(sentence, ctx)
        distractors = [f"Because {who} does not know the answer and wants to find out",
                       "To repeat a question that someone else asked",
                       f"To leave the matter open for {whom} to decide for themselves"]
        feedback = {distractors[0]: f"{capitalise(who)} is not asking for information: the question is worded so that "
                                    "its answer seems obvious.",
                    distractors[1]: f"The question is {who}'s own: it is not in quotation marks, and no one else is "
                                    "said to ask it.",
                    distractors[2]: (f"Nothing is left open: the next sentence says where {who} wants it to lead (“{given}”)." if given else
                                     "The question is worded so that only one answer seems possible; it does not "
                                     "weigh the other.")}
        claim = (f"the next sentence says where it leads: “{given}” The question makes that case while seeming only to "
                 "ask; it is fair to ask whether the case holds." if given else
                 f"{who} leaves {whom} to supply that answer, as if it were obvious: a claim made while seeming only to "
                 "ask. It is fair to ask whether the answer is as obvious as the question makes it seem.")
        asks = "In the speech, the speaker asks" if ctx.kind.kind == "speech" else "The writer asks"
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"rhetorical-{slugify(sentence.text, 20)}", skill="loaded-language",
                prompt=f"{asks}: {quoted(sentence.text)} Why does {who} ask this?",
                evidence=sentence.text,
                explanation=(f"No one is asked to reply: the question is built so that {whom} think of one answer, "
                             f"{who}'s own. {capitalise(claim)}"),
                feedback=feedback,
                template="rhetorical-question",
            ),
            0.75, f"opinion:{sentence.start}",
        )
        return  # one per article


# A group said to want the plain good of those in its care: a truism no one doubts, not a
# claim that a whole group agrees on a disputed point.
TRUISM = re.compile(r"^[^,;.]*?\bwants?\s+(?:to\s+(?:keep|see)\s+(?:their|his|her|our|its)\s+(?:\w+\s+){1,2}"
                    r"(?:safe|healthy|happy|well|thrive|succeed)\b|(?:only\s+)?the\s+best\s+for\b)", re.IGNORECASE)


def whole_group_claim(ctx: Context) -> Iterator[Candidate]:
    """'The American people know ...': what a whole group thinks, said with no poll, survey
    or figure beside it. A speaker who claims everyone agrees is persuading, and a listener
    should ask how the speaker knows. In an interview, the same of a guest's answer ("Voters
    see the two-party system for the sham it has become")."""
    if ctx.kind.kind not in ("speech", "opinion", "interview"):
        return
    for sentence, who in _voiced(ctx):
        shown = display(sentence.text)
        found = WHOLE_GROUP.search(shown)
        if not found or not (_own_words(sentence, ctx) if who is None else _answer_alone(shown, ctx)):
            continue
        paragraph = ctx.article.paragraphs[sentence.paragraph]
        around = ctx.article.text[paragraph.start : paragraph.end]
        if _evidence_beside(around):
            continue  # a figure or a poll beside the claim may be its evidence
        if TRUISM.search(shown[found.start() :]):
            continue  # "Every parent wants to keep their children safe": true of the group by what it is
        if "tell you" in found.group("verb") and " who " not in found.group("group"):
            continue  # "the day when everyone will tell you about success": what people say, no claim for all
        honoured = re.search(r"\bwho .*\b(?:him|her)$", found.group("group"))
        if honoured and (who is not None or not _is_tribute(ctx)):
            continue  # "everyone who knew her": "her" is the person honoured only in a tribute
        claimed = found.group(0)
        source = {"speech": "the speech", "interview": f"the {setting(ctx)}"}.get(ctx.kind.kind, "the article")
        who = who or author(ctx)
        # Each wrong choice only where the text around the claim, or all of it, has none.
        wrong = {"Quotes from people who say so": (not re.search(r"[“”\"]", around), "No one is quoted saying so."),
                 "Figures from a report": (True, "No figure stands beside the claim."),
                 "A poll or survey": (not EVIDENCE_WORDS.search(ctx.article.text), f"No poll or survey is named in {source}.")}
        feedback = {choice: words for choice, (fits, words) in wrong.items() if fits}
        distractors = list(feedback)
        answer = f"None: {who} states it as if it were known"
        said = (f"In the tribute, the speaker says of the person honoured: “{shown.strip()}”" if honoured
                else _said(shown, who if ctx.kind.kind == "interview" else None, ctx))
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"whole-group-{slugify(claimed, 20)}", skill="sourcing",
                prompt=f"{said} What evidence does {who} give for this claim about {_mid(found.group('group'))}?",
                evidence=sentence.text,
                explanation=(f"The sentence claims “{claimed}”, but nothing beside it shows how anyone knows: no poll, "
                             "survey, figure or quote. Saying that a whole group already agrees is a way to persuade; "
                             f"{_audience(ctx)} should ask how {who} could know."),
                feedback=feedback, template="whole-group",
            ),
            0.75, GROUP_POINT,
        )
        return  # one such question per article


def _audience(ctx: Context) -> str:
    """Who a text is for: a transcript of questions and answers is read, even where it reads as a speech."""
    return "readers" if ctx.kind.kind == "interview" else audience(ctx)


def _own_words(sentence: Sentence, ctx: Context) -> bool:
    """A sentence in the speaker's or writer's own words that can stand alone."""
    return (not re.search(r"[“”\"]", sentence.text) and 6 <= len(sentence.text.split()) <= MAX_WORDS
            and sentence.text.endswith((".", "!")) and shown_alone(sentence.text, ctx))


def _mid(group: str) -> str:
    """'The American people' inside a sentence: 'the American people'."""
    return group[0].lower() + group[1:] if group.split()[0] in ("The", "Every", "Any", "All", "Most", "Many", "Some", "Several", "Nearly", "Almost",
                                                           "Countless", "Plenty", "Everyone", "Everybody", "Our", "Voters") else group


# People a speaker counts without naming: "many of them", "most of my colleagues", "nearly
# all Republican senators", "some economists".
_HOW_MANY = r"(?:[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal|(?:[Nn]early|[Aa]lmost) all|[Cc]ountless|[Pp]lenty)"
_GROUP = (r"(?:(?:[A-Z][a-z]+ )?(?:[Ss]enators|colleagues|members|lawmakers|legislators|MPs|officials|leaders|"
          r"Republicans|Democrats|Conservatives|economists|experts|scientists|doctors|analysts|people))")
# What they are said to think or to have said: the claim the speaker makes for them.
_THINK = (r"(?:(?:have|had) )?(?:(?:already|privately|quietly|now|also|openly) )?"
          r"(?:acknowledge[sd]?|admit(?:s|ted)?|agree[sd]?|know|knew|believe[sd]?|think|thought|concede[sd]?|"
          r"recogni[sz]e[sd]?|understand|understood|accept(?:s|ed)?|told me|tell me|said|say|privately)\b")
UNNAMED_OTHERS = re.compile(rf"\b(?P<who>{_HOW_MANY} (?:of (?P<back>them|those)|of (?:my|our) {_GROUP}|{_GROUP})) {_THINK}")
# A person named by a title: "Senator Collins", "Dr. Lee": someone the speech names.
TITLED = re.compile(r"\b(?:Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Dr\.|Professor|Mr\.|Mrs\.|Ms\.|Minister) [A-Z]")


def unnamed_others(ctx: Context) -> Iterator[Candidate]:
    """'Many of them acknowledge that ...': what other people think or have said, claimed for
    them by a speaker who names none of them and quotes none. A claim of fact (it could be
    checked if the speaker said who), which listeners can only take on the speaker's word."""
    if ctx.kind.kind not in ("speech", "opinion", "interview"):
        return
    sentences = ctx.article.sentences
    index = {s.start: i for i, s in enumerate(sentences)}
    for sentence, guest in _voiced(ctx):
        shown = display(sentence.text)
        found = UNNAMED_OTHERS.search(shown)
        if not found or guest and (found.group("back") or not _answer_alone(shown, ctx)):
            continue  # in an interview, "many of them" would need the guest's sentence before
        if not guest and not (_own_words(sentence, ctx) or found.group("back") and _own_words_after(sentence, ctx)):
            continue
        paragraph = ctx.article.paragraphs[sentence.paragraph]
        around = ctx.article.text[paragraph.start : paragraph.end]
        if re.search(r"[“”\"]", around) or TITLED.search(around) or EVIDENCE_WORDS.search(sentence.text):
            continue  # a quote, a named person or a figure beside it may be the evidence
        if found.group("back"):
            # "many of them": the sentence before must say who "them" are, and go in the prompt too.
            i = index[sentence.start]
            before = sentences[i - 1] if i else None
            if (before is None or not re.search(_GROUP, before.text) or not _own_words(before, ctx)
                    or len(f"{before.text} {sentence.text}".split()) > 2 * MAX_WORDS):
                continue
            shown = f"{before.text} {sentence.text}"
        who, whom = guest or author(ctx), _audience(ctx)
        unnamed = _mid(found.group("who"))
        said = _said(shown, guest, ctx)
        text = guest or ("the speech" if ctx.kind.kind == "speech" else "the article")
        answer = f"Nothing: {who} names none of them and quotes none of them saying so"
        distractors = [f"The words {who} quotes from them", f"The names of the people {who} means",
                       f"Nothing is needed: it is only {who}'s own opinion"]
        feedback = {distractors[0]: f"Nothing beside the claim is in quotation marks: {who} gives none of their words.",
                    distractors[1]: f"“{unnamed}” names no one: {whom} are not told which people {who} means.",
                    distractors[2]: (f"It is a claim about what other people think or said, not only {who}'s view: it "
                                     f"could be checked, if {who} said who they are.")}
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"unnamed-others-{slugify(found.group('who'), 20)}", skill="sourcing",
                prompt=(f"{said} What does {text} give "
                        f"{whom} to check who the “{unnamed}” are and what they said?"),
                evidence=sentence.text,
                explanation=(f"{capitalise(who)} speaks for “{unnamed}” but does not say who they are, and "
                             f"gives none of their own words. {capitalise(whom)} have only {who}'s word for who they are "
                             "and what they think."),
                feedback=feedback, template="unnamed-others",
            ),
            0.75, GROUP_POINT,
        )
        return  # one such question per article


def _own_words_after(sentence: Sentence, ctx: Context) -> bool:
    """A sentence in the speaker's own words that leans on the one before it ("many of them")."""
    return (not re.search(r"[“”\"]", sentence.text) and 6 <= len(sentence.text.split()) <= MAX_WORDS
            and sentence.text.endswith((".", "!")))


# A short denial in the speaker's own words: "There was no lobbying.", "There has been no
# cover-up.", "We did not pressure anyone."
DENIAL = re.compile(r"^(?:There (?:was|were|has been|have been|is|are) no [a-z][\w-]*(?: [a-z][\w-]*)?|"
                    r"(?:We|I) (?:did not|didn't|never|have not|haven't) (?:pressure|lobby|threaten|bribe|mislead|hide|"
                    r"cover up|break|promise|ask|urge|push|force)\b[^.]{0,40})[.!]$")
# The speaker's own side, beside the denial: "our party", "our members", "nor myself".
OWN_TEAM = re.compile(r"\b(?:[Oo]ur|[Mm]y) (?:own )?(?:party|members|side|caucus|colleagues|team|government|administration|"
                      r"campaign|company|staff|department)\b|\bmyself\b")


def own_side_denial(ctx: Context) -> Iterator[Candidate]:
    """'There was no lobbying.', said by a speaker who speaks for "our party": a denial by the
    side it is about. It may be true, but it is that side's word about itself, and the speech
    gives listeners nothing else to weigh it by."""
    if ctx.kind.kind not in ("speech", "opinion"):
        return
    sentences = ctx.article.sentences
    for i, sentence in enumerate(sentences):
        if not DENIAL.match(sentence.text):
            continue
        paragraph = ctx.article.paragraphs[sentence.paragraph]
        around = ctx.article.text[paragraph.start : paragraph.end]
        if re.search(r"[“”\"]", around) or _evidence_beside(around):
            continue  # a quote, a figure or a study beside the denial may back it
        # The sentence just before that speaks of the speaker's side, shown with the denial.
        side = next((s for s in sentences[max(0, i - 2) : i] if s.paragraph == sentence.paragraph
                     and OWN_TEAM.search(s.text) and _own_words(s, ctx)), None)
        if side is None:
            continue
        team = max((m.group(0) for m in OWN_TEAM.finditer(side.text)), key=lambda t: t != "myself")  # "our party" says more
        who, whom = author(ctx), _audience(ctx)
        shown = ctx.article.text[side.start : sentence.end]
        if len(shown.split()) > 2 * MAX_WORDS:
            continue
        denied = sentence.text.rstrip(".!")
        answer = f"It is the word of the side it is about: {who} speaks for that side and gives no other evidence"
        distractors = ["It settles the matter: an outside inquiry found the same",
                       "It settles the matter: the other side agrees",
                       "It comes from a neutral observer with no side in the matter"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"own-side-denial-{slugify(denied, 20)}", skill="sourcing",
                prompt=f"{as_said(shown, ctx)} How much does “{denied}” show?",
                evidence=shown,
                explanation=(f"{capitalise(who)} speaks of “{team}”: the denial is made for {who}'s own side, about "
                             f"that side. It may be true, but {whom} have only that side's word for it; to weigh it "
                             "they would need a source outside that side."),
                feedback={distractors[0]: f"No inquiry is named: the denial rests on {who}'s word alone.",
                          distractors[1]: "Nothing beside the denial gives the other side's view of it.",
                          distractors[2]: f"{capitalise(who)} speaks of “{team}”: one of the side the denial is about, "
                                          "not a neutral observer."},
                template="own-side-denial",
            ),
            0.75, f"opinion:{sentence.start}",
        )
        return  # one per article


# A verdict the future will give: "History will judge ...", "our children will never forgive
# us", "future generations will ask why ...".
FUTURE_VERDICT = re.compile(
    r"\b(?:[Hh]istory|[Ff]uture generations|[Oo]ur (?:children|grandchildren)|(?:[Tt]he )?(?:American|British) people|"
    r"Americans|[Vv]oters|[Tt]he voters) (?:will|shall) (?:surely |certainly |harshly |poorly )?"
    r"(?:judge|condemn|not forgive|never forgive|ask why)\b")


def future_verdict(ctx: Context) -> Iterator[Candidate]:
    """'History will judge poorly those who ...': a judgement no one can give yet, which the
    speaker gives for the future, to sway people now. Neither a finding nor a forecast from
    any evidence."""
    if ctx.kind.kind not in ("speech", "opinion"):
        return
    for sentence in ctx.article.sentences:
        found = FUTURE_VERDICT.search(sentence.text)
        if not found or not _own_words(sentence, ctx) or EVIDENCE_WORDS.search(sentence.text):
            continue
        who = author(ctx)
        answer = "A warning of a judgement no one can give yet, made to sway people now"
        distractors = [f"A report of a judgement already made, which {who} passes on",
                       "A forecast worked out from figures, such as a poll or a trend",
                       "A fact about the past that records could confirm today"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"future-verdict-{slugify(found.group(0), 20)}", skill="fact-vs-opinion",
                prompt=f"{as_said(sentence.text, ctx)} What kind of claim is this?",
                evidence=sentence.text,
                explanation=(f"“{found.group(0)}” speaks of a verdict that no one has given yet. {capitalise(who)} "
                             f"cannot know it and gives no evidence for it: it is {who}'s own judgement, put in the "
                             "mouth of the future, to press people to act now as "
                             f"{who} wants."),
                feedback={distractors[0]: f"“{found.group(0)}” speaks of the future: the judgement has not been made.",
                          distractors[1]: "The sentence gives no figure, poll or trend: nothing is worked out, only declared.",
                          distractors[2]: "It speaks of the future, not the past: no record can show today how the "
                                          "future will judge."},
                template="future-verdict",
            ),
            0.75, f"opinion:{sentence.start}",
        )
        return  # one per article


# What the speaker was told or heard, by no one named: "I'm told that ...", "I have heard that ...".
HEARSAY = re.compile(r"\b(?:I[’']m|I am|I[’']ve been|I have been|[Ww]e[’']re|[Ww]e are|[Ww]e[’']ve been|[Ww]e have been) "
                     r"(?:also |often )?told\b|\bI (?:hear|heard|have heard|[’']ve heard) that\b")
# ... unless the sentence says by whom: "told by the mayor", "heard from nurses", "according to".
SAYS_BY_WHOM = re.compile(r"\btold,? by\b|\bheard (?:it )?from\b|\baccording to\b|\bby (?:the |a |an )?[A-Z]")
# Words near it that may say where the speaker heard it: "My knowledge is purely from press reports."
SOURCE_NEAR = re.compile(r"\b(?:reports?|reported|news|press|media|internet|online|cyber|website|sources?)\b", re.IGNORECASE)
# "I heard that they ...": a person or thing the sentence before would have to name.
POINTS_BACK = re.compile(r"\b(?:he|she|they|him|her|them|his|their|it|its)\b", re.IGNORECASE)


def hearsay(ctx: Context) -> Iterator[Candidate]:
    """'I'm told that tens of thousands of prayer meetings are being held': something the
    speaker passes on from someone who is never named. It is second-hand, and listeners
    cannot tell who counted or saw it."""
    if ctx.kind.kind not in ("speech", "opinion", "interview"):
        return
    for sentence, guest in _voiced(ctx):
        shown = display(sentence.text)
        found = HEARSAY.search(shown)
        paragraph = ctx.article.paragraphs[sentence.paragraph]
        around = ctx.article.text[paragraph.start : paragraph.end]
        if (not found or SAYS_BY_WHOM.search(shown) or re.search(r"[“”\"]", shown) or SOURCE_NEAR.search(around)
                or POINTS_BACK.search(shown) or not (_answer_alone(shown, ctx) if guest else _own_words(sentence, ctx))):
            continue
        who, whom = guest or author(ctx), _audience(ctx)
        said = _said(shown, guest, ctx)
        heard = found.group(0)
        answer = f"No one named: {who} does not say who"
        distractors = [f"A person {who} names", f"A report or study {who} names", f"{capitalise(who)}, who saw it first-hand"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"hearsay-{slugify(shown, 20)}", skill="sourcing",
                prompt=f"{said} Who is the source of this, as {who} tells it?",
                evidence=sentence.text,
                explanation=(f"“{heard}” shows that {who} passes on what someone else said, and does not say who. "
                             f"{capitalise(whom)} cannot tell who saw or counted it, or how they knew, so they have "
                             f"only second-hand word for it."),
                feedback={distractors[0]: f"No one is named: “{heard}” leaves out who said it.",
                          distractors[1]: "No report or study is named in the sentence.",
                          distractors[2]: f"“{heard}” shows {who} was told it: it is second-hand, not seen first-hand."},
                template="hearsay",
            ),
            0.75, f"opinion:{sentence.start}",
        )
        return  # one per article


# In someone's quoted words: "Like many Texans, I am disappointed", "Voters see the system
# for the sham it is": one person speaking for a whole group's feelings or thoughts ("Like
# most firms, we cut costs" says what they do, which a record could show).
LIKE_MANY = re.compile(r"^Like (?P<group>(?:many|most|all|so many) (?:of )?(?:my )?[\w-]+(?: [\w-]+){0,3}), (?:I|we)(?: am| are| was| were|[’']m|[’']re)?(?: (?:\w+ly|so|very|not))? "
                       r"(?:disappointed|pleased|delighted|relieved|angry|upset|worried|concerned|proud|glad|happy|sad|"
                       r"saddened|frustrated|shocked|excited|thrilled|feel|felt|think|thought|believe|want|hope|fear|worry)\b")
GROUP_FIRST = re.compile(r"^(?P<group>Voters|Fans|Residents|Parents|Taxpayers|Families|Patients|Customers|Workers|"
                         r"Most people|People) (?:already |all |really )?(?:see|know|want|believe|agree|understand|feel|"
                         r"expect|demand)\b")
# What could back such a claim, anywhere in the article: if one is there, "only the speaker's word" may not hold.
SURVEY_WORDS = re.compile(r"\b(?:poll|polls|polled|pollsters?|survey|surveys|surveyed|study|studies|questionnaire)\b",
                          re.IGNORECASE)


def quoted_group_claim(ctx: Context) -> Iterator[Candidate]:
    """'What does the article give to back up this claim about many Texans?' for a named
    person's quoted words that speak for a whole group ("Like many Texans, I am
    disappointed"; in an interview, "Voters see ..."), in an article with no poll, survey or
    study at all: only the speaker's word stands behind what the group thinks. (A speech's
    or column's own claims about a people are asked by `whole_group_claim`.)"""
    if ctx.kind.kind in ("speech", "opinion") or SURVEY_WORDS.search(ctx.article.text):
        return
    text = ctx.article.text
    for name, sentence, part in quoted_sentences(ctx):
        found = LIKE_MANY.match(part) or GROUP_FIRST.match(part) or WHOLE_GROUP.search(part)
        if (found is None or not 6 <= len(part.split()) <= MAX_WORDS or re.search(r"[“”\"?]", part)
                or not shown_alone(part, ctx, named_speaker=True)):
            continue
        if re.search(r"\b(?:I|we) (?:think|believe|guess|suppose)\b", part[:found.start()], re.IGNORECASE):
            continue  # "I think everybody knows ...": given as the speaker's guess, not as what all know
        group = found.group("group")
        group = group if found.re is LIKE_MANY or group.split()[0] in ("American", "Americans") else _mid(group).lower()
        paragraph = ctx.article.paragraphs[sentence.paragraph]
        no_figure = not re.search(r"\d", text[paragraph.start:paragraph.end]) and not WORD_FIGURE.search(
            text[paragraph.start:paragraph.end])
        wrong = {"A poll or survey the article reports": "The article reports no poll or survey at all.",
                 "A study the article names": "The article names no study at all."}
        if no_figure:
            wrong["Figures given beside the claim"] = "No figure stands beside the claim."
        answer = f"Nothing but {name}'s own word"
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"group-claim-{slugify(part, 24)}", skill="sourcing",
                prompt=f"{says(name, part)} What does the article give to back up what this says about {group}?",
                evidence=sentence.text,
                explanation=(f"{name} speaks for {group}, but the article gives no poll, survey, study or figure "
                             f"about {group}. One person's word for a whole "
                             f"group is a way to sound backed by many; {_audience(ctx)} should ask how {name} "
                             "could know."),
                feedback=wrong, template="group-claim",
            ),
            0.75, GROUP_POINT,
        )
        return  # one such question per article


# Words that present a claim as settled, so that no one asks for proof: "of course", "as
# everyone knows", "there is no doubt that", "the fact is that".
AS_KNOWN = re.compile(r"\b(?:of course|obviously|undeniably|without question|make no mistake|as (?:we all|everyone|everybody) knows?|"
                      r"(?:every|any)(?:one|body) knows|(?:no one|nobody) (?:can|could) deny|there(?: is|[’']s) no doubt(?: that)?|"
                      r"the (?:truth|fact) is that)\b", re.IGNORECASE)


def given_as_known(ctx: Context) -> Iterator[Candidate]:
    """'Many of the witnesses and documents, of course, were withheld by the White House.'
    A speaker, a columnist or a guest in an interview who puts "of course" or "everyone
    knows" on a claim and gives nothing beside it to back it: the words do the work a piece
    of evidence would, and ask listeners not to ask."""
    if ctx.kind.kind not in ("speech", "opinion", "interview"):
        return
    for sentence, who in _voiced(ctx):
        shown = display(sentence.text)
        found = AS_KNOWN.search(shown)
        if (not found or not (_answer_alone(shown, ctx) if who else _own_words(sentence, ctx)) or shown.startswith("Of course")
                or re.search(r"\bI\b", shown)):
            continue  # "Of course." at the head may answer a question; "Obviously I was nervous" is no claim to back
        paragraph = ctx.article.paragraphs[sentence.paragraph]
        around = ctx.article.text[paragraph.start : paragraph.end]
        if _evidence_beside(around) or re.search(r"[“”\"]|\baccording to\b|\breport", display(around)):
            continue  # a figure, a poll, a quote or a report beside the claim may be its evidence
        who, whom = who or author(ctx), _audience(ctx)
        words = found.group(0).lower() if found.start() else found.group(0)
        answer = f"None: “{words}” presents it as settled, so {whom} are less likely to ask for proof"
        distractors = [f"None is needed: “{words}” shows that people on every side agree",
                       f"A document {who} quotes beside it", f"Figures {who} gives beside it"]
        source = {"speech": "the speech", "interview": f"the {setting(ctx)}"}.get(ctx.kind.kind, "the article")
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"given-as-known-{slugify(shown, 20)}", skill="loaded-language",
                prompt=f"{_said(shown, who if ctx.kind.kind == 'interview' else None, ctx)} What evidence does {who} give "
                       f"for this, and what does “{words}” do?",
                evidence=sentence.text,
                explanation=(f"Nothing beside the claim backs it: no document, figure or witness. The words “{words}” "
                             f"stand in for that evidence: they treat the claim as something everyone already accepts. It may be "
                             f"true, but it is {who}'s claim, and {whom} can fairly ask how {who} knows it."),
                feedback={distractors[0]: f"“{words}” is {who}'s own word: {source} shows no one else agreeing.",
                          distractors[1]: "Nothing beside the claim is quoted from any document.",
                          distractors[2]: "No figure stands beside the claim."},
                template="given-as-known",
            ),
            0.75, f"opinion:{sentence.start}",
        )
        return  # one per article


# How a speech opens on its audience: "Madam Speaker, ...", "Mr. Chief Justice, ... and my fellow
# citizens:", "Thank you, Mayor Lin.", "Good morning, everyone."
OPENING = re.compile(r"^(?P<to>(?:Madam|Mister|Mr\.?) (?:Speaker|President|Chair(?:man)?)|Good (?:morning|afternoon|evening)|"
                     r"Thank you|(?:(?:Family|Dear|My) )?[Ff]riends|Dear colleagues|Ladies and gentlemen|(?:My )?[Ff]ellow \w+|"
                     r"We (?:are|have) gathered|We gather)\b|^.{3,300}?,? (?:and )?(?P<fellow>my fellow \w+):$")
# A heading that names who gives it: "Remarks by Mayor Ann Lin at ...", "Speech by the Minister of ...".
SPEAKER_HEADING = re.compile(r"^(?:Remarks|Speech|Address|Statement|Eulogy|Tribute)(?: as prepared for delivery)? (?:by|of) "
                             r"((?:the )?(?:[A-Z][\w.’'-]*\s*){1,6}?)(?=\s+(?:at|on|to|in|before|for)\b|[,:]|$)")


def _opening(ctx: Context) -> Sentence | None:
    """The sentence, among the first paragraphs, with which a speech speaks to its audience."""
    return next((s for s in ctx.article.sentences if s.paragraph <= 4 and (OPENING.match(s.text) or salutation(s.text))), None)


def _heading(ctx: Context):
    """A heading that names who gives the speech, with its match."""
    heads = [ctx.article.text[p.start : p.end].strip() for p in ctx.article.paragraphs[:3]]
    return next(((h, m) for h in heads if len(h) <= 160 and (m := SPEAKER_HEADING.match(h))), None)


def _spoken(ctx: Context) -> bool:
    """Whether a speech shows it was spoken: it opens on its audience, or a heading names who gave it."""
    return _opening(ctx) is not None or _heading(ctx) is not None


# What could back a claim, beside it: a figure, a quotation, a study, a poll or a record, a
# named source, an example.
BACKING = re.compile(r"\d|[“”\"]|\b(?:percent|per cent|polls?|polled|surveys?|surveyed|stud(?:y|ies)|reports?|reported|"
                     r"research|data|figures|records?|statistics|according to|for example|for instance|such as|"
                     r"measured|counted|evidence|proof)\b", re.IGNORECASE)
# A sentence that tells the speaker's own feelings ("I am proud of ...", "we will miss her"):
# a feeling is not a claim that wants evidence.
FEELING = re.compile(r"\b(?:proud|grateful|glad|happy|honou?red|thankful|delighted|pleased|sad|sorry|blessed|heartbroken|"
                     r"saddened|love|loved|miss|missed|hope|hopeful|privilege|wish|wished|wishes)\b", re.IGNORECASE)
# A blessing, thanks, a greeting or a sign-off ("God bless you, and go ...", "Good night, and may
# your families stay safe", "Thank you all for a wonderful evening"): a courtesy, not a claim about
# the world that wants evidence. "May" before its subject is a wish; "thanks to" gives a reason.
RITUAL = re.compile(r"\b(?:God bless|[Bb]less (?:you|us|them|this)|God ?speed|[Gg]ood(?:bye| night| luck)|[Ff]arewell|"
                    r"[Tt]hank you|[Tt]hanks(?! to)|[Cc]ongratulations|[Cc]heers)\b|"
                    r"(?:^|,\s+(?:and\s+)?)[Mm]ay (?:God|you|your|we|our|the|they|he|she|all|this|it)\b")
# Words that judge, as adjectives and adverbs: not a charged verb ("surges") nor a "will".
# Narrower than view_or_record.JUDGING on purpose: this finds the word a claim rests on,
# that one rules out any sentence that rates at all.
JUDGING = ANY_JUDGING | (EVALUATIVE - frozenset(CHARGED))


def _judging(word: str) -> bool:
    """A judging word, or an adverb made of one ("effectively"); not "fairly", which only softens."""
    word = word.lower()
    return word in JUDGING or word.endswith("ly") and word[:-2] in JUDGING and word != "fairly"


# In an interview, "we" and "our" are the guest's own organisation, described from inside.
OWN_GROUP = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")


# A pronoun that stands for something said before: shown alone, the claim is not whole.
# "Those who work are denied a fair return for their labor": "their" has its people in the
# sentence before it; "the Russian people aren't getting them" has no "them" to stand for.
PRONOUN = re.compile(r"\b(?:them|it|its)\b|\b(?:they|their)\b", re.IGNORECASE)
PLURAL_BEFORE = re.compile(r"\b(?:those|these|people|[a-z]{3,}s)\b", re.IGNORECASE)



def _answer_unbacked(ctx: Context, offset: int) -> bool:
    """Whether the whole answer holding `offset`, up to the next turn (paragraphs with no
    label of their own go on with it), has no figure or source, and the question before it
    only asks: "Most Russians are kept in the dark. ..." in a question is a claim of its own,
    which may confirm the guest's."""
    turns = sorted(ctx.of_kind("turn"), key=lambda t: t.start)
    for index, turn in enumerate(turns):
        if turn.data["sentence_start"] <= offset < turn.end:  # from its label: the answer's first sentence too
            end = turns[index + 1].start if index + 1 < len(turns) else len(ctx.article.text)
            answer = ctx.article.text[turn.start : end]
            if index + 1 < len(turns):
                answer = answer[: answer.rfind("\n") + 1] if "\n" in answer else answer  # not the next turn's label
            if BACKING.search(answer) or COUNTED.search(answer) or WORD_FIGURE.search(answer):
                return False
            before = turns[index - 1] if index else None
            if before is not None and before.data.get("question"):
                asked = ctx.article.text[before.start : before.end]
                stated = " ".join(re.findall(r"[^.!?]+[.!](?=\s|$)", asked))  # its sentences that state, not ask
                if stems(stated) & stems(ctx.article.text[offset : ctx.article.text.find(".", offset) + 1]):
                    return False
            return True
    return True


def asserted_claim(ctx: Context) -> Iterator[Candidate]:
    """'What does the speaker give to back this claim?' of a sentence in a speech, or in a
    guest's answer, that judges ("These States are confronted with an economic affliction of
    great proportions", "The forecasts have been fairly accurate") with no figure, study,
    quotation or named source in it or in the paragraphs around it: a claim asserted, not
    shown, which a listener should weigh as the speaker's view until evidence backs it."""
    kind = ctx.kind.kind
    if kind not in ("speech", "interview"):
        return
    judging = {f.data["sentence_start"]: f for f in ctx.of_kind("opinion") if f.data.get("mode") == "judge"}
    offered = 0
    for sentence, guest in _voiced(ctx):
        fact = judging.get(sentence.start)
        if fact is None or offered >= 2:
            continue
        shown = display(sentence.text)
        cue = next((c for c in fact.data.get("cues", []) if _judging(c)), "")
        if (not cue or shown.count(cue) != 1 or FEELING.search(shown) or WHOLE_GROUP.search(shown)
                or RITUAL.search(shown) or WISH.match(shown)
                or re.match(r"(?:But|And|So|Yet|Still)\b|(?:To \w+ )?(?:this|that|these|those)\b(?! who\b)", shown, re.IGNORECASE)
                # it answers, or points back to, the sentence before it: "To continue this long trend ..."
                or (guest is not None and OWN_GROUP.search(shown))
                or not (_own_words(sentence, ctx) if guest is None else _answer_alone(shown, ctx))):
            continue
        # Its paragraph, and in a speech the one after it, where a speaker's support for a claim follows it.
        paragraphs = ctx.article.paragraphs[sentence.paragraph : sentence.paragraph + (2 if guest is None else 1)]
        if REASON_WORDS.search(shown) or any(BACKING.search(ctx.article.text[p.start : p.end]) or
                                       COUNTED.search(ctx.article.text[p.start : p.end]) for p in paragraphs):
            continue  # a reason, a figure, a source or an example beside the claim may be what backs it
        if any(m.group().lower() in ("them", "it", "its") or not PLURAL_BEFORE.search(shown[: m.start()])
               for m in PRONOUN.finditer(shown)):
            continue  # "the Russian people aren't getting them": what "them" stands for is not shown
        if guest is not None and not _answer_unbacked(ctx, sentence.start):
            continue  # the answer runs on with a figure, or the question itself makes claims
        who = guest or author(ctx)
        text = "speech" if kind == "speech" else setting(ctx)
        near = "the paragraphs around it" if guest is None else "the rest of the answer"
        answer = f"Nothing but {possessive(who)} own word: no figure, study or source comes with it"
        wrong = {"Figures from a count or a survey": f"No figure appears in the sentence or in {near}.",
                 f"A study or a report named in the {text}": "No study or report is named near the claim.",
                 "The words of someone else who confirms it": f"No one else is quoted near the claim: the words are "
                                                              f"{possessive(who)} alone."}
        offered += 1
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"asserted-{slugify(shown, 20)}", skill="fact-vs-opinion",
                prompt=f"{_said(shown, guest, ctx)} What does {who} give to back this claim?",
                evidence=sentence.text,
                explanation=(f"“{cue}” gives {possessive(who)} judgement, and nothing comes with it: no figure, no study "
                             f"or survey, no quotation or named source, in the sentence or in {near}. The claim is "
                             f"asserted, not shown. {capitalise(_audience(ctx))} can weigh it, but should take it as "
                             f"{possessive(who)} view until evidence from outside the {text} backs it."),
                feedback=wrong, template="asserted-claim",
            ),
            0.72, f"opinion:{sentence.start}",
        )


# Another body a guest describes, as the subject of the sentence: "The big supermarket chains only
# care about profit", "The neighbouring county has more money per mile". The nouns are general
# English for organisations; "other", "neighbouring" or "rival" makes any of them someone else's.
OTHER_BODY = re.compile(
    r"^The (?P<mods>(?:(?:big|biggest|large|larger|major|other|neighbouring|neighboring|rival|national|private|federal)\s+){0,2})"
    r"(?P<noun>(?:[a-z]+ )?)(?P<head>chains?|compan(?:y|ies)|firms?|banks?|council|county|government|agency|ministry|department|unions?|"
    r"part(?:y|ies)|newspapers?|networks?|supermarkets?|airlines?|hospitals?|contractors?|insurers?|landlords?|"
    r"developers?|regulators?|police|authorities)\b(?! (?:of|in|at|for|from|on)\b)(?P<rest>.+)$")
OTHERS = re.compile(r"\b(?:other|neighbou?ring|rival)\b")
# What turns a description of others into a claim about them: always or never, only, a
# comparison, a judging word.
CLAIMING = re.compile(r"\b(?:only|never|always|every|all|nothing|than)\b")


def claim_about_others(ctx: Context) -> Iterator[Candidate]:
    """'On what basis does the guest say this about the big supermarket chains?' of a guest's
    answer that tells how another body works or behaves ("The big supermarket chains only care
    about profit and never pay their suppliers on time"), with no source or figure in the
    answer, about a body the interview does not hear: one side's account of another, which no
    one in the interview checks. Not the guest's own body, which the introduction names."""
    if ctx.kind.kind != "interview":
        return
    turns = sorted(ctx.of_kind("turn"), key=lambda t: t.start)
    if not turns:
        return
    intro = ctx.article.text[: turns[0].data["sentence_start"]].lower()
    heard = " ".join(t.data["speaker"] for t in turns).lower()
    for sentence, guest in _voiced(ctx):
        shown = display(sentence.text)
        found = OTHER_BODY.match(shown)
        if guest is None or found is None or not _answer_alone(shown, ctx) or FEELING.search(shown):
            continue
        head, rest = found.group("head"), found.group("rest")
        other = bool(OTHERS.search(found.group("mods")))
        if not other and (re.search(rf"\b{head.rstrip('s')}", intro) or re.search(rf"\b{head.rstrip('s')}", heard)):
            continue  # "The agency has handled this outbreak well", said by the agency's own director
        if not (CLAIMING.search(rest) or any(_judging(w) for w in re.findall(r"[a-z]+", rest))):
            continue  # only what the body did, which the guest may know first-hand
        if not _answer_unbacked(ctx, sentence.start) or re.search(r"\b(?:I|we) (?:think|believe|guess|suppose)\b", shown, re.I):
            continue  # a figure or a source in the answer may be its basis; "I think" gives it as a guess
        body = "the " + shown[4 : found.end("head")]
        text = setting(ctx)
        plural = head.endswith("s") or head == "police"
        answer = f"None given: it is {possessive(guest)} own account, and {body} {'are' if plural else 'is'} not heard"
        wrong = {f"What {body} say of themselves, quoted in the {text}" if plural else
                 f"What {body} says of itself, quoted in the {text}":
                     f"No one from {body} speaks in the {text}: only {guest} describes {'them' if plural else 'it'}.",
                 f"A report or study {guest} names in the answer": f"{guest} names no report or study in the answer.",
                 f"Figures {guest} gives in the same answer": "The answer gives no figures at all."}
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"about-others-{slugify(shown, 20)}", skill="sourcing",
                prompt=f"{_said(shown, guest, ctx)} On what basis does {guest} say this about {body}?",
                evidence=sentence.text,
                explanation=(f"{guest} tells how {body} behave{'' if plural else 's'}, "
                             f"but gives no source, figure or example, and the {text} does not hear {body}. It is one "
                             f"side's account of another, which no one in the {text} checks. Readers should ask how "
                             f"{guest} knows, and what {body} would answer."),
                feedback=wrong, template="claim-about-others",
            ),
            0.72, f"opinion:{sentence.start}",
        )
        return  # one per interview


# "I will cut the permit fees", "we are going to fix": a promise in the speaker's own voice. Not
# "we will miss her" or "I will always remember", which tell a feeling, nor "we will be", a forecast.
# "Over the next ten years we will build ...", "My government will cap ...": a time named before it,
# with or without a comma, and a government the speaker speaks for, promise too.
PROMISE = re.compile(r"^(?:[A-Z][\w ’']{0,40}, |(?:Over|Within|By|In|From|Starting|Beginning) [\w ’']{1,40}? )?"
                     r"(?:I|We|we|(?:[Mm]y|[Oo]ur) (?:government|administration))(?: will|[’']ll| shall| am going to| are going to| promise to| pledge to| vow to)"
                     r"(?: not| also| never| now| immediately)? (?P<verb>[a-z]+)\b(?!.*, (?:and|but) (?!(?:I|we) will\b))")
NOT_PROMISED = frozenset("be miss remember forget mourn cherish honour honor love see hear know find face need get have "
                         "always carry continue".split())
# "we brought two hundred new jobs", "I cut taxes in 2019": what the speaker says was done, with
# a count or a year that records could confirm or disprove.
RECORD = re.compile(r"\b(?:I|[Ww]e) (?:(?:also|first|then|once) )?(?:have |had )?(?P<verb>(?!(?:n|f|proc|exc|bl|br|h|s|sp|w)eed\b)[a-z]+ed|built|brought|won|ran|"
                    r"led|made|cut|gave|wrote|taught|took|began|founded|raised|sold|spent|fought|got|kept|paid|set|put|"
                    r"held|did|grew|opened|shut|hired|sent|lowered|doubled|tripled)\b")
NOT_DONE = frozenset("loved missed felt hoped wanted thought believed learned learnt wished worried agreed asked needed "
                     "tried decided expected seemed liked hated enjoyed remembered dreamed dreamt".split())
COUNTED = re.compile(r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                     r"hundred|hundreds|thousand|thousands|million|millions|billion|billions|half|a third|a quarter)\b(?!-)",
                     re.IGNORECASE)
DOUBT = re.compile(r"\b(?:would|could|might|may|if|unless|perhaps|maybe|probably|hope|tried|almost)\b|\?", re.IGNORECASE)


def promise_or_record(ctx: Context) -> Iterator[Candidate]:
    """'Three of these sentences are promises. Which one tells of something the speaker says
    was already done, which records could confirm or disprove?' In a campaign speech or a
    politician's answers, promises ("I will fix every pothole") stand beside a record ("we
    brought two hundred new jobs to the east side in three years"): the record can be checked
    now, a promise only against what is done later."""
    if ctx.kind.kind not in ("speech", "interview"):
        return
    promises: dict[str | None, list[str]] = {}
    records: dict[str | None, list[str]] = {}
    for sentence, guest in _voiced(ctx):
        shown = display(sentence.text).strip()
        if not (_own_words(sentence, ctx) if guest is None else _answer_alone(shown, ctx)) or len(shown.split()) > 28:
            continue
        promised = PROMISE.match(shown)  # a promise from its first words: not a figure with a promise after it
        if promised and promised.group("verb") not in NOT_PROMISED and not DOUBT.search(shown):
            promises.setdefault(guest, []).append(shown)
            continue
        done = RECORD.search(shown)
        if (done and done.group("verb") not in NOT_DONE and COUNTED.search(shown) and not DOUBT.search(shown)
                and not PROMISE.search(shown) and not re.search(r"\b(?:will|shall|going to)\b", shown)):
            records.setdefault(guest, []).append(shown)
    for guest, done in records.items():
        promised = promises.get(guest, [])
        if len(promised) < 2:
            continue
        who = guest or author(ctx)
        record = done[0]
        wrong = {p: "This is a promise (“will”): it tells what is to be done, which no record can show yet." for p in promised[:3]}
        yield Candidate(
            choice(
                ctx, record, list(wrong), id=f"promise-or-record-{slugify(record, 20)}", skill="fact-vs-opinion",
                prompt=(f"{'Two' if len(wrong) == 2 else 'Three'} of these sentences {'from the speech' if guest is None else f'by {who}'} are promises. "
                        f"Which one tells of something {who} says was already done, which records could confirm or "
                        "disprove?"),
                evidence=record,
                explanation=(f"This sentence tells of something done, with a count or a date: records could show whether "
                             f"it happened as {who} says. The others are promises: no record can show them yet, and "
                             f"{_audience(ctx)} can only hold them against what {who} does later. A record is worth checking, "
                             "and a promise is worth remembering."),
                feedback=wrong, template="promise-or-record",
            ),
            0.76, f"opinion:{ctx.article.text.find(record)}",
        )
        return


# How the speaker of a tribute knew the person honoured: "she became my closest friend", "my
# mentor", "she hired me", "I worked beside him for ten years".
_CLOSE = r"(?:closest |best |dearest |oldest |dear |close |old |good |great |first )?"
RELATION = re.compile(
    rf"\b(?:(?:[Ss]he|[Hh]e) (?:became|was|had been|has been|remained) my {_CLOSE}(?:friend|mentor|teacher|coach|boss|partner|hero)|"
    rf"(?:[Ss]he|[Hh]e) (?:hired|trained|taught|coached|mentored|married|raised|welcomed|helped|showed) me|"
    rf"I (?:have |had )?(?:(?:worked|served|played|coached|taught|trained|sat|stood) (?:\w+ )?(?:with|beside|alongside|for|under)|"
    rf"knew|known) (?:her|him|(?P<name>[A-Z][a-z]+))\b|"
    rf"(?:[Ww]e|(?:[Hh]e|[Ss]he|(?P<partner>[A-Z][a-z]+)) and I) (?:served|worked|played|studied|grew up|taught) (?:\w+ )?together|"
    rf"I (?:was|am) (?:proud|lucky|blessed|honou?red) to call (?:her|him) (?:my |a )?{_CLOSE}(?:friend|mentor|colleague)|"
    rf"(?:[Mm]y|[Oo]ur) {_CLOSE}(?:friend|mentor|colleague|partner|teammate),? (?:[A-Z][a-z]+)\b|"
    rf"(?P<family>(?:[Mm]y|[Oo]ur) (?:father|mother|dad|mum|mom|brother|sister|husband|wife|son|daughter|grandfather|"
    rf"grandmother|grandpa|grandma)\b))")


# "I didn't know Billy, but I knew Billy": the speaker knew the kind of man, not the man.
NEVER_KNEW = re.compile(r"\b(?:didn[’']t|did not|never) (?:know|knew|met|meet)\b")
PRAISE = re.compile(r"\b(?:most|best|finest|greatest|kindest|bravest|\w+est (?:man|woman|person|friend|coach|teacher))\b")


def _is_tribute(ctx: Context) -> bool:
    """A speech that honours someone: two words of honour or loss, not "died" alone."""
    honouring = [w.lower() for w in TRIBUTE.findall(ctx.article.text)]
    return ctx.kind.kind == "speech" and len(honouring) >= 2 and bool(set(honouring) - {"died"})


def tribute_relation(ctx: Context) -> Iterator[Candidate]:
    """'What does this tell a listener about the praise in the tribute?' of the sentence in
    which the speaker of a tribute says how they knew the person honoured ("she became my
    closest friend"): the praise is first-hand and heartfelt, and for that reason not a
    neutral weighing of a life."""
    if not _is_tribute(ctx):
        return
    # A friend or a relative first: "she hired me" tells less of how close the two were.
    closer = lambda tie: not re.search(r"\b(?:friend|[Mm]y|[Oo]ur)\b", tie)  # noqa: E731
    text = ctx.article.text.lower()
    # "my father" names the person honoured only where the speech says it more than once.
    # "I have worked beside Evelyn": a name only where the speech is about that person, naming them again and again.
    ties = lambda sentence: (m.group(0) for m in RELATION.finditer(sentence.text)  # noqa: E731
                             if (not m.group("family") or text.count(m.group(0).lower()) >= 2)
                             and all(len(re.findall(rf"\b{m.group(g).lower()}\b", text)) >= 3 for g in ("name", "partner") if m.group(g)))
    found = [(s, min(ties(s), key=closer, default="")) for s in ctx.article.sentences
             if _own_words(s, ctx) and not NEVER_KNEW.search(s.text)]
    # Then a sentence that praises ("the kindest man I have ever known"): the praise the tie bears on.
    praises = lambda sentence: not (PRAISE.search(sentence.text) or any(_judging(w) for w in sentence.text.split()))  # noqa: E731
    # A "best I have ever known" last: `best_ever_backing` asks what its limit means.
    found = sorted(((s, tie) for s, tie in found if tie),
                   key=lambda f: (bool(BEST_EVER.search(f[0].text)), closer(f[1]), praises(f[0])))
    # A tribute at a death, not at a retirement or an award: "time of loss" only then.
    mourning = re.search(r"\b(?:died|passed away|we mourn|we lost|funeral|memorial|in (?:loving )?memory|eulogy|rest in peace|"
                         r"late)\b", ctx.article.text, re.IGNORECASE)
    # A tribute with no greeting or heading of a speech may be written: its words are the writer's, for readers.
    who, whom = ("the speaker", "a listener") if _spoken(ctx) else ("the writer", "a reader")
    for rank, (sentence, tie) in enumerate(found[:2]):
        answer = "It comes from someone who knew the person and came to honour them: first-hand, but not a neutral judgement"
        wrong = {
            f"It is a neutral judgement: {who} has no reason to favour the person": (
                f"{capitalise(who)} knew the person (“{tie}”) and {'speaks' if who == 'the speaker' else 'writes'} to "
                "honour them: the praise is not neutral."),
            "It comes from someone who only heard of the person from others": (
                f"“{tie}” shows that {who} knew the person first-hand."),
            "It shows that the praise was checked against records": (
                f"The sentence checks nothing: it tells how {who} knew the person."),
        }
        said = as_said(sentence.text, ctx) if who == "the speaker" else f"In the tribute, the writer says: {quoted(sentence.text)}"
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"tribute-relation-{slugify(tie, 20)}", skill="sourcing",
                prompt=f"{said} What does this tell {whom} about the praise in the tribute?",
                evidence=sentence.text,
                explanation=(f"“{tie}” shows that {who} knew the person first-hand, and came to honour them. That "
                             f"makes the memories worth hearing, but they come{' at a time of loss,' if mourning else ''} from "
                             "someone who cared. Such praise is sincere, but it "
                             f"is not a neutral weighing of a life: {whom} should expect the best to be told and the "
                             "rest left out."),
                feedback=wrong, template="tribute-relation",
            ),
            0.78 - 0.02 * rank, f"opinion:{sentence.start}",  # the closer tie is asked first
        )


# A claim that no one was better: "the finest coach this town has ever known", "the greatest
# team in our history", "the best mayor of all time".
BEST_EVER = re.compile(r"\b(?:the|our|my) (?P<best>(?:finest|best|greatest|kindest|bravest|strongest|most \w+)(?: [\w-]+){1,3}?"
                       r" (?:(?:this|the|our) [\w ]{1,30}?(?:has|have|had) ever (?:known|seen|had|produced|elected)|I (?:(?:have|had) )?ever (?:known|met|seen)|"
                       r"(?:in|of) (?:our|its|the [\w ]{1,20}?) history|of all time|(?<!\bI )(?<!\bwe )(?<!\byou )ever"
                       r"(?: (?:known|seen|built|made|held|run|elected|produced|played|written|recorded|assembled))?))\b")
# "the best thing I ever did", "the best day we ever had": one's own life, not a claim about others;
# "I ever known/met/seen" is asked as "I have ever known" is (`_best_known`), anything else not at all.
# The sentence after it, on the same person or thing: "Her teams won four state titles ...".
SAME_SUBJECT = re.compile(r"^(?:(?:In|Over|During|Across|For|Within|In all|All told,? in) [\w -]{1,30}?,? )?"
                          r"(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Ii]t)\b")


def best_ever_backing(ctx: Context) -> Iterator[Candidate]:
    """'How far do these facts back the claim?' of a speaker's "the finest coach this town has
    ever known" followed by figures ("Her teams won four state titles ..."): the figures show
    success, but "the finest ever" claims that no one did better, which only a comparison
    with others could show."""
    if ctx.kind.kind not in ("speech", "interview"):
        return
    voiced = list(_voiced(ctx))  # in an interview, a guest's answers only: not a question, nor the introduction
    for (sentence, guest), (after, _) in zip(voiced, [*voiced[1:], (None, None)]):  # a tribute's "kindest I have known" often ends it
        found = BEST_EVER.search(sentence.text)
        shown = display(sentence.text).strip()
        if after is not None and after.paragraph != sentence.paragraph:
            after = None  # the next answer, or the next paragraph, goes on to something else
        if not found or not (_own_words(sentence, ctx) if guest is None else _answer_alone(shown, ctx)):
            continue
        if re.search(r"\bI (?:(?:have|had) )?ever\b", found.group(0)) and not (after and COUNTED.search(after.text)):
            yield from _best_known(ctx, sentence, found.group("best"), guest)
            continue
        if guest is None and not COUNTED.search(sentence.text) and not (after and COUNTED.search(after.text)):
            yield from _best_unchecked(ctx, sentence, found.group("best"))
            continue
        if (after is None or not SAME_SUBJECT.match(after.text) or not COUNTED.search(after.text) or DOUBT.search(after.text)
                or re.search(r"[“”\"]", after.text) or len(after.text.split()) > MAX_WORDS or COUNTED.search(sentence.text)):
            continue
        best = found.group("best")
        who = guest or author(ctx)
        said = _said(shown, guest, ctx)
        answer = "They show success, but not that no one did better: that would need a comparison with others"
        wrong = {"They prove the claim: figures like these settle it": (
                     "Figures show what was done, not that no one did more: nothing here compares with anyone else."),
                 "They have nothing to do with the claim": (
                     "They are given to back it: they show success, which is part of what the claim says."),
                 "They show that the claim is false": (
                     "Nothing in them counts against the claim; they only fall short of proving it.")}
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"best-ever-{slugify(best, 20)}", skill="fact-vs-opinion",
                prompt=f"{said} It goes on: “{after.text.strip()}” How far do these facts back the claim?",
                evidence=ctx.article.text[sentence.start : after.end],
                explanation=(f"“{best}” claims that no one was better. The facts that follow show success, but to back "
                             f"that, {who} would need to compare with others, and does not. A superlative like this "
                             f"is {possessive(who)} judgement: the facts beside it back part of it, not all of it."),
                feedback=wrong, template="best-ever",
            ),
            0.76, f"opinion:{sentence.start}",
        )


# The other side, as the speaker retells it: "My opponent says the city cannot afford these
# plans.", "Critics claim that ...". Not "Some people say", "others claim" or "cynics": no side
# anyone could go and hear, set up by the speaker to be knocked down.
OTHER_SIDE_SAYS = re.compile(
    r"^(?P<who>(?:My|Our) (?:opponents?|critics|rivals?)(?: on the [\w ]{1,20}?)?|Critics|Opponents|"
    # A member of a house, named by the seat: "The Honourable Member for Eastleigh North said this morning that ..."
    r"The (?:Right )?Hono(?:u)?rable (?:Member|Gentleman|Lady)(?: for (?:[A-Z][\w-]*\s?){1,4})?|"
    r"Those who oppose (?:this|the|our) \w+)(?: of (?:this|the|our) \w+)? (?P<verb>says?|said|claims?|claimed|argues?|argued|insists?|insisted|"
    r"tells? you|will tell you|would have you believe|wants? you to believe|call|calls)\b[^.?!“”\"]{8,}[.!]$")


def other_side_retold(ctx: Context) -> Iterator[Candidate]:
    """'My opponent says the city cannot afford these plans.': in a speech, or in a guest's
    answer, the other side's case told in the speaker's own words, to be answered. Listeners
    hear it as the speaker chose to put it, not as the other side would."""
    if ctx.kind.kind not in ("speech", "interview"):
        return
    for sentence, guest in _voiced(ctx):
        shown = display(sentence.text).strip()
        found = OTHER_SIDE_SAYS.match(shown)
        if not found or not (_own_words(sentence, ctx) if guest is None else _answer_alone(shown, ctx)):
            continue
        if found.group("who").startswith("The ") and _answered_after(sentence, ctx) is None:
            continue  # a member of the house may be of the speaker's own side: the other side only if answered
        who = guest or author(ctx)
        other = re.sub(r"^(?:My|Our) ", "the ", found.group("who"))
        other = other[0].lower() + other[1:]  # "Critics" inside a sentence
        answer = f"Only as {who} retells it: {possessive(other)} own words are not given"
        wrong = {f"In {possessive(other)} own words, quoted": (
                     f"There are no quotation marks: {who} puts the claim in {possessive(who)} own words."),
                 "Through a reporter who checks both sides": (
                     f"No reporter weighs it here: the other side is told by {who} alone.")}
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"other-side-{slugify(shown, 20)}", skill="attribution",
                prompt=f"{_said(shown, guest, ctx)} How does this give the other side's case?",
                evidence=sentence.text,
                explanation=(f"{capitalise(who)} tells {_audience(ctx)} what {other} {found.group('verb')}, in "
                             f"{possessive(who)} own words, with no quotation. {_audience(ctx).capitalize()} hear the "
                             f"other side as {who} chose to put it; to judge it fairly, they "
                             "would need to hear it from that side itself."),
                feedback=wrong, template="other-side-retold",
            ),
            0.74, f"opinion:{sentence.start}",
        )
        return


# Praise of a person in a word: "She was tireless.", "He was always generous."
PRAISE_WORDS = frozenset("""tireless generous kind brave honest humble selfless devoted loyal patient fearless gentle caring
    dedicated modest decent courageous fair wise thoughtful hardworking hard-working giving warm faithful funny loving
    principled brilliant passionate determined cheerful""".split())
# "She was tireless.", "He was a generous man.", "Evelyn was always patient."
PRAISED = re.compile(r"^(?:She|He|[A-Z][a-z]+) was (?:(?:also|always|so|truly|simply|never anything but|very|an?) )*(?P<word>[a-z-]+)"
                     r"(?: (?:man|woman|person|friend|colleague|leader|boss|teacher|nurse|doctor|coach|neighbou?r))?[.!]$")
# What the person did, told next: "She opened the gym at six every morning ...".
DEED = re.compile(r"^(?:(?:Every|Each|One|Once|In|On|When|After|During|For)\b[^,]{0,40}, )?(?:[Ss]he|[Hh]e) "
                  r"(?:(?:never|always|once|often|even|also|still) )?(?P<verb>[a-z]+ed|drove|gave|paid|taught|took|"
                  r"spent|made|came|went|kept|brought|wrote|ran|sat|stood|sang|built|found|left|sent|bought|lent|stayed)\b")


def example_for_praise(ctx: Context) -> Iterator[Candidate]:
    """'She was tireless. She opened the gym at six every morning ...': in a speech, or in a
    guest's answer, praise of a person in one word, then what the person did. The example is
    the teller's own memory: it shows the praise in action, but it is one story the teller
    chose, not a record."""
    if ctx.kind.kind not in ("speech", "interview"):
        return
    voiced = list(_voiced(ctx))
    for (praise, guest), (deed, same) in zip(voiced, voiced[1:]):
        praised, done = display(praise.text).strip(), display(deed.text).strip()  # not a turn's label
        found, did = PRAISED.match(praised), DEED.match(done)
        if (not found or not did or found.group("word") not in PRAISE_WORDS or deed.paragraph != praise.paragraph
                or guest != same or did.group("verb") in NOT_DONE or re.search(r"[“”\"]", deed.text)
                or len(deed.text.split()) > MAX_WORDS):
            continue
        pronoun = praised.startswith(("She ", "He "))
        if pronoun and (guest or not _is_tribute(ctx)):
            continue  # "she" is the person honoured only in a tribute
        word = found.group("word")
        who = guest or ("the speaker" if _spoken(ctx) else "the writer")
        answer = f"It gives an example, as {who} tells it: it shows the praise in action, but it is not a record"
        wrong = {"It gives a figure from records that proves the praise": (
                     f"It tells what the person did, as {who} tells it; no record or figure is named."),
                 "It gives the other side: a fault that balances the praise": (
                     f"It tells something the person did that fits “{word}”, not a fault."),
                 "It has nothing to do with the praise": (
                     f"It shows what “{word}” meant in practice: it is given as an example of it.")}
        if guest:
            said = f"In the {setting(ctx)}, {guest} answers: “{praised}” and then: “{done}”"
        else:
            said = (f"In the {'tribute' if pronoun else 'speech'}, {who} says{' of the person honoured' if pronoun else ''}: "
                    f"“{praised}” and then: “{done}”")
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"example-for-praise-{slugify(word, 16)}", skill="sourcing",
                prompt=f"{said} What does the second sentence do for the first?",
                evidence=ctx.article.text[praise.start : deed.end],
                explanation=(f"“{word}” is praise; the next sentence backs it with something the person did. An example "
                             f"makes praise concrete and is worth more than the word alone, but it is one {who} chose "
                             "to tell, and no record or other account is given for it: it shows the praise in action, "
                             "not the whole person."),
                feedback=wrong, template="example-for-praise",
            ),
            0.74, f"opinion:{praise.start}",
        )
        return


def _best_unchecked(ctx: Context, sentence: Sentence, best: str) -> Iterator[Candidate]:
    """"Helen was the finest public servant this state has ever known.", with no facts after it:
    a claim that no one was better, which only a comparison with the others could check."""
    shown = display(sentence.text).strip()
    answer = "A comparison with all the others, which the speech does not give"
    wrong = {"A list of what was achieved": (
                 "Achievements alone show success, not that no one did better: they must be set beside the others'."),
             "More praise from people on the speaker's side": (
                 "More praise from the same side adds more opinion, not a comparison with anyone else."),
             "How strongly the speaker feels about it": (
                 "A strong feeling is sincere, but it does not show that no one did better.")}
    yield Candidate(
        choice(
            ctx, answer, list(wrong), id=f"best-ever-{slugify(best, 20)}", skill="fact-vs-opinion",
            prompt=f"{_said(shown, None, ctx)} What would {_audience(ctx)} need to check this claim?",
            evidence=sentence.text,
            explanation=(f"“{best}” claims that no one was better. Only setting this one beside the others could show "
                         "that, and the speech compares with no one: the claim is the speaker's judgement. It may be "
                         f"sincere, and {_audience(ctx)} can share it, but as it stands nothing checks it."),
            feedback=wrong, template="best-ever",
        ),
        0.72, f"opinion:{sentence.start}",
    )


def _best_known(ctx: Context, sentence: Sentence, best: str, guest: str | None = None) -> Iterator[Candidate]:
    """"My father was the kindest man I have ever known.": the best of the people the speaker
    (or a guest, in an interview) has known, which no one else can check, and which no facts
    beside it back."""
    limit = re.search(r"I (?:(?:have|had) )?ever \w+", best).group(0)
    who = guest or "the speaker"
    own = possessive(who)
    answer = f"That it is {own} judgement from {own} own life, which no one else can check"
    wrong = {"That it was measured against everyone, so it is a fact": (
                 f"“{limit}” limits it to the people {who} has met: nothing was measured."),
             f"That {who} is repeating what others have said": (
                 f"“{limit}”: {who} speaks of {own} own experience, not of what others said."),
             f"That {who} is not sure of it": (
                 f"Nothing in the sentence doubts it: {who} says it firmly, from {own} own experience.")}
    yield Candidate(
        choice(
            ctx, answer, list(wrong), id=f"best-known-{slugify(best, 20)}", skill="fact-vs-opinion",
            prompt=(f"{_said(display(sentence.text).strip(), guest, ctx)} What do the words “{limit}” tell "
                    f"{'a reader' if guest else 'a listener'} about this claim?"),
            evidence=sentence.text,
            explanation=(f"“{best}” compares the person only with the people {who} has known (“{limit}”). It is "
                         f"sincere, but it is {own} own judgement from {own} own life: no one else can "
                         f"check it, and it says nothing of the people {who} never met."),
            feedback=wrong, template="best-known",
        ),
        0.74, f"opinion:{sentence.start}",
    )


# "I am the only candidate who has studied both economics and law", "the only one of us born here":
# a claim about what the speaker has done or is, which no one else has: a record, about the others too.
ONLY_ONE = re.compile(r"\b(?:I am|I[’']m|[Ww]e are|[Ww]e[’']re) the only (?P<who>(?:candidate|one|person|member|mayor|"
                      r"councillor|councilor|senator|leader|party|company|school|team|city|group|organi[sz]ation)"
                      r"(?: (?:in|on|of) (?:this|the) (?:race|ballot|field|council|board|stage|region|state|country))?)"
                      r"(?P<what> (?:(?:who|that) (?:has|have|had) (?:ever |already |actually )?(?!been\b)[a-z]+(?:ed|en|wn|ght|un|ne)|"
                      r"born|raised|with (?:a |an )?(?:background|degree|record|experience) in)\b[^.;:!?,—]*)")


def only_one(ctx: Context) -> Iterator[Candidate]:
    """'I am the only candidate who has studied both economics and law': in a speech or a
    guest's answer, a record the speaker claims no one else has. It can be checked, but only
    against what all the others have done too, which the text does not give."""
    if ctx.kind.kind not in ("speech", "interview"):
        return
    for sentence, guest in _voiced(ctx):
        shown = display(sentence.text).strip()
        found = ONLY_ONE.search(shown)
        if not found or not (_own_words(sentence, ctx) if guest is None else _answer_alone(shown, ctx)):
            continue
        who = guest or author(ctx)
        others = "the other " + plural(found.group("who").split()[0])
        claim = found.group(0).strip()
        answer = f"What is true of {others} too: the claim says that none of them can say the same"
        wrong = {f"Only {possessive(who)} own record: the claim is about {who} alone": (
                     f"“the only {found.group('who')}” says something about every one of {others} too."),
                 "Nothing: it is an opinion, so it cannot be checked": (
                     "It states facts about each of them, which records can show: it can be checked, though not from "
                     f"the {setting(ctx) if guest else 'speech'} alone."),
                 f"A poll of what people think of {who}": (
                     f"What people think of {who} does not show what is true of {others}: their records do.")}
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"only-one-{slugify(claim, 20)}", skill="fact-vs-opinion",
                prompt=f"{_said(shown, guest, ctx)} What would {_audience(ctx)} need to know to check the claim “{claim}”?",
                evidence=sentence.text,
                explanation=(f"“{claim}” is a claim about {others} as much as about {who}: it says that none of them "
                             f"can say the same. That can be checked, but only against {possessive(others)} records, which "
                             f"the {setting(ctx) if guest else 'speech'} does not give: {_audience(ctx)} have only "
                             f"{possessive(who)} word for it."),
                feedback=wrong, template="only-one",
            ),
            0.74, f"opinion:{sentence.start}",
        )
        return


# What another person meant to do, as the speaker reads it: "The Senator from Alaska ... tried to
# deflect responsibility", "the council tried to hide the costs". No one can see another's aims.
MOTIVE = re.compile(r"^(?P<who>(?:[Tt]he|[Mm]y|[Oo]ur) (?:[A-Z][\w-]*|[a-z]+)(?: [\w’'-]+){0,5}?|[A-Z][a-z]+ [A-Z][a-z]+)"
                    r"(?:, [^,“”\"]{3,90},)? (?P<motive>(?:tried|sought|attempted|wanted|set out|chose) to "
                    r"(?:deflect|distract|hide|avoid|dodge|escape|cover up|mislead|shift|silence|bury|evade|duck|whitewash|"
                    r"stall|obstruct|deceive|fool|blame))\b(?P<rest>[^“”\"]*?)(?=, (?:writing|saying|adding|telling)\b|[.;]|$)")


def motive_read(ctx: Context) -> Iterator[Candidate]:
    """'The Senator from Alaska ... tried to deflect responsibility from the consequences of her
    actions': in a speech or a guest's answer, what another person meant to do, as the speaker
    reads it. No one can see another's aims: the words give the speaker's reading, not a fact."""
    if ctx.kind.kind not in ("speech", "interview"):
        return
    for sentence, guest in _voiced(ctx):
        shown = display(sentence.text).strip()
        found = MOTIVE.match(shown)
        if not found:
            continue  # "I tried to hide my nerves": the speaker's own aims are the speaker's to tell
        clause = found.group(0).strip()
        if not 8 <= len(clause.split()) <= MAX_WORDS or clause not in ctx.article.text or not shown_alone(clause, ctx, named_speaker=True):
            continue
        who = guest or author(ctx)
        other = found.group("who")
        other = other[0].lower() + other[1:] if other.split()[0] in ("The", "My", "Our") else other
        motive = found.group("motive")
        answer = f"{capitalise(possessive(who))} own reading of what {other} meant to do"
        wrong = {f"{capitalise(possessive(other))} own account of what was meant": (
                     f"{capitalise(other)} is not quoted saying so: “{motive}” is how {who} puts it."),
                 "A fact that a record shows": (f"A record can show what someone did, not what they meant: “{motive}” is "
                                                f"about {possessive(other)} aims."),
                 "A finding of an inquiry or a court": (f"No inquiry or court is named: the words are {possessive(who)}.")}
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"motive-{slugify(clause, 20)}", skill="fact-vs-opinion",
                prompt=(f"In the {setting(ctx) if guest else 'speech'}, {who} says that “{clause}”. What do the words "
                        f"“{motive}” give?"),
                evidence=sentence.text,
                explanation=(f"“{motive}” tells what {other} meant to do. No one can see another's aims: this is "
                             f"{possessive(who)} reading of them, given as if it were a fact. {capitalise(_audience(ctx))} "
                             f"should ask what {other} did and said, and judge the aims for themselves."),
                feedback=wrong, template="motive-read",
            ),
            0.74, f"opinion:{sentence.start}",
        )
        return


# A view the speaker gives to people not named, to answer it: "Some have said that mining will
# always be dangerous.", "There will be those who say that we are spending too much.", "Some
# people will tell you to follow your passion." (`other_side_retold` asks of a named side.)
SOME_SAY = re.compile(
    r"^(?:But |And |Now,? )?(?P<who>Some(?: people| of you| in (?:the |this |our )?[a-z][\w ]{1,25}?| critics| commentators)?|"
    r"Others|There (?:will be|are|may be|have been) (?:those|people|some) who)"
    r" (?P<verb>(?:have |will |would |may |might )?(?:says?|said|tell you|told us|claim(?:s|ed)?|argue[sd]?|call(?:s|ed)?|"
    r"insist(?:s|ed)?))\b(?P<rest>[^“”\"?!]{8,})\.$")
# The speaker's answer to it, in the sentences just after: "I say ...", "I think that is bad
# advice.", besides the replies an opinion piece shares (`answers`): "I do not accept that.",
# "But that is not true." A "But" that turns on nothing in the view ("But we listened.") is no answer.
ANSWERED = re.compile(r"^I (?:say|think that is)\b")


def _answered_after(sentence: Sentence, ctx: Context) -> Sentence | None:
    """The sentence, among the two after `sentence` in its paragraph, in which the speaker answers it."""
    sentences = ctx.article.sentences
    index = sentences.index(sentence)
    after = [s for s in sentences[index + 1 : index + 3] if s.paragraph == sentence.paragraph]
    return next((s for s in after if ANSWERED.match(display(s.text).strip()) or answers(display(s.text).strip(), sentence.text)),
                None)


def _others_of_a_group(sentence: Sentence, who: str, ctx: Context) -> bool:
    """"Some families went home. Others said they would stay.": the "others" of a group the
    sentence before names, not people the speaker leaves unnamed."""
    index = ctx.article.sentences.index(sentence)
    before = ctx.article.sentences[index - 1].text if index else ""
    return who == "Others" and bool(re.match(r"(?:Some|Many|Most|A few)\b", before))


def unnamed_view(ctx: Context) -> Iterator[Candidate]:
    """'Some have said that mining will always be dangerous. I do not accept that.': a view the
    speaker gives to people not named, in the speaker's own words, and then answers. Listeners
    cannot tell who holds it or whether they would put it that way: a view given like this is
    easy to knock down."""
    if ctx.kind.kind != "speech":
        return
    for sentence in ctx.article.sentences:
        shown = display(sentence.text).strip()
        found = SOME_SAY.match(shown)
        if not found or not _own_words(sentence, ctx) or _others_of_a_group(sentence, found.group("who"), ctx):
            continue
        answer_to = _answered_after(sentence, ctx)
        if answer_to is None:
            continue  # a view the speaker only reports, or shares, is not set up to be answered
        reply = display(answer_to.text).strip()
        honoured = re.search(r"\b(?:she|he|her|him|his)\b", shown, re.IGNORECASE)
        if honoured and not _is_tribute(ctx):
            continue  # "he" is the person honoured only in a tribute
        said = (f"In the {'tribute' if honoured else 'speech'}, the speaker says{' of the person honoured' if honoured else ''}: "
                f"“{shown}” Soon after comes: “{reply}”")
        answer = "In the speaker's own words, given to people the speaker does not name"
        wrong = {"In the words of named opponents, quoted exactly as they said them": (
                     "No one is named and nothing is in quotation marks: the words are the speaker's."),
                 "As the finding of a survey of what people across the country think": (
                     f"No survey is named and no count is given: the speaker says only “{found.group('who')}”."),
                 "As the speaker's own view, which the next sentences go on to explain": (
                     f"The speaker answers the view rather than holding it: “{reply}”")}
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"unnamed-view-{slugify(shown, 20)}", skill="attribution",
                prompt=f"{said} How does the {'tribute' if honoured else 'speech'} give the view that the speaker answers?",
                evidence=ctx.article.text[sentence.start : answer_to.end],
                explanation=(f"“{found.group('who')} {found.group('verb')}” gives a view to people the speaker does not name, "
                             "in the speaker's own words, and then answers it. Listeners cannot hear those people, check "
                             "how many hold the view, or know whether they would put it this way. A view given like this is "
                             "easy to knock down; to judge it fairly, listeners would need to hear it from those who hold it."),
                feedback=wrong, template="unnamed-view",
            ),
            0.74, f"opinion:{sentence.start}",
        )
        return


# One person the speaker met, whose story is then told: "Last week I met a woman named Deb at a
# diner in Ridgeway.", "I have met a nurse in Leeds who has moved four times in six years".
MET_ONE = re.compile(r"^(?:(?:Last|This|Earlier this) (?:week|month|year|spring|summer|autumn|fall|winter),? |Recently,? |Yesterday,? )?"
                     r"I (?:have |once |recently |also )?(?:met|spoke (?:to|with)|talked (?:to|with)|sat (?:down )?with|heard from) "
                     r"(?:a|an|one) (?P<who>(?:young |single |retired |local |working )?(?P<noun>[a-z-]+))"
                     r"(?P<rest> (?:named|called) [A-Z][a-z]+\b.*| (?:in|from|at) [A-Z].*| who .*)$")
# What tells the rest of one person's story: "She works two jobs", "Her children have changed schools".
STORY_GOES_ON = re.compile(r"^(?:She|He|Her|His)\b")
# Not a story of one person's life: "I met a man who asked me a question", "I met a friend".
NOT_STORY = frozenset("friend friends colleague reporter journalist group crowd delegation few couple lot number".split())


def one_story(ctx: Context) -> Iterator[Candidate]:
    """'Last week I met a woman named Deb ... She works two jobs and still cannot afford her
    daughter's medicine.': in a speech on a public matter, one person's story, as the speaker
    tells it. It shows what the matter means for one life, not how many share it or whether
    the speaker's plan would help: that would need figures. (A tribute's stories are of the
    person honoured: `example_for_praise` asks of them.)"""
    if ctx.kind.kind != "speech" or _is_tribute(ctx):
        return
    sentences = ctx.article.sentences
    for index, sentence in enumerate(sentences):
        shown = display(sentence.text).strip()
        found = MET_ONE.match(shown)
        if not found or found.group("noun") in NOT_STORY or not _own_words(sentence, ctx):
            continue
        after = next((s for s in sentences[index + 1 : index + 2]
                      if s.paragraph == sentence.paragraph and STORY_GOES_ON.match(s.text)), None)
        if after is None and " who " not in found.group("rest"):
            continue  # the meeting alone, with nothing of the person's life told
        who = found.group("who")
        told = f"“{shown}”" + (f" and then: “{display(after.text).strip()}”" if after is not None else "")
        answer = f"What one {who}'s life is like, as the speaker tells it, not how many share it"
        wrong = {"How many people across the whole country face the same problem": (
                     f"One {who}'s story counts no one else: only figures could show how many share it."),
                 f"That the speaker's plans would solve the problem the {who} has": (
                     f"The story tells the {who}'s trouble; it does not show what any plan would do for it."),
                 f"What the {who} thinks, in words that a reporter later checked": (
                     f"The {who} is not quoted, and no one else checks the story: it is the speaker's account.")}
        end = after.end if after is not None else sentence.end
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"one-story-{slugify(who, 16)}", skill="sourcing",
                prompt=f"In the speech, the speaker says: {told} What does a story like this one show {_audience(ctx)}?",
                evidence=ctx.article.text[sentence.start : end],
                explanation=(f"A story of one person makes a problem real, and it moves {_audience(ctx)} more than a figure "
                             f"does. But it is one {who}, chosen by the speaker, and told in the speaker's words: it cannot "
                             "show how many people are in the same place, or whether the speaker's answer would help them. "
                             "For that, listeners would need figures from a count or a survey."),
                feedback=wrong, template="one-story",
            ),
            0.72, f"opinion:{sentence.start}",
        )
        return
