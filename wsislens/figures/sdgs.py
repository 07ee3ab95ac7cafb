"""SDG mapping: goals in their official colours, drilling down to the targets a submission
serves, stated and inferred told apart by pattern and tone, and by label where a tile holds one."""

from __future__ import annotations

import dataclasses
import textwrap

import pandas as pd
import plotly.graph_objects as go

from wsislens.figures.chart import Chart, empty_chart, first_quotes, guide_for, source_line
from wsislens.figures.style import (
    BASE_FONT_SIZE,
    TEXT_COLOUR,
    apply_layout,
    goal_colour,
    label_colour,
    plotly_text,
)
from wsislens.figures.tiles import Box, Padding, longest_fitting, text_room, tile_boxes
from wsislens.model import strongest_basis
from wsislens.reference import sdg_goal, sdg_targets, target_order
from wsislens.tables import goal_label
from wsislens.words import counted, listed

TITLE = "SDG goals and targets served"
# Tiles carry the official wording of their target when there are at most this many (and the
# tile holds it, see `tile_texts`); beyond, most tiles are too small to hold it in legible type,
# and they carry the target's number and basis only (the wording stays in the hover and beside
# the chart).
WORDING_LIMIT = 12
# How to read the tiles of each basis (a reading names only those drawn).
BASIS_READING = {
    "stated": "Solid tiles: stated by the submitter.",
    "inferred": "Hatched tiles: inferred by an analyst or the SDG engine, not the submitter's claim.",
}
ROOT_ID = "all"
ROOT_LABEL = "All goals shown"
TILE_GAP_PX = 4
# The least type size of a tile's text; a tile that cannot hold even its number that large
# shows none.
MIN_LABEL_PX = 13
# The plots (width, height in px) the tiles' texts are chosen for, measured in Chromium: on
# screen, in windows 1280 and 1920 pixels wide with the sidebar open, and in the slide image
# (wsislens.export.images: 1000 px wide); in presentation mode, on screens of 1280x720 and
# 1920x1080. The plot's width changes how plotly arranges the tiles, not only their size, so a
# text is kept where it fits on each, or failing that on most.
SCREEN_CANVASES = ((800, 480), (980, 480), (1440, 480))
PRESENTATION_CANVASES = ((1060, 440), (1700, 440))


def _wrapped(text: str, width: int = 60) -> str:
    return "<br>".join(plotly_text(line) for line in textwrap.wrap(text, width))


def reading_key(goal: int, target: str) -> str:
    """What a row of `sdg_table` is read under beside the chart: its target, or "goal-N" for a
    goal named without one. Each tile carries the key it leads to (a goal's tile its first row's)."""
    return target or f"goal-{goal}"


def reading_label(key: str) -> str:
    """How a reading is named in the chooser: "Target 5.2", or "SDG 5 (named without a target)"."""
    return f"SDG {key[5:]} (named without a target)" if key.startswith("goal-") else f"Target {key}"


def reading_goal(key: str) -> int | None:
    """The goal a reading key belongs to ("goal-5" and "5.2" both to 5); None for anything else
    (a link may name any string)."""
    number = key[5:] if key.startswith("goal-") else key.split(".", 1)[0]
    return int(number) if number.isdigit() else None


def reading_rows(key: str, targets: pd.DataFrame, goals: pd.DataFrame) -> pd.DataFrame:
    """The rows read under `key`: a target's rows of `targets`, or for "goal-N" goal N's rows of
    `goals` (those that name it without a target)."""
    if key.startswith("goal-"):
        return goals[goals["goal"] == int(key[5:])]
    return targets[targets["target"] == key]


def reading_heading(key: str) -> str:
    """The heading of a reading: "SDG 5 Gender equality", or "Target 5.2"."""
    return (
        f"SDG {key[5:]} {sdg_goal(int(key[5:])).short['en']}" if key.startswith("goal-") else f"Target {key}"
    )


def reading_text(key: str, language: str) -> str:
    """The official text of a reading's goal or target in `language`."""
    return (
        sdg_goal(int(key[5:])).title[language]
        if key.startswith("goal-")
        else sdg_targets()[key].text[language]
    )


def standing(basis: str, method: str | None, score: float | None) -> str:
    """How a row of a reading stands beside its submission's name: stated by the submitter, a
    machine suggestion or an analyst's inference (with its score and method), or not counted."""
    if basis == "inferred":
        who = "Analyst's inference" if method == "analyst" else "Machine suggestion"
        return f"{who} (score {score:.2f}, {method}): not the submitter's claim"
    if basis == "negated":  # (denied by this submission, served by another one shown)
        return f"{NOT_COUNTED}: not counted"
    return "stated by the submitter"


def rejected_as(key: str) -> tuple[str, str]:
    """The kind and value under which a suggestion read under `key` is rejected: ("sdg_goals",
    "5") or ("sdg_targets", "5.2")."""
    return ("sdg_goals", key[5:]) if key.startswith("goal-") else ("sdg_targets", key)


def kept_reading(previous: str | None, choices: list[str]) -> str | None:
    """The reading to keep when the choices change: the previous one while it is offered, else the
    first of its goal (a rejected suggestion leaves the reader in its goal), else the first."""
    if not choices:
        return None
    if previous in choices:
        return previous
    goal = reading_goal(previous) if previous else None
    same_goal = [c for c in choices if goal is not None and reading_goal(c) == goal]
    return (same_goal or choices)[0]


def clicked_reading(chart: Chart, points: list[dict]) -> str | None:
    """The reading a click on a tile leads to. Streamlit reports a click on a treemap by the
    tile's number (not its customdata), so it is looked up in the tiles' `reading_key`s."""
    if chart.is_empty or not points:
        return None
    number = points[0].get("point_number")
    leads_to = chart.figure.data[0].customdata
    return (leads_to[number] or None) if isinstance(number, int) and 0 <= number < len(leads_to) else None


def with_reading_marked(chart: Chart, key: str | None, *, outline: bool = True) -> Chart:
    """The chart drawn from all goals for the reading `key`, its tile outlined in black unless
    `outline` is off: a click zooms plotly's treemap into the tile clicked, and the next drawing,
    for the new reading (a new `uirevision`), shows every goal again."""
    if chart.is_empty:
        return chart
    figure = go.Figure(chart.figure)
    tree = figure.data[0]
    # a target's tile or a goal's named-without-target tile, never a goal's or the root's frame
    marked = [
        outline and bool(key) and lead == key and parent not in ("", ROOT_ID)
        for lead, parent in zip(tree.customdata, tree.parents, strict=True)
    ]
    edge, width = tree.marker.line.color, tree.marker.line.width
    tree.marker.line = {
        "color": [TEXT_COLOUR if m else edge for m in marked],
        "width": [2 * width if m else width for m in marked],
    }
    tree.level = ROOT_ID
    figure.layout.uirevision = key or ROOT_ID
    return dataclasses.replace(chart, figure=figure)


def sdg_table(targets: pd.DataFrame, goals: pd.DataFrame) -> pd.DataFrame:
    """One row per (goal, target or goal-level mention) with its strongest basis and supporters.

    Columns: goal, target ("" for a goal named without a target), basis, score, submissions, quotes.
    """
    rows = []
    for frame, key in ((targets, "target"), (goals, None)):
        active = frame[frame["basis"] != "negated"]
        group_key = ["goal", key] if key else ["goal"]
        for values, group in active.groupby(group_key, sort=False):
            goal = int(values[0] if isinstance(values, tuple) else values)
            target = values[1] if key else ""
            basis = strongest_basis(group["basis"])
            scores = group.loc[group["basis"] == "inferred", "score"]
            rows.append(
                {
                    "goal": goal,
                    "target": target,
                    "basis": basis,
                    "score": None if basis == "stated" or scores.empty else float(scores.max()),
                    "method": None if basis == "stated" else ", ".join(sorted(set(group["method"].dropna()))),
                    "submissions": group["submission_id"].nunique(),
                    "quotes": int(group["evidence"].map(len).sum()),
                }
            )
    table = pd.DataFrame(
        rows, columns=["goal", "target", "basis", "score", "method", "submissions", "quotes"]
    )
    if table.empty:
        return table
    table["_order"] = [target_order(t) if t else -1 for t in table["target"]]
    return table.sort_values(["goal", "_order"]).drop(columns="_order").reset_index(drop=True)


# What a submission's references that count for nothing are: "does not address SDG 13", "mentions SDG
# 3 only in passing", "Our grantees work on SDG 6; the Foundation's own contribution is to SDG 17"
NOT_COUNTED = "denied, named only in passing or given to others"


def denied_rows(targets: pd.DataFrame, goals: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """The rows of the goals and targets a submission denies, names only in passing or gives to
    others (see `NOT_COUNTED`) and no submission shown serves, goals first, with their evidence.

    Columns: label ("SDG 13", "target 7.1"), submission_id, evidence."""
    served_goals = set(table["goal"]) if not table.empty else set()
    served_targets = set(table["target"]) if not table.empty else set()
    denied_goals = goals[(goals["basis"] == "negated") & ~goals["goal"].isin(served_goals)]
    denied_targets = targets[(targets["basis"] == "negated") & ~targets["target"].isin(served_targets)]
    rows = [
        (f"SDG {int(row.goal)}", row.submission_id, row.evidence)
        for row in denied_goals.sort_values("goal", kind="stable").itertuples()
    ] + [
        (f"target {row.target}", row.submission_id, row.evidence)
        for row in sorted(denied_targets.itertuples(), key=lambda row: target_order(row.target))
    ]
    return pd.DataFrame(rows, columns=["label", "submission_id", "evidence"])


def denied_references(targets: pd.DataFrame, goals: pd.DataFrame, table: pd.DataFrame) -> list[str]:
    """The labels of `denied_rows`, each once: "SDG 13", "target 7.1"."""
    return list(dict.fromkeys(denied_rows(targets, goals, table)["label"]))


def tile_texts(
    ids: list[str],
    parents: list[str],
    values: list[int],
    variants: list[tuple[str, ...]],
    canvases: tuple[tuple[int, int], ...],
) -> list[str]:
    """Each tile's text: the first of its variants (longest first) that its box holds at
    MIN_LABEL_PX or more on every one of `canvases`, as plotly draws the treemap there, or
    failing that on most of them (`longest_fitting`); none when not even the shortest does (the
    tile's hover and the reading beside the chart still name it). A tile with tiles inside
    writes its text in its header."""
    padding = Padding.plotly_default(BASE_FONT_SIZE, TILE_GAP_PX)
    layouts = [tile_boxes(ids, parents, values, Box(0, 0, *canvas), padding) for canvas in canvases]
    has_tiles = set(parents)
    return [
        longest_fitting(
            options,
            [text_room(boxes[node], padding, header=node in has_tiles) for boxes in layouts],
            BASE_FONT_SIZE,
            MIN_LABEL_PX,
        )
        for node, options in zip(ids, variants, strict=True)
    ]


def sdg_chart(
    targets: pd.DataFrame,
    goals: pd.DataFrame,
    submissions: pd.DataFrame,
    *,
    empty_reason: str,
    presenting: bool = False,
) -> Chart:
    """A treemap: one tile per goal (official colour), inside it one tile per target served.

    `presenting`: the tiles' texts are chosen for the plot of presentation mode."""
    table = sdg_table(targets, goals)
    source = source_line(submissions)
    if table.empty:
        return empty_chart("sdgs", TITLE, empty_reason, table, source)
    ids, labels, parents, values, colours, patterns, hovers, text_colours, variants, leads_to = (
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
        [],
    )
    worded = len(table) <= WORDING_LIMIT
    # One root above the goals: a click zooms plotly's treemap into a tile, and the path above
    # the tiles then leads back to it.
    ids.append(ROOT_ID)
    labels.append(ROOT_LABEL)
    parents.append("")
    values.append(0)
    colours.append("#FFFFFF")
    patterns.append("")
    text_colours.append(TEXT_COLOUR)
    hovers.append(ROOT_LABEL)
    variants.append((ROOT_LABEL,))
    leads_to.append("")  # back to all goals: the reading stays
    for goal, goal_rows in table.groupby("goal", sort=True):
        info = sdg_goal(int(goal))
        colour = goal_colour(int(goal))
        ids.append(f"goal-{goal}")
        labels.append(f"SDG {goal} {info.short['en']}")
        parents.append(ROOT_ID)
        values.append(0)  # branchvalues="remainder": a goal's size is its targets'
        colours.append(colour)
        patterns.append("")
        text_colours.append(label_colour(colour))
        hovers.append(_wrapped(f"SDG {goal}: {info.title['en']}"))
        variants.append((f"<b>SDG {goal}</b> {info.short['en']}", f"<b>SDG {goal}</b>", f"<b>{goal}</b>"))
        leads_to.append(reading_key(goal, goal_rows.iloc[0]["target"]))
        for row in goal_rows.to_dict("records"):
            inferred = row["basis"] == "inferred"
            basis = "(inferred)" if inferred else "(stated)"
            leads_to.append(reading_key(goal, row["target"]))
            if row["target"]:
                ids.append(f"target-{row['target']}")
                official = sdg_targets()[row["target"]].text["en"]
                labels.append(f"{row['target']} {basis}")
                hover = f"Target {row['target']}: {official}"
                number = f"<b>{row['target']}</b>"
                wording = _wrapped(textwrap.shorten(official, 110, placeholder="…"), 34)
                variants.append(
                    ((f"{number} {basis}<br>{wording}",) if worded else ()) + (f"{number}<br>{basis}", number)
                )
            else:
                ids.append(f"goal-{goal}-named")
                labels.append(f"Goal named {basis}")
                hover = f"SDG {goal} is named without a target"
                variants.append(
                    (f"Goal named<br>{basis}", f"Goal<br>named<br>{basis}", "Goal named", "Goal<br>named")
                )
            basis_words = (
                f"Inferred by {row['method']}, score {row['score']:.2f}: not the submitter's claim"
                if inferred
                else "Stated by the submitter"
            )
            hovers.append(_wrapped(hover) + "<br><i>" + plotly_text(basis_words) + "</i>")
            parents.append(f"goal-{goal}")
            values.append(int(row["submissions"]))
            colours.append(colour)
            patterns.append("/" if inferred else "")
            text_colours.append(label_colour(colour))
    texts = tile_texts(
        ids, parents, values, variants, PRESENTATION_CANVASES if presenting else SCREEN_CANVASES
    )
    # plotly writes a header from the tile's label, not its text: a goal's label is its text,
    # its shortest when none fits (the path above the tiles shows it once zoomed in)
    labels = [
        (text or options[-1]) if node.startswith("goal-") and not node.endswith("-named") else label
        for node, label, text, options in zip(ids, labels, texts, variants, strict=True)
    ]
    fig = go.Figure(
        go.Treemap(
            ids=ids,
            labels=labels,
            parents=parents,
            values=values,
            branchvalues="remainder",
            marker={
                "colors": colours,
                "line": {"color": "#FFFFFF", "width": 3},
                "pattern": {
                    "shape": patterns,
                    "bgcolor": colours,
                    "fgcolor": ["#000000" if c == "#000000" else "#FFFFFF" for c in text_colours],
                    "fgopacity": 0.3,
                    "solidity": 0.25,
                },
            },
            textfont={"size": BASE_FONT_SIZE, "color": text_colours},
            text=texts,
            customdata=leads_to,
            hovertext=hovers,
            hoverinfo="text",
            texttemplate="%{text}",
            tiling={"pad": TILE_GAP_PX},
            pathbar={"visible": True, "thickness": 26, "textfont": {"size": BASE_FONT_SIZE - 2}},
        )
    )
    apply_layout(fig, TITLE, height=560)
    fig.update_layout(margin={"l": 10, "r": 10, "t": 70, "b": 10})
    stated = table[(table["basis"] == "stated") & (table["target"] != "")]["target"].tolist()
    inferred = table[(table["basis"] == "inferred") & (table["target"] != "")]["target"].tolist()
    goal_numbers = sorted(table["goal"].unique().tolist())
    summary = (
        f"{counted(len(goal_numbers), 'SDG')} served ({', '.join(f'SDG {g}' for g in goal_numbers)}): "
        f"{counted(len(stated), 'target')} stated"
        + (f" ({', '.join(stated)})" if stated else "")
        + f" and {len(inferred)} inferred"
        + (f" ({', '.join(inferred)})" if inferred else "")
        + "."
    )
    key_facts = [listed("Stated targets: ", stated) if stated else "No SDG target is stated."]
    if inferred:
        key_facts.append(
            listed("Inferred targets (analyst or engine, not the submitter's claim): ", inferred)
        )
    key_facts.append(listed("Goals served: ", [goal_label(g) for g in goal_numbers]))
    denied = denied_references(targets, goals, table)
    if denied:
        denial = listed(f"{NOT_COUNTED.capitalize()}, and served by no submission shown: ", denied)
        summary += " " + denial
        key_facts.append(denial)
    quotes = first_quotes(pd.concat([targets, goals]) if not goals.empty else targets)
    reading = guide_for(BASIS_READING, set(table["basis"]))
    return Chart("sdgs", TITLE, fig, table, summary, source, tuple(key_facts), quotes, reading=reading)
