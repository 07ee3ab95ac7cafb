"""Static images of figures through plotly and kaleido, with Debian's chromium.

One kaleido browser process serves every export of the Python process (starting one costs
about 3 s, each image after it about 0.2 s); a lock keeps concurrent sessions from
interleaving requests to it.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import textwrap
import threading
import warnings
from functools import lru_cache
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

from wsislens.figures.chart import Chart
from wsislens.figures.style import MUTED_COLOUR, TEMPLATE_NAME, plotly_text

# Figures are laid out 1000 px wide (so their 18 px type stays large on a slide) and
# rendered at 1.6x: PNGs come out 1600 px wide.
LAYOUT_WIDTH = 1000
SCALE = 1.6
# The caption under a chart exported on its own: whose submissions, how to read the marks and
# what is shown. It is drawn as a picture of its own and set under the chart's, so that it can
# never run into what a chart sets under its plot (legends, axis titles).
CAPTION_PX = 14
CAPTION_LINE_PX = 18
CAPTION_PAD_PX = 10
CAPTION_CHARS = 125  # a line of the caption across a picture LAYOUT_WIDTH wide
_LOCK = threading.Lock()


def caption_lines(chart: Chart, shown: str) -> list[str]:
    return textwrap.wrap(chart.caption(shown), CAPTION_CHARS)


def caption_figure(chart: Chart, shown: str) -> go.Figure:
    """The caption of a chart exported on its own, as a figure LAYOUT_WIDTH wide."""
    lines = caption_lines(chart, shown)
    fig = go.Figure()
    fig.update_layout(
        template=TEMPLATE_NAME,
        height=len(lines) * CAPTION_LINE_PX + 2 * CAPTION_PAD_PX,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        xaxis={"visible": False},
        yaxis={"visible": False},
        showlegend=False,
    )
    fig.add_annotation(
        text="<br>".join(plotly_text(line) for line in lines),
        xref="paper",
        yref="paper",
        x=0,
        y=1,
        xanchor="left",
        yanchor="top",
        xshift=12,
        yshift=-CAPTION_PAD_PX,
        align="left",
        showarrow=False,
        font={"size": CAPTION_PX, "color": MUTED_COLOUR},
    )
    return fig


def exported_image(chart: Chart, shown: str, fmt: str = "png") -> bytes:
    """A chart as a file of its own (PNG or SVG), its caption under it, so that a picture pasted
    anywhere still says what it shows."""
    parts = [figure_image(chart.figure, fmt), figure_image(caption_figure(chart, shown), fmt)]
    return stacked_png(parts) if fmt == "png" else stacked_svg(parts)


def stacked_png(parts: list[bytes]) -> bytes:
    """PNG pictures one under the other, as one PNG."""
    from PIL import Image

    images = [Image.open(io.BytesIO(part)).convert("RGB") for part in parts]
    whole = Image.new("RGB", (max(i.width for i in images), sum(i.height for i in images)), "white")
    top = 0
    for image in images:
        whole.paste(image, (0, top))
        top += image.height
    out = io.BytesIO()
    whole.save(out, format="PNG")
    return out.getvalue()


_SVG_SIZE = re.compile(rb'<svg[^>]*?\swidth="([\d.]+)"[^>]*?\sheight="([\d.]+)"')


def stacked_svg(parts: list[bytes]) -> bytes:
    """SVG pictures one under the other, as one SVG: each kept whole, placed by its `y`."""
    sizes = []
    for part in parts:
        found = _SVG_SIZE.search(part)
        if found is None:
            raise ValueError("an SVG picture without its width and height")
        sizes.append((float(found.group(1)), float(found.group(2))))
    inner, top = [], 0.0
    for part, (_, height) in zip(parts, sizes, strict=True):
        body = part[part.index(b"<svg") :]
        inner.append(b'<svg y="' + f"{top:g}".encode() + b'"' + body[len(b"<svg") :])
        top += height
    width = max(w for w, _ in sizes)
    head = f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{top:g}" viewBox="0 0 {width:g} {top:g}">'
    return head.encode() + b"".join(inner) + b"</svg>"


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
