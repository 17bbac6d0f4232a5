"""Numbers: a figure that stands alone, and what it needs beside it to mean anything.

- a count with no total: "fourteen major utility companies have made commitments" says how
  many did, not what share of them that is (count_alone);
- a count beside the total it comes from: "500 were invited and 190 accepted" is fewer
  than two in five (invited_share);
- one case given for a general claim (one_example), or figures only for places picked by
  one condition, with none for the others to compare them with (picked_cases)."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from quiz.core.domain import Fact
from quiz.core.generate.common import (
    Candidate, Context, capitalise, choice, mid_sentence, quoted, self_contained, slugify,
)
from quiz.core.generate.study import RESEARCH

# Bodies and places whose total a reader does not know offhand. Not states, countries or
# provinces: that the US has 50 states is known, so "the article does not say" is pedantic.
MEMBERS = frozenset(
    "companies firms businesses utilities employers banks insurers airlines manufacturers retailers stores shops "
    "restaurants schools universities colleges hospitals clinics institutions organizations organisations charities "
    "museums galleries libraries cities towns counties districts communities agencies councils churches providers "
    "partners networks newspapers stations governments".split())
# What the counted ones did: signed up, agreed, took part. A count offered to show reach.
JOINED = re.compile(
    r"\b(?:commit(?:s|ted|ments?)?|pledg(?:e|ed|es)|sign(?:ed|s)? (?:on|up)|signed|join(?:ed|s)?|agree[ds]?|accept(?:ed|s)?|"
    r"adopt(?:ed|s)?|(?:take|took|taken|taking) part|participat(?:e|ed|es|ing)|recipients?|endors(?:e|ed|es)|"
    r"back(?:ed|s)|support(?:ed|s)|enrolled|partnered|teamed up|represent(?:ed|ing|s)?|attended)\b", re.IGNORECASE)
# Words that give the whole or the others: "of the 40 companies", "all", "every", "most".
WHOLE = r"\b(?:all|every|each|most|none|half|out of|of the|percent of|per cent of|% of|share of|rest|remaining|others)\b"


def _head(fact: Fact) -> str:
    """The noun a count counts: "companies" of "major utility companies"."""
    words = (fact.data["counts"] or "").lower().split()
    return words[-1] if words else ""


def _round_up(value: float) -> str:
    """A round total at or above `value`, to one figure: 18.2 -> "20", 13,300 -> "20,000"."""
    step = 10 ** (len(str(int(value))) - 1)
    return f"{math.ceil(value / step) * step:,}"


def count_alone(ctx: Context) -> Iterator[Candidate]:
    """'A total of fourteen major utility companies have made commitments': are most of them
    among the fourteen? The article cannot tell: it gives no total."""
    if ctx.kind.kind == "study":
        return  # "1,709 children from 88 schools": a sample, whose total is not the point
    text = ctx.article.text
    numbers = ctx.of_kind("number")
    for fact in numbers:
        d = fact.data
        noun = _head(fact)
        if d["unit"] or noun not in MEMBERS or d["in_range"] or d["time"] != "count" or ctx.in_title(fact):
            continue
        if not 5 <= d["value"] < 10_000 or d["meaning"] != "exactly":
            continue  # "among the more than 20": a count with a qualifier reads badly as a group
        group = d["counts"]
        if d["counts_start"] is None or not 0 <= d["counts_start"] - fact.end <= 1 or len(group.split()) > 4 \
                or not re.fullmatch(r"[a-z][a-z -]*", group) or re.match(r"(?:other|more|new|additional)\b", group):
            continue  # "fourteen [major utility companies]" in plain words; "189 other galleries" has a whole elsewhere
        sentence = ctx.sentence(fact)
        if not self_contained(sentence) or len(sentence.split()) > 50 or RESEARCH.search(sentence):
            continue
        in_sentence = [n for n in numbers if n.data["sentence"] == d["sentence"] and n is not fact and not n.data["unit"]]
        clause_end = min([n.start for n in in_sentence if n.start > fact.start] + [d["sentence_end"]])
        after = text[d["counts_end"] : clause_end]
        before = text[d["sentence_start"] : fact.start]
        if not JOINED.search(after[:120]) and not JOINED.search(before[-60:]) or \
                re.match(r"\s+(?:were|are|was|is|have been|had been)\s+\w+\s+by\b", after):
            continue  # a count offered to show how far something reaches; not "12 firms were backed by the fund"
        if re.match(r",?\s+(?:of|out of|in|and|or)\s", after):
            continue  # "14 companies of the 40"; "189 galleries and museums": more than the noun counts
        if any(n.data["value"] > d["value"] for n in in_sentence) or \
                any(_head(n) == noun and n.data["value"] > d["value"] for n in numbers if n is not fact) or \
                re.search(WHOLE + r"[^.]{0,40}\b" + re.escape(noun) + r"\b", text, re.IGNORECASE) or \
                re.search(r"\b" + re.escape(noun) + r"\b[^.]{0,20}\b(?:refused|declined|did not|have not|had not)\b",
                          text, re.IGNORECASE):
            continue  # the article gives a bigger count of them, or speaks of all, most or the others
        figure = d["figure"].lower() if d["written_as_word"] else d["figure"]
        most, few = _round_up(d["value"] * 1.3), _round_up(d["value"] * 70)  # totals that would make it most, or a few
        answer = f"The article cannot tell you: it never gives a total for the {group}"
        wrong = {
            f"Yes: {figure} {group} is a large number": (
                f"A count alone does not show a share: {figure} of {most} would be most, {figure} of {few} a few, "
                f"and the article does not say how many {group} there are."),
            f"No: the article says most other {group} refused": (
                f"The article says nothing about the other {group}, not even how many there are."),
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"count-alone-{slugify(figure + ' ' + noun, 24)}", skill="numbers",
                prompt=f"The article says {quoted(sentence)} Are most {group} among the {figure}?",
                evidence=sentence,
                explanation=(f"{capitalise(figure)} is a count with no total beside it: the article never says how many "
                             f"{group} there are. {capitalise(figure)} of {most} would be most of them; {figure} of "
                             f"{few} would be a few. To judge how far it reaches, a reader needs the total, and a "
                             "count given without one can sound bigger than it is."),
                feedback=wrong, template="count-alone",
            ),
            0.85 * ctx.centrality(fact.start), f"figure:{figure}",
        )


# "500 institutions received the initial invitation and 190 universities have accepted":
# a count of those asked beside a count of those who said yes.
ASKED = re.compile(r"\b(?:invit(?:ed|ation|ations)|were asked to)\b", re.IGNORECASE)
SAID_YES = re.compile(r"\b(?:accept(?:ed|s)?|agreed|joined|signed (?:up|on)|took part|taken part|responded|replied)\b",
                      re.IGNORECASE)


def invited_share(ctx: Context) -> Iterator[Candidate]:
    """'500 institutions received the invitation and 190 have accepted': 190 alone sounds
    like a wide reach; of the 500 asked, it is fewer than two in five."""
    text = ctx.article.text
    numbers = [n for n in ctx.of_kind("number") if not n.data["unit"] and not n.data["in_range"]
               and n.data["meaning"] in ("exactly", "approximately") and n.data["counts"]]
    for asked, took in zip(numbers, numbers[1:]):
        a, b = asked.data, took.data
        if a["sentence"] != b["sentence"] or not 0 < b["value"] < a["value"] or ctx.in_title(asked):
            continue
        between = text[a["sentence_start"] : took.start]  # "invited 40 members", "40 received an invitation"
        yes = SAID_YES.search(text, b["counts_end"] or took.end, min(b["sentence_end"], (b["counts_end"] or took.end) + 40))
        if not ASKED.search(between) or SAID_YES.search(between) or yes is None or \
                re.search(r"\b(?:were|was|been|be)\s+$", text[took.end : yes.start()]):
            continue  # "2,000 applied and 300 were accepted": chosen by others, not a yes to an invitation
        sentence = ctx.sentence(asked)
        if not self_contained(sentence) or len(sentence.split()) > 50:
            continue
        share = b["value"] / a["value"]
        percent = round(100 * share)
        if 45 <= percent <= 55:
            continue  # "about half" either way: no clear side to ask about
        fewer = share < 0.5
        left = a["value"] - b["value"]
        pending = re.search(r"\b(?:currently|so far|to date|now|yet)\b", sentence, re.IGNORECASE)
        nums = f"{b['figure']} of {a['figure']} is about {percent}%"
        answer = f"{'Fewer' if fewer else 'More'} than half: {nums}"
        wrong = {
            f"{'Most' if fewer else 'Fewer than half'} of them: {b['figure']} {b['counts']} is a "
            f"{'wide reach' if fewer else 'small part'}": (
                f"{b['figure']} ÷ {a['figure']} is about {percent}%, {'under' if fewer else 'over'} half of those invited."),
            "The article does not give enough to tell: it names no total": (
                f"It does: the sentence gives both counts, {a['figure']} invited and {b['figure']} who {yes.group(0)}."),
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"invited-share-{slugify(b['figure'] + ' of ' + a['figure'], 24)}",
                skill="numbers",
                prompt=f"The article says {quoted(sentence)} About what share of those invited {yes.group(0)}?",
                evidence=sentence,
                explanation=(f"{b['figure']} of the {a['figure']} invited is {b['figure']} ÷ {a['figure']}, about "
                             f"{percent}%. Alone, “{b['figure']} {b['counts']}” can sound like a wide reach; beside the "
                             f"{a['figure']} invited, it shows that {'most' if fewer else 'some'} of them, {left:,.0f}, "
                             f"have not{' yet' if pending else ''} {_participle(yes.group(0))}. The count means more next to its total."),
                feedback=wrong, template="invited-share",
            ),
            0.9 * ctx.centrality(asked.start), f"figure:{b['figure']}",
        )



def _participle(verb: str) -> str:
    """'took part' -> 'taken part': the verb after "have not"."""
    return re.sub(r"^took\b", "taken", verb)


# "For example, the museum saw 11,000 visitors": one case given to back a general claim.
FOR_EXAMPLE = re.compile(r"(?:For example|For instance|As an example|In one case),\s", re.IGNORECASE)
GENERAL = re.compile(r"\b(?:often|usually|tend to|generally|typically|many|most|more and more)\b|"
                     r"^(?:[A-Z][a-z]+\s+)?[a-z]*[a-z]s\s+(?:are|have|do|get|draw|make)\b")


# "Exhibits can attract large audiences": what may happen, which one case is enough to show.
POSSIBLE = re.compile(r"\b(?:can|could|may|might|cannot|can[’']t)\b", re.IGNORECASE)


def one_example(ctx: Context) -> Iterator[Candidate]:
    """'University exhibits can attract large audiences. For example, one museum saw 11,000
    visitors': one case, maybe the best, cannot show what usually happens."""
    text = ctx.article.text
    sentences = ctx.article.sentences
    numbers = ctx.of_kind("number")
    for index, sentence in enumerate(sentences[1:], 1):
        claim = sentences[index - 1]
        if not FOR_EXAMPLE.match(sentence.text) or claim.paragraph != sentence.paragraph:
            continue
        figures = [n for n in numbers if n.data["sentence"] == index and not n.data["in_range"] and n.data["counts"]
                   and n.data["time"] == "count"]
        if len(figures) != 1 or any(n.data["sentence"] == index - 1 for n in numbers):
            continue  # one figure in the example; a claim with figures of its own is not a general one
        fact = figures[0]
        head = fact.data["counts"].lower().split()[-1]
        if any(n is not fact and (n.data["counts"] or "").lower().split()[-1:] == [head] for n in numbers):
            continue  # the article gives other cases of the same count: "the others" are not unknown
        if not self_contained(claim.text) or len(claim.text.split()) > 25 or '"' in claim.text or "“" in claim.text \
                or len(sentence.text.split()) > 45 or not GENERAL.search(claim.text) or POSSIBLE.search(claim.text):
            continue  # "Exhibits usually attract large audiences": a claim about what happens in general; not
            # "exhibits can attract ...", which one case does show
        evidence = text[claim.start : sentence.end]
        amount = f"{fact.data['figure']} {fact.data['counts']}"
        giver = ctx.label(fact.data["source"]) if fact.data["source"] else None
        source = f" Its only source is {mid_sentence(giver)}." if giver else ""
        answer = "Only a little: it is one case, and the article does not say how other cases turned out"
        wrong = {
            "Fully: a real case with a figure proves the claim": (
                "One case may be the best one, picked because it went well; it cannot show what usually happens."),
            "Not at all: an example is never evidence": (
                "The example shows the claim can hold; what it cannot show is that it usually does."),
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"one-example-{slugify(amount, 24)}", skill="numbers",
                prompt=(f"The article says {quoted(claim.text)} It then gives an example: {quoted(sentence.text)} "
                        "How far does the example back the general claim?"),
                evidence=evidence,
                explanation=(f"The claim is about what happens in general, but the evidence is a single case, with "
                             f"{amount}.{source} One case may have been picked because it went well, and the article gives "
                             "no figures for any other. To show what usually happens, a reader would need figures "
                             "for many cases, or for a typical one."),
                feedback=wrong, template="one-example",
            ),
            0.9 * ctx.centrality(sentence.start), f"figure:{fact.data['figure']}",
        )


# "The steepest drops have come in cities where the Administration stepped in:" and a list
# of such places, each with its figure.
PICKED_BY = re.compile(r"\b(?:in|among|across|at)\s+(?:the\s+)?(?P<places>[a-z]+s)\s+(?:where|that|which)\s+[^:]{5,120}:$")
WORDS = dict(enumerate("zero one two three four five six seven eight nine ten".split()))
PLACE_ITEM = re.compile(r"(?:In|At|For)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*(?:,\s+[A-Z][\w.]*)*,\s")


def picked_cases(ctx: Context) -> Iterator[Candidate]:
    """'The steepest drops have come in cities where the Administration stepped in:' and
    figures for four such cities: with no figures for the other cities, there is nothing to
    compare them with, so the list cannot show that stepping in made the difference."""
    text = ctx.article.text
    paragraphs = ctx.article.paragraphs
    numbers = ctx.of_kind("number")
    for index, span in enumerate(paragraphs):
        lead = text[span.start : span.end]
        picked = PICKED_BY.search(lead)
        if picked is None or len(lead.split()) > 35 or not self_contained(lead):
            continue
        items = []
        for item in paragraphs[index + 1 :]:
            line = text[item.start : item.end]
            if not PLACE_ITEM.match(line) or not any(item.start <= n.start < item.end for n in numbers):
                break
            items.append(line)
        places = picked.group("places")
        if len(items) < 2:
            continue
        after = text[paragraphs[index + len(items)].end :]
        if re.search(r"\b(?:other|elsewhere|nationwide|national average|across the country)\b", after[:400], re.IGNORECASE):
            continue  # the article may go on to give the others' figures
        many = WORDS.get(len(items), str(len(items)))
        answer = f"Figures for other {places}, not picked that way, to compare with"
        wrong = {
            f"More figures for the same {many} {places}": (
                f"More about the same {places} still leaves nothing to compare them with: they were all picked the "
                "same way."),
            f"Nothing: {many} {places} are enough to show it": (
                f"However many are listed, all were picked the same way; {places} that were not picked might show "
                "the same figures."),
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"picked-cases-{slugify(places, 16)}", skill="numbers",
                prompt=(f"The article says {quoted(lead)} and then gives figures for {many} {places}, all picked "
                        f"that way. What would a reader need to judge whether what these {places} share made the difference?"),
                evidence=lead,
                explanation=(f"The {many} {places} are picked because they share one thing, and the article "
                             f"gives figures only for them. If other {places} changed just as much, that thing may "
                             "not be the cause: many things can move such figures at once. Without the others' "
                             "figures, the list shows only one side of the comparison."),
                feedback=wrong, template="picked-cases",
            ),
            0.9 * ctx.centrality(span.start), f"picked:{places}",
        )
