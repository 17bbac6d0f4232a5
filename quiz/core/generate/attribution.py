"""Attribution: who says what, whether the article gives their exact words, and which
claims belong to which source."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact
from quiz.core.facts.common import ORG_WORDS
from quiz.core.generate.common import (
    Candidate, Context, Speaker, choice, claim_text, is_claim, mid_sentence, self_contained, slugify, speaker_of,
)
from quiz.core.generate.evidence import claim_evidence, sentences_around


def verb_past(verb: str) -> str:
    """The attributing verb as the explanation says it: 'says' -> 'said', 'warns' ->
    'warned', 'thought' stays."""
    verb = verb.lower()
    irregular = {"say": "said", "says": "said", "tell": "said", "tells": "said", "told": "said", "writes": "wrote",
                 "thinks": "thought", "according": "said"}
    if verb in irregular:
        return irregular[verb]
    if verb in SPEECH_WORDS and verb.endswith("s"):
        return verb[:-1] + ("d" if verb.endswith("es") else "ed")  # "notes" -> "noted", "warns" -> "warned"
    return verb


# Outlets and bodies known by initials that take "the": "the BBC said".
BROADCASTERS = frozenset("BBC CBC ABC AP AFP CNN NHS FBI CIA EU UN WHO IMF".split())
SPEECH_WORDS = frozenset(
    "said says told tells added adds explained explains stated states noted notes announced announces reported "
    "reports argued argues wrote writes warned warns insisted insists according confirmed confirms".split()
)
# Words that tell a quotation from a paraphrase without the article: "I" and "we" stay
# only in quotation marks, "he" and "they" stand in a paraphrase for the speaker, and a
# contraction is speech. A question whose words hold one answers itself.
TELLTALE = re.compile(
    r"\b(?:I|me|my|mine|we|us|our|ours|he|she|him|his|her|hers|they|them|their|theirs)\b|\w(?:n[’']t|[’'](?:re|ve|ll|m|d))\b"
    r"|\b(?:it|that|there|what|here)[’']s\b", re.IGNORECASE)


def names_speaker(text: str, key: str) -> bool:
    """Whether the words themselves name the speaker (then the question answers itself)."""
    return any(len(part) > 2 and re.search(rf"\b{re.escape(part)}\b", text) for part in key.split() if part[:1].isupper())


def _in_quotation_marks(text: str, fact) -> bool:
    """Whether a quote's words stand between quotation marks in the article."""
    return text[fact.start - 1 : fact.start] in "“\"" and fact.start > 0


def askable(ctx: Context, verbs: frozenset[str] = SPEECH_WORDS) -> list[tuple[Fact, Speaker, str]]:
    """Every quotation and reported statement a student can be asked about by its words
    alone, with those words: given to a source the article names or describes, with a verb
    of speech, a whole claim of 6 to 30 words (of a longer quotation, its first sentence)
    whose grammar does not tell whether it is quoted ("I", "he", "don't")."""
    out = []
    for fact in ctx.of_kind("quote"):
        direct = bool(fact.data.get("direct"))
        speaker = speaker_of(fact.data["speaker"])
        if speaker is None or fact.data.get("verb_kind") not in ("say", "according", "continued"):
            continue
        if not speaker.key[:1].isupper():
            continue  # "today's Washington Post": a name read with the words around it
        if speaker.kind == "person" and any(w in ORG_WORDS for w in speaker.key.split()):
            continue  # "Refugee Council Enver Solomon": a name glued to its organisation
        if ctx.in_title(fact) or ctx.speaks_for_itself(speaker):
            continue  # a headline or a release's own voice reports no one
        if (fact.data.get("verb") or "said").lower() not in verbs:
            continue  # "thought", "hoped": not words anyone could have quoted
        words = fact.text.strip()
        if direct and not (_in_quotation_marks(ctx.article.text, fact) and words[:1].isupper()):
            continue  # a phrase taken into the writer's sentence, not a whole quotation
        if direct and len(words.split()) > 30:
            words = _first_sentence(ctx, fact)
        if not direct and (fact.data.get("verb_kind") == "continued" or not _whole_clause(ctx, fact)):
            continue
        if not 6 <= len(words.split()) <= 30 or not is_claim(fact) or names_speaker(words, speaker.key):
            continue
        if re.search(r"\b(?:this|the) (?:story|report|article)\b", words, re.IGNORECASE):
            continue  # "wrote this story": a byline
        if any(mark in words for mark in "“”\"‘[]…") or TELLTALE.search(words) or not self_contained(words, strict=not direct):
            continue  # a quotation inside, an editor's brackets, grammar that gives the answer away, or a "this" with nothing before it
        out.append((fact, speaker, words))
    return out


def _whole_clause(ctx: Context, fact: Fact) -> bool:
    """Whether reported words are a clause of their own: after the verb that reports them,
    "that", a comma or nothing, not the end of someone else's clause ("the museum saw
    attendance levels reach ..."), and with no "it" that stands for something before them."""
    before = ctx.article.text[fact.data["sentence_start"] : fact.start].rstrip()
    last = before.split()[-1].lower() if before.split() else ""
    opens = not before or before.endswith((",", ":", "—")) or last in ("that", (fact.data.get("verb") or "").lower())
    pronoun = re.search(r"\b(?:it|its)\b", fact.text)
    return opens and (pronoun is None or self_contained(fact.text[: pronoun.start()] + " he", strict=False))


def _first_sentence(ctx: Context, fact: Fact) -> str:
    """The first sentence of a long quotation, when the quotation goes on past it."""
    sentence = ctx.article.sentence_at(fact.start)
    if sentence is None or sentence.end >= fact.end:
        return fact.text.strip()
    return ctx.article.text[fact.start : sentence.end].strip()


def own_words(ctx: Context) -> Iterator[Candidate]:
    """'The article reports what Ana Ruiz said. For which of these two passages can a reader
    be sure of the exact words?': a quotation beside the writer's summary of what she said,
    or two summaries. The prompt shows both without their quotation marks, so only the
    article tells which is which; the wrong choices are the common misreadings (a named
    speaker means exact words)."""
    if ctx.kind.kind in ("interview", "speech"):
        return  # every word of it is the speaker's, and what they retell is theirs too
    found = askable(ctx)
    pairs = [(a, b) for a in found for b in found if a[0].start < b[0].start
             and (a[0].data["direct"] != b[0].data["direct"] or not a[0].data["direct"] and a[1].key == b[1].key)
             and (a[1].key == b[1].key or related(a[1], b[1]) or a[1].kind == b[1].kind == "person")]
    # A quotation beside a summary of the same source's words teaches the most, then two
    # summaries of one source, then two sources; and the closest two, read together.
    pairs.sort(key=lambda p: (p[0][1].key != p[1][1].key, p[0][0].data["direct"] == p[1][0].data["direct"],
                              p[1][0].start - p[0][0].start))
    for (first, first_source, first_words), (second, second_source, second_words) in pairs:
        evidence = _evidence_of_both(ctx, first, second)
        if evidence is None or len(evidence) > MAX_PAIR_CHARS:
            continue
        if not (names_source(evidence, first_source) and names_source(evidence, second_source)):
            continue  # "She says ...": the passage must show whose words they are
        same = first_source.key == second_source.key or related(first_source, second_source)
        who = max(source_name(first_source), source_name(second_source), key=len) if same else \
            f"{source_name(first_source)} and {source_name(second_source)}"
        prompt = (f"The article reports what {who} said. For which of these two passages can a reader be sure "
                  f"of the exact words? A: {_passage(first_words)} B: {_passage(second_words)}")
        if first.data["direct"] or second.data["direct"]:
            names = (who, who) if same else (source_name(first_source), source_name(second_source))
            answer, wrong, explanation = _one_quoted(first, second, *names)
        else:
            answer, wrong, explanation = _none_quoted(who, "each" if not same else source_name(first_source))
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"own-words-{slugify(second_source.key, 20)}-{slugify(second.text, 12)}",
                skill="attribution", prompt=prompt, evidence=evidence, explanation=explanation, feedback=wrong,
                template="own-words",
            ),
            0.8, source_point(second_source),
        )
        return


# Two passages a student reads together; a longer stretch would also take sentences that
# other questions could ask about (a pack asks about each sentence once).
MAX_PAIR_CHARS = 500


def _passage(words: str) -> str:
    """A passage as the prompt shows it: without quotation marks, since the answer turns on
    which of the two has them in the article."""
    text = re.sub(r"[“”\"]", "", claim_text(words, 22)).strip()
    return text if text.endswith(("…", "?", "!")) else f"{text}."


def _only(letter: str, other: str) -> str:
    return f"Only {letter}: {other} has no quotation marks, so its words are the writer's"


NAMED_NOT_QUOTED = "Both: the article names who said each of them"


def _one_quoted(first, second, first_name: str, second_name: str) -> tuple[str, dict[str, str], str]:
    """The key, the wrong choices with their feedback and the explanation, when one of the
    two passages (A the first, B the second) is a quotation."""
    exact, loose = ("A", "B") if first.data["direct"] else ("B", "A")
    quoter, summarised = (first_name, second_name) if first.data["direct"] else (second_name, first_name)
    verb = verb_past((second if first.data["direct"] else first).data.get("verb") or "said")
    wrong = {
        _only(loose, exact): f"It is the other way round: in the article {exact} stands inside quotation marks and {loose} "
                             "does not.",
        NAMED_NOT_QUOTED: f"Naming the speaker does not make the words theirs: {loose} has no quotation marks, so the "
                          "writer chose its words.",
        NEITHER: f"{exact} stands inside quotation marks: words in quotation marks are given exactly as they were said.",
    }
    explanation = (f"In the article, {exact} stands inside quotation marks: {quoter}'s own words, as they were said. "
                   f"{loose} has none: the writer sums up what {summarised} {verb}, in the writer's own words, so how "
                   f"{summarised} put it, and how strongly, may differ. {exact} can be quoted as {quoter}'s words; "
                   f"{loose} is the writer's version of them.")
    return _only(exact, loose), wrong, explanation


NEITHER = "Neither: both are the writer's summary of what was said"


def _none_quoted(who: str, name: str) -> tuple[str, dict[str, str], str]:
    """The key, the wrong choices and the explanation when neither passage is a quotation."""
    wrong = {
        _only("A", "B"): "A has no quotation marks either: both passages are the writer's words for what was said.",
        _only("B", "A"): "B has no quotation marks either: both passages are the writer's words for what was said.",
        NAMED_NOT_QUOTED: "Naming the speaker does not make the words theirs: neither passage has quotation marks.",
    }
    put = "each put it" if name == "each" else f"{name} put it"
    explanation = (f"Neither passage stands inside quotation marks: in both, the writer sums up what {who} said, in "
                   f"the writer's own words. How {put}, and how strongly, may differ; to quote {who}, a reader would "
                   "need the words in quotation marks.")
    return NEITHER, wrong, explanation


def source_point(speaker: Speaker) -> str:
    """The point of a question on whose words a source's are: one such question a source
    ("Karen Holt" and "Holt" are one), since a second on them teaches nothing new."""
    return f"source-of:{speaker.key.split()[-1]}"


def source_name(speaker: Speaker) -> str:
    """A source as a sentence names it: 'Ana Ruiz', 'the Home Office', 'an unnamed health
    official'."""
    if not speaker.named:
        return mid_sentence(speaker.label)
    # "Chief executive Karen Holt": a role in small letters read into the name.
    key = re.sub(r"^[A-Z][a-z]+(?:\s+[a-z]{4,})+\s+(?=[A-Z]\S*\s+[A-Z])", "", speaker.key)
    if key != speaker.key:
        return key
    takes_the = speaker.key in BROADCASTERS or any(w in ORG_WORDS for w in speaker.key.split()[-2:])
    if speaker.kind == "organisation" and takes_the and not re.search(r"[’']s\b", speaker.key):
        return "the " + speaker.key  # "the Home Office", "the BBC"; "Microsoft", "NASA" and "Korea's Ministry" stand alone
    return speaker.key


def _evidence_of_both(ctx: Context, one, other) -> str | None:
    """The passage from the first of two claims to the last, with the words that attribute
    each; None when it is too long to show."""
    parts = [claim_evidence(ctx, one), claim_evidence(ctx, other)]
    if None in parts:
        return None
    text = ctx.article.text
    starts = [text.find(part) for part in parts]
    start, end = min(starts), max(s + len(p) for s, p in zip(starts, parts))
    return sentences_around(ctx, start, end)


def names_source(passage: str, speaker: Speaker) -> bool:
    """Whether a passage names the source itself, not only "he" or "she"."""
    return names_speaker(passage, speaker.key) if speaker.named else speaker.key.lower() in passage.lower()


def related(a, b) -> bool:
    """Whether one source speaks for the other ("DHS spokeswoman" and "Department of
    Homeland Security"), or both are one person read twice ("Karen Holt" and "Holt"):
    then both could be said to be the source."""
    if a.named and b.named and a.key.split()[-1] == b.key.split()[-1] and a.key.split()[-1][:1].isupper():
        return True
    for one, other in ((a, b), (b, a)):
        if one.kind == "organisation":
            initials = "".join(w[0] for w in one.key.split() if w[:1].isupper())
            label = other.label
            if one.key.lower() in label.lower() or (len(initials) >= 2 and re.search(rf"\b{initials}\b", label)):
                return True
    return False
