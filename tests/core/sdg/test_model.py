"""The committed model matches its inputs; scoring is deterministic; vocabulary is well formed."""

from __future__ import annotations

import json

import numpy as np

from wsislens.sdg.build import fingerprint
from wsislens.sdg.model import MODEL_PATH
from wsislens.sdg.reference import load_targets
from wsislens.sdg.vocabulary import _raw


def test_committed_model_is_current_and_small():
    # If this fails, rebuild it: .venv/bin/python -m wsislens.sdg.build
    with np.load(MODEL_PATH, allow_pickle=False) as stored:
        params = json.loads(str(stored["params"]))
        assert stored["weights"].shape[1] == 17
    assert params["fingerprint"] == fingerprint()
    assert len(params["thresholds"]) == 17
    assert MODEL_PATH.stat().st_size < 2_000_000


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
