"""Whose voices an article gives: which group supplies its quotations, and which group
it writes about but never quotes."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from quiz.core.facts.sources import is_outlet
from quiz.core.generate.common import (
    Candidate, Context, capitalise, choice, mid_sentence, or_list, possessive, slugify, speaker_of,
)
from quiz.core.generate.evidence import claim_evidence, sentences_around
from quiz.core.generate.kinds import RELATIVE
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
        r"(?-i:Office|Agency|Bureau|Administrator)|"
        r"(?:[A-Z][a-z]+ )?(?:leader|president|prime minister))\b", re.IGNORECASE)),
    "experts": ("Experts and researchers", re.compile(
        r"\b(?:experts?|analysts?|economists?|researchers?|scientists?|professor|academics?|(?:principal )?investigator|"
        r"(?:director|head|leader) of the [\w ]*\b(?:study|trial|research))\b",
        re.IGNORECASE)),
    "company": ("A company and its staff", re.compile(
        r"\b(?:ceo|chief executive|executives?|cfo|founder|company|firm|corporation|inc|ltd)\b", re.IGNORECASE)),
    "campaigners": ("Campaigners and charities", re.compile(
        r"\b(?:campaigners?|activists?|(?-i:charit(?:y|ies))|(?:campaign|pressure|advocacy|rights) groups?|"
        r"(?-i:(?:Refugee|Patient|Parent|Victim|Veteran|Migrant|Tenant|Consumer|Carer)s?['’]? (?:Council|Association|Alliance|Network|Trust))|"
        r"(?-i:Council|Association|Alliance|Network|Trust|Society) for the (?-i:Welfare|Rights|Protection) of)\b",
        re.IGNORECASE)),
    "affected": ("People affected by the events", re.compile(
        r"\b(?:residents?|patients?|parents?|students?|workers?|victims?|veterans?|farmers?|passengers?|customers?|"
        r"famil(?:y|ies)|survivors?|refugees?|migrants?|(?:shop|home|business) owners?|neighbou?rs?|voters?)\b",
        re.IGNORECASE)),
}


def _voice_group(speaker, ctx: Context | None = None) -> str | None:
    """The one group a source's label puts it in; None for none or more than one. A name
    whose label has no role ("Home Secretary" alone is too bare to print beside a name) is
    placed by the titles the article gives it where it quotes it, when they agree."""
    role = speaker.label.split(", ", 1)[1] if speaker.named and ", " in speaker.label else speaker.label
    if speaker.named and speaker.kind == "person" and ", " not in speaker.label:
        titles = {c.data["speaker"].get("description") or "" for c in (ctx.claims_by_speaker.get(speaker.key, []) if ctx else [])}
        groups = {_voice_group(speaker._replace(label=f"{speaker.key}, {t}")) for t in titles - {""}} - {None}
        if not groups and ctx and re.search(rf"\b(?:Professor|Prof\.|Dr\.?)\s+{re.escape(speaker.key)}\b|"
                                            rf"\b{re.escape(speaker.key)},\s+(?:M\.\s?D\.|Ph\.\s?D\.|M\.B\.B\.S\.|MD\b|PhD\b|MBBS\b)", ctx.article.text):
            groups = {"experts"}  # "Professor Cres Eastman", "Mark Gilbert, M.D.": a doctor or scholar
        if not groups and ctx:  # a role in lower case written just before the full name: "economist Jane Cole"
            groups = {_voice_group(speaker._replace(label=f"{speaker.key}, {m[1]}")) for m in
                      re.finditer(rf"\b([a-z]+(?:-[a-z]+)?) {re.escape(speaker.key)}\b", ctx.article.text)} - {None}
        return groups.pop() if len(groups) == 1 else None  # a name with no role: the article does not say which side they are on
    if is_outlet(speaker.key):
        return None
    if speaker.kind == "organisation" and ctx and not any(words.search(speaker.key) for _, words in VOICE_GROUPS.values()):
        return _body_group(speaker, ctx)
    found = [group for group, (_, words) in VOICE_GROUPS.items() if words.search(role if speaker.kind == "person" else speaker.key)]
    if not found and SPOKESPERSON.search(role) and re.search(r"\b[A-Z]{2,5}\b|\b(?:[Oo]ffice|[Aa]gency|[Bb]ureau)\b", role):
        found = ["officials"]  # "a DHS spokeswoman", "a Home Office spokesman" ("an Apple spokesperson" stays unsure)
    if not found and ctx and ctx.kind.kind == "study" and re.search(r"\bauthors\b|\b(?:trial|study) (?:leaders|team)\b", role):
        found = ["experts"]  # in the report of a study, "the authors" and "the trial leaders" are its researchers
    if "campaigners" in found:
        found = ["campaigners"]  # "CEO of the Refugee Council": a body named for the people it speaks for
    if found == ["experts", "company"]:
        found = ["experts"]  # "a Korea expert from the RAND Corporation": a role, then where it is held
    return found[0] if len(found) == 1 else None


def _body_group(body, ctx: Context) -> str | None:
    """The group of a body whose name tells nothing ("Secunia.com", "NASA"): the words the
    article puts before it ("the Internet security firm Secunia.com"), or else the role of
    its own people ("NASA Administrator Charles Bolden"), when they agree."""
    titles = {c.data["speaker"].get("description") or "" for c in ctx.claims_by_speaker.get(body.key, [])} - {""}
    groups = {_voice_group(body._replace(kind="person", label=f"{body.key}, {t}")) for t in titles} - {None}
    if not groups:
        named = re.compile(rf"\b{re.escape(body.key)}(?:'s|’s)?\b")
        groups = {_voice_group(s) for s in ctx.speakers.values()
                  if s.kind == "person" and s.named and ", " in s.label and named.search(s.label.split(", ", 1)[1])} - {None}
    return groups.pop() if len(groups) == 1 else None


def _relays(words: re.Pattern, said: str) -> bool:
    """Whether someone's words pass on what people of a group said: "Patients told us '…'"."""
    return any(words.fullmatch(m.group(1)) for m in re.finditer(r"\b(\w+)\s+(?:told|tell|said|say|says|asked|wrote)\b", said))


def whose_voices(ctx: Context) -> Iterator[Candidate]:
    """'Which group supplies the quotations in this article?' when every source quoted
    belongs to a group the label names, and one group gives nearly all of them: the
    article tells its story through one kind of voice, and the others are missing."""
    if ctx.kind.kind not in ("news", "wire", "study"):
        return  # a release or a speech is one voice by nature
    count: dict[str, int] = {}
    members: dict[str, list] = {}
    heard: set[str] = set()  # groups whose words a source passes on: "Patients told us '…'"
    for key, claims in ctx.claims_by_speaker.items():
        heard.update(g for c in claims for g, (_, words) in VOICE_GROUPS.items() if _relays(words, c.text))
        said = statements(ctx, [c for c in claims if not ctx.in_title(c)])  # a headline's "NASA announces" is no quotation
        if not said:
            continue
        group = _voice_group(ctx.speakers[key], ctx)
        if group is None:
            return  # one source the count cannot place makes the answer unsure
        count[group] = count.get(group, 0) + said
        members.setdefault(group, []).append(ctx.speakers[key])
    if not count or heard - set(count):
        return  # "Patients told us '…'": a group heard through another's words, which the count leaves out
    top = max(count, key=count.get)
    total = sum(count.values())
    if len(members[top]) < 2 or count[top] < 3 or count[top] < 0.75 * total:
        return
    # Passages that give a member's words, named ones first (a name a student can find
    # there): one candidate each, and the ranking keeps one whose passage no other shows.
    firsts = [next(c for c in ctx.claims_by_speaker[s.key] if statements(ctx, [c]))  # words given, not a question put
              for s in sorted(members[top], key=lambda s: (not s.named, s.kind != "person"))]
    passages = list(dict.fromkeys(filter(None, (claim_evidence(ctx, c) for c in firsts))))[:3]
    if not passages:
        return
    answer = VOICE_GROUPS[top][0]
    # Three wrong choices: the groups the article does quote first, then those it does not.
    distractors = [VOICE_GROUPS[g][0] for g in sorted((g for g in VOICE_GROUPS if g != top),
                                                      key=lambda g: (g not in count, g == "campaigners"))][:3]
    listed = _once(members[top], ctx)
    listed = listed if len(listed) >= 2 else members[top]  # "Acme and Ann Lee (the Acme chief executive)" then
    names = capitalise(_listed(listed))
    # Missing: only people affected that the article itself writes about ("migrants"), not every group a story could quote.
    named = _named_twice(ctx)
    # In the report of a study, the people studied speak through its results.
    missing = [named[0]] if named and "affected" not in count and ctx.kind.kind != "study" else []
    # No count: a student cannot rebuild it (a quotation that goes on, a "she said"), and the reading may miss one.
    share = "all the" if count[top] == total else "most of the"
    feedback = {}
    for group, (label, _) in VOICE_GROUPS.items():
        if group == top or label not in distractors:
            continue
        feedback[label] = ("The article quotes this group too, but less often." if group in count
                           else "The article quotes no one from this group.")
    question = choice(
        ctx, answer, distractors, id=f"whose-voices-{top}", skill="sourcing",
        prompt="Which group gives most of the quotations and statements in this article?",
        evidence=passages[0],
        # What the quotations show, not that the whole story is told through them: the
        # reporter may add what this group left out.
        explanation=(f"{names}, {'both' if len(listed) == 2 else 'all'} from this group, give {share} statements "
                     "the article quotes: " + ("no one from outside this group is quoted" if count[top] == total else
                                               "other groups are quoted less often")
                     + (f". It writes about {or_list(missing, 'and')} but quotes none of them: ask who else could "
                        "have been asked." if missing else ".")),
        feedback=feedback,
        template="whose-voices",
    )
    for rank, evidence in enumerate(passages):
        yield Candidate(replace(question, evidence=evidence), 0.8 - 0.001 * rank, "whose-voices")


def absent_voice(ctx: Context) -> Iterator[Candidate]:
    """'Which of these kinds of voice does the article NOT include?' when every source whose
    words it gives is placed in a kind by its role, at least two kinds are there to offer as
    wrong choices (each named, in the feedback, by the people who fill it), and the kind
    left out is one the story calls for: the people it writes about, or an expert with no
    part in the matter to check what the others say."""
    if ctx.kind.kind not in ("news", "wire", "study"):
        return  # a release or a speech is one voice by nature
    members: dict[str, list] = {}
    for key, claims in ctx.claims_by_speaker.items():
        if not statements(ctx, claims):
            continue
        group = _voice_group(ctx.speakers[key], ctx)
        if group is None:
            return  # a source the reading cannot place could be of the kind asked about
        members.setdefault(group, []).append(ctx.speakers[key])
    if len(members) < 2:
        return  # whose-voices asks about an article told through one kind of voice
    named = _named_twice(ctx)
    if "affected" not in members and named is not None and ctx.kind.kind != "study":  # the people studied speak through its results
        missing, (group, at), worth = "affected", named, 0.8
        evidence = sentences_around(ctx, at[0], at[0] + len(group))
        why = (f"The article writes about {group} more than once, but gives the words of none of them, so "
               "how the events touch them is told only by others.")
    elif "experts" not in members and "officials" in members and not re.search(
            r"\b(?:lawyers?|barristers?|attorneys?|solicitors?)\b", ctx.article.text) and not VOICE_GROUPS["experts"][1].search(ctx.article.text):
        # an expert the article names, even without giving their words, makes the answer arguable
        missing, worth = "experts", 0.72  # a weaker lesson than people written about and never heard
        evidence = claim_evidence(ctx, ctx.claims_by_speaker[members["officials"][0].key][0])
        why = ("No one with no part in the matter, such as an independent expert, is asked to check what "
               "the officials say.")
    else:
        return
    if evidence is None:
        return
    present = list(members)[:3]
    answer = VOICE_GROUPS[missing][0]
    voices = "; ".join(f"{VOICE_GROUPS[g][0].lower()}: {_listed(members[g])}" for g in members)
    yield Candidate(
        choice(
            ctx, answer, [VOICE_GROUPS[g][0] for g in present], id=f"absent-voice-{missing}", skill="sourcing",
            prompt="Which of these kinds of voice does the article NOT include?",
            evidence=evidence,
            explanation=f"The article gives the words of {voices}. {why}",
            feedback={VOICE_GROUPS[g][0]: f"The article does include this kind of voice: {_listed(members[g])}."
                      for g in present},
            template="absent-voice",
        ),
        worth, "whose-voices",
    )


def _once(speakers, ctx: Context) -> list:
    """The sources to name, each once: a body its own people's posts name ("Acme" beside
    "the Acme chief executive"), or one another body's name holds ("Department" beside
    "Department of Transportation"), is left out; a body keeps the "the" the article gives it."""
    labels = [s.label for s in speakers if s.kind == "person"]
    kept = []
    for speaker in speakers:
        if speaker.kind != "person":
            within = re.compile(rf"\b{re.escape(speaker.key)}\b")
            if any(within.search(label) for label in labels) or any(
                    o.key != speaker.key and o.kind != "person" and within.search(o.key) for o in speakers):
                continue
            if re.search(rf"\b[Tt]he {re.escape(speaker.key)}\b", ctx.article.text) and not speaker.label.startswith("the "):
                speaker = speaker._replace(label="the " + speaker.label)
        kept.append(speaker)
    return kept


def _listed(speakers, more: list[str] = ()) -> str:
    """'an unnamed U.S. official, Tricia McLaughlin (a DHS spokeswoman) and ...'."""
    return or_list([re.sub(r"^([^,]+), (.+)$", r"\1 (\2)", mid_sentence(s.label)) for s in speakers] + list(more), "and")


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
    if len(quoted) < 2 or any(_voice_group(s, ctx) in (None, "affected") for s in quoted):
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
    if any(2 * _paragraphs_naming(ctx, o) >= _paragraphs_naming(ctx, speaker) for o in others if o.named):
        return  # another is named in half as many paragraphs or more: "she said" quotations the count missed may close the gap
    passages = dict.fromkeys(filter(None, (claim_evidence(ctx, c) for c in ctx.claims_by_speaker[name])))
    # One candidate per passage that gives the words, all on one point: the ranking keeps the
    # one whose passage no other question of the pack shows.
    for rank, evidence in enumerate(passages):
        yield Candidate(choice(
            ctx, name, [_short(o) for o in others], id=f"main-voice-{slugify(name, 24)}",
            skill="sourcing",
            prompt="The article gives the words of several sources. Whose words does it give most often?",
            evidence=evidence,
            explanation=(f"The article gives the words of {_listed([speaker])} far more often than those of any "
                         f"other source, such as {_short(others[0])}. Where one source speaks most, a reader hears that "
                         f"side most, and should ask who could answer or check what {name} says."),
            feedback={_short(o): f"The article gives {o.key if o.named else mid_sentence(o.label)}'s words, "
                      f"but far less often than {possessive(name)}." for o in others},
            template="main-voice",
        ), 0.75 - 0.001 * rank, "main-voice")


def _paragraphs_naming(ctx: Context, speaker) -> int:
    """How many paragraphs name a person by their family name: a check on the count of
    their statements, which misses words given only to "she" or "he"."""
    family = re.compile(rf"\b{re.escape(speaker.key.split()[-1])}\b")
    return sum(bool(family.search(paragraph)) for paragraph in ctx.article.text.split("\n") if paragraph.strip())


def _short(speaker) -> str:
    """A source as a choice: a name alone (its role would make a long choice stand out), or
    the article's words for an unnamed one."""
    return speaker.key if speaker.named else capitalise(speaker.label)


# The head of a role that makes its holder one of a body's own people: its officers, staff,
# members, students or volunteers. Not a customer, a critic, a neighbour or a former member.
MEMBER = (r"(?:spokes(?:wo)?man|spokesperson|founder|co-founder|owner|co-owner|chief executive|CEO|CFO|COO|"
          r"chief [\w ]*?officer|executive|director|president|vice president|chair(?:man|woman|person)?|head|manager|"
          r"chief|curator|organi[sz]er|administrator|treasurer|secretary|trustee|board member|member|employee|worker|staff|"
          r"engineer|researcher|scientist|professor|lecturer|instructor|teacher|principal|librarian|volunteer|student|"
          r"pupil|major|coach|captain|player|chef|baker|nurse|editor|official|officer|staffer|physician|doctor|surgeon|"
          r"historian|archivist|designer|developer|programmer|guide|keeper|ranger)")
# A clause after a role that tells of the holder's work for the body ("who led the repairs"); any
# other ("who sued the library", "who quit last year") leaves the role unread.
AT_WORK = re.compile(r",?\s+who\s+(?:(?:has|had)\s+)?(?:led|leads|ran|runs|oversees|oversaw|designed|designs|built|builds|"
                     r"organi[sz]ed|organi[sz]es|manages|managed|works|worked|helped|helps)\b[^,;]*$")
# A union or a lawyer may speak for the body's workers, or against it; a partner is another body.
NOT_MEMBER = re.compile(r"\b(?:former|ex|retired|onetime|customers?|clients?|critics?|rivals?|competitors?|neighbou?rs?|"
                        r"visitors?|investors?|shareholders?|suppliers?|contractors?|consultants?|partners?|unions?|"
                        r"lawyers?|attorneys?|residents?|parents?|patients?|analysts?|regulators?|inspectors?|"
                        r"opponents?|who|which|that|whose)\b", re.IGNORECASE)
# Common nouns by which an article names a body it has named ("the company's chief operating officer").
BODY_NOUNS = frozenset("company firm business group museum gallery library school university college foundation charity "
                       "club team hospital clinic council bakery restaurant shop store theatre theater orchestra farm "
                       "festival band church centre center trust society association".split())


def _member_by_noun(role: str, noun: str) -> bool:
    """A role that names the body by its common noun, as the article does once it has named
    it: "the library's head of children's services". Only "the" or "its" noun in lower case:
    "an Oakdale Library volunteer" works for another library."""
    return bool(re.search(rf"\b(?:the|its)\s+{re.escape(noun.lower())}\b", role)) and _member_of(role, noun)


def _member_of(role: str, body: str) -> bool:
    """Whether a role, as the article writes it, makes its holder one of `body`'s own people:
    'director of Fernwood Library', 'Brightwater Solar chief executive', 'the library's head of
    children's services', 'a Fernwood Library volunteer for twelve years', 'a Fernwood Library
    engineer who led the repairs'."""
    role = AT_WORK.sub("", role)
    if NOT_MEMBER.search(role.replace(body, "")):
        return False
    name = rf"(?:the\s+)?{re.escape(body)}"
    topic = r"(?:\s+(?:of|in|for)\s+(?!the\s+)[\w’'-]+(?:\s+[\w’'-]+){0,2})?"
    return bool(re.fullmatch(rf"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,4}}?{MEMBER}{topic}\s+(?:at|of|for|with)\s+{name}", role,
                             re.IGNORECASE)
                or re.fullmatch(rf"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?{name}(?:['’]s)?\s+(?:[\w’'-]+\s+){{0,3}}?{MEMBER}"
                                rf"{topic}", role, re.IGNORECASE))


def _bodies(ctx: Context, roles: list[str]) -> list[str]:
    """The bodies a role may tie its holder to: each run of capitalised words in it
    ('Fernwood Library', 'Brightwater Solar'), longest first."""
    runs = {m.group(0) for role in roles for m in re.finditer(r"[A-Z][\w&.’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w&.’'-]*)*", role)}
    return sorted((r for r in runs if r not in ("The", "A", "An") and r in ctx.article.text), key=len, reverse=True)


def _insiders(ctx: Context) -> tuple[str, dict[str, str], str] | None:
    """(the body, each quoted source's tie to it as the article writes it, the kind of tie)
    when every source whose words the article gives is one of one body's own people, or of
    one family, and the article writes the tie of each; None when any is unplaced."""
    people, bodies_heard = {}, set()
    for key, claims in ctx.claims_by_speaker.items():
        claims = [c for c in claims if not ctx.in_title(c)]
        if any(c.data.get("via") for c in claims):
            return None  # words passed on from someone else: a voice the count cannot place
        if not statements(ctx, claims) and not any(c.data.get("direct") for c in claims):
            continue
        speaker = ctx.speakers[key]
        if speaker.kind == "organisation" and not is_outlet(key):
            bodies_heard.add(key)
            continue  # the body itself speaking: checked against the body below
        if speaker.kind != "person" or not speaker.named:
            return None  # an unnamed group or a news outlet is a voice of its own
        people[key] = _roles_of(speaker, claims)
    if len(people) < 2:
        return None
    lead = _lead(ctx)
    family = _family(people)
    if family is not None:  # not the family of someone the story is not about
        return (family[0], family[1], "family") if family[0] in lead and not bodies_heard and not _other_voice(ctx, ()) else None
    for body in _bodies(ctx, [r for roles in people.values() for r in roles]):
        noun = _body_noun(ctx, body)
        ties = {}
        for key, roles in people.items():
            tie = next((r for r in roles if _member_of(r, body) or noun and _member_by_noun(r, noun)), None)
            if tie is None:
                break
            ties[key] = tie
        else:
            if any(heard not in body for heard in bodies_heard) or body not in lead:
                return None  # the story is not about this body (a fire chief at a fire), or it hears another body
            if not any(body in tie for tie in ties.values()) or _other_voice(ctx, (body.lower(), noun or body.lower())):
                return None
            return body, ties, "body"
    return None


# Verbs that give someone's words: a sentence with one that gives no placed source's words
# may hold a voice the reading missed.
SAYING = re.compile(r"\b(?<!not )(?:said|says|told|according to|added|explained|argued|warned|noted|claimed|stated|"
                    r"insisted|admitted|replied|commented)\b")
# What an article says only of a source from outside a body: "an independent expert", "critics say".
OUTSIDE_WORDS = re.compile(r"\b(?:independent|not involved|no part in|critics?|opponents?|sceptics?|skeptics?)\b",
                           re.IGNORECASE)


def _other_voice(ctx: Context, body: tuple[str, ...]) -> bool:
    """Whether the article may give a voice besides its placed sources: words whose speaker
    the reading could not place (a group, a document, a witness), a sentence with a verb of
    saying and no placed source's words, or words that mark a source as outside."""
    if OUTSIDE_WORDS.search(ctx.article.text):
        return True
    placed = [c for claims in ctx.claims_by_speaker.values() for c in claims]
    for quote in ctx.of_kind("quote"):
        if speaker_of(quote.data["speaker"]) is not None:
            continue
        placed.append(quote)
        data = quote.data["speaker"]
        said_by = (data.get("description") or "").lower().removeprefix("the ").strip()
        if data.get("kind") in ("writer", "thing") or said_by in ("research", "studies", *body):
            continue  # the writer, a thing misread as a speaker, research in general, the body itself
        return True
    for sentence in ctx.article.sentences:
        if sentence.start < len(ctx.article.title) or not SAYING.search(sentence.text):
            continue
        if not any(c.start < sentence.end and c.end > sentence.start or c.data.get("verb_at") is not None
                   and sentence.start <= c.data["verb_at"] < sentence.end for c in placed):
            return True
    return False


def _roles_of(speaker, claims) -> list[str]:
    """Every role the article gives a source where it gives its words, as written."""
    roles = {(c.data["speaker"].get("description") or "").strip(" ,") for c in claims}
    if ", " in speaker.label:
        roles.add(speaker.label.split(", ", 1)[1])
    return sorted(r for r in roles - {""} if len(r.split()) <= 14)


def _family(people: dict[str, list[str]]) -> tuple[str, dict[str, str]] | None:
    """(whose family, each source's tie) when one quoted person is the one the others are
    written as relatives of ("Maya Lin's mother"), and no source has another role."""
    owners, ties = set(), {}
    for key, roles in people.items():
        matches = [RELATIVE.fullmatch(r) for r in roles]
        if not roles:
            owners.add(key)  # a name with no role: the person the family gathers round, if any
            continue
        if not all(matches):
            return None
        owners.update(m.group(1) for m in matches)
        ties[key] = roles[0]
    owner = next(iter(owners)) if len(owners) == 1 else None
    if owner is None or owner not in people or people[owner] or len(ties) < 1:
        return None
    ties[owner] = ""
    return owner, ties


def _lead(ctx: Context) -> str:
    """The headline and the first paragraph after it that is more than a dateline: where a
    story names what it is about."""
    paragraphs = [p for p in ctx.article.text.split("\n") if p.strip()]
    return "\n".join([ctx.article.title, next((p for p in paragraphs[1:] if len(p.split()) >= 6), "")])


def _body_noun(ctx: Context, body: str) -> str | None:
    """The common noun the article also names the body by ("the library" for Fernwood
    Library, "the company" for Brightwater Solar when it heads the story), or None."""
    last = body.split()[-1].lower()
    if last in BODY_NOUNS:
        return last
    lead = _lead(ctx)
    nouns = [n for n in BODY_NOUNS if re.search(rf"\b[Tt]he {n}\b", ctx.article.text)]
    return nouns[0] if body in lead and len(nouns) == 1 else None


def insiders_only(ctx: Context) -> Iterator[Candidate]:
    """'Which of these does the article NOT give its readers?' keyed on a voice from outside
    the body (or family) the story is about, when every source whose words it gives is one of
    that body's own people, and the article writes each one's tie: no one is there to check
    what they say. The wrong choices are what such a story does give (the sources' names and
    posts, their words in quotation marks, people who know it from the inside)."""
    if ctx.kind.kind not in ("news", "wire"):
        return  # a release's own people speak for it by nature (own-voices); a speech or an interview is one voice
    found = _insiders(ctx)
    if found is None:
        return
    body, ties, kind = found
    if kind == "body" and re.search(rf"\b[Tt]he {re.escape(body)}\b", ctx.article.text):
        body = f"the {body}"  # as the article writes it: "the Millbrook Fire Department"
    people = sorted(ties, key=lambda k: bool(ties[k])) if kind == "family" else list(ties)  # the one the family gathers round first
    direct = [k for k in people if any(c.data.get("direct") for c in ctx.claims_by_speaker[k])]
    # Passages that give a source's own words, those that also show the source's tie first (the
    # student can see it there): one candidate each, and the ranking keeps one no other question needs.
    passages = [(e, bool(ties[k]) and ties[k] in e) for k in direct for c in ctx.claims_by_speaker[k][:3]
                if c.data.get("direct") and not ctx.in_title(c) and (e := claim_evidence(ctx, c))]
    if passages and not any(shows for _, shows in passages):
        # No passage of words shows a tie: the sentence that writes one ("Tyler Skluzacek's father, Patrick, could not
        # sleep") first, unless it gives words too, which a question on how they are given may need.
        at = next((at for k in people if ties[k] and (at := ctx.article.text.find(ties[k])) >= 0), -1)
        tied = sentences_around(ctx, at, at + 1) if at >= 0 else None
        if tied and not any(q.start < at + len(tied) and q.end > at for q in ctx.of_kind("quote")):
            passages.insert(0, (tied, True))
    passages = list(dict.fromkeys(e for e, _ in sorted(passages, key=lambda p: not p[1])))[:3]
    if not passages:
        return
    every = "both" if len(people) == 2 else "all"
    if kind == "family":
        told = "; ".join(_is_tie(k, ties[k]) for k in people if ties[k])
        outside = f"The words of someone outside {possessive(body)} family who could check their account"
        inside = f"The words of people close to {body}, who know the story first-hand"
        why = (f"Every person whose words the article gives is {body} or a member of {possessive(body)} family: {told}. "
               "The article quotes no one outside the family: whatever it adds to their account comes from the "
               "reporter alone, not from a voice with no tie to them.")
        inside_back = f"It does: {told}, so the family knows the story first-hand."
    else:
        told = "; ".join(_is_tie(k, _as_written(ctx, k, ties[k])) for k in people)
        outside = f"The words of someone outside {body} who could check what its people say"
        inside = f"The words of people who know {body} from the inside"
        why = (f"Every person whose words the article gives is one of {possessive(body)} own people: {told}. The article "
               f"quotes no one outside {body}: whatever outside facts it gives come from the reporter alone, not from a "
               "voice with no stake in it.")
        inside_back = f"It does: {or_list(people, 'and')} are {every} part of {body}, so they know it from the inside."
    names = "The names of the people it quotes and who they are"
    quoted = "The words of the people it quotes, in quotation marks"
    question = choice(
        ctx, outside, [names, quoted, inside], id=f"insiders-only-{slugify(body, 24)}", skill="sourcing",
        prompt="Which of these does the article NOT give its readers?",
        evidence=passages[0],
        explanation=why + " That does not make them wrong, but a careful reader should look for an outside voice "
                          "before trusting their account.",
        feedback={names: f"It does: it names each person it quotes and says who they are ({told}).",
                  quoted: f"It does: it puts the words of {or_list(direct, 'and')} in quotation marks.",
                  inside: inside_back},
        template="insiders-only",
    )
    for rank, evidence in enumerate(passages):
        yield Candidate(replace(question, evidence=evidence), 0.86 - 0.001 * rank, "whose-voices")


# A tie that ends on how long it has held: "a volunteer for twelve years", "a member since 2009".
DURATION = re.compile(r"\s(?:for\s+(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|some\s+)?[\w-]+\s+"
                      r"(?:years?|months?|decades?|weeks?)|since\s+[\w ]{2,20})$")


def _is_tie(name: str, tie: str) -> str:
    """'Sam Ortiz is the library's head of children's services'; with a duration, 'Ruth
    Klein has been a Fernwood Library volunteer for twelve years', never "is ... for
    twelve years"."""
    return f"{name} {'has been' if DURATION.search(tie) else 'is'} {tie}"


def _as_written(ctx: Context, key: str, tie: str) -> str:
    """A source's tie with the article word it is written with: 'the company's chief
    operating officer', 'a Fernwood Library volunteer for twelve years'."""
    label = ctx.speakers[key].label.split(", ", 1)[-1]
    if label.endswith(tie) and re.match(r"(?:the|a|an) ", label):
        return label  # the label gives its holder the post with its word: "the Brightwater Solar chief executive"
    at = ctx.article.text.find(tie)
    before = ctx.article.text[max(0, at - 4): at].lower() if at >= 0 else ""
    word = next((w for w in ("the ", "an ", "a ") if before.endswith(w)), "")
    if not word and re.match(r"[a-z][\w-]*['’]s\s", tie):
        word = "the "
    return word + tie
