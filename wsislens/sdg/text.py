"""Word tokens with offsets, folded for matching: lowercase, British spellings folded to
American ones, simple plural folding. Used by the vocabulary matcher and the model."""

from __future__ import annotations

import re
from functools import lru_cache

_TOKEN = re.compile(r"[a-z0-9]+")
_SPELLING = {
    "labour": "labor",
    "behaviour": "behavior",
    "neighbour": "neighbor",
    "neighbourhood": "neighborhood",
    "harbour": "harbor",
    "programme": "program",
    "centre": "center",
    "fibre": "fiber",
    "enrolment": "enrollment",
    "defence": "defense",
    "licence": "license",
    "aids": "aids",
    "news": "news",
    "gas": "gas",
    "species": "species",
    "series": "series",
    "means": "means",
    "sids": "sids",
    "economics": "economics",
    "physics": "physics",
    "kids": "children",
    "kid": "child",
}
_KEEP_S = ("ss", "us", "is", "ous", "ics")


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """The matching form of one lowercase word."""
    if word in _SPELLING:
        return _SPELLING[word]
    if "isation" in word:
        word = word.replace("isation", "ization")
    elif word.endswith(("ised", "ising")) and len(word) > 7:
        word = word[: -4 if word.endswith("ised") else -5] + ("ized" if word.endswith("ised") else "izing")
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(_KEEP_S):
        word = word[:-1]
        return _SPELLING.get(word, word)
    return _SPELLING.get(word, word)


# word -> its folded form, for the words met so far (emptied when it grows past _FOLDED_MAX)
_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 1 << 17


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(folded word, start, end) for each word of `text`; a lone "s" (from "women's") is dropped."""
    folded = _FOLDED
    out = []
    for match in _TOKEN.finditer(text.lower()):
        word = match.group()
        form = folded.get(word)
        if form is None:
            if word == "s":
                continue
            if len(folded) >= _FOLDED_MAX:
                folded.clear()
            form = folded[word] = fold(word)
        out.append((form, *match.span()))
    return out


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(tok for tok, _, _ in tokens(phrase))
