import io

import pandas as pd

from wsislens.export.facts import facts_csv, facts_long_table, facts_xlsx
from wsislens.filters import FilterState, apply_filters


def test_long_table_has_every_fact_with_kind_and_quote(corpus, ecpat_text):
    table = facts_long_table(apply_filters(corpus.tables, FilterState()))
    assert len(table) == 78
    assert table["kind"].value_counts().to_dict() == {
        "relations": 17,
        "key_points": 16,
        "organisations": 12,
        "initiatives": 8,
        "events": 8,
        "sdg_targets": 6,
        "figures": 6,
        "action_lines": 5,
    }
    assert list(table.columns[:2]) == ["kind", "submission_id"]
    assert list(table.columns[-5:]) == ["themes", "quote", "start", "end", "page"]
    for quote, start, end in zip(table["quote"], table["start"], table["end"], strict=True):
        assert ecpat_text[int(start) : int(end)] == quote


def test_theme_filter_gives_exactly_the_expected_rows(corpus):
    shown = apply_filters(corpus.tables, FilterState(themes=("law-enforcement",)))
    table = pd.read_csv(io.BytesIO(facts_csv(shown)), dtype=str, keep_default_na=False)
    assert len(table) == 10
    rows = set(zip(table["kind"], table["code"], table["target"], table["id"], strict=True))
    assert rows == {
        ("key_points", "", "", ""),
        ("action_lines", "C5", "", ""),
        ("action_lines", "C4", "", ""),
        ("sdg_targets", "", "16.2", ""),
        ("sdg_targets", "", "16.a", ""),
        ("organisations", "", "", "ecpat-international"),
        ("initiatives", "", "", "ecpat-online-programme"),
        ("relations", "", "ecpat-online-programme", ""),
        ("events", "", "", "online-programme-2014"),
    }
    assert table["kind"].value_counts().to_dict() == {
        "key_points": 2,
        "action_lines": 2,
        "sdg_targets": 2,
        "organisations": 1,
        "initiatives": 1,
        "relations": 1,
        "events": 1,
    }


def test_excel_has_one_sheet_per_kind_and_the_filters(corpus):
    shown = apply_filters(corpus.tables, FilterState(themes=("covid-19",)))
    sheets = pd.read_excel(
        io.BytesIO(facts_xlsx(shown, "ECPAT International · themes: covid-19 impact")), sheet_name=None
    )
    assert list(sheets) == [
        "Filters",
        "key_points",
        "action_lines",
        "sdg_targets",
        "sdg_goals",
        "organisations",
        "initiatives",
        "relations",
        "events",
        "figures",
    ]
    assert sheets["Filters"].iloc[0, 0] == "ECPAT International · themes: covid-19 impact"
    assert sheets["events"]["id"].tolist() == ["covid-disruption-2019-2020"]
    assert sheets["events"]["end_date"].astype(str).tolist() == ["2020"]
    assert len(sheets["key_points"]) == 1 and len(sheets["relations"]) == 0
