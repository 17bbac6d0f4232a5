"""The quality gate every candidate passes before it can be chosen, and the checks between
chosen questions: none may answer or repeat another.

The gate catches what students must never see: broken quotation marks, leftover markup,
choices that repeat or give the answer away by their length, and explanations that only
repeat the answer. What makes a single question right or wrong is the template's job; the
gate checks the form every question shares.
"""

from __future__ import annotations

import functools
import re
import statistics

from quiz.core.domain import Question
from quiz.core.generate.common import self_contained

MAX_PROMPT_WORDS = 90
MIN_EXPLANATION_WORDS = 10
# A single quotation mark opening a quotation inside a passage, and one closing it; an
# apostrophe inside a word ("didn't") is neither.
INNER_OPEN = re.compile(r"(?:^|(?<=[\s(—–]))['‘](?=\w)")
INNER_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)—–]|$)")
MARKUP = re.compile(r"<[a-z/][^>]*>|\[\[|\]\]|\{\{|&[a-z]+;|\\n")


def problems(question: Question, article_text: str) -> list[str]:
    """What is wrong with a candidate's form; empty when it may be chosen."""
    found = []
    prompt = question.prompt
    if prompt.count("“") != prompt.count("”"):
        found.append("unbalanced quotation marks in the prompt")
    if re.search(r"“\s*“|”\s*”|““|””", prompt):
        found.append("doubled quotation marks")
    if len(prompt.split()) > MAX_PROMPT_WORDS:
        found.append("prompt too long")
    for text in (prompt, question.explanation, *map(str, question.choices)):
        if MARKUP.search(text):
            found.append("markup in the text")
            break
    if question.evidence and question.evidence not in article_text:
        found.append("evidence not in the article")
    if question.evidence and not re.search(r"[^\W\d_]", question.evidence):
        found.append("evidence holds no words")  # "###": an end mark, no passage a student can read
    # The boilerplate is no passage to ask about, save as the sign of who put the text out.
    boilerplate = _boilerplate_start(article_text) if question.template != "publisher-stake" else len(article_text) + 1
    if question.evidence and article_text.find(question.evidence) >= boilerplate or any(
            len(str(c).split()) >= 6 and article_text.find(str(c)) >= boilerplate for c in question.choices):
        found.append("a passage from the boilerplate after a release's news")
    if not _quotes_are_verbatim(prompt, article_text):
        found.append("the prompt quotes words the article does not use")
    found.extend(_passage_problems(prompt))
    if len(question.explanation.split()) < MIN_EXPLANATION_WORDS:
        found.append("explanation too short")
    if re.search(r"(\S+) goes with “\1”", question.explanation):
        found.append("circular explanation")
    if question.type in ("choice", "multi"):
        found.extend(_choice_problems(question))
    return found


def _choice_problems(question: Question) -> list[str]:
    choices = [str(c) for c in question.choices]
    found = []
    minimum = 4 if question.type == "multi" else 3
    if len(choices) < minimum:
        found.append("too few choices")
    folded = [_fold(c) for c in choices]
    if len(set(folded)) < len(folded):
        found.append("two choices say the same")
    for a in folded:
        for b in folded:
            if a != b and len(a.split()) >= 2 and a in b:
                found.append("one choice contains another")
                break
    answers = question.answer if question.type == "multi" else [question.answer]
    if not all(a in choices for a in answers):
        found.append("the answer is not among the choices")
    wrong = [len(c) for c in choices if c not in answers]
    if wrong and all(len(str(a)) > 2.5 * statistics.median(wrong) + 10 for a in answers):
        found.append("the answer stands out by its length")
    if any(not str(v).strip() for v in question.feedback.values()):
        found.append("empty feedback")
    # A student who picks a wrong choice is told why it is wrong, in terms of that choice.
    if any(c not in answers and c not in question.feedback for c in choices):
        found.append("a wrong choice without feedback")
    if any(a in question.feedback for a in answers):
        found.append("feedback on the answer as if it were wrong")
    if any(NO_SUBJECT.match(c) for c in choices):
        found.append("a choice cut from its subject")
    return found


# "Would cost about $60 million ...", "Was unavoidable if ...": a claim cut after "X said", its subject left behind.
NO_SUBJECT = re.compile(r"(?:Was|Were|Would|Will|Is|Are|Could|Should|Had|Has|Have|Must|Might|Can)\s+(?!you\b|we\b|I\b|"
                        r"they\b|he\b|she\b|it\b|there\b|the\b|a\b|an\b|this\b|that\b)[a-z][\w’'-]*\b(?:\s+\S+){2,}")


def _passage_problems(prompt: str) -> list[str]:
    """What makes a passage the prompt quotes unreadable on its own: a quotation inside it
    opened and never closed (cut by the clip), or a "he", "they" or "this" standing for
    someone or something in a sentence the student does not see."""
    found = []
    for number, passage in enumerate(re.findall(r"“(.+?)”(?!\w)", prompt)):
        if len(INNER_OPEN.findall(passage)) > len(INNER_CLOSE.findall(passage)):
            found.append("a quotation inside the quoted passage is cut")
        # A later passage may lean on one the prompt quoted before it ("Of these, …").
        if number == 0 and len(passage.split()) >= 4 and not self_contained(passage, strict=False):
            found.append("the quoted passage leans on a sentence the student does not see")
    return found


def _quotes_are_verbatim(prompt: str, article_text: str) -> bool:
    """Every passage between quotation marks in a prompt is in the article, piece by piece
    where it was clipped; quotation marks and apostrophes may differ in kind."""
    article = _plain_quotes(article_text)
    for passage in re.findall(r"“(.+?)”(?!\w)", prompt):
        for piece in passage.translate(SAME_QUOTES).replace("'", '"').split("…"):
            piece = " ".join(piece.split()).strip(" .,;:")
            if piece and piece not in article and piece[:1].swapcase() + piece[1:] not in article:
                return False  # a quotation shown as a claim may capitalise its first letter
    return True


SAME_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


# The headings that end a press release's news in its second half: the "About" paragraph the
# publisher writes of itself in every release, the contacts, the end marks, the legal notice.
# ("Notes to editors" may hold how a figure was made, which a question can ask about.)
BOILERPLATE = re.compile(r"^(?:About\s+(?:the\s+)?[A-Z][^\n.:]{0,80}|(?:Media|Press)\s+[Cc]ontacts?:?|Contacts?:|#{3}|"
                         r"-\s*[Ee]nds\s*-|ENDS|Forward[- ][Ll]ooking\s+[Ss]tatements?:?|Safe\s+Harbor\s+Statement:?)\s*$",
                         re.MULTILINE)


@functools.lru_cache(maxsize=4)
def _boilerplate_start(text: str) -> int:
    """Where a release's boilerplate begins (past the end of the text when it has none). An
    "About ..." heading alone is no sign of it: a report may have "About the data"."""
    found = [m for m in BOILERPLATE.finditer(text) if m.start() > len(text) / 2]
    if not any(not m.group(0).startswith("About") for m in found):
        return len(text) + 1
    return found[0].start()


@functools.lru_cache(maxsize=4)
def _plain_quotes(text: str) -> str:
    """The article with one kind of quotation mark and single spaces; kept, since every
    candidate of an article is checked against it."""
    return " ".join(text.translate(SAME_QUOTES).replace("'", '"').split())


def _fold(text: str) -> str:
    return re.sub(r"[^\w ]", "", text.lower()).strip()


def _key_words(question: Question) -> list[str]:
    """The distinctive words of a question's answer: names and figures it would give away."""
    answers = question.answer if isinstance(question.answer, list) else [question.answer]
    words = []
    for answer in answers:
        if not isinstance(answer, str):
            continue
        words += [w for w in re.findall(r"[A-Z][\w’'-]{2,}|\d[\d,.%]*", answer) if w not in ("The", "It", "No", "Yes", "From")]
    return words


def conflict(a: Question, b: Question) -> bool:
    """Whether two questions may not stand in one pack: one gives away the other's answer
    (a name or figure it asks for, shown in the other's prompt about the same passage), or
    they ask the same. What a template knows gives away its own question is its candidate's
    `answered_by`."""
    if a.prompt == b.prompt:
        return True
    if a.evidence and b.evidence and (a.evidence in b.evidence or b.evidence in a.evidence):
        for first, second in ((a, b), (b, a)):
            if any(word in second.prompt for word in _key_words(first)):
                return True
    if a.template != b.template and len(_passages(a) & _passages(b)) >= 3:
        return True  # the same three sentences offered twice: the second question is the same drill
    for first, second in ((a, b), (b, a)):
        keyed = first.answer if isinstance(first.answer, list) else [first.answer]
        told = " ".join(first.feedback.get(c, "") for c in _passages(first) if c not in keyed
                        and second.evidence and (second.evidence in c or c in second.evidence))
        if any(f"“{w}”" in second.prompt + second.explanation for w in re.findall(r"“([^”]{2,40})”", told)):
            return True  # "this is a promise (“will”)" told of the sentence the other asks "how sure is this “will”?" of
    return any(_explains_answer(first, second) for first, second in ((a, b), (b, a)))


def _passages(question: Question) -> set[str]:
    """The choices of a question that are whole passages (sentences), not stock phrases."""
    return {c for c in question.choices if isinstance(c, str) and len(c.split()) >= 8}


# A word or phrase an explanation or feedback puts in quotation marks.
QUOTED_WORDS = re.compile(r"[“‘]([^”’]{6,80})[”’]")


def _explains_answer(first: Question, second: Question) -> bool:
    """Whether `first`'s explanation or feedback already judges the passage that `second`
    keys: it quotes a word of that answer that `first`'s own passage does not hold ("“tremendous”
    is the speaker's judgement" beside "which sentence judges?" keyed on that sentence)."""
    answers = second.answer if isinstance(second.answer, list) else [second.answer]
    keyed = " ".join(a for a in answers if isinstance(a, str) and len(a.split()) >= 8)
    if not keyed:
        return False
    told = " ".join((first.explanation, *(first.feedback or {}).values()))

    def judged(word: str) -> bool:  # offered as a choice, or told whose word it is
        return word in first.choices or bool(re.search(rf"\bword “{re.escape(word)}”|“{re.escape(word)}” is [A-Z]", told))

    return any(re.search(rf"\b{re.escape(w)}\b", keyed) and w not in first.evidence and w not in first.prompt and judged(w)
               for w in QUOTED_WORDS.findall(told))
