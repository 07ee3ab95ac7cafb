import datetime as dt

from wsislens.loading import load_corpus
from wsislens.reference import load_yaml
from wsislens.review import apply_review, reject_suggestion, review_tables

TODAY = dt.date(2026, 11, 28)


def _ecpat(data_dir):
    data = load_yaml(data_dir / "submissions" / "ecpat-international-2021.yaml")
    text = (data_dir / "sources" / "ecpat-international-2021.txt").read_text(encoding="utf-8")
    return data, text


def test_unchanged_review_round_trips_exactly(data_dir):
    data, text = _ecpat(data_dir)
    tables = review_tables(data)
    assert {k: len(v) for k, v in tables.items()} == {
        "action_lines": 5,
        "sdg_targets": 6,
        "sdg_goals": 0,
        "organisations": 12,
        "initiatives": 8,
        "relations": 17,
        "events": 8,
        "figures": 6,
        "key_points": 16,
    }
    assert tables["organisations"].loc[1, "aliases"] == "ITU"
    result, problems = apply_review(data, text, tables, reviewed=True, today=TODAY)
    assert problems == []
    assert result == data


def test_reject_row_correct_quote_and_add_row(data_dir):
    data, text = _ecpat(data_dir)
    tables = review_tables(data)
    tables["figures"].loc[0, "accept"] = False
    tables["events"].loc[0, "quote"] = "In 2014, ECPAT International established a formal global programme"
    tables["sdg_goals"].loc[0] = {
        "accept": True,
        "goal": 16,
        "basis": "stated",
        "score": None,
        "method": None,
        "themes": "sdg-implementation",
        "quote": "SDGs 16.2",
    }
    result, problems = apply_review(data, text, tables, reviewed=False, today=TODAY)
    assert problems == []
    assert [f["value"] for f in result["figures"]] == [20, 122, 100, 14, 3]
    assert result["events"][0]["evidence"] == [
        {
            "quote": "In 2014, ECPAT International established a formal global programme",
            "start": 8764,
            "end": 8830,
        }
    ]
    assert result["sdg_goals"] == [
        {
            "goal": 16,
            "basis": "stated",
            "themes": ["sdg-implementation"],
            "evidence": [{"quote": "SDGs 16.2", "start": 4482, "end": 4491}],
        }
    ]
    assert result["status"] == "draft" and "reviewed_at" not in result


def test_a_quote_that_is_not_in_the_text_blocks_saving(data_dir):
    data, text = _ecpat(data_dir)
    tables = review_tables(data)
    tables["key_points"].loc[2, "quote"] = "words nobody wrote"
    tables["action_lines"].loc[0, "code"] = "C12"
    _, problems = apply_review(data, text, tables, reviewed=True, today=TODAY)
    assert problems[0] == "key_points row 3: the quote is not in the source text: 'words nobody wrote'"
    assert any(p.startswith("action_lines.0.code:") for p in problems)


def test_rejecting_an_inferred_target_removes_it_and_records_why(data_dir):
    removed = reject_suggestion(
        data_dir,
        "ecpat-international-2021",
        "sdg_targets",
        "5.2",
        reason="Not the submitter's focus",
        today=TODAY,
    )
    assert removed == 1
    corpus = load_corpus(data_dir)
    assert corpus.problems == []
    submission = corpus.submissions["ecpat-international-2021"]
    assert [t.target for t in submission.sdg_targets] == ["16.2", "5.3", "8.7", "16.a", "17.17"]
    assert [(r.fact, r.value, r.reason, r.rejected_at) for r in submission.rejected_suggestions] == [
        ("sdg_target", "5.2", "Not the submitter's focus", "2026-11-28")
    ]
    # A stated target is never removed by a rejection.
    assert (
        reject_suggestion(
            data_dir, "ecpat-international-2021", "sdg_targets", "16.2", reason=None, today=TODAY
        )
        == 0
    )
    after = load_corpus(data_dir).submissions["ecpat-international-2021"]
    assert after.sdg_targets[0].target == "16.2" and len(after.rejected_suggestions) == 1


def test_rejecting_a_target_takes_the_goal_suggestion_resting_on_its_quotes(data_dir):
    import yaml

    path = data_dir / "submissions" / "ecpat-international-2021.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    [target] = [t for t in data["sdg_targets"] if t["target"] == "17.17"]
    assert target["basis"] == "inferred"
    goal_17 = {"goal": 17, "basis": "inferred", "score": 0.6, "method": target["method"], "themes": []}
    other_quote = next(t for t in data["sdg_targets"] if t["target"] == "16.2")["evidence"]
    data["sdg_goals"] = [
        {**goal_17, "evidence": target["evidence"]},  # the target's own words
        {**goal_17, "goal": 16, "evidence": other_quote},  # another goal, untouched
    ]
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    assert (
        reject_suggestion(
            data_dir, "ecpat-international-2021", "sdg_targets", "17.17", reason=None, today=TODAY
        )
        == 2
    )
    submission = load_corpus(data_dir).submissions["ecpat-international-2021"]
    assert [g.goal for g in submission.sdg_goals] == [16]
    assert [(r.fact, r.value, r.reason) for r in submission.rejected_suggestions] == [
        ("sdg_target", "17.17", None),
        ("sdg_goal", "17", "rests on the quotes of the rejected target 17.17"),
    ]


def test_rejected_suggestions_are_listed_with_when_and_why(data_dir):
    from wsislens.review import rejected_suggestions

    reject_suggestion(
        data_dir, "ecpat-international-2021", "sdg_targets", "5.2", reason="Not its focus", today=TODAY
    )
    corpus = load_corpus(data_dir)
    assert rejected_suggestions(
        corpus.submissions, {"ecpat-international-2021": "ECPAT International (2022)"}
    ) == [
        {
            "Submission": "ECPAT International (2022)",
            "Rejected": "SDG target 5.2",
            "On": "2026-11-28",
            "Why": "Not its focus",
        }
    ]
