import datetime as dt

import pytest

from wsislens.filters import FilterState
from wsislens.views import VIEW_KEYS, ViewOptions, build_charts, empty_reason, share_link


def test_every_view_builds_in_order_with_three_to_five_key_facts(corpus):
    charts = build_charts(corpus.tables, FilterState(), ViewOptions(today=dt.date(2026, 11, 28)))
    assert [c.key for c in charts] == list(VIEW_KEYS)
    for chart in charts:
        assert 3 <= len(chart.key_facts) <= 5, chart.key
        assert chart.source == "Source: ECPAT International, submission to the 25th CSTD session (2022)."


def test_network_focus_is_honoured(corpus):
    options = ViewOptions(network_focus="unicef", today=dt.date(2026, 11, 28))
    network = build_charts(corpus.tables, FilterState(), options)[3]
    assert set(network.table["source_id"]) | set(network.table["target_id"]) == {
        "unicef",
        "cop-guidelines",
        "colombo-roundtable-2016",
    }


def test_empty_views_say_why(corpus):
    charts = build_charts(corpus.tables, FilterState(themes=("funding",)), ViewOptions())
    by_key = {c.key: c for c in charts}
    assert set(
        zip(by_key["network"].table["source_id"], by_key["network"].table["target_id"], strict=True)
    ) == {
        ("ecpat-international", "weprotect-global-alliance"),
        ("ecpat-international", "end-violence-against-children"),
    }
    assert by_key["timeline"].empty == "No events are recorded for the theme 'Funding and resources'."
    assert (
        by_key["action_lines"].empty
        == "No WSIS action lines are recorded for the theme 'Funding and resources'."
    )


@pytest.mark.parametrize(
    "base, page, query, expected",
    [
        (
            "http://localhost:8501/",
            "sdg-mapping",
            {"theme": ["a", "b"], "present": ["1"]},
            "http://localhost:8501/sdg-mapping?theme=a&theme=b&present=1",
        ),
        (
            "http://localhost:8501/action-lines",
            "events-timeline",
            {"from": ["2014"]},
            "http://localhost:8501/events-timeline?from=2014",
        ),
        ("https://lens.example.org/wsis", "", {}, "https://lens.example.org/wsis/"),
    ],
)
def test_share_link(base, page, query, expected):
    assert share_link(base, page, query) == expected


def test_empty_reason_words(corpus):
    from wsislens.filters import apply_filters

    state = FilterState(themes=("covid-19", "funding"))
    assert empty_reason(state, apply_filters(corpus.tables, state), "partners") == (
        "No partners are recorded for the themes 'Covid-19 impact' or 'Funding and resources'."
    )


@pytest.mark.parametrize(
    ("state", "words"),
    [
        (
            FilterState(themes=("child-online-protection",), year_from=2018, year_to=2025),
            "No events are recorded for the theme 'Child online protection' and the years 2018–2025.",
        ),
        (FilterState(year_from=2018), "No events are recorded for the years from 2018."),
        (
            FilterState(year_to=2016, goal=16),
            "No events are recorded for the years up to 2016 and the other filters.",
        ),
        (FilterState(goal=16), "No events are recorded for these filters."),
    ],
)
def test_empty_reason_names_every_filter_that_may_have_emptied_the_view(corpus, state, words):
    # the words do not depend on what is shown, only on the filters (a submission must be shown)
    assert empty_reason(state, corpus.tables, "events") == words
