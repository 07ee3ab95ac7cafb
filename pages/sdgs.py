"""SDG mapping: goals and targets served, stated and inferred; choose one to read its quotes."""

import pandas as pd
import streamlit as st

from components.chart import show_chart
from components.context import view_context
from components.evidence import evidence_list, first_of, plain, supporter
from components.layout import page_title
from components.state import SDG_READ, is_presenting, new_click, selected_points, settle_reading
from components.suggestions import reject_control, rejected_list
from wsislens.figures.sdgs import (
    NOT_COUNTED,
    clicked_reading,
    denied_rows,
    kept_reading,
    reading_heading,
    reading_key,
    reading_label,
    reading_rows,
    reading_text,
    rejected_as,
    standing,
    with_reading_marked,
)
from wsislens.reference import LANGUAGE_NAMES, LANGUAGES
from wsislens.sdg.reliability import reliability_note
from wsislens.tables import submission_names

ctx = view_context()
page_title("SDG mapping")
targets, goals = ctx.shown.sdg_targets, ctx.shown.sdg_goals
names = submission_names(ctx.shown.submissions)
chart = ctx.chart("sdgs")


def denied_section() -> None:
    """What a submission denies, names only in passing or gives to others, with its quotes: counted
    for nothing."""
    denied = denied_rows(targets, goals, chart.table)
    if denied.empty:
        return
    with st.expander(f"{NOT_COUNTED.capitalize()}, and not counted ({len(denied)})"):
        for number, row in enumerate(denied.itertuples()):
            supporter(names[row.submission_id], f"{row.label}: {NOT_COUNTED}")
            evidence_list(row.evidence, ctx.texts_of([row.submission_id]), key=f"sdg_denied_{number}")


choices = [reading_key(g, t) for g, t in zip(chart.table["goal"], chart.table["target"], strict=True)]
if choices:  # kept while offered; after a rejection, the first reading of the same goal
    fallback = kept_reading(st.session_state.get(SDG_READ), choices)
    settle_reading(SDG_READ, choices, fallback, label=reading_label)

# The treemap takes the whole width, so its tiles stay large enough for legible type; the
# chosen goal or target is outlined in it and read below it.
event = show_chart(
    # presenting, no reading is chosen for the room: no tile is outlined
    with_reading_marked(chart, st.session_state.get(SDG_READ), outline=not is_presenting()),
    key="sdg_chart",
    selectable=True,
    caption=f"{chart.reading} Hover a target for its official text; click it for its quotes.",
)
if chart.is_empty:
    denied_section()
    st.stop()
# a click on a tile chooses what is read below; drawn again, the chart outlines it and shows
# every goal (the click zoomed into the tile)
clicked = new_click("sdg_chart", clicked_reading(chart, selected_points(event)))
settle_reading(SDG_READ, choices, st.session_state[SDG_READ], clicked=clicked)
chooser, reading = st.columns([1, 2])
with chooser:
    choice = st.selectbox(
        "Goal or target",
        choices,
        key=SDG_READ,
        format_func=reading_label,
    )
    language = st.selectbox(
        "Official text in", LANGUAGES, format_func=LANGUAGE_NAMES.__getitem__, key="sdg_language"
    )
with reading:
    st.subheader(reading_heading(choice))
    plain(reading_text(choice, language))
    rows = reading_rows(choice, targets, goals)
    machine_methods = sorted(set(rows.loc[rows["method"].fillna("analyst") != "analyst", "method"]))
    for note in filter(None, map(reliability_note, machine_methods)):
        st.caption(note)
    for number, (_, row) in enumerate(first_of(rows, "submissions", key="sdg_rows").iterrows()):
        supporter(names[row["submission_id"]], standing(row["basis"], row["method"], row["score"]))
        if pd.notna(row["note"]):
            plain(row["note"])
        evidence_list(row["evidence"], ctx.texts_of([row["submission_id"]]), key=f"sdg_{number}")
        if row["basis"] == "inferred":
            reject_control(row["submission_id"], *rejected_as(choice))

denied_section()
rejected_list(ctx.corpus, ctx.shown.submissions, ("sdg_target", "sdg_goal"))
