"""Global filters: URL parsing, narrowing rules and the caption sentence, on the ECPAT seed."""

import dataclasses

import pytest

from wsislens.filters import FilterState, apply_filters, describe, parse_query, selected_submissions


def _ids(frame, column="id"):
    return frame[column].tolist()


def test_no_filter_shows_everything(corpus):
    shown = apply_filters(corpus.tables, FilterState())
    assert {k: len(v) for k, v in shown.facts().items()} == {
        "key_points": 16,
        "action_lines": 5,
        "sdg_targets": 6,
        "sdg_goals": 0,
        "organisations": 12,
        "initiatives": 8,
        "relations": 17,
        "events": 8,
        "figures": 6,
    }


def test_law_enforcement_theme(corpus):
    shown = apply_filters(corpus.tables, FilterState(themes=("law-enforcement",)))
    assert _ids(shown.action_lines, "code") == ["C5", "C4"]
    assert _ids(shown.sdg_targets, "target") == ["16.2", "16.a"]
    assert _ids(shown.events) == ["online-programme-2014"]
    assert _ids(shown.organisations) == ["ecpat-international"]
    assert list(zip(shown.relations["source"], shown.relations["target"], strict=True)) == [
        ("ecpat-international", "ecpat-online-programme")
    ]


def test_regional_cooperation_theme_shows_organisations_through_their_relations(corpus):
    shown = apply_filters(corpus.tables, FilterState(themes=("regional-cooperation",)))
    assert _ids(shown.organisations) == [
        "ecpat-international",
        "unicef",
        "saievac",
        "government-of-sri-lanka",
    ]
    assert _ids(shown.events) == ["colombo-roundtable-2016"]
    assert _ids(shown.action_lines, "code") == ["C11"]


def test_two_themes_are_a_union(corpus):
    one = apply_filters(corpus.tables, FilterState(themes=("covid-19",)))
    both = apply_filters(corpus.tables, FilterState(themes=("covid-19", "legal-frameworks")))
    assert _ids(one.events) == ["covid-disruption-2019-2020"]
    assert _ids(both.events) == [
        "online-programme-2014",
        "covid-disruption-2019-2020",
        "general-comment-25-adopted-2021",
    ]


def test_year_range_keeps_overlapping_events_and_drops_their_relations(corpus):
    shown = apply_filters(corpus.tables, FilterState(year_from=2017, year_to=2020))
    assert _ids(shown.events) == ["global-campaign-operational-2018", "covid-disruption-2019-2020"]
    assert "colombo-roundtable-2016" not in set(shown.relations["target"]) | set(shown.relations["source"])
    assert "government-of-sri-lanka" not in _ids(shown.organisations)
    assert len(shown.relations) == 13


@pytest.mark.parametrize(
    "state, expected",
    [
        (FilterState(action_line="C5"), ["ecpat-international-2021"]),
        (FilterState(action_line="C9"), []),
        (FilterState(goal=16), ["ecpat-international-2021"]),
        (FilterState(goal=3), []),
        (FilterState(target="8.7"), ["ecpat-international-2021"]),
        (FilterState(stakeholder="civil_society"), ["ecpat-international-2021"]),
        (FilterState(stakeholder="government"), []),
    ],
)
def test_submission_choosing_filters(corpus, state, expected):
    assert selected_submissions(corpus.tables, state) == expected


def test_goal_narrows_sdg_facts(corpus):
    shown = apply_filters(corpus.tables, FilterState(goal=16))
    assert _ids(shown.sdg_targets, "target") == ["16.2", "16.a"]
    assert len(shown.events) == 8


@pytest.mark.parametrize(
    "state, sentence",
    [
        (FilterState(), "ECPAT International · all themes · 2014–2030"),
        (
            FilterState(themes=("law-enforcement",)),
            "ECPAT International · themes: law enforcement · 2014–2030",
        ),
        (
            FilterState(themes=("law-enforcement", "covid-19"), year_from=2016),
            "ECPAT International · themes: law enforcement, covid-19 impact · 2016–2030",
        ),
        (
            FilterState(action_line="C5", target="16.2"),
            "ECPAT International · all themes · action line C5 Confidence and security · SDG target 16.2 · 2014–2030",
        ),
        (
            FilterState(goal=16),
            "ECPAT International · all themes · SDG 16 Peace, justice and strong institutions · 2014–2030",
        ),
        (
            FilterState(stakeholder="government"),
            "No submission matches · stakeholders: government · all themes · 2014–2030",
        ),
    ],
)
def test_describe(corpus, state, sentence):
    assert describe(state, corpus.tables) == sentence


def test_parse_query_round_trip_and_warnings():
    state = FilterState(
        themes=("law-enforcement", "legal-frameworks"),
        submission="ecpat-international-2021",
        stakeholder="civil_society",
        year_from=2014,
        year_to=2020,
        action_line="C5",
        goal=17,
        target="17.10",
    )
    assert parse_query(state.to_query(), ["ecpat-international-2021"]).state == state
    parsed = parse_query(
        {
            "theme": ["nope", "advocacy", "advocacy"],
            "from": "20x",
            "to": "2016",
            "goal": "18",
            "target": "16.20",
            "action_line": "c12",
            "submission": "other",
        },
        ["ecpat-international-2021"],
    )
    assert parsed.state == FilterState(themes=("advocacy",), year_to=2016)
    assert parsed.warnings == (
        "Unknown theme 'nope' was ignored.",
        "Unknown submission 'other' was ignored.",
        "The year from='20x' is not a year between 1990 and 2100 and was ignored.",
        "Unknown action line 'C12' was ignored (C1 to C11).",
        "Unknown SDG goal '18' was ignored (1 to 17).",
        "Unknown SDG target '16.20' was ignored.",
    )


def test_reversed_years_are_swapped_and_target_must_sit_under_goal():
    parsed = parse_query({"from": "2020", "to": "2014", "goal": "5", "target": "16.2"})
    assert (parsed.state.year_from, parsed.state.year_to, parsed.state.target) == (2014, 2020, None)
    assert parsed.warnings == (
        "The year range 2020–2014 was reversed.",
        "Target 16.2 is not under SDG 5; the target was ignored.",
    )


@pytest.mark.parametrize(
    ("query", "years", "warnings"),
    [
        (
            {"from": "2099", "to": "2100"},
            (None, None),
            ("The years 2099–2100 lie outside the data (2014–2030) and were ignored.",),
        ),
        (
            {"to": "2010"},
            (None, None),
            ("The years up to 2010 lie outside the data (2014–2030) and were ignored.",),
        ),
        (
            {"from": "2010", "to": "2020"},
            (2014, 2020),
            ("The years 2010–2020 reach outside the data (2014–2030); 2014–2020 are shown.",),
        ),
        ({"from": "2020"}, (2020, None), ()),
        (
            {"from": "2040"},
            (None, None),
            ("The years from 2040 lie outside the data (2014–2030) and were ignored.",),
        ),
        ({"from": "2016", "to": "2030"}, (2016, 2030), ()),
    ],
)
def test_years_outside_the_data_are_narrowed_or_ignored_with_a_warning(query, years, warnings):
    parsed = parse_query(query, extent=(2014, 2030))
    assert (parsed.state.year_from, parsed.state.year_to) == years
    assert parsed.warnings == warnings


def _without_themes(value):
    """A submission's data with every theme taken away."""
    if isinstance(value, dict):
        return {k: ([] if k == "themes" else _without_themes(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_themes(v) for v in value]
    return value


def test_a_theme_chooses_only_the_submissions_on_it(data_dir):
    import yaml

    from wsislens.loading import load_corpus
    from wsislens.reference import load_yaml

    data = _without_themes(load_yaml(data_dir / "submissions" / "ecpat-international-2021.yaml"))
    data["themes"] = ["law-enforcement"]  # its own theme, but no fact under it: not chosen
    data["id"] = "untagged-2021"
    data["entity"]["name"] = "Untagged Agency"
    (data_dir / "submissions" / "untagged-2021.yaml").write_text(yaml.safe_dump(data), encoding="utf-8")
    tables = load_corpus(data_dir).tables
    assert selected_submissions(tables, FilterState()) == ["ecpat-international-2021", "untagged-2021"]
    state = FilterState(themes=("law-enforcement",))
    assert selected_submissions(tables, state) == ["ecpat-international-2021"]
    assert describe(state, tables) == "ECPAT International · themes: law enforcement · 2014–2030"
    shown = apply_filters(tables, state)
    assert _ids(shown.submissions, "submission_id") == ["ecpat-international-2021"]
    assert _ids(shown.sdg_targets, "target") == ["16.2", "16.a"]


def test_describe_names_no_years_for_a_corpus_without_events(corpus):
    tables = dataclasses.replace(corpus.tables, events=corpus.tables.events.iloc[0:0])
    assert describe(FilterState(), tables) == "ECPAT International · all themes"
