"""Quotes and other submission text on screen, always escaped (see wsislens.render)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

import streamlit as st

from components import state
from wsislens.evidence import QuotedSentence, in_sentences, quote_search
from wsislens.render import escape_text

T = TypeVar("T")


def quote_block(sentence: QuotedSentence, *, where: str = "") -> None:
    """Quoted words in their sentence, as text: the quotes in bold among the rest of it, with
    where in the source they are (a page)."""
    suffix = f'<div class="wl-quote-where">{escape_text(where)}</div>' if where else ""
    body = (
        escape_text(sentence.text)
        if sentence.parts == ((sentence.text, True),)
        else "".join(
            f"<strong>{escape_text(part)}</strong>"
            if quoted
            else f'<span class="wl-context">{escape_text(part)}</span>'
            for part, quoted in sentence.parts
        )
    )
    st.html(f'<blockquote class="wl-quote">“{body}”{suffix}</blockquote>')


SOURCE_PAGE = "pages/source_text.py"


# How many submissions or quotes a reading lists before it asks: on hundreds of submissions a
# reading listing them all ran to 40,000 pixels.
READING_LIMIT = 10


def first_of(items: Sequence[T], what: str, *, key: str) -> Sequence[T]:
    """The first READING_LIMIT of `items` (named `what`, plural), or all of them once asked for."""
    if len(items) <= READING_LIMIT or st.toggle(f"Show all {len(items):,} {what}", key=f"all_{key}"):
        return items
    st.caption(f"The first {READING_LIMIT} of {len(items):,} {what} are listed.")
    return items[:READING_LIMIT]


def evidence_list(evidence: Iterable[dict], texts: Mapping[str, str], *, key: str) -> None:
    """The quotes of a fact in their sentences (each sentence once), read from the one of `texts`
    (the submissions it may come from, by id) that holds them, with a way to read them there.
    `key` names the fact on its page: two facts may share a quote."""
    sentences = first_of(in_sentences(evidence, texts), "quotes", key=f"quotes_{key}")
    for number, sentence in enumerate(sentences):
        first = sentence.items[0]
        quote_block(sentence, where=f"page {first['page']}" if first.get("page") else "")
        if sentence.holder is not None and st.button(
            "Read it in the source text",
            key=f"to_source_{key}_{number}",
            type="tertiary",
            icon=":material/article:",
            help="Opens the submission's text with this quote searched and marked.",
        ):
            text = texts[sentence.holder]
            state.open_in_source(sentence.holder, quote_search(text, first["start"], first["end"]))
            st.switch_page(SOURCE_PAGE)


def supporter(name: str, basis: str) -> None:
    """Whose fact the quotes below support, and on what basis, as text."""
    st.html(f'<p class="wl-supporter"><strong>{escape_text(name)}</strong> — {escape_text(basis)}</p>')


def plain(text: str, *, css_class: str = "wl-text") -> None:
    """Submission-derived text (a key point, a name) shown as text."""
    st.html(f'<div class="{css_class}">{escape_text(text)}</div>')
