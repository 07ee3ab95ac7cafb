"""Submission text made safe for the screen: escaped as text, with only the markup the app
itself generates (line breaks, highlight marks) around it. Submission text never passes
through Markdown or HTML unescaped: the seed itself contains Markdown links.

Texts converted from Word or a web page may carry Markdown marks ("**", "[name](#)"). They are
not words of the submission: the screen leaves them out (`markup_spans`, `readable`) and shows
the words between them as plain text; the stored text and its offsets keep them."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# "**bold**" (the marks hug their words; bold may run over lines, not over paragraphs) and
# "[name](#anchor)", a link to a part of the original document, which leads nowhere outside it.
# A link to a web address is shown as written.
_BOLD = re.compile(r"\*\*(?=\S)(?:(?!\n\s*\n)[^*])+?(?<=\S)\*\*")
_ANCHOR_LINK = re.compile(r"\[[^\[\]\n]+(\]\(#[^()\s]*\))")


def markup_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the Markdown marks in `text`, in text order."""
    spans = []
    for bold in _BOLD.finditer(text):
        spans += [(bold.start(), bold.start() + 2), (bold.end() - 2, bold.end())]
    for link in _ANCHOR_LINK.finditer(text):
        spans += [(link.start(), link.start() + 1), link.span(1)]
    return sorted(spans)


def readable(*parts: str) -> tuple[str, ...]:
    """`parts` (pieces of one passage, in order) without the Markdown marks of the whole."""
    whole = "".join(parts)
    hidden = markup_spans(whole)
    if not hidden:
        return parts
    out, position = [], 0
    for part in parts:
        end = position + len(part)
        out.append("".join(whole[i] for i in range(position, end) if not _inside(i, hidden)))
        position = end
    return tuple(out)


def searchable(text: str, start: int, end: int, *, around: tuple[int, int] | None = None) -> str:
    """What to search for to find text[start:end] as the screen shows it: its longest run of
    words without Markdown marks or line breaks (the screen shows no marks, and a search box
    holds one line); with `around`, the longest run that holds some of text[around[0]:around[1]]."""
    hidden = [(a, b) for a, b in markup_spans(text) if a < end and start < b]
    pieces: list[tuple[int, int]] = []  # (start, end) of each run
    run_start = start
    for position in range(start, end + 1):
        if position == end or text[position] == "\n" or _inside(position, hidden):
            if position > run_start:
                pieces.append((run_start, position))
            run_start = position + 1
    if around is not None:
        pieces = [(a, b) for a, b in pieces if a < around[1] and around[0] < b] or pieces
    return max((text[a:b].strip() for a, b in pieces), key=len, default="")


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def escape_text(text: str) -> str:
    """HTML-escaped text with line breaks kept: safe inside any element the app writes."""
    return html.escape(text, quote=True).replace("\n", "<br>")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # what the highlighted words support, e.g. "Action line C5 (stated)"
    kind: str  # fact kind, used as a CSS class


def highlight(text: str, spans: list[Span], *, search: str = "") -> str:
    """The text as HTML with every span wrapped in <mark>, and search hits in <b>; the text's
    Markdown marks are left out.

    Overlapping spans are merged into one mark whose title lists every fact it supports.
    """
    hidden = markup_spans(text)
    boundaries = sorted(
        {
            0,
            len(text),
            *(s.start for s in spans),
            *(s.end for s in spans),
            *(i for span in hidden for i in span),
        }
    )
    pieces = []
    for left, right in zip(boundaries, boundaries[1:], strict=False):
        if _inside(left, hidden):
            continue
        covering = [s for s in spans if s.start <= left and right <= s.end]
        chunk = _with_search_hits(text[left:right], search)
        if covering:
            labels = "; ".join(dict.fromkeys(s.label for s in covering))
            kinds = " ".join(sorted({f"fact-{s.kind}" for s in covering}))
            pieces.append(f'<mark class="{kinds}" title="{html.escape(labels, quote=True)}">{chunk}</mark>')
        else:
            pieces.append(chunk)
    return "".join(pieces)


def _with_search_hits(chunk: str, search: str) -> str:
    out, position = [], 0
    for start, end in match_positions(chunk, search):
        out.append(escape_text(chunk[position:start]))
        out.append(f'<b class="search-hit">{escape_text(chunk[start:end])}</b>')
        position = end
    out.append(escape_text(chunk[position:]))
    return "".join(out)


def match_positions(text: str, search: str) -> list[tuple[int, int]]:
    """(start, end) of every case-insensitive occurrence of `search` in `text`, not overlapping."""
    if not search:
        return []
    low, needle, found, at = text.lower(), search.lower(), [], 0
    while (at := low.find(needle, at)) >= 0:
        found.append((at, at + len(needle)))
        at += len(needle)
    return found


def shown_matches(text: str, search: str) -> list[tuple[int, int]]:
    """The matches of `search` a reader sees: those not touching the text's Markdown marks,
    which the screen leaves out (a search for "**" finds nothing to show)."""
    hidden = markup_spans(text)
    return [
        (start, end)
        for start, end in match_positions(text, search)
        if not any(start < mark_end and mark_start < end for mark_start, mark_end in hidden)
    ]


_MARKDOWN_SPECIALS = set("\\`*_{}[]()#+-.!|<>$~:&")


def escape_markdown(text: str) -> str:
    """Text for Streamlit's Markdown elements (captions, alerts, labels) shown literally."""
    return "".join(f"\\{c}" if c in _MARKDOWN_SPECIALS else c for c in text)
