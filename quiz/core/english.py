"""Whether a text is English: the generator reads only English today. A count of the
commonest English words, which make up a fifth or more of any English prose and almost
none of other languages' (even those that share the alphabet)."""

from __future__ import annotations

import re

COMMON = frozenset(
    """
    the of and to a in is that for it was on with as be by are at this from he she they we
    his her their not but or have has had were been which who will would an its said also
    """.split()
)
MIN_WORDS = 40
MIN_SHARE = 0.08


def looks_english(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    if len(words) < MIN_WORDS:
        return True  # too short to tell: let the reading say what it finds
    return sum(word in COMMON for word in words) / len(words) >= MIN_SHARE
