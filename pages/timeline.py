"""Timeline: dated events at their real precision, lanes by kind or theme, the CSTD session,
today and the years left to 2030; choose an event (or click its bar) to read its quote."""

import streamlit as st

from components.chart import show_chart
from components.context import view_context
from components.evidence import evidence_list, plain
from components.layout import page_title, stop_when_nothing_shown
from components.state import (
    TIMELINE_EVENT,
    TIMELINE_LANE_CHOICES,
    TIMELINE_LANES,
    new_click,
    selected_points,
    settle_reading,
)
from wsislens.figures.timeline import date_in_words, drawn_keys, named_by
from wsislens.reference import theme_label, vocabulary_label
from wsislens.render import escape_markdown
from wsislens.tables import submission_names
from wsislens.words import listed

ctx = view_context()
page_title("Timeline")
stop_when_nothing_shown(ctx.shown.submissions)

# by kind unless chosen (or named by a link); set here, not as the widget's default, which
# Streamlit would report as clashing with a value a link put in the session
st.session_state.setdefault(TIMELINE_LANES, TIMELINE_LANE_CHOICES[0])
st.segmented_control(  # read by the chart through the views' options
    "Lanes",
    TIMELINE_LANE_CHOICES,
    key=TIMELINE_LANES,
    format_func={"kind": "By kind", "theme": "By theme"}.__getitem__,
)
events = ctx.shown.events
chart = ctx.chart("timeline")
clicked_event = show_chart(
    chart,
    key="tl_chart",
    selectable=True,
    caption=chart.reading,
)

if not chart.is_empty:
    keys = [f"{s}/{i}" for s, i in zip(chart.table["submission_id"], chart.table["id"], strict=True)]
    table = chart.table
    labels = {k: f"{d} · {t}" for k, d, t in zip(keys, table["date"], table["title"], strict=True)}
    names = submission_names(ctx.shown.submissions)
    if table["submission_id"].nunique() > 1:  # events named alike are told apart by their submitter
        labels = {k: f"{label} — {names[k.split('/', 1)[0]]}" for k, label in labels.items()}
    # A click on a bar or point chooses its event once; the selectbox stays free to change after.
    clicked = [
        f"{p['customdata'][1]}/{p['customdata'][0]}"
        for p in selected_points(clicked_event)
        if p.get("customdata")
    ]
    drawn = set(drawn_keys(chart.figure))
    settle_reading(
        TIMELINE_EVENT,
        keys,
        fallback=next((k for k in keys if k in drawn), keys[0]),  # the first event the chart draws
        clicked=new_click("tl_chart", clicked[0] if clicked else None),
        label=labels.__getitem__,
    )
    choice = st.selectbox(
        "Event",
        keys,
        key=TIMELINE_EVENT,
        format_func=labels.__getitem__,
        help="Click a bar or a diamond in the chart to choose its event.",
    )
    submission_id, event_id = choice.split("/", 1)
    row = events[(events["submission_id"] == submission_id) & (events["id"] == event_id)].iloc[0]
    st.subheader(escape_markdown(row["title"]))
    when = date_in_words(row["date"], row["end_date"])
    themes = ", ".join(theme_label(t) for t in row["themes"]) or "none"
    kind = vocabulary_label("event_kinds", row["kind"])
    namers = [names[s] for s in named_by(events, submission_id, event_id)]
    st.markdown(
        f"**When:** {escape_markdown(when)} · **Kind:** {kind} · **Themes:** {escape_markdown(themes)}  \n"
        f"**Named by:** {escape_markdown(listed('', namers).removesuffix('.'))}"
    )
    evidence_list(row["evidence"], ctx.texts_of([row["submission_id"]]), key="tl")
    with st.expander("Key facts"):
        for fact in chart.key_facts:
            plain(fact)
