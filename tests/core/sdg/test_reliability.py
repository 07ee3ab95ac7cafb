"""The measured reliability shown beside machine suggestions belongs to the engine in use."""

from __future__ import annotations

from wsislens.sdg import ENGINE_METHOD
from wsislens.sdg.reliability import measured, reliability_note


def test_the_committed_figures_are_for_the_engine_in_use():
    # If this fails, re-measure: .venv/bin/python bench/sdg_benchmark.py --write
    figures = measured()
    assert figures["method"] == ENGINE_METHOD
    assert len(figures["target_precision"]) == len(figures["target_recall"]) == 3
    assert all(
        0.0 < value <= 1.0 for value in (figures["goal_accuracy_heldout"], *figures["target_precision"])
    )


def test_note_states_the_measured_figures():
    # the committed figures, of the suggestions made for a submission, on the sets the suggestions'
    # model was not fitted on: held-aside 0.871; target precision 0.926 (test sentences), 0.786
    # (sentences written apart) and 0.764 (paragraphs written apart); recall 0.872, 0.662 and 0.649
    assert reliability_note("wsislens-sdg 1.36") == (
        "How reliable are machine suggestions? wsislens-sdg 1.36 judged 87% of benchmark paragraphs "
        "it had never seen right at goal level. In test sentences and paragraphs, 76%–93% of the "
        "targets it names are right, and it finds 65%–87% of the targets an analyst names, so a target "
        "without a suggestion may still be served. Read the quote before relying on one."
    )


def test_other_engine_versions_and_analysts_get_no_note():
    assert reliability_note("wsislens-sdg 0.9") is None
    assert reliability_note("wsislens-sdg 1.35") is None  # measured figures belong to 1.36
    assert reliability_note("analyst") is None
