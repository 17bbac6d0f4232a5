"""Fact versus opinion: the writer's predictions and judgements, and sources' positions."""

from __future__ import annotations

import re

from quiz.core.domain import Article, Fact
from quiz.core.facts.common import SPEECH_VERB, inside_quotes, make_fact

# Words by which a writer judges rather than reports.
EVALUATIVE = (
    "significant|massive|massively|unprecedented|historic|dramatic|dramatically|extraordinary|devastating|"
    "crucial|relentless|robust|decisive|decisively|remarkable|troubling|alarming|landmark|sweeping|"
    "stunning|staggering|escalation|plummets|plummeted|collapsing|soaring|tirelessly|overwhelmingly|"
    "substantially|impressive|disastrous|unmatched|scarred|abandoned|failed[ \t]+to[ \t]+act"
)
_EVALUATIVE = re.compile(rf"\b(?P<cue>{EVALUATIVE})\b", re.IGNORECASE)
_NOUN_CUES = frozenset({"escalation"})
_PHRASE_NOUN = r"(?:\b(?:a|an|the)[ \t]+)?(?:[a-z]+[ \t]+)?{cue}"
_PHRASE_ADJ = r"(?:\b(?:a|an|the|is|are|was|were)[ \t]+)?(?:(?:more|most|very|so)[ \t]+)?{cue}(?:[ \t]+[a-z][\w-]*(?=[ \t]+(?:and|or|of|in|to|at|for|that|the|on|with|by)\b|[,.;:—]))?"
_PREDICTION = re.compile(
    r"\b(?P<modal>could|may|might|would[ \t]+likely|is[ \t]+likely[ \t]+to|are[ \t]+likely[ \t]+to|is[ \t]+expected[ \t]+to|"
    r"are[ \t]+expected[ \t]+to|expected[ \t]+to|on[ \t]+track[ \t]+to|on[ \t]+pace[ \t]+(?:to|for)|will[ \t]+likely)[ \t]+(?P<rest>(?!not\b|have\b|be[ \t]+(?:used|given|found)\b)[a-z]+(?:[^,;—.]|\.(?=\w))*)"
)
_ATTRIBUTED = re.compile(
    rf"\b(?:{SPEECH_VERB}|according[ \t]+to|told|believes?|believed|thinks?|thought|doubts?|hoped?|hopes|fears?|feared)\b",
    re.IGNORECASE,
)
_POSITION_CUES = re.compile(
    r"\b(?:will|must|should|need[ \t]+to|needs[ \t]+to|comes[ \t]+first|committed|priority|never|always|"
    r"best|right|wrong|important|mandate|deserve|every|bad|good|great|terrible|awful|wonderful|love|hate|"
    r"happy|worst|think|believe|feel|hope|fear)\b",
    re.IGNORECASE,
)


def _writer_voice(article: Article, sentence) -> bool:
    """Not a quotation and not attributed to anyone in the sentence."""
    text = article.text
    if not sentence.text.endswith((".", "!", "?")):
        return False  # a headline or subheading, not a sentence of the report
    return not (re.search("[“”\"]", sentence.text) or _ATTRIBUTED.search(sentence.text)
                or inside_quotes(text, sentence.start, sentence.start + 1, sentence))


def extract_judgements(article: Article) -> list[Fact]:
    facts: list[Fact] = []
    for sentence in article.sentences:
        if not _writer_voice(article, sentence) or sentence.text.startswith("If "):
            continue
        prediction = _PREDICTION.search(sentence.text)
        if prediction:
            start = sentence.start + prediction.start()
            # The clause that carries the prediction: from "a move that could ..." or the sentence start.
            lead = re.search(r"(?:,|—)[ \t]*(?P<np>(?:a|an|the)[ \t]+\w+[ \t]+(?:that|which)[ \t]+)$", sentence.text[: prediction.start()])
            if lead:
                start = sentence.start + lead.start("np")
            end = sentence.start + prediction.end()
            facts.append(make_fact("prediction", article, start, end, sentence, modal=" ".join(prediction.group("modal").split())))
            continue
        cue = _EVALUATIVE.search(sentence.text)
        if cue and not re.search(r"statistically[ \t]+(?:not[ \t]+)?$|no[ \t]+$", sentence.text[: cue.start()]):
            shape = _PHRASE_NOUN if cue.group().lower() in _NOUN_CUES else _PHRASE_ADJ
            phrase = re.search(shape.format(cue=re.escape(cue.group())), sentence.text)
            words = phrase.group() if phrase else cue.group()
            facts.append(make_fact("assessment", article, sentence.start, sentence.end, sentence,
                                   cue=cue.group(), phrase=words.strip()))
    return facts


_FINDING = re.compile(r"\b(?:found|find|finding|findings|data|study|studies|research|results|shows?|showed|percent)\b", re.IGNORECASE)


def extract_positions(article: Article, quotes: list[Fact]) -> list[Fact]:
    """Direct quotes that state a stance or a value, with no figure or finding to check."""
    facts = []
    for quote in quotes:
        words = quote.data["words"]
        if (quote.data.get("direct") and quote.data.get("speaker") and not re.search(r"\d", words)
                and not _FINDING.search(words)
                and _POSITION_CUES.search(words) and len(words.split()) >= 6):
            sentence = article.sentence_at(quote.start)
            facts.append(make_fact("position", article, quote.start, quote.end, sentence,
                                   words=words, speaker=quote.data["speaker"], role=quote.data.get("role", "")))
    return facts
