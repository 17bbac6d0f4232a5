"""Questions on a fact-check: what its verdict says about the claim. "Misleading" is not
"False": a claim can use real figures and still give a wrong picture, and a reader who
takes one verdict for the other misreads the check."""

from __future__ import annotations

import re
from collections.abc import Iterator

from quiz.core.generate.common import Candidate, Context, choice, quoted

# The verdict as the fact-check gives it: "Verdict: Misleading.", "Our rating: False",
# "We rate this claim Unproven."
VERDICT = re.compile(
    r"^(?:(?:our |the )?(?:verdict|rating|ruling)\s*:\s*|we rate (?:this|it|the claim|this claim|the post)(?: as)? )"
    r"(?P<rating>false|misleading|true|unproven)\s*[.!]?$",
    re.IGNORECASE,
)
# What each verdict says of the claim, in words of one form and length, so that none stands out by its shape.
# Half-way ratings ("Mostly false", "Half true", "Missing context") are left out: what sets them
# apart from "Misleading" differs from one fact-checker to the next.
MEANING = {
    "false": "What the claim says is wrong, judged against the evidence",
    "misleading": "Its facts may be right, but it gives a wrong picture",
    "unproven": "There is too little evidence to say if it is right or wrong",
}
# The fact-check's own reason for its verdict: "Why we rated it Misleading: ...", "Bottom line: ...".
REASON = re.compile(r"^(?:why we rated (?:it|this|the claim) [\w ]+|(?:the )?bottom line|our ruling|in short)\s*:\s+\S",
                    re.IGNORECASE)
MAX_REASON_WORDS = 70


def verdict_meaning(ctx: Context) -> Iterator[Candidate]:
    """'The fact-check rates the claim “Misleading”. What does that say about the claim?'
    Its facts may be right, but it gives a wrong picture; not that it is wrong, nor that
    nothing could be found out."""
    if ctx.kind.kind != "fact-check":
        return
    found = next(((s.text, m) for s in ctx.article.sentences if (m := VERDICT.match(s.text.strip()))), None)
    if found is None:
        return
    verdict_text, match = found
    key = match["rating"].lower()
    if key not in MEANING:
        return  # a claim found right teaches little of how a check reads a claim
    reason = next((s.text for s in ctx.article.sentences if REASON.match(s.text)
                   and len(s.text.split()) <= MAX_REASON_WORDS), None)
    shown = match["rating"].capitalize()
    answer = MEANING[key]
    wrong = {MEANING[other]: f"That is what “{NAME[other]}” would say, not “{shown}”. " + WHY[other]
             for other in WHY if other != key}
    yield Candidate(
        choice(
            ctx, answer, list(wrong), id=f"verdict-{key}", skill="context",
            prompt=f"The fact-check gives its verdict on the claim as “{shown}”. What does that verdict say about the claim?",
            evidence=reason or verdict_text.strip(),
            explanation=(WHY[key] + (f" The fact-check gives its reason: {quoted(reason)}" if reason else
                                     " A reader can judge the verdict by the evidence the fact-check gives for it.")),
            feedback=wrong, template="verdict-meaning",
        ),
        0.75, "verdict-meaning",
    )


# What each verdict says, beside the others a reader may take it for.
WHY = {
    "false": "A verdict of “False” says that the evidence goes against the claim itself, not only against the way it is put.",
    "misleading": ("A verdict of “Misleading” says that the figures or facts the claim uses can be real, but they are "
                   "picked or compared so that they suggest something the fuller evidence does not show."),
    "unproven": ("A verdict of “Unproven” says that the checkers did not find the claim wrong, but found nothing that "
                 "shows it is right either."),
}
NAME = {"false": "False", "misleading": "Misleading", "unproven": "Unproven"}
