"""Evidence: tying a fact to the exact words of a stored source text.

Curators and the extractor name quotes; this module finds their offsets so nobody counts
characters, and writes submission YAML with every date and id quoted.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from wsislens.render import readable, searchable, shown_matches


class QuoteNotFound(ValueError):
    """A quote that does not occur in the source text."""


def locate(text: str, quote: str, *, occurrence: int = 1, after: int = 0) -> tuple[int, int]:
    """Offsets of the `occurrence`-th appearance of `quote` in `text` at or after `after`.

    Raises:
        QuoteNotFound: the quote is not there (as many times as asked).
    """
    position = after - 1
    for _ in range(occurrence):
        position = text.find(quote, position + 1)
        if position < 0:
            raise QuoteNotFound(f"quote not found in the source text: {quote!r}")
    return position, position + len(quote)


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s|\n")
_LIST_MARKER = re.compile(r"^[-•▪●◦*–]\s+")  # a list item's marker is not part of its sentence
_LINE_BREAKS = re.compile(r"[ \t]*\n\s*")
CONTEXT_REACH = 400  # characters of context at most on each side of a quote


def _sentence_breaks(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The sentence breaks in text[start:end]. A line break inside a sentence is not one: a
    sentence a layout broke across lines or paragraphs goes on in lower case after a line that
    ends without a full stop ("investment in data,\n\nand the positioning of...")."""
    for match in _SENTENCE_BREAK.finditer(text, start, end):
        if match.group() == "\n":
            before = text[max(0, match.start() - 80) : match.start()].rstrip()
            following = text[match.end() : match.end() + 80].lstrip()[:1]
            if before and before[-1] not in ".!?:" and following.islower():
                continue
        yield match


def _sentence_of(text: str, start: int, end: int, reach: int) -> tuple[int, int, bool, bool]:
    """Where the sentence holding text[start:end] begins and ends, at most `reach` characters
    on each side, and whether it was cut there (before, after)."""
    window_start = max(0, start - reach)
    breaks = [m.end() for m in _sentence_breaks(text, window_start, start)]
    first = breaks[-1] if breaks else window_start
    # from the quote's last character: a quote that ends its sentence takes nothing after it
    after = next(_sentence_breaks(text, max(start, end - 1), min(len(text), end + reach)), None)
    # a sentence ends after its mark and any closing quote or bracket; a paragraph, at its break
    last = (
        (after.end() - 1 if text[after.start()] != "\n" else after.start())
        if after
        else min(len(text), end + reach)
    )
    return first, last, not breaks and first > 0, not after and last < len(text)


def in_context(text: str, start: int, end: int, *, reach: int = CONTEXT_REACH) -> tuple[str, str, str]:
    """text[start:end] in its sentence: (the sentence's words before it, the quote, those after),
    each side at most `reach` characters, with "…" where it is cut."""
    first, last, cut_before, cut_after = _sentence_of(text, start, end, reach)
    # a sentence broken across lines reads as one: its line breaks become spaces
    before = _LINE_BREAKS.sub(" ", _LIST_MARKER.sub("", text[first:start].lstrip(), count=1))
    following = _LINE_BREAKS.sub(" ", text[end:last].rstrip())
    if cut_before:
        before = "…" + before
    if cut_after:
        following += "…"
    return before, text[start:end], following


def quote_search(text: str, start: int, end: int) -> str:
    """What the source page searches for to single out the quote text[start:end]: its words as
    the screen shows them (`searchable`), or, where those words are found elsewhere in the text
    too ("ADCA"), the words of its sentence around them."""
    words = searchable(text, start, end)
    if len(shown_matches(text, words)) <= 1:
        return words
    first, last, _, _ = _sentence_of(text, start, end, CONTEXT_REACH)
    sentence = searchable(text, first, last, around=(start, end))
    return sentence if len(shown_matches(text, sentence)) == 1 else words


@dataclass(frozen=True)
class QuotedSentence:
    """Quotes read in their sentence: the sentence in parts, each part a quote's words (True) or
    the words around them (False), Markdown marks left out as on the screen."""

    parts: tuple[tuple[str, bool], ...]
    items: tuple[dict[str, Any], ...]  # the evidence items whose quotes it shows
    holder: str | None  # the id of the text that holds them, when known

    @property
    def text(self) -> str:
        return "".join(part for part, _ in self.parts)

    @property
    def quotes(self) -> list[str]:
        return [part for part, quoted in self.parts if quoted]


def in_sentences(items: Iterable[dict[str, Any]], texts: Mapping[str, str]) -> list[QuotedSentence]:
    """Evidence items in their sentences, read from the text of `texts` (by submission id) that
    holds each: a sentence holding several quotes is given once, every one of them marked, in
    the order the items first reach it."""
    groups: dict[tuple[str | None, str], list[tuple[dict[str, Any], int, int]]] = {}
    for item in items:
        holder = holder_of(item, texts)
        words = (
            ("", item["quote"], "")
            if holder is None
            else in_context(texts[holder], item["start"], item["end"])
        )
        before, quote, after = readable(*words)
        at = len(before)
        groups.setdefault((holder, before + quote + after), []).append((item, at, at + len(quote)))
    found = []
    for (holder, sentence), members in groups.items():
        parts: list[tuple[str, bool]] = []
        position = 0
        for start, end in _merged(sorted((start, end) for _, start, end in members)):
            parts += [(sentence[position:start], False), (sentence[start:end], True)]
            position = end
        parts.append((sentence[position:], False))
        found.append(
            QuotedSentence(tuple(part for part in parts if part[0]), tuple(m[0] for m in members), holder)
        )
    return found


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with the overlapping or touching ones joined."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined


def search_matches(text: str, matches: Iterable[tuple[int, int]]) -> list[dict[str, Any]]:
    """A search's matches in `text` as evidence items, to be read in their sentences."""
    return [{"quote": text[start:end], "start": start, "end": end} for start, end in matches]


def holder_of(item: dict[str, Any], texts: Mapping[str, str]) -> str | None:
    """The id of the first of `texts` (by submission id) that holds the item's quote at its
    offsets, or None when none does."""
    start, end, quote = item.get("start"), item.get("end"), item["quote"]
    if start is None or end is None:
        return None
    return next((key for key, text in texts.items() if text[start:end] == quote), None)


def evidence_for(text: str, quote: str, *, occurrence: int = 1, page: int | None = None) -> dict[str, Any]:
    start, end = locate(text, quote, occurrence=occurrence)
    item: dict[str, Any] = {"quote": quote, "start": start, "end": end}
    if page is not None:
        item["page"] = page
    return item


def fill_offsets(data: Any, text: str) -> Any:
    """Return a copy of a submission mapping with `start`/`end` set on every evidence item.

    An evidence item may be written as a bare quote string or as a mapping with `quote` and
    an optional `occurrence` (1-based, for quotes that appear more than once); offsets already
    present are recomputed so a corrected quote never keeps stale ones.
    """
    if isinstance(data, dict):
        result = {}
        for key, value in data.items():
            if key == "evidence" and isinstance(value, list):
                result[key] = [_filled_item(item, text) for item in value]
            else:
                result[key] = fill_offsets(value, text)
        return result
    if isinstance(data, list):
        return [fill_offsets(item, text) for item in data]
    return data


def _filled_item(item: Any, text: str) -> dict[str, Any]:
    if isinstance(item, str):
        return evidence_for(text, item)
    occurrence = item.get("occurrence", 1)
    return evidence_for(text, item["quote"], occurrence=occurrence, page=item.get("page"))


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Strings YAML would read as numbers, dates or booleans ("2016", "17.10", "2016-03-28", "yes").
_AMBIGUOUS = re.compile(r"^[\d.\-:+eE]+$|^(yes|no|true|false|on|off|null|~)$", re.IGNORECASE)


class _SubmissionDumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if _AMBIGUOUS.match(value) else None
    if "\n" in value:
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_SubmissionDumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    """Submission YAML: keys in schema order, dates and ids always quoted, Unicode kept."""
    return yaml.dump(data, Dumper=_SubmissionDumper, sort_keys=False, allow_unicode=True, width=100)
