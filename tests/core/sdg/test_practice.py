"""The phrases of practice tell an inferred goal's targets apart and never count towards a goal."""

from __future__ import annotations

import csv

import pytest
import yaml

from wsislens.sdg import analysis
from wsislens.sdg.analysis import analyse
from wsislens.sdg.build import BENCHMARK_DIR
from wsislens.sdg.engine import classify
from wsislens.sdg.reference import load_targets
from wsislens.sdg.text import phrase_key
from wsislens.sdg.vocabulary import PRACTICE_PATH, _raw, load_practice


def _practice_file() -> dict[str, list[str]]:
    with open(PRACTICE_PATH, encoding="utf-8") as handle:
        return {str(t): [str(p) for p in phrases] for t, phrases in yaml.safe_load(handle)["targets"].items()}


def test_every_target_has_phrases_of_practice_of_its_own():
    practice = _practice_file()
    assert sorted(practice, key=str) == sorted(load_targets(), key=str)
    assert sum(map(len, practice.values())) == 4304
    assert (min(map(len, practice.values())), max(map(len, practice.values()))) == (19, 30)
    vocabulary = {str(t): {phrase_key(str(p)) for p in ps} for t, ps in _raw()["targets"].items()}
    repeated = [(t, p) for t, ps in practice.items() for p in ps if phrase_key(p) in vocabulary[t]]
    assert repeated == []


def test_phrases_of_practice_may_overlap_but_not_nest():
    text = "Pay-as-you-go solar home systems reached 52,000 off-grid households."
    keys = [" ".join(hit.key) for hit in analyse(text).practice]
    assert keys == ["pay as you go solar", "solar home system", "off grid household"]
    table, _ = load_practice()
    assert ("solar",) not in table  # "solar" inside both phrases is no hit of its own


def test_a_phrase_of_practice_names_the_target_and_is_its_evidence():
    text = (
        "The health ministry's electronic immunization registry sends SMS reminders to parents "
        "when a child's next vaccination is due."
    )
    result = classify(text)
    assert (result["goals"], result["targets"]) == ([3], ["3.b"])
    assert [(e["target"], e["quote"], e["start"], e["end"]) for e in result["evidence"] if e["target"]] == [
        ("3.b", "electronic immunization registry", 22, 54),
        ("3.b", "vaccination", 106, 117),
    ]


def test_without_the_phrases_of_practice_fish_traders_read_as_overfishing(monkeypatch):
    # "women fish traders" is a phrase of practice of 14.b (small-scale fishers' access to markets);
    # without it, "fish" names 14.4 (overfishing)
    text = "Women fish traders on the coast use the app to compare prices at landing sites."
    result = classify(text)
    assert result["targets"] == ["14.b"]
    assert [(e["target"], e["quote"], e["start"], e["end"]) for e in result["evidence"] if e["target"]] == [
        ("14.b", "Women fish traders", 0, 18)
    ]
    monkeypatch.setattr(analysis, "PRACTICE_WEIGHT", 0.0)
    assert classify(text)["targets"] == ["14.4"]


def _development_sentences() -> list[str]:
    with open(BENCHMARK_DIR / "targets_dev.csv", encoding="utf-8") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


@pytest.mark.parametrize("sentences", [slice(0, 80), slice(80, 160)])
def test_the_phrases_of_practice_never_change_a_goal_or_its_score(monkeypatch, sentences):
    texts = _development_sentences()[sentences]
    with_practice = [classify(text)["scores"] for text in texts]
    monkeypatch.setattr(analysis, "PRACTICE_WEIGHT", 0.0)
    assert [classify(text)["scores"] for text in texts] == with_practice
