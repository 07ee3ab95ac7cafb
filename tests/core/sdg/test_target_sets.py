"""The target sentence sets the benchmark scores: well formed, every target id official."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from wsislens.sdg.reference import load_targets

ROOT = Path(__file__).resolve().parents[3]
SETS = {
    "data/sdg-benchmark/targets_dev.csv": (160, 17),
    "tests/fixtures/sdg_targets_testset.csv": (71, 0),
    "tests/fixtures/sdg_targets_blind.csv": (250, 20),
    "data/sdg-benchmark/targets_paragraphs_dev.csv": (100, 6),
    "tests/fixtures/sdg_targets_paragraphs_blind.csv": (100, 10),
    "data/sdg-benchmark/targets_protection_dev.csv": (40, 7),
    "tests/fixtures/sdg_targets_protection_blind.csv": (40, 3),
}


@pytest.mark.parametrize("relative", sorted(SETS))
def test_target_set_rows_and_ids(relative):
    with open(ROOT / relative, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    expected_rows, expected_without_target = SETS[relative]
    official = set(load_targets())
    ids = [t.strip() for row in rows for t in row["targets"].split(";") if t.strip()]
    assert len(rows) == expected_rows
    assert sum(1 for row in rows if not row["targets"].strip()) == expected_without_target
    assert [t for t in ids if t not in official] == []
    assert all(row["text"].strip() for row in rows)


# the passages of stated references: (rows, rows that state nothing)
REFERENCE_SETS = {
    "data/sdg-benchmark/references_dev.csv": (920, 176),
    "tests/fixtures/sdg_references_blind.csv": (1800, 339),
}


@pytest.mark.parametrize("relative", sorted(REFERENCE_SETS))
def test_reference_set_rows_and_ids(relative):
    with open(ROOT / relative, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    expected_rows, expected_without_goal = REFERENCE_SETS[relative]
    official = set(load_targets())
    assert len(rows) == expected_rows
    assert len({row["id"] for row in rows}) == expected_rows
    assert sum(1 for row in rows if not row["goals"].strip()) == expected_without_goal
    for row in rows:
        goals = {int(g) for g in row["goals"].split(";") if g}
        targets = {t for t in row["targets"].split(";") if t}
        assert targets <= official, row["id"]
        assert {int(t.split(".")[0]) for t in targets} <= goals, row["id"]
        assert all(1 <= g <= 17 for g in goals), row["id"]
