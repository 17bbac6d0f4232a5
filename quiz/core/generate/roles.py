"""In what role a quoted person speaks, and what that role means for their words: an
outside expert gives a reading, not a first-hand account; an office holder speaks for the
government; a team's coach or captain for the team; a spokesperson or an officer for the
body they work for; a resident or a witness from their own experience. Nearly every news
story quotes people by role, so this is asked of most of them. The sharper cases, where
the role ties a person to what the story is about (a spokesperson of the body in the
headline, an opposition MP, a local official, a relative, a study's own author), have
their own questions in kinds.py and are left to them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Question
from quiz.core.facts.people import ORG_WORDS
from quiz.core.facts.sources import is_outlet
from quiz.core.generate.common import PRONOUN_WORDS, Candidate, Context, choice, slugify, with_article
from quiz.core.generate.evidence import claim_evidence
from quiz.core.generate.kinds import (
    FOR_A_PLACE, INTEREST_GROUP, OPPOSITION, PARTY, POST, RELATIVE, _organisation_in, _roles, _tie,
)

# Roles whose holder studies a subject: "a Korea expert from the RAND Corporation".
EXPERT = re.compile(r"\b(?:expert|analyst|economist|professor|scholar|historian|scientist|researcher|specialist|"
                    r"lecturer|academic|linguist|epidemiologist|sociologist|psychologist|statistician|meteorologist|"
                    r"climatologist|demographer|virologist|physicist|biologist|chemist|ecologist|pollster|"
                    r"criminologist)s?\b", re.IGNORECASE)
# Offices of a government: "the Prime Minister", "U.S. President", "Home Secretary",
# "Environment Minister", "minister for health", "North Korean leader". Not a club's
# president, a union's secretary, a church's minister or a party's leader.
NATION = r"(?:U\.S\.|US|UK|(?:[A-Z][a-z]+\s)?[A-Z][a-z]+(?:an|ese|ish|ch|i))"
OFFICE = re.compile(rf"^(?:(?P<nation>{NATION}\s)?(?:President|Prime Minister|Premier|Chancellor)|"
                    r"(?:[A-Z][\w’'-]*\s){1,3}(?:Minister|Secretary)|Secretary of State|minister (?:of|for) [a-z ]+|"
                    rf"{NATION}\sleader)$")
# What shows that a story's bare "President" or "Chancellor" is a state's, not a company's or a university's.
STATE = re.compile(r"\b(?:[Gg]overnment|[A-Z]\w+ administration|White House|[Cc]abinet|[Pp]arliament|Congress|"
                   r"[Mm]inisters?)\b")
OFFICE_WORDS = re.compile(r"\b(?:General|Christian|Catholic|Muslim|Jewish|Hindu|Sikh|Buddhist|Anglican|Methodist|"
                          r"Baptist|Evangelical|Student|Club|Society|" + "|".join(ORG_WORDS) + r")\b")
# Roles in a team that plays: "Panama coach", "England captain", "Tunisia's coach".
TEAM = re.compile(r"^(?:the )?(?:[A-Z][\w.’'-]*(?:['’]s)? ){1,3}(?:head )?(?:coach|captain|goalkeeper|striker|"
                  r"player|midfielder|defender)$")
# People who speak from what happened to them or around them.
EXPERIENCE = re.compile(r"\b(?:resident|witness|eyewitness|survivor|victim|passenger|neighbou?r|customer|shopper|"
                        r"visitor|student|patient|parent|homeowner|tenant|commuter|fan|farmer|veteran|volunteer|"
                        r"teacher|pupil)s?\b|\b(?-i:[a-z]+) (?-i:major)\b", re.IGNORECASE)
# People who work for a cause: "a climate campaigner", "a housing activist".
CAMPAIGN = re.compile(r"\b(?:campaigner|activist|advocate|protester|organi[sz]er of the protest)s?\b", re.IGNORECASE)
# A lawyer who acts for someone: "a lawyer for the family", "an attorney representing Ms Diaz".
LAWYER = re.compile(r"\b(?:lawyer|attorney|solicitor|barrister)s? (?:for|representing) (?P<client>.{3,60})$", re.IGNORECASE)
PLACE = re.compile(r"\b(?:Street|Road|Lane|Avenue|Drive|Close|Park|County|City|Town|Village|Estate)$")
ACRONYM = re.compile(r"\b[A-Z]{2,}\b")
# Words that make a role unsure: a past post, another's post, a side's post, or a relative.
NOT_NOW = re.compile(r"\b(?:former|ex-|retired|onetime|late|deputy|vice|shadow|opposition|candidate|nominee|party|"
                     r"\w+['’]s (?:father|mother|son|daughter|wife|husband|brother|sister)|press)\b", re.IGNORECASE)
# A post that runs a body or speaks for it ("chief executive of the Refugee Council").
RUNS = re.compile(rf"\b{POST}\b", re.IGNORECASE)
# Bodies of a state, whose officers speak for a government rather than a body of their own.
STATE_BODY = re.compile(r"\b(?:Department|Ministry|Agency|Office|Administration|Service|Bureau|Commission|Police|"
                        r"Army|Navy|Force|Government|Council|Canada|Authority|Institute|Court)\b")

# The answer for each kind of role, and what it means for the words.
ANSWERS = {
    "expert": "{name} speaks as an outside expert: an informed view, though other experts may read it differently",
    "office": "{name} holds office in the government, so speaks for the government's side",
    "team": "{name} belongs to one of the teams, so speaks from that team's side",
    "body": "{name} speaks for {body}, so gives that organisation's view",
    "experience": "{name} speaks from their own experience: a first-hand account, but one person's",
    "campaign": "{name} campaigns for a cause, so speaks for one side of the debate",
    "lawyer": "{name} acts for {body} as a lawyer, so presents their side of the case",
}
# The wrong choices for each kind of role: each is false of a person the article gives that role.
WRONG = {
    "expert": ("office", "member", "experience"),
    "office": ("expert", "experience", "critic"),
    "team": ("expert", "office", "neutral"),
    "body": ("expert", "experience", "against"),
    "experience": ("expert", "office", "member"),
    "campaign": ("expert", "office", "impartial"),
    "lawyer": ("expert", "office", "impartial"),
}
DISTRACTORS = ANSWERS | {
    "member": "{name} speaks for one of the organisations the story is about",
    "critic": "{name} is a critic of the government, speaking for the opposition",
    "neutral": "{name} has no side in the game and watched it as a neutral observer",
    "against": "{name} is a critic of {body}, speaking against it",
    "impartial": "{name} has no side in the story and comments as a neutral observer",
}
# Why each wrong choice is wrong, in terms of the role the article gives.
FEEDBACK = {
    "expert": "The article does not call {name} an expert: it names {name} as {role}.",
    "office": "The article names {name} as {role}, not as someone who holds office in a government.",
    "team": "The article names {name} as {role}, not as a member of a team.",
    "experience": "The article names {name} as {role}, not as someone telling what happened to them.",
    "member": "The article names {name} as {role}: an expert from outside, not someone who speaks for a side.",
    "critic": "The article names {name} as {role}: in office, not in the opposition.",
    "neutral": "The article names {name} as {role}: part of one team, not a neutral observer.",
    "against": "The article names {name} as {role}: {name} works for {body}, not against it.",
    "impartial": "The article names {name} as {role}: someone with a side, not a neutral observer.",
}
FEEDBACK_FOR = {"member": {"experience": "The article names {name} as {role}, not as someone who speaks for an organisation."}}
WHY = {
    "expert": ("An expert who takes no part in what the story is about can explain it from what they know of the "
               "subject. But it is one expert's reading, not a first-hand account or a settled fact: another expert "
               "may read it differently."),
    "office": ("An office holder gives the government's account and has reasons to present what it does in a good "
               "light. That does not make the words false, but critics or people affected may tell it differently."),
    "team": ("A coach or a player speaks for their own side: they want the team to look good and may see the game "
             "differently from the other side or a neutral observer."),
    "body": ("Someone who holds a post at an organisation speaks for it and its aims. That does not make the words "
             "wrong, but a source with no tie to {body} would be a check on them."),
    "experience": ("Someone affected by what the story reports can say what it means for them. But it is "
                   "one person's account: others may see it differently, and it does not show how common their case is."),
    "campaign": ("Someone who campaigns for a cause wants readers to see the story their way. That does not make the "
                 "words wrong, but people on the other side, or with no side, may tell it differently."),
    "lawyer": ("A lawyer's job is to make the best case for their client, so their words are one side's case. The "
               "other side, or a court, may see it differently."),
}


def source_role(ctx: Context) -> Iterator[Candidate]:
    """'The article quotes Bruce Bennett, a Korea expert from the RAND Corporation. What
    should a reader keep in mind about this source?' for each named person whose role says
    clearly in what capacity they speak; at most one question per kind of role. Not in a
    release, a speech or an interview, which speak for their author throughout."""
    release = ctx.kind.kind == "press-release"
    if ctx.kind.kind not in ("news", "wire", "opinion", "fact-check") and not release:
        return
    for key, speaker in ctx.speakers.items():
        if not speaker.named or speaker.kind != "person" or is_outlet(key):
            continue
        claims = [c for c in ctx.claims_by_speaker.get(key, []) if not c.data.get("via")]
        if not _plain_name(key) or not claims or _asked_elsewhere(ctx, speaker, claims):
            continue
        label, role, kind, body = _labelled(ctx, speaker, claims)
        if kind is None or release and kind not in RELEASE_KINDS:
            continue  # in a release, an officer of the publisher or a partner is the publisher's voice
        fill = {"name": key, "role": role, "body": body}
        answer = ANSWERS[kind].format(**fill)
        wrong = WRONG[kind]
        distractors = [DISTRACTORS[w].format(**fill) for w in wrong]
        feedback = {DISTRACTORS[w].format(**fill): FEEDBACK_FOR.get(w, {}).get(kind, FEEDBACK[w]).format(**fill)
                    for w in wrong}
        # Each passage where the article gives the role beside the words, so the student sees
        # both: one question per person (the point), on whichever passage no other question uses.
        told = [c for c in claims if (c.data["speaker"].get("description") or "").strip()] or claims[:1]
        passages = dict.fromkeys(e for c in told if (e := claim_evidence(ctx, c)) and key.split()[-1] in e
                                 and _shows_role(e, role))
        for number, evidence in enumerate(list(passages)[:3]):
            yield Candidate(
                choice(
                    ctx, answer, distractors, id=f"role-{slugify(key, 24)}", skill="sourcing",
                    prompt=f"The article quotes {label}. What should a reader keep in mind about this source?",
                    evidence=evidence,
                    explanation=f"The article names {key} as {role}. " + WHY[kind].format(**fill)
                    + (RELEASE_NOTE if release else ""),
                    feedback=feedback,
                    template="source-role",
                ),
                0.7 + 0.05 * ctx.centrality(claims[0].start) - 0.01 * number, f"stake:{key}",
                _same_side if kind in ("office", "body") else None,
            )


# Questions on a source's side in the story: a second on an office holder or a body's officer
# beside one of them is the same lesson ("this source has a side") with another name.
SIDE_TEMPLATES = frozenset({"interested-source", "interest-group", "opposition-source", "local-official", "own-account"})


# People a release quotes who are not its publisher's voice: an expert, or someone who
# tells how its work touched them. The publisher chose them, and their words.
RELEASE_KINDS = ("expert", "experience")
RELEASE_NOTE = " And this is a release: its publisher chose whose words to print, and which of them."


def _same_side(other: Question) -> bool:
    return other.template in SIDE_TEMPLATES


def answer_kind(question: Question) -> str:
    """The kind of role a source-role question asks about: a second question on another
    person with the same kind of role is the same lesson again."""
    for kind, answer in ANSWERS.items():
        pattern = re.escape(answer).replace(re.escape("{name}"), ".+").replace(re.escape("{body}"), ".+")
        if re.fullmatch(pattern, str(question.answer)):
            return kind
    return ""


def _labelled(ctx: Context, speaker, claims) -> tuple[str, str, str | None, str]:
    """The person as the prompt names them, their role, its kind and the body it speaks
    for. The role is the label's; for a person the label gives no role, one the article
    gives beside their words, when it is plainly a role ("a historian at Lakeside
    University", not "critics like ...")."""
    if ", " in speaker.label:
        role = speaker.label.split(", ", 1)[1]
        return (speaker.label, role, *_kind_of(ctx, role))
    for role in _roles(speaker, claims):
        if 2 <= len(role.split()) <= 9 and role[:1].islower() and not PRONOUN_WORDS.search(role) \
                and not re.search(r"\b(?:like|such as|who|which|that|to|said)\b", role):
            kind, body = _kind_of(ctx, role)
            if kind is not None:
                role = with_article(role)
                return f"{speaker.key}, {role}", role, kind, body
    return speaker.label, "", None, ""


def _kind_of(ctx: Context, role: str) -> tuple[str | None, str]:
    """The kind of role, and the body it speaks for; (None, "") for a role whose kind is
    not sure: two kinds at once ("professor and curator"), or a past or party post."""
    if NOT_NOW.search(role) or " and " in role:
        return None, ""
    role = re.sub(r"^(?:the|a|an)\s+", "", role)
    found = [k for k, pattern in (("expert", EXPERT), ("experience", EXPERIENCE)) if pattern.search(role)]
    office = OFFICE.match(role)
    if office and not OFFICE_WORDS.search(role) and not re.search(rf"\b{PARTY}\b", role) and (
            office.group("nation") or not re.fullmatch(r"President|Premier|Chancellor", role) or STATE.search(ctx.article.text)):
        found.append("office")
    if TEAM.match(role):
        found.append("team")
    if CAMPAIGN.search(role):
        found.append("campaign")
    lawyer = LAWYER.search(role)
    if lawyer:
        found.append("lawyer")
    body = _organisation_in(role)
    if RUNS.search(role) and body and not STATE_BODY.search(body) and not INTEREST_GROUP.search(body):
        found.append("body")  # a union or an association has its own question
    if len(found) != 1:
        return None, ""
    kind = found[0]
    if kind == "expert" and (ctx.kind.kind == "study" or any(_named_apart(ctx, b) for b in (body, *ACRONYM.findall(role)))):
        return None, ""  # a researcher of the study itself, or of a body the story is about
    if kind == "experience" and body and not PLACE.search(body):
        return None, ""  # "a nurse at St Mary's Hospital" speaks for it too; "a resident of Mill Lane" does not
    if kind == "lawyer":
        body = lawyer.group("client")
        if STATE_BODY.search(body) or re.search(r"\b(?:state|government|prosecution|city|council)\b", body, re.IGNORECASE):
            return None, ""  # a government's lawyer: "holds office" would be half right
    if kind == "body":
        body = f"the {body}" if re.search(rf"\b[Tt]he {re.escape(body)}\b", ctx.article.text) else body
    return kind, body


def _named_apart(ctx: Context, body: str) -> bool:
    """Whether the article names an expert's body outside the role: then it is part of the
    story, and the expert is not outside it."""
    return bool(body) and len(re.findall(rf"\b{re.escape(body)}\b", ctx.article.text)) > 1


def _shows_role(passage: str, role: str) -> bool:
    """Whether a passage gives the role, in any order ("Korea expert Bruce Bennett from the
    RAND Corporation" for "a Korea expert from the RAND Corporation"): every word of it is there."""
    words = [w for w in re.findall(r"[\w.’'-]+", role.lower()) if w not in ("a", "an", "the", "of", "at", "from", "for", "in")]
    lowered = passage.lower()
    return all(re.search(rf"(?<![\w]){re.escape(w)}(?![\w])", lowered) for w in words)


def _plain_name(key: str) -> bool:
    """A person's name as a student reads it: two to four capitalised words, none a word of
    a body's name ("Refugee Council Enver Solomon" is a name glued to a body's)."""
    words = key.split()
    return 2 <= len(words) <= 4 and all(w[:1].isupper() and w not in ORG_WORDS for w in words)


def _asked_elsewhere(ctx: Context, speaker, claims) -> bool:
    """Whether a sharper question of kinds.py asks about this person's role: a post tied to
    what the story is about, an opposition or local post, or a relative of another source."""
    roles = _roles(speaker, claims)
    return any(_tie(ctx, r) or FOR_A_PLACE.match(r) or OPPOSITION.search(r) or RELATIVE.fullmatch(r) for r in roles)
