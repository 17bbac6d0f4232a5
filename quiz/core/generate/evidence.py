"""The passage of the article that answers a question: whole sentences, exactly as the
article writes them, long enough to hold both a claim and who it is attributed to."""

from __future__ import annotations

from quiz.core.domain import Fact
from quiz.core.generate.common import Context

MAX_EVIDENCE_CHARS = 700


def sentences_around(ctx: Context, start: int, end: int) -> str | None:
    """The whole sentences that `[start, end)` touches; None if that is too long to show."""
    sentences = ctx.article.sentences_over(start, max(start + 1, end))
    if not sentences:
        return None
    text = ctx.article.text[sentences[0].start : sentences[-1].end]
    return text if len(text) <= MAX_EVIDENCE_CHARS else None


def claim_evidence(ctx: Context, fact: Fact) -> str | None:
    """A quote or reported statement with the words that attribute it: the verb's sentence
    too, and for a quotation that goes on without a name, the sentence that named its speaker."""
    start = fact.start
    verb_at = fact.data.get("verb_at")
    if verb_at is not None:
        start = min(start, verb_at)
    elif fact.data.get("verb_kind") == "continued":
        earlier = [q for q in ctx.of_kind("quote") if q.start < fact.start and q.data.get("verb_at") is not None
                   and q.data["speaker"] == fact.data["speaker"]]
        if not earlier:
            return None
        start = min(earlier[-1].start, earlier[-1].data["verb_at"])
    end = max(fact.end, verb_at + 1 if verb_at is not None else fact.end)
    return sentences_around(ctx, start, end)


def fact_sentence(ctx: Context, fact: Fact) -> str:
    return ctx.article.text[fact.data["sentence_start"] : fact.data["sentence_end"]]


def paragraphs_beside(text: str, offset: int) -> str:
    """The paragraph holding `offset` with the paragraphs just before and after it."""
    before = [p for p in text[:offset].split("\n") if p.strip()]
    after = [p for p in text[offset:].split("\n") if p.strip()]
    return "\n".join(before[-2:] + after[:2]) if text[offset - 1 : offset] not in ("\n", "") else \
        "\n".join(before[-1:] + after[:2])
