"""Attribution: who says what, whether the article gives their exact words, and which
claims belong to which source."""

from __future__ import annotations

import difflib
import re
import statistics
from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.facts.common import ORG_WORDS
from quiz.core.facts.sources import is_outlet
from quiz.core.generate.common import (
    Candidate, Context, Speaker, capitalise, choice, claim_text, is_claim, mid_sentence, named_before, possessive, quoted,
    self_contained, slugify, speaker_of,
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
        if BYLINE.search(words):
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
                   + (f"{loose} is the writer's version of them." if quoter == summarised else
                      f"{loose} is the writer's version of what {summarised} {verb}, not {possessive(summarised)} own words."))
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


def continued_quote(ctx: Context) -> Iterator[Candidate]:
    """'A quotation in the article has no name and no speech verb (like said or told) beside
    it: “DHS will use every tool …” Whose words are these?' for a quotation that goes on from
    one the sentence before gives to a named speaker (“…,” McLaughlin said. “DHS will …”), or
    that only “he said” gives to them. Words that lean on the quotation before them (“This
    will be …”) are shown after it. The wrong choices are where a careless reader goes:
    someone the words speak about, the outlet that passed them on, another speaker of the
    article, and the writer."""
    if ctx.kind.kind in ("interview", "speech"):
        return  # a turn's label or the speaker of the speech gives every word; another lesson
    quotes = ctx.of_kind("quote")
    for index, fact in enumerate(quotes):
        tag = _pronoun_tag(ctx, fact) if fact.data.get("verb_kind") == "say" else None
        if not fact.data.get("direct") or fact.data.get("verb_kind") != "continued" and tag is None:
            continue
        speaker = speaker_of(fact.data["speaker"])
        if speaker is None or speaker.kind not in ("person", "people", "group", "organisation") or ctx.in_title(fact) \
                or ctx.speaks_for_itself(speaker):
            continue
        sentence = ctx.article.sentence_at(fact.start)
        if ctx.article.text[sentence.start : fact.start].strip(" “\""):
            continue  # a title or a phrase inside the writer's sentence, not words someone went on to say
        lead = _lead_in(ctx, quotes[:index], fact, speaker)
        if lead is None or tag is not None and _others_named(ctx, speaker, ctx.article.text[lead[0] : fact.data["verb_at"]]):
            continue  # no plain lead-in, or a "he" that might be someone else the passage names
        if _named_after(ctx, fact, speaker):
            continue  # '“We are devastated.” Those were the words of Ann Lee.': named after, not before
        start, how, same_paragraph, before = lead
        if ctx.article.text[:fact.start].rstrip(" \n“\"").endswith(":"):
            continue  # 'Obama tweeted:' and then the words: given to their speaker, not continued
        relayed = (outlet := PASSED_ON.search(ctx.article.text, start, fact.start)) and is_outlet(outlet.group("outlet"))
        if same_paragraph and not relayed:
            continue  # '“…,” Tyler says. “I really …”': a quotation split in one paragraph is found, not worked out
        shown = _shown(ctx, fact, speaker, before)
        if shown is None:
            continue
        end = fact.data["verb_at"] if tag is not None else fact.start + len(shown[-1]) - 1
        evidence = ctx.article.text[start : ctx.article.sentence_at(end).end]
        if len(evidence) > MAX_LEAD_CHARS:
            continue
        reported = before is not None and not before.data.get("direct")
        asked = _continued_question(ctx, fact, speaker, how, same_paragraph, evidence, shown, tag, reported)
        if asked is not None:
            # One whose wrong choices hold a misreading the passage itself invites (someone the
            # words speak about, an outlet that passed them on) teaches more.
            question, tempting = asked
            yield Candidate(question, 0.82 if tempting else 0.8, f"continued:{fact.start}")


def _shown(ctx: Context, fact: Fact, speaker: Speaker, before: Fact | None) -> list[str] | None:
    """What the prompt quotes: the first sentence of the quotation asked about, after the
    last of the quotation before it when it leans on that one ("This will be …"); None when
    that cannot stand alone or names the speaker."""
    words = _words_at(ctx, fact.start, fact.end, first=True)
    if words is None or not words.endswith((".", "!")) or names_speaker(words, speaker.key):
        return None
    shown = [words]
    if LEANS_BACK.match(words):
        earlier = _words_at(ctx, before.start, before.end, first=False) if before is not None and before.data["direct"] else None
        if earlier is None or LEANS_BACK.match(earlier) or names_speaker(earlier, speaker.key):
            return None
        shown = [earlier, words]
    return shown if _persons_named(" ".join(shown)) else None


def _lead_in(ctx: Context, earlier: list[Fact], fact: Fact, speaker: Speaker) -> tuple[int, str, bool, Fact | None] | None:
    """Where the passage that names a continued quotation's speaker starts, the words that
    make them the speaker there ("said", "issued a statement"), whether it is the
    quotation's paragraph, and the speaker's claim it goes on from: the same speaker's words
    with a verb of their own, or a statement they issued, in the sentence right before (in
    the same paragraph, or closing the one before when the quotation opens a paragraph),
    with no one else's words between; None when the reading is not that plain."""
    text, article = ctx.article.text, ctx.article
    shown = article.sentence_at(fact.start)
    previous = [s for s in article.sentences if s.end <= shown.start]
    if not previous or text[previous[-1].end : shown.start].strip(" \n“”\""):
        return None
    last = previous[-1]
    opens_paragraph = not text[text.rfind("\n", 0, fact.start) + 1 : fact.start].strip(" “\"")
    if not (shown.paragraph == last.paragraph or opens_paragraph and shown.paragraph == last.paragraph + 1):
        return None
    before = next((q for q in reversed(earlier) if q.end <= fact.start), None)
    if before is not None and before.data["speaker"] == fact.data["speaker"] and before.data.get("verb_at") is not None \
            and before.end > last.start:
        # From the sentence of the verb: a long quotation before "…,” said Ruiz." need not be shown whole.
        start, how = article.sentence_at(before.data["verb_at"]).start, before.data.get("verb") or "said"
    elif (statement := STATEMENT.search(text, last.start, last.end)) is not None:
        start, how, before = last.start, statement.group(), None  # "Senator Ann Ruiz issued a statement on the vote."
    else:
        return None
    if not _names(text[start : fact.start], speaker):
        # '“…,” he said.': the name may stand one sentence earlier in the paragraph, in the
        # same speaker's words ("Eastman said he is alarmed …").
        earlier_sentences = [s for s in previous if s.end <= start and s.paragraph == last.paragraph]
        if not earlier_sentences or not _names(text[earlier_sentences[-1].start : start], speaker):
            return None
        start = earlier_sentences[-1].start
    if any(q.data["speaker"] != fact.data["speaker"] for q in ctx.of_kind("quote") if start <= q.start < fact.start):
        return None  # someone else speaks in between
    return start, how, shown.paragraph == last.paragraph, before


def _pronoun_tag(ctx: Context, fact: Fact) -> str | None:
    """'he explained', 'said she': the words that give a quotation to someone only by a
    pronoun, after it; None when the quotation has a name beside it."""
    verb_at = fact.data.get("verb_at")
    if verb_at is None or verb_at < fact.end:
        return None
    text = ctx.article.text
    match = re.match(r"[”\"’,.\s]*((?:he|she)\s+[a-z]+|[a-z]+\s+(?:he|she))\b", text[fact.end : verb_at + 20])
    if match is None or fact.end + match.start(1) > verb_at or (fact.data.get("verb") or "") not in match.group(1).split():
        return None
    return match.group(1)


def _pronoun_of(ctx: Context, person: Speaker) -> str | None:
    """'he' or 'she': the pronoun the article uses for a person, read from the first "he",
    "she", "his" or "her" in the words right after each mention of their family name, when
    those agree; None when the article does not show it."""
    if person.kind != "person":
        return None
    text = ctx.article.text
    family = person.key.split()[-1]
    found = set()
    for mention in re.finditer(rf"\b{re.escape(family)}\b", text):
        after = re.search(r"\b(he|she|his|her|him)\b", text[mention.end() : mention.end() + 120], re.IGNORECASE)
        if after:
            found.add("she" if after.group(1).lower() in ("she", "her") else "he")
    return found.pop() if len(found) == 1 else None


def _named_after(ctx: Context, fact: Fact, speaker: Speaker) -> bool:
    """Whether the sentence right after a quotation, in its paragraph, names someone else:
    they may be the one the quotation belongs to."""
    following = next((s for s in ctx.article.sentences if s.start >= fact.end), None)
    if following is None or following.paragraph != ctx.article.sentence_at(fact.start).paragraph:
        return False
    return _others_named(ctx, speaker, ctx.article.text[following.start : following.end])


def _others_named(ctx: Context, speaker: Speaker, passage: str) -> bool:
    """Whether a passage names a person other than the speaker, whom a "he" or "she" could mean."""
    names = {s.key for s in ctx.speakers.values() if s.kind == "person"} | \
            {m.data["name"] for m in ctx.of_kind("mention") if m.data["label"] == "person"}
    return any(_distinct(speaker, Speaker(name, name, True, "person")) and _named_in(passage, Speaker(name, name, True, "person"))
               for name in names)


def _names(passage: str, speaker: Speaker) -> bool:
    """Whether a passage names a speaker, by a part of the name or a misspelling of the
    surname the reading took for them ("Ms Bauchtman" for Lydia Buchtmann); an unnamed one
    by the article's words for them ("a police spokesman")."""
    if not speaker.named:
        return names_source(passage, speaker)
    surname = speaker.key.split()[-1]
    return names_speaker(passage, speaker.key) or speaker.kind == "person" and any(
        difflib.SequenceMatcher(None, word, surname).ratio() >= 0.8 for word in re.findall(r"\b[A-Z][\w’'-]{3,}", passage))


# A quotation and the sentences before it that give its speaker, read together.
MAX_LEAD_CHARS = 700
# "issued a statement", "released a short statement": the quotation after it is the statement.
STATEMENT = re.compile(r"\b(?:issued|released|put out|posted|sent)\s+(?:a|an)\s+(?:\w+\s+)?(?:statement|letter|message)\b")
# The opening of a sentence that leans on the one before it.
LEANS_BACK = re.compile(r"(?:it|its|this|that|these|those|also|and|but|so|yet|or|then)\b|\w+\s+also\b", re.IGNORECASE)
# "he", "his", "her": a person the words of a quotation shown alone must name before.
SINGULAR_PERSON = re.compile(r"\b(?:he|she|him|his|her|hers)\b", re.IGNORECASE)


def _words_at(ctx: Context, start: int, end: int, first: bool) -> str | None:
    """The words of a quotation a prompt shows, verbatim: its first sentence (`first`) or its
    last, or the whole quotation when that sentence is too short to ask about; None when
    they are too long, or hold a quotation, an editor's brackets or a cut."""
    text = ctx.article.text
    if first:
        words = text[start : min(end, ctx.article.sentence_at(start).end)]
    else:
        sentence = ctx.article.sentence_at(end - 1)
        words = text[max(start, sentence.start) : end]
    words = words.strip(" “”\"")
    if len(words.split()) < 6:
        words = text[start:end].strip(" “”\"")
    if not 6 <= len(words.split()) <= 45 or words.endswith(("?", ";", ":")):
        return None
    if any(mark in words for mark in "“”\"‘[]…|") or "..." in words:
        return None
    return words[:-1] + "." if words.endswith(",") else words


def _persons_named(words: str) -> bool:
    """Whether every "he", "his" or "her" in words shown alone has a name before it ("his
    work, he would …" does not), and no "they" or "it" stands for something unseen."""
    person = SINGULAR_PERSON.search(words)
    if person and not named_before(words, person.start()):
        return False
    return self_contained(re.sub(r"^(?:this|that|these|those|it)\b", "The", words, flags=re.IGNORECASE), strict=False)


WRITER = "The writer of the article"
# "told VOA", "according to the Associated Press", "in a statement to Sky News": a news
# organisation that passed a speaker's words on.
PASSED_ON = re.compile(r"\b(?:according to|told|in an interview with|(?:in a statement|speaking) to)\s+"
                       r"(?P<outlet>(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,4})")


def _continued_question(ctx: Context, fact: Fact, speaker: Speaker, how: str, same_paragraph: bool, evidence: str,
                        shown: list[str], tag: str | None = None, reported: bool = False) -> tuple[Question, bool] | None:
    """The question on a continued quotation (shown: its words, after those of the quotation
    they lean on; reported: the sentence before gives the speaker's view in the writer's words,
    "Bong doubts the commitment") and whether the passage itself invites a misreading (someone
    the words speak about, an outlet); None when it would have too few wrong choices a reader
    could fall for."""
    text = ctx.article.text
    words = shown[-1]
    label = _choice_label(ctx, speaker)
    name = source_name(speaker)
    after = f"right after the writer reports {name}'s view" if reported else f"right after words the article gives to {name}"
    lead = text[text.find(evidence) : fact.start]
    where = "in the same paragraph" if same_paragraph else "at the start of the next paragraph"
    wrong: dict[str, str] = {}
    notes = []
    pronoun = tag.split()[0] if tag and tag.split()[0].lower() in ("he", "she") else tag.split()[-1] if tag else ""

    def ruled_out(other: Speaker) -> bool:  # "he explained" beside a woman the article calls "she": no reading needed
        return bool(pronoun) and _pronoun_of(ctx, other) != pronoun.lower()

    for other in [o for o in _spoken_about(ctx, speaker, words, lead) if not ruled_out(o)][:1]:
        other_name = source_name(other)
        if _named_in(words, other):
            wrong[_choice_label(ctx, other)] = f"These words speak about {other_name}; they are not {other_name}'s own words."
            notes.append(f"They speak about {other_name}, but they are not {other_name}'s words.")
        else:
            wrong[_choice_label(ctx, other)] = (f"The sentence before also names {other_name}, but the words that follow "
                                                f"are {name}'s, not {other_name}'s.")
            notes.append(f"The sentence before also names {other_name}; that does not make these words {other_name}'s.")
    outlet = PASSED_ON.search(lead)
    if outlet and is_outlet(outlet.group("outlet")):
        passed = outlet.group("outlet").rstrip(".")
        wrong[capitalise(passed)] = f"{capitalise(passed)} passed {name}'s words on to the writer; {name} said them."
        notes.append(f"{capitalise(passed)} only passed them on.")
    for other in _other_speakers(ctx, speaker, fact):
        if len(wrong) >= 2:
            break
        if _choice_label(ctx, other) not in wrong and not ruled_out(other):
            wrong[_choice_label(ctx, other)] = (
                f"{source_name(other)} {'speak' if other.kind == 'people' else 'speaks'} elsewhere in the article. These words come "
                f"{after}, and no other speaker is named.")
    if not wrong:
        return None
    wrong[WRITER] = (f"The writer's own sentences carry no quotation marks. These words stand in them, {after}, "
                     "so they are quoted speech, not the writer's.")
    role = label[len(speaker.key) + 2 :] if label.startswith(speaker.key + ", ") else ""
    if len(label) > 2 * statistics.median(len(c) for c in wrong) + 10:
        label = capitalise(name)  # a long role would pick the answer out by its length; the explanation gives it
    named = (f"says {name} “{how}”" if STATEMENT.fullmatch(how) else
             f"gives {name}'s view in the writer's own words (“{how}” is the writer's verb)" if reported else
             f"gives {name}'s words (“{how}”)")
    opening = (f"These words stand in quotation marks with only “{tag}” beside them, and no name. “{capitalise(pronoun)}” "
               "stands for the person the article last named as speaking: the" if tag else
               "These words stand in quotation marks but have no speech verb or name of their own. The")
    explanation = (f"{opening} sentence just before {named}, and these follow {where} with no new speaker named: "
                   f"a news story goes on quoting one person until it names another. So they are {name}'s words"
                   + (f", quoted as {role}." if role else ".") + "".join(" " + note for note in notes))
    if tag is not None:
        prompt = f"A quotation in the article has only “{tag}” beside it, and no name: {quoted(words)} Whose words are these?"
    elif len(shown) == 2:
        prompt = (f"In the article, the quotation {quoted(shown[0])} is followed by one with no name and no speech "
                  f"verb (like said or told) beside it: {quoted(words)} Whose words are these?")
    else:
        opening = "A quotation in the article" if same_paragraph else "A quotation that opens a paragraph of the article"
        prompt = f"{opening} has no name and no speech verb (like said or told) beside it: {quoted(words)} Whose words are these?"
    return choice(
        ctx, label, list(wrong), id=f"continued-quote-{slugify(speaker.key, 20)}-{slugify(words, 12)}",
        skill="attribution", prompt=prompt, evidence=evidence, explanation=explanation, feedback=wrong,
        template="continued-quote",
    ), bool(notes)


def _choice_label(ctx: Context, speaker: Speaker) -> str:
    """A source as a choice names it: a person with the role the article gives them."""
    if speaker.kind == "person":
        return capitalise(ctx.speakers.get(speaker.key, speaker).label)
    return capitalise(source_name(speaker))


def _distinct(one: Speaker, other: Speaker) -> bool:
    """Whether two sources are two: not one person named twice ("Karen Holt" and "Holt"),
    and not a body and the person who speaks for it; two of one family are two."""
    if one.key == other.key:
        return False
    if one.kind != "organisation" and other.kind != "organisation":
        short, long_ = sorted((one.key.split(), other.key.split()), key=len)
        return not (len(short) == 1 and short[-1] == long_[-1])
    return not related(one, other)


def _usable(speaker: Speaker) -> bool:
    """A named source fit to stand as a choice: not a name glued to its organisation, not a
    news outlet (they pass words on)."""
    return speaker.named and not (speaker.kind == "person" and any(w in ORG_WORDS for w in speaker.key.split())) \
        and not is_outlet(speaker.key)


def _named_in(passage: str, speaker: Speaker) -> bool:
    """Whether a passage names a source: a person by their name, a body by its name."""
    if speaker.kind == "organisation":
        return bool(re.search(rf"\b{re.escape(speaker.key)}\b", passage))
    return bool(re.search(rf"\b{re.escape(speaker.key.split()[-1])}\b", passage))


def _spoken_about(ctx: Context, speaker: Speaker, words: str, lead: str) -> list[Speaker]:
    """Other sources of the article, and other people it names in full, that the quotation
    speaks about or the sentence before it names: those in the words shown first."""
    mentioned = [Speaker(m.data["name"], m.data["name"], True, "person") for m in ctx.of_kind("mention")
                 if m.data["label"] == "person" and len(m.data["name"].split()) > 1 and m.data["name"] not in ctx.speakers]
    found = [s for s in [*ctx.speakers.values(), *mentioned] if _usable(s) and _distinct(speaker, s)
             and (_named_in(words, s) or _named_in(lead, s))]
    return sorted(found, key=lambda s: not _named_in(words, s))


# "reported on this story": the writers of the article, not a source in it.
BYLINE = re.compile(r"\b(?:this|the) (?:story|report|article)\b", re.IGNORECASE)


def _other_speakers(ctx: Context, speaker: Speaker, fact: Fact) -> list[Speaker]:
    """The article's other named people who speak, the nearest to the quotation first."""
    others = [s for s in ctx.speakers.values() if s.kind in ("person", "people") and _usable(s) and _distinct(speaker, s)
              and not all(BYLINE.search(q.text) for q in ctx.claims_by_speaker.get(s.key, []))]
    def distance(other: Speaker) -> int:
        return min(abs(q.start - fact.start) for q in ctx.claims_by_speaker.get(other.key, [fact]))
    return sorted(others, key=distance)
