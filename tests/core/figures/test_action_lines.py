import pandas as pd

from tests.core.figures.fixtures import TWO_SUBMISSIONS, action_lines, evidence, records
from wsislens.figures.action_lines import (
    action_line_chart,
    action_line_rows,
    coverage_table,
)
from wsislens.filters import FilterState, apply_filters

FACTS = action_lines(
    {"submission_id": "a-2021", "code": "C5", "basis": "stated", "evidence": evidence("Action Line C5")},
    {
        "submission_id": "a-2021",
        "code": "C5",
        "basis": "inferred",
        "score": 0.6,
        "method": "engine",
        "evidence": evidence("security"),
    },
    {
        "submission_id": "a-2021",
        "code": "C7",
        "sub_line": "e-health",
        "basis": "stated",
        "evidence": evidence("e-health") + evidence("telemedicine", 40),
    },
    {"submission_id": "b-2021", "code": "C9", "basis": "negated", "evidence": evidence("does not cover C9")},
    {
        "submission_id": "b-2021",
        "code": "C10",
        "basis": "inferred",
        "score": 0.8,
        "method": "analyst",
        "evidence": evidence("abuse"),
    },
)


def test_rows_are_c1_to_c11_with_sub_lines_after_c7():
    labels = [label for _, _, label in action_line_rows()]
    assert len(labels) == 19
    assert labels[6:9] == ["C7 ICT applications", "C7 · E-government", "C7 · E-business"]
    assert labels[-1] == "C11 International cooperation"


def test_coverage_keeps_the_strongest_basis_and_counts_quotes():
    table = coverage_table(FACTS, TWO_SUBMISSIONS)
    assert records(table, ["submission", "label", "basis", "score", "quotes"]) == [
        {
            "submission": "Alpha",
            "label": "C5 Confidence and security",
            "basis": "stated",
            "score": None,
            "quotes": 2,
        },
        {"submission": "Alpha", "label": "C7 · E-health", "basis": "stated", "score": None, "quotes": 2},
        {"submission": "Beta", "label": "C9 Media", "basis": "negated", "score": None, "quotes": 1},
        {"submission": "Beta", "label": "C10 Ethics", "basis": "inferred", "score": 0.8, "quotes": 1},
    ]


def test_matrix_traces_by_basis_with_distinct_symbols():
    chart = action_line_chart(FACTS, TWO_SUBMISSIONS, empty_reason="none")
    key = "Columns: Alpha, Alpha Agency (2022); Beta, Beta Ministry (2022)."
    assert chart.reading == (
        "Filled circle: stated. Open diamond: inferred by an analyst or the engine. Cross: declined "
        f"by the submitter. {key}"
    )
    assert chart.key_facts[-1] == key  # on the slide too
    one = TWO_SUBMISSIONS.iloc[:1]
    # only the marks drawn are explained, and only they are in the legend
    alone = action_line_chart(FACTS[FACTS["submission_id"] == "a-2021"], one, empty_reason="none")
    assert alone.reading == "Filled circle: stated."
    assert [t.name for t in alone.figure.data] == ["Stated by the submitter"]
    fig = chart.figure
    assert [t.name for t in fig.data] == [
        "Stated by the submitter",
        "Inferred by an analyst or the engine",
        "Declined by the submitter",
    ]
    assert [t.marker.symbol for t in fig.data] == ["circle", "diamond-open", "x-thin-open"]
    assert list(fig.data[0].y) == ["C5 Confidence and security", "C7 · E-health"]
    assert list(fig.data[0].x) == ["Alpha", "Alpha"]
    assert list(fig.data[1].text) == ["  Inferred (0.80) · 1 quote"]
    assert list(fig.data[2].x) == ["Beta"]
    assert list(fig.layout.xaxis.categoryarray) == ["Alpha", "Beta"]
    assert fig.layout.yaxis.categoryarray[0] == "C11 International cooperation"
    assert fig.layout.title.text == "WSIS action lines covered"
    assert chart.summary == (
        "2 action lines stated (C5 Confidence and security, C7 ICT applications with E-health); "
        "1 more inferred only (C10 Ethics); 1 declined (C9 Media)."
    )
    assert chart.source == "Source: 2 submissions to the CSTD."


def test_empty_selection_is_a_sentence():
    chart = action_line_chart(
        FACTS.iloc[0:0], TWO_SUBMISSIONS, empty_reason="No WSIS action lines are recorded."
    )
    assert chart.empty == "No WSIS action lines are recorded."
    assert chart.figure.layout.annotations[0].text == "No WSIS action lines are recorded."
    assert len(chart.figure.data) == 0


def test_builder_does_not_change_its_input():
    before = FACTS.copy()
    action_line_chart(FACTS, TWO_SUBMISSIONS, empty_reason="x")
    assert FACTS.equals(before)


def _ecpat_marks(corpus, themes):
    shown = apply_filters(corpus.tables, FilterState(themes=themes))
    fig = action_line_chart(shown.action_lines, shown.submissions, empty_reason="none").figure
    return {t.name.split()[0]: list(t.y) for t in fig.data}


def test_ecpat_under_two_themes(corpus):
    assert _ecpat_marks(corpus, ()) == {
        "Stated": ["C5 Confidence and security"],
        "Inferred": [
            "C4 Capacity building",
            "C6 Enabling environment",
            "C10 Ethics",
            "C11 International cooperation",
        ],
    }
    assert _ecpat_marks(corpus, ("law-enforcement",)) == {
        "Stated": ["C5 Confidence and security"],
        "Inferred": ["C4 Capacity building"],
    }
    assert _ecpat_marks(corpus, ("legal-frameworks",)) == {"Inferred": ["C6 Enabling environment"]}


def test_many_submissions_become_counts_per_action_line():
    from tests.core.figures.fixtures import submissions

    many = submissions(
        *(
            {
                "submission_id": f"s{n}",
                "entity_name": f"Entity {n}",
                "short_name": "Same",
                "session_year": 2000 + n,
                "entity_type": "other",
            }
            for n in range(21)
        )
    )
    facts = action_lines(
        *(
            {"submission_id": f"s{n}", "code": "C5", "basis": "stated", "evidence": evidence("C5")}
            for n in range(21)
        ),
        {
            "submission_id": "s3",
            "code": "C10",
            "basis": "inferred",
            "score": 0.7,
            "method": "engine",
            "evidence": evidence("abuse"),
        },
    )
    declined = action_lines(
        {"submission_id": "s4", "code": "C9", "basis": "negated", "evidence": evidence("not C9")}
    )
    without_declined = action_line_chart(facts, many, empty_reason="none")
    assert [t.name for t in without_declined.figure.data] == [
        "Stated by the submitter",
        "Inferred by an analyst or the engine",
    ]
    # the C7 sub-line rows are drawn empty: the sentence says why (FACTS above name E-health)
    assert without_declined.summary.endswith(
        " No submission shown names one of the eight C7 sub-lines (e-government to e-science)."
    )
    assert "sub-lines" not in action_line_chart(FACTS, TWO_SUBMISSIONS, empty_reason="none").summary
    assert without_declined.reading == (
        "Bars: how many submissions state each action line (solid) or are inferred to cover it by an "
        "analyst or the engine (hatched)."
    )
    chart = action_line_chart(pd.concat([facts, declined], ignore_index=True), many, empty_reason="none")
    fig = chart.figure
    assert [t.type for t in fig.data] == ["bar", "bar", "bar"]
    # each basis filled in its colour, inferred and declined hatched over it (a white hatch with
    # no fill of its own drew nothing at all)
    assert [
        (t.marker.pattern.shape, t.marker.pattern.bgcolor, t.marker.pattern.fillmode) for t in fig.data
    ] == [
        ("", "#0072B2", "overlay"),
        ("/", "#E69F00", "overlay"),
        ("x", "#595959", "overlay"),
    ]
    assert chart.reading == (
        "Bars: how many submissions state each action line (solid), are inferred to cover it by an "
        "analyst or the engine (hatched) or decline it (crossed)."
    )
    assert not chart.key_facts[-1].startswith("Columns:")
    counts = {t.name.split()[0]: dict(zip(t.y, t.x, strict=True)) for t in fig.data}
    assert counts["Stated"]["C5 Confidence and security"] == 21
    assert counts["Inferred"]["C10 Ethics"] == 1
    assert {row: n for row, n in counts["Declined"].items() if n} == {"C9 Media": 1}
    assert fig.layout.barmode == "stack"
    # each bar ends with how many submissions cover its line in all (a decline does not cover)
    totals = {a.y: (a.text, a.x) for a in fig.layout.annotations if (a.name or "").startswith("total:")}
    assert totals == {"C5 Confidence and security": ("21", 21), "C10 Ethics": ("1", 1)}
    assert "%{customdata} cover it in all" in fig.data[0].hovertemplate
    assert chart.key_facts[-1] == "Covered by the most submissions: C5 (21); by the fewest: C10 (1)."
    only_c5 = action_line_chart(facts[facts["code"] == "C5"], many, empty_reason="none")
    assert only_c5.key_facts[-1] == "Each action line covered is covered by 21 submissions."


def test_submission_labels_stay_unique():
    from tests.core.figures.fixtures import submissions
    from wsislens.figures.chart import submission_labels

    subs = submissions(
        {"submission_id": "a-2021", "short_name": "ECPAT", "session_year": 2022},
        {"submission_id": "a-2022", "short_name": "ECPAT", "session_year": 2023},
        {"submission_id": "b-2021", "short_name": "ITU", "session_year": 2022},
    )
    assert submission_labels(subs) == {"a-2021": "ECPAT (2022)", "a-2022": "ECPAT (2023)", "b-2021": "ITU"}


def test_presenting_draws_the_rows_lower_with_marks_that_fit_them(corpus):
    shown = apply_filters(corpus.tables, FilterState())

    def drawn(presenting):
        fig = action_line_chart(
            shown.action_lines, shown.submissions, empty_reason="none", presenting=presenting
        ).figure
        return fig.layout.height, {trace.marker.size for trace in fig.data}

    assert drawn(presenting=False) == (806, {22})  # 19 rows of 34 px and the frame
    assert drawn(presenting=True) == (520, {13})  # rows of 18.9 px: marks of 70% of a row


def test_a_line_named_by_several_sub_lines_counts_once_as_in_the_overview():
    more = pd.concat(
        [
            FACTS,
            action_lines(
                {
                    "submission_id": "a-2021",
                    "code": "C7",
                    "sub_line": "e-learning",
                    "basis": "stated",
                    "evidence": evidence("e-learning"),
                }
            ),
        ],
        ignore_index=True,
    )
    chart = action_line_chart(more, TWO_SUBMISSIONS, empty_reason="none")
    assert chart.summary.startswith(
        "2 action lines stated (C5 Confidence and security, C7 ICT applications with E-learning and E-health); "
    )
