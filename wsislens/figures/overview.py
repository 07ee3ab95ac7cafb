"""The overview: headline counts, one row per submission, and coverage at a glance (the
11 action lines and 17 goals as tiles, filled where stated, hatched where inferred)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from wsislens.figures.chart import Chart, guide_for, source_line
from wsislens.figures.network import distinct_organisations
from wsislens.figures.style import BASE_FONT_SIZE, GRID_COLOUR, apply_layout, goal_colour, label_colour
from wsislens.figures.timeline import distinct_events
from wsislens.model import strongest_basis
from wsislens.reference import action_lines, theme_label, vocabulary_label
from wsislens.tables import Tables
from wsislens.words import agreeing, counted

TITLE = "Coverage at a glance"
COUNT_LABELS = {
    "action_lines": "Action lines",
    "sdg_targets": "SDG targets",
    "partners": "Partners",
    "events": "Events",
    "figures": "Figures",
    "key_points": "Key points",
}
N_ACTION_LINES = 11


def _covered(frame: pd.DataFrame, column: str) -> dict:
    """value -> strongest basis among the rows (declined ones do not count as covered)."""
    active = frame[frame["basis"] != "negated"]
    return {value: strongest_basis(bases) for value, bases in active.groupby(column, sort=False)["basis"]}


def headline_counts(shown: Tables) -> dict[str, int]:
    """The action lines and targets covered, the partners and the events, each counted once however
    many submissions name it (as the views count them: events named alike on the same dates are
    one, as on the timeline), and the figures and key points."""
    return {
        "action_lines": len(_covered(shown.action_lines, "code")),
        "sdg_targets": len(_covered(shown.sdg_targets, "target")),
        "partners": distinct_organisations(shown.organisations[shown.organisations["role"] == "partner"]),
        "events": len(distinct_events(shown.events)),
        "figures": len(shown.figures),
        "key_points": len(shown.key_points),
    }


def headline_values(counts: dict[str, int]) -> dict[str, str]:
    """The counts as the overview shows them: the action lines out of the eleven."""
    return {
        key: f"{value} of {N_ACTION_LINES}" if key == "action_lines" else f"{value:,}"
        for key, value in counts.items()
    }


def submission_rows(shown: Tables) -> pd.DataFrame:
    """One row per submission with its session and what it covers (grouped, not looped: a
    corpus holds hundreds)."""
    subs = shown.submissions
    ids = subs["submission_id"]

    def per_submission(frame: pd.DataFrame, column: str | None = None) -> pd.Series:
        grouped = frame.groupby("submission_id")
        counts = grouped[column].nunique() if column else grouped.size()
        return ids.map(counts).fillna(0).astype(int)

    codes = ids.map(_lines_in_words(shown.action_lines)).astype(object).fillna("")
    targets = shown.sdg_targets[shown.sdg_targets["basis"] != "negated"]
    partners = shown.organisations[shown.organisations["role"] == "partner"]
    sessions = [
        f"CSTD {int(n)} ({int(y)})" if pd.notna(n) and pd.notna(y) else "unknown"
        for n, y in zip(subs["session_number"], subs["session_year"], strict=True)
    ]
    return pd.DataFrame(
        {
            "Submission": subs["entity_name"].tolist(),
            "Stakeholder": [vocabulary_label("entity_types", t) for t in subs["entity_type"]],
            "Session": sessions,
            # "Draft" for short: the banner above the table says what a machine draft is
            "Status": ["Draft" if s == "draft" else vocabulary_label("statuses", s) for s in subs["status"]],
            "Action lines": codes.tolist(),
            COUNT_LABELS["sdg_targets"]: per_submission(targets, "target").tolist(),
            COUNT_LABELS["partners"]: per_submission(partners, "id").tolist(),
            COUNT_LABELS["events"]: per_submission(shown.events).tolist(),
            COUNT_LABELS["figures"]: per_submission(shown.figures).tolist(),
            COUNT_LABELS["key_points"]: per_submission(shown.key_points).tolist(),
        }
    )


def uncounted_in_words(rows: pd.DataFrame, themes: int) -> str:
    """A sentence on the rows of `submission_rows` with nothing in their columns, which would
    otherwise read as an error: under a theme (`themes`: how many are chosen), a submission is
    shown for any fact under it, and the table counts neither its organisations nor its
    initiatives or relations."""
    counts = rows.select_dtypes("number")
    empty = int(((rows["Action lines"] == "") & (counts.sum(axis=1) == 0)).sum())
    if not empty:
        return ""
    rows_words = f"{counted(empty, 'row')} of the table {agreeing(empty, 'is', 'are')} empty"
    if themes:
        return (
            f"{rows_words}: {agreeing(empty, 'that submission is', 'those submissions are')} shown "
            f"for organisations, initiatives or relations under the {agreeing(themes, 'theme', 'themes')}, "
            "which the Partner network lists."
        )
    return f"{rows_words}: nothing was found in {agreeing(empty, 'that submission', 'those submissions')}."


def _lines_in_words(facts: pd.DataFrame) -> pd.Series:
    """Submission id -> its action lines, the stated first, then those only inferred, marked so:
    "C5; inferred C4, C6" (a declined line is not listed)."""
    covered = facts[facts["basis"] != "negated"]
    words = {}
    for submission_id, rows in covered.groupby("submission_id"):
        stated = set(rows.loc[rows["basis"] == "stated", "code"])
        inferred = set(rows["code"]) - stated
        parts = [_codes(stated)] if stated else []
        if inferred:
            parts.append(f"inferred {_codes(inferred)}")
        words[submission_id] = "; ".join(parts)
    return pd.Series(words, dtype=object)


def _codes(codes: set[str]) -> str:
    return ", ".join(sorted(codes, key=lambda code: int(code[1:])))


def key_point_table(points: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Key points of several submissions as one table, each with its submitter's name (`names`:
    submission id -> name) and its supporting quote."""
    return pd.DataFrame(
        {
            "Submission": [names[s] for s in points["submission_id"]],
            "Kind": [vocabulary_label("key_point_kinds", k) for k in points["kind"]],
            "Key point": points["text"].tolist(),
            "Themes": [", ".join(theme_label(t) for t in themes) for themes in points["themes"]],
            "Quote": [evidence[0]["quote"] if evidence else "" for evidence in points["evidence"]],
        }
    )


# How to read the tiles drawn, by basis (None: not covered).
GLANCE_READING = {
    "stated": "Full colour: stated by the submitter (the SDGs in their official colours).",
    "inferred": "Hatched: inferred only, by an analyst or the engine.",
    None: "Grey: not covered.",
}


def coverage_glance(shown: Tables) -> Chart:
    lines = _covered(shown.action_lines, "code")
    goals = _covered(
        pd.concat([shown.sdg_targets[["goal", "basis"]], shown.sdg_goals[["goal", "basis"]]]), "goal"
    )
    fig = go.Figure()
    tiles = [
        (line.code, 1, line.number, lines.get(line.code), "#0072B2", line.label) for line in action_lines()
    ]
    tiles += [(f"SDG {n}", 0, n, goals.get(n), goal_colour(n), f"SDG {n}") for n in range(1, 18)]
    names = {"stated": "Stated", "inferred": "Inferred only (analyst or engine)", None: "Not covered"}
    shown_in_legend: set = set()
    for label, row, position, basis, colour, hover in tiles:
        # Stated: the full colour with a contrasting label. Inferred: white hatched in the colour,
        # black label. Not covered: grey with a dark grey label.
        fill = colour if basis == "stated" else ("#FFFFFF" if basis else "#F2F2F2")
        fig.add_trace(
            go.Bar(
                x=[1],
                base=[position - 0.5],
                y=[row],
                orientation="h",
                width=0.8,
                name=names[basis],
                legendgroup=str(basis),
                showlegend=basis not in shown_in_legend,
                text=[label.replace("SDG ", "")],
                textposition="inside",
                insidetextanchor="middle",
                textfont={
                    "size": BASE_FONT_SIZE,
                    "color": label_colour(colour)
                    if basis == "stated"
                    else ("#000000" if basis else "#595959"),
                },
                marker={
                    "color": fill,
                    "line": {"color": colour if basis else GRID_COLOUR, "width": 3},
                    "pattern": {
                        "shape": "/" if basis == "inferred" else "",
                        "fgcolor": colour,
                        "bgcolor": fill,
                        "fgopacity": 0.55,
                        "size": 12,
                        "solidity": 0.25,
                    },
                },
                hovertext=[f"{hover}: {names[basis].lower()}"],
                hoverinfo="text",
            )
        )
        shown_in_legend.add(basis)
    fig.update_yaxes(tickvals=[1, 0], ticktext=["Action lines", "SDGs"], range=[-0.6, 1.6], showgrid=False)
    fig.update_xaxes(visible=False, range=[0.4, 17.6])
    fig.update_layout(
        # the key above the tiles, under the title, so a 1280x720 screen shows it with them
        barmode="overlay",
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0},
        bargap=0.1,
    )
    apply_layout(fig, TITLE, height=300)
    fig.update_layout(margin={"b": 10})  # the key is above the tiles
    table = pd.DataFrame(
        [
            {
                "Item": t[5],
                "Coverage": {"stated": "Stated", "inferred": "Inferred", None: "Not covered"}[t[3]],
            }
            for t in tiles
        ]
    )
    stated_lines = [c for c, b in lines.items() if b == "stated"]
    summary = (
        f"{len(lines)} of {N_ACTION_LINES} action lines covered ({len(stated_lines)} stated) and "
        f"{len(goals)} of 17 SDGs ({sum(b == 'stated' for b in goals.values())} stated)."
    )
    counts = headline_counts(shown)
    submitters = "the submitter" if len(shown.submissions) == 1 else "the submitters"
    key_facts = (
        f"{counts['action_lines']} of {N_ACTION_LINES} WSIS action lines covered, "
        f"{len(stated_lines)} of them stated by {submitters}.",
        f"{counted(counts['sdg_targets'], 'SDG target')} across {counted(len(goals), 'goal')}.",
        f"{counted(counts['partners'], 'partner organisation')} and {counted(counts['events'], 'dated event')}.",
        f"{counted(counts['key_points'], 'key point')} and {counted(counts['figures'], 'figure')} recorded.",
    )
    reading = guide_for(GLANCE_READING, {t[3] for t in tiles})
    return Chart(
        "overview", TITLE, fig, table, summary, source_line(shown.submissions), key_facts, reading=reading
    )
