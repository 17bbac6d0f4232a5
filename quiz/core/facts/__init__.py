"""Article -> facts. One extractor per kind of fact; every fact has an exact span.

Kinds: number, comparison, quote (direct or paraphrase), source, uncertainty,
prediction, assessment, position, loaded, context.
"""

from __future__ import annotations

from quiz.core.domain import Article, Fact
from quiz.core.facts.context import extract_context
from quiz.core.facts.judgement import extract_judgements, extract_positions
from quiz.core.facts.language import extract_loaded
from quiz.core.facts.numbers import extract_comparisons, extract_numbers
from quiz.core.facts.quotes import extract_quotes
from quiz.core.facts.sources import extract_sources
from quiz.core.facts.uncertainty import extract_uncertainty


def extract_facts(article: Article) -> list[Fact]:
    """Every fact of every kind, in the order they appear in the article."""
    numbers = extract_numbers(article)
    quotes = extract_quotes(article)
    facts = [
        *numbers,
        *extract_comparisons(article, numbers),
        *quotes,
        *extract_sources(article, quotes),
        *extract_uncertainty(article),
        *extract_judgements(article),
        *extract_positions(article, quotes),
        *extract_loaded(article, quotes),
        *extract_context(article),
    ]
    return sorted(facts, key=lambda fact: (fact.start, fact.kind))


__all__ = ["extract_facts", "extract_numbers", "extract_quotes"]
