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

EXPORT_WIDTH = 1600
_LOCK = threading.Lock()


def chromium_path() -> str | None:
    """The browser kaleido will use: BROWSER_PATH when set, else Debian's chromium."""
    configured = os.environ.get("BROWSER_PATH")
    if configured:
        return configured if Path(configured).exists() else None
    return shutil.which("chromium") or (str(Path("/usr/bin/chromium")) if Path("/usr/bin/chromium").exists() else None)


def unavailable_reason() -> str | None:
    """Why images cannot be exported here, in a sentence; None when they can."""
    if chromium_path() is None:
        return ("Image export needs Debian's chromium, which is not installed on this server "
                "(install it with: sudo apt-get install -y chromium).")
    try:
        import kaleido  # noqa: F401
    except ImportError:
        return "Image export needs the kaleido package, which is not installed."
    return None


@lru_cache(maxsize=1)
def _start_server() -> None:
    import kaleido

    kaleido.start_sync_server(silence_warnings=True)


def figure_image(fig: go.Figure, fmt: str = "png", *, width: int = EXPORT_WIDTH, height: int | None = None) -> bytes:
    """One figure as PNG or SVG, `width` pixels wide (PNG at scale 1: exactly that size)."""
    reason = unavailable_reason()
    if reason:
        raise RuntimeError(reason)
    height = height or int(fig.layout.height or 600)
    with _LOCK, warnings.catch_warnings():
        # plotly warns that per-call browser options are ignored when a kaleido server runs.
        warnings.filterwarnings("ignore", message="The kopts argument is ignored", category=UserWarning)
        _start_server()
        return pio.to_image(fig, format=fmt, width=width, height=height, scale=1)
