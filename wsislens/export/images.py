"""Static images of figures through plotly and kaleido, with Debian's chromium.

One kaleido browser process serves every export of the Python process (starting one costs
about 3 s, each image after it about 0.2 s); a lock keeps concurrent sessions from
interleaving requests to it.
"""

from __future__ import annotations

import os
import shutil
import threading
import warnings
from functools import lru_cache
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

# Figures are laid out 1000 px wide (so their 18 px type stays large on a slide) and
# rendered at 1.6x: PNGs come out 1600 px wide.
LAYOUT_WIDTH = 1000
SCALE = 1.6
_LOCK = threading.Lock()


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
