"""Uncertainty: the words that make a claim possible, likely, expected or unconfirmed, the
hedge a headline drops, what is still to be decided or explained, and what each hedge
really means."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Question
from quiz.core.facts.uncertainty import ADVERBS, MEANINGS, MODALS
from quiz.core.generate.common import (
    LABEL, PRONOUN_WORDS, Candidate, Context, capitalise, display, mid_sentence, plain_words, quoted, self_contained, shuffled,
    slugify, speaker_of, stems, voice_at, with_quotation,
)
from quiz.core.generate.interview import setting, voiced
from quiz.core.generate.sourcing import SECOND_LAYER

# "..., they argued.": a pronoun says who is speaking, and the prompt shows no one before it.
# "Perhaps they had learned ...": the hedge is no name for "they" to stand for.
OPENING_HEDGE = re.compile(r"^(?:Perhaps|Maybe|Probably|Possibly|Apparently|Reportedly),?\s+")
PRONOUN_SPEAKER = re.compile(r"[’”'\"],?\s+(?:he|she|they|it)\s+\w+[.!]?\s*$", re.IGNORECASE)
# "My parents came here, maybe for a bit of adventure": in the writer's own memory, a hedge
# is no claim for a reader to weigh.
MEMORY = re.compile(r"\b(?:I|my|me|My)\b")
# Words that themselves say a case is still being built ("Evidence is mounting", "early
# findings"): never a wrong choice beside a hedge.
UNSETTLED = frozenset("""
    mounting growing emerging early earliest initial preliminary tentative ongoing developing unconfirmed unverified
    alleged suspected possible potential apparent partial
""".split())


# "cautioned that ...", "warned": a speaker's care, which frames the claim; a student could
# fairly take it for a sign of doubt, so it is never a firm wrong choice beside a hedge.
CAUTION = re.compile(r"(?:caution|warn)\w*$", re.IGNORECASE)


def _finding(ctx: Context, fact) -> str:
    """The point a hedge question asks about: the first hedged clause of the article on the
    same finding (three words in common), so that a pack asks one hedge per finding."""
    own = stems(_clause(ctx, fact))
    first = next(f for f in ctx.of_kind("uncertainty", uncertainty_kind="hedge")
                 if f is fact or len(own & stems(_clause(ctx, f))) >= 3)
    return f"hedge:{first.data['sentence_start']}"


def _clause(ctx: Context, fact) -> str:
    return ctx.article.text[fact.data["clause_start"] : fact.data["clause_end"]]


def _askable(ctx: Context, fact) -> tuple[str, str, dict[str, str]] | None:
    """The hedge below a headline as a prompt shows it, the passage itself, and its wrong
    choices; None where it cannot be asked: too long, leaning on a sentence the student does
    not see, short of firm words to set beside the hedge, or holding more than one other
    hedge (one other is never a wrong choice). The sentence alone where it holds three firm
    words; else with the sentence before or after it, where that adds more; two at least."""
    sentence, cue = ctx.sentence(fact), fact.data["cue"]
    shown = shown_sentence(ctx, fact)
    if shown is None or sentence.count(cue) != 1:
        return None
    others = [f.data["cue"] for f in ctx.of_kind("uncertainty", uncertainty_kind="hedge")
              if f.data["sentence_start"] == fact.data["sentence_start"] and f is not fact]
    if len(others) > 1:
        return None  # two hedges: a question on one would teach a student the other is firm
    if fact.data["meaning"] == "hearsay" and SECOND_LAYER.search(sentence):
        return None  # "reportedly ... (BBC)": the article does say who
    own, own_qualifiers = fact.data.get("_firm_words") or [], fact.data.get("_qualifiers") or []
    best = (shown, sentence, _wrong_choices(own, cue, others, own_qualifiers))
    for side, (start, end, words, qualifiers) in (fact.data.get("_firm_near") or {}).items():
        passage = _with_neighbour(ctx, fact, start, end)
        wrong = _wrong_choices([*own, *words], cue, others, [*own_qualifiers, *qualifiers])
        if passage is not None and len(wrong) > len(best[2]) and len(best[2]) < 3:
            best = (with_quotation(" ".join(passage.split())), passage, wrong)
    if len(best[2]) < 2:
        return None  # too few firm words beside the hedge: no honest wrong choices, so no question
    return best


def _with_neighbour(ctx: Context, fact, start: int, end: int, max_words: int = 55) -> str | None:
    """The hedge's sentence with the one before or after it (from `start` to `end`), as the
    article prints them, for a prompt to quote on one line; None in an interview (whose
    answer is whose), where the other holds a quotation, or where the two are too long or
    lean on what the student does not see."""
    text = ctx.article.text
    passage = text[min(start, fact.data["sentence_start"]) : max(end, fact.data["sentence_end"])].strip()
    shown = " ".join(passage.split())
    if (ctx.kind.kind == "interview" or re.search(r"[“”\"‘\n]", text[start:end].strip())
            or len(passage.split()) > max_words or display(shown) != shown or not self_contained(shown)):
        return None
    return passage


def shown_sentence(ctx: Context, fact, max_words: int = 40) -> str | None:
    """The sentence of an uncertainty fact as a prompt shows it, in quotation marks (after
    who answers, in an interview), or None where it cannot stand alone: too long, leaning on
    a sentence the student does not see, or the writer's own memory."""
    sentence = ctx.sentence(fact)
    if not self_contained(_own_words_opening(OPENING_HEDGE.sub("", sentence))) or len(sentence.split()) > max_words:
        return None
    shown, answering = display(sentence), fact.data.get("voice")
    labelled = bool(LABEL.match(sentence))  # "Saravanan: ...", not a list's dash
    if labelled and (not answering or answering == "writer"):
        return None  # "Q: ..." or a label the reading could not give a speaker
    guest = _guest_of(ctx, fact)
    if guest is not None and not labelled:
        answering = guest  # a later sentence of an answer, with no label of its own: still the guest's
    elif labelled and guest is None and ctx.kind.kind == "interview":
        return None  # the interviewer's question: no one "answers" it
    if PRONOUN_SPEAKER.search(sentence):
        return None  # "..., they argued": whose words they are matters, and the prompt could not say
    if ctx.kind.kind in ("opinion", "speech") and answering in (None, "writer") and MEMORY.search(sentence):
        return None  # the writer's own memory or feeling: no claim to weigh
    # "Saravanan: From all the reports I have read ...": who answers, before the words, not inside them.
    lead = f"{answering} answers in the {setting(ctx)}: " if labelled or guest is not None else ""
    return f"{lead}{with_quotation(shown)}"


def _guest_of(ctx: Context, fact) -> str | None:
    """In an interview, the guest whose answer holds the fact's sentence, or None."""
    start = fact.data.get("sentence_start", fact.start)
    return next((who for sentence, who in voiced(ctx) if sentence.start <= start < sentence.end and who), None) \
        if ctx.kind.kind == "interview" else None


# "“I'm told it could be made public,” Baird said.": a quotation whole in its sentence, its
# speaker named after it.
SAID_BY_NAME = re.compile(r"^\s*[“\"](?P<words>[^“”\"]+?)[,.]?[”\"],?\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:said|says|added|explained)\.\s*$")


THINKS = re.compile(r"\b(?:I|we)\s+(?:think|believe|guess|suppose|feel|reckon|suspect)\b", re.IGNORECASE)


def _own_words_opening(sentence: str) -> str:
    """A quotation whole in its sentence and said by a named speaker, with its opening "I" or
    "We" (the speaker, named after it) made plain for the check of what it leans on; any
    other sentence as it is."""
    said = SAID_BY_NAME.match(sentence)
    if said is None or THINKS.search(said.group("words")):
        return sentence  # "I think ... might": the whole is a view, and the hedge no clean answer
    return re.sub(r"^(?:I|We)(?:[’'](?:m|re|ve|d|ll))?\b", "Someone", said.group("words").strip())


# A headline's capitals hide its grammar from the parser ("Drug May Cure"): its hedges by their words.
HEADLINE_HEDGE = re.compile(rf"\b(?:{'|'.join([*MODALS, *ADVERBS])}|appears?|seems?|suggests?|expected|likely|unlikely)\b",
                            re.IGNORECASE)


def headline_hedge(ctx: Context) -> Iterator[Candidate]:
    """'The headline says “Video eases end-of-life talks”. Which words show that the
    article is less sure than its headline?': a hedge on the very claim the headline states
    as fact. The hedged clause must share three words with the headline, so that it is the
    same claim, not another one in the same sentence."""
    title = " ".join(ctx.article.title.split())
    if (not title or ":" in title or "?" in title or HEADLINE_HEDGE.search(title)
            or any(ctx.in_title(f) for f in ctx.of_kind("uncertainty"))):
        return  # a headline that hedges, asks or names its source ("Reports: ...") claims nothing firm
    for fact in ctx.of_kind("uncertainty", uncertainty_kind="hedge"):
        sentence, cue = ctx.sentence(fact), fact.data["cue"]
        clause = ctx.article.text[fact.data["clause_start"] : fact.data["clause_end"]]
        if title in sentence or sentence in title or len(stems(title) & stems(clause)) < 3:
            continue
        passage = _askable(ctx, fact)
        if passage is None:
            continue
        shown, evidence, wrong = passage
        meaning = MEANINGS[fact.data["meaning"]]
        yield Candidate(
            Question(
                id=f"headline-hedge-{slugify(cue, 12)}", type="choice", skill="uncertainty",
                prompt=(f"The headline says “{title}”. Further down, the article says: {shown} Which word or words show "
                        "that the article is less sure than its headline?"),
                choices=shuffled(ctx.rng, cue, list(wrong)), answer=cue, evidence=evidence,
                explanation=(f"“{cue}” is a hedge: {meaning}. The headline states the same claim as a fact, with no "
                             "hedge; the article's own report is more careful. Headlines often drop the hedges of the "
                             "story below them, so a careful reader checks the story."),
                feedback=wrong, template="headline-hedge",
            ),
            0.96, _finding(ctx, fact),
        )


# "is", "have", "did" alone: a helper, not a word of saying or doing a student could weigh.
BARE_HELPERS = frozenset("is are was were be been am has have had do does did 's 've 're".split())


def _wrong_choices(firm: list[str], cue: str, others: list[str] = (), qualifiers: list[str] = ()) -> dict[str, str]:
    """Up to three wrong choices with their feedback: words of saying or doing that the
    sentence states firmly ('will begin', 'has expelled', 'confirmed'), the same kind of
    words as a hedge such as 'is expected to', so that a student must read which one
    softens the claim; a firm "will" first, the contrast that matters most. Where fewer
    than two such verbs, the sentence's words of time or degree ('already', 'now'),
    which a student could take for a sign of doubt but which leave the claim stated as
    fact. Never a figure, a noun or an adjective: beside a hedge those are ruled out by
    their kind alone."""
    hedges = [h.lower() for h in (cue, *others)]

    def free(word: str) -> bool:
        return not any(word.lower() in h or h in word.lower() for h in hedges)

    verbs = [w for w in dict.fromkeys(firm) if not w[:1].isdigit() and w.lower() not in BARE_HELPERS
             and free(w) and w.lower() not in UNSETTLED and not CAUTION.search(w)]
    verbs.sort(key=lambda w: not FIRM_FUTURE.match(w))
    chosen = {word: _firm_feedback(word) for word in verbs[:3]}
    if len(verbs) < 2:
        for word in qualifiers:
            if len(chosen) < 3 and free(word) and word.lower() in QUALIFIER_FEEDBACK \
                    and not any(re.search(rf"\b{re.escape(word)}\b", c, re.IGNORECASE) for c in chosen):
                chosen[word] = QUALIFIER_FEEDBACK[word.lower()].format(word=word)
    return chosen


# Why each word of time or degree leaves a claim as firm as before.
QUALIFIER_FEEDBACK = {
    "already": "“{word}” says when, not how sure: it states that this has happened.",
    "now": "“{word}” says when, not how sure.",
    "again": "“{word}” says that this happened once more: it says how often, not how sure.",
    "still": "“{word}” says that this goes on; it states it as fact, with no word such as “may” to soften it.",
    "just": "“{word}” says how little or how recent; it still states the claim as fact.",
    "only": "“{word}” limits how much or how many; it still states the claim as fact.",
    "also": "“{word}” adds one more thing to what is said; it does not make the claim less sure.",
    "even": "“{word}” stresses that something is surprising; it does not make the claim less sure.",
    "clearly": "“{word}” makes the claim sound surer, not less sure.",
}


def _firm_feedback(word: str) -> str:
    """Why a firm verb is no hedge, true of the verb whatever else the sentence holds."""
    if FIRM_FUTURE.match(word):
        return f"“{word}” is stated firmly, as a settled plan: there is no word such as “expected” or “may” to soften it."
    return f"“{word}” states what is or was done as a fact: on its own it does not make the claim any less certain."


FIRM_FUTURE = re.compile(r"\b(?:will|shall)\b")


def condition(ctx: Context) -> Iterator[Candidate]:
    """'If approved, the troops would assist ICE': which words show that this has not
    happened, and depends on something else first?"""
    for fact in ctx.of_kind("uncertainty", uncertainty_kind="conditional"):
        sentence = ctx.sentence(fact)
        cue = fact.data["condition"].strip(" ,")
        if not self_contained(sentence) or len(sentence.split()) > 40 or len(cue.split()) > 8 or sentence.count(cue) != 1:
            continue
        others = _phrases(fact, cue)
        if len(others) < 3:
            continue
        picked = others[:: max(1, len(others) // 3)][:3]
        yield Candidate(
            Question(
                id=f"condition-{slugify(sentence, 20)}", type="choice", skill="uncertainty",
                prompt=f"{quoted(sentence)} Which words show that this has not happened, and may not?",
                choices=shuffled(ctx.rng, cue, picked), answer=cue, evidence=sentence,
                explanation=(f"“{cue}” sets a condition: what follows would happen only if it is met. Until then it is a "
                             "possibility, not a fact."),
                feedback={w: f"“{w}” does not make it depend on anything." for w in picked},
                template="condition",
            ),
            0.85, f"hedge:{fact.data['sentence_start']}",
        )


# Words that make what follows them less than a fact: never in a wrong choice of a condition.
NOT_FIRM = frozenset("would will could may might should must can if unless when once".split())


def _phrases(fact, cue: str) -> list[str]:
    """Runs of two or three words of what would follow, each a whole phrase ending on a
    plain noun or verb ('the troops', 'southern border'): wrong choices of the same shape as a condition
    ('If approved'), so that the answer is not the only phrase among single words."""
    size = min(max(2, len(cue.split())), 3)
    words = fact.data.get("consequence", "").split()
    plain = set(plain_words(fact))
    found = []
    for i in range(len(words) - size + 1):
        run, after = words[i : i + size], words[i + size : i + size + 1]
        # Whole phrases: not opening on a noun or verb ("carry city") nor cut before the next ("city | buses").
        whole = run[0] not in plain and not (after and after[0].strip(",.;") in plain)
        if (whole and run[-1] in plain and all(w.isalpha() and w.islower() and w not in NOT_FIRM for w in run)
                and " ".join(run) not in cue):
            found.append(" ".join(run))
    return list(dict.fromkeys(found))


# A clause cut at its aside: "whether the plan changed, which surprised many" -> "whether the plan changed".
ASIDE = re.compile(r",\s+(?:who|which|where|when|as|while|although|though|but)\b.*$")


# A decision still open: what "being reviewed" or "pending" leaves unsettled. Not an
# investigation or a negotiation, whose ends are not "approved or turned down".
UNDECIDED_STATES = re.compile(r"being reviewed|under review|under consideration|being considered|subject to (?:approval|review)|"
                              r"yet to be (?:approved|decided|signed)|pending|awaiting (?:approval|a decision|review|sign-off)|"
                              r"not yet (?:approved|decided|final)")
# The article telling, elsewhere, how the decision ended.
DECIDED = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:since\s+|now\s+|already\s+)?(?:been\s+)?(?:approved|rejected|"
                     r"turned down|denied|granted|accepted|signed|refused|withdrawn|dropped)\b", re.IGNORECASE)


def still_pending(ctx: Context) -> Iterator[Candidate]:
    """'The request, which is now being reviewed by the Department of Defense': what can a
    reader conclude about the request? That nothing is decided: it may still be approved or
    turned down, and what would follow from it is only a possibility."""
    if DECIDED.search(ctx.article.text):
        return  # the article says how a decision ended: which one is still open is for a reader to sort out
    for fact in ctx.of_kind("uncertainty", uncertainty_kind="pending"):
        state, thing, by = fact.data["state"], fact.data["thing"], fact.data.get("by") or ""
        if fact.data.get("quoted") or ctx.in_title(fact) or not UNDECIDED_STATES.fullmatch(state):
            continue
        thing = re.sub(r"^(?:A|An|The|This|That)\b", lambda m: m.group().lower(), thing)
        if not thing.startswith("the ") or not DECISIONS.search(thing.split()[-1]):
            continue  # "a plan": which one is not sure; "the investigation", "the results": not approved or turned down
        shown = shown_sentence(ctx, fact)
        if shown is None:
            continue
        answer = "Nothing has been decided yet: it could still be approved or turned down"
        by_whom = f" by {mid_sentence(by)}" if by else " already"
        wrong = {f"It has been approved{by_whom}": f"“{capitalise(state)}” means no decision has been made: nothing is approved yet.",
                 f"It has been turned down{by_whom}": f"“{capitalise(state)}” means no decision has been made: nothing is turned down yet.",
                 "It is sure to be approved, since it is being looked at": (
                     "Being looked at says nothing about how the decision will end: it could go either way.")}
        yield Candidate(
            Question(
                id=f"still-pending-{slugify(thing, 16)}-{slugify(ctx.sentence(fact), 12)}", type="choice", skill="uncertainty",
                prompt=f"{shown} What can a reader conclude about {thing} from this?",
                choices=shuffled(ctx.rng, answer, list(wrong)), answer=answer, evidence=ctx.sentence(fact),
                explanation=(f"“{capitalise(state)}” means that {thing} is still waiting for a decision"
                             f"{' by ' + mid_sentence(by) if by else ''}. Until it is made, a reader cannot say whether it "
                             "will go ahead: anything that depends on it is a possibility, not a fact."),
                feedback=wrong, template="still-pending",
            ),
            0.6 + 0.2 * ctx.centrality(fact.start), f"unknown:{fact.data['sentence_start']}",
        )


# Things that end in a yes or a no: approved or turned down.
DECISIONS = re.compile(r"(?:request|application|plan|proposal|bill|deal|merger|bid|permit|licen[cs]e|appeal|offer|"
                       r"rule|measure|budget|contract|sale|takeover|petition|nomination|project|agreement|order|visa)s?$")


def still_undecided(ctx: Context) -> Iterator[Candidate]:
    """'The mayor has not decided whether to run again': what can a reader conclude? That
    the choice is open either way, not made, and not sure to go one way."""
    for fact in ctx.of_kind("uncertainty", uncertainty_kind="undecided"):
        who, act = fact.data["who"], fact.data["act"]
        if fact.data.get("quoted") or ctx.in_title(fact) or not 2 <= len(act.split()) <= 12 or not self_contained(act) \
                or re.search(r"\b(?:or not|or|and)\b", act) or DECIDED.search(ctx.article.text):
            continue  # "whether to stay or go": the wrong choices would not be the plain opposites
        shown = shown_sentence(ctx, fact)
        if shown is None:
            continue
        them = who
        answer = f"The choice is still open: {them} may or may not {act}"
        wrong = {f"{capitalise(them)} has decided to {act}": "The sentence says no decision has been made yet.",
                 f"{capitalise(them)} has decided not to {act}": "The sentence says no decision has been made yet.",
                 f"{capitalise(them)} is sure to {act} once the decision is made": (
                     "Nothing in the sentence says which way the decision will go.")}
        yield Candidate(
            Question(
                id=f"still-undecided-{slugify(act, 20)}", type="choice", skill="uncertainty",
                prompt=f"{shown} What can a reader conclude from this?",
                choices=shuffled(ctx.rng, answer, list(wrong)), answer=answer, evidence=ctx.sentence(fact),
                explanation=(f"No decision has been made, so either outcome is still possible. A report that {them} will "
                             f"or will not {act} would be a guess, not a fact from this article."),
                feedback=wrong, template="still-pending",
            ),
            0.6 + 0.2 * ctx.centrality(fact.start), f"unknown:{fact.data['sentence_start']}",
        )


# Words in an article that say a person answered after all: a denial or an admission
# would make the wrong choices of a "no comment" question true.
ANSWERED = re.compile(r"\b(?:den(?:y|ies|ied|ial)|admit(?:s|ted)?|rejected|disputed|confirmed)\b", re.IGNORECASE)


def no_comment(ctx: Context) -> Iterator[Candidate]:
    """'Acme did not respond to a request for comment.' What can a reader conclude? Only
    that no answer came: silence is neither an admission nor a denial, and the line shows
    that the reporter asked for the other side."""
    if ctx.kind.kind not in ("news", "wire"):
        return
    for fact in ctx.of_kind("uncertainty", uncertainty_kind="no-comment"):
        who = fact.data["who"]
        if fact.data.get("quoted") or ctx.in_title(fact) or _answered_elsewhere(ctx, who) \
                or ANSWERED_AFTER.search(ctx.article.text, fact.end, fact.data["sentence_end"]):
            continue  # "declined to comment on the figures but said ...": some answer came
        shown = shown_sentence(ctx, fact)
        if shown is None:
            continue
        # "A city housing department spokesman" inside a sentence: "a city housing ...".
        them, said = re.sub(r"^(A|An|The)\b", lambda m: m.group(1).lower(), who), fact.text.lower()
        # The article's own words for the silence: "declined" is a choice; "did not
        # immediately respond" only that no answer had come when the story was written.
        declined, later = "declined" in said, "immediately" in said
        came = "no answer had come from {0} by the time the article was written" if later else "no answer came from {0}"
        asked = QUESTION_ASKED.match(ctx.article.text[fact.end : fact.data["sentence_end"]])
        if asked:
            # Asked a question ("on what incentives it had been promised"), not to answer a
            # charge: what stays unknown is the answer, not whether a story is true.
            question = asked.group("question").strip()
            answer = f"Only that {came.format(them)}: the article cannot say {question}"
            wrong = {f"{capitalise(them)} has something to hide, since no answer came": (
                         "No answer is no admission of anything: people leave a question unanswered for many reasons."),
                     (f"{capitalise(them)} answered, but the article leaves the answer out" if declined else
                      f"{capitalise(them)} refused to say {question}"): (
                         f"The sentence says {them} declined to comment: no answer came." if declined else
                         f"The sentence says only that no answer came, not that {them} refused"
                         + (": an answer may still come." if later else ".")),
                     f"The reporter did not ask {them} about it": (
                         f"The reporter did ask: the sentence says {them} was asked {question}.")}
        else:
            answer = f"Only that {came.format(them)}: it shows neither that the story is true nor that it is false"
            wrong = {f"{capitalise(them)} admitted that what the article reports is true": (
                         f"Giving no answer is not an admission: {them} said nothing either way."),
                     f"{capitalise(them)} said that what the article reports is false": (
                         f"{capitalise(them)} denied nothing: no answer came at all."),
                     f"The reporter did not try to get {them}'s side of the story": (
                         f"The reporter did try: the sentence says the reporter tried to reach {them}." if "reached" in fact.text
                         else f"The reporter did try: the sentence says {them} was asked and gave no answer.")}
        reason = GIVEN_REASON.search(ctx.article.text, fact.end, fact.data["sentence_end"])
        if declined and reason:
            why = (f"The reporter asked {them}, and {them} declined to comment, {reason.group('why')}. A reason given for "
                   "not answering is still no answer, so silence proves nothing either way.")
        elif declined:
            why = (f"The reporter asked {them}, and {them} declined to comment. People decline for many reasons (legal "
                   "advice, a policy, no time), so silence proves nothing either way.")
        elif later:
            why = (f"“Not immediately” says only that no answer had come from {them} when the article was written: it is "
                   "no refusal, and an answer may come later. Silence proves nothing either way.")
        else:
            why = (f"The reporter tried to reach {them}, and no answer came. People leave a request unanswered for many "
                   "reasons (no time, a policy, legal advice), so silence proves nothing either way.")
        yield Candidate(
            Question(
                id=f"no-comment-{slugify(who, 20)}", type="choice", skill="uncertainty",
                prompt=f"{shown} What can a reader conclude from this?",
                choices=shuffled(ctx.rng, answer, list(wrong)), answer=answer, evidence=ctx.sentence(fact),
                explanation=f"{why} It does tell a reader that the article has no answer from {them} to weigh.",
                feedback=wrong, template="no-comment",
            ),
            0.6 + 0.15 * ctx.centrality(fact.start), f"unknown:{fact.data['sentence_start']}",
        )


# The reason a sentence gives for declining: "citing pending litigation", "saying it does not
# weigh in on campaigns".
GIVEN_REASON = re.compile(r",\s+(?P<why>(?:citing|saying|because)\b[^.;]+)")
# What a request for comment asked: "on what incentives it had been promised", "about
# whether the plant will close": a question put, not a charge to answer.
QUESTION_ASKED = re.compile(r"^\s+(?:on|about|regarding|asking)\s+(?P<question>(?:what|how|whether|why|when|which|who|where)"
                            r"\b[^.;:!?“”\"]{3,80})[.;]?\s*$")


ANSWERED_AFTER = re.compile(r"\b(?:but|though|although|while|instead|sa(?:id|ying|ys)|add(?:ed|ing)|not(?:ed|ing)|point(?:ed|ing) to|referr(?:ed|ing))\b")


def _answered_elsewhere(ctx: Context, who: str) -> bool:
    """Whether a sentence that names the party again says it denied, admitted or confirmed something."""
    head = who.split()[-1]
    return any(re.search(rf"\b{re.escape(head)}\b", text) and ANSWERED.search(text)
               for text in (ctx.article.text[s.start : s.end] for s in ctx.article.sentences))


# Any sign that a sentence says why ("after", "explained", "the reason"). Wider than
# common.REASON_WORDS on purpose: a reason found here only keeps a question back, so a
# loose match errs on the safe side.
GIVES_REASON = re.compile(r"\b(?:because|since|so that|in order to|the reason|reasons?|due to|after|explained|as a result)\b",
                          re.IGNORECASE)


def _reason_elsewhere(ctx: Context, fact, statement: str) -> bool:
    """Whether another sentence on the same thing (three words in common) gives a reason
    for it: the article, or another source, may then say why after all."""
    own = stems(statement)
    return any(s.start != fact.data["sentence_start"] and GIVES_REASON.search(text := ctx.article.text[s.start : s.end])
               and len(own & stems(text)) >= 3 for s in ctx.article.sentences)


def reason_unexplained(ctx: Context) -> Iterator[Candidate]:
    """'The official did not explain why the request went through the Pentagon': what can a
    reader conclude? That it did go through the Pentagon (the "why" takes it as known), but
    not why: the reason is open, and any reason a reader supplies is a guess."""
    for fact in ctx.of_kind("uncertainty", uncertainty_kind="unexplained"):
        clause = ASIDE.sub("", " ".join(fact.data["clause"].split())).rstrip(" ,")
        if fact.data.get("quoted") or ctx.in_title(fact) or not clause.lower().startswith("why ") \
                or fact.data["verb"] not in ("explain", "say", "specify", "disclose", "reveal"):
            continue
        statement = clause[4:].strip()
        who = fact.data.get("who") or ""
        if not who or not 4 <= len(statement.split()) <= 16 or not self_contained(statement) or re.search(r"[“”\"‘’—]", statement):
            continue
        if re.match(r"(?:he|she|they|it|we|i|you)\b", statement, re.IGNORECASE):
            continue  # "why he left": whom "he" means the choices could not say
        shown = shown_sentence(ctx, fact, max_words=50)
        if shown is None or _reason_elsewhere(ctx, fact, statement):
            continue
        them, verb = who, fact.data["verb"]
        answer = f"{capitalise(statement)}, but the article does not say why"
        wrong = {f"{capitalise(statement)}, and {them} gave the reason": (
                     f"{capitalise(them)} did not {verb} why, and the article gives no reason of its own."),
                 f"It is not known whether {statement}": (
                     "The article takes this as known; only the reason for it is left open."),
                 f"{capitalise(them)} denied that {statement}": (
                     f"{capitalise(them)} denied nothing: only the reason was not given.")}
        yield Candidate(
            Question(
                id=f"reason-unexplained-{slugify(statement, 20)}", type="choice", skill="uncertainty",
                prompt=f"{shown} What can a reader conclude from this?",
                choices=shuffled(ctx.rng, answer, list(wrong)), answer=answer, evidence=ctx.sentence(fact),
                explanation=(f"“Did not {verb} why” takes it as known that {statement}; what is missing is the reason. "
                             "The article leaves that question open, so any reason a reader supplies is a guess."),
                feedback=wrong, template="reason-unexplained",
            ),
            0.6 + 0.2 * ctx.centrality(fact.start), f"unknown:{fact.data['sentence_start']}",
        )


# Kinds of hedge that make a guess someone could be said to make.
GUESSES = {"possible": "guess", "likely": "guess", "unlikely": "guess", "expected": "forecast", "appears": "guess"}
# What opens a clause that a condition or a joining word leads ("if it isn't, and Chrome ...").
LEAD_IN = re.compile(r"^(?:if|when|unless|but|and|so|because|although|though|while)\b", re.IGNORECASE)


def whose_guess(ctx: Context) -> Iterator[Candidate]:
    """'In the article, whose guess is it that “IE could fall to fourth place”?': a hedge
    inside a quotation whose speaker is named in another sentence, beside the other sources
    and the writer. The guess is the source's, not the article's, and a reader who repeats it
    should say whose it is."""
    speakers = [s for s in ctx.speakers.values() if s.named]
    for fact in sorted(ctx.of_kind("uncertainty", uncertainty_kind="hedge"), key=lambda f: f.start):
        kind = GUESSES.get(fact.data["meaning"])
        voice = voice_at(ctx, fact.start)
        if kind is None or not fact.data.get("quoted") or voice is None or voice[0].kind != "quote" or ctx.in_title(fact):
            continue
        quote = voice[0]
        speaker = speaker_of(quote.data["speaker"])
        if speaker is None or not speaker.named:
            continue
        label = ctx.speakers.get(speaker.key, speaker).label
        sentence = ctx.sentence(fact)
        if any(re.search(rf"\b{re.escape(word)}\b", sentence) for word in speaker.key.split() if word[:1].isupper()):
            continue  # the name beside the hedge: finding it is a look-up
        claim = _claim_of(ctx, fact)
        if claim is None:
            continue
        others = [s for s in speakers if s.key != speaker.key and s.key not in label and speaker.key not in s.label][:2]
        if len(others) < 2:
            continue
        writer = "The writer of the article, in its own voice"
        wrong = {other.label: f"These words are not {other.key}'s: they stand inside a quotation from {speaker.key}."
                 for other in others}
        wrong[writer] = (f"The words are in quotation marks and come from {speaker.key}: the writer reports the {kind}, "
                         "and does not make it.")
        evidence = ctx.article.text[min(quote.data["sentence_start"], fact.data["sentence_start"]) : fact.data["sentence_end"]]
        yield Candidate(
            Question(
                id=f"whose-guess-{slugify(claim, 24)}", type="choice", skill="uncertainty",
                prompt=f"In the article, whose {kind} is it that {quoted(claim)}?",
                choices=shuffled(ctx.rng, label, list(wrong)), answer=label, evidence=evidence.strip(),
                explanation=(f"These words stand inside a quotation from {speaker.key}: the {kind} is {speaker.key}'s, not "
                             f"the writer's. “{fact.data['cue']}” shows that {MEANINGS[fact.data['meaning']]}: the article reports a "
                             f"{kind}, not a fact, and a reader who repeats it should say whose it is."),
                feedback=wrong, template="whose-guess",
            ),
            0.74 + 0.1 * ctx.centrality(fact.start), _finding(ctx, fact),
        )


def _claim_of(ctx: Context, fact) -> str | None:
    """The hedged clause as a prompt can quote it: 'IE could fall to fourth place' of "if it
    isn't, and Chrome continues to surge, IE could fall to fourth place"; None where it
    leans on words the student does not see, or is too short or long to read as a claim."""
    clause = _clause(ctx, fact).strip(" ,;.“”\"‘’")
    cue_at = clause.find(fact.data["cue"])
    if cue_at < 0:
        return None
    if re.match(r"(?:that|whether)\b", clause):
        return None  # "proposing to the world that the regime might be ...": someone else's claim, told by the speaker
    clause = re.sub(r"^(?:First|Second|Third|Finally|Still|Now|Yet),\s+", "", clause)  # "Second, imiquimod seems to ..."
    if LEAD_IN.match(clause):
        comma = clause.rfind(", ", 0, cue_at)
        if comma < 0:
            return None
        clause = clause[comma + 2 :]
    if clause.startswith(fact.data["cue"]):
        return None  # "(stuff that) could be available": no subject to say what is guessed about
    if not 4 <= len(clause.split()) <= 18 or re.search(r"[“”\"‘’]", clause) or not clause.lstrip()[:1].isalpha() \
            or PRONOUN_WORDS.search(clause) or LEAD_IN.match(clause) or not self_contained(clause):
        return None
    return clause
