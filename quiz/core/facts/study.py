"""Who a study studied, where the article says so: "Researchers enrolled 50 patients with
malignant glioma", "a survey of 1709 schoolchildren - aged 8–10 years", "All 156 men in the
trial were HIV-positive", "a study in mice". A result found in one group may not hold for
people unlike them; the generator asks about that, and only where the group is described.
"""

from __future__ import annotations

import re

from quiz.core.domain import Article, Fact
from quiz.core.facts.common import inside_quotes, make_fact

NUMBER = r"(?P<count>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands)"
PEOPLE = (r"(?P<who>(?:(?:adult|older|young|healthy|pregnant|elderly|male|female|American|British|Australian)\s+)?"
          r"(?:patients|participants|people|men|women|children|schoolchildren|adults|adolescents|teenagers|students|"
          r"volunteers|infants|babies|veterans|workers|smokers|subjects|residents|mothers|girls|boys))")
# What sets the group apart: "with malignant glioma", "aged 8–10 years", "aged between 45 and 70", "who smoke".
# It ends before a comma or bracket, or before a word that goes on with the sentence.
TRAIT_END = r"(?=\s*[,.;()—]|\s+-\s|\s+(?:into|in|at|from|for|to|and|who|that|found|showed|shows|had|were|was|did|took|" \
            r"received|completed|reported|saw|suggests?)\s|$)"
TRAIT = (r"(?:\s*[-–—,]?\s*(?P<trait>aged\s+(?:between\s+)?\d+(?:\s*(?:–|-|to|and)\s*\d+)?(?:\s+(?:years|months)(?:\s+old)?)?|"
         rf"(?:with|who|living with|diagnosed with)\s[^,.;()—]+?{TRAIT_END}))?")
SAMPLE = re.compile(
    rf"\b(?:(?:survey|study|trial|sample|experiment|analysis)\s+(?:of|in|among|involving|with)|enrolled|recruited|studied|"
    rf"surveyed|followed|included|involved|involving|(?:tested|tried|trialled)\s+(?:\w+\s+){{0,3}}?(?:on|in|among))\s+(?:a total of\s+|more than\s+|nearly\s+|about\s+|almost\s+|some\s+)?"
    rf"{NUMBER}\s+{PEOPLE}{TRAIT}",
    re.IGNORECASE,
)
# "All 156 men in the trial were HIV-positive and reported having sex with other men."
ALL_WERE = re.compile(
    rf"\bAll\s+{NUMBER}\s+{PEOPLE}\s+in\s+the\s+(?:trial|study|survey)\s+(?P<trait>(?:were|had)\s[^;.]+)", re.IGNORECASE)
ANIMALS = re.compile(
    r"\b(?:stud(?:y|ies|ied)|trials?|experiments?|tests?|tested|research)\s+(?:\w+\s+){0,3}?(?:in|on|with)\s+"
    r"(?P<who>mice|rats|monkeys|dogs|pigs|fish|zebrafish|fruit flies|worms|animals|cells grown in the lab)\b",
    re.IGNORECASE,
)
STUDY_WORDS = re.compile(r"\b(?:study|studies|trial|survey|research|researchers|experiment|enrolled|participants)\b", re.IGNORECASE)


def extract_samples(article: Article) -> list[Fact]:
    """One fact per sentence, in the writer's voice, that says who a study studied."""
    text = article.text
    facts = []
    for sentence in article.sentences:
        if not STUDY_WORDS.search(sentence.text):
            continue
        found = ALL_WERE.search(text, sentence.start, sentence.end) or SAMPLE.search(text, sentence.start, sentence.end)
        if found and inside_quotes(text, found.start(), found.end(), sentence):
            continue  # a speaker's words, not the article's account of the study
        if found:
            trait = " ".join((found.group("trait") or "").split()).rstrip(" -–")
            if trait.startswith(("were ", "had ")):
                trait = "who " + trait
            who = " ".join(found.group("who").split()).lower()
            facts.append(make_fact("sample", article, found.start(), found.end(), sentence, count=found.group("count"),
                                   who=who, trait=trait, animal=False))
            continue
        animal = ANIMALS.search(text, sentence.start, sentence.end)
        if animal and not inside_quotes(text, animal.start(), animal.end(), sentence):
            facts.append(make_fact("sample", article, animal.start(), animal.end(), sentence, count="",
                                   who=animal.group("who").lower(), trait="", animal=True))
    return facts
