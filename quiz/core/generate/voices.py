"""Whose voices an article gives: which group supplies its quotations, and which group
it writes about but never quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.facts.sources import is_outlet
from quiz.core.generate.common import (
    Candidate, Context, capitalise, choice, mid_sentence, or_list, possessive, slugify, speaker_of,
)
from quiz.core.generate.evidence import claim_evidence, sentences_around
from quiz.core.generate.sourcing import SPOKESPERSON


# Verbs that report a thought, not a statement anyone made: "Tyler thought he could ...".
THOUGHT_VERBS = frozenset("think thought thinks believe believed believes hope hoped hopes fear feared fears "
                          "wonder wondered doubt doubts doubted feel felt expect expected".split())


def statements(ctx: Context, claims) -> int:
    """How many times the article gives a person's words: each verb of saying once (a
    quotation that goes on is the same statement), and a quotation that opens a paragraph
    of its own; not thoughts, names ("called it ..."), or words relayed by someone else."""
    text = ctx.article.text
    said = set()
    quotes = ctx.of_kind("quote")
    for claim in claims:
        if claim.data.get("via") or (claim.data.get("verb") or "").lower() in THOUGHT_VERBS:
            continue
        verb_at = claim.data.get("verb_at")
        if verb_at is not None and any(q.start <= verb_at < q.end and (q.data["speaker"] != claim.data["speaker"] or (
                q.data.get("verb") or "").lower() in THOUGHT_VERBS) for q in quotes if q is not claim):
            continue  # a verb inside another's words or a thought ("thought he could write ...") is not a statement
        if claim.data.get("verb_kind") in ("say", "according", "colon") and claim.data.get("verb_at") is not None:
            said.add(claim.data["verb_at"])
        elif claim.data.get("verb_kind") == "continued" and not text[text.rfind("\n", 0, claim.start) + 1 : claim.start].strip(" “\""):
            said.add(claim.start)
    return len(said)


# The kinds of source a story can quote, by the words of their role. A source of none of
# these kinds (a curator, a reporter, a name with no role) leaves the count unsure.
VOICE_GROUPS = {
    "officials": ("Officials, politicians and their spokespeople", re.compile(
        r"\b(?:officials?|ministers?|ministry|secretary|senators?|governor|mayor|mp|representative|commissioner|"
        r"ambassador|sheriff|police|judges?|courts?|government|department|administration|white house|council(?:lor| member)?|"
        r"(?:[A-Z][a-z]+ )?(?:leader|president|prime minister))\b", re.IGNORECASE)),
    "experts": ("Experts and researchers", re.compile(
        r"\b(?:experts?|analysts?|economists?|researchers?|scientists?|professor|academics?)\b", re.IGNORECASE)),
    "company": ("A company and its staff", re.compile(
        r"\b(?:ceo|chief executive|executives?|cfo|founder|company|firm|corporation|inc|ltd)\b", re.IGNORECASE)),
    "affected": ("People affected by the events", re.compile(
        r"\b(?:residents?|patients?|parents?|students?|workers?|victims?|veterans?|farmers?|passengers?|customers?|"
        r"famil(?:y|ies)|survivors?|refugees?|migrants?|(?:shop|home|business) owners?|neighbou?rs?|voters?)\b",
        re.IGNORECASE)),
}


def _voice_group(speaker) -> str | None:
    """The one group a source's label puts it in; None for none or more than one."""
    role = speaker.label.split(", ", 1)[1] if speaker.named and ", " in speaker.label else speaker.label
    if speaker.named and speaker.kind == "person" and ", " not in speaker.label:
        return None  # a name with no role: the article does not say which side they are on
    if is_outlet(speaker.key):
        return None
    found = [group for group, (_, words) in VOICE_GROUPS.items() if words.search(role if speaker.kind == "person" else speaker.key)]
    if not found and SPOKESPERSON.search(role) and re.search(r"\b[A-Z]{2,5}\b|\b(?:[Oo]ffice|[Aa]gency|[Bb]ureau)\b", role):
        found = ["officials"]  # "a DHS spokeswoman", "a Home Office spokesman" ("an Apple spokesperson" stays unsure)
    return found[0] if len(found) == 1 else None


def whose_voices(ctx: Context) -> Iterator[Candidate]:
    """'Which group supplies the quotations in this article?' when every source quoted
    belongs to a group the label names, and one group gives nearly all of them: the
    article tells its story through one kind of voice, and the others are missing."""
    if ctx.kind.kind not in ("news", "wire", "study"):
        return  # a release or a speech is one voice by nature
    count: dict[str, int] = {}
    members: dict[str, list] = {}
    for key, claims in ctx.claims_by_speaker.items():
        said = statements(ctx, claims)
        if not said:
            continue
        group = _voice_group(ctx.speakers[key])
        if group is None:
            return  # one source the count cannot place makes the answer unsure
        count[group] = count.get(group, 0) + said
        members.setdefault(group, []).append(ctx.speakers[key])
    if not count:
        return
    top = max(count, key=count.get)
    total = sum(count.values())
    if len(members[top]) < 2 or count[top] < 3 or count[top] < 0.75 * total:
        return
    evidence = claim_evidence(ctx, ctx.claims_by_speaker[members[top][0].key][0])
    if evidence is None:
        return
    answer = VOICE_GROUPS[top][0]
    distractors = [label for group, (label, _) in VOICE_GROUPS.items() if group != top]
    names = capitalise(_listed(members[top]))
    # Missing: only people affected that the article itself writes about ("migrants"), not every group a story could quote.
    named = _named_twice(ctx)
    missing = [named[0]] if named and "affected" not in count else []
    share = f"all {total}" if count[top] == total else f"{count[top]} of the {total}"
    feedback = {}
    for group, (label, _) in VOICE_GROUPS.items():
        if group == top:
            continue
        feedback[label] = (f"Only {count[group]} of the {total} statements {'comes' if count[group] == 1 else 'come'} from "
                           "this group." if group in count
                           else "The article quotes no one from this group.")
    yield Candidate(
        choice(
            ctx, answer, distractors, id=f"whose-voices-{top}", skill="sourcing",
            prompt="Which group gives most of the quotations and statements in this article?",
            evidence=evidence,
            explanation=(f"{names}, {'both' if len(members[top]) == 2 else 'all'} from this group, give {share} statements the article quotes: "
                         f"the story is told {'only' if count[top] == total else 'mostly'} through one kind of voice"
                         + (f". It writes about {or_list(missing, 'and')} but quotes none of them: ask who else could "
                            "have been asked." if missing else ".")),
            feedback=feedback,
            template="whose-voices",
        ),
        0.8, "whose-voices",
    )


def _listed(speakers, more: list[str] = (), text: str = "") -> str:
    """'an unnamed U.S. official, Tricia McLaughlin (a DHS spokeswoman) and ...'; with the
    article's text, a body it writes with "the" keeps it ("the Department of ...")."""
    def named(s) -> str:
        label = re.sub(r"^([^,]+), (.+)$", r"\1 (\2)", mid_sentence(s.label))
        the = s.kind == "organisation" and text and re.search(rf"\b[Tt]he {re.escape(label)}\b", text)
        return f"the {label}" if the else label
    return or_list([named(s) for s in speakers] + list(more), "and")


AFFECTED_PLURALS = re.compile(
    r"\b(?:residents|patients|parents|students|workers|victims|veterans|farmers|passengers|customers|families|survivors|"
    r"refugees|migrants|immigrants|teachers|tenants|pupils|employees|fans|voters|shop owners|homeowners)\b", re.IGNORECASE)


def missing_voice(ctx: Context) -> Iterator[Candidate]:
    """'The article writes about farmers more than once. Whose words does it never give?'
    for a group the article names more than once, when every source
    it quotes is placed in a group and none of them is one of those people."""
    if ctx.kind.kind not in ("news", "wire"):
        return  # a release speaks for its publisher alone: that no one else speaks is its nature, and publisher-stake asks it
    quoted = [ctx.speakers[key] for key, claims in ctx.claims_by_speaker.items() if statements(ctx, claims)]
    if len(quoted) < 2 or any(_voice_group(s) in (None, "affected") for s in quoted):
        return  # a source the count cannot place could be one of the people affected
    named = _named_twice(ctx)
    if named is None:
        return
    group, at = named
    if any(group.rstrip("s") in s.label.lower() for s in quoted):
        return
    borrowed = _word_owners(ctx, quoted)
    if any(group.rstrip("s") in label.lower() for label in borrowed.values()):
        return
    evidence = sentences_around(ctx, at[0], at[0] + len(group))
    if evidence is None:
        return
    voices = _listed(quoted, [f"{label} (whose word “{word}” it quotes)" for word, label in borrowed.items()])
    answer = capitalise(group)
    distractors = [capitalise(s.label) for s in quoted[:3]]
    yield Candidate(
        choice(
            ctx, answer, distractors, id=f"missing-voice-{slugify(group, 20)}", skill="sourcing",
            prompt="The article writes more than once about someone whose words it never gives. Who is it?",
            evidence=evidence,
            explanation=(f"The article writes about {group} more than once, but it gives no words from any of them: "
                         f"their side of the story is missing. The people whose words it gives are {voices}."),
            feedback={capitalise(s.label): f"The article reports what {s.key if s.named else mid_sentence(s.label)} said."
                      for s in quoted[:3]},
            template="missing-voice",
        ),
        0.8, "whose-voices",  # the explanation lists every voice: it would answer the other question
    )


def _word_owners(ctx: Context, quoted) -> dict[str, str]:
    """The single words the article puts in quotation marks as someone's ("an “invasion”"),
    by word, with the owner's label, for owners not among the sources already quoted."""
    keys = {s.key for s in quoted}
    owners = {}
    for fact in ctx.of_kind("loaded", loaded_kind="scare-quote"):
        owner = speaker_of(fact.data["owner"]) if fact.data.get("owner") else None
        if owner is not None and owner.key not in keys:
            owners.setdefault(fact.data["word"], owner.key if owner.named else mid_sentence(owner.label))
    return owners


def _named_twice(ctx: Context) -> tuple[str, list[int]] | None:
    """The one group of people affected that the article names more than once, with where."""
    found: dict[str, list[int]] = {}
    for match in AFFECTED_PLURALS.finditer(ctx.article.text):
        found.setdefault(match.group().lower(), []).append(match.start())
    groups = [(group, at) for group, at in found.items() if len(at) >= 2]
    return groups[0] if len(groups) == 1 else None  # none named twice, or several: "the" missing group is unsure


# The last word of a name that belongs to a body that can speak for itself ("the Pentagon",
# "the Home Office", "the National Guard"), not to a plan, a fund or an event.
BODY_WORDS = frozenset(
    "Department Ministry Institute University College School Corporation Company Council Committee Agency "
    "Administration Office Center Centre Service Association Foundation Commission Bureau Court "
    "Parliament Board Authority Organisation Organization Union Pentagon Kremlin Police Army Navy Guard "
    "Museum Hospital Government Inc Ltd Church".split()
)
# Bodies and groups the article names with a common noun: "the police", "the Venezuelan
# government", "state governors", with the words of the posts of people who speak for them:
# a source whose role has one of these may be speaking for the body.
COMMON_BODY = re.compile(r"\b[Tt]he (?:(?:[A-Z][a-z]+|local|federal|state|city) )?(?P<body>police|government|school|military|"
                         r"authorities|council|prosecutors|regulators)\b|\b(?:state |local )?(?P<governors>governors)\b|"
                         r"\baid (?P<aid>groups|agencies)\b")
SPEAKS_FOR = {
    "police": r"police|officer|sheriff|detective|constable|chief",
    "government": r"minister|secretary|official|spokes|government|department|ministry|president|governor|mayor",
    "authorities": r"minister|secretary|official|spokes|government|department|ministry|president|governor|mayor|police",
    "school": r"school|principal|teacher|head|superintendent|district|board",
    "military": r"military|army|navy|air force|defen[cs]e|general|colonel|commander|officer|soldier|pentagon",
    "council": r"council|mayor",
    "prosecutors": r"prosecutor|attorney",
    "regulators": r"regulat",
    "governors": r"governor",
    "groups": r"aid|charity|relief|cross|crescent|ngo|humanitarian",
}
SPEAKS_FOR["agencies"] = SPEAKS_FOR["groups"]
# Words by which a body gives its words, view or account.
SPEECH = (r"(?:say|says|said|saying|tell|tells|told|state[sd]|statements?|according|announc\w*|report\w*|claim\w*|"
          r"confirm\w*|den(?:y|ies|ied)|insist\w*|warn\w*|add(?:s|ed)|not(?:es|ed)|explain\w*|wr(?:ote|ites|itten)|"
          r"ask(?:s|ed)|call(?:s|ed)|urg\w+|spokes\w+|comment\w*|declin\w+|respon\w+|repl(?:y|ies|ied)|argu\w+|"
          r"acknowledg\w+|admit\w*|describ\w+|interview\w*|e-?mail\w*|tweet\w*|posted|letter|testif\w+|"
          r"recommend\w*|advis\w+|promis\w+|pledg\w+|vow\w*|demand\w*|accus\w+|prais\w+|critici[sz]\w*|"
          r"condemn\w*|welcom\w+|defend\w*|reject\w*|dismiss\w*|believ\w+|think\w*|thought|hop(?:e|es|ed)|"
          r"expect\w*|agree\w*|disagree\w*|estimat\w+|predict\w*|found|conclu\w+|suggest\w*|quot\w+|"
          r"position|view|message|website|blog|figures|data|officials?|representatives?)")
# The body as the giver of words: "the Pentagon said", "the police have not yet commented",
# "the school's statement", "according to the council".
SPEAKS_AFTER = re.compile(rf"^(?:['’]s?)?(?:\s+\S+){{0,3}}?\s+{SPEECH}\b", re.IGNORECASE)
SPEAKS_BEFORE = re.compile(
    rf"\b(?:according to|on behalf of|{SPEECH}\s+by|(?:{SPEECH}|staff|director|head|chief|officer|members?|employees?|"
    rf"report|email)\s+(?:\w+\s+)?(?:by|from|at|for|of|with|to)|at|of|from|with)\s+(?:the\s+)?$", re.IGNORECASE)
# A sentence that goes on with the body as "it" or "they": "It said in a statement ...".
GOES_ON = re.compile(rf"^\W*(?:It|They|The (?:agency|department|ministry|company|office|government|force|service|museum|"
                     rf"school|police|council|board|group|governors))\b(?:\s+\S+){{0,4}}?\s+{SPEECH}\b")


def unheard_party(ctx: Context) -> Iterator[Candidate]:
    """'The article writes about all of these. Which one does it give no words from?' for a
    body or group the story names in two sentences or more (the Pentagon, the school, the
    police, state governors) that never speaks in it, among sources it does quote: whose
    account is missing."""
    if ctx.kind.kind not in ("news", "wire", "study"):
        return  # a release or a speech is one voice by nature
    sources = [ctx.speakers[key] for key, claims in ctx.claims_by_speaker.items()
               if not is_outlet(key) and not all(ctx.in_title(c) for c in claims)]  # the headline is the writer's
    heard = [s for s in sources if statements(ctx, ctx.claims_by_speaker[s.key])]
    named = list({s.label: s for s in heard if len(s.label) <= 70}.values())
    if len(named) < 2 or any(s.named and s.kind == "person" and ", " not in s.label for s in sources):
        return  # a source with no post could be speaking for any body the story names
    party = next(iter(_unheard_bodies(ctx)), None)
    if party is None:
        return
    name, at = party
    answer = capitalise(name)
    distractors = [capitalise(s.label) for s in named[:3]]
    unknown = any(speaker_of(q.data["speaker"]) is None for q in ctx.of_kind("quote"))
    voices = _listed(list({s.label: s for s in sources}.values()), text=ctx.article.text)
    listed = (f"Among the sources it does give words from are {voices}" if unknown
              else f"The sources it gives words from are {voices}")
    # One candidate per passage that names the body, all on one point: the ranking keeps the
    # one whose passage no other question of the pack shows.
    passages = dict.fromkeys(filter(None, (sentences_around(ctx, start, start + len(name)) for start in at)))
    for rank, evidence in enumerate(passages):
        yield Candidate(choice(
            ctx, answer, distractors, id=f"unheard-{slugify(name, 24)}", skill="sourcing",
            prompt="The article writes about all of these. Which one does it give no words from at all "
                   "(no quotation, nothing it said, no statement)?",
            evidence=evidence,
            explanation=(f"The article names {name} in {len(at)} sentences, but never gives {possessive(name)} own account: no "
                         f"quotation, nothing said, no statement. {listed}. What the article tells of {name} comes from "
                         f"others or from the writer; {possessive(name)} own side (what it did, plans or thinks) is "
                         "missing, and a reader would look for it elsewhere."),
            feedback={capitalise(s.label): f"The article reports what {s.key if s.named else mid_sentence(s.label)} said."
                      for s in named[:3]},
            template="unheard-party",
        ), 0.8 - 0.01 * rank, "whose-voices")


def _unheard_bodies(ctx: Context) -> Iterator[tuple[str, list[int]]]:
    """Bodies and groups named in two sentences or more that never give their words, with
    where the article names them, in order of first mention."""
    text = ctx.article.text
    names = [m.data["name"] for m in ctx.of_kind("mention", label="organisation")
             if m.data["name"].split()[-1] in BODY_WORDS and not is_outlet(m.data["name"])]
    labels = " | ".join(f"{s.key} {s.label}" for s in ctx.speakers.values()).lower()
    for match in COMMON_BODY.finditer(text):
        kind = match.group("body") or match.group("governors") or match.group("aid")
        if not re.search(rf"\b(?:{SPEAKS_FOR[kind]})", labels):
            names.append(match.group())
    for name in dict.fromkeys(re.sub(r"^[Tt]he ", "", n) for n in names):
        forms = [name] + re.findall(rf"{re.escape(name)} \(([A-Z]{{2,6}})\)", text)
        if any(form.lower() in labels or form.split()[-1].lower().rstrip("s") in labels for form in forms):
            continue  # the body, or someone of it, is among the sources
        found = sorted({m.start() for form in forms for m in re.finditer(rf"\b{re.escape(form)}\b", text, re.IGNORECASE)})
        sentences = {s.start: s for at in found if (s := ctx.article.sentence_at(at)) is not None}
        if len(sentences) < 2 or any(_gives_words(ctx, at, len(name)) for at in found):
            continue
        shown = f"the {name}" if re.search(rf"\b[Tt]he {re.escape(name)}\b", text) else name
        yield shown, [min(at for at in found if s.start <= at < s.end) for s in sentences.values()]


def _gives_words(ctx: Context, at: int, length: int) -> bool:
    """Whether the body named at `at` may give words there: as the one who speaks ("the
    Pentagon said", "a statement from the Pentagon"), in the description of someone who
    speaks ("Ann Lee, a director at the museum, said"), or as "it" in the next sentence."""
    text = ctx.article.text
    sentence = ctx.article.sentence_at(at)
    if SPEAKS_AFTER.match(text[at + length : at + length + 60]) or SPEAKS_BEFORE.search(text[max(sentence.start, at - 40) : at]):
        return True
    if any(q.data["sentence_start"] == sentence.start and at < (q.data.get("verb_at") or -1) for q in ctx.of_kind("quote")):
        return True  # named before a verb of saying in its sentence: it may be the speaker's employer
    if any(s.named and s.kind == "person" and re.search(rf"\b{re.escape(s.key.split()[-1])}\b", sentence.text)
           for s in ctx.speakers.values()):
        return True  # named beside a source, perhaps as where they work: "Mustard, a geologist at the university"
    after = next((s for s in ctx.article.sentences if s.start >= sentence.end), None)
    return after is not None and bool(GOES_ON.match(text[after.start : after.end]))


def main_voice(ctx: Context) -> Iterator[Candidate]:
    """'Whose words does the article give most often?' when one source is given at least
    twice as often as any other, by a margin that no quotation whose speaker is unplaced, and
    no other way of counting a quotation that goes on, could close: the story is told largely
    through one voice, and a reader should ask who could answer it."""
    if ctx.kind.kind not in ("news", "wire", "study"):
        return  # a release, a speech or an interview is one voice by nature
    said = {key: statements(ctx, claims) for key, claims in ctx.claims_by_speaker.items()
            if not is_outlet(key) and not all(ctx.in_title(c) for c in claims)}
    unplaced = statements(ctx, [q for q in ctx.of_kind("quote") if speaker_of(q.data["speaker"]) is None
                                and q.data["speaker"].get("kind") not in ("document", "thing", "writer")])
    ranked = sorted((key for key in said if said[key]), key=lambda key: -said[key])
    if len(ranked) < 3:
        return
    top, second = said[ranked[0]], said[ranked[1]]
    if top < 4 or top < 2 * second or top < second + 3 + unplaced:
        return
    speaker = ctx.speakers[ranked[0]]
    # Choices are single people: a group ("unnamed experts", "the authors") may include the top source.
    others = [ctx.speakers[key] for key in ranked[1:] if ctx.speakers[key].kind == "person"][:3]
    if not speaker.named or speaker.kind != "person" or len(others) < 2:
        return
    name = speaker.key
    passages = dict.fromkeys(filter(None, (claim_evidence(ctx, c) for c in ctx.claims_by_speaker[name])))
    for rank, evidence in enumerate(passages):  # one per passage, on one point, as in unheard_party
        yield Candidate(choice(
            ctx, name, [_short(o) for o in others], id=f"main-voice-{slugify(name, 24)}",
            skill="sourcing",
            prompt="The article gives the words of several sources. Whose words does it give most often?",
            evidence=evidence,
            explanation=(f"The article gives the words of {_listed([speaker])} far more often than those of any "
                         f"other source, such as {_short(others[0])}. Much of the story is told through this one voice, "
                         f"so a reader sees it the way {name} does, and should ask who could answer or check what "
                         f"{name} says."),
            feedback={_short(o): f"The article gives {o.key if o.named else mid_sentence(o.label)}'s words, "
                      f"but far less often than {possessive(name)}." for o in others},
            template="main-voice",
        ), 0.75 - 0.001 * rank, "main-voice")


def _short(speaker) -> str:
    """A source as a choice: a name alone (its role would make a long choice stand out), or
    the article's words for an unnamed one."""
    return speaker.key if speaker.named else capitalise(speaker.label)
