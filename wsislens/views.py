"""The view set: which charts the dashboard shows, in which order, built from the filtered
tables and each view's own options. Pages, presentation mode and every export go through
`build_chart`, so what is exported is exactly what is on screen."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from urllib.parse import urlencode

import pandas as pd

from wsislens.figures.action_lines import action_line_chart
from wsislens.figures.chart import Chart
from wsislens.figures.network import network_chart
from wsislens.figures.overview import coverage_glance
from wsislens.figures.sdgs import sdg_chart
from wsislens.figures.timeline import timeline_chart
from wsislens.filters import FilterState, apply_filters, describe, years_in_words
from wsislens.reference import theme_label
from wsislens.tables import Tables
from wsislens.words import agreeing, counted

# key, title, what an empty view lacks, URL path of its page
VIEWS = (
    ("overview", "Overview", "facts", "summary"),
    ("action_lines", "Action lines", "WSIS action lines", "action-lines"),
    ("sdgs", "SDG mapping", "SDG goals or targets", "sdg-mapping"),
    ("network", "Partner network", "partners", "partner-network"),
    ("timeline", "Timeline", "events", "events-timeline"),
)
VIEW_KEYS = tuple(v[0] for v in VIEWS)


@dataclass(frozen=True)
class ViewOptions:
    """Each view's own choices, which exports must honour too."""

    network_relation_types: tuple[str, ...] = ()
    network_show_boilerplate: bool = False
    network_focus: str | None = None
    timeline_lanes: str = "kind"
    today: dt.date = field(default_factory=dt.date.today)
    # drawn in presentation mode: a shorter, wider plot (the network and the timeline plan for it)
    presenting: bool = False


NO_SUBMISSION = "No submission matches the filters. Change or reset them in the sidebar."
DRAFT_NAMES_SHOWN = 6  # a warning names this many drafts, then says how many more


def draft_names(submissions: pd.DataFrame) -> list[str]:
    """The submitters of the machine drafts among `submissions`, in table order."""
    return submissions.loc[submissions["status"] == "draft", "entity_name"].tolist()


def drafts_note(names: list[str]) -> str:
    """Said after the filters sentence: "3 machine drafts, not reviewed"."""
    return f"{counted(len(names), 'machine draft')}, not reviewed"


def shown_in_words(state: FilterState, tables: Tables, shown: Tables) -> str:
    """What an exported file says it shows: the filters sentence, then the machine drafts among
    the submissions ("4 submissions · all themes · 2014–2030 · 3 machine drafts, not reviewed")."""
    drafts = draft_names(shown.submissions)
    return describe(state, tables) + (f" · {drafts_note(drafts)}" if drafts else "")


def drafts_warning(names: list[str]) -> str:
    """The warning over a view or a deck: who the drafts are, and what to do."""
    several = len(names) > 1
    who = ", ".join(names[:DRAFT_NAMES_SHOWN]) + (
        f" and {len(names) - DRAFT_NAMES_SHOWN} more" if len(names) > DRAFT_NAMES_SHOWN else ""
    )
    return (
        f"Machine draft{'s' if several else ''}, not reviewed: {who}. "
        f"Check {'their' if several else 'its'} facts against the source text before relying on them."
    )


def empty_reason(state: FilterState, shown: Tables, what: str) -> str:
    """ "No partners are recorded for the theme 'Covid-19 impact'.", naming every filter that
    may have left the view empty: "… for the theme 'Gender equality' and the years 2018–2025." """
    if shown.submissions.empty:
        return NO_SUBMISSION
    parts = []
    if state.themes:
        names = " or ".join(f"'{theme_label(t)}'" for t in state.themes)
        parts.append(f"the {agreeing(len(state.themes), 'theme', 'themes')} {names}")
    if years := years_in_words(state.year_from, state.year_to):
        parts.append(f"the years {years}")
    others = (state.submission, state.stakeholder, state.action_line, state.goal, state.target)
    if parts and any(value is not None for value in others):
        parts.append("the other filters")
    return f"No {what} are recorded for {' and '.join(parts) if parts else 'these filters'}."


def build_chart(
    key: str, tables: Tables, state: FilterState, options: ViewOptions, shown: Tables | None = None
) -> Chart:
    """One view's chart under the filters and its options."""
    shown = shown if shown is not None else apply_filters(tables, state)
    what = next(v[2] for v in VIEWS if v[0] == key)
    reason = empty_reason(state, shown, what)
    if key == "overview":
        return coverage_glance(shown)
    if key == "action_lines":
        return action_line_chart(
            shown.action_lines, shown.submissions, empty_reason=reason, presenting=options.presenting
        )
    if key == "sdgs":
        return sdg_chart(
            shown.sdg_targets,
            shown.sdg_goals,
            shown.submissions,
            empty_reason=reason,
            presenting=options.presenting,
        )
    if key == "network":
        return network_chart(
            shown.organisations,
            tables.initiatives,
            tables.events,
            shown.relations,
            shown.submissions,
            relation_types=options.network_relation_types or None,
            show_boilerplate=options.network_show_boilerplate,
            focus=options.network_focus,
            empty_reason=reason,
            presenting=options.presenting,
        )
    if key == "timeline":
        return timeline_chart(
            shown.events,
            shown.submissions,
            today=options.today,
            lanes=options.timeline_lanes,
            empty_reason=reason,
            presenting=options.presenting,
        )
    raise KeyError(f"unknown view {key!r}")


def build_charts(tables: Tables, state: FilterState, options: ViewOptions) -> list[Chart]:
    """Every view's chart, in the dashboard's order."""
    shown = apply_filters(tables, state)
    return [build_chart(key, tables, state, options, shown) for key in VIEW_KEYS]


def share_link(base_url: str, page_path: str, query: dict[str, list[str]]) -> str:
    """A URL that reopens a page with the same filters and mode.

    `base_url` is the app's address (a configured public address, or what the browser shows).
    """
    base = base_url.split("?", 1)[0].rstrip("/")
    known_paths = {v[3] for v in VIEWS} | {"source"}
    last = base.rsplit("/", 1)[-1]
    if last in known_paths:
        base = base.rsplit("/", 1)[0]
    url = f"{base}/{page_path}" if page_path else f"{base}/"
    encoded = urlencode(query, doseq=True)
    return f"{url}?{encoded}" if encoded else url
