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
    OPENERS, REPORT_KINDS, Candidate, Context, Speaker, capitalise, choice, clip, display, mid_sentence, possessive, quoted,
    self_contained, shuffled, slugify, speaker_of, with_quotation,
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
    "doubt": "it reports {what} as {name}'s claim, and the writer does not vouch that it is true",
    "insist": "it makes {what} sound like {name}'s firm position, held against people who doubt it",
    "show off": "it makes {what} sound like {name} showing off or selling something",
    "attack": "it makes {name}'s words, {what}, sound like a harsh attack",
    "grievance": "it makes {what} sound like a grievance of {name}'s",
    "mock": "it makes {name} sound as if mocking the idea rather than answering it",
    "danger": "it presents {what} as a risk that {name} wants people to take seriously",
    "case": "it presents {what} as {name}'s case, put forward to persuade, not a settled fact",
    "denial": "it presents {name}'s words, {what}, as an answer to someone who had said otherwise",
    "vouch": "it gives {what} as settled and true, on {name}'s word, not as one view among others",
    "news": "it gives {what} as true, and as something brought to light by {name}",
    "commit": "it makes {what} a commitment of {name}'s: something still to be done, which readers can later check",
    "press": "it presents {what} as {name} pressing others to act",
    "answer": "it presents {name}'s words, {what}, as a defence against criticism",
}
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
        applied = APPLIED[family_of[meaning]].format(what=quoted(clip(said, 16)), name=mid_sentence(speaker.key))
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
                          **{d: f"Nothing in “{word}” suggests that; {applied}." for d in distractors if d != SAME_AS_SAID}},
                template="speech-verb",
            ),
            0.9, f"loaded:{fact.data['sentence_start']}",
        )


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
            or any(f.data["sentence_start"] == before.start and f.data["loaded_kind"] not in ("judging", "lexicon-judging")
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
        if len({str(f.data.get("speaker")) for f in facts}) > 1:
            continue  # the writer's word and a speaker's in one sentence
        words = list(dict.fromkeys(f.data["word"] for f in facts))
        sentence = ctx.sentence(fact)
        text = display(sentence) if fact.data.get("speaker") else _shown(ctx, fact)
        if (len(words) > 3 or used & {w.lower() for w in words} or not text or len(text.split()) > 40
                or fact.data.get("_also_judging")  # a second judging word the question would pass over
                or any(text.count(w) != 1 for w in words)):
            continue
        distractors = _same_kind(fact, words, 3 if len(words) == 1 else 2) or _fewer_of_same_kind(fact, words)
        if len(distractors) < 2:  # three choices at least
            continue
        used |= {w.lower() for w in words}
        voice = fact.data.get("voice", "writer")
        whose = "the writer's" if voice == "writer" else f"{voice}'s"
        praise = _self_praise(ctx) if voice == "writer" else ""
        feedback = {d: (f"“{d}” only describes a thing in the sentence; it does not judge it."
                        if d in (fact.data.get("_describing") or []) else
                        f"“{d}” only names a thing in the sentence; it does not judge it.") for d in distractors}
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
                            f"{instead}{praise} The other choices only name or describe things in the sentence.",
                feedback=feedback, template="charged-word",
            )
        else:
            question = _all_loaded(
                ctx, words, distractors, feedback, evidence=sentence,
                prompt=f"{with_quotation(text)} Which words are loaded, chosen to make readers feel something about the facts? "
                       "Choose all that are.",
                explanation=f"{_listed(words)} do more than describe: each adds {whose} feeling or judgement to "
                            f"what happened. A neutral report would give the facts without them.{praise} The other "
                            "choices only name or describe things in the sentence.")
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
        distractors = _same_kind(fact, [word], 3) or _fewer_of_same_kind(fact, [word])
        if len(distractors) < 2:
            continue
        used.add(word.lower())
        who, audience, where = {
            "speech": ("the speaker", "listeners", "A speech"),
            "interview": (voice, "readers", "An interview answer"),
            "opinion": ("the writer", "readers", "An opinion piece"),
        }[kind]
        does = "describe" if fact.data.get("tag", "")[:2] in ("JJ", "RB") else "name a thing"
        neutral = fact.data.get("neutral")
        instead = (f"A plainer wording would say “{neutral}”, which names the thing without the feeling."
                   if neutral else "A plainer wording would name the same thing without judging it.")
        feedback = {d: (f"“{d}” only describes a thing in the sentence; it does not judge it."
                        if d in (fact.data.get("_describing") or []) else
                        f"“{d}” only names a thing in the sentence; it does not judge it.") for d in distractors}
        yield Candidate(
            Question(
                id=f"persuading-{slugify(word, 16)}", type="choice", skill="loaded-language",
                prompt=(f"{with_quotation(text)} Which word does {who} use to stir {audience}' feelings, rather than "
                        "only to name or describe?"),
                choices=shuffled(ctx.rng, word, distractors), answer=word, evidence=sentence,
                explanation=(f"“{word}” does more than {does}: it gives {possessive(who)} feeling about it and asks "
                             f"{audience} to share it. {where} persuades this way. {instead} "
                             "The other choices only name or describe things in the sentence."),
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


def _same_kind(fact, words: list[str], wanted: int) -> list[str]:
    """Wrong choices for a loaded word: beside an adjective or adverb, one or two of the
    sentence's plain ones ("federal", "annual") before its nouns, so that the key is not
    the only describing word; beside a noun, nouns."""
    describing = [w for w in fact.data.get("_describing") or [] if w not in words]
    naming = [w for w in fact.data.get("_naming") or [] if w not in words]
    picked = describing[: wanted - 1] if fact.data.get("tag", "")[:2] in ("JJ", "RB") else []
    rest = wanted - len(picked)
    return picked + naming[:: max(1, len(naming) // max(1, rest))][:rest] if len(naming) >= rest else []


def _listed(words: list[str]) -> str:
    return capitalise(" and ".join(f"“{w}”" for w in words))


def _all_loaded(ctx: Context, words: list[str], distractors: list[str], feedback: dict, **fields) -> Question:
    """'Which words are loaded? Choose all that are.': two or three loaded words of one sentence."""
    choices = [*words, *distractors]
    ctx.rng.shuffle(choices)
    return Question(id=f"charged-{slugify('-'.join(words), 24)}", type="multi", skill="loaded-language",
                    choices=tuple(choices), answer=words, feedback=feedback, template="charged-word", **fields)


def _fewer_of_same_kind(fact, words: list[str]) -> list[str]:
    """Two wrong choices where the sentence has too few plain words for three, only where
    they are of the key's own kind: an adjective alone among nouns is found without reading."""
    distractors = _same_kind(fact, words, 2)
    describing = set(fact.data.get("_describing") or [])
    return distractors if fact.data.get("tag", "").startswith("NN") or describing & set(distractors) else []


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
                         "speaker's view. The other choices only name or describe things in the sentence."))
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


PAST_ANSWER = "Figures for earlier years, to compare this one with"
PAST_WRONG = {
    "Nothing more: the publisher knows its own work best":
        "The publisher has a stake in praising its own work: its word is a claim to check, not proof.",
    "Another statement from the same publisher": "A second statement from the same publisher would repeat its own "
                                                 "view; it would not check it.",
    "This year's figures alone": "This year's figures alone cannot show that nothing before matched them: the word "
                                 "is a comparison with the past.",
}


@_drawing_apart
def praise_against_the_past(ctx: Context) -> Iterator[Candidate]:
    """In a press release, 'The release calls its publisher's own work “historic”. What
    would a reader need to judge whether the word is fair?': praise that claims nothing
    before matched the publisher's work, which only earlier years can check."""
    if ctx.kind.kind != "press-release":
        return
    for fact in ctx.of_kind("loaded", loaded_kind="charged"):
        word = fact.data["word"]
        if (word.lower() not in COMPARED_WITH_THE_PAST or not word.islower() or fact.data.get("speaker")
                or fact.data.get("voice")):
            continue  # "Historic" of a heading in title case; a speaker's word
        text = _shown(ctx, fact)
        if not text or len(text.split()) > 45 or text.count(word) != 1:
            continue
        yield Candidate(
            choice(
                ctx, PAST_ANSWER, list(PAST_WRONG), id=f"praise-past-{slugify(word, 16)}", skill="loaded-language",
                prompt=(f"{with_quotation(text)} This press release calls its publisher's own work “{word}”. What would "
                        "a reader need, to judge whether the word is fair?"),
                evidence=ctx.sentence(fact),
                explanation=(f"“{word}” claims that nothing before matched this: it is a comparison with the past, made "
                             "by the publisher about its own work, which it has every reason to praise. Only earlier "
                             "years, ideally counted by someone without a stake, show whether the word holds; without "
                             "them it is the publisher's judgement, not a finding."),
                feedback=PAST_WRONG, template="praise-against-the-past",
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


WRITER_OWN = "The writer’s own"
# Words the lexicon counts as judging that a speaker may use as plain description ("a rich
# harvest", "a strong wind", "famous for ...", "what kind of"): whose judgement they are is
# not a question worth asking.
DESCRIBING_TOO = frozenset("kind rich strong famous popular favorite favourite clear clearly likely free fine "
                           "able simple difficult hard easy special real true serious".split())
# Adverbs of degree, which a researcher uses of a finding's size ("patients were overwhelmingly
# comfortable"): a report of a result more than a view of it.
OF_DEGREE = frozenset("overwhelmingly highly largely hugely vastly widely mostly".split())
# Words that name the speaker's own feeling ("we are proud"), which tell how someone feels,
# not a judgement of what happened.
FEELINGS = frozenset("proud happy pleased delighted glad sad sorry grateful thankful excited thrilled worried "
                     "hopeful upset angry afraid anxious confident sure".split())


@_drawing_apart
def whose_judgement(ctx: Context) -> Iterator[Candidate]:
    """'The word “effective” judges rather than only describes. Whose judgement is it?' of a
    judging word that stands only inside one named speaker's quotation in a report, beside
    the writer and the article's other named speakers; and of a judging word in the writer's
    own voice, in a sentence the article gives to no one, beside the people it quotes."""
    if ctx.kind.kind not in (*REPORT_KINDS, "opinion"):
        return  # in a speech or an interview's answers, the speaker's own words stand in no quotation marks
    people = {key: s for key, s in ctx.speakers.items() if s.named and s.kind == "person"}
    unquoted = QUOTE.sub(" ", ctx.article.text)
    asked: set[str] = set()
    facts = [f for f in ctx.of_kind("loaded") if f.data["loaded_kind"] in ("judging", "charged", "lexicon-judging")
             and not f.data.get("persuading") and not f.data.get("voice")]
    for fact in sorted(facts, key=lambda f: f.start):
        word = fact.data["word"]
        if word.lower() in asked or word.lower() in DESCRIBING_TOO | FEELINGS | OF_DEGREE or not word.isalpha():
            continue
        speaker = speaker_of(fact.data["speaker"]) if fact.data.get("speaker") else None
        if speaker is not None:
            offered = _judgement_of_speaker(ctx, fact, speaker, people, unquoted)
        elif ctx.kind.kind != "press-release":  # there the writer is the publisher, whose officers it quotes
            offered = _judgement_of_writer(ctx, fact, people)
        else:
            offered = None
        if offered is not None:
            asked.add(word.lower())
            yield offered


def _surnames(key: str) -> list[str]:
    return [part for part in key.split() if part[:1].isupper() and len(part) > 1 and re.sub(r"[.'’-]", "", part).isalpha()]


def _named_in(text: str, key: str) -> bool:
    return any(re.search(rf"\b{re.escape(p)}\b", text) for p in _surnames(key))


def _names(text: str, key: str, people: dict, beside: str = "") -> bool:
    """Whether a passage names a person (by any part of the name not shared with `beside`:
    "Tyler" of "Tyler Skluzacek" beside "Patrick Skluzacek") or a body (by its whole name)."""
    if key not in people:
        return key.removeprefix("the ") in text
    own = [p for p in _surnames(key) if p not in _surnames(beside)]
    return any(re.search(rf"\b{re.escape(p)}\b", text) for p in own)


def _others(ctx: Context, people: dict, key: str, text: str) -> list[str]:
    """Other people the article quotes, not named in the passage and sharing no name with
    `key`; then the bodies it quotes, but never the one the speaker works for ("Dr. Lee of
    the NCI": her judgement may fairly be called the NCI's)."""
    label = ctx.speakers[key].label if key in ctx.speakers else ""
    bodies = [other for other, s in ctx.speakers.items() if s.named and s.kind == "organisation"
              and not _named_in(label, other) and not set(_surnames(other)) & set(_surnames(label))]
    return [other for other in [*people, *bodies] if other != key and not _same_person(other, key)
            and _surnames(other) and not (text and _named_in(text, other))]


def _same_person(one: str, other: str) -> bool:
    """Whether two names may be one person ("Lee" and "Ann Lee"); "Tyler Skluzacek" and
    "Patrick Skluzacek", each with a first name of its own, are two."""
    a, b = _surnames(one), _surnames(other)
    if len(a) >= 2 and len(b) >= 2 and a[0] != b[0]:
        return False
    return bool(set(a) & set(b))


def _around_quotation(ctx: Context, fact) -> str:
    """The sentences the quotation holding a word stands in, with the one before them in
    their paragraph: where "Ann Lee won the award. She said, “...”" names its speaker."""
    text = ctx.article.text
    quotation = next((m for m in QUOTE.finditer(text) if m.start() < fact.start < m.end()), None)
    if quotation is None:
        return ""
    sentences = ctx.article.sentences
    inside = [i for i, s in enumerate(sentences) if s.end > quotation.start() and s.start < quotation.end()]
    if not inside:
        return ""
    first = inside[0] - 1 if inside[0] > 0 and "\n" not in text[sentences[inside[0] - 1].end:sentences[inside[0]].start] else inside[0]
    return text[sentences[first].start:sentences[inside[-1]].end]


def _quotation_paragraph(ctx: Context, fact) -> str:
    """A paragraph that opens on a quotation, with the paragraph before it: the way news
    gives a speaker's words after the paragraph that names them ("Bruce Bennett, an analyst,
    said ...", then “If they have more than a few, ...”); "" for any other paragraph."""
    text = ctx.article.text
    start = text.rfind("\n", 0, fact.start) + 1
    if text[start:start + 1] not in "“\"" or start < 2:
        return ""
    return _paragraph(ctx, len(text[:start].rstrip()) - 1) + "\n" + _paragraph(ctx, fact.start)


def _does(fact) -> str:
    """What a plain word of the judging word's kind does: a noun names, any other word describes."""
    return "names" if fact.data.get("tag", "").startswith("NN") else "describes"


def _neutral(fact) -> str:
    neutral = fact.data.get("neutral")
    return f" A neutral report would say “{neutral}”." if neutral and fact.data.get("loaded_kind") == "charged" else ""


def _paragraph(ctx: Context, offset: int) -> str:
    text = ctx.article.text
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start:end if end >= 0 else len(text)]


PHRASE_WORDS = 4  # words each side of the judging word


def _phrase(ctx: Context, fact) -> str:
    """The words of the article around the judging word, verbatim, within its sentence and
    its stretch between quotation marks, colons and dashes: the whole stretch where it is
    short ("People fleeing desperate circumstances clearly need this"), else the part between
    the commas around the word, else a few words each side ("people are taking that good
    healthy eating message"); "" when fewer than three words are left."""
    text = ctx.article.text
    start, end = fact.data["sentence_start"], fact.data["sentence_end"]
    left, right = text[start:fact.start], text[fact.end:end]
    if left and not left[-1].isspace() or right[:1].isalnum():
        return ""  # the word is part of a longer one
    for stops in (STRETCH_ENDS, STRETCH_ENDS + "|,"):
        cut = [m.end() for m in re.finditer(stops, left)]
        before = left[cut[-1]:] if cut else left
        stop = re.search(stops, right)
        after = right[:stop.start()] if stop else right
        words = " ".join(f"{before}{text[fact.start:fact.end]}{after}".split()).strip(" ,.").split()
        if words[0].lower() in POINTING:  # "It is a disgraceful way ...": from "a disgraceful way ..."
            while len(words) > 3 and words[0].lower() in POINTING | LOOSE_START and words[0] != text[fact.start:fact.end]:
                words = words[1:]
        phrase = " ".join(words)
        if len(words) <= STRETCH_WORDS and words[0].lower() not in POINTING:
            break
    else:
        words_before, words_after = before.split()[-PHRASE_WORDS:], after.split()[:PHRASE_WORDS]
        while words_before and words_before[0].lower() in LOOSE_START | POINTING:
            words_before = words_before[1:]
        while words_after and words_after[-1].lower() in LOOSE_END:
            words_after = words_after[:-1]
        phrase = " ".join([*words_before, text[fact.start:fact.end], *words_after]).strip(" ,.")
    if len(phrase.split()) < 3 or " ".join(text.split()).count(phrase) != 1:
        return ""  # too short to find, or found in two places
    # Where the words are cut from a longer stretch, an ellipsis says so: "… people are taking that ...".
    stretch = _stretch(left, right, text[fact.start:fact.end])
    return f"{'' if stretch.startswith(phrase) else '… '}{phrase}{'' if stretch.endswith(phrase) else ' …'}"


def _stretch(left: str, right: str, word: str) -> str:
    cut = [m.end() for m in re.finditer(STRETCH_ENDS, left)]
    stop = re.search(STRETCH_ENDS, right)
    return " ".join(f"{left[cut[-1]:] if cut else left}{word}{right[:stop.start()] if stop else right}".split()).strip(" ,.")


# What ends a stretch of a sentence: a quotation mark, a colon or semicolon, a dash, a bracket,
# an ellipsis (a full stop within a sentence is an abbreviation's: "U.S."); not an apostrophe.
STRETCH_ENDS = r"[“”\";:!?()\[\]—–]|(?<![A-Za-z])[‘’]|[‘’](?![A-Za-z])|\.\.\.|…"  # not "President’s"
STRETCH_WORDS = 22
# Words that point back to a sentence the student does not see: a phrase never opens on them.
POINTING = frozenset("this these those that it its he she they his her their them".split())


# Words a phrase cut from its sentence should not open or close on: "was that patients ...",
# "... the answer is".
LOOSE_START = frozenset("and but or nor of to that which who was were is are be been as than so if".split())
LOOSE_END = frozenset("""the a an to of and but or that is are was were be with for in on at by as into from his her
    their its our my your we it they he she this these those which who than so if not very""".split())


def _judgement_of_speaker(ctx: Context, fact, speaker, people: dict, unquoted: str) -> Candidate | None:
    word, key = fact.data["word"], speaker.key
    if key not in people:
        return None
    if ctx.kind.kind == "press-release":
        from quiz.core.generate.publisher import speaks_for_publisher

        if speaks_for_publisher(ctx, fact.data["speaker"].get("description") or ""):
            return None  # an officer of the publisher speaks for it: the release's own voice
    # Every use of the word stands inside this speaker's quotations: no one else's, nor the writer's.
    spans = [(q.start, q.end) for q in ctx.claims_by_speaker.get(key, []) if q.data.get("direct")]
    uses = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", ctx.article.text, re.IGNORECASE)]
    if (not uses or re.search(rf"\b{re.escape(word)}\b", unquoted, re.IGNORECASE)
            or not all(any(s <= u < e for s, e in spans) for u in uses)):
        return None
    phrase = _phrase(ctx, fact)
    rivals = _others(ctx, people, key, "")
    # Only people as wrong choices: a body may speak through this very person (a spokeswoman's words are her ministry's).
    others = [other for other in rivals if other in people]
    # The quotation's sentences, paragraph, or paragraph with the one before, name its speaker
    # and no one else the article quotes: who speaks is plain to a reader, who finds where
    # the quotation begins and ends.
    if not phrase or not others or not any(
            _named_in(around, key) and not any(_names(around, other, people, key) for other in rivals)
            for around in (_around_quotation(ctx, fact), _paragraph(ctx, fact.start), _quotation_paragraph(ctx, fact))):
        return None
    name = key
    answer = possessive(name)
    wrong = {WRITER_OWN: f"The writer never uses “{word}” outside quotation marks: the word stands inside "
                         f"{possessive(name)} quotation."}
    for other in others[:2]:
        wrong[possessive(other)] = (f"{other} is another source in the article, but “{word}” stands inside "
                                    f"{possessive(name)} quotation, not {possessive(other)}.")
    return Candidate(
        choice(
            ctx, answer, list(wrong), id=f"whose-judgement-{slugify(word, 16)}", skill="loaded-language",
            prompt=f"The article says “{phrase}”. The word “{word}” judges rather than only {_does(fact)}. Whose judgement is it?",
            evidence=ctx.sentence(fact),
            explanation=(f"“{word}” gives a view, not a plain fact, and it stands inside a quotation the article "
                         f"gives to {name}: it is {possessive(name)} judgement, which the article passes on without "
                         f"making it its own (the writer never uses the word outside quotation marks). A careful "
                         f"reader weighs it as {possessive(name)} opinion, not as something the article has checked "
                         f"or vouches for.{_neutral(fact)}"),
            feedback=wrong, template="whose-judgement",
        ),
        0.7 + 0.1 * ctx.centrality(fact.start), f"word:{fact.data['sentence_start']}",
    )


REPORTING = re.compile(r"\b(?:say|says|said|saying|according|told|tells|reported|reports|believes?|argues?|argued|"
                       r"claims?|claimed|thinks?|suggests?|suggested|warns?|warned|described|calls?|called)\b")
# Names of bodies that take "the": "the Department of Transportation", not "the PC World".
BODY_WORDS = frozenset("Department Ministry Office Council Agency Committee Board Commission Institute University "
                       "Bureau Service Administration Government Court Senate House Police Army Navy Treasury".split())


def _judgement_of_writer(ctx: Context, fact, people: dict) -> Candidate | None:
    word = fact.data["word"]
    sentence = ctx.sentence(fact)
    start, end = fact.data["sentence_start"], fact.data["sentence_end"]
    if (any(start <= q.start < end or q.start <= start < q.end for q in ctx.of_kind("quote")) or QUOTE.search(sentence)
            or REPORTING.search(sentence)):
        return None  # a sentence that reports or quotes anyone ("experts say ..."): the word may be read as theirs
    if any(re.search(rf"\b{re.escape(word)}\b", m.group(0), re.IGNORECASE) for m in QUOTE.finditer(ctx.article.text)):
        return None  # a speaker says it too
    phrase = _phrase(ctx, fact)
    if not phrase:
        return None
    others = _others(ctx, people, "", _paragraph(ctx, fact.start))
    if len(others) < 2:
        return None
    others = [f"the {o}" if o.split()[0] in BODY_WORDS else o for o in others]
    wrong = {capitalise(possessive(o)): (f"{capitalise(o)} is a source in the article, but “{word}” stands outside any "
                                         "quotation, in a sentence the article gives to no one.") for o in others[:3]}
    return Candidate(
        choice(
            ctx, WRITER_OWN, list(wrong), id=f"whose-judgement-{slugify(word, 16)}", skill="loaded-language",
            prompt=f"The article says “{phrase}”. The word “{word}” judges rather than only {_does(fact)}. Whose judgement is it?",
            evidence=sentence,
            explanation=(f"“{word}” stands outside quotation marks, in a sentence the article gives to no source: the "
                         "judgement is the writer's own, told as part of the article. What happened could be checked; "
                         f"“{word}” adds how the writer sees it, which a reader may weigh rather than take as fact."
                         f"{_neutral(fact)}"),
            feedback=wrong, template="whose-judgement",
        ),
        0.7 + 0.1 * ctx.centrality(fact.start), f"word:{fact.data['sentence_start']}",
    )
