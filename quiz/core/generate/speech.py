"""Speeches, remarks and statements on the floor: which side of a political fight the
speaker is on, who judges a body's work when its own member praises it, what a question
the speaker asks is for, and claims about what a whole people or "everyone" thinks that the
speech offers no evidence for. (What the speaker asks listeners to do, and which of the speaker's sentences could be
checked, are asked by opinion.py, for speeches and opinion pieces alike.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Sentence
from quiz.core.generate.common import Candidate, Context, capitalise, choice, quoted, slugify
from quiz.core.generate.opinion import MAX_WORDS, as_said, audience, author, quoted_sentences, says, shown_alone

# "The American people know", "everyone agrees", "any judge in this country would agree":
# what a whole group thinks, wants or knows, said of them all.
WHOLE_GROUP = re.compile(
    r"\b(?P<group>(?:the )?(?:American|British|Canadian|Australian|Irish|Indian) people|(?:all |most )?Americans|"
    r"everyone|everybody|the public|our people|the people of this (?:country|nation|state|city|town)|"
    r"(?:every|any) (?:American|citizen|parent|family|voter|judge|teacher|worker)(?: in this (?:country|nation|state))?)"
    r"\s+(?P<verb>(?:(?:already|all|now|really|would|will|surely|certainly) )?"
    r"(?:know|knows|want|wants|believe|believes|agree|agrees|understand|understands|think|thinks|feel|feels|"
    r"expect|expects|demand|demands|remember|support|supports))\b",
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
                      distractors[2]: f"These are the speaker's own words, in a speech, not a reporter's account of both sides."},
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
    we impeached ..."): a judgement of one's own side's work, which is not independent."""
    if ctx.kind.kind != "speech":
        return
    own = [s for s in ctx.article.sentences if not re.search(r"[“”\"]", s.text)]
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
                             f"Praise of one's own side's work is not independent; {audience(ctx)} should look for what "
                             "people outside it say."),
                feedback={distractors[0]: f"The speaker is no outsider: the speech talks of what “we” did in the {name}.",
                          distractors[1]: f"No court speaks here: these words come from a speech by one of the {name}'s own members.",
                          distractors[2]: f"A reporter would stand outside the {name}; the speaker says “we”, as one of its members."},
                template="own-record",
            ),
            0.75, f"opinion:{sentence.start}",
        )
        return


# A paragraph that reports questions others ask ("people ask me: ...") is no place for the
# speaker's own rhetorical question.
REPORTED_QUESTION = re.compile(r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|question|questions)\b|:", re.IGNORECASE)


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
        who, whom = author(ctx), audience(ctx)
        answer = f"To lead {whom} to the answer {who} wants, not to get a reply"
        speech = ctx.kind.kind == "speech"
        distractors = [f"Because {who} does not know the answer and wants to find out",
                       "To repeat a question that someone else asked",
                       f"To ask {whom} to answer aloud" if speech else f"To ask {whom} to send in their answers"]
        feedback = {distractors[0]: f"{capitalise(who)} is not asking for information: the question is worded so that "
                                    "its answer seems obvious.",
                    distractors[1]: f"The question is {who}'s own: it is not in quotation marks, and no one else is "
                                    "said to ask it.",
                    distractors[2]: ("A speaker does not stop for listeners to call out answers; the question makes its "
                                     "point without one." if speech else
                                     "The question is there to make a point, not to collect answers from readers.")}
        asks = "In the speech, the speaker asks" if ctx.kind.kind == "speech" else "The writer asks"
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"rhetorical-{slugify(sentence.text, 20)}", skill="loaded-language",
                prompt=f"{asks}: {quoted(sentence.text)} Why does {who} ask this?",
                evidence=sentence.text,
                explanation=(f"No one is asked to reply: the question is built so that {whom} think of one answer, "
                             f"{who}'s own. A question like this makes a claim while seeming only to ask; it is fair to "
                             "ask whether the claim holds."),
                feedback=feedback,
                template="rhetorical-question",
            ),
            0.75, f"opinion:{sentence.start}",
        )
        return  # one per article


def whole_group_claim(ctx: Context) -> Iterator[Candidate]:
    """'The American people know ...': what a whole group thinks, said with no poll, survey
    or figure beside it. A speaker who claims everyone agrees is persuading, and a listener
    should ask how the speaker knows."""
    if ctx.kind.kind not in ("speech", "opinion"):
        return
    for sentence in ctx.article.sentences:
        found = WHOLE_GROUP.search(sentence.text)
        if not found or not _own_words(sentence, ctx):
            continue
        paragraph = ctx.article.paragraphs[sentence.paragraph]
        around = ctx.article.text[paragraph.start : paragraph.end]
        if EVIDENCE_WORDS.search(around):
            continue  # a figure or a poll beside the claim may be its evidence
        claimed = found.group(0)
        source = "the speech" if ctx.kind.kind == "speech" else "the article"
        # Each wrong choice only where the text around the claim, or all of it, has none.
        wrong = {"Quotes from people who say so": (not re.search(r"[“”\"]", around), "No one is quoted saying so."),
                 "Figures from a report": (True, "No figure stands beside the claim."),
                 "A poll or survey": (not EVIDENCE_WORDS.search(ctx.article.text), f"No poll or survey is named in {source}.")}
        feedback = {choice: words for choice, (fits, words) in wrong.items() if fits}
        distractors = list(feedback)
        answer = f"None: {author(ctx)} states it as if it were known"
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"whole-group-{slugify(claimed, 20)}", skill="sourcing",
                prompt=f"{as_said(sentence.text, ctx)} What evidence does {author(ctx)} give for this claim about "
                       f"{_mid(found.group('group'))}?",
                evidence=sentence.text,
                explanation=(f"The sentence claims “{claimed}”, but nothing beside it shows how anyone knows: no poll, "
                             "survey, figure or quote. Saying that a whole group already agrees is a way to persuade; "
                             f"{audience(ctx)} should ask how {author(ctx)} could know."),
                feedback=feedback, template="whole-group",
            ),
            0.75, f"opinion:{sentence.start}",
        )
        return  # one such question per article


def _own_words(sentence: Sentence, ctx: Context) -> bool:
    """A sentence in the speaker's or writer's own words that can stand alone."""
    return (not re.search(r"[“”\"]", sentence.text) and 6 <= len(sentence.text.split()) <= MAX_WORDS
            and sentence.text.endswith((".", "!")) and shown_alone(sentence.text, ctx))


def _mid(group: str) -> str:
    """'The American people' inside a sentence: 'the American people'."""
    return group[0].lower() + group[1:] if group.split()[0] in ("The", "Every", "Any", "All", "Most", "Everyone", "Everybody", "Our") else group


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
        no_figure = not re.search(r"\d", text[paragraph.start:paragraph.end])
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
                             f"group is a way to sound backed by many; {audience(ctx)} should ask how {name} "
                             "could know."),
                feedback=wrong, template="group-claim",
            ),
            0.75, f"opinion:{sentence.start}",
        )
        return  # one such question per article
