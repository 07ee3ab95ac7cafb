from wsislens.scoring import stated_sdgs


def test_stated_sdgs_counts_a_targets_goal_and_leaves_out_what_is_also_stated():
    draft = {
        "sdg_targets": [{"target": "16.2", "basis": "stated"}, {"target": "4.4", "basis": "negated"}],
        "sdg_goals": [
            {"goal": 5, "basis": "stated"},
            {"goal": 16, "basis": "negated"},
            {"goal": 13, "basis": "negated"},
            {"goal": 3, "basis": "inferred"},
        ],
    }
    assert stated_sdgs(draft) == ({"5", "16"}, {"16.2"}, {"4.4", "13"})
