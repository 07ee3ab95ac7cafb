"""Sentences and paragraphs of a text, as the SDG reader cuts them: the dot of "9.c" or "e.g"
ends no sentence, and a blank line parts paragraphs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=\w))+")  # (a full stop inside "5.2" or "e.g" ends none)


BLANK_LINE = re.compile(r"\n[^\S\n]*\n(?:[^\S\n]*\n)*")
# A short label of a group of a table's rows, on a line of its own between them ("Digital government")
GROUP_LABEL = re.compile(r"[^\W\d][^|\n.!?:;]{0,60}")


def figure_row(line: str) -> bool:
    """Whether a table's line of " | " cells has a cell that opens with a figure: a row of data, not the
    header of a table ("Indicator | Baseline (2020) | Target (2027)")."""
    return any(re.match(r"\s*\d", cell) for cell in line.split("|"))


def start_of_sentence(text: str, position: int) -> int:
    """Where the sentence that holds `position` starts (as `SENTENCE` cuts them: the dot of "9.c"
    ends none)."""
    end = position
    while True:
        mark = max(text.rfind(mark, 0, end) for mark in ".!?\n")
        if mark < 0 or text[mark] != "." or not text[mark + 1 : mark + 2].isalnum():
            return mark + 1
        end = mark


def next_sentence(text: str, position: int) -> re.Match | None:
    """The sentence after `position` in its paragraph (not a closing quote's mark), or None."""
    following = SENTENCE.search(text, position)
    while following and not re.search(r"[^\W\d_]", following.group(0)):
        following = SENTENCE.search(text, following.end())
    if following is None or re.search(r"\n[^\S\n]*\n", text[position : following.start()]):
        return None
    return following


def paragraphs_around(text: str, positions: list[int]) -> list[tuple[int, int]]:
    """The span of the paragraph (as blank lines part them) around each of `positions`."""
    blanks = [found.span() for found in BLANK_LINE.finditer(text)] if "\n" in text else []
    ends = [end for _start, end in blanks]
    spans = []
    for position in positions:
        number = bisect_right(ends, position)
        spans.append(
            (blanks[number - 1][1] if number else 0, blanks[number][0] if number < len(blanks) else len(text))
        )
    return spans


def quoted(found: re.Match) -> tuple[int, int]:
    """The span of a clause or a sentence without the spaces around it."""
    words = found.group(0)
    return found.start() + len(words) - len(words.lstrip()), found.end() - len(words) + len(words.rstrip())


def within(positions: list[int], start: int, end: int) -> bool:
    """Whether one of the sorted `positions` lies in [start, end)."""
    index = bisect_left(positions, start)
    return index < len(positions) and positions[index] < end
