"""What a figure counts, and what it can show: the sums or groups listed after "including"
are inside the total, not on top of it; a share "of these administrators" counts only the
group the article has just counted, not every one of its kind; money backers put into an
app counts what they hope it will do, not whether it works. Asked only where the words tie
the figures together plainly."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.domain import Fact
from quiz.core.generate.common import Candidate, Context, capitalise, choice, quoted, self_contained, slugify
from quiz.core.generate.evidence import sentences_around
from quiz.core.generate.numbers import PROMISE_VERB, as_written, share_base, written_like

MONEY = ("$", "€", "£")
# "$150 million in assistance to Venezuela, including:", "30 people were killed in the fire,
# including 12 children": the cue may follow a few words saying where the total goes or what
# befell it, but no other figure.
_WORDS_AFTER = r"(?:\s+(?:[^\W\d][^\s,.;:\d]*\s+){0,5}[^\W\d][^\s,.;:\d]*)?"
INCLUDING = re.compile(_WORDS_AFTER + r"\s*,?\s*(?P<cue>including|among them|of which|of whom)\s*:?\s*", re.IGNORECASE)
# "30 people were killed, 12 of them children": the part and what it counts after the cue.
COMMA = re.compile(_WORDS_AFTER + r"\s*,\s*(?=\d)")
OF_THEM = re.compile(r"\s+(?P<cue>of (?:them|whom))\s+(?:were\s+|are\s+)?(?P<noun>[a-z]+s|children|people|men|women)\b")
NOT_SAID = "The passage does not say how the figures relate"
# Qualifiers a part or a total may carry and still be added up: "just 7,700", "a little over 6,000".
PLAIN = ("exactly", "approximately", "a little more than", "more than", "only")


def _after_counts(fact: Fact) -> int:
    """Where the figure's phrase ends: after what it counts when that follows it."""
    start, end = fact.data["counts_start"], fact.data["counts_end"]
    return end if start is not None and 0 <= start - fact.end <= 4 else fact.end


def _parts(ctx: Context, total: Fact) -> tuple[list[Fact], str] | None:
    """The figures 'including' lists in `total`, and the cue: the one right after the word,
    where the sentence ends on "including:" the figure each following list line opens with,
    or the one followed by "of them" ("30 people, 12 of them children")."""
    text = ctx.article.text
    numbers = ctx.of_kind("number")
    same = [n for n in numbers if n.data["unit"] == total.data["unit"] and n is not total]
    cue = INCLUDING.match(text, _after_counts(total))
    if cue is None:
        comma = COMMA.match(text, _after_counts(total))
        first = next((n for n in same if comma and n.start == comma.end()), None)
        of_them = OF_THEM.match(text, first.end) if first is not None and not first.data["unit"] else None
        if of_them is None:
            return None
        return [Fact(first.kind, first.start, first.end, first.text, {**first.data, "counts": of_them.group("noun")})], \
            of_them.group("cue")
    if re.search(r":\s*\n\s*$", cue.group(0)):  # "including:" and a list, one line a part
        parts = []
        for span in ctx.article.paragraphs:
            if span.start < cue.end():
                continue
            first = next((n for n in same if n.start == span.start), None)
            if first is None:
                break
            parts.append(first)
        return (parts, cue.group("cue")) if len(parts) >= 2 else None
    first = next((n for n in same if n.start == cue.end()), None)
    return ([first], cue.group("cue")) if first is not None else None


def part_of_total(ctx: Context) -> Iterator[Candidate]:
    """'$150 million in assistance, including: $50 million ...; $100 million ...': the
    parts are inside the total. A careless reader adds them on top of it."""
    for total in ctx.of_kind("number"):
        d = total.data
        money = d["unit"] in MONEY
        if not (money or d["unit"] == "" and d["counts"]) or d["in_range"] or d["time"] != "count" or ctx.in_title(total):
            continue
        if any(n.data["unit"] == d["unit"] and d["sentence_start"] <= n.start < total.start for n in ctx.of_kind("number")):
            continue  # "adds $300 million to last year's $1 billion, including $50 million": which sum is it part of?
        found = _parts(ctx, total)
        parts, cue = found or ([], "")
        if not parts or any(p.data["in_range"] or p.data["meaning"] not in PLAIN for p in parts) or \
                d["meaning"] not in (*PLAIN, "at least"):
            continue  # "up to $5 million, including ...": a ceiling, not a sum
        whole, inside = d["value"], sum(p.data["value"] for p in parts)
        if inside > whole or not money and (len(parts) > 1 or not parts[0].data["counts"] or inside < whole / 10):
            continue  # "250 people, including three teams": the part counts something else
        exact = all(p.data["meaning"] in ("exactly", "only") for p in parts)
        about = "At least " if d["meaning"] == "at least" and exact else \
            "About " if not exact or d["meaning"] not in ("exactly", "only") else ""
        added = written_like(d["figure"], whole + inside) if money else f"{whole + inside:,.0f}"
        left = "" if whole == inside else written_like(d["figure"], whole - inside) if money else f"{whole - inside:,.0f}"
        evidence = sentences_around(ctx, total.start, parts[-1].end)
        if added is None or left is None or evidence is None or not self_contained(evidence):
            continue
        listed = " and the ".join(p.data["figure"] for p in parts)
        if money:
            in_all = d["figure"]
            how = "How much money does the passage report in all?"
            several = len(parts) > 1
            answer = f"{d['figure']}: the {listed} {'are parts' if several else 'is part'} of it"
            on_top = f"{about}{added}: the {listed} {'come' if several else 'comes'} on top of the {d['figure']}"
        else:
            part, noun = parts[0], d["counts"]
            in_all = f"{d['figure']} {noun}"
            listed = f"{part.data['counts']} ({part.text.strip()})"
            how = f"How many {noun} does the passage count in all?"
            answer = f"{capitalise(total.text.strip())}: the {listed} are among them"
            on_top = f"{about}{added}: the {part.data['counts']} come on top of the {in_all}"
        still = f"at least {d['figure']}" if d["meaning"] == "at least" else d["figure"]
        lines = len(parts) > 1 and "\n" in evidence
        prompt = (f"The article says {quoted(ctx.sentence(total))} and then lists "
                  + " and ".join(quoted(as_written(ctx, p)) for p in parts) + "." if lines
                  else f"The article says {quoted(' '.join(evidence.split()))}")
        wrong = {
            on_top: (f"“{capitalise(cue)}” lists what is {'inside' if money else 'among'} the {in_all}, not something "
                     f"extra: adding {'it' if money and len(parts) == 1 else 'them'} again counts the same {'money' if money else noun} twice."),
            NOT_SAID: f"“{capitalise(cue)}” says it: the {listed} {'are' if money and len(parts) > 1 or not money else 'is'} "
                      f"part of the {in_all}.",
        }
        if whole == inside:
            largest = max(parts, key=lambda p: p.data["value"])
            rest = (f"{' + '.join(p.data['figure'] for p in parts)} = {d['figure']}, so the parts make up the whole sum, "
                    f"and each says where a share of it goes: the {largest.data['figure']} alone is "
                    f"{largest.data['value'] / whole:.0%} of it{_goes_to(ctx, largest)}.")
        elif money:
            start = ctx.article.text.find(evidence)
            others = [n for n in ctx.of_kind("number") if n.data["unit"] == d["unit"] and n is not total and n not in parts
                      and start <= n.start < start + len(evidence)]
            rest = (f"That leaves {about.lower()}{left} of it, for the other items the passage lists." if others else
                    f"That leaves {about.lower()}{left} of it, and the passage does not say what that pays for.")
        else:
            fewer = {"more than": "fewer than ", "a little more than": "a little under "}.get(parts[0].data["meaning"],
                                                                                           about.lower())
            fewer = "at least " if d["meaning"] == "at least" and exact else fewer
            rest = (f"So {fewer}{left} of the {in_all} are not {parts[0].data['counts']}, and the passage says no more "
                    "about the rest.")
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"part-of-total-{slugify(d['figure'], 16)}", skill="numbers",
                prompt=f"{prompt} {how}", evidence=evidence,
                explanation=(f"“{capitalise(cue)}” shows that the {listed} {'are' if not money or len(parts) > 1 else 'is'} "
                             f"{'inside' if money else 'among'} the {in_all}, not extra: the total is still {still}. {rest} A reader who adds "
                             f"{'it' if money and len(parts) == 1 else 'them'} on top counts the same thing twice and thinks there is more than there is."),
                feedback=wrong, template="part-of-total",
            ),
            0.9 * ctx.centrality(total.start) * _second_to_a_promise(ctx, total), f"figure:{d['figure']}",
        )


def _second_to_a_promise(ctx: Context, total: Fact) -> float:
    """A total given as promised or being gathered ("is mobilizing $150 million, including:"):
    that it is not yet spent is the lesson to ask of it (promised_money); that its listed
    parts are inside it, which "including" says outright, is then left as a draft."""
    promised = PROMISE_VERB.search(ctx.article.text, max(total.data["sentence_start"], total.start - 40), total.start)
    return 0.75 if promised else 1.0


def _goes_to(ctx: Context, part: Fact) -> str:
    """What a listed sum is, in the list line's own words: ", the part listed as “to rebuild the bridge”"."""
    line = next((ctx.article.text[part.end : s.end] for s in ctx.article.paragraphs if s.start <= part.start < s.end), "")
    line = re.sub(r"(?:;|,)?\s*(?:and|or)?\s*[.;,]?$", "", line.strip())
    return f", the part listed as “{line}”" if line and len(line.split()) <= 16 and '"' not in line and "“" not in line else ""


# "More than 50 percent of these administrators": a share of a group named just before.
OF_THESE = re.compile(r"\s+of\s+(?:these|those)\s+(?P<noun>[a-z]+s)\b")


def share_of_whom(ctx: Context) -> Iterator[Candidate]:
    """'Webinars attracted over 500 administrators. More than 50 percent of these
    administrators now report ...': the share counts only the group just counted, not every
    administrator; a group picked out so may not be like the rest."""
    text = ctx.article.text
    numbers = ctx.of_kind("number")
    for share in numbers:
        d = share.data
        these = OF_THESE.match(text, share.end)
        if d["unit"] not in ("percent", "") or d["in_range"] or these is None or share_base(ctx, share) is not None:
            continue  # a share of a count in its own sentence: the article ties them plainly
        noun = these.group("noun")
        paragraph = ctx.article.sentences[d["sentence"]].paragraph
        earlier = [n for n in numbers if n.end <= share.start and d["sentence"] - 2 <= n.data["sentence"] < d["sentence"]
                   and ctx.article.sentences[n.data["sentence"]].paragraph == paragraph and not n.data["unit"]
                   and n.data["counts"] and not n.data["in_range"]]
        bases = [n for n in earlier if n.data["counts"].lower().split()[-1] == noun.lower()]
        if len(bases) != 1:
            continue  # with two groups of the same name before it, "these" could be either
        base = bases[0]
        part = "share" if d["unit"] else "part"
        if not d["unit"] and base.data["value"] <= d["value"]:
            continue  # "300 of these 200 ...": not a part of them
        others = [n for n in earlier if n is not base and n.data["sentence"] == base.data["sentence"]
                  and len(n.data["counts"].split()) <= 3][:2]
        evidence = sentences_around(ctx, base.data["sentence_start"], share.end)
        if evidence is None or not self_contained(evidence) or len(evidence.split()) > 75:
            continue
        evidence = ctx.article.text[base.data["sentence_start"] : d["sentence_end"]]
        counted = f"the {noun} counted in the sentence before ({base.text.strip()})"
        answer = f"Only {counted}"
        wrong = {
            f"All {noun}, wherever they are": f"“These {noun}” points back to {counted}; {noun} who were not among them "
                                              "are not in the figure.",
        }
        for other in others:
            wrong[f"The {other.text.strip()} {other.data['counts']}"] = (
                f"The {part} is of “these {noun}”, not of the {other.data['counts']}: the {other.text.strip()} "
                f"{other.data['counts']} are another count in the sentence before.")
        if len(wrong) < 2:
            wrong[f"The article does not say whose {part} it is"] = f"“These” says it: it points back to {counted}."
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"share-of-whom-{slugify(d['figure'], 16)}", skill="numbers",
                prompt=f"The article says {quoted(' '.join(evidence.split()))} Of whom, or of what, is the “{share.text}” a {part}?",
                evidence=evidence,
                explanation=(f"“These {noun}” points back to {counted}. The figure “{share.text}” is a {part} of them "
                             f"only{_how_many(share, base, noun) if d['unit'] else ''}: it says nothing of {noun} who were not among them. A "
                             f"group picked out in this way may not be like the rest, so the figure cannot show what all "
                             f"{noun} do."),
                feedback=wrong, template="share-of-whom",
            ),
            0.9 * ctx.centrality(share.start) + 0.01, f"figure:{d['figure']}",  # before self-reported: the group comes first
        )


def _how_many(share: Fact, base: Fact, noun: str) -> str:
    """', so more than 250 of them': the share as a count, where both figures allow it."""
    meanings = {share.data["meaning"], base.data["meaning"]}
    if not meanings <= {"exactly", "more than", "a little more than", "approximately"}:
        return ""
    word = "about " if "approximately" in meanings else "more than " if meanings - {"exactly"} else ""
    return f", {word}{base.data['value'] * share.data['value'] / 100:,.0f} {noun}"


# Money put into an idea by people who hope it pays off: investors, a crowdfunding site.
BACKERS = re.compile(r"\b(?:investors?|Kickstarter|Indiegogo|GoFundMe|crowdfund\w*|backers|venture capital\w*)\b",
                     re.IGNORECASE)
RAISED = re.compile(r"\b(?:rais(?:e|ed|es|ing)|took in|takes in|collected|brought in|secured)\b", re.IGNORECASE)
PRODUCT = re.compile(r"\b(?:app|device|invention|gadget|prototype|product|software)\b", re.IGNORECASE)

OPENS_ON_PRONOUN = re.compile(r"(?:[A-Z]?[a-z]+,?\s+){0,3}?(?:they|he|she|it|we)\b", re.IGNORECASE)


def money_raised(ctx: Context) -> Iterator[Candidate]:
    """'They took in over $25,000 using Kickstarter': money raised counts how much backers
    put into what they hope an app or device will do; it is not evidence that it works."""
    text = ctx.article.text
    product = PRODUCT.search(text)
    for fact in ctx.of_kind("number"):
        if fact.data["unit"] not in MONEY or fact.data["in_range"] or product is None:
            continue
        sentence = ctx.sentence(fact)
        start = fact.data["sentence_start"]
        verb = list(RAISED.finditer(text, start, fact.start))
        if not verb or not BACKERS.search(sentence) or text[verb[-1].end() : fact.start].count(" ") > 3:
            continue  # "raised prices by $2": no backers; a verb far from the sum may be about something else
        if not self_contained(sentence) or OPENS_ON_PRONOUN.match(sentence) or len(sentence.split()) > 45 or \
                ctx.in_title(fact):
            continue  # "Last month they took in $40,000": the prompt would not say who
        thing = product.group(0).lower()
        figure = fact.data["figure"]
        answer = "That people believed in the idea enough to back it with money"
        wrong = {
            f"That the {thing} works as its makers say": f"Backers pay for what they hope the {thing} will do; paying "
                                                         "does not test whether it does.",
            f"That experts have tested the {thing} and found that it works": "The figure counts money, not a test: "
                                                                             "nothing in it says who, if anyone, "
                                                                             "tested it.",
            f"Nothing at all about the {thing}": "It does show something: that people were willing to pay for the "
                                                 "idea, though not whether it works.",
        }
        yield Candidate(
            choice(
                ctx, answer, list(wrong), id=f"money-raised-{slugify(figure, 16)}", skill="numbers",
                prompt=f"The article says {quoted(sentence)} What does the {figure} show?",
                evidence=sentence,
                explanation=(f"The {figure} counts money that backers put in for what they hope the {thing} will do. "
                             f"It shows that people liked the idea, not that it works: that needs a test with many "
                             "users, measured and compared with people who do not use it. Money raised is not such a "
                             "test."),
                feedback=wrong, template="money-raised",
            ),
            0.9 * ctx.centrality(fact.start), f"figure:{figure}",
        )
