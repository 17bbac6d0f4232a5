"""Loaded language: what a judging speech verb suggests beside "said", which word carries
the writer's feeling and what a neutral word would be, what a source's loaded word shows
beside the article's own neutral one, and whose word a term in quotation marks is."""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Callable, Iterator

from quiz.core.domain import Question
from quiz.core.facts.attribution import QUOTE
from quiz.core.facts.language import CHARGED, CLOSE_FAMILIES, SUFFERING, VERB_FAMILIES
from quiz.core.generate.common import (
    OPENERS, REPORT_KINDS, Candidate, Context, Speaker, capitalise, choice, clip, display, mid_sentence, or_list, plural,
    possessive, quoted, self_contained, several_people, shuffled, slugify, speaker_of, with_quotation,
)

WRITER_WORD = "The writer's own word"
SAME_AS_SAID = "Nothing: it means the same as “said”"
# Praise that claims a comparison with the past, which a reader could check against it.
COMPARED_WITH_THE_PAST = frozenset("historic unprecedented unmatched".split())


# A comma, then a new clause with a verb of its own: "that the objections are fair, a rise
# in fees is needed and ...".
RUN_OF_CLAUSES = re.compile(r",\s+(?:and\s+|but\s+)?(?:[\w’'-]+\s+){1,6}(?:is|are|was|were|must|will|would|should|has|have|had)\b")
CONCESSIVE = re.compile(r"(?:While|Although|Though|Even though|Whilst)\b")


# What each family of judging verbs does to what the speaker said in the article ({what}).
APPLIED = {
    "owned up": "it presents {what} as something {name} owned up to, as if it were awkward to say",
    "doubt": "it reports {what} as {owner} claim, and the writer does not vouch that it is true",
    "insist": "it makes {what} sound like {owner} firm position, held against people who doubt it",
    "show off": "it makes {what} sound like {name} showing off or selling something",
    "attack": "it makes {owner} words, {what}, sound like a harsh attack",
    "grievance": "it makes {what} sound like a grievance of {owner}",
    "mock": "it makes {name} sound as if mocking the idea rather than answering it",
    "danger": "it presents {what} as a risk that {name} {wants} people to take seriously",
    "case": "it presents {what} as {owner} case, put forward to persuade, not a settled fact",
    "denial": "it presents {owner} words, {what}, as an answer to someone who had said otherwise",
    "vouch": "it gives {what} as settled and true, on {owner} word, not as one view among others",
    "news": "it gives {what} as true, and as something brought to light by {name}",
    "commit": "it makes {what} a commitment of {owner}: something still to be done, which readers can later check",
    "press": "it presents {what} as {name} pressing others to act",
    "answer": "it presents {owner} words, {what}, as a defence against criticism",
}
# "cautioned that the study shows an association, not proof", "cautioned that there is still some
# uncertainty": a warning not to over-read a finding, which is no risk to take seriously.
CAVEAT = re.compile(r"\b(?:not|no|nor) (?:firm |clear |direct |hard |strong )?(?:proof|evidence|conclusions?)\b|"
                    r"\bnot (?:a |the )?cause\b|\b(?:does|do|did)(?: not|n[’']t) cause\b|"
                    r"\b(?:not|n[’']t|cannot|can[’']t) (?!only\b)(?:\w+ )?(?:prove|mean|show|be (?:read|taken|seen|interpreted|sure|certain))\b|"
                    r"\btoo (?:early|soon) to\b|\b(?:only )?an? (?:association|link|correlation), not\b|"
                    r"\b(?:still|some) uncertainty\b|\bunproven\b|\bnot (?:yet )?(?:known|clear|settled)\b|"
                    r"\bmore (?:research|study|studies|work|data) (?:is|are|will be) needed\b", re.IGNORECASE)
CAVEAT_APPLIED = "it presents {what} as a caveat, a warning from {name} not to take the findings as more settled than they are"
# Not asked: "declared" is the accurate verb for a formal statement (a party congress, a
# proclamation), so a question on its colour teaches students to see slant where there is none.


def speech_verb(ctx: Context) -> Iterator[Candidate]:
    """'The writer chose “admitted” rather than “said”. What does it suggest?', explained by
    what the verb does to what this speaker said here."""
    family_of = {meaning: family for family, (_, meaning) in VERB_FAMILIES.items()}
    for fact in ctx.of_kind("loaded", loaded_kind="speech-verb"):
        sentence = _with_lead_in(ctx, fact)
        speaker = speaker_of(fact.data["speaker"]) or _document(fact)
        if len(sentence.split()) > 60 or speaker is None:
            continue  # "many of them admit ...": whose words they are must be clear
        if any(t.data["role"] == "interviewer" and t.start <= fact.start < t.end for t in ctx.of_kind("turn")):
            continue  # a reporter's question ("Some doctors warn ..."): its verb is no speaker's choice to weigh
        if CONCESSIVE.match(display(ctx.sentence(fact))):
            continue  # "While Rother concedes that ..., indexing is inevitable": where his words end is unclear
        word, meaning = fact.data["word"], fact.data["meaning"]
        if family_of[meaning] not in APPLIED:
            continue
        said = ctx.article.text[fact.data["claim_start"]:fact.data["claim_end"]].strip(" ,.“”\"")
        if not said or word in said.split()[:1]:
            continue  # "rejected Kim's assertion": the verb is not set on words of the speaker's
        if RUN_OF_CLAUSES.search(said):
            continue  # "concedes that A is fair, B is needed and ...": what the verb covers may be A alone
        shown = with_quotation(display(sentence))
        if not self_contained(display(sentence), strict=False):
            shown = _pronoun_named(ctx, fact, display(sentence), speaker)
            if not shown:
                continue  # "He also warned ...": who "he" is must be sure
        caveat = family_of[meaning] == "danger" and CAVEAT.search(said)
        applied = (CAVEAT_APPLIED if caveat else APPLIED[family_of[meaning]]).format(
            what=quoted(clip(said, 16)), name=mid_sentence(speaker.key), owner=possessive(mid_sentence(speaker.key)),
            wants="want" if _many(speaker) else "wants")
        answer = capitalise(meaning)
        close = set().union(*(pair for pair in CLOSE_FAMILIES if family_of[meaning] in pair)) - {family_of[meaning]}
        distractors = [capitalise(m) for m, family in family_of.items() if m != meaning and family not in close]
        ctx.rng.shuffle(distractors)
        distractors = distractors[:2] + [SAME_AS_SAID]
        voice = fact.data.get("voice") or "writer"
        chooser = "The speaker" if ctx.kind.kind == "speech" else "The writer" if voice == "writer" else voice
        # Words in double marks are the article's own: where it never says "said", single marks.
        # "confirms" beside "says", "confirmed" beside "said".
        plain = "says" if word.endswith("s") and not word.endswith("ss") else "said"
        said_mark = f"“{plain}”" if re.search(rf"\b{plain}\b", ctx.article.text) else f"‘{plain}’"
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"speech-verb-{slugify(word, 12)}-{fact.start}", skill="loaded-language",
                prompt=f"{shown} {chooser} chose “{word}” rather than {said_mark}. What does it suggest?",
                evidence=ctx.sentence(fact),  # the sentence that answers; the one before is only context
                explanation=(f"“{word}” suggests that {meaning}. Here {applied}. "
                             f"“{capitalise(plain)}” would report the same words without that colour, and leave readers to "
                             "judge them."),
                feedback={SAME_AS_SAID: f"“{word}” is not a plain “said”: {applied}.",
                          **{d: f"“{word}” does not suggest that {d[0].lower() + d[1:]}. Here {applied}."
                             for d in distractors if d != SAME_AS_SAID}},
                template="speech-verb",
            ),
            0.9, f"loaded:{fact.data['sentence_start']}",
        )


def _many(speaker: Speaker) -> bool:
    """Whether a source is many people ("the researchers"), so that its verb is "want", not "wants"."""
    return speaker.kind in ("group", "people") or not speaker.named and several_people(speaker.key)


# Families of verbs that a report or a study "does" as well as a person: "a new report confirms".
DOCUMENT_FAMILIES = ("vouch", "news")


def _document(fact):
    """A document that 'confirms' or 'reveals' ("A new mid-year report confirms that ..."),
    named as the sentence names it ("the new mid-year report"); None for any other verb, a
    long description, or any other kind of source."""
    data = fact.data["speaker"]
    family = next((f for f, (verbs, meaning) in VERB_FAMILIES.items() if meaning == fact.data["meaning"]), None)
    words = (data.get("description") or "").split()
    if data.get("kind") != "document" or family not in DOCUMENT_FAMILIES or not 2 <= len(words) <= 4:
        return None
    if words[0].lower() not in ("a", "an", "the") or not all(w.isalpha() or "-" in w for w in words):
        return None
    name = " ".join(["the", *words[1:]])
    return Speaker(name, name, False, "document")


# The pronoun that speaks, right before the judging verb: "He also warned", "..., they argued".
SPEAKING_PRONOUN = r"\b(He|She|They|he|she|they)((?:\s+(?:also|later|then|further))?\s+{verb}\b)"
NAMES_BACK = 3  # sentences looked back for the person a pronoun stands for


def _pronoun_named(ctx: Context, fact, sentence: str, speaker) -> str:
    """A sentence whose speaker is only a pronoun ("He also warned that ..."), with the
    pronoun replaced by the speaker's name in square brackets, shown as the article's
    sentence edited, not quoted; only where the last sentence before it that names anyone
    the article quotes names this speaker, so that the pronoun surely stands for them. ""
    where not."""
    matches = list(re.finditer(SPEAKING_PRONOUN.format(verb=re.escape(fact.data["word"])), sentence))
    plural = matches and matches[0].group(1).lower() == "they"
    if len(matches) != 1 or plural != (speaker.kind in ("people", "group")) or speaker.kind == "group":
        return ""
    surnames = {key: [part for part in key.split() if part[:1].isupper() and len(part) > 2]
                for key in [*ctx.speakers, speaker.key]}
    sentences = ctx.article.sentences
    index = next((i for i, s in enumerate(sentences) if s.start == fact.data["sentence_start"]), 0)
    for before in reversed(sentences[max(0, index - NAMES_BACK):index]):
        named = [key for key, parts in surnames.items() if any(re.search(rf"\b{re.escape(p)}\b", before.text) for p in parts)]
        if named:
            if named != [speaker.key]:
                return ""
            edited = sentence[:matches[0].start()] + f"[{speaker.key}]" + sentence[matches[0].start(2):]
            return edited if self_contained(edited, strict=False) else ""
    return ""


def _with_lead_in(ctx: Context, fact) -> str:
    """A fact's sentence, with the one before where it opens on "However" or "But" and leans
    on it ("However, Dr. Lee doubts that repetition played a role": repetition of what?), to
    show in a prompt."""
    sentence = ctx.sentence(fact)
    if not OPENERS.match(sentence) or len(sentence.split()) > 30:
        return sentence
    sentences = ctx.article.sentences
    index = next((i for i, s in enumerate(sentences) if s.start == fact.data["sentence_start"]), 0)
    before = sentences[index - 1] if index > 0 else None
    if before is None or "\n" in ctx.article.text[before.end:fact.data["sentence_start"]]:
        return sentence  # the first of its paragraph: what it answers is not in the sentence before
    return ctx.article.text[before.start:fact.data["sentence_end"]]


def _shown(ctx: Context, fact, strict: bool = True) -> str:
    """The loaded word's sentence to show in a prompt; where it opens on "They" or "This"
    ("They are sick of the nonsense ..."), with the sentence before it in its paragraph when
    that one says who or what is meant and has no loaded word of its own; "" when neither
    can stand alone."""
    sentence = ctx.sentence(fact)
    if self_contained(display(sentence), strict=strict):
        return display(sentence)
    sentences = ctx.article.sentences
    index = next((i for i, s in enumerate(sentences) if s.start == fact.data["sentence_start"]), 0)
    before = sentences[index - 1] if index > 0 else None
    if (before is None or "\n" in ctx.article.text[before.start:fact.data["sentence_start"]]
            or any(f.data["sentence_start"] == before.start and f.data["loaded_kind"] != "judging"
                    for f in ctx.of_kind("loaded"))):
        return ""
    shown = display(ctx.article.text[before.start:fact.data["sentence_end"]])
    return shown if self_contained(shown, strict=strict) else ""


def charged_word(ctx: Context) -> Iterator[Candidate]:
    """'Which word is loaded: chosen to make readers feel something about the facts?'
    beside nouns of the same sentence that only name a thing; where the sentence has two or
    three loaded words, 'which words ...? Choose all.'"""
    if ctx.kind.kind in PERSUADING_KINDS:
        yield from persuading_word(ctx)
    if ctx.kind.kind not in REPORT_KINDS:
        return  # in an opinion piece, a speech or an interview, loaded words are the form itself, and nothing is "reported"
    by_sentence: dict[int, list] = {}
    for fact in ctx.of_kind("loaded", loaded_kind="charged"):
        if not fact.data.get("persuading"):
            by_sentence.setdefault(fact.data["sentence_start"], []).append(fact)
    used = set()
    for facts in by_sentence.values():
        fact = facts[0]
        if len({str(f.data.get("speaker")) for f in facts}) > 1 or len({_word_class(f) for f in facts}) > 1:
            continue  # the writer's word and a speaker's in one sentence, or a loaded verb beside a loaded adjective
        words = list(dict.fromkeys(f.data["word"] for f in facts))
        sentence = ctx.sentence(fact)
        text = display(sentence) if fact.data.get("speaker") else _shown(ctx, fact)
        if (len(words) > 3 or used & {w.lower() for w in words} or not text or len(text.split()) > 40
                or fact.data.get("_also_judging")  # a second judging word the question would pass over
                or any(text.count(w) != 1 for w in words)):
            continue
        distractors = _same_kind(fact, words, 3 if len(words) == 1 else 2) or _same_kind(fact, words, 2)
        if len(distractors) < 2:  # three choices at least
            continue
        used |= {w.lower() for w in words}
        voice = fact.data.get("voice", "writer")
        whose = "the writer's" if voice == "writer" else f"{voice}'s"
        praise = _self_praise(ctx) if voice == "writer" else ""
        feedback = _plain_feedback(fact, distractors)
        speaker = speaker_of(fact.data["speaker"]) if fact.data.get("speaker") else None
        if speaker is not None:
            from quiz.core.generate.publisher import speaks_for_publisher

            if speaks_for_publisher(ctx, fact.data["speaker"].get("description") or ""):
                continue  # in a body's own text its officers speak for it: the word is not "not the writer's"
            yield from _speakers_word(ctx, fact, speaker.key, text, words, distractors, feedback)
            continue
        if len(words) == 1:
            word, neutral = words[0], fact.data.get("neutral")
            instead = (f" A neutral report would say “{neutral}”." if neutral
                       else " A neutral report would leave it out and let the facts speak.")
            if word.lower() in COMPARED_WITH_THE_PAST:
                instead += (f" “{word}” also claims that nothing before matched this: to check it, a reader would need "
                            "to compare it with earlier years.")
            question = Question(
                id=f"charged-{slugify(word, 16)}", type="choice", skill="loaded-language",
                prompt=f"{with_quotation(text)} Which word is loaded, chosen to make readers feel something about the facts?",
                choices=shuffled(ctx.rng, word, distractors), answer=word, evidence=sentence,
                explanation=f"“{word}” does more than describe: it adds {whose} feeling or judgement to what happened."
                            f"{instead}{praise} {_others_are_plain(fact)}",
                feedback=feedback, template="charged-word",
            )
        else:
            question = _all_loaded(
                ctx, words, distractors, feedback, evidence=sentence,
                prompt=f"{with_quotation(text)} Which words are loaded, chosen to make readers feel something about the facts? "
                       "Choose all that are.",
                explanation=f"{_listed(words)} do more than describe: each adds {whose} feeling or judgement to "
                            f"what happened. A neutral report would give the facts without them.{praise} "
                            f"{_others_are_plain(fact)}")
        yield Candidate(question, 0.8 * ctx.centrality(fact.start) + 0.1, f"word:{fact.data['sentence_start']}")


# Texts that argue: a speech, an interview's answers, an opinion piece. Their loaded words
# are not slipped into a report; they do the persuading, and a question asks what they do.
PERSUADING_KINDS = ("speech", "interview", "opinion")


def persuading_word(ctx: Context) -> Iterator[Candidate]:
    """'Which word does the speaker use to make listeners feel something about it, rather
    than only describe it?' of one loaded word in a sentence of the speaker's own, beside
    plain words of the same kind; the explanation says what the word does and what a plainer
    wording would be."""
    kind = ctx.kind.kind
    used: set[str] = set()
    for fact in ctx.of_kind("loaded", loaded_kind="charged"):
        voice = fact.data.get("voice") or "writer"
        if fact.data.get("speaker") or (kind == "interview") == (voice == "writer"):
            continue  # a quotation inside the text, or an interviewer's own words
        if kind == "interview" and fact.data.get("lemma") in SUFFERING:
            continue  # an expert's "misery" of a disaster may be fair description
        word, sentence = fact.data["word"], ctx.sentence(fact)
        text = _shown(ctx, fact, strict=False)
        if (word.lower() in used or fact.data.get("_also_judging") or not text
                or len(text.split()) > 40 or text.count(word) != 1):
            continue
        distractors = _same_kind(fact, [word], 3) or _same_kind(fact, [word], 2)
        if len(distractors) < 2:
            continue
        used.add(word.lower())
        who, audience, where = {
            "speech": ("the speaker", "listeners", "A speech"),
            "interview": (voice, "readers", "An interview answer"),
            "opinion": ("the writer", "readers", "An opinion piece"),
        }[kind]
        does = {"JJ": "describe", "RB": "describe", "VB": "tell what was done"}.get(_word_class(fact), "name a thing")
        neutral = fact.data.get("neutral")
        instead = (f"A plainer wording would say “{neutral}”, which names the thing without the feeling."
                   if neutral else "A plainer wording would name the same thing without judging it.")
        feedback = _plain_feedback(fact, distractors)
        yield Candidate(
            Question(
                id=f"persuading-{slugify(word, 16)}", type="choice", skill="loaded-language",
                prompt=(f"{with_quotation(text)} Which word does {who} use to stir {audience}' feelings, rather than "
                        "only to name or describe?"),
                choices=shuffled(ctx.rng, word, distractors), answer=word, evidence=sentence,
                explanation=(f"“{word}” does more than {does}: it gives {possessive(who)} feeling about it and asks "
                             f"{audience} to share it. {where} persuades this way. {instead} "
                             f"{_others_are_plain(fact)}"),
                feedback=feedback, template="persuading-word",
            ),
            0.8 * ctx.centrality(fact.start) + 0.05, f"word:{fact.data['sentence_start']}",
        )


def _self_praise(ctx: Context) -> str:
    """In a press release the writer is the publisher: its loaded words judge its own work.
    Where the text shows who published it, the pack asks that (publisher.publisher_stake),
    and saying it here would give the answer away."""
    if ctx.kind.kind != "press-release":
        return ""
    from quiz.core.generate.publisher import find_publisher

    if find_publisher(ctx) is not None:
        return ""
    return (" This is a press release, so the writer is its publisher, telling of its own work: the judgement is the "
            "publisher's view of itself, which a reader cannot check the way one checks a fact.")


# Where a loaded word's plain fellows of its own word class are kept, and what they do.
SAME_CLASS = {"NN": ("_naming", "names a thing"), "JJ": ("_describing", "describes a thing"),
              "VB": ("_acting", "tells what was done"), "RB": ("_manner", "tells how something was done")}


def _word_class(fact) -> str:
    return fact.data.get("word_class") or fact.data.get("tag", "")[:2]


def _same_kind(fact, words: list[str], wanted: int) -> list[str]:
    """Wrong choices for a loaded word, all of its own word class and from its sentence: a
    plain verb beside a loaded verb, a plain adjective beside a loaded adjective, so that the
    key is not found by its class alone; [] where the sentence has too few."""
    field, _ = SAME_CLASS.get(_word_class(fact), ("", ""))
    pool = [w for w in fact.data.get(field) or [] if w not in words]
    return pool[:: max(1, len(pool) // wanted)][:wanted] if field and len(pool) >= wanted else []


def _plain_feedback(fact, distractors: list[str]) -> dict[str, str]:
    """Why each plain word of the key's class is no loaded word."""
    _, role = SAME_CLASS[_word_class(fact)]
    return {d: f"“{d}” only {role} in the sentence; it does not judge it." for d in distractors}


def _others_are_plain(fact) -> str:
    """The explanation's last line: what the wrong choices, all of the key's class, only do."""
    _, role = SAME_CLASS[_word_class(fact)]
    return f"The other choices are plain words of the same kind: each only {role}, without judging."


def _listed(words: list[str]) -> str:
    return capitalise(" and ".join(f"“{w}”" for w in words))


def _all_loaded(ctx: Context, words: list[str], distractors: list[str], feedback: dict, **fields) -> Question:
    """'Which words are loaded? Choose all that are.': two or three loaded words of one sentence."""
    choices = [*words, *distractors]
    ctx.rng.shuffle(choices)
    return Question(id=f"charged-{slugify('-'.join(words), 24)}", type="multi", skill="loaded-language",
                    choices=tuple(choices), answer=words, feedback=feedback, template="charged-word", **fields)


def _speakers_word(ctx: Context, fact, name: str, text: str, words: list[str], distractors: list[str],
                   feedback: dict) -> Iterator[Candidate]:
    """Loaded words inside a quotation: the speaker's judgement, which the article passes on;
    two or three of them are asked together ('Choose all that are')."""
    if len(words) == 1:
        word, neutral = words[0], fact.data.get("neutral")
        instead = f" A neutral report in its own words would say “{neutral}”." if neutral else ""
        question = Question(
            id=f"charged-{slugify(word, 16)}", type="choice", skill="loaded-language",
            prompt=f"{with_quotation(text)} Which word in {name}’s quotation is loaded, chosen to make people feel something "
                   "about the facts?",
            choices=shuffled(ctx.rng, word, distractors), answer=word, evidence=ctx.sentence(fact),
            explanation=(f"“{word}” does more than describe: it gives {name}’s judgement. It stands inside the quotation "
                         f"marks, so it is {name}’s word, not the writer's; the article passes on the speaker's view."
                         f"{instead}"),
            feedback=feedback, template="charged-word",
        )
    else:
        question = _all_loaded(
            ctx, words, distractors, feedback, evidence=ctx.sentence(fact),
            prompt=f"{with_quotation(text)} Which words in {name}’s quotation are loaded, chosen to make people feel "
                   "something about the facts? Choose all that are.",
            explanation=(f"{_listed(words)} do more than describe: each gives {name}’s judgement. They stand inside "
                         f"the quotation marks, so they are {name}’s words, not the writer's; the article passes on the "
                         f"speaker's view. {_others_are_plain(fact)}"))
    yield Candidate(question, 0.8 * ctx.centrality(fact.start) + 0.05, f"word:{fact.data['sentence_start']}")


def _drawing_apart(template: Callable[[Context], Iterator[Candidate]]) -> Callable[[Context], Iterator[Candidate]]:
    """A template that shuffles its choices with a generator of its own, seeded by the
    article, so that adding it leaves the draws of the shared one, and so the ties the
    ranking breaks in every other pack, as they were."""
    @functools.wraps(template)
    def wrapped(ctx: Context) -> Iterator[Candidate]:
        shared, own = ctx.rng, random.Random(len(ctx.article.text))
        made = template(ctx)
        while True:
            ctx.rng = own
            try:
                item = next(made)
            except StopIteration:
                return
            finally:
                ctx.rng = shared
            yield item
    return wrapped


@_drawing_apart
def writers_own_word(ctx: Context) -> Iterator[Candidate]:
    """'All these words judge. Which one is the writer's own, not passed on from a quotation?'
    in a report: one judging word in the writer's voice ("booked for a bad foul") beside
    judging words that stand only inside named speakers' quotations, so that every choice
    could be taken for loaded and only whose word it is tells them apart."""
    if ctx.kind.kind not in REPORT_KINDS:
        return
    facts = [f for f in ctx.of_kind("loaded", loaded_kind="judging") if not f.data.get("voice")]
    own = [f for f in facts if not f.data.get("speaker")]
    # A word the writer also uses, or two speakers share, cannot be given to one voice.
    voices: dict[str, set[str]] = {}
    for fact in facts:
        voices.setdefault(fact.data["word"].lower(), set()).add(str(fact.data.get("speaker")))
    # Nor a word found anywhere outside quotation marks, nor the key anywhere inside them.
    unquoted = QUOTE.sub(" ", ctx.article.text).lower()
    in_quotes = " ".join(m.group(0) for m in QUOTE.finditer(ctx.article.text)).lower()
    quoted: dict[str, object] = {}
    for fact in facts:
        word = fact.data["word"].lower()
        if (fact.data.get("speaker") and len(voices[word]) == 1 and word not in quoted
                and not re.search(rf"\b{re.escape(word)}\b", unquoted)):
            quoted[word] = fact
    for fact in own:
        word = fact.data["word"]
        if (len(voices[word.lower()]) > 1 or ctx.sentence(fact).count(word) != 1
                or re.search(rf"\b{re.escape(word.lower())}\b", in_quotes)):
            continue
        # Wrong choices from as many speakers as there are, one word each first.
        picked, speakers = [], set()
        for other in sorted(quoted.values(), key=lambda f: f.start):
            key = speaker_of(other.data["speaker"]).key
            if key not in speakers:
                picked.append(other)
                speakers.add(key)
        picked += [f for f in quoted.values() if f not in picked]
        picked = picked[:3]
        if len(picked) < 2:
            return
        feedback = {}
        for other in picked:
            name = speaker_of(other.data["speaker"]).key
            feedback[other.data["word"]] = (f"“{other.data['word']}” is {possessive(name)} word: the article gives it only "
                                            f"inside {possessive(name)} quotation, as that speaker's judgement.")
        what = f" What happened could be checked against a record; “{word}” adds how the writer feels about it or judges it."
        yield Candidate(
            Question(
                id=f"writers-own-{slugify(word, 16)}", type="choice", skill="loaded-language",
                prompt=("Each of these words in the article judges rather than only describes. Which one is the "
                        "writer's own judgement, not a judgement the article passes on from someone it quotes?"),
                choices=shuffled(ctx.rng, word, list(feedback)), answer=word, evidence=ctx.sentence(fact),
                explanation=(f"“{word}” stands outside quotation marks, in a sentence the article gives to no source: the "
                             f"judgement is the writer's own, told as part of the report.{what} The other words stand "
                             "inside quotation marks: they are the judgements of the people quoted, which the article "
                             "passes on as theirs. A careful reader notices where a report's own words add a "
                             "judgement, and whose judgement each one is."),
                feedback=feedback, template="writers-own-word",
            ),
            0.85, f"word:{fact.data['sentence_start']}",
        )


REFUSED_MEANS = "That the person chose to hold something back"
REFUSED_WRONG = {
    "That the person did not know any more to tell":
        "“Refused” says nothing of what the person knew: it says the person chose not to tell.",
    "That there were no more details to give": "“Refused” is about the person's choice, not about whether more "
                                               "details exist.",
    "Nothing more than ‘did not’: the two mean the same": "‘Did not’ only reports that nothing was said; “refused” adds "
                                                          "that the person was asked and chose to say no.",
}


@_drawing_apart
def refused_to_tell(ctx: Context) -> Iterator[Candidate]:
    """'The writer chose “refused to give” rather than “did not give”. What does it suggest?'
    of a report's own "refused to comment": the verb turns silence into a choice to hold
    something back, where "did not" or "declined to" would only report it."""
    if ctx.kind.kind not in REPORT_KINDS:
        return  # in a speech, "they refused to answer" is the speaker's charge, asked elsewhere
    for fact in ctx.of_kind("loaded", loaded_kind="refusal"):
        shown = _shown(ctx, fact)
        text = with_quotation(shown) if shown else _refuser_named(ctx, fact)
        telling = fact.data["telling"]
        if not text or len(text.split()) > 45:
            continue
        word = fact.data["word"]
        yield Candidate(
            choice(
                ctx, REFUSED_MEANS, list(REFUSED_WRONG), id=f"refused-{fact.start}", skill="loaded-language",
                prompt=(f"{text} The writer chose “{word} to {telling}” rather than ‘did not {telling}’. "
                        f"What does “{word}” suggest?"),
                evidence=ctx.sentence(fact),
                explanation=(f"“{capitalise(word)}” tells readers that the person was asked and said no: silence becomes "
                             "a choice, and readers may wonder what is being held back. ‘Did not "
                             f"{telling}’ or ‘declined to {telling}’ would report the same facts more neutrally. The "
                             "article does not say why the person would not tell."),
                feedback=REFUSED_WRONG, template="refused-to-tell",
            ),
            0.8, f"word:{fact.data['sentence_start']}",
        )


# '“...,” she said, but refused to': the one who refused is the one just quoted.
SAID_BUT = re.compile(r"^[,”\"’']*\s*(?:he|she|they)\s+(?:said|added|told \w+(?: \w+)?),?\s+(?:but|and)\s+$")


def _refuser_named(ctx: Context, fact) -> str:
    """'“We take it seriously,” she said, but refused to give any details', whose 'she' is
    named in another paragraph: 'The article reports that Ann Lee, a spokeswoman, “refused
    to give any details”.', from the speaker of the quotation just before; "" if none."""
    text = ctx.article.text
    sentences = ctx.article.sentences
    index = next((i for i, s in enumerate(sentences) if s.start == fact.data["sentence_start"]), 0)
    before = sentences[index - 1].text if index > 0 else ""
    for quote in ctx.of_kind("quote"):
        speaker = speaker_of(quote.data.get("speaker") or {})
        # The pronoun's person must be the one the sentence before names: a "she" read
        # as someone further back is too often the wrong one.
        if (speaker is None or not speaker.named or quote.data["speaker"].get("kind") != "person"
                or speaker.key not in before or not fact.data["sentence_start"] <= quote.start < fact.start
                or not SAID_BUT.match(text[quote.end:fact.start])):
            continue
        label = ctx.speakers.get(speaker.key, speaker).label
        said = text[fact.start:fact.data["sentence_end"]].rstrip(" .")
        return f"The article reports that {label}{',' if ',' in label else ''} “{said}”."
    return ""


# Nouns of time, whose earlier ones are compared by their figures ("a historic year").
TIME_NOUNS = frozenset("year season month quarter decade week summer winter harvest term".split())
# Nouns with no plural of their own ("historic support": earlier support, not "supports").
MASS_NOUNS = frozenset("progress support growth success work aid help action assistance relief turnout "
                       "cooperation participation attention investment funding commitment leadership spending housing training "
                       "planning policing schooling".split())


def _plural(noun: str) -> str:
    """A count noun's plural; a mass noun ("investment", "spending") as it is."""
    return noun if noun in MASS_NOUNS else plural(noun)


def past_choices(noun: str) -> tuple[str, dict[str, str], str]:
    """The key, the wrong choices with their feedback, and the things to compare with, for
    praise of "this {noun}" as unmatched: earlier years for a year, earlier responses of
    the same kind for a response."""
    earlier = _plural(noun)
    if noun in TIME_NOUNS:
        answer, against = f"Figures for earlier {earlier}, to compare this {noun} with", f"earlier {earlier}"
    else:
        answer, against = (f"Earlier {earlier} of the same kind, to compare this {noun} with",
                           f"earlier {earlier} of the same kind")
    wrong = {
        "Nothing more: the publisher knows the facts best":
            "The publisher has a stake in presenting its record well: its word is a claim to check, not proof.",
        "Another statement from the same publisher": "A second statement from the same publisher would repeat its own "
                                                     "view; it would not check it.",
        f"Figures for this {noun} alone": f"Figures for this {noun} alone cannot show that nothing before matched it: "
                                          f"the word is a comparison with {against}.",
    }
    return answer, wrong, against


@_drawing_apart
def praise_against_the_past(ctx: Context) -> Iterator[Candidate]:
    """In a press release, 'In its own words, this press release calls the year “historic”. What
    would a reader need to judge whether the word is fair?': praise that claims nothing
    before matched the publisher's work, which only earlier work of the same kind can check
    (earlier responses for "an unprecedented response", earlier years for "a historic
    year"); not asked where the word qualifies no noun ("This is historic")."""
    if ctx.kind.kind != "press-release":
        return
    for fact in ctx.of_kind("loaded", loaded_kind="charged"):
        word, noun = fact.data["word"], fact.data.get("_praises") or ""
        if (word.lower() not in COMPARED_WITH_THE_PAST or not word.islower() or fact.data.get("speaker")
                or fact.data.get("voice") or not noun):
            continue  # "Historic" of a heading in title case; a speaker's word; no noun it praises
        text = _shown(ctx, fact)
        if not text or len(text.split()) > 45 or text.count(word) != 1:
            continue
        answer, wrong, against = past_choices(noun)
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"praise-past-{slugify(word, 16)}", skill="loaded-language",
                prompt=(f"{with_quotation(text)} In its own words, this press release calls the {noun} “{word}”. What "
                        "would a reader need, to judge whether the word is fair?"),
                evidence=ctx.sentence(fact),
                explanation=(f"“{word}” claims that nothing before matched this {noun}: it is a comparison with the past, "
                             "made by the publisher in its own release, where it has every reason to present its record well. Only "
                             f"{against}, ideally set out by someone without a stake, show whether the word holds; "
                             "without them it is the publisher's judgement, not a finding."),
                feedback=wrong, template="praise-against-the-past",
            ),
            0.8, f"word:{fact.data['sentence_start']}",
        )


def quoted_against_own(ctx: Context) -> Iterator[Candidate]:
    """'In a quotation, McLaughlin says “criminal illegal aliens”; in its own words the
    article says “undocumented immigrants”. What does the difference show?': a source's
    loaded word set against the neutral word the article itself uses for the same thing."""
    for fact in ctx.of_kind("loaded", loaded_kind="charged"):
        speaker = speaker_of(fact.data["speaker"]) if fact.data.get("speaker") and fact.data.get("own_words") else None
        if speaker is None or not speaker.named:
            continue
        name, label = speaker.key, ctx.speakers.get(speaker.key, speaker).label
        phrase, own, word, neutral = fact.data["phrase"], fact.data["own_words"], fact.data["word"], fact.data["neutral"]
        narrower = _narrowing(phrase, own)
        answer = f"{name}’s words judge; the article’s own words for the same thing are neutral"
        same = (f"“{word}” and “{neutral}” point to the same thing, but “{word}” also judges it; “{neutral}” only names it.")
        narrows = ""
        if narrower:
            answer = f"{name}’s words judge and name only some of the people; the article’s own words are neutral"
            narrows = (f" {name}’s words also add “{narrower}”: they name only some of the people, where the article’s "
                       f"“{own}” covers them all.")
            same = f"They do not mean the same: “{narrower}” names only some of them, and “{word}” judges where “{neutral}” only names."
        wrong = {
            "The two mean the same, so the choice of words does not matter": same,
            f"The article’s own words are the loaded ones; {name}’s are neutral":
                f"It is the other way round: “{word}” is the loaded word, and a neutral report says “{neutral}”.",
            f"The article takes on {name}’s words as its own":
                f"The article keeps “{phrase}” inside quotation marks, as {name}’s, and says “{own}” in its own voice.",
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"quoted-against-own-{slugify(word, 16)}", skill="loaded-language",
                prompt=(f"In a quotation, {label}{',' if ',' in label else ''} says “{phrase}”. In its own words, outside quotation marks, the article "
                        f"says “{own}”. What does the difference in wording show?"),
                evidence=ctx.sentence(fact),
                explanation=(f"“{word}” is a loaded word: it judges, where “{neutral}” only names. The article gives "
                             f"{name}’s words inside quotation marks, so readers know whose they are, and uses the "
                             f"neutral word in its own voice: it reports the view without taking it on.{narrows}"),
                feedback=wrong, template="quoted-against-own",
            ),
            0.9, f"word:{fact.data['sentence_start']}",
        )


# Words for a person's legal status, which the two wordings give in their own ways
# ("illegal" in the quotation, "undocumented" in the article): counterparts, not a narrowing.
STATUS_WORDS = frozenset("illegal undocumented unauthorized unauthorised irregular unlawful".split())


def _narrowing(phrase: str, own: str) -> str:
    """The words a quoted phrase puts before its noun that the article's own words lack and
    that pick out only some of the people ("criminal" in “criminal illegal aliens” beside
    “undocumented immigrants”), joined; "" when there are none."""
    mine = [w.lower() for w in own.split()[:-1]]
    extra = [w for w in phrase.split()[:-1] if w.lower() not in mine and w.lower() not in STATUS_WORDS
             and w.lower() not in CHARGED]
    return " ".join(extra)


def whose_word(ctx: Context) -> Iterator[Candidate]:
    """'The article puts “invasion” in quotation marks. Whose word is it?'; where the
    sentence itself names whose word it is, 'Why does it put “invasion” in quotation marks?'"""
    for fact in ctx.of_kind("loaded", loaded_kind="scare-quote"):
        owner = speaker_of(fact.data["owner"]) if fact.data.get("owner") else None
        word = fact.data["word"]
        if owner is None or word.lower() not in CHARGED:
            continue  # a charged word held at arm's length, not a name or a label
        owner = ctx.speakers.get(owner.key, owner)
        sentence = ctx.sentence(fact)
        shown = clip(sentence, 40)
        neutral = CHARGED[word.lower()]
        instead = f" A neutral report would say “{neutral}”." if neutral else ""
        if _names_owner(shown, owner.key):
            yield from _why_quoted(ctx, fact, owner, shown)
            continue
        others = [s.label for key, s in ctx.speakers.items() if key != owner.key]
        if len(others) < 2:
            continue
        answer = capitalise(owner.label)
        distractors = [capitalise(o) for o in others[:2]] + [WRITER_WORD]
        yield Candidate(
            choice(
                ctx, answer, distractors, id=f"whose-word-{slugify(word, 16)}", skill="loaded-language",
                prompt=f"{with_quotation(shown)} Whose word is “{word}”?",
                evidence=sentence,
                explanation=(f"The quotation marks show that “{word}” is not the writer's own word: it is "
                             f"{owner.label}'s. The writer reports the word without taking it on.{instead}"),
                feedback={WRITER_WORD: "Quotation marks show the writer is repeating someone else's word.",
                          **{d: f"The article does not give “{word}” to {mid_sentence(d)}; "
                                f"it is the word of {owner.label}." for d in distractors if d != WRITER_WORD}},
                template="whose-word",
            ),
            0.9, f"loaded:{fact.data['sentence_start']}",
        )


def _names_owner(text: str, key: str) -> bool:
    """Whether a passage names the person whose word it quotes, in full or by surname."""
    return any(len(part) > 2 and re.search(rf"\b{re.escape(part)}\b", text) for part in key.split() if part[:1].isupper())


def _why_quoted(ctx: Context, fact, owner, shown: str) -> Iterator[Candidate]:
    word = fact.data["word"]
    answer = f"To show that “{word}” is {owner.key}’s word, not the writer's"
    wrong = {
        "To show that the writer agrees with the word": "Quotation marks hold a word at arm's length: they show "
                                                        "it is someone else's, not that the writer takes it on.",
        "To show that it is the name of a law or a programme": f"“{word}” names no law or programme here; it is "
                                                              "a word that judges what happened.",
        "To stress it as the writer's own judgement": "A writer's own judgement needs no quotation marks; "
                                                      "these show the word belongs to someone else.",
    }
    yield Candidate(
        Question(
            id=f"whose-word-{slugify(word, 16)}", type="choice", skill="loaded-language",
            prompt=f"{with_quotation(shown)} Why does the article put “{word}” in quotation marks?",
            choices=shuffled(ctx.rng, answer, list(wrong)), answer=answer, evidence=ctx.sentence(fact),
            explanation=(f"“{word}” is a charged word, and it is {owner.key}’s: the quotation marks let the writer "
                         f"report it without taking it on, so readers know whose judgement it is."),
            feedback=wrong, template="whose-word",
        ),
        0.85, f"loaded:{fact.data['sentence_start']}",
    )


# Praise that a report may use of what it measures ("a historic vote", "an unprecedented rise",
# "swift growth"): the writer's judgement only in a release, where the body praises its own work.
MEASURING_PRAISE = frozenset("historic unprecedented unmatched swift swiftly robust decisively strong".split())
# Phrases that praise or judge, asked together where they stand this close: the question's
# evidence is the passage that holds them all.
PRAISE_WINDOW = 4  # sentences
REPORTS = {"money": "a sum of money", "cardinal": "a count", "quantity": "an amount", "percent": "a percentage",
           "date": "a date"}


@_drawing_apart
def own_praise(ctx: Context) -> Iterator[Candidate]:
    """'Which of these phrases from the release praise or judge, in the publisher's own words,
    rather than only reporting? Choose all that do.' of a release's own "historic resources",
    "working tirelessly", "a forward-leaning, whole-of-government response"; in a news report,
    'which give the writer's own judgement, with no source?' of the narration's "an aggressive
    campaign". The wrong choices are phrases of the same voice that give a figure or a date,
    which a record could check. Asked where the loaded word of one sentence (charged_word)
    cannot be: a release's praising sentence seldom has plain words enough to stand beside it."""
    release = ctx.kind.kind == "press-release"
    if not release and ctx.kind.kind not in ("news", "wire"):
        return
    facts = ctx.of_kind("praise")
    keys = [f for f in facts if f.data["role"] != "report" and _own_voice(ctx, f, release)
            and (release or f.data["role"] == "judging" or f.data["word"].lower() not in MEASURING_PRAISE)
            and not ctx.in_title(f)]
    reports = list({f.text: f for f in facts if f.data["role"] == "report" and not ctx.in_title(f)}.values())
    sentences = ctx.article.sentences
    index = {s.start: i for i, s in enumerate(sentences)}
    used: set[int] = set()
    for first in keys:
        if first.start in used:
            continue
        at = index[first.data["sentence_start"]]
        near = [f for f in keys if 0 <= index[f.data["sentence_start"]] - at < PRAISE_WINDOW]
        group = [f for f in near if f.start not in used][:3]
        used |= {f.start for f in group}
        yield from _praise_questions(ctx, group, reports, release, 0.8)
        if len({f.data["sentence_start"] for f in group}) > 1:
            # Each sentence alone too, where the whole passage is taken by another question.
            for start in dict.fromkeys(f.data["sentence_start"] for f in group):
                yield from _praise_questions(ctx, [f for f in group if f.data["sentence_start"] == start], reports,
                                             release, 0.75)


def _praise_questions(ctx: Context, group, reports, release: bool, worth: float) -> Iterator[Candidate]:
    """The question on a group of praising phrases, with figures and dates of the same voice as
    wrong choices, if the text has enough of them."""
    if len(group) < 2:
        return  # one judging phrase among figures and dates is "which one is no number": found without judging anything
    start, end = group[0].data["sentence_start"], group[-1].data["sentence_end"]
    evidence = ctx.article.text[start:end]
    words = [f.text for f in group]
    if len({w.lower() for w in words}) < len(words) or any(evidence.count(w) != 1 for w in words):
        return
    wanted = max(2, 4 - len(group))  # four choices at least for a "choose all"
    plain = [r for r in reports if not any(r.text in w or w in r.text for w in words)]
    # A figure before a date, one of each kind first (a sum, a count), the nearest first.
    plain.sort(key=lambda r: (r.data["what"] == "date", abs(r.start - group[0].start)))
    kinds_seen, distractors = set(), []
    for report in plain:
        if report.data["what"] not in kinds_seen:
            kinds_seen.add(report.data["what"])
            distractors.append(report)
    distractors += [r for r in plain if r not in distractors]
    distractors = sorted(distractors[:wanted], key=lambda r: (r.data["what"] == "date", abs(r.start - group[0].start)))
    if len(distractors) >= wanted:
        yield _praise_question(ctx, group, distractors, evidence, release, worth)


def _own_voice(ctx: Context, fact, release: bool) -> bool:
    """Whether a phrase is the text's own voice: outside any reported speech, or in a release,
    in words the release gives to the body that publishes it ("The White House called on
    ..."), whose own text it is."""
    speaker = fact.data.get("speaker")
    if not speaker:
        return True
    if not release or speaker.get("kind") not in ("organisation", "government"):
        return False
    from quiz.core.generate.publisher import find_publisher

    publisher = find_publisher(ctx)
    name = speaker.get("name") or ""
    return bool(name) and publisher is not None and name in publisher.name


def _praise_question(ctx: Context, group, distractors, evidence: str, release: bool, worth: float) -> Candidate:
    words = [f.text for f in group]
    # The judging words as a reader finds them: "historic", and "swiftly and equitably" of "distributed swiftly and
    # equitably" (an adverb after its verb, with the adverbs joined to it).
    judging = [f.data["word"] if f.text.startswith(f.data["word"]) else f.text[f.text.index(f.data["word"]):]
               for f in group]
    feedback = {d.text: f"“{d.text}” gives {REPORTS[d.data['what']]}, which a record could check; it does not "
                        "judge." for d in distractors}
    many = len(group) > 1
    verb = "praise" if all(f.data["role"] == "praise" for f in group) else "judge"
    marked = or_list([f"“{w}”" for w in judging], "and")
    if release:
        prompt = (f"Which of these phrases from the release {'praise or judge' if many else 'praises or judges'}, in "
                  "the publisher's own words, rather than only reporting?"
                  f"{' Choose all that do.' if many else ''}")
        explanation = (f"{marked} {verb if many else verb + 's'} what the release reports, in the words of the body "
                       "that publishes it: no one outside it is given as saying so. A reader should weigh such words as "
                       "the publisher's view of its own side, and look for what would show it: the figures behind the "
                       "praise (what was done, for how many, compared with what), or a voice from outside with no "
                       "stake in the work. The other phrases give a figure or a date, which a record could check.")
    else:
        prompt = (f"Which of these phrases from the article {'give' if many else 'gives'} the writer's own judgement, "
                  f"with no source, rather than only reporting?{' Choose all that do.' if many else ''}")
        explanation = (f"{marked} {'judge' if many else 'judges'} what the article reports, in the writer's own "
                       f"narration: {'the words stand' if many else 'the word stands'} outside quotation marks, and the "
                       f"article gives {'them' if many else 'it'} to no one. A reader should take "
                       f"{'them' if many else 'it'} as the writer's view and look for what would show it: figures, or a "
                       "source who says so. The other phrases give a figure or a date, which a record could check.")
    choices = [*words, *(d.text for d in distractors)]
    ctx.rng.shuffle(choices)
    question = Question(
        id=f"own-praise-{slugify('-'.join(judging), 24)}", type="multi" if many else "choice", skill="loaded-language",
        prompt=prompt, choices=tuple(choices), answer=words if many else words[0], evidence=evidence,
        explanation=explanation, feedback=feedback, template="own-praise")
    return Candidate(question, worth if many else worth - 0.05,
                     f"praise:{group[0].data['sentence_start']}")
