"""Fact versus opinion: whose judgement a judging word in a news report is, and which
sentences of a writer or speaker judge, predict or recommend rather than state something a
reader could check."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Sentence
from quiz.core.facts.common import MONTH_NAMES
from quiz.core.facts.voice import UNMISTAKABLE
from quiz.core.generate.common import (
    INNER_QUOTE, OPENERS, REASON_WORDS, REPORT_KINDS, THIRD_PERSON, Candidate, Context, capitalise, choice, clip, display, named_before,
    quoted, self_contained, slugify, voice_of, with_quotation,
)

MAX_WORDS = 30
LETS = re.compile(r"\s*[“\"]?let[’']s\b", re.IGNORECASE)
# "Next, let's talk about …": a speaker or writer moving on to a topic, asking no one to act.
SIGNPOST = re.compile(r"\blet[’']s (?:now |then |first |next )?(?:talk|turn|look|start|begin|move|go on|go back|consider|see)\b",
                      re.IGNORECASE)
OBLIGATION = re.compile(r"\b(?:should|must|ought to|ha(?:ve|s) to|need(?:s)? to|let[’']s|it is time)\b", re.IGNORECASE)
# Kinds in which "we" and "I" are the one who speaks or writes, whom a prompt names.
FIRST_PERSON_KINDS = ("speech", "opinion")
IT_FIRST = re.compile(r"(?:it|its)\b", re.IGNORECASE)
ECHO = re.compile(r"(?:Neither|Nor|So)\s+(?:will|do|does|did|can|could|am|is|are|have|has|would|should)\s+(?:I|we|they|he|she)\b")
FUNCTION_FIRST = re.compile(r"(?:In|On|At|For|With|After|Before|During|Since|Until|From|By|To|Of|Let|Who|What|Why|How|Where|When)\b")


def shown_alone(text: str, ctx: Context, named_speaker: bool = False) -> bool:
    """Whether a sentence of the article's own voice can be shown alone. In a speech or an
    opinion piece, or an answer whose speaker the question names, it may open on "we" or
    "I", not on "it" or "they", which stand for something said before."""
    if ctx.kind.kind not in FIRST_PERSON_KINDS and not named_speaker:
        return self_contained(text)
    opening = OPENERS.sub("", text.strip(" “\"‘"))
    if ECHO.match(opening):
        return False  # "Neither will I.": a reply to what was said before
    # "In 1990 she started ...", "Let us honour her": the capital of the first word names no one.
    bare = re.sub(rf"^{FUNCTION_FIRST.pattern}", lambda m: m.group(0).lower(), opening)
    return self_contained(bare, strict=False) and not IT_FIRST.match(opening)


# "Let us make sure every child has one.", "We must stop it.": a sentence ending on a word that
# stands for a thing named before it, which a choice shown alone does not name. A long sentence
# may name it itself ("Councils should keep libraries open, and readers should ask for it").
BARE_END = re.compile(r"(?<!\bno )(?<!\bthe )\b(?P<word>one|it|them)\W*$", re.IGNORECASE)
SHORT = 8


def _ends_bare(text: str) -> bool:
    found = BARE_END.search(text)
    return bool(found) and (found.group("word").lower() == "one" or len(text.split()) <= SHORT)


def _usable(fact: Fact, ctx: Context) -> bool:
    text = display(fact.text)
    return shown_alone(text, ctx, voice_of(fact) != "the writer") and 6 <= len(text.split()) <= MAX_WORDS \
        and not _ends_bare(text)


# Lines of prose run long; a list, a table or a poem is mostly short lines.
PROSE_LINE_WORDS = 10
TABLE_ROW = re.compile(r"\||\t")


def reads_as_prose(text: str) -> bool:
    """Whether most of a text's words stand in long lines, as in paragraphs of prose; a
    list, a table or a poem has them in short lines."""
    lines = [line for line in text.splitlines() if line.strip()]
    words = sum(len(line.split()) for line in lines)
    # A row of a table, its cells apart by bars or tabs, is no line of prose however long.
    prose = sum(len(line.split()) for line in lines if len(line.split()) >= PROSE_LINE_WORDS and not TABLE_ROW.search(line))
    return words > 0 and prose >= 0.5 * words


def author(ctx: Context) -> str:
    """Who the article's own voice is: the speaker of a speech, else the writer."""
    return "the speaker" if ctx.kind.kind == "speech" else "the writer"


def audience(ctx: Context) -> str:
    """Who a speech or a text is for: its listeners or its readers."""
    return "listeners" if ctx.kind.kind == "speech" else "readers"


def as_said(text: str, ctx: Context, publisher: str = "") -> str:
    """A sentence quoted in a prompt; in a speech, said by the speaker, so that its "we" and
    "I" have their person (the one giving it, where the words name a "Speaker" of a house);
    elsewhere said by the text (`publisher`: "release") when given."""
    if ctx.kind.kind == "speech":
        who = "the person giving it" if re.search(r"\bSpeaker\b", text) else "the speaker"
        return f"In the speech, {who} says: {quoted(text)}"
    return f"The {publisher} says: {quoted(text)}" if publisher else quoted(text)


# Words with which a reporter judges what is reported ("an aggressive campaign", "a teacher
# mistakenly thought"): in a news report, a judgement with no source is the writer's own.
# General English, small; not words of feeling everyone shares ("tragic", "sadly").
NEWS_JUDGING = (UNMISTAKABLE - {"tragic", "tragically", "sadly", "beautiful"}) | frozenset(
    """
    aggressive aggressively antiquated mistakenly wrongly rightly successful unsuccessful important significant
    impressive surprising surprisingly stunning disappointing controversial notorious misguided reckless lavish
    """.split()
)
# More words with which a reporter's narration judges ("a dismal record", "relentless attacks",
# "a staggering sum"): adjectives and adverbs that grade nothing a record keeps. General English,
# small; not words that also name a term or a grade ("vital signs", "a decisive vote", "an
# extraordinary session", "severe weather"), nor verbs in -ing ("promising", "encouraging").
REPORTER_JUDGING = NEWS_JUDGING | frozenset(
    """
    dismal lacklustre lackluster stellar dazzling spectacular spectacularly relentless relentlessly tireless tirelessly
    staggering alarming alarmingly dire grim bleak draconian robust bold boldly groundbreaking iconic infamous
    embarrassing embarrassingly humiliating inept incompetent hapless heavy-handed outdated clumsy unwieldy sloppy
    pointless wasteful useless worthless lucky unlucky fortunate unfortunate talented gifted brave courageous
    """.split()
)
# Words that grade size or weight, which a figure in the sentence can back ("a significant
# acquisition, a $1.1 billion deal"): plain description there, not the writer's view.
SIZE_WORDS = frozenset("significant substantial sizeable sizable major large big huge massive key".split())
# "successful applicants", "unsuccessful bidders": those chosen or not, a category a record keeps.
CHOSEN = re.compile(r"\b(?:un)?successful (?:applicants?|applications?|candidates?|bidders?|bids?|claimants?|claims?|"
                    r"nominees?|entrants?|entries)\b", re.IGNORECASE)


def _names_a_category(word: str, text: str) -> bool:
    """Whether a judging word only names who was chosen: "successful" in "successful applicants"."""
    return word.lower() in ("successful", "unsuccessful") and bool(CHOSEN.search(text))
# A title in quotation marks ("a leaflet called “Dry Homes for Ashby”"): every word capitalised,
# no sentence of anyone's. It quotes no one's words, so the sentence around it is still the writer's.
TITLE = re.compile(r"[“\"](?:(?:[A-Z0-9][\w’'.&:-]*|of|the|and|for|to|in|on|a|an|with)\s?){2,8}[”\"]")
# Not a fact-check, whose job is to judge, nor a study, whose "aggressive treatment" is a term.
NEWS_KINDS = ("news", "wire")
# A sentence that reports someone's words: a judging word in it may be theirs.
REPORTS_WORDS = re.compile(
    r"\b(?:said|says|say|saying|told|tells|announced|announces|according|stated|(?<!United )states|claimed|claims|added|wrote|"
    r"writes|argued|argues|called|calls|described|describes|insisted|believes?|thinks?|reported|reports|noted)\b",
    re.IGNORECASE)
QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
# "as measured by", "judged by", "in terms of": the sentence names what backs its judging
# word, so the word is no bare judgement, and "a plain fact that could be checked" holds too.
MEASURED = re.compile(r"\b(?:measured|judged|gauged) by\b|\bin terms of\b|\bby (?:any|every|this|that|its|their|the) "
                      r"(?:measure|standard|yardstick)\b", re.IGNORECASE)


def own_judgement(ctx: Context) -> Iterator[Candidate]:
    """In a news report: 'Whose judgement is the word "aggressive"?' for a judging word in a
    sentence that reports no one's words. The key is the writer's own; the wrong choices are
    the people the article quotes, none of whom uses the word, and 'a plain fact'. In a
    release the key is the publisher's own, and the wrong owners are people only: a body the
    release quotes may be the publisher itself."""
    release = ctx.kind.kind == "press-release"
    if ctx.kind.kind not in NEWS_KINDS and not release:
        return
    who, where = ("the publisher", "release") if release else ("the writer", "article")
    text = ctx.article.text
    titles = [(m.start(), m.end()) for m in TITLE.finditer(text)]

    def a_title(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in titles)

    quoted_spans = [(m.start(), m.end()) for m in QUOTATION.finditer(text) if not a_title(m.start(), m.end())]
    quoted_spans += [(f.start, f.end) for f in ctx.of_kind("quote") if not a_title(f.start, f.end)]
    words_quoted = " ".join(text[s:e] for s, e in quoted_spans).lower()
    # Named people first, the most quoted first; an unnamed source ("an unnamed official") after them.
    speakers = sorted((s for s in ctx.speakers.values()
                       if s.kind == "person" and s.named or not release and s.kind in ("person", "organisation")),
                      key=lambda s: (not s.named, -len(ctx.claims_by_speaker.get(s.key, []))))
    for sentence in ctx.article.sentences:
        shown = display(sentence.text)
        if (QUOTATION.search(TITLE.sub("", sentence.text)) or REPORTS_WORDS.search(sentence.text) or "statistically" in sentence.text
                or any(s < sentence.end and sentence.start < e for s, e in quoted_spans)
                or not 6 <= len(shown.split()) <= MAX_WORDS or not self_contained(shown)
                or not sentence.text.endswith((".", "!"))):
            continue
        if MEASURED.search(shown):
            continue  # "successful, as measured by its sales": the sentence gives its own test
        # "its last significant acquisition, a $1.1 billion deal": with a figure beside it, a word of size
        # describes what the figure measures; a real judgement in the sentence is asked instead.
        sized = bool(re.search(r"\d", shown))
        found = [w for w in re.findall(r"[A-Za-z][a-z-]+", shown) if w.lower() in REPORTER_JUDGING
                 and not (sized and w.lower() in SIZE_WORDS)
                 and not _names_a_category(w, shown)]
        if not found or shown.count(found[0]) != 1 or re.search(rf"\b{found[0].lower()}\b", words_quoted):
            continue  # a speaker's own word is theirs, not the writer's
        word = found[0]
        others = [s for s in speakers if s.key not in shown][:2]
        if not others:
            continue  # with no one quoted, "the writer's own" is the only owner on offer
        fact_choice = "No one's: it is a plain fact that could be checked"
        names = [_named(s.key) if s.named else capitalise(s.label) for s in others]
        distractors = [f"{name}'s" for name in names] + [fact_choice]
        feedback = {f"{name}'s": f"{name} is quoted or reported in the {where}, but never with this word; this sentence "
                                 "reports no one's words." for name in names}
        feedback[fact_choice] = (f"“{word}” does not state something a record could settle: it says how {who} "
                                 "sees what happened.")
        why = ("A release speaks for the body that publishes it: a judging word in its own sentences is the publisher's "
               "view of what it tells, and a reader should weigh it as that, not as a checked fact." if release else
               "A news report should leave judging to its readers or say who judges; a word like this slips the "
               "writer's view into the report.")
        yield Candidate(
            choice(
                ctx, f"{capitalise(who)}'s own", distractors, id=f"own-judgement-{slugify(word, 12)}-{slugify(shown, 16)}",
                skill="fact-vs-opinion",
                prompt=f"The {where} says: {with_quotation(shown)} Whose judgement is the word “{word}”?",
                evidence=sentence.text,
                explanation=(f"No one in the {where} is given as saying “{word}”: the sentence reports no one's words, "
                             f"so the judgement is {who}'s. The same facts could be told without it. {why}"),
                feedback=feedback, template="own-judgement",
            ),
            0.75, f"opinion:{sentence.start}",
        )


def _named(name: str) -> str:
    """'Department of Homeland Security' -> 'The Department of Homeland Security'; a person's
    or a company's name as it is."""
    return f"The {name}" if " of " in name and not name.startswith("The ") else name


# "What does this sentence do?" (report, predict, judge or recommend) is not asked: three
# choices out of four always leave out either "reports what is the case" (then the question is
# trivial) or "gives the writer's judgement" (then a judging sentence has two right answers),
# and "must", "should", "need" read by their form call a grant's rule, a how-to's step or "does
# not need to know" a recommendation. `recommendation` asks the part that can be sure.


# Words that make a sentence say what will come: such a sentence predicts as well as judges.
FORECAST = re.compile(r"\b(?:will|would|shall|guarantees?|guaranteed|lead to|leads to|going to|bound to|certain to|"
                      r"likely|unlikely|soon|future|forecasts?|expects?|expected)\b", re.IGNORECASE)


# "I want you to hear me clearly", "I ask you to imagine ...": the speaker asks for attention,
# not for an act; what follows is a claim.
ATTEND = r"(?:hear|listen|know|understand|see|imagine|picture|remember|realise|realize|think about|consider)\b"
# ... of which "I urge you to see a doctor", "we urge the board to consider the bill" are acts.
LISTEN = r"(?:hear|listen|imagine|picture|think about)\b"
# "Every child should feel safe", "must be", "should have the right": a state that ought to be,
# which asks no one to act ("should not be spending" is an act).
STATE = r"(?: not| never|n[’']t)? (?:\w+ly )?(?:be(?! \w+ing\b)|been|have|feel|know|live|fear|worry|deserve|get to)\b"
# A call for action in so many words: "we must act", "let us begin", "I urge you to vote", "we urge the council to",
# "I need you to vote", "it is time to end"; the action is what follows.
CALL = re.compile(
    rf"\b(?:(?:must|should|ought to|need to|have to)(?!{STATE})|(?:let us|let[’']s)(?! (?:say|suppose|imagine|be (?:honest|clear|frank)|face it|put it)\b)|"
    rf"(?:I|we) (?:urge|ask|call on|call upon|implore|appeal to|encourage|invite)\b(?![^.;:!?]{{0,30}}?\bto {LISTEN})"
    r"[^.;:!?]{0,60}?\bto|"
    rf"I (?:need|want) (?:you|every one of you|each of you|all of you)(?: here)? to(?! {ATTEND})|"
    # "What I am asking is that the council stop ...": the call put as the thing asked for.
    r"what (?:I|we) (?:am |are )?(?:asking|ask|calling for|call for|propose|want) (?:for )?is(?: that| for)?|"
    r"it is time(?: for [^.;:!?]{1,40}?)? to)\s+(?P<action>[a-z][^.;:!?—]*)", re.IGNORECASE)
# "I must say", "I have to admit": the speaker's own duty or manner, not a call on anyone.
SPEAKER_DUTY = re.compile(r"\bI (?:must|should|have to|need to|ought to)\b")
# Words with which a sentence asks for something: a distractor with one could be right too.
# An agenda in the form of a statement asks too: "renewal involves healing ...", "peace requires ...",
# "our task is to ...".
ASKS = re.compile(r"\b(?:should|must|ought|needs?|ha(?:ve|s) to|let|urges?|ask|asks|call(?:s)? (?:on|upon|for)|time to|join|vote|"
                  r"requires?|demands?|involves? \w+ing|means? \w+ing|depends? on|is to \w+|"
                  r"(?:task|goal|job|duty|challenge|mission|work|answer) (?:is|will be) to)\b|\?",
                  re.IGNORECASE)


# "Enjoy every day of your retirement", "Take care", "Good luck": a courtesy or a farewell
# wish in the form of a command, not a view of what should be done.
WISH = re.compile(r"(?:Enjoy|Have (?:a|an|fun)|Take care|Rest (?:in peace|easy|well)|Good luck|Best wishes|Congratulations|"
                  r"Welcome|Thank|Get well|Be well|Stay (?:safe|well|in touch)|Keep in touch|Happy)\b")
# The longest sentence shown whole as a choice.
MAX_CHOICE_WORDS = 26


def recommendation(ctx: Context) -> Iterator[Candidate]:
    """In an opinion piece or speech: 'Which of these sentences says what should be done?' The key
    asks someone to act; the others report or judge and ask nothing."""
    recommends = _recommends(ctx)
    others = [f for f in [*ctx.of_kind("statement"), *ctx.of_kind("opinion", mode="judge"), *ctx.of_kind("opinion", mode="predict")]
              if _usable(f, ctx) and voice_of(f) == "the writer" and not ASKS.search(f.text)
              and not re.search(r"[“”\"]", f.text)  # "we first have to recognize ...": a second right answer
              and len(display(f.text).split()) <= MAX_CHOICE_WORDS]  # whole, never cut off with "…"
    if not recommends:
        return
    fact = recommends[0]
    answer = display(fact.text)
    # The key's own sentence, read as a statement too, is never a wrong choice beside it.
    others = [o for o in others if display(o.text) != answer and not (o.start < fact.end and fact.start < o.end)]
    if len(others) < 2:
        return
    # Sentences as long as the key, so that its length does not give it away; the nearest first.
    size = len(answer.split())
    near = sorted(others, key=lambda o: (abs(len(display(o.text).split()) - size) // 6, abs(o.start - fact.start)))[:3]
    distractors = [display(o.text) for o in near]
    call = CALL.search(fact.text)
    if call and any(d.start() < call.start() < d.end() for d in EMBEDDED_DUTY.finditer(fact.text)):
        call = None  # "Look at the parents who no longer have to choose ...": the duty is the parents', asked of no one
    # The call up to its clause's end: not "..., and a delay can be the wise choice", which states.
    call_words = re.split(r",\s|\s+(?:and|but|so|because)\s+(?=[a-z]+\s+[a-z]+\s+(?:is|are|can|will|was|were)\b)",
                          call.group(0))[0].strip(" ,") if call else ""
    asked = f" (“{call_words}”)" if call and len(call_words.split()) <= 14 else ""
    feedback = {d: _asks_nothing(o, d) for d, o in zip(distractors, near)}
    yield Candidate(
        choice(
            ctx, answer, distractors, id=f"recommends-{slugify(fact.text, 24)}", skill="fact-vs-opinion",
            # Not "calls for action": a key that says "we must act" would answer it by its word alone.
            prompt=("Which of these sentences from the speech says what should be done?" if ctx.kind.kind == "speech"
                    else "Which of these sentences says what should be done?"),
            evidence=fact.text,
            explanation=f"It asks for something to be done{asked}: that is what {author(ctx)} wants, an opinion "
                        f"about what is right, which {audience(ctx)} can agree or disagree with. "
                        "The others state or judge without asking anyone to act.",
            feedback=feedback, template="recommendation",
        ),
        # A bare imperative ("Write to someone older than you.") is found by its grammar alone:
        # kept below a sure question, for a pack that has nothing better.
        0.8 if call or not _imperative(fact) else 0.65, f"opinion:{fact.start}",
    )


# A view the writer sets out in order to answer it: "Some people say ...", "Critics argue that
# ...", "Landlords' groups argue that ...". Its holders are a group the writer does not name.
REPORTED_VIEW = re.compile(
    r"^(?:Some(?: [\w’']+){0,3}|Others|Other [\w’']+|Critics|Opponents|Sceptics|Skeptics|Many(?: [\w’']+)?|"
    r"[A-Z][\w’']*(?: [\w’']+){0,2} groups?)\s+"
    r"(?:say|argue|claim|insist|warn|complain|believe|think|feel|fear|worry|prefer|want|tell (?:us|you)|have said|"
    r"will (?:say|argue|claim|insist|tell (?:us|you)))\b")
# A point the writer grants to the other side: "I accept that ...", "Nobody doubts that ...",
# "I will not pretend ...", "The company's case deserves a fair hearing."
CONCEDES = re.compile(
    r"^(?:(?:I|We) (?:understand|accept|admit|grant|agree|do not doubt|don[’']t doubt|will not pretend|do not pretend)\b|"
    r"(?:I|We) take (?:that|this|the|their) (?:\w+ )?seriously\b|"
    r"(?:Nobody|No one) (?:doubts|denies|disputes)\b|It is true that\b|Of course\b|Admittedly\b|To be fair\b|"
    r"There is (?:something|some truth) in\b|(?:That|This) is (?:true|fair|a fair)\b|"
    r".{3,60}\bdeserves a fair hearing\b)")
# The writer's answer to a view set out before it.
ANSWER = re.compile(r"^(?:But|Yet|However|That is not|This is not|I disagree|They are wrong)\b")
# A reply that says so itself: "That is not true.", "I disagree.", "I do not accept that.".
CONTRADICTS = re.compile(
    r"^(?:(?:That|This|It) is (?:simply )?(?:not|wrong|nonsense|false|untrue)\b|(?:That|This|It)[’']s (?:not|wrong|nonsense)\b|"
    r"I disagree\b|They are (?:wrong|mistaken)\b|With respect\b|Nothing could be further\b|"
    r"I (?:do not|don[’']t|cannot|can[’']t) (?:accept|agree|believe)\b|I think (?:that|this|they) (?:is|are) wrong\b)")
# "But"/"Yet"/"However" opening a reply that turns on the view: "But that is not the whole story.",
# "But nobody is asking ...", "Yet the evidence says otherwise." Not "But the council has not
# changed its schedule.", which may carry the same complaint on.
BUT = re.compile(r"^(?:But|Yet|However)\b,?\s*")
TURNS_ON = re.compile(
    r"^(?:(?:that|this|it|they|such \w+|these \w+|the (?:claim|argument|idea|case|view|evidence|facts?|truth|"
    r"reality|figures?|numbers?|data|record|research))\b[^.;]{0,40}?(?:\bnot\b|n[’']t\b|\bnever\b|\bwrong\b|\bfalse\b|"
    r"\bnonsense\b|\bmisses\b|\bignores\b|\botherwise\b|\bdisagrees?\b)|"
    r"(?:nobody|no one|none of|nothing|few|in fact|in truth|actually|the truth is|the reality is)\b)"
    + "|" + CONTRADICTS.pattern[1:], re.IGNORECASE)
NEGATION = re.compile(r"\b(?:not|no|never|nobody|nothing|none|neither|nor|wrong|false)\b|n[’']t\b", re.IGNORECASE)
_STOP = set("the and that this with from have has had for are was were been will would could should not but yet "
            "however they them their some people say says said who what when which there than then also only very "
            "more most much many into onto over about".split())


def _content(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)} - _STOP
    return {re.sub(r"(?:ing|ed|es|s)$", "", w) if len(w) > 5 else w for w in words}


def answers(reply: str, view: str = "") -> bool:
    """Whether `reply` answers `view`, the sentence before it that sets out a view or grants a
    point: it contradicts it outright ("That is not true.", "I disagree."), or opens "But",
    "Yet" or "However" and turns on it ("But that is not the whole story.", "But nobody is
    asking ...", or a negation of the view's own words). A "But" that carries the view on
    ("Some residents say the verges are cut too often. But the council has not changed its
    schedule.") or goes on to something else ("But we listened.") is no answer."""
    reply = re.sub(r"^\W+", "", reply.strip())
    if CONTRADICTS.match(reply):
        return True
    but = BUT.match(reply)
    if but is None:
        return False
    rest = reply[but.end():]
    return bool(TURNS_ON.match(rest)) or bool(NEGATION.search(rest) and _content(rest) & _content(view))


def grants_other_side(text: str, start: int) -> bool:
    """Whether the sentence at `start` gives the other side's case: it follows, in its
    paragraph, a view the writer sets out or a point the writer grants, with no answer
    ("But ...") between ("Some people prefer tidy verges. I understand that. Drivers at
    junctions need to see what is coming.")."""
    opening = text.rfind("\n", 0, start) + 1
    before = re.split(r"(?<=[.!?])\s+", text[opening:start].strip()) if start > opening else []
    for sentence in reversed(before):
        if ANSWER.match(sentence):
            return False
        if REPORTED_VIEW.match(sentence) or CONCEDES.match(sentence):
            return True
    return False


# Duties that ask no one to act: "a sum the government would need to replace", "a bag we do not
# have to buy", "you should not have to pay twice" (a judgement of what is fair), "Let me give
# the House the figures", and a value that every side shares,
# "Nobody should be afraid to walk home at night".
NO_CALL = re.compile(r"\b(?:would|will|could|(?:should|must)(?: not| never|n['’]t)|do not|don['’]t|does not|doesn['’]t|"
                     r"did not|didn['’]t|not)\s+(?:\w+\s+)?"
                     r"(?:need|have|has)\s+to\b|^\W*Let me\b|^\W*(?:Nobody|No one|No child|No family|No parent)\s+should\b",
                     re.IGNORECASE)


def _recommends(ctx: Context) -> list[Fact]:
    """The writer's or speaker's calls to act, the clearest first: one that names an action,
    not "must be". None in a report, a release or a how-to, where "must", "should" and
    "Choose" tell a rule or a step, no one's view."""
    if ctx.kind.kind not in FIRST_PERSON_KINDS or _gives_steps(ctx):
        return []
    recommends = [f for f in [*ctx.of_kind("opinion", mode="recommend"), *_calls(ctx)]
                  if (CALL.search(f.text) or _imperative(f)) and _usable(f, ctx) and voice_of(f) == "the writer" and not SIGNPOST.search(f.text)
                  and not (NO_CALL.search(f.text) and not CLEAR_CALL.search(NO_CALL.sub("", f.text)))
                  # "I need to check on my neighbours": the speaker's own duty, read by the parse as a call
                  and not (SPEAKER_DUTY.search(f.text) and not CALL.search(SPEAKER_DUTY.sub("", f.text)))
                  and not WISH.match(display(f.text)) and len(display(f.text).split()) <= MAX_CHOICE_WORDS
                  and not REPORTED_VIEW.match(display(f.text)) and not grants_other_side(ctx.article.text, f.start)
                  and not IF_YOU_DO.search(f.text)]
    return sorted(recommends, key=lambda f: (not CALL.search(f.text), f.start))


# "Do that three times a week and you have spent $4,000": an imperative that sets up a sum or
# an outcome, not a call to do it.
IF_YOU_DO = re.compile(r"^\s*[A-Z][a-z]+\b[^.;:!?]*?,? and (?:you|you[’']ll|you[’']ve|you[’']re|your)\b")


# A plain call beside such a duty, outside it: "Let me be clear: the council must act."
CLEAR_CALL = re.compile(r"\b(?:must|should|ought to)\s+(?!not\b)\w+", re.IGNORECASE)


# Imperatives enough to make a text a set of instructions ("Choose a pot ...", "Water it ...").
STEPS = 3


def _gives_steps(ctx: Context) -> bool:
    """Whether the writer gives steps to follow, as a how-to does: then telling a reader
    what to do is the text's form, not the writer's view of what is right."""
    imperatives = [f for f in ctx.of_kind("opinion", mode="recommend") if f.data.get("voice", "writer") == "writer"
                   and _imperative(f)]
    return len(imperatives) >= STEPS


def _imperative(fact: Fact) -> bool:
    """'Choose a pot ...': a sentence the reading calls a recommendation by its opening verb."""
    cues = fact.data.get("cues") or []
    return bool(cues) and fact.text.lstrip().startswith(cues[0]) and cues[0].lower() not in ("must", "should", "need", "ought")


# "how much you have to say", "what we must do next", "the parents who have to choose": a duty
# inside a clause that names a thing or a person, not a call on anyone.
EMBEDDED_DUTY = re.compile(r"\b(?:how\s+(?:much|many|long|far)|what|which|whatever|all|who)\s+(?:\w+\s+){0,3}?"
                           r"(?:must|should|ought\s+to|need\s+to|have\s+to|has\s+to)\b", re.IGNORECASE)


def _calls(ctx: Context) -> list[Fact]:
    """Sentences in the speaker's own words that call for action in words the parse does not
    read as a recommendation ("I urge every member to vote", "It is time to act")."""
    read = {f.data["sentence_start"] for f in ctx.of_kind("opinion", mode="recommend")}
    return [Fact(kind="opinion", start=s.start, end=s.end, text=s.text,
                 data={"mode": "recommend", "cues": [], "voice": "writer", "sentence_start": s.start, "sentence_end": s.end})
            for s in ctx.article.sentences
            if s.start not in read and CALL.search(s.text) and not re.search(r"[“”\"]", s.text) and s.text.endswith((".", "!"))
            and not SPEAKER_DUTY.search(s.text) and not EMBEDDED_DUTY.search(s.text)]


def _asks_nothing(fact: Fact, shown: str) -> str:
    """Why a sentence calls for nothing, saying what it does only where that is sure: a
    judgement by a word that only judges and that the choice shows, a forecast. A sentence
    read as a statement may still judge ("mortgaging our future"), so it is not called a fact."""
    mode = fact.data.get("mode")
    cue = next((c for c in fact.data.get("cues", []) if c.lower() in UNMISTAKABLE and c in shown), None)
    if mode == "judge" and cue:
        return f"It gives a view (“{cue}”), but it asks no one to do anything."
    if REPORTED_VIEW.match(shown):  # "Some people out there will tell you ...": others' words, no forecast
        return "It reports what others say; it asks no one to do anything."
    if mode == "predict":
        return "It says what will happen; it asks no one to do anything."
    return "Nothing in it asks anyone to do anything."


MONTHS = re.compile(rf"\b(?:{MONTH_NAMES})\b")


def checkable_sentence(ctx: Context) -> Iterator[Candidate]:
    """In an opinion piece, a speech or a release: 'Which of these sentences could a reader
    check against records?' A figure the writer states, beside sentences that only judge
    or recommend: short, with no figure or date, so that nothing in them can be checked. In
    an interview, the same of one person's answers, each choice in their own words."""
    if ctx.kind.kind in ("opinion", "speech", "press-release"):
        yield from _checkable_of(ctx, "the writer", author(ctx))
    elif ctx.kind.kind == "interview":
        for voice in dict.fromkeys(voice_of(f) for f in ctx.of_kind("statement")):
            if voice != "the writer":
                yield from _checkable_of(ctx, voice, voice)


def _checkable_of(ctx: Context, voice: str, who: str) -> Iterator[Candidate]:
    """The question above on the sentences in one voice; `who` names its owner."""
    # Not the call "which sentence says what should be done?" is keyed on: this question's feedback,
    # "it says what should be done", would give its answer away (round 42).
    keyed = next(iter(_recommends(ctx)), None)
    pure = [f for f in ctx.of_kind("opinion") if voice_of(f) == voice and _usable(f, ctx)
            and not any(ch.isdigit() for ch in f.text) and not MONTHS.search(f.text)
            and not (keyed is not None and f.start == keyed.start)
            and (f.data["mode"] == "recommend" and not LETS.match(f.text)
                 or f.data["mode"] == "judge" and _judging_cue(f) and len(display(f.text).split()) <= 16
                 or f.data["mode"] == "predict" and len(display(f.text).split()) <= 20)]
    facts = [f for f in ctx.of_kind("statement") if voice_of(f) == voice and _usable(f, ctx)
             and any(ch.isdigit() for ch in f.text) and CHECKABLE_PART.search(f.text) and not PRONOUN_FIRST.match(display(f.text))
             and not YEAR_JUDGED.match(display(f.text)) and not _judges(f.text)
             and not SECOND_CLAUSE.search(f.text)]  # "since 2016, and I have never seen a project as urgent": half a view
    if len(pure) < 2 or not facts:
        return
    fact = facts[0]
    answer = clip(display(fact.text), 26)
    others = sorted(pure, key=lambda o: abs(o.start - fact.start))[:3]
    distractors = [clip(display(o.text), 26) for o in others]
    feedback = {d: {"recommend": "It says what should be done: a reader can agree or disagree, but no record can show it is right.",
                    "predict": "It says what will happen: no record can show that yet.",
                    }.get(o.data["mode"]) or
                   f"“{_judging_cue(o)}” is {who}'s judgement: a reader can agree or disagree, but no record can settle it."
                for d, o in zip(distractors, others)}
    source = {"speech": " from the speech", "interview": f" by {who}"}.get(ctx.kind.kind, "")
    yield Candidate(
        choice(
            ctx, answer, distractors, id=f"checkable-{slugify(fact.text, 24)}", skill="fact-vs-opinion",
            prompt=f"Which of these sentences{source} could be checked against records or other sources?",
            evidence=fact.text,
            explanation=(f"It states {_checkable_part(fact.text)} that records, or a reporter, could confirm or prove wrong. "
                         "The others give a judgement, a forecast or what should be done, which no record can settle."),
            feedback=feedback, template="checkable-sentence",
        ),
        0.8, f"opinion:{fact.start}",
    )


# "2023 was a breakthrough year": a year as the subject of a judgement, which no record settles.
YEAR_JUDGED = re.compile(r"\W*(?:The year )?(?:1[89]|20)\d\d,? (?:was|is|has been|had been|will be|will go down|proved|"
                         r"turned out|became)\b", re.IGNORECASE)
# Words that rate a year or a result ("a historic week", "our best season"), beside the judging words.
VERDICT = frozenset("breakthrough historic landmark banner best worst greatest finest great proud".split())


def _judges(text: str) -> bool:
    """Whether a sentence carries a word that judges, whatever figure it also gives."""
    return any(w.lower() in ANY_JUDGING | VERDICT for w in re.findall(r"[A-Za-z-]+", text))


# A second clause joined to the first: in a writer's or speaker's own voice it may add a view.
SECOND_CLAUSE = re.compile(r",\s+(?:and|but|yet|so)\s|;|\s[—–]\s")
PRONOUN_FIRST = re.compile(r"(?:But |And |So )?(?:It|This|That|They|These|Those|He|She)\b")
# Words that only judge, in a speaker's or writer's own sentence: one of them, and no
# figure or date, makes the sentence a judgement no record can settle.
SPEAKER_JUDGING = UNMISTAKABLE | NEWS_JUDGING | frozenset({"sham", "nonsense"})


def _judging_cue(fact: Fact) -> str:
    return next((c for c in fact.data.get("cues", []) if c.lower() in SPEAKER_JUDGING), "")


# Words with which a report or a release judges or praises what it tells: a sentence with one
# gives a view no record can settle. Not superlatives ("the worst inflation", "unmatched in
# history") nor "significant", which a record or a test can settle.
SURE_JUDGING = (NEWS_JUDGING - {"significant"}) | frozenset(
    """
    unprecedented relentless relentlessly tirelessly robust decisive decisively crucial vital devastating
    bold boldly sham nonsense alarming alarmingly worrying troubling encouraging promising groundbreaking innovative
    extraordinary staggering dire grim bleak draconian harsh generous vibrant iconic legendary prestigious beloved
    acclaimed unwieldy clumsy tireless selfless inspiring inspirational courageous talented gifted visionary
    """.split()
)
# Words that judge, in the writer's voice or a speaker's.
ANY_JUDGING = SURE_JUDGING | SPEAKER_JUDGING
# A figure, a year or a month: what a record could confirm.
# A day of the week or a count in words ("on Friday", "three teams") is one too.
CHECKABLE_PART = re.compile(MONTHS.pattern + r"(?: \d{1,2}\b)?(?:,? \d{4}\b)?|"
                            r"(?<![\w-])[$£€]?\d[\d,.]*(?:[–-]\d+\b|\s?(?:%|percent(?!age)|per cent|million|billion)|(?<=\d{4})s\b)?|"
                            r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:two|three|four|five|six|seven|eight|nine|ten|"
                            r"eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen)(?= [a-z]))\b")


def writer_judgement(ctx: Context) -> Iterator[Candidate]:
    """'Which of these sentences includes the writer's own judgement, not only facts that
    could be checked?' The key judges by a word that only judges and reports no one's words;
    the wrong choices are sentences in the same voice that state a figure or a date with no
    judging word at all, which a record could settle. (Asked of a named person's quoted
    judgement too until round 32 of the review: the key was the only quotation among the
    choices, often opening "I think", so it showed without reading.) Only where the writer's voice
    reports: in a speech or a column a sentence with a figure may still judge ("mortgaging our
    future since 2015"), in an interview the lines are several people's, and a fact-check's
    job is to judge."""
    if ctx.kind.kind not in REPORT_KINDS or not reads_as_prose(ctx.article.text):
        return  # a list of dated lines ("- The fair was wonderful.") is no report with a voice of its own
    who = "the publisher" if ctx.kind.kind == "press-release" else "the writer"

    def own(fact: Fact) -> bool:
        shown = display(fact.text)
        return (voice_of(fact) == "the writer" and not ctx.in_title(fact) and not re.search(r"[“”\"]", fact.text)
                and not REPORTS_WORDS.search(fact.text) and shown_alone(shown, ctx)
                and 6 <= len(shown.split()) <= MAX_WORDS and fact.text.endswith((".", "!")))

    # A plan or a guess ("will be given in June", "may reopen in 2026") no record can settle yet.
    plain = [f for f in ctx.of_kind("statement") if own(f) and CHECKABLE_PART.search(f.text)
             and not FORECAST.search(f.text) and not NOT_NOW.search(f.text) and _named_pronoun(display(f.text))
             and not any(w.lower() in SPEAKER_JUDGING | SURE_JUDGING for w in re.findall(r"[A-Za-z-]+", f.text))]
    source = " from the release" if ctx.kind.kind == "press-release" else ""
    owner = ("the sentence names no one else as its source, so the view is the publisher's own"
             if who == "the publisher" else "the sentence names no source for it, so the view is the writer's own")
    for fact in [*ctx.of_kind("opinion", mode="judge"), *ctx.of_kind("opinion", mode="recommend")]:
        if fact.data["mode"] == "judge":
            word = next((c for c in fact.data["cues"] if c.lower() in SURE_JUDGING
                         and not _names_a_category(c, fact.text)), None)
            cue = f"“{word}” judges"
        else:  # "Central banks should act early": what ought to be done, not a rule a record states
            # A release's "should" tells its readers what to do next ("should call the help line"), as a how-to does.
            word = (next(iter(ADVICE.findall(fact.text)), None)
                    if not CHECKABLE_PART.search(fact.text) and who != "the publisher" else None)
            cue = f"“{word}” says what ought to be done"
        if (word is None or not own(fact) or MEASURED.search(fact.text) or "statistically" in fact.text
                or GIVES_REASON.search(fact.text) or GUESS.search(fact.text) or not _named_pronoun(display(fact.text))):
            continue
        near = sorted(plain, key=lambda o: abs(o.start - fact.start))[:3]
        if len(near) < 2:
            return  # the quoted judgements below need the same sentences
        distractors = [display(o.text) for o in near]
        yield Candidate(
            choice(
                ctx, display(fact.text), distractors, id=f"writer-judgement-{slugify(fact.text, 24)}",
                skill="fact-vs-opinion",
                prompt=f"Which of these sentences{source} includes {who}'s own judgement, not only facts that could "
                       "be checked?",
                evidence=fact.text,
                explanation=(f"{cue}: it gives {who}'s view, which no record could prove right or wrong, "
                             f"and {owner}. The other sentences state figures or dates that could be checked, with no "
                             "word that judges."),
                feedback=_checkable_feedback(distractors),
                template="writer-judgement",
            ),
            0.73, f"opinion:{fact.start}",
        )


# Advice in the writer's own voice: "should" or "ought to" and a verb of doing ("should act"),
# not "should be" or "should have been", which state a need or what ought to have happened.
ADVICE = re.compile(r"\b(?:should|ought to)(?= (?!be\b|have\b)[a-z]+\b)")
# A judgement with its reason ("a terrible thing, because wages fall"): the reason may be a
# fact a record could check, so the sentence is not a judgement alone.
# A relative clause (", which ...") adds a second claim of its own.
GIVES_REASON = re.compile(rf"{REASON_WORDS.pattern}|, (?:which|where|who)\b", re.IGNORECASE)
# "Perhaps they had learned ...": a guess, which is neither a judgement nor a fact.
GUESS = re.compile(r"\b(?:[Pp]erhaps|[Pp]robably|[Pp]ossibly|[Mm]aybe|may|[Mm]ight)\b")  # "May" alone is the month


def _checkable_feedback(distractors: list[str]) -> dict[str, str]:
    return {d: f"It states {_checkable_part(d)}, with no word that judges: a record could show it true or false."
            for d in distractors}


def _named_pronoun(text: str) -> bool:
    """Whether a "she" or "they" outside the quotation marks has a name before it in the
    sentence ("Ann Lee said she ..."), not only a capital that opens it ("Outside the town
    she ...")."""
    outside = INNER_QUOTE.sub(" ", text)
    pronoun = THIRD_PERSON.search(outside)
    return pronoun is None or named_before(outside, pronoun.start())


def _checkable_part(sentence: str) -> str:
    """What a record could confirm in a sentence: '“$3 million”', else 'what happened'."""
    found = CHECKABLE_PART.search(sentence)
    return f"a figure or a date (“{found.group(0).strip().rstrip('.,')}”)" if found else "what happened"


# A claim of a record with no figure: "the longest inflation in our national history", "a
# pace unmatched in modern American history", "the most ... ever", "more relief than ever
# before", "the lowest level in more than a century".
# Words in -est that rank nothing.
NOT_SUPERLATIVE = ("(?:latest|honest|modest|earnest|interest|request|protest|forest|contest|harvest|arrest|guest|quest|"
                   "west|test|rest|chest|nest|priest|manifest|digest|suggest|invest)")
RECORD_CLAIM = re.compile(
    rf"\b(?P<claim>(?:(?:the|one of the|its|their|our|his|her) (?!{NOT_SUPERLATIVE}\b)(?:\w+est|most \w+|least \w+)|unmatched|"
    r"unprecedented|\w+er than any \w+|(?:more|fewer|less) [\w-]+)\b"
    r"[^.;:!?—]{0,60}?\b(?:in (?:[\w'’]+\s+){0,4}history|ever recorded|on record|of all time|(?:than )?ever(?: before)?|"
    r"in (?:more than |over |nearly |almost )?(?:a |half a )?century|in decades)\b)"
    r"(?=\s*[.,;—!]|\s+(?:as|to)\b)")


def record_claim(ctx: Context) -> Iterator[Candidate]:
    """'Could this claim be checked?' for a sentence in the writer's or speaker's own voice
    that claims a record ("the longest inflation in our national history") with no figure:
    records of the past could settle it, so it is no mere view, but the sentence gives
    nothing to check it by."""
    if ctx.kind.kind in ("interview", "fact-check"):
        return
    who = "the publisher" if ctx.kind.kind == "press-release" else author(ctx)
    text = ctx.article.text
    quoted_spans = [(f.data.get("sentence_start", f.start), f.data.get("sentence_end", f.end)) for f in ctx.of_kind("quote")]
    for sentence in ctx.article.sentences:
        shown = display(sentence.text)
        found = RECORD_CLAIM.search(shown)
        if (found is None or re.search(r"[“”\"]|\d", shown) or REPORTS_WORDS.search(shown) or FORECAST.search(shown)
                or NOT_NOW.search(shown) or any(s <= sentence.start < e for s, e in quoted_spans)
                or sentence.start < len(ctx.article.title) + 2 and text.startswith(ctx.article.title)
                or not shown_alone(shown, ctx) or not 6 <= len(shown.split()) <= MAX_WORDS
                or not shown.endswith((".", "!"))):
            continue
        if any(w.lower() in ANY_JUDGING for w in re.findall(r"[A-Za-z-]+", shown)):
            continue  # "more decisively than any": a judgement beside the record, and "only a view" would hold too
        claim = found.group("claim")
        answer = "It could be checked against records of the past, but the sentence gives no figure for it"
        view = f"It cannot be checked: it is only {who}'s opinion"
        shown_already = "It is already checked: the sentence gives the figures that prove it"
        forecast = "It is a forecast, so no one can check it yet"
        yield Candidate(
            choice(
                ctx, answer, [view, shown_already, forecast], id=f"record-claim-{slugify(shown, 24)}",
                skill="fact-vs-opinion",
                prompt=f"{as_said(shown, ctx)} Could a {'listener' if ctx.kind.kind == 'speech' else 'reader'} check this claim?",
                evidence=sentence.text,
                explanation=(f"“{claim}” compares with earlier years: figures kept over the years could show "
                             f"whether it is true, so it is a claim of fact, not only a view. But the sentence itself "
                             f"gives no figure and no source for it: to check it, {audience(ctx)} must find those records."),
                feedback={view: f"“{claim}” can be measured: records of earlier years could show whether it is true.",
                          shown_already: "The sentence gives no figure at all: it states the record without showing it.",
                          forecast: "It says what is or was the case, not what will happen."},
                template="record-claim",
            ),
            0.75, f"opinion:{sentence.start}",
        )


# Words that make a sentence a guess or a demand rather than a claim of what is.
NOT_NOW = re.compile(r"\b(?:may|might|could|should|must|if|perhaps|probably|possibly)\b|\?", re.IGNORECASE)


# "should have been chosen": what ought to have been; "would have been a perfect fit", "we
# could've scored three": what might have been, had things gone otherwise. Neither happened,
# so no record settles either. "could have" only after a person ("which could have
# contributed" guesses at what did happen); "might have" is mostly such a guess. A past
# participle must follow: "parents should have the right" says what ought to be now. "She
# would have turned 90 today" is a date a record can settle.
WHAT_IF = re.compile(
    r"\b(?:(?P<ought>should(?:n[’']t| not)? ?(?:have|[’']ve))|would(?:n[’']t| not)? ?(?:have|[’']ve)|"
    r"(?:I|we|you|he|she|they) could(?:n[’']t| not)? ?(?:have|[’']ve)) (?:\w+ly )?(?!(?:turned|celebrated|marked|been \d+)\b)(?P<verb>been|\w+(?:ed|en)|"
    r"done|gone|made|had|got|won|lost|seen|known|thought|said|paid|put|kept|left|felt|told|held|built|brought|bought|"
    r"sent|spent|met|come|become|begun|chosen|stood|sold)\b", re.IGNORECASE)
# "We should have said so", "our office should have checked": the speaker's own side owning a
# fault. That is an admission against itself, not a view to weigh by what the speaker stands to gain.
OWN_SIDE_BEFORE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur(?! (?:opponents?|rivals?|critics?|enemies|enemy)\b)(?: [\w-]+){1,2})\s+$")
# A whole clause of a quoted sentence: a dash or a semicolon ends it, and a second claim after
# it ("— even the minister said so") could be checked.
CLAUSE_END = re.compile(r"\s+[—–]\s+|;\s+")


def what_if(ctx: Context) -> Iterator[Candidate]:
    """'What kind of claim is this?' for a quoted sentence in which a named person says what
    should or could have happened ("Houston should have been selected", "we could've scored
    three"): a view of something that did not happen, which no record can settle, not a fact
    that could be checked nor a forecast. The key names the speaker, so two speakers' views
    are two questions."""
    for name, sentence, part in quoted_sentences(ctx):
        found = WHAT_IF.search(part)
        if found is None:
            continue
        cut = CLAUSE_END.search(part)
        if cut and cut.start() > found.end():
            part = part[:cut.start()]
        elif cut:
            continue  # the view stands after a first claim: the clause alone would not be whole
        if (not shown_alone(part, ctx, named_speaker=True) or not 6 <= len(part.split()) <= MAX_WORDS
                or "?" in part or INNER_QUOTE_MARK.search(part)):
            continue
        if any(w.lower() in ANY_JUDGING for w in re.findall(r"[A-Za-z-]+", part)):
            continue  # "it would have been an excellent result": the view lies in the judging word, not the "would have"
        if re.match(r"you could", found.group(0), re.IGNORECASE):
            continue  # "Three years ago you could have stepped across this": how things were, anyone's to see
        ought = found.group("ought") is not None
        if ought and OWN_SIDE_BEFORE.search(part[:found.start()]):
            continue  # an admission of the speaker's own side's error, not a claim against others
        phrase = found.group(0)
        # The view itself, from the comma before it to the next: "Seattle would have been a perfect
        # fit" in a sentence that also says what the 747 did, which a record could confirm.
        claim = re.split(r",\s+", part[found.start():])[0].rstrip(".!")
        claim = part[part.rfind(", ", 0, found.start()) + 2 if ", " in part[:found.start()] else 0:found.start()] + claim
        about = "this" if claim == part.rstrip(".!") else quoted(claim)
        answer = (f"{name}'s view of what ought to have happened: no record can settle it" if ought else
                  f"{name}'s view of what might have been: no record can settle it")
        fact = "A fact about what happened, which a record could confirm"
        forecast = "A forecast of what will happen next"
        in_quotes = "A fact: it is in quotation marks, so it must be true"
        wrong = [fact, forecast] + ([in_quotes] if ctx.kind.kind != "interview" else [])  # an answer has no marks
        yield Candidate(
            choice(
                ctx, answer, wrong, id=f"what-if-{slugify(part, 24)}", skill="fact-vs-opinion",
                prompt=f"{says(name, part)} What kind of claim is {about}?",
                evidence=sentence.text,
                explanation=(f"“{phrase}” speaks of something that did not happen. "
                             + ("It says what should have been done instead: that is a judgement. "
                                if ought else "It guesses at what would have come of other choices or chances. ")
                             + f"No count or record can show it, so it rests on {name}'s judgement, not on a fact "
                               f"a record could confirm. {audience(ctx).capitalize()} can weigh it as the view of "
                               "one person, and ask what stake that person has in the outcome."),
                feedback={fact: f"“{phrase}” is about something that did not happen; a record shows only what did.",
                          forecast: f"“{phrase}” looks back at what "
                                    f"{'ought to have been' if ought else 'was possible'}, not ahead at what is to come.",
                          **({in_quotes: f"The quotation marks show only that these are {name}'s own words, not that "
                                         "what they say is true."} if in_quotes in wrong else {})},
                template="what-if",
            ),
            0.75, f"opinion:{sentence.start}",
        )


INNER_QUOTE_MARK = re.compile(r"[“”\"]")


def says(name: str, part: str) -> str:
    """'Ann Lee says: “...”.' for a quoted sentence, or the part of one that ends at a dash."""
    return f"{name} says: {quoted(part)}{'' if part.endswith(('.', '!')) else '.'}"


def quoted_sentences(ctx: Context) -> Iterator[tuple[str, Sentence, str]]:
    """Each sentence of a named person's own words, once: the part of it inside a direct
    quotation, or an interview answer; with the person's name and the whole sentence."""
    text = ctx.article.text
    lines = [(q.data["speaker"]["name"], q) for q in ctx.of_kind("quote")
             if q.data.get("direct") and (q.data.get("speaker") or {}).get("named")
             and q.data["speaker"].get("kind") == "person"]
    lines += [(voice_of(f), f) for f in ctx.of_kind("statement") if voice_of(f) != "the writer"]
    seen = set()
    for name, fact in lines:
        for sentence in ctx.article.sentences:
            start, end = max(sentence.start, fact.start), min(sentence.end, fact.end)
            if end - start >= 10 and sentence.start not in seen:
                seen.add(sentence.start)
                yield name, sentence, display(text[start:end]).strip(" “”\"‘’").rstrip(",")
