"""Quotes: words in quotation marks with their speaker, and paraphrases ("X said that ...")."""

from __future__ import annotations

import functools
import re

from quiz.core.domain import Article, Fact, Sentence
from quiz.core.facts.common import (
    NAME, PRONOUNS, ROLE_WORDS, clean_name, inside_quotes, is_person_name, make_fact, split_title,
)

_QUOTE = re.compile(r"“(?P<curly>[^“”]+)”|\"(?P<straight>[^\"\n]+)\"")
_MIN_QUOTE_WORDS = 4
_SAY = r"(?:said|says|told\s+[A-Z]?\w+|added|explained|wrote|stated|argued|noted|warned|insisted|cautioned|agreed|concluded)"
_AFTER = re.compile(
    rf"[ \t]*(?:(?P<name>{NAME})[ \t]+{_SAY}\b|{_SAY}[ \t]+(?P<name2>{NAME}|(?:an?|the)[ \t]+[\w.’' -]+?)(?=[,.;]|$))"
)
_BEFORE = re.compile(rf"(?P<name>{NAME})[ \t]+{_SAY}[,:]?[ \t]*$")
_ROLE_BEFORE = re.compile(
    r"(?P<role>(?:[A-Z][\w.&’'-]*[ \t]+){0,3}(?i:" + "|".join(sorted(ROLE_WORDS)) + r")"
    r"(?:[ \t]+of[ \t]+[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*)?)[ \t]+$"
)
_PARAPHRASE = re.compile(
    r"^(?P<who>[A-Z][^“”\"]{0,100}?)[ \t]+(?P<verb>said|says|told[ \t]+[A-Z]?\w+|warned|argued|added|"
    r"explained|noted|insisted|cautioned|acknowledged|reported|estimated|predicted|pointed[ \t]+out)"
    r"[ \t]+(?:that[ \t]+)?(?P<clause>[a-z][^“”\"]+?)\.$"
)
_GROUPS = re.compile(r"^(?:Some |Many |Other )?(?:experts|officials|analysts|critics|researchers|scientists|economists|observers|residents|witnesses)$", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _names_in(text: str) -> tuple[str, ...]:
    """Every capitalised name the text uses, titles split off, first use first (one pass)."""
    return tuple(dict.fromkeys(split_title(clean_name(m.group()))[0] for m in re.finditer(NAME, text)))


def full_name(text: str, name: str) -> tuple[str, str]:
    """The fullest form of `name` the article uses, and the role phrase written before it."""
    name, title = split_title(clean_name(name))
    words = name.split()
    full = name
    for candidate in _names_in(text):
        found = candidate.split()
        if len(found) > len(words) and is_person_name(candidate) and (
            candidate.endswith(" " + name) or (len(words) == 1 and found[0] == name)
        ):
            full = candidate
            break
    role = ""
    at = text.find(full)
    if at > 0:
        match = _ROLE_BEFORE.search(text, max(0, at - 80), at)
        if match:
            words = match.group("role").split()
            # Words before a full stop belong to the previous sentence ("Defense. DHS ...").
            while len(words) > 1 and words[0].endswith(".") and "." not in words[0][:-1]:
                words.pop(0)
            role = " ".join(w for w in words if w not in ("A", "An", "The", "a", "an", "the"))
    return full, role or title


def _speaker_near(text: str, quote: re.Match[str], sentence: Sentence, paragraph_end: int) -> tuple[str, int, int] | None:
    """The speaker named right after the quote ('..., McLaughlin said') or right before it
    ('Mayor Ann Lee said: ...'), with the span that quote and attribution cover together."""
    after = _AFTER.match(text, quote.end(), paragraph_end)
    if after:
        name = after.group("name") or after.group("name2")
        if name:
            return clean_name(name), quote.start(), after.end()
    before = _BEFORE.search(text, max(0, quote.start() - 120), quote.start())
    if before and not re.search(r"\band[ \t]+$", text[max(0, before.start() - 5) : before.start()]):
        # "Wieland and Kreuter concluded": two speakers, so no one person to name
        return clean_name(before.group("name")), before.start(), quote.end()
    return None


def _describe(text: str, name: str) -> dict:
    if name.split()[0].lower() in ("a", "an", "the") or not name[0].isupper():
        return {"speaker": name, "role": "", "named": False, "speaker_kind": "anonymous"}
    full, role = full_name(text, name)
    return {"speaker": full, "role": role, "named": True, "speaker_kind": "person"}


def extract_quotes(article: Article) -> list[Fact]:
    text = article.text
    facts: list[Fact] = []
    for index, paragraph in enumerate(article.paragraphs):
        last_speaker: dict | None = None
        for match in _QUOTE.finditer(text, paragraph.start, paragraph.end):
            words = (match.group("curly") or match.group("straight")).strip()
            if len(words.split()) < _MIN_QUOTE_WORDS:
                continue
            sentence = article.sentence_at(match.start()) or article.sentences_over(match.start(), match.end())[0]
            found = _speaker_near(text, match, sentence, paragraph.end)
            start, end = match.start(), match.end()
            if found:
                speaker = _describe(text, found[0]) | {"attributed_here": True}
                last_speaker = speaker
                start, end = found[1], found[2]
            elif last_speaker:
                speaker = last_speaker | {"attributed_here": False}
            else:
                speaker = {"speaker": None, "role": "", "named": False, "attributed_here": False}
            last = article.sentence_at(end - 1) or sentence
            facts.append(
                make_fact(
                    "quote", article, start, end, sentence,
                    words=words.rstrip(",").strip(),
                    direct=True,
                    quote_start=match.start(),
                    quote_end=match.end(),
                    last_sentence_end=last.end,
                    **speaker,
                )
            )
    return facts + extract_paraphrases(article)


def _paraphrase_speaker(text: str, who: str) -> dict | None:
    """Who a reported sentence is attributed to: a person, an unnamed group, or an organisation."""
    who = re.sub(r",.*$", "", who).strip()
    if who.split()[0] in PRONOUNS:
        return None  # "He said ...": a reader needs the sentence before to know who
    names = [clean_name(m.group()) for m in re.finditer(NAME, who)]
    for name in sorted(names, key=lambda n: -len(split_title(n)[0].split())):
        full, role = full_name(text, name)
        if is_person_name(full):
            return {"speaker": full, "role": role, "named": True, "speaker_kind": "person"}
    if _GROUPS.match(who):
        return {"speaker": who, "role": "", "named": False, "speaker_kind": "group"}
    if re.fullmatch(r"(?:The |the )?(?:[A-Z][\w’'.&-]*[ \t]*){1,6}", who):
        return {"speaker": who, "role": "", "named": True, "speaker_kind": "organisation"}
    return None


def extract_paraphrases(article: Article) -> list[Fact]:
    """'DHS spokeswoman Tricia McLaughlin said the troops would ...': reported, not quoted."""
    facts = []
    text = article.text
    for sentence in article.sentences:
        match = _PARAPHRASE.match(sentence.text)
        if not match or inside_quotes(text, sentence.start, sentence.start + 1, sentence):
            continue
        if re.match(r"(?:on |for )?this (?:story|report|article)", match.group("clause")):
            continue  # a credit line ("reported on this story for ...")
        speaker = _paraphrase_speaker(text, match.group("who"))
        if speaker is None:
            continue
        offset = sentence.start
        facts.append(
            make_fact(
                "quote", article, sentence.start, sentence.end, sentence,
                words=match.group("clause"),
                direct=False,
                verb=" ".join(match.group("verb").split()),
                attributed_here=True,
                clause_start=offset + match.start("clause"),
                clause_end=offset + match.end("clause"),
                **speaker,
            )
        )
    return facts
