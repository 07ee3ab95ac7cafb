"""Quotes and other submission text on screen, always escaped (see wsislens.render)."""

from __future__ import annotations

from collections.abc import Iterable

import streamlit as st

from wsislens.render import escape_text


def quote_block(quote: str, *, where: str = "") -> None:
    """One supporting quote, as text, with its position in the source."""
    suffix = f'<div class="wl-quote-where">{escape_text(where)}</div>' if where else ""
    st.html(f'<blockquote class="wl-quote">“{escape_text(quote)}”{suffix}</blockquote>')


def evidence_list(evidence: Iterable[dict]) -> None:
    for item in evidence:
        page = f", page {item['page']}" if item.get("page") else ""
        quote_block(item["quote"], where=f"characters {item['start']}–{item['end']}{page}")


def supporter(name: str, basis: str) -> None:
    """Whose fact the quotes below support, and on what basis, as text."""
    st.html(f'<p class="wl-supporter"><strong>{escape_text(name)}</strong> — {escape_text(basis)}</p>')


def plain(text: str, *, css_class: str = "wl-text") -> None:
    """Submission-derived text (a key point, a name) shown as text."""
    st.html(f'<div class="{css_class}">{escape_text(text)}</div>')
