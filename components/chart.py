"""Showing a `Chart`: the figure exactly as built (theme=None), its source line, its text
alternative and the same data as a table."""

from __future__ import annotations

from contextlib import nullcontext

import plotly.graph_objects as go
import streamlit as st

from components.state import is_presenting, take_stage
from wsislens.figures.chart import Chart
from wsislens.figures.style import PRESENTATION_HEIGHT_PX
from wsislens.render import escape_markdown

# In presentation mode a chart is drawn right under the caption (components.state.open_stage)
# and at most this tall.
PRESENT_HEIGHT = PRESENTATION_HEIGHT_PX
# A click selects a mark and plotly fades the others; this faint, not the default 0.2, so
# that the chart stays readable (on a projector too) while the chosen mark stands out.
UNSELECTED_OPACITY = 0.55


def presentation_height(height: int | None) -> int:
    """A chart's height in presentation mode: at most PRESENT_HEIGHT, unless that would squeeze
    it to under half its height: then the room would squint at it, so it keeps its own height and
    the presenter scrolls. (The views plan their presented charts to fit: the timeline draws
    as many events as PRESENT_HEIGHT holds.)"""
    height = height or PRESENT_HEIGHT
    return height if height > 2 * PRESENT_HEIGHT else min(height, PRESENT_HEIGHT)


def show_chart(chart: Chart, *, key: str, selectable: bool = False, caption: str | None = None):
    """Render a chart card; returns the plotly selection event when `selectable`."""
    if chart.is_empty:
        st.info(chart.empty)
        return None
    figure = chart.figure
    stage = None
    if selectable:
        figure = go.Figure(figure).update_traces(
            unselected={"marker": {"opacity": UNSELECTED_OPACITY}},
            selector=lambda trace: trace.type in ("scatter", "bar"),
        )
    if is_presenting():  # one view per screen at 1280x720
        figure = go.Figure(figure).update_layout(height=presentation_height(figure.layout.height))
        stage = take_stage()
    with stage or nullcontext():
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
