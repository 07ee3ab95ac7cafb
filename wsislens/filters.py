"""The global filters: their state, their URL form, how they narrow the tables, and the
sentence that says what is shown.

URL parameters (stable ids, never labels): `theme` (repeated), `submission`,
`stakeholder`, `from`, `to`, `action_line`, `goal`, `target`.

Rules, the same for every view and export:
- submission, stakeholder, theme, action line, goal and target choose submissions (a
  submission counts for an action line, goal or target it states or that is inferred, not
  one it declines; for a theme, when one of its facts' themes includes it);
  action line, goal and target also narrow their own facts;
- a fact is shown under a theme when its own themes include it; facts without themes only
  when no theme is chosen; an organisation, initiative or event is a node of the network
  when one of its shown relations touches it;
- the year range applies to dated facts: events overlapping it, and relations to them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from wsislens.model import TARGET_PATTERN
from wsislens.reference import action_line, sdg_targets, theme_label, themes, vocabulary_ids, vocabulary_label
from wsislens.tables import Tables, goal_label

DEADLINE_YEAR = 2030
YEAR_MIN, YEAR_MAX = 1990, 2100


@dataclass(frozen=True)
class FilterState:
    themes: tuple[str, ...] = ()
    submission: str | None = None
    stakeholder: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    action_line: str | None = None
    goal: int | None = None
    target: str | None = None

    def to_query(self) -> dict[str, list[str]]:
        """URL parameters of this state; empty filters are left out."""
        query: dict[str, list[str]] = {}
        if self.themes:
            query["theme"] = list(self.themes)
        for name, value in (
            ("submission", self.submission),
            ("stakeholder", self.stakeholder),
            ("from", self.year_from),
            ("to", self.year_to),
            ("action_line", self.action_line),
            ("goal", self.goal),
            ("target", self.target),
        ):
            if value is not None:
                query[name] = [str(value)]
        return query

    @property
    def is_empty(self) -> bool:
        return self == FilterState()


@dataclass(frozen=True)
class ParsedFilters:
    state: FilterState
    warnings: tuple[str, ...] = field(default=())


def parse_query(
    params: Mapping[str, Sequence[str] | str],
    submission_ids: Sequence[str] = (),
    extent: tuple[int, int] | None = None,
) -> ParsedFilters:
    """Read filters from URL parameters (or CLI options); unknown values become warnings.

    Args:
        params: parameter name -> list of values (a single string is one value).
        submission_ids: the ids that exist; when given, an unknown submission is a warning.
        extent: the years the data spans; when given, years outside it are a warning.
    """
    warnings: list[str] = []

    def values(name: str) -> list[str]:
        raw = params.get(name, [])
        return [raw] if isinstance(raw, str) else [v for v in raw if v != ""]

    def single(name: str) -> str | None:
        found = values(name)
        return found[-1] if found else None

    theme_ids = {t.id for t in themes()}
    chosen_themes = []
    for value in values("theme"):
        if value not in theme_ids:
            warnings.append(f"Unknown theme {value!r} was ignored.")
        elif value not in chosen_themes:
            chosen_themes.append(value)

    submission = single("submission")
    if submission is not None and submission_ids and submission not in submission_ids:
        warnings.append(f"Unknown submission {submission!r} was ignored.")
        submission = None

    stakeholder = single("stakeholder")
    if stakeholder is not None and stakeholder not in vocabulary_ids("entity_types"):
        warnings.append(f"Unknown stakeholder type {stakeholder!r} was ignored.")
        stakeholder = None

    years = {}
    for name in ("from", "to"):
        value = single(name)
        if value is None:
            continue
        if value.isdigit() and YEAR_MIN <= int(value) <= YEAR_MAX:
            years[name] = int(value)
        else:
            warnings.append(
                f"The year {name}={value!r} is not a year between {YEAR_MIN} and {YEAR_MAX} and was ignored."
            )
    if "from" in years and "to" in years and years["from"] > years["to"]:
        warnings.append(f"The year range {years['from']}–{years['to']} was reversed.")
        years["from"], years["to"] = years["to"], years["from"]
    if extent is not None and years:
        years = _within(years, extent, warnings)

    code = single("action_line")
    if code is not None:
        code = code.upper()
        try:
            action_line(code)
        except KeyError:
            warnings.append(f"Unknown action line {code!r} was ignored (C1 to C11).")
            code = None

    goal = None
    goal_value = single("goal")
    if goal_value is not None:
        if goal_value.isdigit() and 1 <= int(goal_value) <= 17:
            goal = int(goal_value)
        else:
            warnings.append(f"Unknown SDG goal {goal_value!r} was ignored (1 to 17).")

    target = single("target")
    if target is not None and (not TARGET_PATTERN.match(target) or target not in sdg_targets()):
        warnings.append(f"Unknown SDG target {target!r} was ignored.")
        target = None
    if target is not None and goal is not None and int(target.split(".")[0]) != goal:
        warnings.append(f"Target {target} is not under SDG {goal}; the target was ignored.")
        target = None

    state = FilterState(
        themes=tuple(chosen_themes),
        submission=submission,
        stakeholder=stakeholder,
        year_from=years.get("from"),
        year_to=years.get("to"),
        action_line=code,
        goal=goal,
        target=target,
    )
    return ParsedFilters(state, tuple(warnings))


def years_in_words(year_from: int | None, year_to: int | None) -> str:
    """ "2018–2025", "from 2018", "up to 2025", or "" for no years."""
    if year_from is not None and year_to is not None:
        return f"{year_from}–{year_to}"
    if year_from is not None:
        return f"from {year_from}"
    return f"up to {year_to}" if year_to is not None else ""


def _within(years: dict[str, int], extent: tuple[int, int], warnings: list[str]) -> dict[str, int]:
    """The asked years narrowed to the data's, with a warning when that changes them; none
    when they miss the data altogether."""
    first, last = extent
    asked = years_in_words(years.get("from"), years.get("to"))
    if years.get("to", last) < first or years.get("from", first) > last:
        warnings.append(f"The years {asked} lie outside the data ({first}–{last}) and were ignored.")
        return {}
    fitted = {name: min(max(year, first), last) for name, year in years.items()}
    if fitted != years:
        shown = f"{fitted.get('from', first)}–{fitted.get('to', last)}"
        warnings.append(f"The years {asked} reach outside the data ({first}–{last}); {shown} are shown.")
    return fitted


def _theme_mask(frame: pd.DataFrame, chosen: tuple[str, ...]) -> pd.Series:
    if not chosen:
        return pd.Series(True, index=frame.index)
    wanted = set(chosen)
    return frame["themes"].map(lambda own: bool(wanted.intersection(own))).astype(bool)


def _on_themes(tables: Tables, chosen: tuple[str, ...]) -> set[str]:
    """Submissions with a fact under a chosen theme (a declined action line or SDG counts for
    nothing). A submission's own themes do not choose it: it would be shown with nothing under
    the theme."""
    ids: set[str] = set()
    for frame in tables.facts().values():
        kept = _theme_mask(frame, chosen)
        if "basis" in frame.columns:
            kept &= frame["basis"] != "negated"
        ids.update(frame.loc[kept, "submission_id"])
    return ids


def selected_submissions(tables: Tables, state: FilterState) -> list[str]:
    """Ids of the submissions the filters choose, in table order."""
    subs = tables.submissions
    keep = pd.Series(True, index=subs.index)
    if state.submission is not None:
        keep &= subs["submission_id"] == state.submission
    if state.stakeholder is not None:
        keep &= subs["entity_type"] == state.stakeholder
    covering = []
    if state.action_line is not None:
        lines = tables.action_lines
        covering.append(
            set(
                lines.loc[
                    (lines["code"] == state.action_line) & (lines["basis"] != "negated"), "submission_id"
                ]
            )
        )
    if state.goal is not None:
        targets, goals = tables.sdg_targets, tables.sdg_goals
        covering.append(
            set(
                targets.loc[
                    (targets["goal"] == state.goal) & (targets["basis"] != "negated"), "submission_id"
                ]
            )
            | set(goals.loc[(goals["goal"] == state.goal) & (goals["basis"] != "negated"), "submission_id"])
        )
    if state.target is not None:
        targets = tables.sdg_targets
        covering.append(
            set(
                targets.loc[
                    (targets["target"] == state.target) & (targets["basis"] != "negated"), "submission_id"
                ]
            )
        )
    if state.themes:
        covering.append(_on_themes(tables, state.themes))
    for ids in covering:
        keep &= subs["submission_id"].isin(ids)
    return subs.loc[keep, "submission_id"].tolist()


def apply_filters(tables: Tables, state: FilterState) -> Tables:
    """The tables narrowed to what the filters show (see the module's rules)."""
    chosen = selected_submissions(tables, state)
    narrowed: dict[str, pd.DataFrame] = {
        "submissions": tables.submissions[tables.submissions["submission_id"].isin(chosen)]
    }
    for kind, frame in tables.facts().items():
        if kind == "organisations":
            continue
        frame = frame[frame["submission_id"].isin(chosen)]
        narrowed[kind] = frame[_theme_mask(frame, state.themes)]

    if state.action_line is not None:
        lines = narrowed["action_lines"]
        narrowed["action_lines"] = lines[lines["code"] == state.action_line]
    if state.goal is not None:
        for kind in ("sdg_targets", "sdg_goals"):
            frame = narrowed[kind]
            narrowed[kind] = frame[frame["goal"] == state.goal]
    if state.target is not None:
        frame = narrowed["sdg_targets"]
        narrowed["sdg_targets"] = frame[frame["target"] == state.target]
        narrowed["sdg_goals"] = narrowed["sdg_goals"].iloc[0:0]

    events = narrowed["events"]
    if state.year_from is not None:
        events = events[events["end_year"] >= state.year_from]
    if state.year_to is not None:
        events = events[events["start_year"] <= state.year_to]
    narrowed["events"] = events

    # Relations touching an event the year range removed go too.
    relations = narrowed["relations"]
    all_events = tables.events[tables.events["submission_id"].isin(chosen)]
    dropped = set(zip(all_events["submission_id"], all_events["id"], strict=True)) - set(
        zip(events["submission_id"], events["id"], strict=True)
    )
    if dropped:
        touches = relations.apply(
            lambda r: (
                (r["submission_id"], r["source"]) in dropped or (r["submission_id"], r["target"]) in dropped
            ),
            axis=1,
        ).astype(bool)
        relations = relations[~touches]
    narrowed["relations"] = relations

    # An organisation is shown when one of its shown relations touches it; without a theme,
    # organisations that have no relation at all are shown too.
    orgs = tables.organisations[tables.organisations["submission_id"].isin(chosen)]
    all_relations = tables.relations[tables.relations["submission_id"].isin(chosen)]
    shown_ends, all_ends = _relation_ends(relations), _relation_ends(all_relations)
    keys = list(zip(orgs["submission_id"], orgs["id"], strict=True))
    keep = [key in shown_ends or (not state.themes and key not in all_ends) for key in keys]
    orgs = orgs[pd.Series(keep, index=orgs.index, dtype=bool)]
    narrowed["organisations"] = orgs
    return Tables(**narrowed)


def _relation_ends(relations: pd.DataFrame) -> set[tuple[str, str]]:
    """(submission_id, node id) of both ends of each relation."""
    return set(zip(relations["submission_id"], relations["source"], strict=True)) | set(
        zip(relations["submission_id"], relations["target"], strict=True)
    )


def year_extent(tables: Tables) -> tuple[int, int]:
    """Years the data spans: the first event's year to the later of the last event and 2030."""
    events = tables.events
    if events.empty:
        return DEADLINE_YEAR, DEADLINE_YEAR
    return int(events["start_year"].min()), max(DEADLINE_YEAR, int(events["end_year"].max()))


def describe(state: FilterState, tables: Tables) -> str:
    """The sentence every view and export prints: what is shown.

    "ECPAT International · themes: law enforcement · 2014–2030"
    """
    chosen = selected_submissions(tables, state)
    subs = tables.submissions.set_index("submission_id")
    if len(chosen) == 1:
        who = subs.loc[chosen[0], "entity_name"]
    elif not chosen:
        who = "No submission matches"
    else:
        who = f"{len(chosen)} submissions"
    parts = [who]
    if state.stakeholder is not None:
        parts.append(f"stakeholders: {vocabulary_label('entity_types', state.stakeholder).lower()}")
    parts.append(
        "themes: " + ", ".join(theme_label(t).lower() for t in state.themes) if state.themes else "all themes"
    )
    if state.action_line is not None:
        parts.append(f"action line {action_line(state.action_line).label}")
    if state.target is not None:
        parts.append(f"SDG target {state.target}")
    elif state.goal is not None:
        parts.append(goal_label(state.goal))
    # (a corpus without a dated event spans no years: not "2030–2030")
    if not tables.events.empty:
        first, last = year_extent(tables)
        parts.append(f"{state.year_from or first}–{state.year_to or last}")
    return " · ".join(parts)
