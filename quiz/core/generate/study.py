"""Questions on the report of a study: who was studied, and whether the result applies to
people who were not. Asked only where the article says who was studied (facts/study.py)."""

from __future__ import annotations

from collections.abc import Iterator

from quiz.core.domain import Fact, Question
from quiz.core.generate.common import Candidate, Context, capitalise, self_contained, shuffled, slugify
from quiz.core.generate.evidence import fact_sentence

MAX_WORDS = 45
CHILDREN = frozenset("children schoolchildren students adolescents teenagers infants babies girls boys".split())
OPPOSITE_SEX = {"men": "women", "boys": "girls", "women": "men", "girls": "boys", "mothers": "fathers"}


def who_was_studied(ctx: Context) -> Iterator[Candidate]:
    """'Can a reader be sure the study's result holds for women?' when the article says the
    study was of 156 men: no, they were not in it; nor does it show the opposite."""
    for fact in ctx.of_kind("sample"):
        sentence = fact_sentence(ctx, fact)
        other = _not_studied(fact)
        if not other or not self_contained(sentence) or len(sentence.split()) > MAX_WORDS:
            continue
        data = fact.data
        group = data["who"] if data["animal"] else " ".join(f"{data['count']} {data['who']} {data['trait']}".split())
        answer = f"No: the study did not include {other}"
        wrong = {
            "Yes: a study's result holds for everyone": f"A result holds for the kind of people studied, here {group}; "
                                                        f"{other} were not among them.",
            f"Yes: the article says it was tested on {other}": f"The article says the study was of {group}, not {other}.",
            f"No: the study found that it does not work for {other}": f"The study did not look at {other} at all, so it "
                                                                      "found nothing about them, for or against.",
        }
        yield Candidate(
            Question(
                id=f"who-was-studied-{slugify(other, 20)}", type="choice", skill="context",
                prompt=f"Can a reader be sure that the study's result holds for {other}?",
                choices=shuffled(ctx.rng, answer, list(wrong)), answer=answer, evidence=sentence,
                explanation=(f"The study looked only at {group}. {capitalise(other)} were not in it, so the article "
                             "cannot tell us whether the result holds for them: that needs another study. Nor does it "
                             "show the opposite."),
                feedback=wrong, template="who-was-studied",
            ),
            0.85, "who-was-studied",
        )
        return


def _not_studied(fact: Fact) -> str:
    """A group the study plainly left out, from what the article says of those it studied:
    people for mice, women for men, adults for children, patients without the illness."""
    data = fact.data
    who, trait = data["who"].split()[-1], data["trait"]
    if data["animal"]:
        return "people"
    if who in OPPOSITE_SEX and not data["who"].startswith(("male", "female")):
        return OPPOSITE_SEX[who]
    if who in CHILDREN:
        return "adults"
    for lead in ("diagnosed with ", "living with ", "with "):
        condition = trait.removeprefix(lead)
        if trait.startswith(lead) and len(trait.split()) <= 6 and condition.split()[0].lower() not in NOT_A_CONDITION:
            return f"{'patients' if who == 'patients' else 'people'} without {condition}"
    return ""


# "with no history of ...", "with their parents", "with the help of ...": not an illness
# that "without" can turn round.
NOT_A_CONDITION = frozenset("no not any little few the a an their his her its our your some each both help".split())
