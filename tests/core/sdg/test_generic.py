"""Generic phrases (the vocabulary file's `generic`): a target's words of setting count for its goal
but do not name the target by themselves."""

from __future__ import annotations

import csv

import pytest

import wsislens.sdg.analysis as analysis
from wsislens.sdg import classify, map_text
from wsislens.sdg.build import BENCHMARK_DIR
from wsislens.sdg.text import phrase_key
from wsislens.sdg.vocabulary import _raw, generic_keys

CLINICS = "The health ministry connected 340 clinics and hospitals to the national network."


def test_every_generic_phrase_is_a_phrase_of_its_target():
    raw = _raw()
    assert sorted(raw["generic"]) == ["11.b", "3.8", "4.1", "4.3", "9.2"]
    for target, phrases in raw["generic"].items():
        own = {phrase_key(str(p)) for p in raw["targets"][target]}
        assert [p for p in phrases if phrase_key(p) not in own] == []
    assert ("3.8", ("hospital",)) in generic_keys()
    assert ("3.8", ("telemedicine",)) not in generic_keys()
    assert len(generic_keys()) == 32  # "school" and "schools" fold together


def test_clinics_and_hospitals_serve_goal_3_without_naming_3_8(monkeypatch):
    result = classify(CLINICS)
    assert (result["goals"], result["targets"], result["scores"]) == ([3], [], {"3": 0.908})
    assert [(e["target"], e["quote"], e["start"], e["end"]) for e in result["evidence"]] == [
        (None, "health", 4, 10),
        (None, "clinics", 34, 41),
        (None, "hospitals", 46, 55),
    ]
    monkeypatch.setattr(analysis, "generic_keys", frozenset)
    assert (classify(CLINICS)["targets"], classify(CLINICS)["scores"]) == (["3.8"], {"3": 0.908})


def _development_sentences() -> list[str]:
    with open(BENCHMARK_DIR / "targets_dev.csv", encoding="utf-8") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


@pytest.mark.parametrize("sentences", [slice(0, 80), slice(80, 160)])
def test_generic_phrases_never_change_a_goal_or_its_score(monkeypatch, sentences):
    def goals(text):
        return {(m.goal, m.score) for m in map_text(text) if m.target is None}

    texts = _development_sentences()[sentences]
    with_generic = [goals(t) for t in texts]
    monkeypatch.setattr(analysis, "generic_keys", frozenset)
    assert [goals(t) for t in texts] == with_generic
