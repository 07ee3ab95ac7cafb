"""Rejecting a machine or analyst suggestion from a view (editors only, WSISLENS_EDITING=1).
The rejection is written to the submission file, so re-ingestion does not propose it again."""

from __future__ import annotations

import datetime as dt
import os

import streamlit as st

from components.data import get_corpus
from wsislens.render import escape_markdown
from wsislens.review import reject_suggestion, rejected_suggestions
from wsislens.tables import submission_names


def editing_enabled() -> bool:
    return os.environ.get("WSISLENS_EDITING") == "1"


def _reject(submission_id: str, kind: str, value: str) -> None:
    reason = st.session_state.get(f"reject_reason_{submission_id}_{kind}_{value}") or None
    corpus = get_corpus()
    reject_suggestion(corpus.data_dir, submission_id, kind, value, reason=reason, today=dt.date.today())
    name = submission_names(corpus.tables.submissions).get(submission_id, submission_id)
    st.toast(escape_markdown(f"Rejected {value} for {name}."))


def reject_control(submission_id: str, kind: str, value: str) -> None:
    """A reason field and a button under an inferred fact; nothing when editing is off."""
    if not editing_enabled():
        return
    key = f"{submission_id}_{kind}_{value}"
    st.text_input("Why reject it? (optional)", key=f"reject_reason_{key}")
    st.button(
        "Reject this suggestion", key=f"reject_{key}", on_click=_reject, args=(submission_id, kind, value)
    )


def rejected_list(corpus, submissions, facts: tuple[str, ...]) -> None:
    """The suggestions of kinds `facts` analysts rejected in the submissions shown, with when and
    why: a rejected suggestion leaves the views, not the record."""
    rows = rejected_suggestions(corpus.submissions, submission_names(submissions), facts)
    if not rows:
        return
    with st.expander(f"Rejected suggestions ({len(rows)})"):
        st.dataframe(rows, hide_index=True, width="stretch")
        st.caption(
            "An analyst rejected these suggestions; the rejections are kept in the submission file, so "
            "ingesting the document again does not propose them. To restore one, delete its entry "
            "under rejected_suggestions in the file and ingest the document again."
        )
