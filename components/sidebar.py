"""The global filter widgets, drawn once in the sidebar by `app.py`."""

from __future__ import annotations

import streamlit as st

from components import state
from wsislens.reference import action_lines, sdg_goal, sdg_targets, themes, vocabulary, vocabulary_ids
from wsislens.tables import Tables, submission_names


def filter_sidebar(tables: Tables, year_extent: tuple[int, int]) -> None:
    """Theme, submission, stakeholder, years, action line, goal and target."""
    theme_labels = {t.id: t.label for t in themes()}
    names = submission_names(tables.submissions)
    stakeholder_labels = {v.id: v.label for v in vocabulary("entity_types")}
    with st.sidebar:
        st.header("Filters")
        st.multiselect(
            "Themes",
            list(theme_labels),
            format_func=theme_labels.__getitem__,
            key=state.THEMES,
            placeholder="All themes",
            help="Show only facts tagged with at least one of these themes, and the submissions that have such facts.",
        )
        st.selectbox(
            "Submission",
            [state.ALL, *names],
            key=state.SUBMISSION,
            format_func=lambda v: "All submissions" if v == state.ALL else names[v],
        )
        st.selectbox(
            "Stakeholder type",
            [state.ALL, *vocabulary_ids("entity_types")],
            key=state.STAKEHOLDER,
            format_func=lambda v: "All stakeholders" if v == state.ALL else stakeholder_labels[v],
        )
        first, last = year_extent
        if first < last:
            st.slider(
                "Years",
                min_value=first,
                max_value=last,
                key=state.YEARS,
                help="Applies to dated facts: the timeline's events and the relations to them.",
            )
        line_labels = {line.code: line.label for line in action_lines()}
        st.selectbox(
            "Action line",
            [state.ALL, *line_labels],
            key=state.ACTION_LINE,
            format_func=lambda v: "All action lines" if v == state.ALL else line_labels[v],
        )
        st.selectbox(
            "SDG goal",
            [state.ALL, *(str(n) for n in range(1, 18))],
            key=state.GOAL,
            format_func=lambda v: "All goals" if v == state.ALL else f"{v} {sdg_goal(int(v)).short['en']}",
        )
        goal = st.session_state.get(state.GOAL, state.ALL)
        target_ids = [t for t in sdg_targets() if goal == state.ALL or t.split(".")[0] == goal]
        if st.session_state.get(state.TARGET, state.ALL) not in (state.ALL, *target_ids):
            st.session_state[state.TARGET] = state.ALL
        st.selectbox(
            "SDG target",
            [state.ALL, *target_ids],
            key=state.TARGET,
            format_func=lambda v: "All targets" if v == state.ALL else v,
        )
        st.button("Reset filters", on_click=state.reset_filters, args=(year_extent,), width="stretch")
