"""Small fact tables with known contents, built like wsislens.tables builds them."""

import pandas as pd

from wsislens.tables import SUBMISSION_COLUMNS


def evidence(quote, start=0):
    return ({"quote": quote, "start": start, "end": start + len(quote), "page": None},)


def submissions(*rows):
    base = dict.fromkeys(SUBMISSION_COLUMNS)
    return pd.DataFrame([{**base, **row} for row in rows], columns=SUBMISSION_COLUMNS)


TWO_SUBMISSIONS = submissions(
    {
        "submission_id": "a-2021",
        "entity_name": "Alpha Agency",
        "short_name": "Alpha",
        "entity_type": "un_entity",
        "session_number": 25,
        "session_year": 2022,
        "status": "reviewed",
    },
    {
        "submission_id": "b-2021",
        "entity_name": "Beta Ministry",
        "short_name": "Beta",
        "entity_type": "government",
        "session_number": 25,
        "session_year": 2022,
        "status": "draft",
    },
)


def action_lines(*rows):
    columns = ["submission_id", "code", "sub_line", "basis", "score", "method", "note", "themes", "evidence"]
    full = [
        {"sub_line": None, "score": None, "method": None, "note": None, "themes": (), **row} for row in rows
    ]
    return pd.DataFrame(full, columns=columns)


def sdg_targets(*rows):
    columns = ["submission_id", "target", "goal", "basis", "score", "method", "note", "themes", "evidence"]
    full = [
        {
            "score": None,
            "method": None,
            "note": None,
            "themes": (),
            "goal": int(r["target"].split(".")[0]),
            **r,
        }
        for r in rows
    ]
    return pd.DataFrame(full, columns=columns)


def sdg_goals(*rows):
    columns = ["submission_id", "goal", "basis", "score", "method", "note", "themes", "evidence"]
    full = [{"score": None, "method": None, "note": None, "themes": (), **row} for row in rows]
    return pd.DataFrame(full, columns=columns)


def records(frame, columns):
    """Rows as dicts with missing values as None (pandas stores them as NaN)."""
    part = frame[columns].astype(object)
    return part.where(part.notna(), None).to_dict("records")
