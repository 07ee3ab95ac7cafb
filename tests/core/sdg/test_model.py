"""The committed model matches its inputs; scoring is deterministic; vocabulary is well formed."""

from __future__ import annotations

import csv
import json

import numpy as np

from wsislens.sdg.analysis import analyse
from wsislens.sdg.build import (
    BENCHMARK_DIR,
    SUGGEST_C_GRID,
    SUGGEST_THRESHOLDS,
    build_arrays,
    fingerprint,
    train_rows,
)
from wsislens.sdg.model import FEATURES, MODEL_PATH
from wsislens.sdg.reference import load_targets
from wsislens.sdg.suggest import SUGGEST_FEATURES
from wsislens.sdg.vocabulary import _raw


def _stored() -> dict[str, np.ndarray]:
    with np.load(MODEL_PATH, allow_pickle=False) as stored:
        return {key: stored[key] for key in stored.files}


def test_committed_model_is_current_and_small():
    # If this fails, rebuild it: .venv/bin/python -m wsislens.sdg.build
    stored = _stored()
    params = json.loads(str(stored["params"]))
    assert sorted(stored) == [
        "coef",
        "idf",
        "intercepts",
        "params",
        "suggest_coef",
        "suggest_intercept",
        "suggest_mean",
        "suggest_scale",
        "suggest_threshold",
        "terms",
    ]
    assert stored["coef"].shape == (len(FEATURES),)
    assert stored["intercepts"].shape == (17,)
    assert stored["suggest_coef"].shape == stored["suggest_mean"].shape == (len(SUGGEST_FEATURES),)
    assert params["features"] == list(FEATURES)
    assert params["suggest_C"] in SUGGEST_C_GRID and params["suggest_threshold"] in SUGGEST_THRESHOLDS
    assert params["fingerprint"] == fingerprint()
    assert MODEL_PATH.stat().st_size < 200_000


def test_the_builder_reads_only_the_train_rows():
    with open(BENCHMARK_DIR / "split.csv", encoding="utf-8") as handle:
        split = dict(line.strip().split(",") for line in handle if not line.startswith("id,"))
    with open(BENCHMARK_DIR / "dev.csv", encoding="utf-8", newline="") as handle:
        text_split = {row["text"]: split[row["id"]] for row in csv.DictReader(handle)}
    rows = train_rows()
    assert len(rows) == 438
    assert {text_split[row["text"]] for row in rows} == {"train"}


def test_build_reproduces_the_committed_model():
    stored = _stored()
    built = build_arrays()
    assert str(built["terms"]) == str(stored["terms"])
    assert np.array_equal(built["idf"], stored["idf"])
    assert np.allclose(built["coef"], stored["coef"], atol=1e-5)
    assert np.allclose(built["intercepts"], stored["intercepts"], atol=1e-5)
    assert json.loads(str(built["params"]))["C"] == json.loads(str(stored["params"]))["C"]
    for key in ("suggest_mean", "suggest_scale", "suggest_coef", "suggest_intercept", "suggest_threshold"):
        assert np.allclose(built[key], stored[key], atol=1e-5), key


def test_method_words_lower_and_aim_words_raise_the_cues():
    statistical = analyse("The regression estimates use survey data; the index is defined in the annex.")
    # 13 words, of which regression, estimates, survey, data, index, defined, annex are method words
    assert statistical.cue_rates == {"development": 0.0, "measurement": 10.0 * 7 / 13}
    aims = analyse("Reduce poverty and protect vulnerable communities.")
    assert aims.cue_rates == {"development": 10.0 * 5 / 6, "measurement": 0.0}


def test_sentence_features_follow_the_leading_goal():
    analysis = analyse("Girls leave school early. Child marriage ends their education. Exports grew.")
    # sentence 1: "school" (4.1, 1.0) leads "girls" (goal 5 word, 0.5); sentence 2: "child
    # marriage" (5.3, 1.6) leads "education" (goal 4 word, 0.5); sentence 3: "exports" (goal 17 word)
    assert {g + 1: round(v, 4) for g, v in enumerate(analysis.sentence_share) if v} == {
        4: 0.3333,
        5: 0.3333,
        17: 0.3333,
    }
    assert analysis.sentence_best[5 - 1] == np.log1p(1.6)
    assert analysis.sentence_best[4 - 1] == np.log1p(1.0)


def test_vocabulary_covers_exactly_the_169_targets():
    raw = _raw()
    assert sorted(raw["targets"], key=str) == sorted(load_targets(), key=str)
    assert sorted(int(g) for g in raw["goals"]) == list(range(1, 18))
    assert all(raw["targets"][t] for t in raw["targets"])


def test_load_targets_ids_are_strings():
    targets = load_targets()
    assert len(targets) == 169
    assert "17.10" in targets and "9.c" in targets
    assert targets["17.10"]["goal"] == 17
