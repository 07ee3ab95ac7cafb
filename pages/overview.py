"""Overview: who submitted, for which session, the headline counts, key points and coverage."""

import streamlit as st

from components.chart import show_chart
from components.context import view_context
from components.evidence import evidence_list, plain
from components.layout import page_title
from wsislens.figures.overview import (
    COUNT_LABELS,
    headline_counts,
    headline_values,
    key_point_table,
    submission_rows,
)
from wsislens.reference import theme_label, vocabulary
from wsislens.tables import submission_names

ctx = view_context()
shown = ctx.shown
page_title("Overview")

if shown.submissions.empty:
    st.info("No submission matches the filters. Change or reset them in the sidebar.")
    st.stop()

if len(shown.submissions) == 1:
    sub = shown.submissions.iloc[0]
    st.subheader(sub["entity_name"])
    plain(f"{sub['title'] or ''}", css_class="wl-text")
else:
    st.subheader(f"{len(shown.submissions)} submissions")
    # a long name is cut at the column's width (whole on hover), so the action lines fit a 1280-pixel screen
    st.dataframe(
        submission_rows(shown),
        hide_index=True,
        width="stretch",
        column_config={
            "Submission": st.column_config.TextColumn(width="medium"),
            "Action lines": st.column_config.TextColumn(width="medium"),
        },
    )

columns = st.columns(len(COUNT_LABELS))
for column, (key, value) in zip(columns, headline_values(headline_counts(shown)).items(), strict=True):
    column.metric(COUNT_LABELS[key], value)

show_chart(ctx.chart("overview"), key="overview_glance")

st.subheader("Key points")
points = shown.key_points
if points.empty:
    st.info("No key points are recorded for these filters.")
elif len(shown.submissions) > 1:  # hundreds of cards would bury the page: one searchable table instead
    st.dataframe(
        key_point_table(points, submission_names(shown.submissions)), hide_index=True, width="stretch"
    )
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
                evidence_list(point["evidence"], [ctx.corpus.texts[point["submission_id"]]])
