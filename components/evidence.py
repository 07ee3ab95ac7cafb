"""Quotes and other submission text on screen, always escaped (see wsislens.render)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import streamlit as st

from wsislens.evidence import context_for
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


def evidence_list(evidence: Iterable[dict], sources: Sequence[str] = ()) -> None:
    """The quotes of a fact, each in its sentence when one of `sources` (the texts it may come
    from) holds it."""
    for item in evidence:
        page = f", page {item['page']}" if item.get("page") else ""
        before, quote, after = context_for(item, sources)
        quote_block(
            quote, where=f"characters {item['start']}–{item['end']}{page}", before=before, after=after
        )


def supporter(name: str, basis: str) -> None:
    """Whose fact the quotes below support, and on what basis, as text."""
    st.html(f'<p class="wl-supporter"><strong>{escape_text(name)}</strong> — {escape_text(basis)}</p>')


def plain(text: str, *, css_class: str = "wl-text") -> None:
    """Submission-derived text (a key point, a name) shown as text."""
    st.html(f'<div class="{css_class}">{escape_text(text)}</div>')
