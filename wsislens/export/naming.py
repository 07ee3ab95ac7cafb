"""File names of exports: the view, the filters and the date, safe on every system.

"wsislens_action-lines_law-enforcement_2014-2030_2026-11-28.png"
"""

from __future__ import annotations

import datetime as dt
import re

from wsislens.filters import FilterState


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9.]+", "-", text.lower()).strip("-")


def export_filename(view: str, state: FilterState, day: dt.date, extension: str, *, extra: str = "") -> str:
    parts = ["wsislens", _slug(view)]
    if state.submission:
        parts.append(_slug(state.submission))
    if state.stakeholder:
        parts.append(_slug(state.stakeholder))
    parts.extend(_slug(t) for t in state.themes)
    if state.action_line:
        parts.append(state.action_line.lower())
    if state.target:
        parts.append(f"target-{state.target}")
    elif state.goal:
        parts.append(f"sdg-{state.goal}")
    if state.year_from or state.year_to:
        parts.append(f"{state.year_from or ''}-{state.year_to or ''}".strip("-"))
    if extra:
        parts.append(_slug(extra))
    parts.append(day.isoformat())
    name = "_".join(p for p in parts if p)
    return f"{name[:150]}.{extension}"
