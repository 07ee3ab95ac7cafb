"""Reviewing a draft: its facts as editable tables (one per kind, with an "accept" column),
and back again into a dataset, recomputing the offsets of any corrected quote. Also the
analyst's rejection of an inferred suggestion, written to the submission file so that
re-ingestion does not propose it again.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import ValidationError

from wsislens.evidence import QuoteNotFound, dump_yaml, locate
from wsislens.model import Submission
from wsislens.reference import load_yaml

# Kind -> the scalar fields shown for editing, in order. Lists are edited as "a; b" text.
REVIEW_FIELDS: dict[str, list[str]] = {
    "action_lines": ["code", "sub_line", "basis", "score", "method"],
    "sdg_targets": ["target", "basis", "score", "method"],
    "sdg_goals": ["goal", "basis", "score", "method"],
    "organisations": ["id", "name", "aliases", "kind", "role"],
    "initiatives": ["id", "name", "aliases", "kind"],
    "relations": ["source", "type", "target"],
    "events": ["id", "date", "end_date", "title", "kind"],
    "figures": ["value", "unit", "qualifier"],
    "key_points": ["kind", "text"],
}
LIST_FIELDS = {"aliases", "themes"}
INFERRED_KINDS = {
    "action_lines": ("action_line", "code"),
    "sdg_targets": ("sdg_target", "target"),
    "sdg_goals": ("sdg_goal", "goal"),
}


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def review_tables(data: dict) -> dict[str, pd.DataFrame]:
    """One editable table per fact kind: accept, the fields, themes and the first quote."""
    tables = {}
    for kind, fields in REVIEW_FIELDS.items():
        rows = []
        for item in data.get(kind) or []:
            evidence = item.get("evidence") or []
            row = {"accept": True}
            row.update({f: _cell(item.get(f)) for f in fields})
            row["themes"] = _cell(item.get("themes", []))
            row["quote"] = evidence[0]["quote"] if evidence else ""
            rows.append(row)
        tables[kind] = pd.DataFrame(rows, columns=["accept", *fields, "themes", "quote"])
    return tables


def _value(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and pd.isna(value):
        return None
    if isinstance(value, str) and value.strip() == "":
        return None
    return value.item() if hasattr(value, "item") else value


def _split(value: Any) -> list[str]:
    value = _value(value)
    return [part.strip() for part in str(value).split(";") if part.strip()] if value is not None else []


def apply_review(
    data: dict, text: str, tables: dict[str, pd.DataFrame], *, reviewed: bool, today: dt.date
) -> tuple[dict, list[str]]:
    """The dataset the reviewer approved, and the problems that stop it from being saved.

    Accepted rows only; the original evidence of a row is kept when its first quote is
    unchanged, and recomputed from the text when the quote was corrected or added.
    """
    result = copy.deepcopy(data)
    problems: list[str] = []
    for kind, table in tables.items():
        originals = data.get(kind) or []
        items = []
        for position, row in enumerate(table.to_dict("records")):
            if not bool(row.get("accept", True)):
                continue
            original = originals[position] if position < len(originals) else {}
            item = dict(original)
            for field in REVIEW_FIELDS[kind]:
                value = _value(row.get(field))
                item[field] = _split(value) if field in LIST_FIELDS else value
            if kind in ("sdg_goals",) and item.get("goal") is not None:
                item["goal"] = int(item["goal"])
            if kind == "figures" and item.get("value") is not None:
                number = float(item["value"])
                item["value"] = int(number) if number.is_integer() else number
            for field in ("score",):
                if field in item and item[field] is not None:
                    item[field] = float(item[field])
            item["themes"] = _split(row.get("themes"))
            # A field left empty is dropped unless the original carried it (as null).
            item = {k: v for k, v in item.items() if v is not None or k in original}
            quote = _value(row.get("quote")) or ""
            evidence = list(original.get("evidence") or [])
            if not evidence or evidence[0]["quote"] != quote:
                try:
                    start, end = locate(text, quote) if quote else (None, None)
                except QuoteNotFound:
                    problems.append(
                        f"{kind} row {position + 1}: the quote is not in the source text: {quote!r}"
                    )
                    continue
                new_first = [{"quote": quote, "start": start, "end": end}] if quote else []
                evidence = new_first + evidence[1:]
            item["evidence"] = evidence
            items.append(item)
        result[kind] = items
    result["status"] = "reviewed" if reviewed else "draft"
    result["reviewed_at"] = today.isoformat() if reviewed else None
    if result["reviewed_at"] is None:
        result.pop("reviewed_at")
    try:
        Submission.model_validate(result)
    except ValidationError as error:
        for e in error.errors():
            where = ".".join(str(p) for p in e["loc"])
            problems.append(f"{where}: {e['msg'].removeprefix('Value error, ')}")
    return result, problems


def _atomic_write_text(path: Path, content: str) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(content)
    os.replace(temporary, path)


def _quotes(item: dict) -> set[str]:
    return {e["quote"] for e in item.get("evidence") or []}


def reject_suggestion(
    data_dir: Path, submission_id: str, kind: str, value: str, *, reason: str | None, today: dt.date
) -> int:
    """Remove an inferred fact from a submission file and record the rejection. Rejecting a
    target also rejects its goal's inferred goal-level suggestion when that rests on nothing
    but the target's own quotes (the same words would otherwise still say the goal is served).

    Args:
        kind: "action_lines", "sdg_targets" or "sdg_goals".
        value: the code ("C10"), target ("16.2") or goal ("16") rejected.

    Returns:
        How many inferred facts were removed.
    """
    path = Path(data_dir) / "submissions" / f"{submission_id}.yaml"
    data = load_yaml(path)
    removed = _reject(data, kind, str(value), reason, today)
    if not removed:
        return 0  # nothing inferred to reject: stated facts are the submitter's own words
    count = len(removed)
    if kind == "sdg_targets":
        quotes = set().union(*removed)
        goal = str(value).split(".")[0]
        if any(
            item.get("basis") == "inferred" and str(item.get("goal")) == goal and _quotes(item) <= quotes
            for item in data.get("sdg_goals") or []
        ):
            count += len(
                _reject(data, "sdg_goals", goal, f"rests on the quotes of the rejected target {value}", today)
            )
    Submission.model_validate(data)
    _atomic_write_text(path, dump_yaml(data))
    return count


def _reject(data: dict, kind: str, value: str, reason: str | None, today: dt.date) -> list[set[str]]:
    """Take the inferred facts of `kind` naming `value` out of `data` and record the rejection
    once; returns the quotes of each fact taken out."""
    fact, field = INFERRED_KINDS[kind]
    kept, removed = [], []
    for item in data.get(kind) or []:
        if item.get("basis") == "inferred" and str(item.get(field)) == value:
            removed.append(_quotes(item))
        else:
            kept.append(item)
    if not removed:
        return []
    data[kind] = kept
    rejected = data.setdefault("rejected_suggestions", [])
    if not any(r.get("fact") == fact and str(r.get("value")) == value for r in rejected):
        entry = {"fact": fact, "value": value, "rejected_at": today.isoformat()}
        if reason:
            entry["reason"] = reason
        rejected.append(entry)
    return removed


def rejected_suggestions(
    submissions: dict[str, Submission],
    names: dict[str, str],
    facts: tuple[str, ...] = ("action_line", "sdg_target", "sdg_goal"),
) -> list[dict]:
    """The suggestions of kinds `facts` that analysts rejected in the submissions named in
    `names` (id -> name), for a table: submission, what was rejected ("SDG target 16.10"), when
    and why."""
    words = {"action_line": "Action line", "sdg_target": "SDG target", "sdg_goal": "SDG"}
    return [
        {
            "Submission": names.get(submission_id, submission_id),
            "Rejected": f"{words[r.fact]} {r.value}",
            "On": r.rejected_at or "",
            "Why": r.reason or "",
        }
        for submission_id, submission in submissions.items()
        if submission_id in names
        for r in submission.rejected_suggestions
        if r.fact in facts
    ]
