"""Questions that fit an explainer: where a term began, and whether the text says how it
knows; a dictionary it cites but does not name; a use of the term quoted from someone it
does not name; which sentence gives the writer's view of the term, not what it means.
Built on what any explainer does (say what a term is or means, where it comes from), not
on one kind of term. "Where does this explanation come from?" was asked too, and dropped:
where the text names no source anywhere, the quoted sentence gives the answer away, and
where it names dictionaries, the choices name them (round 32 of the review, 2 of 7).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from quiz.core.domain import Question, Sentence
from quiz.core.facts.kind import headline_terms
from quiz.core.generate import common
from quiz.core.generate.common import Candidate, Context, display, quoted, slugify, with_quotation
from quiz.core.generate.opinion import reads_as_prose
from quiz.core.generate.view_or_record import ONLY_JUDGE

# Words for a term, when the text does not repeat the headline's: "The phrase describes ...".
TERM_WORD = r"the (?:term|phrase|word|expression|idiom|saying)"
# What says what a term is or means, right after the term: "A filibuster is a way of ...".
DEFINES = r"[”\"’]?,?\s+(?:is (?:a|an) |are |means |refers to |describes |is defined as |is used (?:to|for) )"
# Words that open a sentence and leave it the writer's own: "In simple words, a lame duck is ...".
OPENING = r"(?:(?:In (?:simple|plain|other) words|Simply put|Put simply|In short|In brief|Put another way),\s+)?"
# A dictionary named as a source: "The Merriam-Webster dictionary", "the Cambridge Dictionary".
# Not "The dictionary", "One dictionary", "Another dictionary": those name none.
_NAME_WORD = (r"(?!(?:The|A|An|One|Another|This|That|Each|Every|Some|Any|No|Many|Most|Both|Other|Older|Modern|Online|Its|"
              r"Their|Our|My|Your|His|Her)\b)[A-Z][\w’'-]+")
DICTIONARY = re.compile(rf"\b(?:[Tt]he )?((?:{_NAME_WORD} ){{1,3}}(?:[Dd]ictionary)|Merriam-Webster(?: [Dd]ictionary)?|"
                        r"Dictionary\.com|Wiktionary|Webster['’]s(?: [A-Z]\w+)*(?: [Dd]ictionary)?)")
# Anyone a sentence names as its source; not "think" or "believe", which in a sentence that opens
# on the term tell what people think about ("the money worries voters think about").
SOURCED = re.compile(
    r"\b(?:said|says|say|saying|told|tells|according|wrote|writes|argues?|argued|claims?|claimed|experts?|historians?|scholars?|linguists?|scientists?|researchers?|dictionar(?:y|ies)|Merriam-Webster|"
    r"define[sd]?|definitions?|study|studies|survey|explains?|explained|puts it|put it)\b|:\s*$", re.IGNORECASE)
# What gives a sentence beside it a source: a speaker, a dictionary or a study, or a sentence that
# ends on a colon before it ("Experts explain it like this:"). Not a bare "say" ("a short way to say so").
BESIDE_SOURCED = re.compile(
    r"\b(?:said|says|told|according to|wrote|writes|argues|argued|claims|claimed|believes|experts?|historians?|scholars?|"
    r"linguists?|scientists?|researchers?|dictionar(?:y|ies)|Merriam-Webster|defines?|defined|definitions?|study|studies|"
    r"survey|explains? it|explained it|puts it|put it|calls? it|(?:some|others|many) say)\b|:\s*$", re.IGNORECASE)
MAX_WORDS = 35
SURE = 0.72


def choice(ctx: Context, answer: str, distractors: list[str], **fields) -> Question:
    """A multiple-choice question shuffled by its own id, not by the generation's shared random
    source: the questions of every other template, and their order, stay as they were."""
    return common.choice(ctx, answer, distractors, rng=random.Random(fields["id"]), **fields)


def _subject(terms: list[str]) -> str:
    """A sentence's subject that is the term: "A filibuster", "The phrase", "The phrase “lame duck”"."""
    named = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    if not named:
        return TERM_WORD
    return rf"(?:{TERM_WORD}(?: [“\"]?(?:{named})[”\"]?)?|(?:an? |the )?[“\"]?(?:{named}))"


def explained_terms(ctx: Context) -> list[str]:
    """The terms the text explains: the headline's, then any it quotes after "the phrase"."""
    title = ctx.article.title
    body = ctx.article.text[len(title):]
    quoted_terms = [m.group(1).strip() for m in re.finditer(rf"\b{TERM_WORD} [“\"]([^”\"]{{2,60}})[”\"]", body, re.IGNORECASE)]
    return list(dict.fromkeys(headline_terms(title, body) + quoted_terms))


def _own_definition(ctx: Context, sentence: Sentence, terms: list[str]) -> str:
    """The term a sentence says what it is or means, where the sentence opens on it (or on
    "It", the sentence before naming it), judges nothing, and neither it nor the sentences
    before it in its paragraph name a source; else ""."""
    shown = display(sentence.text)
    if (not sentence.text.endswith(".") or not 6 <= len(shown.split()) <= MAX_WORDS or ctx.heads_article(sentence)
            or SOURCED.search(shown)):
        return ""
    before = _before_in_paragraph(ctx, sentence)
    found = (re.match(rf"{OPENING}(?P<term>{_subject(terms)}){DEFINES}", shown, re.IGNORECASE)
             or re.match(rf"{OPENING}(?:People|We|You|Speakers of English) (?:use|say) (?P<term>{_subject(terms)})[”\"’]? "
                         r"(?:to (?:talk about|describe|mean|say)|when|for|about)\b", shown, re.IGNORECASE))
    term = found.group("term") if found else ""
    pointed = None if term else POINTED_TERM.match(shown)
    if pointed:  # "The noun bread and butter means ...", or "This term means ..." of the term just named
        term = pointed.group("term") or (_opening_term(before[-1].text) if before else "")
    if not term and before and re.match(rf"It{DEFINES}", shown):
        named = re.search(_subject(terms), before[-1].text, re.IGNORECASE)  # "It refers to ...", after the term
        term = named.group(0) if named else ""
    # "The phrase “lame duck”" -> "lame duck"; "A filibuster" -> "filibuster".
    term = re.sub(rf"^{TERM_WORD} (?=\S)", "", term, flags=re.IGNORECASE)
    term = re.sub(r"^(?:an? |the )", "", term.strip("“\"”"), flags=re.IGNORECASE).strip("“\"”")
    if re.fullmatch(r"term|phrase|word|expression|idiom|saying", term, re.IGNORECASE):
        term = terms[0] if terms else ""  # "The phrase describes ...": the phrase the headline names
    if not term:
        return ""
    # Quotation marks only around the term itself: anything else quoted is someone's words.
    if re.search(r"[“”\"]", re.sub(rf"[“\"]{re.escape(term)}[”\"]", "", shown, flags=re.IGNORECASE)):
        return ""
    if any(w.lower() in ONLY_JUDGE for w in re.findall(r"[A-Za-z-]+", shown)):
        return ""  # "Ranked-choice voting is a clever idea": a view, not an explanation
    if any(BESIDE_SOURCED.search(b.text) for b in _around(ctx, sentence)):
        return ""  # "That is how Dr. Lee explains it": the sentence after may name its source
    # As the headline names it, with its "the" where it has one: "the elephant in the room", "filibuster".
    return next((t for t in terms if re.sub(r"^(?:an? |the )", "", t, flags=re.IGNORECASE).lower() == term.lower()), term)


# A sentence that says what a term means by pointing at it: "This term means ...", "The noun
# bread and butter means ...". Only verbs of meaning: "This word is hard to spell" defines nothing.
POINTED_TERM = re.compile(r"(?:The|This|That) (?:term|phrase|word|expression|idiom|saying|noun|verb|adjective)"
                          r"(?: (?P<term>[a-z][a-z’' -]{1,40}?))? (?:means|refers to|is defined as) ")
# The term a sentence opens on and then says something of: "Identity politics is more personal."
NOT_A_TERM = frozenset("The A An This That These Those It There Here They We He She Our Their His Her Its".split())
OPENING_TERM = re.compile(r"(?P<term>[A-Z][a-z’'-]+(?: [a-z’'-]+){0,3}) (?:is|are)\b")


def _opening_term(sentence: str) -> str:
    """The term the sentence before a "This term means ..." names, where it opens on it; else ""."""
    found = OPENING_TERM.match(sentence)
    # A term is named bare ("Identity politics is ..."): "The water is calm" speaks of a thing, not a term.
    return found.group("term") if found and found.group("term").split()[0] not in NOT_A_TERM else ""


def _before_in_paragraph(ctx: Context, sentence: Sentence) -> list[Sentence]:
    return [s for s in ctx.article.sentences if s.paragraph == sentence.paragraph and s.end <= sentence.start]


def _around(ctx: Context, sentence: Sentence) -> list[Sentence]:
    """The sentences that may give a sentence its source: those before it in its paragraph,
    the last of the paragraph before when it opens its own ("The Oxford English Dictionary
    traces its history."), and the one after it ("That is how Dr. Lee explains it.")."""
    sentences = ctx.article.sentences
    at = sentences.index(sentence)
    before = _before_in_paragraph(ctx, sentence)
    previous = [sentences[at - 1]] if not before and at >= 1 else []
    after = [s for s in sentences[at + 1 : at + 2] if s.paragraph == sentence.paragraph]
    return before + previous + after


def _in_text(ctx: Context, term: str) -> str:
    """The term as the text writes it, so that a prompt quotes it verbatim: where it stands
    inside a sentence, in its own case ("ranked-choice voting", not "Ranked-choice voting")."""
    body = ctx.article.text  # the headline too: "How does ranked-choice voting work?"
    found = list(re.finditer(rf"\b{re.escape(term)}\b", body, re.IGNORECASE))
    inside = [m for m in found if re.search(r"[a-z,“\"]\s*$", body[max(0, m.start() - 3):m.start()])]
    return (inside or found)[0].group(0) if found else term


# Where and when a term began: "It was first recorded in print in 1959", "began to use the phrase in the 1980s".
ORIGIN = re.compile(r"\b(?:first (?:recorded|used|appeared|printed)|(?:has|have) been used\b.* since|(?:comes?|came) from|began (?:in|to use|as)|(?:was|were) coined|"
                    r"dates? (?:back|from)|originated|crossed|spread (?:from|to))\b")
# A date a record keeps: a year, a decade, a century.
DATED = re.compile(r"\b(?:\d{4}s?|(?:the )?(?:\w+th|\d+(?:st|nd|rd|th)) century)\b", re.IGNORECASE)
# A hedge leaves the origin unsure: it is then a guess, not a fact stated.
HEDGED = re.compile(r"\b(?:may|might|could|perhaps|probably|possibly|likely|seems?|appears?|believed|thought|some|many|"
                    r"unclear|unknown|nobody knows|no one knows|at least|or so|(?:about|around|roughly) (?:the )?(?:\d+|\w+th century))\b",
                    re.IGNORECASE)
# A hedge in a sentence beside it may be about the origin too ("Nobody knows for sure.").
NEAR_HEDGE = re.compile(r"\b(?:may|might|perhaps|probably|possibly|likely|believed|thought|unclear|unknown|nobody knows|"
                        r"no one knows|some say|some think|others say)\b", re.IGNORECASE)
# A record the sentence mentions, named or not: "an American newspaper", "a book about a long voyage".
RECORD_NOUN = re.compile(r"\b(?:an?|the) (?:[\w’'-]+ ){0,2}(?:newspaper|book|letter|dictionary|magazine|diary|play|poem|novel|"
                         r"song|speech|pamphlet|sermon|report|document|record)\b")
# A publication named by its title: "in the Boston Gazette", "by The Times".
PUBLICATION = re.compile(r"\b(?:[Tt]he )?(?:[A-Z][\w’'.-]+ )*(?:Gazette|Times|Post|Journal|Herald|Chronicle|Tribune|News|"
                         r"Review|Magazine|Dictionary|Encyclop(?:a)?edia|Bible|Almanac|Courant|Mercury|Observer|Guardian)\b")
RECORD = "A fact a record could settle, though the text names no source for it"


def origin_record(ctx: Context) -> Iterator[Candidate]:
    """'What kind of statement is this?' of a sentence that says, in the writer's own voice and
    with no hedge, where or when the explained term began, with a date: a fact old books,
    newspapers or a historical dictionary could settle, not a view, and not one the text
    proves, as it names no source for it."""
    if ctx.kind.kind != "explainer" or not reads_as_prose(ctx.article.text):
        return  # a glossary set out as a list gives no sentence to weigh
    terms = explained_terms(ctx)
    if not terms:
        return
    term = _in_text(ctx, terms[0])
    for sentence in ctx.article.sentences:
        shown = display(sentence.text)
        date = DATED.search(shown)
        before = _before_in_paragraph(ctx, sentence)
        if (not date or not ORIGIN.search(shown) or not sentence.text.endswith(".") or re.search(r"[“”\"]", shown)
                or not 6 <= len(shown.split()) <= MAX_WORDS or SOURCED.search(shown) or HEDGED.search(shown)
                or any(BESIDE_SOURCED.search(s.text) for s in _around(ctx, sentence))
                or any(NEAR_HEDGE.search(s.text) for s in _around(ctx, sentence) if s.paragraph == sentence.paragraph)
                or any(w.lower() in ONLY_JUDGE for w in re.findall(r"[A-Za-z-]+", shown))):
            continue
        # Of the term itself: it names it, or opens on "It" or "The phrase" after a sentence that does.
        names = re.search(rf"\b{re.escape(terms[0])}\b|\b(?:the|this) (?:term|phrase|word|expression|idiom|saying)\b", shown,
                          re.IGNORECASE)
        if not names and not (re.match(r"It\b", shown) and before and re.search(
                rf"\b{re.escape(terms[0])}\b|\b(?:term|phrase|word|expression|idiom|saying)\b", before[-1].text, re.IGNORECASE)):
            continue
        when = date.group(0)
        noun = "word" if len(terms[0].split()) == 1 else "phrase"
        unnamed = RECORD_NOUN.search(shown)
        if unnamed and re.match(r"the [A-Z]", unnamed.group(0)) or PUBLICATION.search(shown):
            continue  # "in The Times in 1959": the text names where it was recorded
        view = f"A view: where a {noun} comes from is a matter of opinion"
        proved = "A fact the text proves, by naming the record it comes from"
        guess = "A guess: the text says it is not sure"
        yield Candidate(
            choice(
                ctx, RECORD, [view, proved, guess], id=f"origin-record-{slugify(shown, 24)}", skill="fact-vs-opinion",
                prompt=f"The text says of {quoted(term)}: {quoted(shown)} What kind of statement is this?",
                evidence=sentence.text,
                explanation=(f"It tells the {noun}'s history with a date (“{when}”): old books, newspapers or a "
                             "historical dictionary could show it true or false, so it is a fact, not a view. But the text "
                             "names no dictionary, expert or record for it, so readers have only the writer's word until "
                             "they check it."),
                feedback={view: f"It gives a date (“{when}”) that records could confirm or prove wrong: that is no matter "
                                "of opinion.",
                          proved: (f"It mentions {unnamed.group(0)} but does not name it, so a reader cannot find that "
                                   "record from the text: it states the fact, it does not prove it." if unnamed else
                                   "The text names no dictionary, book or expert for it: it states the fact, it does not "
                                   "prove it."),
                          guess: "Nothing in the sentence hedges it: it is stated as certain, with no “may” or "
                                 "“probably”."},
                template="origin-record",
            ),
            SURE, f"origin:{sentence.start}",
        )
        return


# A dictionary the text cites without its name: "A dictionary of American idioms published in 1997".
UNNAMED_DICTIONARY = re.compile(
    r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother) (?P<kind>(?:[a-z][\w-]* ){0,2})dictionary"
    r"(?P<of> of [A-Za-z]+(?: (?!published|printed|written|compiled|lists?|gives?|defines?|says?)[A-Za-z]+){0,2})?"
    r"(?P<when> (?:published|printed|written|compiled) in (?P<year>\d{4}))?")
SAYS = re.compile(r"\b(?:lists?|gives?|defines?|says?|explains?|records?|traces?|calls?)\b")


def unnamed_dictionary(ctx: Context) -> Iterator[Candidate]:
    """'The text cites “a dictionary of American idioms published in 1997”. What does it leave
    out that a reader needs to check what that dictionary says?' Its name: the kind of
    dictionary and its year, which the text gives, do not tell a reader which one to open."""
    if ctx.kind.kind != "explainer" or not reads_as_prose(ctx.article.text):
        return
    for sentence in ctx.article.sentences:
        found = UNNAMED_DICTIONARY.search(sentence.text)
        if (not found or not SAYS.search(sentence.text[found.end():]) or re.search(r"[“”\"]", sentence.text)
                or DICTIONARY.search(sentence.text) or ctx.heads_article(sentence)):
            continue
        cited = re.sub(r"^(?:An?|One|Another)\b", lambda m: m.group(0).lower(), found.group(0).strip())
        key = "Its name, so that a reader could find it and look it up"
        gives = {}
        if found.group("year"):
            gives["When it was published"] = (f"The text gives its year (“{found.group('year')}”); a year alone does not "
                                              "say which dictionary it is.")
        if found.group("of") or found.group("kind").strip():
            gives["What kind of dictionary it is"] = (f"The text says what kind it is (“{cited.split(' published')[0]}”); "
                                                      "many dictionaries are of that kind.")
        gives["Nothing: a reader has all they need to find it"] = ("Without its name a reader cannot tell which dictionary it is, "
                                                                   "so cannot look up what it says.")
        if len(gives) < 3:
            gives["What it says about the term"] = "The text tells what it says; it leaves out which dictionary says it."
        yield Candidate(
            choice(
                ctx, key, list(gives), id=f"unnamed-dictionary-{slugify(cited, 24)}", skill="sourcing",
                prompt=(f"The text cites {quoted(cited)}. What does it leave out that a reader needs to check what that "
                        "dictionary says?"),
                evidence=sentence.text,
                explanation=(f"The text cites {quoted(cited)} but never names it. Dictionaries differ, and without a name a "
                             "reader cannot open the same one and see whether it says what the text reports."),
                feedback=gives,
                template="unnamed-dictionary",
            ),
            SURE, f"dictionary:{sentence.start}",
        )
        return


# Someone the text quotes using the term, with no name: "one senator", "a politician", "another teacher".
UNNAMED_USER = re.compile(r"^(?:[Oo]ne|[Aa]n?|[Aa]nother) (?P<who>(?:[a-z]+ ){0,2}[a-z]+)$")


def unnamed_user(ctx: Context) -> Iterator[Candidate]:
    """'The text quotes a use of “lame duck”: “… one senator said, ‘Nobody returns the phone
    calls of a lame duck.’” What does it tell readers about who used it?' The text gives it
    as a real use, in quotation marks, but names no one: a reader cannot find the speech and
    check it, as with a named speaker."""
    if ctx.kind.kind != "explainer" or not reads_as_prose(ctx.article.text):
        return
    terms = explained_terms(ctx)
    for quote in ctx.of_kind("quote"):
        speaker = quote.data.get("speaker") or {}
        who = UNNAMED_USER.match(speaker.get("description") or "")
        if (not quote.data.get("direct") or speaker.get("named") or not who or speaker.get("kind") != "person"
                or not any(re.search(rf"\b{re.escape(t)}\b", quote.text, re.IGNORECASE) for t in terms)):
            continue
        start, end = quote.data["sentence_start"], quote.data["sentence_end"]
        sentence = ctx.article.text[start:end]
        if not 6 <= len(sentence.split()) <= MAX_WORDS + 10 or "\n" in sentence:
            continue
        term = _in_text(ctx, next(t for t in terms if re.search(rf"\b{re.escape(t)}\b", quote.text, re.IGNORECASE)))
        person = who.group("who")
        described = speaker["description"][0].lower() + speaker["description"][1:]
        key = f"Only that {described} said it, not which {person}"
        name = f"The {person}'s name, so that readers can find where it was said"
        made_up = "Nothing: it is an example the writer made up"
        dictionary = "The dictionary that records this use"
        feedback = {
            name: f"The text never names the {person}: “{described}” could be any of them.",
            made_up: (f"It is in quotation marks, and the text says {described} said it: it is given as a real use, "
                      "not a made-up example."),
            dictionary: f"The text ties this use to {described}, not to any dictionary.",
        }
        yield Candidate(
            choice(
                ctx, key, list(feedback), id=f"unnamed-user-{slugify(quote.text, 24)}", skill="sourcing",
                prompt=(f"The text quotes a use of {quoted(term)}: {with_quotation(display(sentence))} What does it tell "
                        "readers about who used it?"),
                evidence=sentence,
                explanation=(f"The words are in quotation marks, as a real use of {quoted(term)}, but the text says only "
                             f"that {described} said them. With no name, a reader cannot find the words and check that "
                             "they were said, or what they meant where they were said."),
                feedback=feedback,
                template="unnamed-user",
            ),
            SURE, f"user:{start}",
        )
        return


# Someone else's view of the term, reported: "Some people think the term is too simple".
OTHERS = re.compile(r"\b(?:think|thinks|thought|believe|believes|feel|feels|critics|supporters|some people|many people|"
                    r"seen as|considered|called)\b", re.IGNORECASE)


def term_view(ctx: Context) -> Iterator[Candidate]:
    """'Which of these sentences about “lame duck” gives the writer's view of it, not what it
    means?' The key judges the term in the writer's own voice by a word that only judges
    ("useful", "clever", "unfair"); the wrong choices say what the term means, in sentences
    that open on it and judge nothing, which a dictionary could check."""
    if ctx.kind.kind != "explainer" or not reads_as_prose(ctx.article.text):
        return
    terms = explained_terms(ctx)
    if not terms:
        return
    term = _in_text(ctx, terms[0])
    subject = rf"(?:{OPENING})(?:{_subject(terms)})"
    meanings = [display(s.text) for s in ctx.article.sentences
                if _own_definition(ctx, s, terms) and re.match(subject, display(s.text), re.IGNORECASE)]
    for sentence in ctx.article.sentences:
        shown = display(sentence.text)
        judging = [w for w in re.findall(r"[a-z]+", shown) if w in ONLY_JUDGE]
        if (len(set(judging)) != 1 or not re.match(subject, shown, re.IGNORECASE) or re.search(r"[“”\"?]", shown)
                or not sentence.text.endswith(".") or not 5 <= len(shown.split()) <= MAX_WORDS or SOURCED.search(shown)
                or OTHERS.search(shown) or shown in meanings or len(meanings) < 2):
            continue
        word = judging[0]
        distractors = meanings[:3]
        yield Candidate(
            choice(
                ctx, shown, distractors, id=f"term-view-{slugify(shown, 24)}", skill="fact-vs-opinion",
                prompt=(f"Which of these sentences about {quoted(term)} gives the writer's own view of it, not what it "
                        "means?"),
                evidence=sentence.text,
                explanation=(f"“{word}” judges: it gives the writer's view of {quoted(term)}, which readers could dispute, "
                             "and no dictionary could settle it. The other sentences say what the term means, with no "
                             "word that judges: a dictionary could show whether they are right."),
                feedback={d: "This says what the term means and judges nothing: a dictionary could check it." for d in distractors},
                template="term-view",
            ),
            SURE, f"view:{sentence.start}",
        )
        return
