"""The filtered facts as one long table (a `kind` column) for CSV, or one sheet per kind."""

from __future__ import annotations

import io

import pandas as pd

from wsislens.tables import Tables

# Columns written for each kind, after kind and submission_id; evidence becomes quote/start/end/page.
_FIELDS = {
    "key_points": ["kind_detail", "text"],
    "action_lines": ["code", "sub_line", "basis", "score", "method"],
    "sdg_targets": ["target", "goal", "basis", "score", "method"],
    "sdg_goals": ["goal", "basis", "score", "method"],
    "organisations": ["id", "name", "kind_detail", "role"],
    "initiatives": ["id", "name", "kind_detail"],
    "relations": ["source", "type", "target"],
    "events": ["id", "date", "end_date", "title", "kind_detail"],
    "figures": ["value", "unit", "qualifier"],
}
EVIDENCE_COLUMNS = ["themes", "quote", "start", "end", "page"]


def _rows(kind: str, frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.rename(columns={"kind": "kind_detail"})
    out = frame[["submission_id", *_FIELDS[kind]]].copy()
    out.insert(0, "kind", kind)
    out["themes"] = frame["themes"].map(lambda themes: ";".join(themes))
    first = frame["evidence"].map(lambda ev: ev[0] if ev else {})
    for column in ("quote", "start", "end", "page"):
        out[column] = first.map(lambda item, c=column: item.get(c))
    return out


def fact_sheets(shown: Tables) -> dict[str, pd.DataFrame]:
    """One table per fact kind, in schema order, each row with its first supporting quote."""
    return {kind: _rows(kind, frame).reset_index(drop=True) for kind, frame in shown.facts().items()}


def facts_long_table(shown: Tables) -> pd.DataFrame:
    """Every shown fact in one table; columns that do not apply to a kind are empty."""
    sheets = [sheet for sheet in fact_sheets(shown).values() if not sheet.empty]
    if not sheets:
        return pd.DataFrame(columns=["kind", "submission_id", *EVIDENCE_COLUMNS])
    table = pd.concat(sheets, ignore_index=True, sort=False)
    leading = ["kind", "submission_id"]
    middle = [c for c in table.columns if c not in leading + EVIDENCE_COLUMNS]
    return table[leading + middle + EVIDENCE_COLUMNS]


def facts_csv(shown: Tables) -> bytes:
    return facts_long_table(shown).to_csv(index=False).encode("utf-8")


def facts_xlsx(shown: Tables, caption: str) -> bytes:
    """An Excel workbook: a "Filters" sheet stating what is shown, then one sheet per fact kind."""
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        pd.DataFrame({"What is shown": [caption]}).to_excel(writer, sheet_name="Filters", index=False)
        for kind, sheet in fact_sheets(shown).items():
            sheet.to_excel(writer, sheet_name=kind, index=False)
    return buffer.getvalue()
