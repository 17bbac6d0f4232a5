"""Interviews, turn by turn: the claim an interviewer's question stands on, which is the
interviewer's and goes unchecked. (Who the guests are, their stake and answers given in
writing are asked in kinds.py; hearsay and claims for a group in speech.py.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question, Sentence
from quiz.core.facts.kind import LABEL
from quiz.core.generate.common import Candidate, Context, capitalise, choice, display, or_list, possessive, quoted, slugify
from quiz.core.generate.numbers import TIME_UNITS
from quiz.core.generate.opinion import MAX_WORDS, as_said, shown_alone

# A statement a question gives to someone else, or backs with a record: "Colbert said ...",
# "according to ...", "a report found ...". Then the statement is not the interviewer's own.
ATTRIBUTED = re.compile(r"\b(?:say|says|said|saying|told|tells|according|reported|reports?|claims?|claimed|wrote|writes|"
                        r"mentioned|calls?|called|described|argued?|suggested|warns?|warned|accuse[sd]?|complain(?:s|ed)?|insist(?:s|ed)?|"
                        r"believes?|thinks?|"
                        r"asks?|asked|shows?|showed|shown|found|finds|study|studies|survey|surveys|polls?|data|figures)\b|"
                        r"[“”\"]", re.IGNORECASE)
# Greetings and the interviewer's own doings: "Thank you for joining us.", "We spoke to ...".
NOT_A_CLAIM = re.compile(r"^(?:thank|thanks|welcome|hello|hi|good (?:morning|afternoon|evening)|let|our (?:next|first|final|last))\b|"
                         r"\b(?:I|me|my|we|us|our)\b", re.IGNORECASE)


# A transcript of questions put by reporters to an official: a briefing, not an interview.
BRIEFING = re.compile(r"\b(?:press|news|media) (?:briefing|conference|availability)|\bbriefing\b", re.IGNORECASE)


def setting(ctx: Context) -> str:
    """What a text of questions and answers is, as a prompt names it: "briefing" where it
    says it is a press briefing or conference, else "interview"."""
    opening = f"{ctx.article.title or ''}\n{ctx.article.text[:600]}"
    return "briefing" if BRIEFING.search(opening) else "interview"


def voiced(ctx: Context) -> Iterator[tuple[Sentence, str | None]]:
    """The sentences in the article's own voice, with None; in an interview, the sentences of
    the guests' answers, with who gives them."""
    if ctx.kind.kind != "interview":
        yield from ((s, None) for s in ctx.article.sentences)
        return
    answers = [t for t in ctx.of_kind("turn") if t.data["role"] == "interviewee"]
    for sentence in ctx.article.sentences:
        turn = next((t for t in answers if t.data["sentence_start"] <= sentence.start < t.data.get("answer_end", t.end)), None)
        if turn is not None:
            yield sentence, turn.data["speaker"]


def said(shown: str, guest: str | None, ctx: Context) -> str:
    """A sentence quoted in a prompt, with who says it: a guest's answer, or the speech's own words."""
    return f"In the {setting(ctx)}, {guest} answers: {quoted(shown)}" if guest else as_said(shown, ctx)


def answer_alone(shown: str, ctx: Context) -> bool:
    """A sentence of a guest's answer that can stand alone in a prompt that names the guest."""
    return (not re.search(r"[“”\"]", shown) and 6 <= len(shown.split()) <= MAX_WORDS and shown.endswith((".", "!"))
            and shown_alone(shown, ctx, named_speaker=True))


def _sentences(ctx: Context, turn: Fact) -> list[Sentence]:
    return [s for s in ctx.article.sentences if turn.data["sentence_start"] <= s.start < turn.end]


def _guests(turns: list[Fact]) -> list[str]:
    return list(dict.fromkeys(t.data["speaker"] for t in turns if t.data["role"] == "interviewee"))


def _asker(turn: Fact, ctx: Context) -> str:
    """Who asks a question, as a prompt names them: "Q:" names no one (in a briefing, one of
    the reporters), and "Reporter:" a role; a reporter who says who they are, by name."""
    if turn.data.get("asker"):
        return turn.data["asker"]
    label = turn.data["speaker"]
    if label in ("Q", "Question"):
        return "a reporter" if setting(ctx) == "briefing" else "the interviewer"
    return f"the {label.lower()}" if label in ("Reporter", "Interviewer", "Host", "Moderator", "Presenter") else label


def question_premise(ctx: Context) -> Iterator[Candidate]:
    """'Compared to previous third party candidates, you have done exceptionally well in
    opinion polling. What do you attribute that success to?' A question that stands on a
    statement carries a claim: the interviewer's own, with no source, which the guest is
    asked only to build on, never to check."""
    turns = ctx.of_kind("turn")
    if ctx.kind.kind != "interview":
        return
    guests = _guests(turns)
    if not guests:
        return
    for turn in turns:
        if turn.data["role"] != "interviewer" or not turn.data["question"]:
            continue
        sentences = _past_opening(_sentences(ctx, turn), turn)
        split = _premise(sentences)
        if split is None:
            continue
        premise, question, part = split
        if (ATTRIBUTED.search(premise)
                or NOT_A_CLAIM.search(premise) or not 6 <= len(premise.split()) <= MAX_WORDS
                or len(question.split()) > MAX_WORDS or re.search(r"[“”\"]", question)
                or not shown_alone(premise, ctx, named_speaker=True)):
            continue
        asker = _asker(turn, ctx)
        guest = guests[0] if len(guests) == 1 else "the guests"
        answer = f"{capitalise(possessive(asker))} own: the question states it, and gives no source for it"
        distractors = [f"{capitalise(possessive(guest))}: it is part of {'the answer' if len(guests) == 1 else 'their answers'}",
                       "No one's: a question only asks, so it claims nothing",
                       "A source the question names, whose finding it passes on"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"question-premise-{slugify(premise, 20)}", skill="attribution",
                prompt=(f"{capitalise(asker)}{_outlet(turn)} asks {guest}: “{premise} {question}” The question starts "
                        "from a statement. Whose claim is that statement?"),
                evidence=ctx.article.text[sentences[0].start : sentences[-1].end],
                # Not "the interview gives no evidence for it": the guest may confirm it, or the
                # introduction cite a poll; what is sure is only that the question names no source.
                explanation=(f"The first {part} is {possessive(asker)} own statement, made inside the question, and "
                             f"the question gives no source for it. {capitalise(guest)} {'is' if len(guests) == 1 else 'are'} "
                             "asked only what follows it. A question can carry a claim this way: readers should weigh it "
                             f"as {possessive(asker)} claim, and look for what else in the {setting(ctx)} backs it up, "
                             "before taking it as a fact."),
                feedback={distractors[0]: f"The statement comes before any answer: it is part of what {asker} asks.",
                          distractors[1]: f"The first {part} is a statement, not a question: the question that "
                                          "follows rests on it as if it were true.",
                          distractors[2]: "The question names no person, report or study as the source of the statement."},
                template="question-premise",
            ),
            0.75, f"premise:{sentences[0].start}",
        )


def _outlet(turn: Fact) -> str:
    """", from the Daily Courier," after a reporter who named their outlet."""
    return f", from {turn.data['outlet']}," if turn.data.get("outlet") else ""


# What a reporter says before the question itself: thanks, a greeting, the topic ("One more
# on the convoys.", "A follow-up.").
OPENING = re.compile(r"^(?:(?:Thank you|Thanks|Hi|Hello|Good (?:morning|afternoon|evening))\b[^.!?]{0,30}|"
                     r"(?:(?:And |Just )?(?:one|a) (?:more|last|quick|follow-up|follow up)(?: question)?(?: on [^.!?]{1,40})?)|"
                     r"(?:A )?[Ff]ollow[- ]up)[.!]$", re.IGNORECASE)


def _past_opening(sentences: list[Sentence], turn: Fact) -> list[Sentence]:
    """A question turn's sentences after the reporter's thanks, name and topic, up to its
    first question: "The talks failed twice. Why go on? And who pays?" asks first "Why go on?"."""
    kept = [s for s in sentences if s.end > turn.data.get("introduction_end", turn.start)]
    while kept and OPENING.match(display(kept[0].text[max(0, turn.start - kept[0].start):]).strip()):
        kept = kept[1:]
    if len(kept) > 2 and all(s.text.rstrip().endswith("?") for s in kept[1:]):
        kept = kept[:2]
    return kept


# What opens the question after a statement and a semicolon: "...; is there anything similar?"
ASKS_AFTER = re.compile(r"; (?=(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|what|why|how|who|which|when|where)\b)")


def _premise(sentences: list[Sentence]) -> tuple[str, str, str] | None:
    """The statement a question turn opens on, the question after it, and whether the
    statement is the turn's first sentence or the first part of its one sentence."""
    if not sentences or not sentences[-1].text.endswith("?"):
        return None
    if len(sentences) == 2 and sentences[0].text.endswith("."):
        return display(sentences[0].text), display(sentences[1].text), "sentence"
    if len(sentences) == 1 and len(parts := ASKS_AFTER.split(display(sentences[0].text))) == 2:
        return parts[0], parts[1], "part"
    return None


# Where a figure may come from besides the guest's own word: a record, a count, a study.
FROM_RECORDS = re.compile(r"\b(?:records?|recorded|data|statistics|figures|surveys?|surveyed|stud(?:y|ies)|reports?|"
                          r"according|measure\w*|counted|counts|logs?|database|census|polls?|estimates?|estimated)\b",
                          re.IGNORECASE)
# A figure still to come, or only possible, is a forecast: not an estimate of what is so.
AHEAD = re.compile(r"\b(?:will|would|could|might|may|expect\w*|plans?|planned|hope\w*|next|if)\b|[’']ll\b", re.IGNORECASE)
# Two figures of one estimate: "six hundred to eight hundred", "15 or 20".
RANGE_LINK = re.compile(r"\s*(?:to|or|-|–)\s*")


def answer_estimate(ctx: Context) -> Iterator[Candidate]:
    """'We read about six hundred to eight hundred headline ideas on a Monday': a figure a
    guest gives in an answer, rounded ("about", "roughly") or as a range ("15 or 20"), of
    their own work or world, with no count, record or study behind it. It is the guest's
    estimate: likely close, but only the guest's word, and no one checks it."""
    if ctx.kind.kind != "interview":
        return
    text = ctx.article.text
    numbers = sorted(ctx.of_kind("number"), key=lambda n: n.start)
    answers = {s.start: guest for s, guest in voiced(ctx) if guest}
    for sentence in ctx.article.sentences:
        guest = answers.get(sentence.start)
        if guest is None:
            continue
        shown = display(sentence.text).strip()
        turn = next((t for t in ctx.of_kind("turn") if t.data["sentence_start"] <= sentence.start < t.data.get("answer_end", t.end)), None)
        inside = [n for n in numbers if sentence.start <= n.start < sentence.end]
        if (turn is None or not inside or AHEAD.search(shown) or FROM_RECORDS.search(text[turn.start : turn.data.get("answer_end", turn.end)])
                or not answer_alone(shown, ctx)):
            continue
        phrase = _estimate(text, inside)
        if phrase is None or phrase not in shown:
            continue
        figures = [n for n in inside if phrase.find(n.text) >= 0]
        if any(n.data["unit"] == "percent" for n in figures) or BODY.search(text[sentence.start : figures[0].start]):
            continue  # "about 70 percent of the cases", "the Department has given about 1,900 doses": a body's count, rounded
        words = {w.lower() for n in figures for w in (n.data["counts"] or "").split()}
        after = text[figures[-1].end : figures[-1].end + 12].lower().split()[:1]
        if (words & TIME_UNITS or set(after) & (TIME_UNITS | {"a.m.", "p.m.", "am", "pm", "o'clock", "o’clock"})
                or any(text.count(n.data["figure"]) > 1 for n in figures)):
            continue  # "about ten years": an age or a time; a figure given twice may be someone else's too
        signs = [f"the word “{figures[0].data['qualifier']}”"] if figures[0].data.get("meaning") == "approximately" else []
        if len(figures) > 1:
            signs.append(f"the range from {figures[0].data['figure']} to {figures[-1].data['figure']}")
        rounded, show = " and ".join(signs), "show" if len(signs) > 1 else "shows"
        answer = f"{possessive(guest)} own estimate: no count or record is given for it"
        wrong = {"An exact count, taken from records": (f"{capitalise(rounded)} {show} a rough figure, not an exact count, "
                                                        "and no record is named."),
                 f"A finding of a study or survey named in the {setting(ctx)}": (
                     f"No study or survey is named: the figure rests on {possessive(guest)} word."),
                 "A forecast of what is still to come": ("It tells how things are or were done, not what will "
                                                         "happen.")}
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"answer-estimate-{slugify(phrase, 20)}", skill="numbers",
                prompt=f"{said(shown, guest, ctx)} What kind of figure is “{phrase}”?",
                evidence=sentence.text,
                explanation=(f"{capitalise(rounded)} {show} that the figure is rough, and {guest} names no count, record "
                             f"or study behind it: it is {possessive(guest)} own estimate. It may well be close, but "
                             f"readers have only {possessive(guest)} word for it: no one in the {setting(ctx)} checks it."),
                feedback=wrong, template="answer-estimate",
            ),
            0.74, f"figure:{figures[0].data['figure']}",
        )
        return  # one per interview: the same lesson


# A body that keeps counts: "The county health department has given about 1,900 doses".
BODY = re.compile(r"\b(?:department|ministry|agency|council|commission|bureau|authority|office|hospital|board|"
                  r"association|institute|service)\b", re.IGNORECASE)


def _estimate(text: str, inside: list[Fact]) -> str | None:
    """The words of a rounded figure or a range in a sentence: "about six hundred to eight
    hundred", "15 or 20"; None where no figure in it is either."""
    for index, number in enumerate(inside):
        follows = inside[index + 1] if index + 1 < len(inside) else None
        ranged = follows is not None and RANGE_LINK.fullmatch(text[number.end : follows.start]) is not None
        if ranged and follows.data["value"] <= number.data["value"]:
            ranged = False
        if number.data.get("meaning") == "approximately" or ranged:
            end = follows.end if ranged else number.end
            return text[number.start : end]
    return None


# A question that puts another side's claim to the guest, in the asker's words: "Critics say the
# plan will cost too much.", "The union says its members are overworked."
_SIDES = (r"[Cc]ritics|[Oo]pponents|[Oo]thers|[Pp]eople|[Rr]esidents|[Ee]xperts|[Aa]nalysts|[Pp]arents|[Ff]amilies|[Ww]orkers|"
          r"[Tt]eachers|[Dd]octors|[Nn]urses|[Ff]armers|[Vv]oters|[Ss]tudents|[Pp]atients|[Cc]ustomers|[Nn]eighbou?rs")
PUTS_CLAIM = re.compile(r"^(?:(?:But|And|So|Now),? )?(?P<who>(?:[Ss]ome|[Mm]any|[Yy]our|[Tt]he|" + _SIDES + r")\b[^,.;:?“”\"]{0,50}?) "
                        r"(?P<aux>(?:have|has|had) )?(?P<verb>says?|said|claims?|claimed|argues?|argued|insists?|insisted|calls?|called|warns?|warned|"
                        r"complains?|complained|accuses?|accused)\b(?P<claim>[^“”\"?]{10,})\.$")
# Who, in such a sentence, is no one named: critics, opponents, some people.
UNNAMED_SIDE = re.compile(r"^(?:(?:[Ss]ome|[Mm]any)(?: \w+)?|" + _SIDES + r"|[Yy]our (?:critics|opponents))\b")
# A reporter's words to the guest before the question: "Dr. Sato, parents say ...".
VOCATIVE = re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.|Minister|Secretary|Director|Mayor|Governor|Senator|Madam|Sir)(?: [A-Z][a-z]+)?, ")


def claim_put_to_guest(ctx: Context) -> Iterator[Candidate]:
    """'Critics in parliament say the aid is not reaching the people who need it. What do
    you say to them?' A question that puts the other side's claim to the guest gives that
    side only in the asker's summary: not named, or not in its own words, and answered at
    length by the guest. Readers hear it second-hand."""
    if ctx.kind.kind != "interview":
        return
    turns = sorted(ctx.of_kind("turn"), key=lambda t: t.start)
    asked = [(t.start, t.end) for t in turns if t.data["role"] == "interviewer"]
    if any(m.start() >= len(ctx.article.title) and not any(a <= m.start() < b for a, b in asked)
           for m in re.finditer(r"[“”\"]", ctx.article.text)):
        return  # a guest or the introduction quoting anyone may give the other side's own words
    offered = 0
    for turn, reply in zip(turns, turns[1:]):
        if (offered >= 2 or turn.data["role"] != "interviewer" or not turn.data["question"]
                or reply.data["role"] != "interviewee"):
            continue
        sentences = _past_opening(_sentences(ctx, turn), turn)
        if len(sentences) != 2 or not sentences[1].text.endswith("?"):
            continue
        statement, question = display(sentences[0].text), display(sentences[1].text)
        statement = statement[statement.index(":") + 2 :] if LABEL.match(statement) else statement
        found = PUTS_CLAIM.match(VOCATIVE.sub("", statement))
        if (not found or _names_a_person(ctx, found.group("who")) or re.search(r"[“”\"]", statement)
                or re.match(r"(?:[Tt]he|[Yy]our) (?:question|answer|plan|report|study|survey|poll|data|figures?|statement|letter|"
                            r"law|bill|rules?|policy|website|article|paper|book|sign|headline|ad|advert|memo|email|e-mail)\b",
                            found.group("who"))
                or not 6 <= len(statement.split()) <= MAX_WORDS or len(question.split()) > MAX_WORDS):
            continue  # a named person is asked by `retold`; "the report says" is a record, not a side
        asker, guest = _asker(turn, ctx), reply.data["speaker"]
        who = found.group("who")
        side = who[0].lower() + who[1:] if re.match(rf"(?:The|Some|Many|{_SIDES})\b", who) else who
        side = re.sub(r"^[Yy]our ", f"{possessive(guest)} ", side)
        unnamed = bool(UNNAMED_SIDE.match(who))
        answer = (f"Only in {possessive(asker)} short summary: " +
                  ("no one on that side is named, and none of their words are quoted" if unnamed
                   else f"the words of {side} are not quoted"))
        wrong = {f"In the words of {side}, quoted in the {setting(ctx)}": (
                     f"The claim is not in quotation marks: {asker} sums it up."),
                 f"As {possessive(asker)} own view": (
                     f"“{found.group('verb')}” gives the claim to {side}, not to {asker}."),
                 f"As a fact the {setting(ctx)} shows to be true": (
                     f"The {setting(ctx)} gives no evidence for the claim: it is put to {guest} to answer.")}
        offered += 1
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"claim-put-{slugify(statement, 20)}", skill="sourcing",
                prompt=(f"{capitalise(asker)}{_outlet(turn)} asks {guest}: “{statement} {question}” How does the "
                        f"{setting(ctx)} give the claim of {side}?"),
                evidence=ctx.article.text[sentences[0].start : sentences[-1].end],
                explanation=(f"“{who} {found.group('aux') or ''}{found.group('verb')}” gives the claim to {side}, but only as {asker} sums it up"
                             f"{', with no one named' if unnamed else ''}, and the answer that follows is "
                             f"{possessive(guest)}. Readers hear that side second-hand and in brief: to weigh it fairly, "
                             "they would need its own words and reasons."),
                feedback=wrong, template="claim-put-to-guest",
            ),
            0.74, f"premise:{sentences[0].start}",
        )


def _names_a_person(ctx: Context, words: str) -> bool:
    """Whether `words` name a person the text names ("Senator Hale says ..."), not a group
    ("the Russians", "the port workers' union")."""
    return any(speaker.kind == "person" and speaker.named and re.search(rf"\b{re.escape(speaker.key.split()[-1])}\b", words)
               for speaker in ctx.speakers.values())


# An answer that says it rests on what others reported: "From all the press reports that I have
# read, ...", "My knowledge ... is purely from the cyber space", "the news reports (BBC etc.)".
SECOND_HAND = re.compile(r"\b(?:(?:press|news|media) reports?|from (?:all )?(?:the )?reports?|reportedly|"
                         r"from what I(?:[’']ve| have)? (?:read|heard|seen)|I (?:have )?(?:read|heard) that|"
                         r"I(?:[’']m| am| have been|[’']ve been) told|(?:purely|only|mostly|all) from (?:the )?"
                         r"(?:cyber ?space|internet|media|news|papers?|reports?))\b", re.IGNORECASE)
# An answer that gives no view: "I have not followed the news", "I don't have enough information".
DECLINES = re.compile(r"\bI (?:have not|haven[’']t|did not|didn[’']t) (?:followed|been following|read|seen|heard)|"
                      r"\bI (?:do not|don[’']t) (?:have enough|know enough|know|really know)\b|\bnot enough information\b|"
                      r"\b(?:no comment|can ?not (?:say|comment|answer)|can[’']t (?:say|comment|answer))\b|"
                      r"\bI(?:[’']m| am) not (?:able|in a position) to\b", re.IGNORECASE)
# Words with which any answer may lean on others: such a guest is no wrong choice either.
LEANS_ON_OTHERS = re.compile(r"\b(?:according to|said|says|told|tells|reports?|reported|read|heard|sources?|online|"
                             r"internet|papers?|news|media)\b", re.IGNORECASE)


def second_hand_answers(ctx: Context) -> Iterator[Candidate]:
    """'Wikinews asks seven guests: “Is the government well prepared?” Which of them say their
    answer rests on news reports or on what they read or heard?' One question put to a panel,
    some of whom answer only from press reports: their view is second-hand, and worth no more
    than the reports it rests on."""
    if ctx.kind.kind != "interview":
        return
    text = ctx.article.text
    turns = sorted(ctx.of_kind("turn"), key=lambda t: t.start)
    for index, turn in enumerate(turns):
        if turn.data["role"] != "interviewer" or not turn.data["question"]:
            continue
        answers = []
        for reply in turns[index + 1 :]:
            if reply.data["role"] != "interviewee":
                break
            answers.append(reply)
        guests = list(dict.fromkeys(a.data["speaker"] for a in answers))
        if len(answers) < 3 or len(guests) != len(answers):
            continue  # one question, each guest answering it once
        opening = {}
        for answer in answers:
            sentences = [s for s in ctx.article.sentences
                         if answer.start <= s.end and s.start < answer.data.get("answer_end", answer.end)]
            opening[answer.data["speaker"]] = " ".join(display(s.text) for s in sentences[:2])
        cues = {g: m.group(0) for g, words in opening.items() if (m := SECOND_HAND.search(words))}
        # A guest who names reports anywhere in the answer may lean on them too: no wrong choice. One who
        # says they cannot answer is a wrong choice, told apart from those who answer (round 42 of the review).
        replies = {a.data["speaker"]: text[a.start : a.data.get("answer_end", a.end)] for a in answers}
        declined = {g: re.split(r"[.,;:!?]", words[m.start():], maxsplit=1)[0] for g, words in replies.items()
                    if g not in cues and (m := DECLINES.search(words))}  # the whole clause: "I don't have enough information ..."
        firm = [g for g, words in replies.items() if g not in cues and g not in declined and not LEANS_ON_OTHERS.search(words)]
        keys, others = list(cues), [*firm, *declined][:4]
        if not keys or len(keys) > 4 or len(others) < 2 or len(keys) + len(others) < 4:
            continue  # every guest who leans on reports is a key; a choice of all but one, or of too few, is found without reading
        question = display(_sentences(ctx, turn)[-1].text)
        question = question[question.index(":") + 2 :] if LABEL.match(question) else question
        if "“" in question or len(question.split()) > MAX_WORDS:
            continue
        asker = _asker(turn, ctx)
        choices = [*keys, *others]
        ctx.rng.shuffle(choices)
        said = or_list([f"{g} (“{cues[g]}”)" for g in keys], "and")
        yield Candidate(
            Question(
                id=f"second-hand-{slugify(question, 20)}", type="multi", skill="sourcing",
                prompt=(f"{capitalise(asker)} puts one question to {len(guests)} guests: “{question}” Which of these "
                        "guests say that their answer rests on reports, or on what they read or heard, rather than on "
                        "what they know first-hand? Choose all that do."),
                choices=tuple(choices), answer=keys,
                evidence=text[answers[0].data["sentence_start"] : answers[-1].data.get("answer_end", answers[-1].end)],
                explanation=(f"{said} {'say' if len(keys) > 1 else 'says'} where the answer comes from: reports, or "
                             "what was read or heard. That view is second-hand: it is worth no more than the reports "
                             f"behind it, which the {setting(ctx)} does not name or check. "
                             f"{_answers_without_reports([g for g in others if g in firm], {g: declined[g] for g in others if g in declined})}"),
                feedback={g: f"{g} says “{declined[g]}”: {g} gives no view that rests on reports." if g in declined
                          else f"{g} does not say the answer comes from reports or from what was read or heard." for g in others},
                template="second-hand-answers",
            ),
            0.76, f"second-hand:{turn.start}",
        )
        return


def _answers_without_reports(firm: list[str], declined: dict[str, str]) -> str:
    """What the wrong choices of second-hand-answers did: answered with no word of reports, or said
    they could not answer (“I don't know”), which is no answer at all."""
    parts = [f"{or_list(firm, 'and')} {'answer' if len(firm) > 1 else 'answers'} without saying "
             f"{'they rely' if len(firm) > 1 else 'the answer relies'} on reports."] if firm else []
    if declined:
        said = or_list([f"{g} (“{words}”)" for g, words in declined.items()], "and")
        parts.append(f"{said} {'say they do' if len(declined) > 1 else 'says they do'} not know enough to answer: no view of "
                     f"theirs rests on reports.")
    return " ".join(parts)


# A question that asks for a figure: "How many prosecutions did the council bring last year?",
# "What share of the budget goes on care?"
# "How much" only of money, time or amount ("How much will it cost?"), never of feeling ("How much
# does this club mean to you?").
ASKS_FIGURE = re.compile(r"^(?:(?:And|So|But|Then),? )?(?:how many|what (?:share|proportion|percentage|number|fraction) of|"
                         r"how much\b(?![^?]*\b(?:mean|means|meant|matter|matters|mattered|care|cares|love|loves|change|changed)\b)"
                         r"(?=[^?]*(?:[£$€]|\b(?:cost|costs|costing|money|spend|spending|spent|pay|paying|paid|time|more|less|"
                         r"funding|budget|pounds?|dollars?|euros?)\b)))\b", re.IGNORECASE)
# Any figure an answer could give, in digits or in words: "more than 200", "a dozen", "half".
ANY_FIGURE = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
                        r"hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter|twice|double|triple|per ?cent|"
                        r"percent|none|zero|no one|nobody|a few|a handful)\b", re.IGNORECASE)
WHOLE_ANSWER_WORDS = 60
# An answer that owns up and promises the figure later: "I will ask our team and get back to you".
LATER = re.compile(r"\b(?:get back to|come back to|follow up|find out|look it up|send (?:it|you))\b|"
                   # or at a time: "we will set out the costs before the election"
                   r"\b(?:will|shall|going to)\b[^.?!]{0,80}?\b(?:before|after|by|next|soon|later|when|once)\b"
                   r"|['’]ll\b[^.?!]{0,80}?\b(?:before|after|by|next|soon|later|when|once)\b", re.IGNORECASE)


def figure_not_given(ctx: Context) -> Iterator[Candidate]:
    """'How many fly-tipping prosecutions did the council bring last year?' answered "I don't
    have the exact number in front of me, but it was more than the year before.": a question
    that asks for a figure, and an answer, shown whole, that gives no figure at all. An answer
    can sound like one without giving what was asked; the reader is left with the guest's word."""
    if ctx.kind.kind != "interview":
        return
    text = ctx.article.text
    turns = sorted(ctx.of_kind("turn"), key=lambda t: t.start)
    for turn, reply in zip(turns, turns[1:]):
        if turn.data["role"] != "interviewer" or not turn.data["question"] or reply.data["role"] != "interviewee":
            continue
        sentences = _past_opening(_sentences(ctx, turn), turn)
        if not sentences:
            continue
        question = display(sentences[-1].text)
        question = question[question.index(":") + 2 :] if LABEL.match(question) else question
        replied = display(text[reply.start : reply.data.get("answer_end", reply.end)]).strip()
        if (not ASKS_FIGURE.match(question) or re.search(r"[“”\"]", question + replied)
                or len(question.split()) > MAX_WORDS or len(replied.split()) > WHOLE_ANSWER_WORDS
                or ANY_FIGURE.search(replied) or LATER.search(replied) or any(reply.start <= n.start < reply.data.get("answer_end", reply.end)
                                                     for n in ctx.of_kind("number"))):
            continue
        asker, guest = _asker(turn, ctx), reply.data["speaker"]
        if guest in ("A", "Answer"):
            continue  # no one to name
        answer = "No number at all: the figure asked for is not given"
        wrong = {"An exact number, the one the question asked for": f"No number appears anywhere in {possessive(guest)} answer.",
                 "A rough estimate of the number, with no source": f"{capitalise(guest)} gives no figure, not even a rough one.",
                 "The number, together with the record it comes from": f"{capitalise(guest)} names no figure and no record."}
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"figure-not-given-{slugify(question, 20)}", skill="numbers",
                prompt=(f"{capitalise(asker)} asks {guest}: “{question}” The whole answer is: “{replied}” "
                        "What does the answer give?"),
                evidence=text[turn.data["sentence_start"] : reply.data.get("answer_end", reply.end)],
                explanation=(f"The question asks for a figure, and {possessive(guest)} answer gives none. "
                             "Readers should notice what an answer leaves out: without the number, they cannot "
                             "judge the matter the question raised, and would need to find the figure elsewhere."),
                feedback=wrong, template="figure-not-given",
            ),
            0.74, f"figure-not-given:{turn.start}",
        )
        return  # one a pack: a second is the same lesson
