"""Showing a `Chart`: the figure exactly as built (theme=None), its source line, its text
alternative and the same data as a table."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from components.state import is_presenting
from wsislens.figures.chart import Chart
from wsislens.render import escape_markdown

PRESENT_HEIGHT = 600


def show_chart(chart: Chart, *, key: str, selectable: bool = False, caption: str | None = None):
    """Render a chart card; returns the plotly selection event when `selectable`."""
    if chart.is_empty:
        st.info(chart.empty)
        return None
    figure = chart.figure
    if is_presenting():  # one view per screen at 1280x720
        figure = go.Figure(figure).update_layout(
            height=min(figure.layout.height or PRESENT_HEIGHT, PRESENT_HEIGHT)
        )
    event = st.plotly_chart(
        figure,
        theme=None,
        key=key,
        width="stretch",
        on_select="rerun" if selectable else "ignore",
        selection_mode=("points",),
        config={"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}},
    )
    st.caption(escape_markdown(f"{chart.source} {caption or ''}".strip()))
    st.markdown(f"**In words:** {escape_markdown(chart.summary)}")
    if not is_presenting():
        with st.expander("Show the data as a table"):
            st.dataframe(chart.table, hide_index=True, width="stretch")
    return event
