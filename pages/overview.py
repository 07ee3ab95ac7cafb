"""Overview: who submitted, for which session, the headline counts, key points and coverage."""

from contextlib import nullcontext

import streamlit as st

from components import state
from components.chart import show_chart
from components.context import view_context
from components.evidence import evidence_list, plain, supporter
from components.layout import page_title, stop_when_nothing_shown
from wsislens.figures.overview import (
    COUNT_LABELS,
    headline_counts,
    headline_values,
    key_point_table,
    submission_rows,
    uncounted_in_words,
)
from wsislens.reference import theme_label, vocabulary, vocabulary_label
from wsislens.tables import submission_names

COUNT_COLUMN_PX = 56
# the count columns' headers, short enough for their width (the full label on hover)
SHORT_COUNT_LABELS = {
    "sdg_targets": "Targets",
    "partners": "Partners",
    "events": "Events",
    "figures": "Figures",
    "key_points": "Points",
}

ctx = view_context()
shown = ctx.shown
page_title("Overview")
stop_when_nothing_shown(shown.submissions)

if len(shown.submissions) == 1:
    sub = shown.submissions.iloc[0]
    st.subheader(sub["entity_name"])
    plain(f"{sub['title'] or ''}", css_class="wl-text")
else:
    st.subheader(f"{len(shown.submissions)} submissions")
    # widths in pixels so every column fits a 1280-pixel screen with the sidebar open; a long name
    # is cut at its column's width (whole on hover)
    rows = submission_rows(shown)
    st.dataframe(
        rows,
        hide_index=True,
        width="stretch",
        column_config={
            "Submission": st.column_config.TextColumn(width=150),
            "Stakeholder": st.column_config.TextColumn(width=95),
            "Session": st.column_config.TextColumn(width=100),
            "Status": st.column_config.TextColumn(
                width=70, help="Draft: a machine draft nobody has reviewed yet"
            ),
            "Action lines": st.column_config.TextColumn(
                width=125,
                help="Stated by the submitter; after 'inferred', lines an analyst or the engine "
                "inferred (not the submitter's claim)",
            ),
            **{
                COUNT_LABELS[key]: st.column_config.NumberColumn(
                    short, width=COUNT_COLUMN_PX, help=COUNT_LABELS[key]
                )
                for key, short in SHORT_COUNT_LABELS.items()
            },
        },
    )
    if uncounted := uncounted_in_words(rows, themes=len(ctx.filters.themes)):
        st.caption(uncounted)

KEY_POINT_ROWS_SHOWN = 13  # the header and twelve key points

# presenting, the headline counts and the chart stand right under the caption, on the screen
with state.take_stage() or nullcontext():
    columns = st.columns(len(COUNT_LABELS))
    for column, (key, value) in zip(columns, headline_values(headline_counts(shown)).items(), strict=True):
        column.metric(COUNT_LABELS[key], value)
    glance = ctx.chart("overview")
    show_chart(glance, key="overview_glance", caption=glance.reading)

st.subheader("Key points")
points = shown.key_points
if points.empty:
    st.info("No key points are recorded for these filters.")
elif len(shown.submissions) > 1:  # hundreds of cards would bury the page: one searchable table instead
    # the key point takes the room (the rest is cut at its width, whole on hover); a dozen rows
    # are in sight at once
    names = submission_names(shown.submissions)
    chosen = st.dataframe(
        key_point_table(points, names),
        hide_index=True,
        width="stretch",
        height=min(KEY_POINT_ROWS_SHOWN, len(points) + 1) * 35 + 3,
        column_config={
            "Submission": st.column_config.TextColumn(width=150),
            "Kind": st.column_config.TextColumn(width=95),
            "Key point": st.column_config.TextColumn(width="large"),
            "Themes": st.column_config.TextColumn(width=130),
        },
        # the quotes are read under the table, in their sentences, for the row chosen: on a
        # 1280-pixel screen a column of them would be a sliver at the edge
        column_order=("Submission", "Kind", "Key point", "Themes"),
        key=state.key_for_filters("kp_table", ctx.filters),
        on_select="rerun",
        selection_mode="single-row",
    )
    chosen_rows = [row for row in chosen.selection.rows if row < len(points)]
    if not chosen_rows:
        st.caption("Choose a row (the box at its left) to read its quotes in their sentences.")
    else:
        point = points.iloc[chosen_rows[0]]
        supporter(names[point["submission_id"]], vocabulary_label("key_point_kinds", point["kind"]))
        plain(point["text"])
        evidence_list(point["evidence"], ctx.texts_of([point["submission_id"]]), key="kp_chosen")
    st.stop()
for kind in vocabulary("key_point_kinds"):
    of_kind = points[points["kind"] == kind.id]
    if of_kind.empty:
        continue
    st.markdown(f"#### {kind.label}s ({len(of_kind)})")
    cards = st.columns(2)
    for position, (_, point) in enumerate(of_kind.iterrows()):
        with cards[position % 2].container(border=True):
            plain(point["text"])
            st.caption(", ".join(theme_label(t) for t in point["themes"]))
            with st.expander("Supporting quote"):
                evidence_list(
                    point["evidence"], ctx.texts_of([point["submission_id"]]), key=f"kp_{kind.id}_{position}"
                )
