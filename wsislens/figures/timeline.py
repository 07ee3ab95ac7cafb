"""The timeline: dated events drawn at their real precision (a year or a month is a span, a day
is a point, a range runs from its first to its last day), one lane per event kind or theme,
the CSTD session from the submissions' metadata, a "today" line and the years left to 2030.

Precision is told apart by shape as well as colour: solid bars for years and months, hatched
and outlined bars for ranges, diamonds for days. Labels are placed beside their bar or point
and events that would collide share a lane on separate rows, so no two labels overlap.
"""

from __future__ import annotations

import datetime
import os
import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from wsislens.figures.chart import Chart, empty_chart, first_quotes, guide_for, source_line
from wsislens.figures.style import (
    BASE_FONT_SIZE,
    GRID_COLOUR,
    PRESENTATION_HEIGHT_PX,
    TEXT_COLOUR,
    apply_layout,
    plotly_text,
)
from wsislens.filters import DEADLINE_YEAR
from wsislens.reference import theme_label, themes, vocabulary, vocabulary_label
from wsislens.tables import date_bounds
from wsislens.words import agreeing, listed

TITLE = "Timeline of events to the 2030 deadline"
# How to read each kind of mark, by the precision of the events it draws.
PRECISION_READING = {
    "year": "Solid bars: a year or a month.",
    "range": "Hatched bars: a range of dates.",
    "day": "Diamonds: a single day.",
}
TODAY_ENV = "WSISLENS_TODAY"
DAY_MS = 86_400_000
NO_THEME = "__none__"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# precision: (legend label, fill colour, pattern shape); "day" is drawn as a diamond, not a bar.
PRECISION_STYLE = {
    "year": ("Year (bar spans the year)", "#0072B2", ""),
    "month": ("Month (bar spans the month)", "#E69F00", ""),
    "range": ("Range of dates (hatched bar)", "#009E73", "/"),
    "day": ("Single day (diamond)", "#D55E00", ""),
}
SESSION_COLOUR = "#CC79A7"

# Every event is labelled when there are at most this many bars and points; beyond it only milestones.
LABEL_ALL_MAX = 14
MILESTONE_KINDS = ("deadline", "adoption", "publication")  # in the order they are kept when too many
# Events drawn at most (a corpus of hundreds of submissions holds thousands): the milestones
# first, then the latest; the table under the chart lists every event.
EVENT_LIMIT = 40

LABEL_FONT_SIZE = BASE_FONT_SIZE - 2
LABEL_LINE_CHARS = 28
CHAR_PX = 0.55 * LABEL_FONT_SIZE
BAR_THICKNESS = 0.56  # in rows
TITLE_PX = 76  # room for the title above the header lines
FOOT_PX = 90  # room for the years and the legend under the plot


@dataclass(frozen=True)
class Plan:
    """How event names are written and how much room they are planned for."""

    line_chars: int  # a name is cut into lines of about this many characters
    lines: int  # at most this many lines
    plot_px: int  # the plot's width the label widths are estimated for
    row_px: int  # the height of a row
    height_px: int | None = None  # the chart's height at most: events are left out to keep within it

    def rows_within(self, top_px: int) -> int | None:
        """How many rows fit under a header `top_px` tall, when the chart's height is bounded."""
        if self.height_px is None:
            return None
        return max(1, (self.height_px - top_px - FOOT_PX) // self.row_px)

    def name_lines(self, title: str) -> list[str]:
        """An event's name as this plan writes it."""
        return short_title(title, width=self.line_chars, lines=self.lines)


# On screen: two short lines, for the narrowest plot area we show (a 1280-pixel-wide screen with
# the sidebar open leaves the plot about 760 pixels; wider screens only add room between labels).
SCREEN_PLAN = Plan(LABEL_LINE_CHARS, 2, 760, 58)
# Presenting at 1280x720, the sidebar closed: the plot is about 900 pixels wide and the chart at
# most 520 tall, so names take one longer line and rows are lower.
PRESENTATION_PLAN = Plan(46, 1, 900, 36, PRESENTATION_HEIGHT_PX)


def today_from_env(environ: Mapping[str, str] | None = None) -> datetime.date:
    """`WSISLENS_TODAY=YYYY-MM-DD` when set and valid (so browser tests are deterministic), else today."""
    value = (os.environ if environ is None else environ).get(TODAY_ENV, "").strip()
    if value:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    return datetime.date.today()


def _part_words(value: str, *, short: bool) -> tuple[str, str | None, str | None]:
    """ "2022-03-28" -> ("2022", "March", "28"); "2016" -> ("2016", None, None)."""
    year = value[:4]
    month = MONTHS[int(value[5:7]) - 1] if len(value) >= 7 else None
    if month and short:
        month = month[:3]
    day = str(int(value[8:10])) if len(value) == 10 else None
    return year, month, day


def _join(year: str | None, month: str | None, day: str | None) -> str:
    return " ".join(p for p in (day, month, year) if p)


def date_in_words(date: str, end_date: str | None = None, *, short: bool = False) -> str:
    """A partial date or range as people write it.

    "2016" -> "2016"; "2016-03" -> "March 2016"; "2022-03-28" -> "28 March 2022";
    ("2019", "2020") -> "2019–2020"; ("2022-03-28", "2022-04-01") -> "28 March–1 April 2022".
    Parts both ends share are said once, at the end; `short` abbreviates months ("Mar").
    """
    start = _part_words(date, short=short)
    if end_date is None or not pd.notna(end_date) or end_date == date:
        return _join(*start)
    end = _part_words(end_date, short=short)
    (y1, m1, d1), (y2, m2, d2) = start, end
    if len(date) != len(end_date) or y1 != y2:
        return f"{_join(*start)}–{_join(*end)}"
    if m1 is None:  # two years can only differ
        return f"{y1}–{y2}"
    if d1 is None:  # "March–May 2016"
        return f"{m1}–{m2} {y1}"
    if m1 == m2:  # "1–5 March 2022"
        return f"{d1}–{d2} {m1} {y1}"
    return f"{d1} {m1}–{d2} {m2} {y1}"


def years_left(today: datetime.date) -> int:
    """Whole calendar years after the current one up to and including 2030: 2030 - today.year.

    On 28 November 2026 that is 4 (2027, 2028, 2029 and 2030); in 2030 it is 0; negative after.
    """
    return DEADLINE_YEAR - today.year


def years_left_text(today: datetime.date) -> str:
    left = years_left(today)
    if left > 0:
        return f"{left} year{'s' if left != 1 else ''} left to the {DEADLINE_YEAR} deadline"
    if left == 0:
        return f"{DEADLINE_YEAR} is the deadline year"
    return f"The {DEADLINE_YEAR} deadline has passed"


_SUBMISSIONS_SUFFIX = re.compile(r" \(\d[\d,]* submissions\)$")  # the count `distinct_events` adds


def short_title(title: str, *, width: int = LABEL_LINE_CHARS, lines: int = 2) -> list[str]:
    """A title cut into at most `lines` lines of about `width` characters, "…" where it was cut.
    A closing count such as " (32 submissions)" (see `distinct_events`) is never cut: the name
    gives way to it."""
    suffix = _SUBMISSIONS_SUFFIX.search(title)
    if suffix is None or len(suffix.group()) + 4 > width:
        return _cut(textwrap.wrap(title, width=width, break_long_words=True) or [""], width, lines, "")
    count = suffix.group()
    wrapped = textwrap.wrap(title[: suffix.start()], width=width, break_long_words=True) or [""]
    if len(wrapped) <= lines and len(wrapped[-1]) + len(count) <= width:
        return [*wrapped[:-1], wrapped[-1] + count]
    if len(wrapped) < lines:
        return [*wrapped, count.strip()]
    return _cut(wrapped, width, lines, count)


def _cut(wrapped: list[str], width: int, lines: int, count: str) -> list[str]:
    """The first `lines` of `wrapped`, the last one ending in "…" and `count` when words were
    left out (or `count` does not fit), its last words giving way to them."""
    if len(wrapped) <= lines and not count:
        return wrapped
    kept = wrapped[:lines]
    last = kept[-1]
    while len(last) + 1 + len(count) > width:  # no room for the "…": the last word gives way
        last = last.rsplit(" ", 1)[0] if " " in last else last[: width - 1 - len(count)]
    kept[-1] = last.rstrip() + "…" + count
    return kept


def _iso(ts: pd.Timestamp) -> str:
    return ts.strftime("%Y-%m-%d")


@dataclass(frozen=True)
class Placed:
    """One bar or point of the timeline: an event in one lane, on one row, with its label side."""

    event_index: int
    lane: str
    row: int
    label_side: str | None  # "right", "left" or None when unlabelled


def _lanes(events: pd.DataFrame, lanes: str) -> list[tuple[str, str, list[int]]]:
    """(lane id, lane label, event positions) in the vocabulary's order, only lanes with events."""
    if lanes == "kind":
        order = [(v.id, v.label) for v in vocabulary("event_kinds")]
        members = {lane: [i for i, k in enumerate(events["kind"]) if k == lane] for lane, _ in order}
    elif lanes == "theme":
        order = [(t.id, t.label) for t in themes()] + [(NO_THEME, "No theme")]
        members = {lane: [] for lane, _ in order}
        for i, own in enumerate(events["themes"]):
            for theme in own or (NO_THEME,):
                members.setdefault(theme, []).append(i)
        known = {lane for lane, _ in order}
        order += [(t, t) for t in members if t not in known]
    else:
        raise ValueError(f"lanes must be 'kind' or 'theme', not {lanes!r}")
    return [(lane, label, members[lane]) for lane, label in order if members.get(lane)]


def x_extent(
    events: pd.DataFrame, sessions: list[dict], today: datetime.date
) -> tuple[pd.Timestamp, pd.Timestamp]:
    """From 1 January of the year before the first date shown to 1 July of the year after the
    last (2031 at least), so 2030 and every event, the session and today fit."""
    years = [int(y) for y in events["start_year"]] + [s["start"].year for s in sessions] + [today.year]
    last = [int(y) for y in events["end_year"]] + [s["end"].year for s in sessions] + [today.year]
    return pd.Timestamp(min(years) - 1, 1, 1), pd.Timestamp(max(DEADLINE_YEAR + 1, max(last) + 1), 7, 1)


LaneRows = tuple[str, str, int, int]  # lane id, lane label, first row, number of rows


def place_events(
    events: pd.DataFrame, lanes: str, x_range: tuple[pd.Timestamp, pd.Timestamp], plan: Plan = SCREEN_PLAN
) -> tuple[list[LaneRows], list[Placed]]:
    """Lanes as (id, label, first row, row count) and every bar or point on its row.

    Within a lane events go, in date order, on the first row where neither they nor their label
    touch what is already there; a label goes right of its bar, or left when it would leave the axis.
    """
    lane_list = _lanes(events, lanes)
    occurrences = sum(len(members) for _, _, members in lane_list)
    days_per_px = (x_range[1] - x_range[0]).days / plan.plot_px
    gap = 10 * days_per_px
    placed: list[Placed] = []
    lane_rows: list[LaneRows] = []
    next_row = 0
    for lane, label, members in lane_list:
        row_ends: list[float] = []  # per row, the day number where its last bar or label ends
        for i in sorted(members, key=lambda i: (events["start"].iloc[i], events["end"].iloc[i])):
            row = events.iloc[i]
            start = (row["start"] - x_range[0]).days
            end = (row["end"] - x_range[0]).days + 1
            point = row["precision"] == "day"
            labelled = occurrences <= LABEL_ALL_MAX or row["kind"] in MILESTONE_KINDS or point
            side = None
            marker_px = 12 * days_per_px if point else 0
            left_edge, right_edge = start - marker_px, end + marker_px
            if labelled:
                width = (max(map(len, plan.name_lines(row["title"]))) * CHAR_PX + 24) * days_per_px
                limit = (x_range[1] - x_range[0]).days
                if right_edge + width <= limit or start - width < 0:
                    side, right_edge = "right", right_edge + width
                else:
                    side, left_edge = "left", left_edge - width
            slot = next((r for r, last in enumerate(row_ends) if last + gap <= left_edge), None)
            if slot is None:
                slot = len(row_ends)
                row_ends.append(right_edge)
            else:
                row_ends[slot] = right_edge
            placed.append(Placed(i, lane, next_row + slot, side))
        lane_rows.append((lane, label, next_row, len(row_ends)))
        next_row += len(row_ends)
    return lane_rows, placed


def session_marks(submissions: pd.DataFrame) -> list[dict]:
    """The dated sessions the submissions were made to, once each: label, first and last day."""
    marks: dict[tuple, dict] = {}
    for sub in submissions.to_dict("records"):
        if not pd.notna(sub["session_start"]):
            continue
        start_text = str(sub["session_start"])
        end_text = str(sub["session_end"]) if pd.notna(sub["session_end"]) else start_text
        name = " ".join(str(p) for p in (sub["session_body"], sub["session_number"]) if pd.notna(p))
        name = name or "Session"
        parts = [name]
        if pd.notna(sub["session_place"]):
            parts.append(str(sub["session_place"]))
        key = (name, start_text, end_text)
        if key in marks:
            continue
        parts.append(date_in_words(start_text, end_text, short=True))
        start, end, _ = date_bounds(start_text, end_text if end_text != start_text else None)
        marks[key] = {
            "label": " · ".join(parts),
            "short": name,
            "number": str(sub["session_number"]) if pd.notna(sub["session_number"]) else name,
            "words": f"{', '.join(parts[:2])}, {date_in_words(start_text, end_text)}",
            "start": start,
            "end": end,
        }
    return list(marks.values())


def event_table(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event in date order: date in words, title, kind, themes, first quote, ids."""
    columns = ["date", "title", "kind", "themes", "quote", "submission_id", "id"]
    if events.empty:
        return pd.DataFrame(columns=columns)
    ordered = events.sort_values(["start", "end", "title"], kind="stable")
    rows = [
        {
            "date": date_in_words(r["date"], r["end_date"]),
            "title": r["title"],
            "kind": vocabulary_label("event_kinds", r["kind"]),
            "themes": ", ".join(theme_label(t) for t in r["themes"]),
            "quote": r["evidence"][0]["quote"] if r["evidence"] else "",
            "submission_id": r["submission_id"],
            "id": r["id"],
        }
        for r in ordered.to_dict("records")
    ]
    return pd.DataFrame(rows, columns=columns)


def next_milestone(events: pd.DataFrame, today: datetime.date) -> pd.Series | None:
    """The first event that starts after today (ties: the shorter one), or None."""
    after = events[events["start"] > pd.Timestamp(today)]
    if after.empty:
        return None
    return after.sort_values(["start", "end"], kind="stable").iloc[0]


def timeline_chart(
    events: pd.DataFrame,
    submissions: pd.DataFrame,
    *,
    today: datetime.date,
    lanes: str = "kind",
    empty_reason: str,
    presenting: bool = False,
) -> Chart:
    """The events in lanes by kind (or by theme: an event in each of its themes' lanes).

    Args:
        events: the events table (see `wsislens.tables`), already filtered.
        submissions: the submissions shown, for the session marks and the source line.
        today: the date of the "today" line and of the years left to 2030.
        lanes: "kind" or "theme".
        empty_reason: the sentence shown instead of an empty axis.
        presenting: planned for presentation mode (PRESENTATION_PLAN) instead of the screen.
    """
    source = source_line(submissions)
    table = event_table(events)
    if events.empty:
        return empty_chart("timeline", TITLE, empty_reason, table, source)
    every_event = events.reset_index(drop=True)
    distinct = distinct_events(every_event)
    limited = drawn_events(distinct)
    sessions = session_marks(submissions)
    x_range = x_extent(every_event, sessions, today)
    plan = PRESENTATION_PLAN if presenting else SCREEN_PLAN
    sessions = fitting_session_labels(sessions, x_range, plan.plot_px)
    lines = session_lines(sessions, x_range, plan.plot_px)  # placed once: planned and drawn alike
    top = TITLE_PX + HEADER_LINE_PX * header_line_count(lines)
    events, (lane_rows, placed) = fitted_events(limited, lanes, x_range, plan, plan.rows_within(top))
    total_rows = sum(n for _, _, _, n in lane_rows)

    fig = go.Figure()
    for precision in ("year", "month", "range", "day"):
        drawn = [p for p in placed if events["precision"].iloc[p.event_index] == precision]
        _add_precision_trace(fig, events, drawn, precision)
    for lane_number, (_, _, first, count) in enumerate(lane_rows):
        if lane_number % 2 == 0:
            fig.add_hrect(
                y0=first - 0.5,
                y1=first + count - 0.5,
                fillcolor="#F3F3F3",
                line_width=0,
                layer="below",
                name="lane-band",
            )
    _add_session_and_today(fig, sessions, lines, today, x_range, plan.plot_px)
    # Added at once: plotly re-validates every annotation on each add_annotation call.
    labels = [_label(events.iloc[p.event_index], p, plan) for p in placed if p.label_side is not None]
    fig.update_layout(annotations=[*fig.layout.annotations, *labels])

    # A tick and a grid line every year, each label centred on its year; over a long span only every
    # second (or fifth) year is labelled, always including 2030, so labels never crowd or turn.
    span_years = x_range[1].year - x_range[0].year
    fig.update_xaxes(
        type="date",
        range=[_iso(x_range[0]), _iso(x_range[1])],
        dtick="M12",
        tick0=f"{DEADLINE_YEAR}-01-01",
        tickformat="%Y",
        ticklabelstep=1 if span_years <= 12 else (2 if span_years <= 30 else 5),
        ticklabelmode="period",
        showgrid=True,
        gridcolor=GRID_COLOUR,
        title=None,
        tickfont={"size": BASE_FONT_SIZE - 2},
        showline=True,
    )
    fig.update_yaxes(
        tickmode="array",
        tickvals=[first + (count - 1) / 2 for _, _, first, count in lane_rows],
        ticktext=[label for _, label, _, _ in lane_rows],
        range=[total_rows - 0.5, -0.5],
        showgrid=False,
        zeroline=False,
        title=None,
        tickfont={"size": BASE_FONT_SIZE - 1},
        fixedrange=True,
    )
    fig.update_layout(
        barmode="overlay",
        showlegend=True,
        hovermode="closest",
        dragmode=False,
        legend={
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            # at the foot of the figure in pixels, under the years whatever the plot's height
            "yref": "container",
            "y": 0,
            "yanchor": "bottom",
            "font": {"size": BASE_FONT_SIZE - 2},
        },
        margin={"l": 20, "r": 30, "t": top, "b": 80},
    )
    trimmed = len(events) < len(distinct)
    title = TITLE + (f" ({len(events)} of {len(distinct):,} drawn)" if trimmed else "")
    apply_layout(fig, title, height=max(420, top + FOOT_PX + plan.row_px * total_rows))
    # the title at the top in pixels, so on a tall chart it stays clear of the session lines under it
    fig.update_layout(title={"x": 0.01, "y": 1, "yref": "container", "yanchor": "top", "pad": {"t": 14}})

    milestone = next_milestone(every_event, today)
    first_year, last_year = int(every_event["start_year"].min()), int(every_event["end_year"].max())
    span = f"in {first_year}" if first_year == last_year else f"from {first_year} to {last_year}"
    count = len(every_event)
    summary = f"{count:,} event{'s' if count != 1 else ''} {span}; " + (
        f"next milestone: {milestone['title']} ({date_in_words(milestone['date'], milestone['end_date'])})."
        if milestone is not None
        else "no event lies after today."
    )
    if len(distinct) < count:
        summary += (
            f" Events named alike, on the same dates, in several submissions are drawn once, with "
            f"their number of submissions: {len(distinct):,} distinct events."
        )
    unnamed = sum(p.label_side is None for p in placed)
    unnamed_words = (
        f"{unnamed} of {len(placed)} bars {agreeing(unnamed, 'carries', 'carry')} no name: only "
        "milestones and single days are named."
        if unnamed
        else ""
    )
    if unnamed:
        summary += (
            f" With more than {LABEL_ALL_MAX} events drawn, only milestones and single days are named on "
            f"the chart: {unnamed} of {len(placed)} bars {agreeing(unnamed, 'carries', 'carry')} no name; "
            "point at one for its name, or "
            "read the table."
        )
    if trimmed:
        summary += (
            f" Only {len(events)} {agreeing(len(events), 'is', 'are')} drawn"
            + (", as many as the presented chart holds" if len(events) < len(limited) else "")
            + ", the milestones (deadlines, adoptions, publications) first, then the latest; the table "
            + ("under the chart, outside presentation mode, " if presenting else "")
            + "lists them all. Choose a theme, a submission or years to see the others."
        )
    return Chart(
        "timeline",
        TITLE,
        fig,
        table,
        summary,
        source,
        (
            *(
                (
                    f"{len(events)} of {len(distinct):,} events {agreeing(len(events), 'is', 'are')} drawn: "
                    "the milestones first, then the latest.",
                )
                if trimmed
                else ()
            ),
            *_key_facts(distinct, sessions, today, lanes, lane_rows),
        ),
        first_quotes(events),
        reading=timeline_reading(events, sessions),
        unnamed=unnamed_words,
    )


def timeline_reading(events: pd.DataFrame, sessions: list[dict]) -> str:
    """How to read the marks drawn, and only those: the bars and diamonds of the events'
    precisions, the session lines when there are any, and today's line."""
    precisions = {"year" if p == "month" else p for p in events["precision"]}
    parts = [guide_for(PRECISION_READING, precisions)]
    if sessions:
        numbered = any(session["label"] == session["number"] for session in sessions)
        parts.append(
            "Shaded line: the CSTD session."
            if len(sessions) == 1
            else "Shaded lines: the CSTD sessions, by number."
            if numbered
            else "Shaded lines: the CSTD sessions."
        )
    parts.append("Dashed line: today.")
    return " ".join(filter(None, parts))


def drawn_keys(figure: go.Figure) -> list[str]:
    """ "submission/event" of each event the figure draws (an event named by several submissions
    is drawn once, under its first), in the order of its traces."""
    keys = []
    for trace in figure.data:
        for custom in trace.customdata if trace.customdata is not None else ():
            key = f"{custom[1]}/{custom[0]}"
            if key not in keys:
                keys.append(key)
    return keys


def _customdata(event: pd.Series) -> list[str]:
    """[event id, submission id, title, date in words, kind]: ids first, so a selection can name the event."""
    return [
        event["id"],
        event["submission_id"],
        plotly_text(event["title"]),
        date_in_words(event["date"], event["end_date"]),
        vocabulary_label("event_kinds", event["kind"]),
    ]


HOVER = "<b>%{customdata[2]}</b><br>%{customdata[3]}<br>%{customdata[4]}<extra></extra>"


def _add_precision_trace(fig: go.Figure, events: pd.DataFrame, placed: list[Placed], precision: str) -> None:
    if not placed:
        return
    label, colour, pattern = PRECISION_STYLE[precision]
    rows = [events.iloc[p.event_index] for p in placed]
    customdata = [_customdata(r) for r in rows]
    if precision == "day":
        fig.add_trace(
            go.Scatter(
                x=[_iso(r["start"]) for r in rows],
                y=[p.row for p in placed],
                mode="markers",
                name=label,
                marker={
                    "symbol": "diamond",
                    "size": 22,
                    "color": colour,
                    "line": {"width": 2, "color": TEXT_COLOUR},
                },
                customdata=customdata,
                hovertemplate=HOVER,
            )
        )
        return
    outline = {"width": 2.5, "color": "#00563D"} if precision == "range" else {"width": 1.5, "color": colour}
    fig.add_trace(
        go.Bar(
            orientation="h",
            name=label,
            base=[_iso(r["start"]) for r in rows],
            x=[((r["end"] - r["start"]).days + 1) * DAY_MS for r in rows],
            y=[p.row for p in placed],
            width=BAR_THICKNESS,
            marker={
                "color": colour,
                "line": outline,
                "pattern": {
                    "shape": pattern,
                    "fgcolor": "#FFFFFF",
                    "bgcolor": colour,
                    "solidity": 0.35,
                    "size": 12,
                    "fillmode": "replace",
                },
            },
            customdata=customdata,
            hovertemplate=HOVER,
        )
    )


def _label(event: pd.Series, placed: Placed, plan: Plan) -> dict:
    point = event["precision"] == "day"
    if placed.label_side == "right":
        x = event["start"] if point else event["end"] + pd.Timedelta(days=1)
        anchor, shift = "left", 16 if point else 6
    else:
        x, anchor, shift = event["start"], "right", -16 if point else -6
    return dict(
        x=_iso(x),
        y=placed.row,
        xref="x",
        yref="y",
        showarrow=False,
        xanchor=anchor,
        xshift=shift,
        text="<br>".join(plotly_text(line) for line in plan.name_lines(event["title"])),
        align=anchor,
        font={"size": LABEL_FONT_SIZE, "color": TEXT_COLOUR},
        bgcolor="rgba(255,255,255,0.85)",
        name=f"label:{event['submission_id']}/{event['id']}",
    )


HEADER_LINE_PX = 32  # one line of session or today labels above the plot
MAX_SESSION_LINES = 2  # lines of full session labels; beyond, sessions are labelled by name only


def _add_session_and_today(
    fig: go.Figure,
    sessions: list[dict],
    lines: list[int],
    today: datetime.date,
    x_range: tuple[pd.Timestamp, pd.Timestamp],
    plot_px: int,
) -> None:
    """Session bands and the today line, labelled above the plot: today on the first line, the
    sessions on the lines above (`lines`, from `session_lines`)."""
    for session, line in zip(sorted(sessions, key=lambda s: s["start"]), lines, strict=True):
        start, end = session["start"], session["end"] + pd.Timedelta(days=1)
        fig.add_vrect(
            x0=_iso(start),
            x1=_iso(end),
            fillcolor=SESSION_COLOUR,
            opacity=0.45,
            layer="below",
            line={"color": SESSION_COLOUR, "width": 3},
            name=f"session:{session['label']}",
        )
        fig.add_annotation(
            x=_iso(start),
            y=1,
            xref="x",
            yref="paper",
            yanchor="bottom",
            showarrow=False,
            yshift=4 + HEADER_LINE_PX * (line + 1),
            xanchor=_anchor_for(start, x_range, _header_label_px(session["label"]), plot_px),
            text=plotly_text(session["label"]),
            font={"size": BASE_FONT_SIZE - 2, "color": "#8A3D6C"},
            name="session-label",
        )
    when = pd.Timestamp(today)
    fig.add_shape(
        type="line",
        x0=_iso(when),
        x1=_iso(when),
        y0=0,
        y1=1,
        xref="x",
        yref="paper",
        line={"color": TEXT_COLOUR, "width": 2.5, "dash": "dash"},
        layer="below",  # under the bars and the events' names, which it would cross out
        name="today",
    )
    today_words, left_words = f"Today, {date_in_words(when.strftime('%Y-%m-%d'))}", years_left_text(today)
    fig.add_annotation(
        x=_iso(when),
        y=1,
        xref="x",
        yref="paper",
        yanchor="bottom",
        yshift=4,
        showarrow=False,
        xanchor=_anchor_for(when, x_range, _header_label_px(f"{today_words} · {left_words}"), plot_px),
        text=f"<b>{today_words}</b> · {left_words}",
        font={"size": BASE_FONT_SIZE - 2, "color": TEXT_COLOUR},
        name="today-label",
    )


def _header_label_px(text: str) -> float:
    """The width of a header label (a session's or today's) of plain `text`."""
    return len(text) * CHAR_PX + 16


def _anchor_for(
    when: pd.Timestamp, x_range: tuple[pd.Timestamp, pd.Timestamp], width_px: float, plot_px: int
) -> str:
    """How a label `width_px` wide at `when` is anchored: centred on it, unless it would then
    leave the axis; then it starts (or ends) at `when`."""
    at_px = (when - x_range[0]).days / (x_range[1] - x_range[0]).days * plot_px
    if at_px - width_px / 2 < 0:
        return "left"
    return "right" if at_px + width_px / 2 > plot_px else "center"


def session_lines(
    sessions: list[dict], x_range: tuple[pd.Timestamp, pd.Timestamp], plot_px: int
) -> list[int]:
    """The header line of each session's label (in date order), counted from the first line above
    today's: a new line whenever a label would touch another."""
    days_per_px = (x_range[1] - x_range[0]).days / plot_px
    line_ends: list[float] = []  # per line, where its last label ends
    lines = []
    for session in sorted(sessions, key=lambda s: s["start"]):
        at = (session["start"] - x_range[0]).days
        width_px = _header_label_px(session["label"])
        width = width_px * days_per_px
        left = {"left": at, "center": at - width / 2, "right": at - width}[
            _anchor_for(session["start"], x_range, width_px, plot_px)
        ]
        line = next((i for i, last in enumerate(line_ends) if last < left), len(line_ends))
        line_ends[line : line + 1] = [left + width]
        lines.append(line)
    return lines


def fitting_session_labels(
    sessions: list[dict], x_range: tuple[pd.Timestamp, pd.Timestamp], plot_px: int
) -> list[dict]:
    """The sessions as drawn: labelled in full ("CSTD 25 · Geneva · 28 Mar–1 Apr 2022") while
    their labels take at most MAX_SESSION_LINES lines, else by name ("CSTD 25") while those do,
    else by number ("25", the reading guide saying what the numbers are), so that
    many sessions close in time do not push the events out of the chart. The key facts name
    each session in full."""

    def lines(labelled: list[dict]) -> int:
        return max(session_lines(labelled, x_range, plot_px), default=-1) + 1

    if lines(sessions) <= MAX_SESSION_LINES:
        return sessions
    by_name = [{**session, "label": session["short"]} for session in sessions]
    if lines(by_name) <= MAX_SESSION_LINES:
        return by_name
    return [{**session, "label": session["number"]} for session in sessions]


def header_line_count(lines: list[int]) -> int:
    """Lines of labels above the plot: today's, and those of the sessions (`session_lines`)."""
    return 1 + max((line + 1 for line in lines), default=0)


def fitted_events(
    events: pd.DataFrame,
    lanes: str,
    x_range: tuple[pd.Timestamp, pd.Timestamp],
    plan: Plan,
    max_rows: int | None,
) -> tuple[pd.DataFrame, tuple[list[LaneRows], list[Placed]]]:
    """The events the chart draws and their places: all of them, or when they would take more
    than `max_rows` rows, the most of them (milestones first, then the latest) that fit."""
    placed = place_events(events, lanes, x_range, plan)
    if max_rows is None or _rows(placed) <= max_rows:
        return events, placed
    fits, low, high = None, 1, len(events) - 1  # the largest count that fits, by bisection
    while low <= high:
        middle = (low + high) // 2
        kept = drawn_events(events, middle)
        trial = place_events(kept, lanes, x_range, plan)
        if _rows(trial) <= max_rows:
            fits, low = (kept, trial), middle + 1
        else:
            high = middle - 1
    if fits is None:  # not even one event fits: it is drawn all the same
        one = drawn_events(events, 1)
        fits = (one, place_events(one, lanes, x_range, plan))
    return fits


def _rows(placed: tuple[list[LaneRows], list[Placed]]) -> int:
    return sum(count for *_, count in placed[0])


def _alike(events: pd.DataFrame) -> pd.Series:
    """What makes events one: the same title, whatever the case, and the same dates."""
    return (
        events["title"].str.strip().str.casefold()
        + "|"
        + events["date"]
        + "|"
        + events["end_date"].fillna("")
    )


def named_by(events: pd.DataFrame, submission_id: str, event_id: str) -> list[str]:
    """The submissions naming the event `event_id` of `submission_id`, or one named alike on the
    same dates (as the chart draws them once): that submission first."""
    key = _alike(events)
    own = key[(events["submission_id"] == submission_id) & (events["id"] == event_id)]
    others = events.loc[key.isin(own), "submission_id"]
    return list(dict.fromkeys([submission_id, *others]))


def distinct_events(events: pd.DataFrame) -> pd.DataFrame:
    """One row per event named alike (same title, whatever the case, and same dates) in several
    submissions: the first, its title followed by how many submissions name it."""
    groups = events.groupby(_alike(events), sort=False, dropna=False)
    first = groups.head(1).copy()
    counts = groups["submission_id"].transform("nunique").loc[first.index]
    several = counts > 1
    first.loc[several, "title"] = [
        f"{title} ({n} submissions)"
        for title, n in zip(first.loc[several, "title"], counts[several], strict=True)
    ]
    return first.reset_index(drop=True)


def drawn_events(events: pd.DataFrame, limit: int = EVENT_LIMIT) -> pd.DataFrame:
    """The events the chart draws: all of them up to `limit`; beyond it the milestones first
    (deadlines, adoptions, publications), then the latest, in their original order."""
    if len(events) <= limit:
        return events
    rank = {kind: i for i, kind in enumerate(MILESTONE_KINDS)}
    order = events.assign(_rank=events["kind"].map(rank).fillna(len(rank)))
    chosen = order.sort_values(["_rank", "start", "end"], ascending=[True, False, False], kind="stable")
    return events.loc[sorted(chosen.index[:limit])].reset_index(drop=True)


def _dated(event: pd.Series) -> str:
    """An event's title with its date in brackets, inside the brackets of a shared event's count:
    "Survey (2021)", "Guidelines adopted (3 submissions, 2016)"."""
    when = date_in_words(event["date"], event["end_date"])
    title = event["title"]
    if _SUBMISSIONS_SUFFIX.search(title):
        return f"{title[:-1]}, {when})"
    return f"{title} ({when})"


def _key_facts(
    events: pd.DataFrame, sessions: list[dict], today: datetime.date, lanes: str, lane_rows: list[LaneRows]
) -> tuple[str, ...]:
    ordered = events.sort_values(["start", "end"], kind="stable")
    first, last = ordered.iloc[0], events.sort_values(["end", "start"], kind="stable").iloc[-1]
    facts = [f"The earliest event is {_dated(first)}; the latest is {_dated(last)}."]
    counts = events["precision"].value_counts()
    words = {"year": "dated to a year", "month": "to a month", "day": "to a day", "range": "a range of dates"}
    by_precision = ", ".join(
        f"{n} {agreeing(n, 'spans', 'span')} {words[p]}" if p == "range" else f"{n} {words[p]}"
        for p in words
        if (n := int(counts.get(p, 0)))
    )
    facts.append(f"By precision: {by_precision}.")
    facts.append(listed(f"Lanes by {lanes}: ", [label for _, label, _, _ in lane_rows]))
    if sessions:
        facts.append(
            listed(
                "Submitted to ",
                [s["words"] for s in sorted(sessions, key=lambda s: s["start"])],
                separator="; ",
            )
        )
    left = years_left(today)
    today_words = date_in_words(today.isoformat())
    if left > 0:
        facts.append(
            f"As of {today_words}, {years_left_text(today)} (whole calendar years after {today.year})."
        )
    else:
        facts.append(f"As of {today_words}, {years_left_text(today).lower()}.")
    return tuple(facts)
