"""Tidy tables of a corpus: one pandas DataFrame per fact kind, joined by `submission_id`.

Every fact row keeps its `themes` (a tuple of theme ids) and its `evidence` (a tuple of
`{quote, start, end, page}` dicts), so any view can lead back to the supporting sentence.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

import pandas as pd

from wsislens.model import FACT_KINDS
from wsislens.reference import sdg_goal

if TYPE_CHECKING:
    from wsislens.loading import Corpus


# Columns of each fact table besides submission_id, themes and evidence, so empty tables keep their shape.
_COLUMNS = {
    "key_points": ["kind", "text"],
    "action_lines": ["code", "sub_line", "basis", "score", "method", "note"],
    "sdg_targets": ["target", "goal", "basis", "score", "method", "note"],
    "sdg_goals": ["goal", "basis", "score", "method", "note"],
    "organisations": ["id", "name", "aliases", "kind", "role"],
    "initiatives": ["id", "name", "aliases", "kind"],
    "relations": ["source", "target", "type"],
    "events": [
        "id",
        "date",
        "end_date",
        "title",
        "kind",
        "precision",
        "start",
        "end",
        "start_year",
        "end_year",
    ],
    "figures": ["value", "unit", "qualifier"],
}

SUBMISSION_COLUMNS = [
    "submission_id",
    "status",
    "entity_name",
    "short_name",
    "entity_type",
    "session_body",
    "session_number",
    "session_year",
    "session_start",
    "session_end",
    "session_place",
    "reporting_start",
    "reporting_end",
    "title",
    "language",
    "themes",
    "disclaimer",
]


@dataclass(frozen=True)
class Tables:
    submissions: pd.DataFrame
    key_points: pd.DataFrame
    action_lines: pd.DataFrame
    sdg_targets: pd.DataFrame
    sdg_goals: pd.DataFrame
    organisations: pd.DataFrame
    initiatives: pd.DataFrame
    relations: pd.DataFrame
    events: pd.DataFrame
    figures: pd.DataFrame

    def replace(self, **changes: pd.DataFrame) -> Tables:
        return replace(self, **changes)

    def facts(self) -> dict[str, pd.DataFrame]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "submissions"}


def date_bounds(date: str, end_date: str | None = None) -> tuple[pd.Timestamp, pd.Timestamp, str]:
    """First and last day a partial date (or range) covers, and its precision.

    "2016" -> 2016-01-01..2016-12-31 (year); "2016-03" -> 2016-03-01..2016-03-31 (month);
    "2016-03-28" -> that day (day); with an end_date the range runs to the end of it.
    """
    precision = {4: "year", 7: "month", 10: "day"}[len(date)]
    start = pd.Timestamp(date if len(date) == 10 else (date + "-01" if len(date) == 7 else date + "-01-01"))
    last = end_date or date
    if len(last) == 4:
        end = pd.Timestamp(f"{last}-12-31")
    elif len(last) == 7:
        year, month = int(last[:4]), int(last[5:7])
        end = pd.Timestamp(f"{last}-{calendar.monthrange(year, month)[1]:02d}")
    else:
        end = pd.Timestamp(last)
    if end_date is not None:
        precision = "range"
    return start, end, precision


def _fact_rows(kind: str, submission_id: str, items) -> list[dict]:
    rows = []
    for item in items:
        row = item.model_dump()
        row["submission_id"] = submission_id
        row["themes"] = tuple(row.get("themes", ()))
        row["evidence"] = tuple(row.get("evidence", ()))
        if "aliases" in row:
            row["aliases"] = tuple(row["aliases"])
        if kind == "sdg_targets":
            row["goal"] = int(row["target"].split(".")[0])
        if kind == "events":
            row["start"], row["end"], row["precision"] = date_bounds(row["date"], row["end_date"])
            row["start_year"], row["end_year"] = row["start"].year, row["end"].year
        rows.append(row)
    return rows


def fact_columns(kind: str) -> list[str]:
    """The columns of one fact table, in order."""
    return ["submission_id", *_COLUMNS[kind], "themes", "evidence"]


def _frame(kind: str, rows: list[dict]) -> pd.DataFrame:
    columns = fact_columns(kind)
    return (
        pd.DataFrame(rows, columns=columns)
        if rows
        else pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
    )


def submission_names(submissions: pd.DataFrame) -> dict[str, str]:
    """Submission id -> its submitter's name with the session year when known, as users see it
    everywhere ("ECPAT International (2022)")."""
    names = {}
    for sid, name, year in zip(
        submissions["submission_id"], submissions["entity_name"], submissions["session_year"], strict=True
    ):
        names[sid] = f"{name} ({int(year)})" if pd.notna(year) else name
    return names


def build_tables(corpus: Corpus) -> Tables:
    rows: dict[str, list[dict]] = {kind: [] for kind in FACT_KINDS}
    submissions = []
    for submission_id, s in corpus.submissions.items():
        submissions.append(
            {
                "submission_id": submission_id,
                "status": s.status,
                "entity_name": s.entity.name,
                "short_name": s.entity.short_name or s.entity.name,
                "entity_type": s.entity.type,
                "session_body": s.session.body,
                "session_number": s.session.number,
                "session_year": s.session.year,
                "session_start": s.session.start,
                "session_end": s.session.end,
                "session_place": s.session.place,
                "reporting_start": s.reporting_period.start if s.reporting_period else None,
                "reporting_end": s.reporting_period.end if s.reporting_period else None,
                "title": s.source.title,
                "language": s.source.language,
                "themes": tuple(s.themes),
                "disclaimer": s.disclaimer.text if s.disclaimer else None,
            }
        )
        for kind in FACT_KINDS:
            rows[kind].extend(_fact_rows(kind, submission_id, getattr(s, kind)))
    frames = {kind: _frame(kind, rows[kind]) for kind in FACT_KINDS}
    # nullable integers: one submission without a session number must not make the others' 25.0
    table = pd.DataFrame(submissions, columns=SUBMISSION_COLUMNS).astype(
        {"session_number": "Int64", "session_year": "Int64"}
    )
    return Tables(submissions=table, **frames)


def goal_label(goal: int) -> str:
    """ "SDG 16 Peace, justice and strong institutions" """
    return f"SDG {goal} {sdg_goal(goal).short['en']}"
