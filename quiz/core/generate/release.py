"""Questions only a text its publisher wrote about its own work raises (a press release, a
fact sheet, a government statement): it reports promises others made to it that no one is
said to check, it blames the other side in its own voice, and it tells of help to people
it never lets speak. Who published it, and what stake it has, is asked in publisher.py."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.facts.kind import own_people
from quiz.core.generate.common import (
    Candidate, Context, capitalise, choice, quoted, self_contained, slugify, with_article,
)
from quiz.core.generate.publisher import BODY, SETTLES, _quoted, find_publisher, stake_of

# Who acts at the start of the sentence: a body, an agency's initials, or "we".
ACTOR = re.compile(r"(?:(?:The|the)\s+)?(?:(?:[A-Z][\w.’'&-]*\s+){0,5}?[A-Z][\w.’'&-]*|[A-Z]{2,}(?:\s+personnel)?|We)\b")
MONEY = re.compile(r"\$\s?\d[\d.,]*(?:\s+(?:million|billion|trillion))?")
INITIALS = re.compile(r"\b(?:[A-Z]{2,5})\b")


def _clause(sentence: str) -> str:
    """The sentence without the run-in heading a fact sheet puts before it ("Increasing
    capacity: The agency is ...")."""
    sentence = sentence.strip()
    return sentence.split(": ", 1)[-1] if ": " in sentence[:90] else sentence


def _others(actors: list[str], publisher: str) -> list[str]:
    """The bodies that act in a release besides its publisher and the government as a whole."""
    return [a for a in actors if a.lower() not in publisher.lower()
            and not re.search(r"Administration|administration|United States|Government|USG", a)]


def _actor(sentence: str) -> str:
    """The body or agency a sentence starts with, when it acts in it: "USAID" in "USAID is
    funding partners", "the Department of State" in "The Department of State has requested"."""
    clause = _clause(sentence)
    body = BODY.match(clause) or INITIALS.match(clause) or re.match(r"The ([A-Z]{2,5})\b", clause)
    if not body or not re.match(r"(?:\s*\([^)]*\))?\s+(?:is|are|has|have|was|were)\b", clause[body.end():]):
        return ""
    name = body.group(body.lastindex or 0)
    return name if name.isupper() else "the " + name.removeprefix("the ").removeprefix("The ")


# A promise others made to the publisher, to do something (not to give money, which
# numbers.promised_money asks about): "fourteen companies have made commitments to prevent
# shut-offs", "the firms pledged to hire locally". "Is committed to being" is an attitude, not a promise.
COMMITMENT = re.compile(
    r"\b(?:(?:ha(?:ve|s)\s+)?(?:made|secured|signed|given)\s+(?:\w+\s+){0,2}?(?P<noun>commitments?|pledges?|promises?)|"
    r"(?:ha(?:ve|s)\s+)?(?P<verb>committed|pledged|promised|agreed))\s+to\s+(?P<what>(?!(?:the|a|an|this|these|being)\b)[a-z]+\b)")
# A promise only to keep talking: "agreed to remain in close contact", "pledged to continue working together".
# Read from the promised verb on, so that "pledged to meet the 2030 target" or "to continue
# funding the shelters" stays a promise.
TALK = re.compile(r"(?:remain|stay|keep)\s+in\s+(?:close\s+|regular\s+)?(?:contact|touch)\b|meet\s+(?:again|regularly)\b|"
                  r"(?:continue\s+(?:to\s+)?)?(?:(?:work|talk|speak|consult|engage|cooperate)\w*\s+(?:together|closely|with)\b|"
                  r"(?:talk|discuss|consult|cooperate|engage)\w*\b)")
# Words that would say who holds the promisers to account: then "no one checks" is untrue.
CHECKED = re.compile(r"\b(?:monitor\w*|enforc\w*|binding|legally|audit\w*|overs(?:ee|ees|een|ight)|penalt\w*|report back|"
                     r"track\w*|accountable|contracts?|law|laws|required|requires?|mandat\w*|kept|fulfill?\w*|honou?r\w*)\b",
                     re.IGNORECASE)


def kept_promise(ctx: Context) -> Iterator[Candidate]:
    """'What does the release tell you about this commitment?' for a promise a release says
    others made to do something ("Seven utility companies have made commitments to prevent
    shut-offs"): it tells that the promise was made, not whether it binds anyone, whether
    it has been kept, or who will check; and the publisher, who secured it, gains from
    announcing it. Not asked where the text says who checks, or that a law requires it."""
    if ctx.kind.kind != "press-release" or find_publisher(ctx) is None or CHECKED.search(ctx.article.text):
        return
    from quiz.core.generate.numbers import promised_money  # a promised sum asks the same lesson first
    if any(True for _ in promised_money(ctx)):
        return
    for sentence in ctx.article.sentences:
        body = _clause(sentence.text)
        found = COMMITMENT.search(body)
        if not found or _quoted(body) or MONEY.search(body[found.end():]) or not self_contained(body) \
                or not 10 <= len(body.split()) <= 50 or "?" in body:
            continue
        if TALK.match(body, found.start("what")):
            continue  # "agreed to remain in close contact": a promise to keep talking checks nothing
        word = found.group("noun") or found.group("verb")
        phrase = body[found.start("noun") if found.group("noun") else found.start("verb"): found.end()]
        many = bool(found.group("noun")) and word.endswith("s")
        it, was, binds, has = ("they", "were", "bind", "have") if many else ("it", "was", "binds", "has")
        answer = f"That {it} {was} made, not whether {it} {binds} anyone or who will check {it} {'are' if many else 'is'} kept"
        distractors = [f"That {it} {has} already been kept", f"That an independent body will check {it} {'are' if many else 'is'} kept",
                       f"That a law requires {'them' if many else 'it'} to be kept"]
        what = ("these commitments" if many else "this commitment") if found.group("noun") else "this promise"
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"kept-promise-{slugify(body, 24)}", skill="uncertainty",
                prompt=f"{quoted(body)} What does the release tell you about {what}?",
                evidence=body,
                explanation=(f"The words “{phrase}” report {'promises' if many else 'a promise'} about what will be done. The release does not say whether "
                             f"{it} {binds} anyone, what happens if {it} {'are' if many else 'is'} broken, or who will check. "
                             "A promise costs little to announce; only a later account of what was really done would show "
                             f"{it} {was} kept."),
                feedback={
                    distractors[0]: f"“{capitalise(word)}” looks forward: the release reports the promise, not what was done.",
                    distractors[1]: "The release names no one who will check the promise.",
                    distractors[2]: f"Nothing in the release says a law requires {'them' if many else 'it'}: "
                                    f"{'they are promises' if many else 'it is a promise'}.",
                },
                template="kept-promise",
            ),
            0.8, f"promise:{sentence.start}",
        )


# The publisher's political opponents, named as a side: "Democrat leaders", "the previous
# government", "Republicans in Congress". Small and general: the parties and the side before.
OPPONENTS = (r"(?:(?:the\s+)?(?:Democrats?|Republicans?|GOP|Tories|Labour|(?:radical\s+|far\s+)?(?:left|right))"
             r"(?:[\s-]+(?:leaders?|officials?|lawmakers|politicians|governors?|mayors?|members|run|controlled|led))?|"
             r"the\s+(?:previous|last|prior)\s+(?:administration|government))")
# Blame in the publisher's own words: what it says they failed to do.
BLAMED = re.compile(
    rf"\b(?P<side>{OPPONENTS})\s+(?:\w+\s+)?(?P<blame>failed|refused|abandoned|blocked|ignored|neglected|betrayed|"
    rf"surrendered|obstructed|let\s+\w+\s+down)(?:\s+to\s+\w+)?\b|"
    rf"\b(?P<blame2>abandoned|neglected|ignored|betrayed|failed)\s+by\s+(?P<side2>{OPPONENTS})\b")
FINDING = re.compile(r"\b(?:report|review|study|audit|inquiry|investigation|found|admit\w*|acknowledg\w*)\b", re.IGNORECASE)


def blamed_opponents(ctx: Context) -> Iterator[Candidate]:
    """'What kind of statement is “Democrat leaders failed to act”?' for blame a release
    lays, in its own voice, on its publisher's political opponents: a charge by one side of
    politics, not a neutral report, a finding or an admission. Not asked where the release
    quotes the other side, cites a finding, or is a statement against a foreign power (the
    publisher question asks about that dispute)."""
    if ctx.kind.kind != "press-release":
        return
    publisher = find_publisher(ctx)
    if publisher is None:
        return
    from quiz.core.generate.publisher import stake_of  # a statement accusing another side is asked there
    if stake_of(ctx, publisher.name).kind == "accuses":
        return
    for sentence in ctx.article.sentences:
        body = _clause(sentence.text).rstrip(":").strip()
        found = BLAMED.search(body)
        if not found or _quoted(body) or FINDING.search(body) or "?" in body or not 8 <= len(body.split()) <= 50:
            continue
        side = found.group("side") or found.group("side2")
        if any(side in s.text and _quoted(s.text) for s in ctx.article.sentences):
            continue  # the other side is heard somewhere: its answer may bear on the charge
        blame = (found.group("blame") or found.group("blame2")).split()[0]
        charge = found.group(0)
        # "The publisher", not its name: the name would answer the question of who published the text.
        answer = "A charge the publisher makes against its political opponents"
        distractors = ["A neutral description of what happened", f"A fact {side.removeprefix('the ')} admit themselves",
                       "A finding of an independent review"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"blamed-opponents-{slugify(charge, 24)}", skill="fact-vs-opinion",
                prompt=f"{quoted(body)}{'' if body[-1] in '.!' else '.'} What kind of statement is “{charge}”?",
                evidence=body,
                explanation=(f"“{capitalise(blame)}” judges: it says {side.removeprefix('the ')} should have done otherwise. "
                             "The publisher is on the other side of politics from them, and the release does not "
                             "let them answer. A government "
                             "text that blames the other party is making a political case as well as informing."),
                feedback={
                    distractors[0]: f"“{capitalise(blame)}” is a judgement of them, not a neutral description of what they did.",
                    distractors[1]: "The release quotes no one from that side; the words are the publisher's own.",
                    distractors[2]: "The sentence cites no review or finding: the charge is the publisher's own.",
                },
                template="blamed-opponents",
            ),
            0.8, f"blame:{sentence.start}",
        )


# Whom the release says its work helps, by name: "helping the DRC, Guinea, and neighboring
# countries", "assistance to Venezuela".
HELPED = re.compile(
    r"\b(?:help(?:ing|s|ed)?|support(?:ing|s|ed)?|assist(?:ing|s|ed)?|(?:assistance|aid|relief) to)\s+"
    r"(?P<who>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*(?:,\s+(?:and\s+)?(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)*)")
OWN_SIDE = re.compile(r"\b(?:U\.S\.|US|USG|United States|Administration|Department|Government|Ministry|Agency|Embassy|"
                      r"Americans?|President)\b")
HEARD = re.compile(r"[“”\"]|\b(?:said|says|told|according to|spokes\w+)\b")


def helped_unheard(ctx: Context) -> Iterator[Candidate]:
    """'Whose account would best show whether the help reached them?' for a release that
    tells of help its publisher gives to people or places it names ("the agency is helping
    Ruritania and Borduria to ...") and never gives their account: the publisher, who gave
    the help and tells of it, and a reporter who only retells it are the wrong choices."""
    if ctx.kind.kind != "press-release":
        return
    publisher = find_publisher(ctx)
    if publisher is None or stake_of(ctx, publisher.name).kind in ("accuses", "condemns"):
        return  # a statement on a conflict: whether its aid arrived is off its point
    sentences = ctx.article.sentences
    own = [s for s in sentences if not _quoted(s.text)]
    actors = list(dict.fromkeys(a for s in own if (a := _actor(s.text))))
    for sentence in own:
        clause = _clause(sentence.text)
        found = HELPED.search(clause)
        if not found or not (_actor(sentence.text) or BODY.match(clause) or ACTOR.match(clause) and INITIALS.match(clause)):
            continue  # the publisher's side must be the one that helps
        after = clause[found.end():]
        if re.match(r"[-’']|\s+(?!(?:to|in|with|and|as|by|for|through|on|during|after|at|from)\b)[a-z]", after):
            continue  # "State-led response", "the DRC's ministry", "Ruritania health workers": not a place helped
        who = re.sub(r",?\s+and$", "", found.group("who").strip().rstrip(".,;:"))
        names = [n.strip().removeprefix("and ").strip() for n in who.split(",") if n.strip()]
        if not names or any(OWN_SIDE.search(n) or n.removeprefix("the ") in publisher.name or n in actors for n in names):
            continue
        if any(HEARD.search(s.text) and any(n.removeprefix("the ") in s.text for n in names) for s in sentences):
            continue  # they are heard, or quoted, somewhere
        if not self_contained(clause) or not 8 <= len(clause.split()) <= 50:
            continue
        named = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]
        answer = f"People in {named}, whom the text says the work helps"
        agency = next(iter(_others(actors, publisher.name)), "")
        # Whether the help reached them, not whether it worked: that is shown by figures a body
        # doing the work may gather, which would make it a right choice too. Two choices from the
        # same side rule each other out, so the other wrong choice only passes the text on.
        distractors = [f"{capitalise(publisher.name)}, which gave the help", "A reporter who retells what the text says"]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"helped-unheard-{slugify(named, 24)}", skill="sourcing",
                prompt=(f"The text tells of help to {named}. Of these, whose account would best show whether the help "
                        f"reached people in {named}?"),
                evidence=clause,
                explanation=(f"The help is for {named}: people there could say whether it arrived, yet the text quotes "
                             f"no one there. {capitalise(publisher.name)} gave the help"
                             f"{' and ' + agency + ' does the work' if agency else ''}, so "
                             f"{'they have' if agency else 'it has'} reason to say it went well. Whether the help worked "
                             "would need more again, such as figures gathered by people who took no part in the work."),
                feedback={
                    distractors[0]: f"{capitalise(publisher.name)} gave the help, so it has a stake in how it is judged; "
                                    f"people in {named} can say what reached them.",
                    distractors[1]: "A reporter who only retells the text passes on what it says: that is no "
                                    "check on whether the help arrived.",
                },
                template="helped-unheard",
            ),
            0.75, f"helped:{sentence.start}",
        )
        return  # one question a release: whose account is missing is one lesson


# What work is for, told after what was done: "launched a program to strengthen", "is
# working with partners to ensure". General English, small.
AIM = re.compile(r"\b(?:in order )?to (?P<verb>increase|improve|strengthen|ensure|prevent|reduce|protect|help|expand|boost|"
                 r"enhance|tackle|end|stop|fight|combat|cut|lower|save|address|meet|raise|speed up|bring down|keep)\b")
# Something done, or being done, before the aim: a past or a present in "-ing", never a plan.
DONE_FOR = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:also\s+|now\s+|already\s+)?(?:taken action|launched|implemented|deployed|provided|funded|awarded|"
    r"opened|created|set up|established|invested|sent|delivered|hired|trained|built|introduced|issued|mobili[sz]ed|given|"
    r"spent|raised|passed|adopted|approved|signed|started|begun|expanded|allocated|donated|recruited|installed|planted|"
    r"repaired|replaced|bought|distributed)|"
    r"took action|launched|implemented|deployed|provided|funded|awarded|opened|created|set up|established|invested|sent|"
    r"delivered|hired|trained|built|introduced|issued|mobili[sz]ed|gave|spent|raised|passed|adopted|approved|signed|started|"
    r"began|expanded|allocated|donated|recruited|installed|planted|repaired|replaced|bought|distributed|"
    r"(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:working|helping|funding|supporting|deploying|providing|investing|building|"
    r"sending|training|hiring|creating|mobili[sz]ing|coordinating|running|using|spending|opening|installing))\b")
# The word before "to" that makes it no aim: a promise, a plan, a request to others, a
# claimed result ("has helped to cut"), or a quality ("is critical to help").
NOT_AN_AIM = re.compile(
    r"\b(?:able|used|going|need|needs|needed|want|wants|wanted|decided|agreed|voted|promised|pledged|committed|commitments?|"
    r"plans?|planned|aims?|aimed|hopes?|hoped|seeks?|sought|intends?|intended|expects?|expected|continues?|continued|"
    r"began|begun|started|helped|helps|critical|vital|important|key|ready|likely|set|due|about|enough|way|order|"
    r"ways?|chance|right|power)\s*$", re.IGNORECASE)
# Words before a deed's word that make it a description, not a deed: "a fully funded strategy".
AS_ADJECTIVE = re.compile(r"\b(?:a|an|the)\s+(?:(?:fully|newly|well|properly|publicly|federally|jointly|partly|privately)\s+)?$",
                          re.IGNORECASE)
# Words between the deed and the aim that make the aim someone else's: "called on states to".
ASKED_OF = re.compile(r"\b(?:call(?:s|ed)? on|urg\w*|ask\w*|encourag\w*|invit\w*|requir\w*|allow\w*|enabl\w*|let|lets|"
                      r"permit\w*|told|tell\w*|order\w*|direct\w*)\b", re.IGNORECASE)
# A plan, a possibility or a hope before the aim: then nothing was done yet to ask about.
NOT_DONE = re.compile(r"\b(?:will|would|could|can|may|might|should|must|plans?|aims?|hopes?|intends?|going to|if)\b",
                      re.IGNORECASE)
# Words that report a result, in the sentence or the one after it: then the result is told.
RESULT = re.compile(r"\d+(?:\.\d+)?\s*(?:%|per ?cent)|\b(?:as a result|result(?:s|ed)?|so far|already|since then|"
                    r"led to|thanks to|because of|succeeded|worked|achieved|now has|now have|has fallen|have fallen|"
                    r"has risen|have risen|has dropped|dropped|fell|rose)\b", re.IGNORECASE)


def aim_not_result(ctx: Context) -> Iterator[Candidate]:
    """'Does this sentence show that the aim “to strengthen infection control in clinics”
    has been met?' for a release that tells, in its own voice, of work done or under way and
    what it is for ("The agency launched a program to strengthen infection control in
    clinics"): the sentence gives the aim, not the result, and a release has reason to let
    one pass for the other. Not asked of a plan, a promise, a request to others, a claim that
    the work "helped to" do something, or where the sentence or the next one tells a result."""
    if ctx.kind.kind != "press-release" or find_publisher(ctx) is None:
        return
    sentences = ctx.article.sentences
    for index, sentence in enumerate(sentences):
        body = re.sub(r"^[-–•*]\s+", "", _clause(sentence.text))  # a bullet's mark is no part of what it says
        if _quoted(body) or HEARD.search(body) or "?" in body or body.endswith(":") \
                or not 10 <= len(body.split()) <= 45 or not self_contained(re.sub(r"^(?:We|Our)\b", "The", body)):
            continue  # a sentence that leads into a list: the list may tell what came of it. A release's "we" is its publisher
        for found in AIM.finditer(body):
            before = body[: found.start()]
            clause = re.split(r"[;:]|,\s+(?:but|while)\s+|\.\s", before)[-1]
            clause = re.sub(r"^(\W*)(\w)", lambda m: m.group(1) + m.group(2).lower(), clause)  # "- Launched a program"
            deed = None
            for deed in DONE_FOR.finditer(clause):
                pass
            if deed is None or NOT_AN_AIM.search(before) or ASKED_OF.search(clause[deed.start():]) \
                    or NOT_DONE.search(clause) or AS_ADJECTIVE.search(clause[: deed.start()]):
                continue
            aim = re.split(r"[,;:(]|\s[–—-]\s", body[found.start():])[0].strip().rstrip(".")
            if not 3 <= len(aim.split()) <= 14 or body.count(found.group(0)) != 1:
                continue
            after = sentences[index + 1].text if index + 1 < len(sentences) else ""
            if RESULT.search(body) or RESULT.search(after):
                break  # a result is told beside the aim: the sentence is not only an aim
            done = body[len(before) - len(clause) + deed.start(): len(before) - len(clause) + deed.end()]
            yield _aim_question(ctx, body, aim, found.group(0).removeprefix("in order ").strip(), done, sentence.start)
            return  # one a text: a second is the same lesson of another sentence


def _aim_question(ctx: Context, body: str, aim: str, cue: str, done: str, start: int) -> Candidate:
    answer = f"No: “{cue}” tells what the work is for, not what it has achieved"
    distractors = ["Yes: the text says what the work is for, so that has been done",
                   f"Yes: “{cue}” says the work has already done this",
                   "No: the sentence says the aim was missed"]
    return Candidate(
        choice(
            ctx, answer, distractors, id=f"aim-not-result-{slugify(aim, 24)}", skill="uncertainty",
            prompt=f"{quoted(body)} Does this sentence show that the aim “{aim}” has been met?",
            evidence=body,
            explanation=(f"The sentence tells of the work (“{done}”) and what it is for (“{aim}”): “{cue}” gives the "
                         "purpose, what the work is meant to bring about. It reports the effort, not its effect: it gives no "
                         "figure or finding that shows the aim was met. A release has reason to make the work it tells of sound effective, so a reader "
                         "should look for results measured by someone else before counting the aim as achieved."),
            feedback={
                distractors[0]: "Saying what work is for does not show that it worked: the sentence gives no result.",
                distractors[1]: f"“{capitalise(cue)}” looks ahead to what the work should bring about; it does not say "
                                "that it has happened.",
                distractors[2]: "The sentence does not say the aim was missed either: it says nothing of the result.",
            },
            template="aim-not-result",
        ),
        0.78, f"aim:{start}",
    )


# A release's opening dateline: "LEEDS, 6 March -- ", "NEW YORK — ".
DATELINE = re.compile(r"[A-Z][A-Z .’'-]*[A-Z](?:,[^.\n]{0,40}?)?\s*(?:--|[—–-])\s")


def own_voices(ctx: Context) -> Iterator[Candidate]:
    """'The release quotes Ana Ruiz and Ben Ode. Who are they, and what does that mean for a
    reader?' for a release whose every quoted person works for its publisher ("chief
    executive of Acme", "the company's head of design"): the release lets only its own side
    speak, and no customer, expert or critic is a check on what they say. Not asked where
    anyone else is quoted or reported, even once."""
    if ctx.kind.kind != "press-release":
        return
    publisher = find_publisher(ctx)
    quotes = ctx.of_kind("quote")
    # That they work for "the body that put out the text" needs a sign that settles who did.
    settled = publisher is not None and publisher.sure >= SETTLES
    staff = own_people(quotes, ctx.article.text) if settled else ""
    if settled and not staff and _all_by_bare_post(quotes):
        staff = publisher.name  # "said Chief Executive Claire Dunmore": in its own release, the publisher's
    if not staff or staff.removeprefix("the ").lower() not in publisher.name.lower():
        return  # not all its people, or the people of another body than the one that speaks
    head = publisher.name.removeprefix("the ").split()[-1].lower()
    first = publisher.name.removeprefix("the ").split()[0].lower()
    people: dict[str, str] = {}
    for quote in quotes:
        speaker = quote.data.get("speaker") or {}
        name, post = speaker.get("name"), (speaker.get("description") or "").strip()
        if not quote.data.get("direct"):
            said_by = (name or post).removeprefix("the ").removeprefix("The ").lower()
            if said_by and (said_by in publisher.name.lower() or said_by.split()[-1] in (head, "company")
                            or re.match(rf"{re.escape(first)}(?:['’]s)?$", said_by.split()[0])):
                continue  # the publisher's own words, which a reported "the company says" gives ("Brightwell's board")
            sentence = ctx.sentence(quote).strip()
            if speaker.get("kind") != "person" and DATELINE.match(sentence) \
                    and re.search(rf"\b{re.escape(first)}\b", sentence, re.IGNORECASE):
                continue  # "LEEDS, 6 March -- Brightwell Foods today announced": a dateline read as the speaker
            return  # someone else's words are reported
        if not name or not post:
            return
        people.setdefault(name, HONORIFIC_AFTER.sub("", post))
    if len(people) < 2:
        return
    first = next(q for q in quotes if q.data.get("direct"))
    evidence = ctx.sentence(first).strip()
    names = list(people)
    who = " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 2 else " and ".join(names)
    posts = "; ".join(f"{n} is {_post(p)}" for n, p in people.items())
    every = "Both" if len(names) == 2 else "All of them"
    answer = f"{every} work for the body that put out the text: no one from outside it is quoted"
    distractors = [f"{every} are independent experts, so their words check the text",
                   "One works for that body, and one is an outside critic" if len(names) == 2
                   else "Some work for that body, and one is an outside critic",
                   f"{every} are people from outside whom the news affects, speaking for themselves"]
    yield Candidate(
        choice(
            ctx, answer, distractors, id="own-voices", skill="sourcing",
            prompt=f"The text quotes {who}. Who are they, and what does that mean for a reader?",
            evidence=evidence,
            explanation=(f"{posts}: {every.lower()} work for {publisher.name}. A release quotes its own people to give its "
                         "account in their words. No customer, outside expert or critic is quoted, so nothing they say is "
                         "checked by anyone outside; a reader should look for independent voices before trusting the claims."),
            feedback={
                distractors[0]: f"{posts}: they are not independent.",
                distractors[1]: f"{posts}. No critic is quoted.",
                distractors[2]: f"{posts}: neither is from outside." if len(names) == 2 else f"{posts}: none is from outside.",
            },
            template="own-voices",
        ),
        0.78, "own-voices",
    )


# A post written as a title before the name, with no body beside it: "Chief Executive",
# "Operations Director", "Chairman" (of "Chairman Sir Peter Gaines").
BARE_POST = re.compile(r"^(?:[A-Z][\w-]*\s+){0,3}(?:Chief [A-Z]\w+|Chair(?:man|woman|person)?|Director|President|Founder|"
                       r"Head|Manager|Officer|Executive)$")
HONORIFIC_AFTER = re.compile(r"\s+(?:Sir|Dame|Dr|Professor|Prof\.?)$")


def _all_by_bare_post(quotes) -> bool:
    """Whether every person a text quotes in their own words is named with a post and no body
    beside it: in a release, posts at the body that put it out."""
    direct = [q.data.get("speaker") or {} for q in quotes if q.data.get("direct")]
    return len({s.get("name") for s in direct}) >= 2 and all(
        s.get("name") and BARE_POST.match(HONORIFIC_AFTER.sub("", (s.get("description") or "").strip())) for s in direct)


def _post(post: str) -> str:
    """'Acme chief executive' -> 'the Acme chief executive': a post at the top of a body, or
    one its own possessive names ("company's head of design"), is one person's."""
    if re.match(r"(?:a|an|the)\s", post):
        return post
    if re.search(r"\b(?:chief|head|president|founder|chair\w*|director|secretary|minister|manager|spokes\w+)\b", post, re.IGNORECASE) \
            or re.match(r"[\w ]+(?:’s|'s)\s", post):
        return "the " + post
    return with_article(post)
