"""The one owner of session state: key names, first-run seeding from the URL, the frozen
`FilterState` read from the widgets, and mirroring it back into the URL.

The global filter widgets live in `app.py`, so their values survive page switches; on each
run the state is written back to the query string so a copied link reopens the same view.
Labels never enter the URL: only the ids of `wsislens.filters`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from urllib.parse import urlencode

import streamlit as st

from wsislens.figures.timeline import today_from_env
from wsislens.filters import FilterState, parse_query
from wsislens.reference import vocabulary_ids
from wsislens.views import ViewOptions

# Widget keys of the global filters (prefixed so they cannot clash with page-local keys).
THEMES = "filter_theme"
SUBMISSION = "filter_submission"
STAKEHOLDER = "filter_stakeholder"
YEARS = "filter_years"
ACTION_LINE = "filter_action_line"
GOAL = "filter_goal"
TARGET = "filter_target"
PRESENT = "present"
SEEDED = "_seeded_from_url"
SNAPSHOT = "_filters_snapshot"  # plain copy of the filters: widget state is dropped when a run skips a widget
WARNINGS = "_url_warnings"
STAGE = "_presentation_stage"  # this run's place for the view's chart in presentation mode
# Page-local keys whose values the exports must honour.
NETWORK_TYPES = "net_types"
NETWORK_BOILERPLATE = "net_boilerplate"
NETWORK_FOCUS = "net_focus"
NETWORK_NO_FOCUS = "__none__"
TIMELINE_LANES = "tl_lanes"
SOURCE_SUBMISSION = "src_submission"
SOURCE_SEARCH = "src_search"
TIMELINE_LANE_CHOICES = ("kind", "theme")
# What each view reads below its chart (chosen by a click on a mark or in the page's chooser).
ACTION_LINE_READ = "al_choice"
SDG_READ = "sdg_choice"
NETWORK_NODE = "net_node"
TIMELINE_EVENT = "tl_choice"
LINKED_READINGS = "_linked_readings"  # reading key -> the value the session's link gave it


@dataclass(frozen=True)
class PageChoice:
    """A page-local choice a link keeps: its widget key and URL parameter, whether it is a list
    (one parameter per value) or an on/off switch ("1"), the values a link may set (None: any;
    given the submissions' ids), how a warning names it, and the default a link leaves out."""

    key: str
    parameter: str
    many: bool = False
    switch: bool = False
    allowed: Callable[[list[str]], Collection[str]] | None = None
    what: str = ""
    default: str | None = None
    reading: bool = False  # what the page reads below its chart: the page checks it (settle_reading)


# Page-local choices a link keeps, by page (its url_path). They are in the URL only while their
# page is shown.
PAGE_CHOICES: dict[str, tuple[PageChoice, ...]] = {
    "action-lines": (PageChoice(ACTION_LINE_READ, "line", what="action line", reading=True),),
    "sdg-mapping": (PageChoice(SDG_READ, "reading", what="goal or target", reading=True),),
    "source": (
        PageChoice(SOURCE_SUBMISSION, "text", allowed=lambda ids: ids, what="submission text"),
        PageChoice(SOURCE_SEARCH, "q"),
    ),
    "partner-network": (
        PageChoice(NETWORK_FOCUS, "focus", default=NETWORK_NO_FOCUS),
        PageChoice(NETWORK_NODE, "node", what="node", reading=True),
        PageChoice(
            NETWORK_TYPES,
            "relation",
            many=True,
            allowed=lambda _: vocabulary_ids("relation_types"),
            what="relation type",
        ),
        PageChoice(
            NETWORK_BOILERPLATE, "template", switch=True, allowed=lambda _: ("1", "0"), what="template switch"
        ),
    ),
    "events-timeline": (
        PageChoice(
            TIMELINE_LANES,
            "lanes",
            allowed=lambda _: TIMELINE_LANE_CHOICES,
            what="choice of timeline lanes",
            default="kind",
        ),
        PageChoice(TIMELINE_EVENT, "event", what="event", reading=True),
    ),
}

ALL = "__all__"  # the "any" choice of single-select filters
FILTER_KEYS = (THEMES, SUBMISSION, STAKEHOLDER, YEARS, ACTION_LINE, GOAL, TARGET)


def _query_dict() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params.keys()}


def init_state(submission_ids: list[str], year_extent: tuple[int, int]) -> None:
    """On a session's first run, seed every filter widget from the URL; later runs keep them,
    restoring any that Streamlit dropped (it drops a widget's state after a run that skipped it)."""
    if st.session_state.get(SEEDED):
        snapshot = st.session_state.get(SNAPSHOT)
        if snapshot is not None and any(key not in st.session_state for key in FILTER_KEYS):
            seed_filters(snapshot, year_extent)
        return
    query = _query_dict()
    parsed = parse_query(query, submission_ids, year_extent)
    seed_filters(parsed.state, year_extent)
    st.session_state[PRESENT] = query.get("present", ["0"])[-1] == "1"
    st.session_state[WARNINGS] = parsed.warnings + _seed_page_choices(query, submission_ids)
    st.session_state[SEEDED] = True


def _all_choices() -> list[PageChoice]:
    return [choice for choices in PAGE_CHOICES.values() for choice in choices]


def _seed_page_choices(query: dict[str, list[str]], submission_ids: list[str]) -> tuple[str, ...]:
    """Seed the page-local choices a link names; a value the page cannot show is a warning."""
    warnings = []
    for choice in _all_choices():
        values = query.get(choice.parameter)
        if not values:
            continue
        allowed = choice.allowed(submission_ids) if choice.allowed else None
        unknown = [v for v in values if allowed is not None and v not in allowed]
        if choice.key == SOURCE_SUBMISSION and unknown:
            warnings.append(
                f"The link names a submission text that is not in the data ({unknown[-1]}); the first one is shown."
            )
        elif unknown:
            named = ", ".join(f"“{value}”" for value in unknown)
            warnings.append(
                f"The link's {choice.what} {named} {'is not known and was' if len(unknown) == 1 else 'are not known and were'} ignored."
            )
        kept = [v for v in values if v not in unknown]
        if choice.reading and kept:
            st.session_state.setdefault(LINKED_READINGS, {})[choice.key] = kept[-1]
        if choice.switch:
            st.session_state[choice.key] = values[-1] == "1"
        elif choice.many:
            st.session_state[choice.key] = list(dict.fromkeys(kept))
        elif kept:
            st.session_state[choice.key] = kept[-1]
    return tuple(warnings)


def keep_page_choices() -> None:
    """Keep the page-local choices a link carries across runs that do not draw their page (another
    page, or the page stopping early because nothing is shown): Streamlit forgets a widget's value
    after a run that skips it, and a search typed before would be lost."""
    for choice in _all_choices():
        if choice.key in st.session_state:
            st.session_state[choice.key] = st.session_state[choice.key]


def seed_filters(state: FilterState, year_extent: tuple[int, int]) -> None:
    first, last = year_extent
    st.session_state[THEMES] = list(state.themes)
    st.session_state[SUBMISSION] = state.submission or ALL
    st.session_state[STAKEHOLDER] = state.stakeholder or ALL
    st.session_state[YEARS] = (
        max(first, min(state.year_from or first, last)),
        min(last, max(state.year_to or last, first)),
    )
    st.session_state[ACTION_LINE] = state.action_line or ALL
    st.session_state[GOAL] = str(state.goal) if state.goal else ALL
    st.session_state[TARGET] = state.target or ALL


def reset_filters(year_extent: tuple[int, int]) -> None:
    seed_filters(FilterState(), year_extent)


def current_filters(year_extent: tuple[int, int]) -> FilterState:
    """The filters as the widgets hold them; the full year extent counts as no year filter,
    and a narrowed one keeps both ends so a shared link means the same years later."""
    years = st.session_state.get(YEARS, year_extent)
    years = tuple(years) if isinstance(years, (tuple, list)) and len(years) == 2 else tuple(year_extent)
    year_from, year_to = (None, None) if years == tuple(year_extent) else years

    def chosen(key: str) -> str | None:
        value = st.session_state.get(key, ALL)
        return None if value in (ALL, None) else value

    goal = chosen(GOAL)
    filters = FilterState(
        themes=tuple(st.session_state.get(THEMES, [])),
        submission=chosen(SUBMISSION),
        stakeholder=chosen(STAKEHOLDER),
        year_from=year_from,
        year_to=year_to,
        action_line=chosen(ACTION_LINE),
        goal=int(goal) if goal else None,
        target=chosen(TARGET),
    )
    st.session_state[SNAPSHOT] = filters
    return filters


def is_presenting() -> bool:
    return bool(st.session_state.get(PRESENT, False))


def url_warnings() -> tuple[str, ...]:
    """What was wrong with the URL the session opened with; given once, then forgotten."""
    return st.session_state.pop(WARNINGS, ())


def forget_hidden_text(shown_ids: list[str]) -> None:
    """When the source page's chosen text is not among the submissions the filters show (or is
    anything but a shown submission's id: Streamlit hands back a chooser's label for a choice
    that left its options), choose the first shown one, with a warning; with none shown, forget
    it. Set, not deleted, so the chooser on the screen shows the text the page shows; done
    before the URL is written, so no link names a hidden text."""
    chosen = st.session_state.get(SOURCE_SUBMISSION)
    if chosen is None or chosen in shown_ids:
        return
    if not shown_ids:  # the page says that nothing matches
        del st.session_state[SOURCE_SUBMISSION]
        return
    st.session_state[SOURCE_SUBMISSION] = shown_ids[0]
    st.session_state[WARNINGS] = (
        *st.session_state.get(WARNINGS, ()),
        "The submission text chosen before is not among those the filters show; the first one they show is displayed.",
    )


def drop_focus(graph) -> None:
    """The network's focus is not among the organisations its filters and relation types leave:
    forget it, say so, and run again, so that the URL and the link, written before the page
    runs, no longer name it."""
    focus = st.session_state.get(NETWORK_FOCUS)
    name = graph.nodes[focus]["name"] if focus in graph else f"“{focus}”"
    st.session_state[NETWORK_FOCUS] = NETWORK_NO_FOCUS
    st.session_state[WARNINGS] = (
        *st.session_state.get(WARNINGS, ()),
        f"The focus on {name} was dropped: the filters and relation types leave no such organisation "
        "in the network. The network is shown without a focus.",
    )
    st.rerun()


def settle_reading(
    key: str,
    offered: list[str],
    fallback: str,
    clicked: str | None = None,
    label: Callable[[str], str] = str,
) -> None:
    """Settle what the page reads below its chart (chooser `key`) before the chooser is drawn.

    A new click on a mark (`clicked`, from `new_click`) chooses its item, and the app runs again
    so that the URL and the link, written before the page runs, name it. A value a link gave that
    the page does not offer under the link's filters gives way to `fallback` with a warning (and a
    run again, for the same reason); any other value no longer offered, such as a reading the
    filters or a rejection took away, gives way to `fallback` quietly."""
    linked = st.session_state.get(LINKED_READINGS, {}).pop(key, None)
    current = st.session_state.get(key)
    if clicked in offered and clicked != current:
        st.session_state[key] = clicked
        st.rerun()
    if current in offered:
        return
    st.session_state[key] = fallback
    if linked is not None and linked == current:
        what = next(choice.what for choice in _all_choices() if choice.key == key)
        st.session_state[WARNINGS] = (
            *st.session_state.get(WARNINGS, ()),
            f"The link's {what} “{linked}” is not shown under its filters; read instead: {label(fallback)}.",
        )
        st.rerun()


def key_for_filters(name: str, filters: FilterState) -> str:
    """A widget key that changes with the filters, for a widget whose state names rows of a
    filtered table (a table's chosen row): under other filters those rows are other facts, so
    the choice starts afresh instead of pointing at whatever row took its place."""
    return f"{name}?{urlencode(filters.to_query(), doseq=True)}"


def open_in_source(submission_id: str, search: str) -> None:
    """Have the source page show `submission_id`'s text with `search` searched (before switching
    to it: its widgets take these values when they are drawn)."""
    st.session_state[SOURCE_SUBMISSION] = submission_id
    st.session_state[SOURCE_SEARCH] = search


def query_for(state: FilterState, page_path: str = "") -> dict[str, list[str]]:
    """URL parameters of the filters, the presentation mode and the choices of the page at
    `page_path` that a link keeps."""
    wanted = state.to_query()
    if is_presenting():
        wanted["present"] = ["1"]
    for choice in PAGE_CHOICES.get(page_path, ()):
        value = st.session_state.get(choice.key)
        if choice.switch:
            if value:
                wanted[choice.parameter] = ["1"]
        elif choice.many:
            if value:
                wanted[choice.parameter] = [str(v) for v in value]
        elif value and value != choice.default:
            wanted[choice.parameter] = [str(value)]
    return wanted


def sync_url(state: FilterState, page_path: str = "") -> None:
    """Mirror the filters, presentation mode and the page's own choices into the query string
    when they differ."""
    wanted = query_for(state, page_path)
    if _query_dict() != wanted:
        st.query_params.from_dict(wanted)


def view_options() -> ViewOptions:
    """The views' own choices (page-local widgets), for the charts and the exports alike."""
    focus = st.session_state.get(NETWORK_FOCUS)
    return ViewOptions(
        network_relation_types=tuple(st.session_state.get(NETWORK_TYPES) or ()),
        network_show_boilerplate=bool(st.session_state.get(NETWORK_BOILERPLATE, False)),
        network_focus=None if focus in (None, NETWORK_NO_FOCUS) else focus,
        timeline_lanes=st.session_state.get(TIMELINE_LANES) or "kind",
        today=today_from_env(),
        presenting=is_presenting(),
    )


def toggle_presentation(on: bool) -> None:
    st.session_state[PRESENT] = on


def selected_points(event) -> list[dict]:
    """The points of a chart's selection event (none when nothing is selected)."""
    return (event or {}).get("selection", {}).get("points", []) if event else []


def clicked_id(event) -> str | None:
    """The id a chart's clicked point carries first in its customdata, if any."""
    points = selected_points(event)
    return points[0]["customdata"][0] if points and points[0].get("customdata") else None


def new_click(chart_key: str, clicked: str | None) -> str | None:
    """`clicked` (what a click on chart `chart_key` chose) when the click is new, else None.

    A chart reports its last click on every run until another is made, so acting on it each
    time would undo what the user has chosen in the page's chooser since."""
    last = f"_last_click_{chart_key}"
    seen = st.session_state.get(last)
    st.session_state[last] = clicked
    return clicked if clicked is not None and clicked != seen else None


def open_stage() -> None:
    """In presentation mode, hold the place where this run is: the view's chart will be drawn
    there, before the page's own options, so it is on the screen without scrolling."""
    st.session_state[STAGE] = st.container() if is_presenting() else None


def take_stage():
    """The place held by `open_stage` (a Streamlit container), once per run; None outside
    presentation mode or when it is taken."""
    return st.session_state.pop(STAGE, None)
