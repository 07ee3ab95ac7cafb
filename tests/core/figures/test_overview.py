import pandas as pd

from wsislens.figures.overview import coverage_glance, headline_counts, headline_values, submission_rows
from wsislens.filters import FilterState, apply_filters


def test_headline_counts_for_two_themes(corpus):
    everything = apply_filters(corpus.tables, FilterState())
    assert headline_counts(everything) == {
        "action_lines": 5,
        "sdg_targets": 6,
        "partners": 6,
        "events": 8,
        "figures": 6,
        "key_points": 16,
    }
    regional = apply_filters(corpus.tables, FilterState(themes=("regional-cooperation",)))
    assert headline_counts(regional) == {
        "action_lines": 1,
        "sdg_targets": 1,
        "partners": 2,
        "events": 1,
        "figures": 1,
        "key_points": 3,
    }


def twice(tables):
    """The tables with every row also under a second submission, as if two submitters had sent
    the same text."""
    copies = {}
    for name, frame in {"submissions": tables.submissions, **tables.facts()}.items():
        other = frame.assign(submission_id=frame["submission_id"] + "-copy")
        copies[name] = pd.concat([frame, other], ignore_index=True)
    return tables.replace(**copies)


def test_what_two_submissions_share_is_counted_once(corpus):
    both = twice(apply_filters(corpus.tables, FilterState()))
    counts = headline_counts(both)
    assert counts == {
        "action_lines": 5,
        "sdg_targets": 6,
        "partners": 6,
        "events": 8,  # the same eight, named alike on the same dates, once each
        "figures": 12,
        "key_points": 32,
    }
    assert headline_values(counts)["action_lines"] == "5 of 11"
    chart = coverage_glance(both)
    assert chart.summary == "5 of 11 action lines covered (1 stated) and 4 of 17 SDGs (3 stated)."
    assert chart.key_facts[:3] == (
        "5 of 11 WSIS action lines covered, 1 of them stated by the submitters.",
        "6 SDG targets across 4 goals.",
        "6 partner organisations and 8 dated events.",
    )


def test_coverage_glance_tiles(corpus):
    chart = coverage_glance(apply_filters(corpus.tables, FilterState()))
    tiles = {trace.text[0]: (trace.name, trace.marker.pattern.shape) for trace in chart.figure.data}
    assert len(tiles) == 28
    assert tiles["C5"] == ("Stated", "")
    assert tiles["C10"] == ("Inferred only (analyst or engine)", "/")
    assert tiles["C9"] == ("Not covered", "")
    assert tiles["16"] == ("Stated", "") and tiles["17"] == ("Inferred only (analyst or engine)", "/")
    assert [t.showlegend for t in chart.figure.data].count(True) == 3
    # the key stands above the tiles, and the words under the chart name the three looks drawn
    assert (chart.figure.layout.legend.y, chart.figure.layout.legend.yanchor) == (1.0, "bottom")
    assert chart.reading == (
        "Full colour: stated by the submitter (the SDGs in their official colours). "
        "Hatched: inferred only, by an analyst or the engine. Grey: not covered."
    )
    assert chart.summary == "5 of 11 action lines covered (1 stated) and 4 of 17 SDGs (3 stated)."


def test_one_row_per_submission(corpus):
    rows = submission_rows(apply_filters(corpus.tables, FilterState()))
    assert rows.to_dict("records") == [
        {
            "Submission": "ECPAT International",
            "Stakeholder": "Civil society",
            "Session": "CSTD 25 (2022)",
            "Status": "Reviewed",
            "Action lines": "C5; inferred C4, C6, C10, C11",
            "SDG targets": 6,
            "Partners": 6,
            "Events": 8,
            "Figures": 6,
            "Key points": 16,
        }
    ]


def test_key_point_table_keeps_text_and_first_quote(corpus):
    from wsislens.figures.overview import key_point_table

    shown = apply_filters(corpus.tables, FilterState(themes=("covid-19",)))
    names = {"ecpat-international-2021": "ECPAT International (2022)"}
    assert key_point_table(shown.key_points, names).to_dict("records") == [
        {
            "Submission": "ECPAT International (2022)",
            "Kind": "Obstacle",
            "Key point": "The Covid pandemic severely hampered ECPAT's work in 2019 and 2020, without halting it.",
            "Themes": "Covid-19 impact",
            "Quote": "In common with most organizations around the world ECPAT's work in 2019-and 2020 was severely "
            "hampered and limited by the Covid pandemic but it did not by any means bring our work to a halt.",
        }
    ]


def test_empty_rows_of_the_submissions_table_are_explained(corpus):
    from wsislens.figures.overview import uncounted_in_words

    rows = submission_rows(apply_filters(corpus.tables, FilterState()))
    assert uncounted_in_words(rows, themes=0) == ""
    empty = rows.assign(**{"Action lines": ""}, **{c: 0 for c in rows.columns[5:]})
    assert uncounted_in_words(empty, themes=1) == (
        "1 row of the table is empty: that submission is shown for organisations, initiatives or "
        "relations under the theme, which the Partner network lists."
    )
    assert uncounted_in_words(pd.concat([empty, empty, rows]), themes=2) == (
        "2 rows of the table are empty: those submissions are shown for organisations, initiatives "
        "or relations under the themes, which the Partner network lists."
    )
    assert (
        uncounted_in_words(empty, themes=0)
        == "1 row of the table is empty: nothing was found in that submission."
    )
    # one count is enough for a row to be counted
    assert uncounted_in_words(empty.assign(Events=1), themes=1) == ""


def test_a_goal_stated_without_a_target_outweighs_its_inferred_targets(corpus):
    shown = apply_filters(corpus.tables, FilterState())
    assert shown.sdg_goals.empty and set(shown.sdg_targets.loc[shown.sdg_targets["goal"] == 17, "basis"]) == {
        "inferred"
    }
    target_row = shown.sdg_targets.iloc[[0]].assign(goal=17, basis="stated", score=None, method=None)
    goal_row = target_row.reindex(columns=shown.sdg_goals.columns)
    stated_17 = shown.replace(sdg_goals=pd.concat([shown.sdg_goals, goal_row], ignore_index=True))
    tiles = {trace.text[0]: trace.name for trace in coverage_glance(stated_17).figure.data}
    assert tiles["17"] == "Stated"
    assert coverage_glance(stated_17).summary == (
        "5 of 11 action lines covered (1 stated) and 4 of 17 SDGs (4 stated)."
    )
