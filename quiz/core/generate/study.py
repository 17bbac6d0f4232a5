"""Questions on the report of a study: who was studied, and whether the result applies to
people who were not, asked only where the article says who was studied (facts/study.py);
and what a "pilot study" or "preliminary results" tell a reader about the result."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.generate.common import (
    Candidate, Context, capitalise, choice, quoted, self_contained, shuffled, slugify,
)
from quiz.core.generate.evidence import fact_sentence

MAX_WORDS = 45
# The article's own warning that a result may not hold beyond those studied.
NOT_GENERAL = re.compile(r"\b(?:cannot|can ?not|can['’]t|could not|may not|might not|should not|not) be "
                         r"(?:generali[sz]ed|applied|extended|extrapolated)\b|\bnot (?:necessarily )?(?:apply|hold) "
                         r"(?:to|for)\b|\bgenerali[sz]able\b", re.IGNORECASE)
CHILDREN = frozenset("children schoolchildren students adolescents teenagers infants babies girls boys".split())
OPPOSITE_SEX = {"men": "women", "boys": "girls", "women": "men", "girls": "boys", "mothers": "fathers"}


def who_was_studied(ctx: Context) -> Iterator[Candidate]:
    """'Can a reader be sure the study's result holds for women?' when the article says the
    study was of 156 men: no, they were not in it; nor does it show the opposite."""
    if any(_reports_another_study(s.text) for s in ctx.article.sentences):
        return  # "the study" could mean either, and the other may have studied the people asked about
    for fact in ctx.of_kind("sample"):
        sentence = fact_sentence(ctx, fact)
        other = _not_studied(fact)
        if not other or not self_contained(sentence) or len(sentence.split()) > MAX_WORDS:
            continue
        data = fact.data
        warning = next((s.text for s in ctx.article.sentences if NOT_GENERAL.search(s.text) and self_contained(s.text)), None)
        group = data["who"] if data["animal"] else " ".join(f"{data['count']} {data['who']} {data['trait']}".split())
        answer = f"No: the study did not include {other}"
        wrong = {
            "Yes: a study's result holds for everyone": f"A result holds for the kind of people studied, here {group}; "
                                                        f"{other} were not among them.",
            f"Yes: the article says {other} were in the study": f"The article says the study was of {group}, not {other}.",
            f"No: the study found the opposite for {other}": f"The study did not look at {other} at all, so it found "
                                                             "nothing about them, for or against.",
        }
        yield Candidate(
            Question(
                id=f"who-was-studied-{slugify(other, 20)}", type="choice", skill="context",
                prompt=f"Can a reader be sure that the study's result holds for {other}?",
                choices=shuffled(ctx.rng, answer, list(wrong)), answer=answer, evidence=warning or sentence,
                explanation=(f"The study looked only at {group}. {capitalise(other)} were not in it, so its result "
                             "cannot tell us whether the same holds for them. Nor does it show the opposite."
                             + (" The article itself says the result may not hold for others." if warning else "")),
                feedback=wrong, template="who-was-studied",
            ),
            0.85, "who-was-studied",
        )
        return


# A second study the article reports results of: "Results from the larger multicenter study were
# published", "a separate trial found".
OTHER_STUDY = re.compile(r"\b(?:another|second|separate|later|larger|earlier|previous|multicenter|multi-centre|"
                         r"multicentre|follow-up|other)\s+(?:[\w-]+\s+)?(?:study|studies|trial|trials)\b", re.IGNORECASE)
REPORTED = re.compile(r"\b(?:found|finds|showed|shows|results?|published|reported)\b", re.IGNORECASE)
PLANNED = re.compile(r"\b(?:will|would|plans?|planned|hopes?|is to|are to)\b", re.IGNORECASE)


def _reports_another_study(sentence: str) -> bool:
    """Whether a sentence gives the results of another study than the one reported."""
    return bool(OTHER_STUDY.search(sentence) and REPORTED.search(sentence) and not PLANNED.search(sentence))


def _not_studied(fact: Fact) -> str:
    """A group the study plainly left out, from what the article says of those it studied:
    people for mice, women for men, adults for children, patients without the illness."""
    data = fact.data
    who, trait = data["who"].split()[-1], data["trait"]
    if data["animal"]:
        return "people"
    if who in OPPOSITE_SEX and not data["who"].startswith(("male", "female")):
        return OPPOSITE_SEX[who]
    if who in CHILDREN:
        return "adults"
    ages = AGE_RANGE.fullmatch(trait)
    if ages:
        return f"people younger than {ages['youngest']} or older than {ages['oldest']}"
    for lead in ("diagnosed with ", "living with ", "with "):
        condition = trait.removeprefix(lead)
        if trait.startswith(lead) and len(trait.split()) <= 6 and condition.split()[0].lower() not in NOT_A_CONDITION:
            return f"{'patients' if who == 'patients' else 'people'} without {condition}"
    return ""


# "aged between 45 and 70", "aged 45-70 years": those younger or older were not studied (not "aged 6-12 months",
# whose numbers are no ages in years).
AGE_RANGE = re.compile(r"aged (?:between )?(?P<youngest>\d+)\s*(?:–|-|to|and)\s*(?P<oldest>\d+)(?: years(?: old)?)?")


# "with no history of ...", "with their parents", "with the help of ...": not an illness
# that "without" can turn round.
NOT_A_CONDITION = frozenset("no not any little few the a an their his her its our your some each both help".split())


# Words that mark a study as a first, small or unfinished step, with what each means.
EARLY = re.compile(
    r"\b(?P<phrase>pilot (?:study|trial)|small (?:study|trial)|phase (?:1|I|one) (?:clinical )?trial|"
    r"early[- ]stage (?:study|trial|research)|preliminary (?:results|findings|data)|early results)\b",
    re.IGNORECASE,
)
RESEARCH = re.compile(r"\b(?:study|studies|research|researchers|scientists|participants|patients|volunteers|clinical)\b",
                      re.IGNORECASE)
EARLY_MEANING = {
    "pilot": "a pilot study is a small first test, run to see whether a bigger study is worth doing",
    "small": "a small study has few people in it, so chance can sway its result",
    "phase": "a phase 1 trial is the first test in people, in a small group, mostly to see whether the treatment is safe",
    "early": "early-stage research is a first step, before the larger studies that could confirm it",
    "preliminary": "preliminary results come before the study is finished or checked by other scientists",
}


def early_study(ctx: Context) -> Iterator[Candidate]:
    """'The article calls this research a “pilot study”. What does that tell a reader
    about its result?' It is a first, small step: bigger studies must confirm it."""
    for sentence in ctx.article.sentences:
        match = EARLY.search(sentence.text)
        if match is None or sentence.start == 0 and sentence.text == ctx.article.title:
            continue  # the headline is the article's summary; its body says what the study was
        if not (ctx.kind.kind == "study" or RESEARCH.search(sentence.text)):
            continue  # "a small trial in the county court" is no study
        phrase = match.group("phrase")
        meaning = _early_meaning(phrase.lower())
        answer = "It is a first or small step, so bigger studies are needed to confirm the result"
        wrong = {
            "It is the final word: the question is settled": f"The article's own words say otherwise: {meaning}.",
            "The result has already been proven wrong": f"Nothing in “{phrase}” says the result is wrong; only that it is "
                                                        "not yet confirmed.",
            "It was tested on a very large group of people": f"It is the other way round: {meaning}.",
        }
        yield Candidate(
            Question(
                id=f"early-study-{slugify(phrase, 20)}", type="choice", skill="uncertainty",
                prompt=f"The article describes the research with the words “{phrase}”. What do they tell a reader about its result?",
                choices=shuffled(ctx.rng, answer, list(wrong)), answer=answer, evidence=sentence.text,
                explanation=f"{capitalise(meaning)}. A result from it is a lead to follow, not a settled finding.",
                feedback=wrong, template="early-study",
            ),
            0.8, "early-study",
        )
        return


def _early_meaning(phrase: str) -> str:
    if phrase.startswith(("pilot", "small", "phase")):
        return EARLY_MEANING[phrase.split()[0]]
    return EARLY_MEANING["preliminary" if phrase.endswith(("results", "findings", "data")) else "early"]


def _writers_own(text: str, most: int = MAX_WORDS) -> bool:
    """Whether a sentence can be quoted alone as the article's own account: short, with no
    quotation in it, and no pronoun that leans on the sentence before."""
    return len(text.split()) <= most and '"' not in text and "“" not in text and self_contained(text)


# One person named as the only test of an invention or a treatment: "he was his son's test
# subject", "she tested the device on her grandmother", "he tried the diet on himself".
RELATIVE = r"(?:father|mother|dad|mum|mom|son|daughter|wife|husband|brother|sister|grandfather|grandmother|grandson|granddaughter|friend|uncle|aunt)"
ONE_SUBJECT = re.compile(
    rf"\b(?:(?:(?:his|her|their)(?: \w+['’]s)?|\w+['’]s) (?:own )?(?:first |only )?test subject|"
    rf"(?:tested|tried|trialled) (?:it|them|the \w+(?: \w+)?) (?:out )?on (?:himself|herself|(?:his|her|their) (?:own )?{RELATIVE}(?!['’]s))|"
    r"(?:tested|tried|trialled) (?:\w+ ){0,3}?(?:on|in) (?:a single|just one|only one) (?:patient|person|man|woman|child|boy|"
    r"girl|volunteer)|(?:given|used) (?:\w+ ){0,3}?(?:to|on|in) (?:a single|just one|only one) (?:patient|volunteer))\b",
    re.IGNORECASE)


GROUP = r"(?:people|patients|volunteers|users|participants|customers|families|residents|pupils|students|children|adults)"
# A test on a group, counted or not: "a trial of 200 volunteers", "testing the app with
# volunteers", "tried by other patients", "a small trial with residents".
GROUP_TESTED = re.compile(
    rf"\b\d[\d,]*\s+(?:other\s+)?{GROUP}\b|"
    rf"\b(?:test(?:s|ed|ing)?|tri(?:al|als|alled|alling|ed|es|ying)|studied)\s+(?:\w+\s+){{0,4}}?"
    rf"(?:with|on|by|in|among|of)\s+(?:(?:the|some|other|more|many|several|dozens of|hundreds of|a group of|a few)\s+)*"
    rf"(?:\w+\s+)?{GROUP}\b", re.IGNORECASE)
# What a headline claims for an invention or a treatment.
SUCCESS = re.compile(r"\b(?:helps?|helped|works?|worked|prevents?|prevented|improves?|improved|cures?|cured|stops?|"
                     r"better)\b", re.IGNORECASE)


def one_subject(ctx: Context) -> Iterator[Candidate]:
    """'Patrick did not know that he was his son's test subject': the article's claim that
    the invention works rests on one person, with no one to compare him with."""
    if ctx.of_kind("sample") or GROUP_TESTED.search(ctx.article.text):
        return  # the article reports a test on a group: that is the evidence to ask about
    for sentence in ctx.article.sentences:
        match = ONE_SUBJECT.search(sentence.text)
        if match is None or ctx.article.title and sentence.start == 0 and sentence.text == ctx.article.title:
            continue
        if not _writers_own(sentence.text):
            continue  # a speaker's words, or a sentence that leans on the one before
        title = ctx.article.title or ""
        stop = "" if title.endswith((".", "?", "!")) else "."
        claim = (f"The headline says {quoted(title)}{stop} The article adds {quoted(sentence.text)} "
                 "What evidence does the article give for the headline's claim?") if SUCCESS.search(title) else (
                 f"The article says {quoted(sentence.text)} What evidence does the article give that what was tested works?")
        answer = "A test on one person only, with no one to compare with"
        wrong = {
            "A test on a large group, most of whom did better": (
                "The article gives the result of a test on one person only; it reports no results for any group."),
            "A test that proves it works for everyone with the same problem": (
                "One person's result may be chance, or may come from something else in that person's life. "
                "Others may react differently."),
            "Tests by doctors or scientists from outside the team": (
                "The article describes no test by anyone from outside; the one test it reports is on a single person."),
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"one-subject-{slugify(match.group(0), 20)}", skill="numbers", prompt=claim,
                evidence=sentence.text,
                explanation=_one_subject_why(title),
                feedback=wrong, template="one-subject",
            ),
            0.85, "one-subject",
        )
        return


def _one_subject_why(title: str) -> str:
    """Why one person's test shows little. A headline about that one person ("helps
    grandmother hold a cup") claims nothing for others: the explanation does not judge it so."""
    if re.search(rf"\b{RELATIVE}\b", title, re.IGNORECASE):
        return ("The headline speaks of one person, and the article's evidence is that one person's test. Even for "
                "that person, the change may come by chance or from something else, with no one to compare with; it "
                "says nothing yet of whether it would help anyone else.")
    return ("The article's evidence is a test on one person. That person may have got better by chance or for another "
            "reason, and others with the same problem may react differently. It is a hopeful start; only a test on many "
            "people, compared with people who went without it, could show that it works.")


# A group's size as a study gives it: "a video group (23 patients)", "30 volunteers took the pill".
GROUP_COUNT = re.compile(r"\b(?P<n>\d{1,3})\s+(?:patients|participants|people|volunteers|men|women|children|adults|"
                         r"students|subjects|pupils|smokers|mothers)\b")
# Two groups named ("a video group … a verbal group", "a placebo"), or people split at random.
GROUP_NOUN = re.compile(r"\b(?:groups?|arms?|placebo|dummy pill)\b", re.IGNORECASE)
RANDOM = re.compile(r"\b(?:randomly|at random|randomi[sz]ed)\b", re.IGNORECASE)
FEW = 60


def small_groups(ctx: Context) -> Iterator[Candidate]:
    """'Patients were randomly assigned to a verbal group (27 patients) or a video group (23
    patients)': a difference between groups so small may be partly chance."""
    for sentence in ctx.article.sentences:
        if len(GROUP_NOUN.findall(sentence.text)) < 2 and not RANDOM.search(sentence.text) or not (
                ctx.kind.kind == "study" or any(
                RESEARCH.search(s.text) for s in ctx.article.sentences if s.paragraph == sentence.paragraph)):
            continue  # "a group of 12 students and 15 adults met the mayor": no study
        sizes = [int(m.group("n")) for m in GROUP_COUNT.finditer(sentence.text)]
        if len(sizes) != 2 or not all(1 < n <= FEW for n in sizes) or not _writers_own(sentence.text, 40):
            continue  # two groups, each of a few dozen, told in the writer's own words
        first, second = sizes
        answer = "With so few in each group, part of the difference could be chance"
        wrong = {
            f"The groups cannot be compared, because {first} is not the same as {second}": (
                "Groups need not be the same size: their results are compared as shares. The worry is that both are small."),
            "Having a group to compare with makes the result sure for everyone": (
                "A comparison group helps a lot, but a few dozen people cannot show that a result holds for everyone."),
            "The groups were big enough for chance to play no part": (
                f"Chance plays some part in any study, and more in groups of {first} and {second} people: a few of them "
                "more or less on one side change the result a lot."),
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"small-groups-{first}-{second}", skill="numbers",
                prompt=(f"The article says {quoted(sentence.text)} What should a reader keep in mind when weighing a "
                        "difference the study found between these groups?"),
                evidence=sentence.text,
                explanation=(f"The groups had {first} and {second} people. Comparing two groups is a strength of the "
                             "study, but in groups this small a few people more or less on one side change the result a "
                             "lot, so part of a difference may be chance. A larger study is the way to check it."),
                feedback=wrong, template="small-groups",
            ),
            0.8, "small-groups",
        )
        return


# The people studied found in one place: "Participants were recruited from an outpatient HIV
# clinic in Amsterdam", "volunteers drawn from a single secondary school".
ONE_PLACE = re.compile(
    r"\b(?:recruited|enrolled|drawn|selected|chosen|came|were found)\s+(?:\w+\s+){0,2}?(?:from|at)\s+(?:an?|one|a single)\s+"
    r"(?:[\w-]+\s+){0,3}?(?P<place>clinic|hospital|school|university|college|practice|company|factory|prison|care home|"
    r"nursing home)\b(?!['’]s|-)", re.IGNORECASE)
MANY_PLACES = re.compile(r"\b(?:each|every|several|many|other|across|clinics|hospitals|schools|universities|colleges|"
                         r"practices|companies|factories|prisons|homes)\b", re.IGNORECASE)


def one_place(ctx: Context) -> Iterator[Candidate]:
    """'Participants were recruited from an outpatient HIV clinic in Amsterdam': people from
    one clinic may differ from those elsewhere, so the result may not hold for them."""
    for sentence in ctx.article.sentences:
        match = ONE_PLACE.search(sentence.text)
        if match is None or not (ctx.kind.kind == "study" or RESEARCH.search(sentence.text)):
            continue
        if MANY_PLACES.search(sentence.text) or not _writers_own(sentence.text):
            continue  # "from a hospital in each of five countries": not one place
        place = match.group("place").lower()
        plural = {"company": "companies", "factory": "factories"}.get(place, place + "s")
        answer = f"Everyone studied came from one {place}, so the result may not hold for people elsewhere"
        wrong = {
            f"They came from {plural} all over, so the result holds everywhere": (
                f"The article says they were found at one {place}, not at many."),
            f"Coming from one {place} makes the result wrong": (
                f"It does not make the result wrong; it leaves open whether it holds beyond that {place}."),
            "Where the people studied came from never matters to a study's result": (
                f"It can matter: people at one {place} may differ from others, in their area, their background or the "
                "care they get."),
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"one-place-{slugify(place, 12)}", skill="context",
                prompt=f"The article says {quoted(sentence.text)} What should a reader keep in mind about the study's result?",
                evidence=sentence.text,
                explanation=(f"Everyone studied was found at one {place}. People there may differ from people elsewhere, "
                             "in where they live, who they are or the care they get, so a result found among them may "
                             f"not hold for others. Studies in many places are how that is checked."),
                feedback=wrong, template="one-place",
            ),
            0.8, "who-was-studied",  # the same lesson as who_was_studied: one of them a pack
        )
        return


# A poll or survey whose people chose to answer: "an online poll of readers", "a phone-in
# vote", "of those who responded". Pollsters who pick people at random and weight the
# answers are not asked about.
SELF_CHOSEN = re.compile(
    r"\b(?:(?:an?|the|its|our|their)\s+(?:online|website|web|phone-in|text-in|opt-in|voluntary|readers['’]?|viewers['’]?|"
    r"listeners['’]?)\s+(?:poll|survey|vote|questionnaire)|(?:poll|survey|questionnaire)\s+(?:posted\s+)?on\s+(?:its|our|their|"
    r"the)\s+(?:website|web site|Facebook page|app)|(?:poll|survey)\s+of\s+(?:its|our|their)\s+(?:readers|viewers|listeners|"
    r"followers|users))\b", re.IGNORECASE)
PICKED_AT_RANDOM = re.compile(r"\b(?:random\w*|weighted|representative|margin of error|panel|YouGov|Ipsos|Gallup|Pew|"
                              r"Nielsen|Harris|Morning Consult)\b", re.IGNORECASE)


def self_chosen(ctx: Context) -> Iterator[Candidate]:
    """'In an online poll of its readers, 70 percent said …': the people who answered chose
    to, and may not think like everyone else."""
    if PICKED_AT_RANDOM.search(ctx.article.text):
        return
    for sentence in ctx.article.sentences:
        match = SELF_CHOSEN.search(sentence.text)
        if match is None or not _writers_own(sentence.text):
            continue
        answer = "Only people who chose to answer it, who may not think like everyone else"
        wrong = {
            "A group picked at random, so it speaks for everyone": (
                "Nothing in the article says anyone was picked at random: those who answered did so because they "
                "chose to."),
            "Everyone, since anyone could answer": (
                "Anyone could answer, but only some did, and those who care most about a question are the likeliest "
                "to answer it."),
            "No one: a poll like this tells a reader nothing at all": (
                "It does tell a reader what those who answered think; it cannot show what everyone thinks."),
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"self-chosen-{slugify(match.group(0), 20)}", skill="numbers",
                prompt=f"The article says {quoted(sentence.text)} Whose views does such a result show?",
                evidence=sentence.text,
                explanation=("The people who answered chose to: no one picked them to stand for everyone. People who "
                             "feel strongly about the question are likelier to answer, so the result shows what "
                             "they think, not what everyone thinks."),
                feedback=wrong, template="self-chosen",
            ),
            0.8, "self-chosen",
        )
        return


# A link the article reports between two things: "linked to", "associated with", "tied to".
LINKED = re.compile(r"\b(?:linked|associated|tied|connected)\s+(?:with|to)\b", re.IGNORECASE)
# The article's own warning that the study cannot show a cause: "the study was observational and
# could not prove that orange juice caused ...", "shows a link, not cause and effect".
NO_CAUSE = re.compile(
    r"\bobservational\b|\b(?:cannot|can ?not|can['’]t|could not|couldn['’]t|does not|doesn['’]t|did not|didn['’]t)\s+"
    r"(?:prove|show|establish|tell us|say|demonstrate)\b[^.;]{0,60}?\bcaus\w*|\b(?:link|association|correlation)\w*,?\s+"
    r"(?:but\s+)?not\s+(?:a\s+|of\s+)?(?:cause|causation)\b", re.IGNORECASE)


# Words that make a link a finding of research or about an outcome, not "the wing is linked to
# the main building by a bridge".
LINK_FINDING = re.compile(r"\b(?:study|studies|research\w*|scientists|found|finds|associated|risks?|rates?|data|"
                          r"likely|likelihood|chance|odds|higher|lower|greater|fewer|less|more|longer|shorter|"
                          r"increased|reduced|deaths?|disease|illness|health\w*|cancer|obesity|lives)\b", re.IGNORECASE)
# Words too common, or too much the finding's own frame, to tie a link to a warning's topic.
LINK_COMMON = frozenset("that this these those which with from have been were their they them said says than more less "
                        "linked tied connected associated study studies research researchers found could would should "
                        "after into about other some what when while also such only just over under does".split())


def _topic_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z’'-]{3,}", text)} - LINK_COMMON


def _a_finding(ctx: Context, sentence: str, warning: str) -> bool:
    """Whether a "linked to" sentence speaks of research or an outcome, and of what the
    warning (or, for a sentence in the body, the headline) is about."""
    if not LINK_FINDING.search(sentence):
        return False
    topic = _topic_words(warning)
    if sentence.strip() != ctx.article.title.strip():
        topic |= _topic_words(ctx.article.title)
    return bool(_topic_words(sentence) & topic)


def link_or_cause(ctx: Context) -> Iterator[Candidate]:
    """'Daily glass of orange juice linked to lower risk of kidney stones': where the article
    itself warns that the study cannot show a cause, what does it show? That the two go
    together, not that one causes the other: people who do the one may differ in other ways."""
    warning = next((s.text for s in ctx.article.sentences if NO_CAUSE.search(s.text) and RESEARCH.search(s.text)
                    and self_contained(s.text) and len(s.text.split()) <= MAX_WORDS), None)  # not "observational astronomy"
    if warning is None:
        return
    link = next((s.text for s in ctx.article.sentences if LINKED.search(s.text) and len(s.text.split()) <= 30
                 and not NOT_GENERAL.search(s.text) and not NO_CAUSE.search(s.text) and _a_finding(ctx, s.text, warning)),
                None)
    if link is None:
        return
    shown = (f"The headline says {quoted(link)}." if link.strip() == ctx.article.title.strip()
             else f"The article says {quoted(link)}")
    answer = "That the two go together, not that one causes the other"
    wrong = {
        "That the one causes the other": f"The study, as the article describes it, cannot show that: {quoted(warning)}",
        "That the two have nothing to do with each other": "The study did find that the two go together; what it "
                                                           "cannot tell is why.",
    }
    yield Candidate(
        choice(
            ctx, answer, list(wrong), id="link-or-cause", skill="uncertainty",
            prompt=f"{shown} What does the study, as the article reports it, show?",
            evidence=warning,
            explanation=("A study that only watches what people do, without deciding who does what, can find that two "
                         "things go together. It cannot tell whether one causes the other: the people who do the one "
                         "may differ in other ways that explain the result. A trial "
                         "that gives the treatment to people picked at random is how a cause is tested."),
            feedback=wrong, template="link-or-cause",
        ),
        0.85, "link-or-cause",
    )
