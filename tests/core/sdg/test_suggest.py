"""The suggestions made for a submission: candidate targets, their profiles and the learned rule."""

from __future__ import annotations

import numpy as np
import pytest

from wsislens.sdg import map_text
from wsislens.sdg.analysis import analyse
from wsislens.sdg.build import BENCHMARK_DIR, build_suggestions
from wsislens.sdg.engine import classify, suggestion_inputs
from wsislens.sdg.model import load_model
from wsislens.sdg.suggest import (
    DEVELOPMENT_SETS,
    SUGGEST_FEATURES,
    SuggestModel,
    candidates,
    development_texts,
    profile_texts,
)
from wsislens.sdg.vocabulary import target_phrases

SURVIVORS = (
    "Prosecutors and judges were trained in child-friendly interviewing so that young survivors of sexual "
    "abuse can give evidence by video link instead of facing the accused in court."
)


def _candidates(text: str, **blocked) -> dict[str, list[float]]:
    names, features = candidates(analysis=analyse(text), model=load_model(), **blocked)
    return {name: [round(x, 3) for x in row] for name, row in zip(names, features.tolist(), strict=True)}


def test_a_targets_profile_holds_its_official_text_indicators_vocabulary_and_practice():
    profiles = profile_texts()
    assert len(profiles) == 169
    # 1 target text, 3 indicators, 102 vocabulary phrases, 28 phrases of practice
    assert len(profiles["16.2"]) == 1 + 3 + 102 + 28
    assert profiles["16.2"][0].startswith("End abuse, exploitation, trafficking and all forms of violence")
    assert "child helpline" in profiles["16.2"]


def test_the_words_of_a_setting_stay_out_of_their_targets_profiles():
    # "hospitals" and "university" are vocabulary phrases of 3.8 and 4.3, and `generic`: a setting
    profiles = profile_texts()
    assert {"hospital", "hospitals", "telemedicine"} <= set(target_phrases()["3.8"])
    assert "hospital" not in profiles["3.8"] and "hospitals" not in profiles["3.8"]
    assert "telemedicine" in profiles["3.8"]
    assert "university" in target_phrases()["4.3"] and "university" not in profiles["4.3"]


def test_the_closest_profile_finds_a_target_whose_phrases_a_passage_shares_only_in_part():
    # no phrase of 16.2 stands in the sentence ("young survivors of sexual abuse"), so `classify`
    # names no target; its profile is the closest of the 169
    assert classify(SURVIVORS)["targets"] == []
    assert _candidates(SURVIVORS) == {
        "5.2": [0.062, 0.0, 0.0, 0.034, 0.973, 0.125, 0.721],
        "16.2": [0.495, 0.0, 0.0, 0.106, 0.306, 1.0, 1.0],
        "16.3": [0.495, 0.693, 0.0, 0.0, 1.0, 1.0, 0.588],
    }
    assert len(SUGGEST_FEATURES) == 7


def test_a_denied_goal_has_no_candidates():
    assert list(_candidates(SURVIVORS, blocked_goals={16})) == ["5.2"]
    assert list(_candidates(SURVIVORS, blocked_targets={"16.2"})) == ["5.2", "16.3"]


def test_a_suggestion_without_a_phrase_quotes_its_sentence_with_offsets():
    suggested = [(m.goal, m.target, m.basis) for m in map_text(SURVIVORS, focus=True)]
    assert suggested == [(16, None, "inferred"), (16, "16.2", "inferred")]
    target = map_text(SURVIVORS, focus=True)[1]
    assert [(e.quote, e.start, e.end) for e in target.evidence] == [(SURVIVORS, 0, len(SURVIVORS))]
    assert target.score >= load_model().suggest.threshold


def test_min_score_raises_the_suggestions_threshold():
    assert [m.target for m in map_text(SURVIVORS, focus=True, min_score=0.9)] == []


def test_a_stated_target_is_not_suggested_again():
    text = "Our work serves target 16.2. The programme protects children from sexual exploitation online."
    assert [(m.goal, m.target, m.basis) for m in map_text(text, focus=True)] == [(16, "16.2", "stated")]
    stated, per_passage = suggestion_inputs(text, load_model())
    assert stated == {"16.2"}
    assert all("16.2" not in names for names, _ in per_passage)


def test_the_suggestions_model_is_fitted_on_the_development_sets_only():
    assert [path.name for path in DEVELOPMENT_SETS] == [
        "targets_dev.csv",
        "targets_paragraphs_dev.csv",
        "targets_protection_dev.csv",
    ]
    assert {path.parent for path in DEVELOPMENT_SETS} == {BENCHMARK_DIR}
    texts = development_texts()
    assert len(texts) == 160 + 100 + 40
    assert sum(len(targets) for _, targets in texts) == 431


def test_the_suggestions_model_standardises_its_inputs():
    model = SuggestModel(
        mean=np.array([1.0, 0.0]),
        scale=np.array([2.0, 1.0]),
        coef=np.array([1.0, -1.0]),
        intercept=0.5,
        threshold=0.5,
    )
    # z = ((3 - 1) / 2) * 1 + (1 - 0) * -1 + 0.5 = 0.5
    assert model.probability(np.array([[3.0, 1.0]])) == pytest.approx([1.0 / (1.0 + np.exp(-0.5))])


def test_the_builder_chooses_the_committed_settings():
    arrays, params = build_suggestions(load_model(), lambda *a: None)
    stored = load_model().suggest
    assert params["suggest_C"] == 0.3
    assert params["suggest_threshold"] == stored.threshold == 0.45
    assert np.allclose(arrays["suggest_coef"], stored.coef, atol=1e-5)
