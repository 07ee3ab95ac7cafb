"""Static images of figures through plotly and kaleido, with Debian's chromium.

One kaleido browser process serves every export of the Python process (starting one costs
about 3 s, each image after it about 0.2 s); a lock keeps concurrent sessions from
interleaving requests to it.
"""

from __future__ import annotations

import os
import shutil
import textwrap
import threading
import warnings
from functools import lru_cache
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

from wsislens.figures.chart import Chart
from wsislens.figures.style import MUTED_COLOUR, plotly_text

# Figures are laid out 1000 px wide (so their 18 px type stays large on a slide) and
# rendered at 1.6x: PNGs come out 1600 px wide.
LAYOUT_WIDTH = 1000
SCALE = 1.6
# The caption under a chart exported on its own: how to read it and what it shows.
CAPTION_PX = 14
CAPTION_CHARS = 125  # a line of the caption across a figure LAYOUT_WIDTH wide
# Room a legend set in rows under the plot takes (the network's relation types: up to three rows
# at LAYOUT_WIDTH): the caption goes under it.
LEGEND_BELOW_PX = 100
_LOCK = threading.Lock()


def captioned(chart: Chart, shown: str) -> go.Figure:
    """The chart's figure for a file of its own (PNG, SVG): under it, its source (whose
    submissions), how to read its marks and what is shown, so that a picture pasted anywhere
    still says what it is."""
    lines = textwrap.wrap(
        " ".join(filter(None, (chart.source, chart.reading, f"Shown: {shown}."))), CAPTION_CHARS
    )
    fig = go.Figure(chart.figure)
    template_margin = fig.layout.template.layout.margin
    own_bottom = fig.layout.margin.b if fig.layout.margin.b is not None else template_margin.b
    left = fig.layout.margin.l if fig.layout.margin.l is not None else template_margin.l
    legends = [value for key, value in fig.layout.to_plotly_json().items() if key.startswith("legend")]
    # a legend under the plot is kept room of its own (it would otherwise widen the margin itself)
    bottom = own_bottom + (LEGEND_BELOW_PX if any((legend.get("y") or 0) < 0 for legend in legends) else 0)
    room = len(lines) * round(1.3 * CAPTION_PX) + 12
    fig.update_layout(
        height=int(fig.layout.height or 600) + bottom - own_bottom + room, margin={"b": bottom + room}
    )
    fig.add_annotation(
        text="<br>".join(plotly_text(line) for line in lines),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        xshift=12 - left,
        yshift=-bottom,
        align="left",
        showarrow=False,
        font={"size": CAPTION_PX, "color": MUTED_COLOUR},
    )
    return fig


def chromium_path() -> str | None:
    """The browser kaleido will use: BROWSER_PATH when set, else Debian's chromium."""
    configured = os.environ.get("BROWSER_PATH")
    if configured:
        return configured if Path(configured).exists() else None
    return shutil.which("chromium") or (
        str(Path("/usr/bin/chromium")) if Path("/usr/bin/chromium").exists() else None
    )


def unavailable_reason() -> str | None:
    """Why images cannot be exported here, in a sentence; None when they can."""
    if chromium_path() is None:
        return (
            "Image export needs Debian's chromium, which is not installed on this server "
            "(install it with: sudo apt-get install -y chromium)."
        )
    try:
        import kaleido  # noqa: F401
    except ImportError:
        return "Image export needs the kaleido package, which is not installed."
    return None


@lru_cache(maxsize=1)
def _start_server() -> None:
    import kaleido

    kaleido.start_sync_server(silence_warnings=True)


def figure_image(
    fig: go.Figure, fmt: str = "png", *, width: int = LAYOUT_WIDTH, scale: float = SCALE
) -> bytes:
    """One figure as PNG (width x scale pixels wide) or SVG (laid out `width` wide)."""
    reason = unavailable_reason()
    if reason:
        raise RuntimeError(reason)
    height = int(fig.layout.height or 600)
    with _LOCK, warnings.catch_warnings():
        # plotly warns that per-call browser options are ignored when a kaleido server runs.
        warnings.filterwarnings("ignore", message="The kopts argument is ignored", category=UserWarning)
        _start_server()
        return pio.to_image(fig, format=fmt, width=width, height=height, scale=scale)
