"""Action-line coverage: C1-C11 with the eight C7 sub-lines, one column per submission,
stated, inferred and declined told apart by symbol and colour."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from wsislens.figures.chart import Chart, empty_chart, first_quotes, guide_for, source_line, submission_labels
from wsislens.figures.style import (
    BASE_FONT_SIZE,
    BASIS_COLOUR,
    BASIS_STYLE,
    PRESENTATION_HEIGHT_PX,
    apply_layout,
)
from wsislens.model import BASES_STRONGEST_FIRST, strongest_basis
from wsislens.reference import action_line, action_lines
from wsislens.tables import submission_names
from wsislens.words import counted, joined, listed

TITLE = "WSIS action lines covered"
BASIS_RANK = {basis: rank for rank, basis in enumerate(BASES_STRONGEST_FIRST)}
MATRIX_LIMIT = 20  # beyond this many submissions, counts per action line replace the matrix
ROW_PX = 34  # a row of the chart on screen
FRAME_PX = 160  # the title, the submissions' names above the rows and the legend below
MIN_HEIGHT_PX = 520
MARK_PX = 22  # a mark's size, smaller where rows are lower (presentation mode)


def action_line_rows() -> list[tuple[str, str | None, str]]:
    """(code, sub-line id, label) for C1-C11 with the C7 sub-lines right after C7."""
    rows = []
    for line in action_lines():
        rows.append((line.code, None, line.label))
        rows.extend((line.code, sub.id, f"C7 · {sub.name}") for sub in line.sub_lines)
    return rows


def coverage_table(facts: pd.DataFrame, submissions: pd.DataFrame) -> pd.DataFrame:
    """One row per (submission, action line or sub-line) covered, with the strongest basis.

    A stated mention beats an inferred one, which beats a declined one; quotes are counted over all.
    """
    columns = ["submission_id", "submission", "code", "sub_line", "label", "name", "basis", "score", "quotes"]
    if facts.empty:
        return pd.DataFrame(columns=columns)
    names = submission_labels(submissions)
    frame = facts.assign(
        sub_line=facts["sub_line"].fillna(""),
        rank=facts["basis"].map(BASIS_RANK),
        inferred_score=facts["score"].where(facts["basis"] == "inferred"),
        quotes=facts["evidence"].map(len),
    )
    grouped = (
        frame.groupby(["submission_id", "code", "sub_line"], sort=False)
        .agg(rank=("rank", "min"), score=("inferred_score", "max"), quotes=("quotes", "sum"))
        .reset_index()
    )
    by_rank = {rank: basis for basis, rank in BASIS_RANK.items()}
    labels = {(code, sub or ""): label for code, sub, label in action_line_rows()}
    rows = []
    for submission_id, code, sub_line, rank, score, quotes in grouped.itertuples(index=False):
        line = action_line(code)
        sub = next((s for s in line.sub_lines if s.id == sub_line), None)
        best = by_rank[rank]
        rows.append(
            {
                "submission_id": submission_id,
                "submission": names.get(submission_id, submission_id),
                "code": code,
                "sub_line": sub_line or None,
                "label": labels[(code, sub_line)],
                "name": f"{line.name}: {sub.name}" if sub else line.name,
                "basis": best,
                "score": float(score) if best == "inferred" and pd.notna(score) else None,
                "quotes": int(quotes),
            }
        )
    order = {(code, sub or ""): i for i, (code, sub, _) in enumerate(action_line_rows())}
    table = pd.DataFrame(rows, columns=columns)
    table["_order"] = [
        order[(c, s if isinstance(s, str) else "")]
        for c, s in zip(table["code"], table["sub_line"], strict=True)
    ]
    return (
        table.sort_values(["_order", "submission"], kind="stable")
        .drop(columns="_order")
        .reset_index(drop=True)
    )


BASES = tuple(BASIS_RANK)
# How to read each basis's marks: in the matrix, and as bars of counts.
MATRIX_READING = {
    "stated": "Filled circle: stated.",
    "inferred": "Open diamond: inferred by an analyst or the engine.",
    "negated": "Cross: declined by the submitter.",
}
COUNTS_READING = {
    "stated": "state each action line (solid)",
    "inferred": "are inferred to cover it by an analyst or the engine (hatched)",
    "negated": "decline it (crossed)",
}


def drawn_bases(table: pd.DataFrame) -> list[str]:
    """The bases the chart has marks for, in legend order: a legend or a caption naming marks
    that are not drawn would send the room looking for them."""
    present = set(table["basis"])
    return [basis for basis in BASES if basis in present]


def reading_of(bases: list[str], counts: bool) -> str:
    """How to read the marks of these bases, in the matrix or as bars of counts."""
    if not counts:
        return guide_for(MATRIX_READING, bases)
    clauses = [COUNTS_READING[basis] for basis in bases]
    joined = clauses[0] if len(clauses) == 1 else f"{', '.join(clauses[:-1])} or {clauses[-1]}"
    return f"Bars: how many submissions {joined}."


def columns_key(submissions: pd.DataFrame) -> str:
    """The matrix's column names spelled out, when there are several columns: "Columns: ADCA,
    African Digital Commerce Alliance (2024); …"."""
    if len(submissions) < 2 or len(submissions) > MATRIX_LIMIT:
        return ""
    names = submission_names(submissions)
    return (
        "Columns: "
        + "; ".join(f"{label}, {names[sid]}" for sid, label in submission_labels(submissions).items())
        + "."
    )


def action_line_chart(
    facts: pd.DataFrame, submissions: pd.DataFrame, *, empty_reason: str, presenting: bool = False
) -> Chart:
    """The coverage matrix: rows are action lines (top to bottom C1..C11), columns submissions.
    `presenting`: drawn at most PRESENTATION_HEIGHT_PX tall, with marks that fit its lower rows."""
    table = coverage_table(facts, submissions)
    source = source_line(submissions)
    if table.empty:
        return empty_chart("action_lines", TITLE, empty_reason, table, source)
    row_labels = [label for _, _, label in action_line_rows()]
    columns = list(submission_labels(submissions).values())
    height = PRESENTATION_HEIGHT_PX if presenting else max(MIN_HEIGHT_PX, ROW_PX * len(row_labels) + FRAME_PX)
    row_px = (height - FRAME_PX) / len(row_labels)
    fig = (
        _counts_figure(table, row_labels)
        if len(columns) > MATRIX_LIMIT
        else _matrix_figure(table, row_labels, columns, mark_px=min(MARK_PX, int(0.7 * row_px)))
    )
    apply_layout(fig, TITLE, height=height)
    by_basis = lines_by_basis(table)
    summary = _summary(by_basis)
    if table["sub_line"].isna().all():  # its rows are drawn empty: say why
        summary += " No submission shown names one of the eight C7 sub-lines (e-government to e-science)."
    facts_words = [
        listed("Stated: ", by_basis["stated"]) if by_basis["stated"] else "No action line is stated.",
    ]
    if by_basis["inferred"]:
        facts_words.append(
            listed("Inferred only (analyst or engine, not the submitter's claim): ", by_basis["inferred"])
        )
    if by_basis["negated"]:
        facts_words.append(listed("Declined by the submitter: ", by_basis["negated"]))
    facts_words.append(
        listed("Not mentioned: ", by_basis["missing"])
        if by_basis["missing"]
        else "Every action line is mentioned."
    )
    many = len(columns) > MATRIX_LIMIT
    if many:
        facts_words.append(_most_and_fewest(table))
    key = columns_key(submissions)
    if key:
        facts_words.append(key)
    # how to read the marks: a mark per submission under its short name (the names spelled
    # out), or counts of submissions
    reading = " ".join(filter(None, (reading_of(drawn_bases(table), counts=many), "" if many else key)))
    return Chart(
        "action_lines",
        TITLE,
        fig,
        table,
        summary,
        source,
        tuple(facts_words),
        first_quotes(facts),
        reading=reading,
    )


def _matrix_figure(table: pd.DataFrame, row_labels: list[str], columns: list[str], mark_px: int) -> go.Figure:
    """One column per submission, one mark per covered row; words beside the mark for one submission."""
    fig = go.Figure()
    single = len(columns) == 1
    for basis in drawn_bases(table):
        part = table[table["basis"] == basis]
        label, _, symbol, _ = BASIS_STYLE[basis]
        text = [
            _cell_text(b, s, q) for b, s, q in zip(part["basis"], part["score"], part["quotes"], strict=True)
        ]
        fig.add_trace(
            go.Scatter(
                x=part["submission"].tolist(),
                y=part["label"].tolist(),
                mode="markers+text" if single else "markers",
                name=label,
                marker={
                    "symbol": symbol,
                    "size": mark_px,
                    "color": BASIS_COLOUR[basis],
                    "line": {"width": 3, "color": BASIS_COLOUR[basis]},
                },
                text=text,
                textposition="middle right",
                textfont={"size": BASE_FONT_SIZE - 2},
                customdata=list(
                    zip(part["code"], part["sub_line"].fillna(""), part["submission_id"], strict=True)
                ),
                hovertemplate="<b>%{y}</b><br>%{x}: " + label.lower() + "<extra></extra>",
            )
        )
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=list(reversed(row_labels)),
        range=[-0.5, len(row_labels) - 0.5],
        tickmode="array",
        tickvals=row_labels,
        title=None,
        showgrid=True,
    )
    fig.update_xaxes(
        categoryorder="array",
        categoryarray=columns,
        side="top",
        title=None,
        showgrid=False,
        range=[-0.1, 1.0] if len(columns) == 1 else [-0.5, len(columns) - 0.2],
    )
    fig.update_layout(legend={"orientation": "h", "y": -0.04, "yanchor": "top", "x": 0})
    return fig


def _covering(table: pd.DataFrame, by: str) -> pd.Series:
    """Per value of column `by`, how many submissions cover it (state it or are inferred to;
    declines do not count)."""
    return table[table["basis"] != "negated"].groupby(by)["submission_id"].nunique()


def covering_counts(table: pd.DataFrame, row_labels: list[str]) -> list[int]:
    """Per row, how many submissions cover it."""
    counts = _covering(table, "label")
    return [int(counts.get(row, 0)) for row in row_labels]


def _counts_figure(table: pd.DataFrame, row_labels: list[str]) -> go.Figure:
    """Many submissions: per action line, how many submissions state, are inferred to cover, or
    decline it, and at the bar's end how many cover it in all."""
    fig = go.Figure()
    covering = covering_counts(table, row_labels)
    for basis in drawn_bases(table):
        label, pattern, _, _ = BASIS_STYLE[basis]
        counts = table[table["basis"] == basis].groupby("label")["submission_id"].nunique()
        fig.add_trace(
            go.Bar(
                y=row_labels,
                x=[int(counts.get(row, 0)) for row in row_labels],
                orientation="h",
                name=label,
                marker={
                    "color": BASIS_COLOUR[basis],
                    "pattern": {
                        "shape": pattern,
                        "fgcolor": "#FFFFFF",
                        "bgcolor": BASIS_COLOUR[basis],
                        "fillmode": "overlay",
                        "solidity": 0.3,
                    },
                },
                customdata=covering,
                hovertemplate="<b>%{y}</b><br>%{x} submissions: "
                + label.lower()
                + "<br>%{customdata} cover it in all<extra></extra>",
            )
        )
    ends = table.groupby("label")["submission_id"].nunique()
    for row, count in zip(row_labels, covering, strict=True):
        if count:
            fig.add_annotation(
                x=int(ends.get(row, 0)),
                y=row,
                text=f"{count:,}",
                showarrow=False,
                xanchor="left",
                xshift=4,
                name=f"total:{row}",
            )
    fig.update_layout(
        barmode="stack",
        legend={"orientation": "h", "y": -0.04, "yanchor": "top", "x": 0, "traceorder": "normal"},
    )
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=list(reversed(row_labels)),
        tickmode="array",
        tickvals=row_labels,
        title=None,
    )
    fig.update_xaxes(title={"text": "Submissions", "standoff": 4}, side="top")
    return fig


def _most_and_fewest(table: pd.DataFrame) -> str:
    """ "Covered by the most submissions: C8 (101); by the fewest: C1 and C5 (73 each)." over the
    action lines covered, a line counted once per submission whatever its sub-lines."""
    codes = [line.code for line in action_lines()]
    counts = _covering(table, "code")
    per_line = {code: int(counts.get(code, 0)) for code in codes}

    def named(value: int) -> str:
        lines = [code for code in codes if per_line[code] == value]
        each = " each" if len(lines) > 1 else ""
        return f"{joined(lines)} ({value:,}{each})"

    covered = [count for count in per_line.values() if count]  # the lines not covered are named apart
    most, fewest = max(covered), min(covered)
    if most == fewest:
        return f"Each action line covered is covered by {counted(most, 'submission')}."
    return f"Covered by the most submissions: {named(most)}; by the fewest: {named(fewest)}."


def _cell_text(basis: str, score: float | None, quotes: int) -> str:
    word = {"stated": "Stated", "inferred": "Inferred", "negated": "Declined"}[basis]
    if basis == "inferred" and score is not None:
        word += f" ({score:.2f})"
    return f"  {word} · {quotes} quote{'s' if quotes != 1 else ''}"


def lines_by_basis(table: pd.DataFrame) -> dict[str, list[str]]:
    """The eleven action lines in four parts, each line in its strongest basis across the
    submissions shown: "stated" (by at least one), "inferred" (for some, stated by none),
    "negated" (declined, and neither stated nor inferred) and "missing" (not mentioned, by code
    only). A line is written with the C7 sub-lines named under it: "C7 ICT applications with
    E-business and E-health"."""
    parts: dict[str, list[str]] = {"stated": [], "inferred": [], "negated": [], "missing": []}
    for line in action_lines():
        rows = table[table["code"] == line.code]
        if rows.empty:
            parts["missing"].append(line.code)
            continue
        basis = strongest_basis(rows["basis"])
        subs = [s.name for s in line.sub_lines if s.id in set(rows.loc[rows["basis"] == basis, "sub_line"])]
        named = joined(subs)
        parts[basis].append(f"{line.label} with {named}" if subs else line.label)
    return parts


def _summary(by_basis: dict[str, list[str]]) -> str:
    """The action lines by basis, each line once however many submissions or sub-lines name it
    (as the overview counts them); the counts add up to at most eleven."""
    stated, inferred, negated = by_basis["stated"], by_basis["inferred"], by_basis["negated"]
    parts = [f"{counted(len(stated), 'action line')} stated" + (f" ({', '.join(stated)})" if stated else "")]
    if inferred:
        parts.append(f"{len(inferred)} more inferred only ({', '.join(inferred)})")
    if negated:
        parts.append(f"{len(negated)} declined ({', '.join(negated)})")
    return "; ".join(parts) + "."
