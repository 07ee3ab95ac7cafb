"""Quotes and other submission text on screen, always escaped (see wsislens.render)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import streamlit as st

from components import state
from wsislens.evidence import context_for, holder_of, quote_search
from wsislens.render import escape_text, readable


def quote_block(quote: str, *, where: str = "", before: str = "", after: str = "") -> None:
    """One supporting quote, as text, in bold inside the rest of its sentence, with its position
    in the source."""
    before, quote, after = readable(before, quote, after)
    suffix = f'<div class="wl-quote-where">{escape_text(where)}</div>' if where else ""
    context = (
        f'<span class="wl-context">{escape_text(before)}</span><strong>{escape_text(quote)}</strong>'
        f'<span class="wl-context">{escape_text(after)}</span>'
        if before or after
        else escape_text(quote)
    )
    st.html(f'<blockquote class="wl-quote">“{context}”{suffix}</blockquote>')


SOURCE_PAGE = "pages/source_text.py"


def evidence_list(evidence: Iterable[dict], texts: Mapping[str, str], *, key: str) -> None:
    """The quotes of a fact, each in its sentence when one of `texts` (the submissions it may come
    from, by id) holds it, with a way to read it there. `key` names the fact on its page: two
    facts may share a quote."""
    for number, item in enumerate(evidence):
        before, quote, after = context_for(item, texts.values())
        quote_block(
            quote, where=f"page {item['page']}" if item.get("page") else "", before=before, after=after
        )
        holder = holder_of(item, texts)
        if holder and st.button(
            "Read it in the source text",
            key=f"to_source_{key}_{number}",
            type="tertiary",
            icon=":material/article:",
            help="Opens the submission's text with this quote searched and marked.",
        ):
            state.open_in_source(holder, quote_search(texts[holder], item["start"], item["end"]))
            st.switch_page(SOURCE_PAGE)


def supporter(name: str, basis: str) -> None:
    """Whose fact the quotes below support, and on what basis, as text."""
    st.html(f'<p class="wl-supporter"><strong>{escape_text(name)}</strong> — {escape_text(basis)}</p>')


def plain(text: str, *, css_class: str = "wl-text") -> None:
    """Submission-derived text (a key point, a name) shown as text."""
    st.html(f'<div class="{css_class}">{escape_text(text)}</div>')
