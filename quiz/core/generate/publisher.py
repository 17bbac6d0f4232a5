"""Questions on a text its publisher wrote about its own work (a press release, a fact
sheet, a government statement): who published it and what stake they have, and which part
of its praise of itself an independent source could check; and a story put together from
other outlets' reports, which its list of sources shows."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from typing import NamedTuple

from quiz.core.domain import Question
from quiz.core.facts.kind import (
    BYLINE, EMPLOYER, END_MATTER, FOR_MORE, HEADER, INSTITUTION_WE, OFFICIAL_VERB, OWN_POSSESSIVE, POST, READOUT, RELEASE, STAFF_POST,
    TAGLINE, TITLE_ONLY, closing_paragraphs, issued_by, own_people, rebuttal, signature,
)
from quiz.core.generate.common import (
    Candidate, Context, capitalise, choice, display, or_list, possessive, quoted, self_contained, slugify,
)

# The legal suffix of a company's name: "Norvale Energy Systems, Inc."
LEGAL_SUFFIX = r"(?:Inc|Corp|Ltd|LLC|plc|Co)"
# A body that can publish a text about itself.
BODY = re.compile(
    # A name may hold a small word between its capitals: "Homes for All Coalition", not "All Coalition";
    # "Friends of the Earth Trust".
    # "Norvale Energy Systems, Inc.": the comma before a legal suffix stays inside the name.
    rf"\b(?:[Tt]he\s+)?((?:[A-Z][\w.’'&-]*(?:,(?=\s+{LEGAL_SUFFIX}\b))?\s+(?:(?:for|of|and)\s+(?:the\s+)?(?=[A-Z]))?){{0,4}}(?:Administration|administration|White House|"
    r"Department(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w]*\s*)+(?:and\s+(?:[A-Z][\w]*\s*)+)?)?|"
    r"Ministry(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w]*\s*)+(?:and\s+(?:[A-Z][\w]*\s*)+)?)?|Agency|Office|Council|Commission|"
    r"United States|Government|Company|Corporation|Institute|Embassy|Bureau|Board|Authority|Service|Foundation|Association|"
    r"University(?:\s+of\s+(?:the\s+)?[A-Z][\w]*(?:\s+[A-Z][\w]*)?)?|Committee|Inc|Corp|Ltd|LLC|plc|Bank|Library|Trust|Society|Fund|Charity|Network|Alliance|Coalition|Museum|"
    r"Hospital|Centre|Center|Union|Federation|College))\b"
)
FIRST_PERSON = re.compile(r"\b(?:We|we|our|Our|us)\b")


# A sign at least this sure settles who published the text (the worth a question needs to
# be asked on its own); a weaker one only points to the body.
SETTLES = 0.7


class Publisher(NamedTuple):
    name: str  # "the Department of State"
    evidence: str  # the passage that shows the text is theirs
    shown_by: str  # how it shows it, for the explanation
    unlike: str  # what a news report would not do, for the feedback: "call the Department of State “we”"
    # How sure the sign is: a heading or "we" settles it. Below SETTLES, it only points to the
    # body (praise in the text's own words, its website): enough to read the text as the body's
    # account, not to ask who published it, nor to call the people it quotes the publisher's.
    sure: float = 0.95
    reporter: str = ""  # the feedback for the reporter, where the sign is one a news report could also show


def publisher_stake(ctx: Context) -> Iterator[Candidate]:
    """'Who published this text, and what should a reader keep in mind?' for a press
    release, fact sheet or statement, when a passage shows who speaks in it: a heading,
    "the White House is announcing" in the present, or "we" for the body in the text's own
    words. A news report about a body is not a release (facts/kind.py), and a sentence a
    reporter could write ("Today, the Council announced", "the Trust today launches"),
    praise of the body in the text's own words, the reader sent to its website, or a count
    of sentences that name a body, does not settle it. The stake
    the choices and feedback teach is the one the text shows (stake_of): it accuses another
    side, it claims credit for money or a policy, or it tells of its own work."""
    if ctx.kind.kind != "press-release":
        return
    publisher = find_publisher(ctx)
    if publisher is None or publisher.sure < SETTLES:
        return  # a campaign, a party or a news report could write the text as it stands
    if re.fullmatch(rf"(?:the )?{LEGAL_SUFFIX}\.?", publisher.name):
        return  # a legal suffix cut from its name names no one
    name, stake = publisher.name, stake_of(ctx, publisher.name)
    answer, distractors, lesson, feedback = _STAKES[stake.kind](name, stake)
    # The first wrong choice is always a reporter: the sign that shows who wrote the text says why not.
    # Whom it quotes is not told here: that its people work for it is the key of the question
    # on each of them (interested-source), and no question prints another's key.
    feedback = [publisher.reporter or f"A news report would not {publisher.unlike}; here {name} speaks for itself.", *feedback]
    yield Candidate(
        choice(
            ctx, answer, distractors, id="publisher-stake", skill="context",
            prompt="Who published this text, and what should a reader keep in mind?",
            evidence=publisher.evidence,
            explanation=(f"{capitalise(publisher.shown_by)}: this is {name} speaking for itself, as a press release, "
                         f"fact sheet or statement does. {lesson}"),
            feedback=dict(zip(distractors, feedback)),
            template="publisher-stake",
        ),
        publisher.sure, "publisher", answered_by=functools.partial(names_as_author, name),
    )


# A person's post as the article gives it beside their name, after any degrees: "Sara Kim,
# MD, of NIA's Division of Brain Research", "Ann Lee of the university's School of Chemistry".
_DEGREES = r"(?:(?:[A-Z][A-Za-z]?\.?){1,4},\s*)*"
_POST_AFTER = r"(?:,\s*" + _DEGREES + r"|\s+(?=(?:of|at)\s))(?P<post>[^,.;:“”\"()]{3,100}?)(?=\s*[,.;:“”\"()]|$)"


def posts_beside(text: str, name: str) -> list[str]:
    """Every post the text gives a person right after their name."""
    return [m.group("post") for m in re.finditer(re.escape(name) + _POST_AFTER, text)]


# The writer and the post, from the closing line: "Ann Lin is the mayor of Riverton."
WRITER_POST = re.compile(r"^((?:[A-Z][\w.’'-]+\s+){0,2}[A-Z][\w’'-]+) (?:is|serves as) ((?:the |a |an )?[^.!?\n]{3,140})\.$")


WRITER_BYLINE = re.compile(r"^By ((?:[A-Z][\w.’'-]+\s+){1,3}[A-Z][\w’'-]+),\s+(?:the\s+)?([^.!?]{3,100})$")


def writer_stake(ctx: Context) -> Iterator[Candidate]:
    """'Who wrote this piece, and what should a reader keep in mind?' of an opinion piece
    that ends by naming its writer and a post that gives them a side ("Ann Lin is the mayor
    of Riverton."): the piece is the case of someone with a part in the matter, in their own
    words, not a report. The op-ed counterpart of publisher_stake."""
    if ctx.kind.kind != "opinion":
        return
    text = ctx.article.text
    signed = signature(text, ctx.article.paragraphs)
    for paragraph in ctx.article.paragraphs[-2:]:
        line = text[paragraph.start : paragraph.end].strip()
        found = WRITER_POST.match(line) if TAGLINE.match(line) else None
        if found and POST.search(found.group(2)):
            name, post, shown, where = found.group(1), found.group(2), "ends by saying who wrote it", "the last line"
            break
    else:
        # A by-line that gives the writer's post: "By Angela Ruiz, Secretary of Education".
        heads = (text[p.start : p.end].strip() for p in ctx.article.paragraphs[:4])
        byline = next((b for h in heads if (b := WRITER_BYLINE.match(h)) and POST.match(b.group(2))), None)
        if signed is None and byline is None:
            return
        if signed is not None:
            name, post, line, shown, where = signed.name, signed.post, text[signed.start : signed.end], "is signed", "the signature"
        else:
            name, post, line, shown, where = byline.group(1), byline.group(2), byline.group(0), "gives its writer in its by-line", \
                "the by-line"
        if POST.match(post) and not post.split()[0].isupper():
            post = post[0].lower() + post[1:]  # "Mayor of Riverton" -> "mayor of Riverton"; not "Riverton Mayor", "CEO"
    answer = f"{name}, {short_post(post)}, arguing their own case: someone with a side, not a neutral reporter"
    distractors = ["A reporter for the paper, giving both sides of the story",
                   "The paper's editors, speaking for the paper",
                   "An expert the paper asked to check the facts, with no side of their own"]
    yield Candidate(
        choice(
            ctx, answer, distractors, id="writer-stake", skill="context",
            prompt="Who wrote this piece, and what should a reader keep in mind?",
            evidence=line,
            explanation=(f"The piece {shown}: {name}, {post}. It speaks as “I” and argues a view, so it "
                         f"is an opinion piece, not a news report. Someone who is {short_post(post)} has a side in public matters and "
                         "reasons to argue for it; the piece gives that case, and its facts need checking elsewhere."),
            feedback={distractors[0]: f"A reporter does not write as “I” to argue a view; {where} names {name} as the writer.",
                      distractors[1]: f"{capitalise(where)} names the writer: {name}, {post}, not the paper's editors.",
                      distractors[2]: f"{name} is {short_post(post)}, with a side in public matters, and the piece argues a view rather "
                                      "than checking one."},
            template="writer-stake",
        ),
        0.8, "publisher",
    )


def short_post(post: str) -> str:
    """A writer's post as a choice can carry it: without what follows a comma ("the director
    of Shelter Now, a charity that helps ..."), and of two posts joined by "and" the shorter
    that gives a side ("the Member of Parliament for Harlow South and the Minister for School
    Standards" -> "the Minister for School Standards")."""
    post = post.split(", ")[0]
    posts = [p for p in re.split(r"\s+and\s+(?=(?:the|an?)\s)", post) if POST.search(p)]
    return min(posts, key=len) if posts else post


# Words that, beside a body's name, make it the text's author: "which published the
# release", "the Department of State's own judgement", "a charge the Administration makes".
AUTHOR_WORDS = re.compile(r"\b(?:publish\w*|release|statement|fact sheet|wr[io]te|written|writer|opinion|"
                          r"own (?:judgement|view|words|account|side|voice)|makes? against)\b", re.IGNORECASE)


def names_as_author(publisher: str, other: Question) -> bool:
    """Whether `other`, in its own words (not the article's, which it quotes), names
    `publisher` as the one who wrote or published the text: a pack holding it beside the
    publisher question asks a question it has already answered."""
    for text in (other.prompt, other.explanation, *map(str, other.choices), *map(str, other.feedback.values())):
        for sentence in re.split(r"(?<=[.!?:;])\s+", re.sub(r"“[^”]*”", "…", text)):
            if AUTHOR_WORDS.search(sentence) and (_names(publisher, sentence) or publisher.lower() in sentence.lower()):
                return True
    return False


class Stake(NamedTuple):
    kind: str  # "accuses", "rebuts", "condemns", "credit" or "own-work"
    sign: str  # the words that show it: "condemns", "$8 billion in LIHEAP funding"
    target: str = ""  # whom it accuses: "Russia"
    answered: bool = False  # the text reports the target's denial, in its own words


# A publisher charging another side, in its own voice: "condemns", "accuses", "violation".
ACCUSES = re.compile(
    r"\b(?:condemns?|condemned|denounces?|denounced|accuses?|accused|deplores?|violat(?:es?|ed|ions?)|aggression|"
    r"disinformation|propaganda|atrocit(?:y|ies)|war crimes?|hold\w* (?:\w+ ){1,3}accountable)\b")
# Whom it charges: the name right after the verb, or whose act it condemns ("Russia's").
TARGET = re.compile(
    r"\b(?:condemns?|condemned|denounces?|denounced|accuses?|accused|deplores?|calls? (?:on|upon))\s+"
    r"(?:in the strongest (?:possible )?terms\s+)?((?:the\s+)?(?:[A-Z][\w-]*\s?){1,4}?)(?:’s|'s|\s+(?:of|to|for)\b)")
CONDEMNS = re.compile(r"\b(?:(?:strongly |firmly |unreservedly )?(?:condemns|denounces|deplores)|"
                      r"condemns? in the strongest (?:possible )?terms)\b")
DENIES = re.compile(r"\b(?:den(?:y|ies|ied)|rejects?|rejected|disputes?|disputed|dismiss(?:es|ed)?)\b")
# Money or a policy the publisher says it gives: "$8 billion in LIHEAP funding", "committed $20 million".
CREDIT = re.compile(
    r"\b(?:deliver(?:ed|s)?|provid(?:ed|es|ing)|commit(?:ted|s)?|award(?:ed|s)?|allocat(?:ed|es)|invest(?:ed|s|ing)|"
    r"fund(?:ed|s|ing)|mobiliz(?:ed|es|ing)|mobilis(?:ed|es|ing)|grants?|assistance)\b[^.;]*?\$\s?\d[\d.,]*(?:\s+(?:million|billion))?|"
    r"\$\s?\d[\d.,]*(?:\s+(?:million|billion))?\s+(?:in\s+)?(?:[\w-]+\s+){0,3}?(?:funding|assistance|aid|grants?|investment)\b")


def stake_of(ctx: Context, name: str) -> Stake:
    """What the text shows of its publisher's stake, from its own sentences (not quotations):
    two or more that charge another side, which it names at least as often as itself, make it
    one side of a dispute; one that gives a sum the publisher provides or funds claims credit;
    else it tells of its own work."""
    own = [s.text for s in ctx.article.sentences if not _quoted(s.text)]
    charges = [s for s in own if ACCUSES.search(s)]
    # Whom it charges may be named where it demands ("We call on Russia to halt ..."), not
    # only beside the words of the charge.
    targets = Counter(t for s in own for t in _targets(s, name))
    # Sure only of a dispute with someone it names in more than one sentence: "hold criminals
    # accountable" in a release on crime is no dispute.
    target = next((t for t, _ in targets.most_common() if sum(t.removeprefix("the ") in s for s in own) >= 2), "")
    # A dispute only where the text is mostly about the side it charges: a release that tells
    # of its own work in most of its sentences and charges someone in two keeps its own stake.
    about_it = sum(target.removeprefix("the ") in s for s in own) if target else 0
    about_self = sum(bool(_names(name, s) or FIRST_PERSON.search(s)) for s in own)
    if len(charges) >= 2 and target and about_it >= about_self:
        answered = any(target.removeprefix("the ") in s and DENIES.search(s) for s in own)
        return Stake("accuses", ACCUSES.search(charges[0]).group(0), target, answered)
    denial = next((d for s in own if (d := rebuts(s, name))), None)
    if denial:
        return Stake("rebuts", denial.group(0))
    # It condemns in its own voice ("The Ministry strongly condemns the missile strike"),
    # naming no side to charge: a statement on a conflict, one side's account of it, whatever
    # money it also says it gives.
    condemned = next((c for s in own if (c := CONDEMNS.search(s))), None)
    if condemned:
        return Stake("condemns", condemned.group(0))
    for sentence in own:
        money = CREDIT.search(sentence)
        if money and (_names(name, sentence) or FIRST_PERSON.search(sentence)):
            return Stake("credit", money.group(0).strip())
    return Stake("own-work", "")


def _targets(sentence: str, publisher: str) -> Iterator[str]:
    for match in TARGET.finditer(sentence):
        target = " ".join(match.group(1).split())
        if target.removeprefix("the ") not in ("We", "United States") and target not in publisher \
                and not BODY.fullmatch(target.removeprefix("the ")):
            yield target


def _accuses(name: str, stake: Stake) -> tuple[str, list[str], str, list[str]]:
    other = stake.target
    distractors = [
        "A news reporter writing about the dispute from the outside",
        "A neutral body that investigated the charges and found them true",
        f"{capitalise(other)}, answering the charges made against it",
    ]
    answer = ("reported only in its accuser's words" if stake.answered else "not in the text")
    lesson = (f"It charges {other} (“{stake.sign}”): {name} is on the other side of a dispute with {other}, not a "
              f"neutral judge, and {possessive(other)} answer is "
              f"{answer}, so its charges need checking by outside sources, such as independent investigators "
              "or reporters on the ground.")
    feedback = [
        f"The text gives {possessive(name)} own charges; it does not say that any neutral body investigated them.",
        f"The text accuses {other}; it gives {possessive(other)} side only as {name} reports it." if stake.answered
        else f"The text accuses {other}; it does not give {possessive(other)} side.",
    ]
    return f"{capitalise(name)}, speaking for itself as one side in a dispute, so its charges need outside checks", \
        distractors, lesson, feedback


def _credit(name: str, stake: Stake) -> tuple[str, list[str], str, list[str]]:
    distractors = [
        f"A news reporter writing about {name} from the outside",
        "An independent group that checked how the money was spent",
        f"A critic of {name}, pointing out what went wrong",
    ]
    lesson = (f"It claims the credit for money (“{stake.sign}”). A publisher wants credit for what it funds, so "
              "whether the money arrives and what it achieves need checking against independent sources.")
    feedback = [
        f"The text claims credit for money; it does not say that anyone outside {name} checked how it was spent.",
        f"The text gives {possessive(name)} side, not a critic's: it claims credit for the money.",
    ]
    return f"{capitalise(name)}, speaking for itself, so it claims the credit for the money it gives", \
        distractors, lesson, feedback


def _own_work(name: str, stake: Stake) -> tuple[str, list[str], str, list[str]]:
    distractors = [
        f"A news reporter writing about {name} from the outside",
        f"An independent group that checked what {name} did",
        f"A critic of {name}, pointing out what went wrong",
    ]
    lesson = ("It gives its own account, so it has reason to show itself well: its claims and its figures need "
              "checking against independent sources.")
    feedback = [
        f"The text gives {possessive(name)} own account; it does not say that anyone outside {name} checked it.",
        f"The text gives {possessive(name)} own account, not a critic's.",
    ]
    return f"{capitalise(name)}, speaking for itself, so it gives its own side", distractors, lesson, feedback


def _rebuts(name: str, stake: Stake) -> tuple[str, list[str], str, list[str]]:
    distractors = [
        f"A news reporter weighing the reports about {name} from the outside",
        f"An independent body that investigated the reports about {name}",
        f"The critics who made the reports about {name}",
    ]
    lesson = (f"It answers reports that criticise it (“{stake.sign}”): it is one side of the dispute, so its denial "
              "needs checking against the evidence in the reports and against independent sources.")
    feedback = [
        f"The text gives {possessive(name)} answer; it does not say that any independent body investigated the reports.",
        f"The text rejects the reports; the critics' side is given only as {name} describes it.",
    ]
    return f"{capitalise(name)}, answering reports about itself, so it gives its own side", distractors, lesson, feedback


def _condemns(name: str, stake: Stake) -> tuple[str, list[str], str, list[str]]:
    distractors = [
        f"A news reporter writing about {name} from the outside",
        "A neutral body that investigated what happened and set out the facts",
        f"A critic of {name}, pointing out what it did wrong",
    ]
    # Not "one side" of the conflict: a government may condemn an attack between others.
    lesson = (f"It condemns what happened (“{stake.sign}”): a statement gives its publisher's own account, in words "
              "chosen to show where it stands. Its figures, and its own words for what happened, need checking against "
              "independent sources, such as investigators or reporters on the ground.")
    feedback = [
        f"The text gives {possessive(name)} own account; it does not say that any neutral body investigated what happened.",
        f"The text gives {possessive(name)} side, not a critic's: it is {name} that condemns.",
    ]
    return f"{capitalise(name)}, speaking for itself, so its account needs outside checks", \
        distractors, lesson, feedback


_STAKES = {"accuses": _accuses, "rebuts": _rebuts, "condemns": _condemns, "credit": _credit, "own-work": _own_work}


def _head(name: str) -> str:
    """The word a body goes by: "Ministry of Foreign Affairs" and "Ministry" are one body."""
    return re.split(r"\s+of\s+", name)[0].split()[-1]


def speaks_for_publisher(ctx: Context, description: str) -> bool:
    """Whether a person quoted in a body's own text is one of its officers ("chief executive
    of the Warm Homes Trust", "the company's head of sales"): in its own text they speak
    for it, so their words are its own, not a voice the writer passes on."""
    if ctx.kind.kind != "press-release" or not STAFF_POST.search(description):
        return False
    if OWN_POSSESSIVE.match(description) or TITLE_ONLY.match(description):
        return True
    employer = EMPLOYER.search(description)
    if employer and (employer.group("of") or employer.group("before")) in ctx.article.title:
        return True  # the body the headline is about: "director of the Northgate Shelter"
    publisher = find_publisher(ctx)
    bare = (publisher.name if publisher else _main_body(ctx)).removeprefix("the ")
    return bool(bare) and (bare in description or bool(re.search(rf"\b[Tt]he {re.escape(_head(bare))}\b", description)))


def rebuts(sentence: str, name: str) -> re.Match | None:
    """A rebuttal of reports about the publisher called `name` (kind.rebuttal)."""
    bare = name.removeprefix("the ")
    return rebuttal(sentence, lambda claim: bare in claim or re.search(rf"\b{re.escape(_head(bare))}\b", claim))


# An announcement made in the text's own voice, in the present, as only the announcer says
# it: "the White House is announcing", "is pleased to announce". "Today, the Council
# announced" is not one: a reporter writes the same sentence.
ANNOUNCING = re.compile(r"\b(?:is|are) (?:now )?announcing\b|\b(?:is|are) (?:pleased|proud|delighted) to announce\b")
# "The Trust today launches its appeal": a news lede can say the same ("Trust launches
# appeal"), so the present tense alone shows nothing; with "we" or "our" in the text's own
# words, that is the sign.
TODAY_PRESENT = re.compile(r"\b(?:announces|launches|unveils|opens|publishes) today\b|"
                           r"\btoday (?:announces|launches|unveils|opens|publishes|sets out)\b")
# A heading that names who makes the statement: "Statement from the City of Harwick on ...".
STATEMENT_BY = re.compile(r"^(?:(?:Joint|Press|Media|Official)\s+)?[Ss]tatement\s+(?:from|by)\s+(?P<who>(?:the\s+)?[A-Z][\w.’'&-]*"
                          r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.’'&-]*|\s+[A-Z][\w.’'&-]*){0,5})")
# A town or a region that speaks as a body: "the City of Harwick", "Kent County".
PLACE_BODY = re.compile(r"(?:the\s+)?(?:City|Town|County|Borough|Village|District|Province|State|Region|Municipality)\s+of\s+"
                        r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?")
# A company named with its stock-market code, as only its own release does: "(NASDAQ: ACME)".
TICKER = re.compile(r"\((?:NASDAQ|NYSE|Nasdaq|LSE|TSX|ASX)\s?:\s?[A-Z.]{1,6}\)")
# Words that say someone else speaks: a sentence with one is not the text's own praise.
SAYS = re.compile(r"\b(?:said|says|told|according to|claims?|claimed)\b")


# "The following is attributable to Department of State Spokesperson Jane Roe:"
ATTRIBUTABLE = re.compile(r"\b(?:is|are) attributable to (?:the )?(?P<body>[A-Z][^:]{2,80}?)(?:['’]s)?\s+"
                          r"(?:[Dd]eputy |[Cc]hief |[Pp]rincipal )?(?:[Ss]pokes(?:person|man|woman)|[Pp]ress [Ss]ecretary)\b")


# A release's headline, with its publisher first: "Greenway Energy reports ...", "Acme opens ...".
HEADLINE_ACTOR = re.compile(r"^((?:[A-Z][\w.&’'-]*\s+){0,3}[A-Z][\w.&’'-]*) (?:reports|announces|launches|opens|unveils|releases|"
                            r"welcomes|names|appoints|expands|celebrates|marks|introduces|completes|wins|signs)\b")


def find_publisher(ctx: Context) -> Publisher | None:
    """The body that wrote the text, with the passage that shows it: a heading near the top,
    a by-line, the body announcing something in the present, "we" in a sentence that names
    it or follows one that does, or the text praising the body's work in its own words. A
    sentence a reporter could write as it stands, or a count of sentences that name a body,
    shows nothing."""
    article = ctx.article
    text = article.text
    main = _main_body(ctx) or _about_body(ctx)
    heads = [text[p.start : p.end].strip() for p in article.paragraphs[:5] if p.end - p.start <= 120]
    # A heading that names the body the statement is from, which the text names again ("the City").
    named = STATEMENT_BY.match(heads[0]) if heads and article.paragraphs[0].end - article.paragraphs[0].start <= 120 else None
    who = named.group("who") if named else ""
    if who and (BODY.fullmatch(who) or PLACE_BODY.fullmatch(who)) \
            and len(re.findall(rf"\b{re.escape(who.removeprefix('the ').split()[0])}\b", text)) >= 3:
        name = _the(who.removeprefix("the ").removeprefix("The "))
        return Publisher(name, heads[0], f"the heading (“{heads[0]}”) names {name} as the one who makes the statement",
                         f"be headed “{heads[0]}”")
    for paragraph in article.paragraphs[:5]:
        head = text[paragraph.start : paragraph.end]
        if len(head) <= 120 and HEADER.match(head.strip()) and main:
            word = HEADER.match(head.strip()).group(0)
            return Publisher(main, head, f"the heading (“{word}”) shows what kind of text it is", f"be headed “{word}”")
    if not main and any(HEADER.match(h) for h in heads):
        # A release's headline names its publisher as the one who acts: "Greenway Energy reports record output".
        for head in heads:
            actor = HEADLINE_ACTOR.match(head)
            if actor and len(head) <= 120 and text.count(actor.group(1)) >= 2:
                name = _the(actor.group(1)) if BODY.fullmatch(actor.group(1)) else actor.group(1)  # "the Food Bank", "Acme"
                word = HEADER.match(next(h for h in heads if HEADER.match(h))).group(0)
                return Publisher(name, head, f"the heading (“{word}”) shows what kind of text it is, and its headline "
                                             f"names {name} as the one who acts", f"be headed “{word}”")
    for paragraph in [*article.paragraphs[:5], *closing_paragraphs(article)]:
        # A line that says who put the text out: "Issued by the Ministry of Health".
        line = text[paragraph.start : paragraph.end].strip()
        issuer = issued_by(line) if len(line) <= 160 else ""
        if issuer:
            name = f"the {issuer}" if re.search(rf"\b[Tt]he {re.escape(issuer)}", line) or re.match(
                r"(?:Ministry|Department|Office|Bureau|Agency|Council|Commission|Embassy|Government)\b", issuer) else issuer
            return Publisher(name, line, f"the line “{line}” names {name} as the one who put the text out",
                             f"carry the line “{line}”")
    for paragraph in article.paragraphs[:5]:
        # A readout or statement gives whose words it is: "The following is attributable to
        # Department of State Spokesperson Jane Roe:"; the spokesperson speaks for that body.
        line = text[paragraph.start : paragraph.end].strip()
        credited = ATTRIBUTABLE.search(line) if len(line) <= 160 else None
        body = credited and BODY.fullmatch(credited.group("body"))
        if body:
            name = _the(body.group(1))
            return Publisher(name, line, f"the text says its words are those of a spokesperson for {name}",
                             f"give its words as those of a spokesperson for {name}")
    for paragraph in article.paragraphs[:5]:
        byline = BYLINE.match(text[paragraph.start : paragraph.end].strip())
        if byline:
            name = _the(byline.group(1))
            return Publisher(name, byline.group(0), f"the by-line (“{byline.group(0)}”) names {name} as the writer",
                             f"carry the by-line “{byline.group(0)}”")
    # The end of a release ("###", "Media contact: ...") and the body it speaks for: the one
    # everyone it quotes works for, or the one that acts most in it.
    quotes = ctx.of_kind("quote")
    staff = own_people(quotes, text)
    owner = _the(staff) if staff and BODY.fullmatch(staff) else staff or main
    ends = [line for line in (text[p.start : p.end].strip() for p in closing_paragraphs(article))
            if len(line) <= 200 and END_MATTER.match(line)]
    # A line in words before a bare "###": the evidence a student can read, and where the text really ends.
    end = next((line for line in reversed(ends) if re.search(r"[^\W\d_]", line)), ends[-1] if ends else "")
    if end.endswith(":"):  # "Media Contact:" with the name and post on the lines after it
        after = [p for p in closing_paragraphs(article) if p.start >= text.rfind(end)][:3]
        end = text[after[0].start : after[-1].end] if after else end
    if end and owner and (staff or not FOR_MORE.match(end)):  # a local report may end "For more information, call ..."
        # Whom it quotes is left out of the reason: it proves nothing (a one-sided news report
        # quotes only one body's people too), and it would answer a question on those people.
        if not re.search(r"[^\W\d_]", end):
            return Publisher(owner, end, "the text ends with “###”, the mark that closes a press release",
                             "end with “###”", 0.9)
        return Publisher(owner, end, "the text ends with a line telling reporters whom to contact, as a press release "
                                     "does", "end by telling reporters whom to contact", 0.9)
    # Everyone it quotes working for one body is no sign on its own: a one-sided news report
    # does the same. Its own announcement "today", with the reader sent to its own website for
    # the rest in the text's own words, is one.
    pointer = _own_website(ctx, owner or main)
    if pointer is not None:
        return pointer
    # A readout: an official's talks told only in their own office's words, quoting no one.
    told = [s for s in article.sentences if READOUT.match(s.text) and not _quoted(s.text)]
    named = min((m.group(0).rsplit(" ", 1)[0].removesuffix(" also") for s in told
                 if (m := READOUT.match(s.text)) and not re.match(r"(?:The|Both|two) ", m.group(0))), key=len, default="")
    if len(told) >= 3 and named and not any(q.data.get("direct") for q in quotes):
        # The shortest name the text gives the official ("Secretary Lane"); the passage, one
        # that gives them by their title alone, as only their own office writes ("The Secretary thanked ...").
        shown = next((s.text for s in told if s.text.startswith("The ")), told[0].text)
        return Publisher(f"{named}'s office", shown, f"the text tells of {possessive(named)} talks only in the words of "
                                                     f"{possessive(named)} own side, quoting no one, as an official readout does",
                         "tell of the talks only in the official's own words, quoting no one", 0.85)
    # A rebuttal of reports about the body, in the text's own voice: "Claims that we hid ... are false".
    denial = next((s for s in article.sentences if main and not _quoted(s.text) and rebuts(s.text, main)), None)
    if denial:
        we = " and calls the accused “we”" if re.search(r"\b(?:we|our|us)\b", rebuts(denial.text, main).group("claim"),
                                                         re.IGNORECASE) else ""
        return Publisher(main, denial.text, f"the text says in its own voice that reports about {main} are false{we}",
                         f"answer reports about {main} in its own voice", 0.9)
    sentences = article.sentences
    headed = next((text[p.start : p.end].strip() for p in article.paragraphs[:5]
                   if len(text[p.start : p.end]) <= 120 and HEADER.match(text[p.start : p.end].strip())), "")
    ours = next((s for s in sentences if FIRST_PERSON.search(s.text) and not _quoted(s.text)), None)
    for sentence in sentences:
        today = TODAY_PRESENT.search(sentence.text)
        body = next((b for b in BODY.finditer(sentence.text) if today and b.start() < today.start()), None)
        if body and ours is not None and not _quoted(sentence.text):
            name = _the(body.group(1))
            words = re.search(r"\b(?:We|we|our|Our|us)\b(?: [\w’'-]+)?", ours.text).group(0)  # "our volunteers"
            return Publisher(name, ours.text, f"the text tells of {possessive(name)} work and, in its own words, not "
                                              f"inside a quotation, writes “{words}”",
                             f"write “{words}” for {name}", 0.9)
    for sentence in sentences:
        match = ANNOUNCING.search(sentence.text) or RELEASE.search(sentence.text) and TICKER.search(sentence.text)
        # The body that announces: the last one named before the verb, not one it announces about.
        bodies = [b for b in BODY.finditer(sentence.text) if match and b.start() < match.end()]
        if bodies and not _quoted(sentence.text):
            name = _the(bodies[-1].group(1))
            if TICKER.search(sentence.text):
                code = TICKER.search(sentence.text).group(0)
                return Publisher(name, sentence.text, f"the text names {name} with its stock-market code ({code}), as "
                                                      "a company's own release does", f"add the stock-market code {code}")
            verb = sentence.text[bodies[-1].start() : match.end()]
            # A clue, not a rule: a reporter could write the sentence, but would also quote others on it.
            if any(q.data.get("direct") for q in ctx.of_kind("quote")):
                return Publisher(name, sentence.text, f"the text says “{verb}”, in the present, as if making the "
                                                      "announcement itself", "make the announcement itself", 0.8)
            return Publisher(name, sentence.text, f"the text says “{verb}”, in the present, as if making the "
                                                  "announcement itself, and it quotes no one about it",
                             "make the announcement itself and quote no one about it")
    for sentence in sentences:
        ours = INSTITUTION_WE.search(sentence.text)
        if ours and not _quoted(sentence.text):  # "At the Riverton Library, we believe ..."
            name = _the(re.sub(r"^the ", "", ours.group("at") or ours.group("we_at")))
            return Publisher(name, sentence.text, f"the text says “{ours.group(0)}”, so {name} calls itself “we”",
                             f"use “we” for {name}")
    for index, sentence in enumerate(sentences):
        if not FIRST_PERSON.search(sentence.text) or _quoted(sentence.text):
            continue
        # The body must be what the sentence is about, its subject at the start: "The United
        # States condemns ... We call on ...", not a body someone else announces about; the
        # sentence that names it is the nearest before it in the paragraph, in the text's own words.
        here = BODY.match(sentence.text)
        before = next((b for b in reversed(sentences[:index]) if b.paragraph == sentence.paragraph and BODY.match(b.text)), None)
        there = BODY.match(before.text) if before is not None and not _quoted(before.text) else None
        if here or there:
            name = _the((here or there).group(1))
            # "We" is the passage that shows it; the sentence before, which names the body, is
            # left to the reader (and free for another question).
            word = FIRST_PERSON.search(sentence.text).group(0).lower()
            where = "this sentence" if here else "the sentence before" if before is sentences[index - 1] else "an earlier sentence"
            return Publisher(name, sentence.text, f"{where} names {name}, and the text calls it “{word}”",
                             f"use “{word}” for {name}")
    own = [s for s in sentences if not _quoted(s.text)]
    # A body that speaks in the present in two sentences or more: "The Ministry strongly
    # condemns ... The Ministry calls on ...", as no reporter writes it.
    voices = [_head(b.group(1)) for s in own if (b := BODY.match(s.text)) and OFFICIAL_VERB.match(s.text, b.end())]
    for sentence in own:
        # A body that speaks in the present in a heading's text, or one that also says "we":
        # "The Ministry of Foreign Affairs condemns ... We call on ..."
        body = BODY.match(sentence.text)
        voice = body and OFFICIAL_VERB.match(sentence.text, body.end())
        again = voice and voices.count(_head(body.group(1))) >= 2
        if voice and (headed or again or any(FIRST_PERSON.search(s.text) for s in own)):
            name = _the(body.group(1))
            spoken = sentence.text[: voice.end()].strip()
            if not headed and not any(FIRST_PERSON.search(s.text) for s in own):
                return Publisher(name, sentence.text, f"the text says “{spoken}”, in the present tense, and speaks so for "
                                                      f"{name} more than once with no one named who says it",
                                 f"speak as “{spoken}” with no one named who says it", 0.85)
            sign = f"the heading “{headed}”" if headed else "“we” in the text"
            return Publisher(name, sentence.text, f"{sign} and “{spoken}”, in the present tense, show it",
                             f"speak as “{spoken}”" + (f" under the heading “{headed}”" if headed else ""))
    if ctx.kind.kind != "press-release" or not main or any(RELEASE.search(s.text) or FIRST_PERSON.search(s.text) for s in own):
        return None  # someone else announces ("Today, Governor Park announced"), or a "we" no body owns: unsure
    # Praise of the body's work in the text's own words, with no one named who says it: a
    # reporter would give it to someone ("relentless efforts, the mayor said").
    for sentence in own:
        if SAYS.search(sentence.text) or not _names(main, sentence.text, alias=False):
            continue
        word = next((w for w in re.findall(r"[\w-]+", sentence.text) if w.lower() in PRAISE), "")
        if word:
            return Publisher(main, sentence.text, f"the text praises {possessive(main)} work in its own words "
                                                  f"(“{word}”), and names no one who says so",
                             f"praise {possessive(main)} work in its own words", 0.6)
    return None


# "today announced" (or "announced today") in the text's own voice.
TODAY_ANNOUNCED = re.compile(r"\b(?:today announced|announced today|today (?:unveiled|launched|released|awarded))\b")


def _own_website(ctx: Context, name: str) -> Publisher | None:
    """The body announces "today" in the text's own voice, and a sentence of the text's own,
    giving no one who says it, sends the reader to the body's website for the rest ("A full
    list is available on the Department's website"). A news report could write either one;
    both together, with nothing else that shows a reporter at work, point to the body's own
    release, so the feedback says what the text shows, not what a report could not do."""
    if not name:
        return None
    bare = name.removeprefix("the ")
    own = [s for s in ctx.article.sentences if not _quoted(s.text)]
    told = next((s for s in own if (t := TODAY_ANNOUNCED.search(s.text)) and _names(name, s.text[: t.start()], alias=False)),
                None)
    head = re.escape(re.split(r"\s+of\s+", bare)[0].split()[-1])  # "the Department's website"
    site = next((s for s in own if not SAYS.search(s.text) and re.search(
        rf"\b(?:available|published|posted|found|listed) (?:on|at) (?:the )?(?:{re.escape(bare)}|{head}|company)['’]s (?:own )?website\b",
        s.text)), None)
    if told is None or site is None:
        return None
    verb = TODAY_ANNOUNCED.search(told.text).group(0)
    return Publisher(name, site.text,
                     f"the text says “{verb}” and, in its own words, sends the reader to {possessive(name)} own website "
                     "for the rest, as a body's own announcement does",
                     "", 0.6,
                     reporter=f"A news report could retell the announcement, but nothing here shows a reporter at work: the "
                              f"text itself sends the reader to {possessive(name)} website, as {possessive(name)} own "
                              "release does.")


def _names(body: str, sentence: str, alias: bool = True) -> bool:
    """Whether a sentence names the body, or, for 'the Trump Administration', its President
    or the White House."""
    if any(_the(m.group(1)) == body for m in BODY.finditer(sentence)):
        return True
    if not alias:
        return False
    # The White House and the Administration are one executive, and one publisher (not
    # another President's Administration).
    executive = ("the White House", "the Administration", "the administration")
    if re.search(r"\b(?:White House|[Aa]dministration)$", body) and any(
            _the(m.group(1)) in executive for m in BODY.finditer(sentence)) or body in executive and any(
            re.search(r"[Aa]dministration$", m.group(1)) for m in BODY.finditer(sentence)):
        return True
    leader = re.match(r"the ((?:[A-Z][\w.’'-]*\s+)*?[A-Z][\w’'-]*) Administration$", body)
    return bool(leader and re.search(rf"\bPresident (?:[A-Z][\w.]*\s+)*{re.escape(leader.group(1))}\b", sentence))


def _quoted(sentence: str) -> bool:
    """Whether a sentence quotes someone: quotation marks around three words or more, or
    a quotation that opens or closes in another sentence; not a word set off in quotation
    marks ("so-called “filtration” camps"), which is the text's own."""
    marks = re.findall(r"[“”\"]", sentence)
    if "\"" not in marks and marks.count("“") != marks.count("”") or "\"" in marks and len(marks) % 2:
        return True
    return any(len(inside.split()) >= 3 for inside in re.findall(r"[“\"]([^”\"]*)[”\"]", sentence))


def _the(name: str) -> str:
    """'Department of State' -> 'the Department of State'; a company's or a person's name
    ('Acme Robotics Inc', 'President Biden') takes no 'the'. 'Norvale Energy Systems, Inc'
    -> 'Norvale Energy Systems': the comma sets the suffix apart, and the name is the words before it."""
    name = " ".join(name.split())
    suffixed = COMMA_SUFFIX.search(name)
    if suffixed:
        return name[: suffixed.start()]
    bare = name.startswith("President") or name.isupper() or re.search(r"\b(?:Inc|Corp|Ltd|LLC|plc)$", name)
    return name if bare else "the " + name


COMMA_SUFFIX = re.compile(rf",\s+{LEGAL_SUFFIX}\.?$")


# A release's closing lines on who put it out: "About Brightwell Foods", "Silver Friends is a
# registered charity founded in 2009."
ABOUT = re.compile(r"^(?:About (?:the )?(?P<heading>(?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*)$|"
                   r"(?:The )?(?P<name>(?:[A-Z][\w.&’'-]*\s+){0,4}[A-Z][\w.&’'-]*) is (?:a|an|the) )")


def _about_body(ctx: Context) -> str:
    """The body a release's closing lines are about, named three times or more in the text:
    the one it speaks for when no body acts most in it (a charity with a name of its own)."""
    text = ctx.article.text
    for paragraph in ctx.article.paragraphs[-6:]:
        about = ABOUT.match(text[paragraph.start : paragraph.end].strip())
        name = about and (about.group("heading") or about.group("name"))
        if name and len(re.findall(rf"\b{re.escape(name)}\b", text)) >= 3:
            return _the(name) if BODY.fullmatch(name) else name
    return ""


def _main_body(ctx: Context) -> str:
    """The body that acts most often in the text; the one its title names, or an
    Administration, first."""
    counts: Counter[str] = Counter()
    for sentence in ctx.article.sentences:
        for match in BODY.finditer(sentence.text):
            counts[_the(match.group(1))] += 1
    for name in counts:
        if "administration" in name.lower() or "White House" in name or name.removeprefix("the ") in ctx.article.title:
            counts[name] += 1000
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[0][1] < 1000 and ranked[0][1] < 2 * ranked[1][1]:
        return ""  # several bodies act in the text: no one of them clearly speaks
    return ranked[0][0]


# Words a publisher praises its own work with ("working tirelessly", "a strong partner"):
# judgements no record can confirm. General English, small; not words of size or novelty
# ("historic", "unprecedented"), which a reader could check against the record.
PRAISE = frozenset(
    """
    tirelessly tireless strong strongly robust crucial critical vital relentless relentlessly decisive decisively
    extraordinary bold boldly swift swiftly successful successfully effective effectively dedicated unwavering
    steadfast generous proud forward-leaning world-class outstanding excellent remarkable tremendous great
    """.split()
)
# Words a publisher blames the side it accuses with ("a reckless campaign"): judgements too.
BLAME = frozenset("reckless brutal unprovoked barbaric cynical shameful blatant callous cruel senseless heinous vicious".split())


# Something done that a record could show: a figure, a date, or a verb of doing in the past.
DONE = re.compile(r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|"
                  r"\b(?:has|have|had) (?:sent|provided|delivered|given|deployed|built|opened|hired|funded|signed|announced|"
                  r"committed|launched|completed|allocated|awarded|helped|supported)\b|"
                  r"\b(?:sent|provided|delivered|deployed|built|opened|hired|funded|signed|launched|completed|allocated|"
                  r"awarded|struck|attacked|shelled|killed|destroyed|seized|detained|bombed)\b")
# Something being done, which people on the spot could see: "is providing food", "is working
# tirelessly to provide consular assistance"; not a promise ("is committed to being").
DOING = re.compile(r"\b(?:is|are) (?:now )?(?:(?:providing|sending|deploying|delivering|supplying|distributing|hiring|"
                   r"building|repairing|rebuilding|testing|treating|evacuating)\b|working \w+ to (?:provide|deliver|send|"
                   r"supply|distribute|repair|rebuild|evacuate|treat)\b)")
# A claim about causes or proof: itself a judgement, not a record.
CAUSAL = re.compile(r"\b(?:proves?|proved|shows?|showed|because of|thanks to|due to|led to|resulted in)\b", re.IGNORECASE)


# A plan, up to the end of its clause: "will replace 12 miles of pipes next year".
FUTURE = re.compile(r"\b(?:will|plans? to|is going to|are going to)\b[^,;.]*")


def checkable_part(ctx: Context) -> Iterator[Candidate]:
    """'Which part of this sentence could an independent source check?' for a sentence in
    which the publisher reports its own work with one word of praise ("The Department of
    State is working tirelessly to provide consular assistance"), or, in a statement that
    accuses another side, that side's acts with one word of blame ("its forces have struck
    the port four times in a reckless campaign"): what was done can be checked; the praise
    or blame is the publisher's own."""
    if ctx.kind.kind != "press-release":
        return
    publisher = find_publisher(ctx)
    # In a statement that accuses another side, the acts it charges that side with are checkable
    # too, and its words of blame are its own.
    stake = stake_of(ctx, publisher.name) if publisher else None
    accused = stake.target if stake and stake.kind == "accuses" else ""
    for fact in ctx.of_kind("opinion", mode="judge"):
        cues = fact.data.get("cues", [])
        text = fact.text.strip()
        blames = bool(accused) and len(cues) == 1 and cues[0].lower() in BLAME and accused in text
        if (fact.data.get("voice", "writer") != "writer" or len(cues) != 1
                or not (cues[0].lower() in PRAISE and BODY.search(text) or blames) or not self_contained(text) or not 8 <= len(text.split()) <= 35
                or _quoted(text) or text.count(cues[0]) != 1 or not (DONE.search(text) or DOING.search(text))
                or CAUSAL.search(text) or FUTURE.search(text) and not DONE.search(FUTURE.sub(" ", text))):
            continue  # "is committed to being a strong partner" reports nothing done; "the data proves" is a claim too;
            # "will replace 12 miles of pipes" is a plan, which no record shows yet
        cue = cues[0]
        # Named, the publisher would answer the question of who published the text.
        whose = "the publisher's" if publisher else "the writer's"
        done = "was done" if DONE.search(text) else "is being done"
        answer = f"What it says {done} can be checked; “{cue}” is {whose} own judgement"
        distractors = [
            "All of it: the sentence is a record of facts",
            "None of it: every part of the sentence is opinion",
            f"Only “{cue}”: the rest is {whose} opinion",
        ]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"checkable-part-{slugify(cue, 12)}-{slugify(text, 16)}", skill="fact-vs-opinion",
                prompt=f"{quoted(text)} Which part of this sentence could an independent source check?",
                evidence=fact.text,
                explanation=(f"What the sentence says {done} could be confirmed by records or by people who took no part "
                             f"in it. “{capitalise(cue)}” "
                             f"only {'blames' if blames else 'praises'}: no record can show it, so it is {whose} own view."),
                feedback={
                    distractors[0]: f"“{capitalise(cue)}” is {'blame' if blames else 'praise'}, not a fact: no record could "
                                    "confirm it.",
                    distractors[1]: f"The sentence also reports what {done}, and that can be checked.",
                    distractors[2]: f"It is the other way round: “{cue}” is the judgement, and what {done} is the checkable "
                                    "part.",
                },
                template="checkable-part",
            ),
            0.8, f"opinion:{fact.start}",
        )


# A list of the reports a story was put together from, at its end: a "Sources" heading, then
# one line per report, its title in quotation marks and the outlet after a dash.
SOURCES_HEADING = re.compile(r"^Sources?\s*:?\s*$", re.MULTILINE)  # not "References": a paper's reading list
REPORT_LINE = re.compile(r"^[^\n]*[“\"][^”\"\n]{5,}[”\"]\s*[—–-]+\s*([^,\n]+)[^\n]*$", re.MULTILINE)


def compiled_story(ctx: Context) -> Iterator[Candidate]:
    """'The article ends with a list of sources. What does it tell you about how the story
    was made?' when the list gives two or more other outlets' reports: the story retells
    them, so what it says is second-hand."""
    text = ctx.article.text
    heading = None
    for heading in SOURCES_HEADING.finditer(text):
        pass  # the last heading: the list at the end, not a section of the story
    if heading is None:
        return
    lines = []
    for line in REPORT_LINE.finditer(text, heading.end()):
        if text[(lines[-1].end() if lines else heading.end()) : line.start()].strip():
            break  # the list ends where other text begins
        lines.append(line)
    outlets = list(dict.fromkeys(line.group(1).strip() for line in lines))
    if len(lines) < 2 or len(outlets) < 2:
        return
    answer = "It was put together from other outlets' reports, so much of it is second-hand"
    distractors = ["The writer saw the events first hand and checked every fact", "The outlets listed checked the article before it was published",
                   "The people quoted in it wrote those reports themselves"]
    yield Candidate(
        choice(
            ctx, answer, distractors, id="compiled-story", skill="sourcing",
            prompt=f"The article ends with a list headed “{heading.group(0).strip().rstrip(':')}”. "
                   "What does this list tell a reader about how the story was made?",
            evidence=text[heading.start() : lines[-1].end()],
            explanation=(f"The list gives {len(lines)} reports by {or_list(outlets, 'and')}. The story retells what those outlets reported, "
                         "so its quotations and facts reached the writer second-hand: to check one, go back to the outlet "
                         "that first reported it."),
            feedback={distractors[0]: "The list shows the writer worked from other outlets' reports, not from being there.",
                      distractors[1]: "The list names reports the story drew on; nothing says those outlets saw this article.",
                      distractors[2]: "The reports are by news outlets, not by the people the story quotes."},
            template="compiled-story",
        ),
        0.8, "compiled-story",
    )


# Research a release's figures rest on.
WORK = r"(?P<work>survey|poll|study|analysis|evaluation|research|review|audit)"
# Generic first words of a body's name, which alone name no one body.
GENERIC_FIRST = frozenset("department ministry university office council agency government company college institute "
                          "national royal british new city united general".split())


def _names_of(publisher: str) -> list[str]:
    """How the text may name its publisher: in full, without "the" or "plc", or by its own
    first word ("Brightwell" of "Brightwell Foods plc"), not a generic one ("University")."""
    full = re.sub(r"\s+(?:plc|Inc|Ltd|LLC|Corp)$", "", publisher.removeprefix("the "))
    first = full.split()[0]
    return [full] + ([first] if len(full.split()) > 1 and first.lower() not in GENERIC_FIRST else [])


def _names_pattern(publisher: str) -> str:
    """_names_of as a regex: the first word alone only where no other capitalised word follows it,
    so "Brightwell's survey" is the publisher's and "the National Audit Office" is not National Grid."""
    full, *first = _names_of(publisher)
    return "|".join([re.escape(full)] + [rf"{re.escape(f)}(?!\s+[A-Z])" for f in first])


def own_survey(ctx: Context) -> Iterator[Candidate]:
    """'Who stands behind this survey, and what should a reader keep in mind?' of a release
    whose figures rest on research done by or for its own publisher: "a new survey by the
    charity Silver Friends", "based on Brightwell's own analysis", "Sources: Department for
    Energy and Housing analysis". A body's own research may be sound, but the body chose what
    to ask and what to publish, and has a stake in the result."""
    if ctx.kind.kind != "press-release":
        return
    publisher = find_publisher(ctx)
    if publisher is None or publisher.sure < SETTLES:
        return
    names = _names_pattern(publisher.name)
    by_own = re.compile(rf"\b{WORK}\b[^.;]{{0,80}}?\b(?:by|for|from)\s+(?:the\s+(?:[a-z]+\s+)?)?(?:{names})\b|"
                        rf"\b(?:{names})(?:['’]s)?\s+(?:own\s+)?(?:[a-z]+\s+)?{WORK.replace('work', 'work2')}\b")
    for sentence in ctx.article.sentences:
        found = by_own.search(sentence.text)
        shown = display(sentence.text).strip()
        if found is None or _quoted(shown):
            continue
        work = (found.group("work") or found.group("work2")).lower()
        if _someone_elses(ctx.article.text, work, names):
            return  # "a survey by YouGov" beside its own: "the survey" of the prompt would be either
        owner = next(n for n in _names_of(publisher.name) if n in found.group(0))
        owner = publisher.name if owner == _names_of(publisher.name)[0] else owner  # "the Department for ..."
        # The wrong choices name the body too, so the key is not the one choice that names it.
        wrong = {f"An independent body, checking {possessive(owner)} work from outside": (
                     f"The text says the {work} was done by or for {owner}, not by anyone checking it from outside."),
                 f"A statistics office, whose official figures {owner} only passes on": (
                     f"No statistics office is named: the text gives the {work} as {possessive(owner)}."),
                 f"No one: the text does not say whose {work} it is": (
                     f"The text says whose: the {work} is {possessive(owner)}.")}
        if re.match(r"(?:the )?(?:Department|Ministry|Office|Government)\b", publisher.name):
            del wrong[f"A statistics office, whose official figures {owner} only passes on"]
            wrong[f"A university, whose findings {owner} only passes on"] = (
                f"No university is named: the {work} is {possessive(owner)}.")
        answer = f"{capitalise(owner)}, which has a stake in what the {work} shows"
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"own-survey-{slugify(work, 12)}", skill="sourcing",
                # The sentence is left out of the prompt: it names the answer ("Brightwell's own analysis").
                prompt=(f"The text rests some of its claims on {'an' if work[0] in 'aeiou' else 'a'} {work}. Who stands "
                        f"behind the {work}, and what should a reader keep in mind?"),
                evidence=sentence.text,
                explanation=(f"The text itself says the {work} was done by or for {owner}. A body's own {work} may be "
                             f"sound, but {owner} chose what to ask and which results to share, and the result backs its case. A "
                             f"reader should ask how the {work} was done, and whether anyone independent has checked it."),
                feedback=wrong, template="own-survey",
            ),
            0.78, f"own-survey:{work}",
        )
        return  # one a text: a second is the same lesson


def _someone_elses(text: str, work: str, names: str) -> bool:
    """Whether the text also gives research of the same word as another body's: "a survey by
    YouGov", "according to a study from Harwick University", not one carried out "for" the
    publisher ("by Opinion Research for Silver Friends")."""
    for match in re.finditer(rf"\b{work}\b[^.;]{{0,80}}?\b(?:by|from)\s+(?:the\s+)?(?P<who>[A-Z][\w&’'-]*)", text):
        rest = text[match.end() : match.end() + 80]
        if not re.match(rf"(?:{names})\b", text[match.start("who"):]) and not re.match(
                rf"[^.;]{{0,60}}?\bfor\s+(?:the\s+(?:[a-z]+\s+)?)?(?:{names})\b", rest):
            return True
    return False
