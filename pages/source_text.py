"""Source text: the submission as received, every fact shown highlighted, searchable."""

import streamlit as st

from components import state
from components.context import view_context
from components.evidence import quote_block
from components.layout import page_title, stop_when_nothing_shown
from wsislens.evidence import in_sentences, search_matches
from wsislens.render import escape_markdown, highlight, shown_matches
from wsislens.source_view import (
    KIND_LABELS,
    elsewhere_in_words,
    fact_spans,
    matches_elsewhere,
    metadata_spans,
)
from wsislens.tables import submission_names
from wsislens.words import agreeing, counted

LISTED_MATCHES = 10

ctx = view_context()
page_title("Source text")
stop_when_nothing_shown(ctx.shown.submissions)
submissions = ctx.shown.submissions

names = submission_names(submissions)
submission_id = st.selectbox(
    "Submission text", list(names), format_func=names.__getitem__, key=state.SOURCE_SUBMISSION
)
kinds = st.multiselect(
    "Highlight",
    list(KIND_LABELS),
    default=list(KIND_LABELS),
    key="src_kinds",
    format_func=KIND_LABELS.__getitem__,
)
search = st.text_input("Search the text", key=state.SOURCE_SEARCH, placeholder="for example: law enforcement")

text = ctx.corpus.texts[submission_id]
spans = metadata_spans(ctx.corpus.submissions[submission_id]) + fact_spans(
    ctx.shown, submission_id, tuple(kinds)
)
matches = shown_matches(text, search)
hits = len(matches)
summary = f"{names[submission_id]}: {counted(len(spans), 'highlighted passage')} support the facts shown."
if search:
    summary += f" {counted(hits, 'match', 'matches')} for “{search}”."
st.caption(escape_markdown(summary) + " Hover a highlight to see the fact it supports.")
if search and len(names) > 1:  # a search reads one text at a time: say where else it is found
    elsewhere = elsewhere_in_words(
        matches_elsewhere(ctx.corpus.texts, list(names), submission_id, search), names, hits
    )
    if elsewhere:
        st.caption(escape_markdown(elsewhere))
if hits:  # the matches in their sentences first, so nobody has to scroll the text for them
    listed = (
        f"{counted(hits, 'match', 'matches')} in {agreeing(hits, 'its sentence', 'their sentences')}"
        if hits <= LISTED_MATCHES
        else f"The first {LISTED_MATCHES} of {hits} matches, in their sentences"
    )
    with st.expander(listed, expanded=True):
        for sentence in in_sentences(search_matches(text, matches[:LISTED_MATCHES]), {submission_id: text}):
            quote_block(sentence)
        if hits > LISTED_MATCHES:
            st.caption(f"All {hits} matches are marked in bold in the text below.")
st.html(
    f'<div class="wl-source" role="region" tabindex="0" aria-label="Submission text">{highlight(text, spans, search=search)}</div>'
)
