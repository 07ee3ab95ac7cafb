"""The timeline figure: spans and points at their real precision, lanes, the session band,
the today line and the years left to 2030, the table and its sentences; the ECPAT seed."""

import datetime

import pandas as pd
import pytest

from wsislens.figures.timeline import (
    DAY_MS,
    EVENT_LIMIT,
    PRESENTATION_PLAN,
    SCREEN_PLAN,
    date_in_words,
    distinct_events,
    drawn_events,
    fitted_events,
    place_events,
    session_marks,
    short_title,
    timeline_chart,
    today_from_env,
    x_extent,
    years_left,
    years_left_text,
)
from wsislens.filters import FilterState, apply_filters
from wsislens.loading import load_corpus
from wsislens.paths import REPO_ROOT
from wsislens.tables import SUBMISSION_COLUMNS, date_bounds, fact_columns

TODAY = datetime.date(2026, 11, 28)
EVENT_COLUMNS = fact_columns("events")


def event(event_id, date, kind, *, end_date=None, themes=(), title=None, submission_id="s-2021"):
    """One events-table row, built as wsislens.tables builds it."""
    start, end, precision = date_bounds(date, end_date)
    quote = f"Quote for {event_id}"
    return {
        "submission_id": submission_id,
        "id": event_id,
        "date": date,
        "end_date": end_date,
        "title": title or f"Title {event_id}",
        "kind": kind,
        "precision": precision,
        "start": start,
        "end": end,
        "start_year": start.year,
        "end_year": end.year,
        "themes": tuple(themes),
        "evidence": ({"quote": quote, "start": 0, "end": len(quote), "page": None},),
    }


def events(*rows):
    return pd.DataFrame(list(rows), columns=EVENT_COLUMNS)


def submissions(**session):
    row = dict.fromkeys(SUBMISSION_COLUMNS)
    row.update(
        {
            "submission_id": "s-2021",
            "entity_name": "Sample Org",
            "short_name": "Sample",
            "status": "reviewed",
            "session_body": "CSTD",
            "session_number": 25,
            "session_year": 2022,
            "session_start": "2022-03-28",
            "session_end": "2022-04-01",
            "session_place": "Geneva",
            **session,
        }
    )
    return pd.DataFrame([row], columns=SUBMISSION_COLUMNS)


# One event of each precision, one per lane when lanes are kinds.
FOUR = events(
    event("programme-2016", "2016", "programme", themes=("advocacy", "research")),
    event("meeting-2018-03", "2018-03", "meeting", themes=("advocacy",)),
    event("covid-2019-2020", "2019", "disruption", end_date="2020", themes=("covid-19",)),
    event("adopted-2022-03-30", "2022-03-30", "adoption", themes=("legal-frameworks",)),
)


def traces_by_name(fig):
    return {trace.name: trace for trace in fig.data}


def named(items, name):
    return [item for item in items if item.name == name]


# --- date_in_words -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "end_date", "short", "words"),
    [
        ("2016", None, False, "2016"),
        ("2016-03", None, False, "March 2016"),
        ("2022-03-28", None, False, "28 March 2022"),
        ("2022-03-08", None, False, "8 March 2022"),
        ("2019", "2020", False, "2019–2020"),
        ("2016", "2016", False, "2016"),
        ("2016-03", "2016-05", False, "March–May 2016"),
        ("2016-11", "2017-02", False, "November 2016–February 2017"),
        ("2022-03-01", "2022-03-05", False, "1–5 March 2022"),
        ("2022-03-28", "2022-04-01", False, "28 March–1 April 2022"),
        ("2021-12-30", "2022-01-02", False, "30 December 2021–2 January 2022"),
        ("2019", "2020-06", False, "2019–June 2020"),
        ("2022-03-28", "2022-04-01", True, "28 Mar–1 Apr 2022"),
        ("2016-09", None, True, "Sep 2016"),
    ],
)
def test_date_in_words(date, end_date, short, words):
    assert date_in_words(date, end_date, short=short) == words


def test_date_in_words_reads_a_missing_end_date_from_pandas_as_none():
    assert date_in_words("2016-03", float("nan")) == "March 2016"


# --- today and the years left ------------------------------------------------------------------------


# The rule: 2030 - today.year, the whole calendar years after the current one up to and including 2030.
@pytest.mark.parametrize(
    ("today", "left", "text"),
    [
        (datetime.date(2026, 11, 28), 4, "4 years left to the 2030 deadline"),
        (datetime.date(2026, 1, 1), 4, "4 years left to the 2030 deadline"),
        (datetime.date(2029, 12, 31), 1, "1 year left to the 2030 deadline"),
        (datetime.date(2030, 6, 1), 0, "2030 is the deadline year"),
        (datetime.date(2031, 1, 1), -1, "The 2030 deadline has passed"),
    ],
)
def test_years_left(today, left, text):
    assert years_left(today) == left
    assert years_left_text(today) == text


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"WSISLENS_TODAY": "2026-11-28"}, datetime.date(2026, 11, 28)),
        ({"WSISLENS_TODAY": " 2024-02-29 "}, datetime.date(2024, 2, 29)),
    ],
)
def test_today_from_env_reads_the_variable(environ, expected):
    assert today_from_env(environ) == expected


@pytest.mark.parametrize("environ", [{}, {"WSISLENS_TODAY": ""}, {"WSISLENS_TODAY": "28/11/2026"}])
def test_today_from_env_falls_back_to_the_real_date(environ):
    assert today_from_env(environ) == datetime.date.today()


def test_short_title_wraps_and_marks_the_cut():
    assert short_title("General Comment 25 adopted") == ["General Comment 25 adopted"]
    assert short_title("Covid pandemic hampers ECPAT's work") == ["Covid pandemic hampers", "ECPAT's work"]
    assert short_title("High-level Roundtable on the SDGs and violence against children in South Asia") == [
        "High-level Roundtable on the",
        "SDGs and violence against…",
    ]


def test_a_title_keeps_its_count_of_submissions_whole():
    assert short_title("Covid pandemic hampers ECPAT's work (32 submissions)", width=46, lines=1) == [
        "Covid pandemic hampers… (32 submissions)"
    ]
    assert short_title("General Comment 25 adopted (20 submissions)") == [
        "General Comment 25 adopted",
        "(20 submissions)",
    ]
    assert short_title("SDG deadline (3 submissions)", width=46, lines=1) == ["SDG deadline (3 submissions)"]
    assert short_title("High-level Roundtable on the SDGs and violence against children (9 submissions)") == [
        "High-level Roundtable on the",
        "SDGs and… (9 submissions)",
    ]


# --- the figure on a small fixture ----------------------------------------------------------------------


def test_spans_are_bars_from_first_day_to_the_day_after_the_last():
    fig = timeline_chart(FOUR, submissions(), today=TODAY, empty_reason="none").figure
    traces = traces_by_name(fig)
    assert list(traces) == [
        "Year (bar spans the year)",
        "Month (bar spans the month)",
        "Range of dates (hatched bar)",
        "Single day (diamond)",
    ]
    year, month, range_, day = fig.data
    assert (year.type, month.type, range_.type, day.type) == ("bar", "bar", "bar", "scatter")
    assert year.orientation == month.orientation == range_.orientation == "h"
    assert year.base == ("2016-01-01",) and year.x == (366 * DAY_MS,)  # 2016 is a leap year
    assert month.base == ("2018-03-01",) and month.x == (31 * DAY_MS,)
    assert range_.base == ("2019-01-01",) and range_.x == (731 * DAY_MS,)  # 2019 and leap 2020
    assert day.x == ("2022-03-30",) and day.mode == "markers" and day.marker.symbol == "diamond"
    # Precision is told by shape, not colour alone: the range is hatched and outlined, the day a diamond.
    assert range_.marker.pattern.shape == "/" and range_.marker.line.width == 2.5
    assert year.marker.pattern.shape == month.marker.pattern.shape == ""
    assert fig.layout.xaxis.type == "date"


def test_lanes_by_kind_follow_the_vocabulary_with_its_labels():
    fig = timeline_chart(FOUR, submissions(), today=TODAY, empty_reason="none").figure
    year, month, range_, day = fig.data
    assert (year.y, month.y, day.y, range_.y) == ((0,), (1,), (2,), (3,))
    assert fig.layout.yaxis.tickvals == (0, 1, 2, 3)
    assert fig.layout.yaxis.ticktext == ("Programme", "Meeting", "Adoption", "Disruption")
    assert fig.layout.yaxis.range == (3.5, -0.5)  # first lane on top


def test_lanes_by_theme_put_an_event_in_every_lane_of_its_themes():
    fig = timeline_chart(FOUR, submissions(), today=TODAY, lanes="theme", empty_reason="none").figure
    assert fig.layout.yaxis.ticktext == ("Legal frameworks", "Advocacy", "Research", "Covid-19 impact")
    year, month, range_, day = fig.data
    assert [c[0] for c in year.customdata] == ["programme-2016", "programme-2016"]
    # The 2016 bar's label reaches past March 2018, so the meeting takes a second advocacy row.
    assert year.y == (1, 3) and month.y == (2,)
    assert range_.y == (4,) and day.y == (0,)
    assert fig.layout.yaxis.tickvals == (0, 1.5, 3, 4)


def test_unknown_lane_choice_is_an_error():
    with pytest.raises(ValueError, match="lanes must be 'kind' or 'theme'"):
        timeline_chart(FOUR, submissions(), today=TODAY, lanes="colour", empty_reason="none")


def test_customdata_names_the_event_and_the_hover_says_the_date_in_words():
    fig = timeline_chart(FOUR, submissions(), today=TODAY, empty_reason="none").figure
    rows = [list(c) for trace in fig.data for c in trace.customdata]
    assert rows == [
        ["programme-2016", "s-2021", "Title programme-2016", "2016", "Programme"],
        ["meeting-2018-03", "s-2021", "Title meeting-2018-03", "March 2018", "Meeting"],
        ["covid-2019-2020", "s-2021", "Title covid-2019-2020", "2019–2020", "Disruption"],
        ["adopted-2022-03-30", "s-2021", "Title adopted-2022-03-30", "30 March 2022", "Adoption"],
    ]
    assert fig.data[0].hovertemplate == (
        "<b>%{customdata[2]}</b><br>%{customdata[3]}<br>%{customdata[4]}<extra></extra>"
    )


def test_titles_reach_plotly_as_text_not_markup():
    tricky = events(event("x", "2020", "other", title="<a href='http://x'>Link</a> & <b>bold</b>"))
    fig = timeline_chart(tricky, submissions(), today=TODAY, empty_reason="none").figure
    assert fig.data[0].customdata[0][2] == (
        "&lt;a href='http://x'&gt;Link&lt;/a&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"
    )
    label = named(fig.layout.annotations, "label:s-2021/x")[0]
    assert "<a" not in label.text and "&lt;a" in label.text


def test_every_event_is_labelled_beside_its_bar_or_point():
    fig = timeline_chart(FOUR, submissions(), today=TODAY, empty_reason="none").figure
    labels = {a.name: a for a in fig.layout.annotations if (a.name or "").startswith("label:")}
    assert sorted(labels) == [
        "label:s-2021/adopted-2022-03-30",
        "label:s-2021/covid-2019-2020",
        "label:s-2021/meeting-2018-03",
        "label:s-2021/programme-2016",
    ]
    programme = labels["label:s-2021/programme-2016"]
    assert (programme.x, programme.y, programme.xanchor, programme.text) == (
        "2017-01-01",
        0,
        "left",
        "Title programme-2016",
    )
    day = labels["label:s-2021/adopted-2022-03-30"]
    assert (day.x, day.xanchor, day.xshift) == ("2022-03-30", "left", 16)


def test_a_label_that_would_leave_the_axis_goes_left_and_colliding_events_take_new_rows():
    late = events(
        event("a", "2016", "campaign", title="Campaign launched with a long enough title"),
        event("b", "2016-05", "campaign", title="Campaign meeting"),
        event("c", "2030", "campaign", title="Campaign ends"),
    )
    x_range = x_extent(late, [], TODAY)
    assert x_range == (pd.Timestamp("2015-01-01"), pd.Timestamp("2031-07-01"))
    lanes, placed = place_events(late, "kind", x_range)
    assert lanes == [("campaign", "Campaign", 0, 2)]
    assert [(p.event_index, p.row, p.label_side) for p in placed] == [
        (0, 0, "right"),
        (1, 1, "right"),
        (2, 0, "left"),
    ]


def test_presenting_names_take_one_longer_line_and_rows_are_lower():
    long_names = events(
        event("a", "2016", "campaign", title="Multi-year Global Campaign to end SEC launched"),
        event(
            "b", "2018", "campaign", title="High-level Roundtable on the SDGs and violence against children"
        ),
    )

    def chart(presenting):
        fig = timeline_chart(
            long_names, submissions(), today=TODAY, empty_reason="none", presenting=presenting
        ).figure
        texts = [a.text for a in fig.layout.annotations if (a.name or "").startswith("label:")]
        return texts, fig.layout.height

    assert chart(presenting=False) == (
        [
            "Multi-year Global Campaign<br>to end SEC launched",
            "High-level Roundtable on the<br>SDGs and violence against…",
        ],
        420,  # the least height; two rows of 58 px
    )
    assert chart(presenting=True) == (
        ["Multi-year Global Campaign to end SEC launched", "High-level Roundtable on the SDGs and…"],
        420,
    )
    x_range = x_extent(long_names, [], TODAY)
    assert [p.row for p in place_events(long_names, "kind", x_range)[1]] == [0, 1]
    assert [p.row for p in place_events(long_names, "kind", x_range, PRESENTATION_PLAN)[1]] == [0, 1]


def test_the_bundled_timeline_fits_the_presentation_screen():
    tables = load_corpus(REPO_ROOT / "data").tables
    heights = [
        timeline_chart(
            tables.events, tables.submissions, today=TODAY, empty_reason="none", presenting=presenting
        ).figure.layout.height
        for presenting in (False, True)
    ]
    assert heights == [694, 518]  # presentation mode draws charts at most 520 px tall


# A corpus: 5 deadlines and 40 meetings, one a month from January 2020.
CROWDED = events(
    *(event(f"deadline-{y}", str(y), "deadline") for y in range(2026, 2031)),
    *(event(f"meeting-{i:02d}", f"{2020 + i // 12}-{i % 12 + 1:02d}", "meeting") for i in range(40)),
)


def test_beyond_the_limit_the_milestones_and_the_latest_events_are_drawn():
    assert EVENT_LIMIT == 40
    drawn = drawn_events(CROWDED)
    assert len(drawn) == 40
    assert list(drawn["id"][:5]) == [f"deadline-{y}" for y in range(2026, 2031)]
    assert list(drawn["id"][5:]) == [f"meeting-{i:02d}" for i in range(5, 40)]  # the 5 earliest left out
    assert drawn_events(CROWDED.iloc[:40]).equals(CROWDED.iloc[:40])


def test_an_event_named_alike_in_several_submissions_is_drawn_once():
    shared = events(
        event("deadline", "2030", "deadline", title="SDG deadline", submission_id="a-2021"),
        event("deadline", "2030", "deadline", title="SDG Deadline ", submission_id="b-2022"),
        event("deadline", "2030", "deadline", title="SDG deadline", submission_id="c-2023"),
        event("other", "2029", "deadline", title="SDG deadline", submission_id="c-2023"),
    )
    assert distinct_events(shared)[["submission_id", "title", "date"]].values.tolist() == [
        ["a-2021", "SDG deadline (3 submissions)", "2030"],
        ["c-2023", "SDG deadline", "2029"],  # another date: another event
    ]
    chart = timeline_chart(shared, submissions(), today=TODAY, empty_reason="none")
    assert sum(len(trace.x) for trace in chart.figure.data if trace.type == "bar") == 2
    assert len(chart.table) == 4
    assert chart.summary.startswith(
        "4 events from 2029 to 2030; next milestone: SDG deadline (2029). Events named alike, on the "
        "same dates, in several submissions are drawn once, with their number of submissions: "
        "2 distinct events."
    )
    # the key facts count what is drawn: the two distinct events
    assert "By precision: 2 dated to a year." in chart.key_facts
    assert chart.key_facts[0] == (
        "The earliest event is SDG deadline (2029); the latest is SDG deadline (3 submissions, 2030)."
    )


def test_a_trimmed_timeline_says_so_and_its_table_keeps_every_event():
    chart = timeline_chart(CROWDED, submissions(), today=TODAY, empty_reason="none")
    assert chart.figure.layout.title.text == ("Timeline of events to the 2030 deadline (40 of 45 drawn)")
    assert len(chart.table) == 45
    assert sum(len(trace.x) for trace in chart.figure.data if trace.type == "bar") == 40
    assert chart.summary.endswith(
        "Only 40 are drawn, the milestones (deadlines, adoptions, publications) first, then the latest; "
        "the table lists them all. Choose a theme, a submission or years to see the others."
    )
    assert chart.summary.startswith("45 events from 2020 to 2030; ")
    assert (
        "With more than 14 events drawn, only milestones and single days are named on the chart: 35 of 40 "
        "bars carry no name; point at one for its name, or read the table."
    ) in chart.summary
    # a picture cannot be pointed at: its caption says how many go unnamed
    assert chart.unnamed == "35 of 40 bars carry no name: only milestones and single days are named."
    assert chart.caption("all of it") == " ".join(
        (chart.source, chart.reading, chart.unnamed, "Shown: all of it.")
    )
    labelled = [a for a in chart.figure.layout.annotations if (a.name or "").startswith("label:")]
    assert len(labelled) == 5


# Twelve adoptions, one a year, each named at length: on screen every one is drawn and named.
LAWS = events(
    *(
        event(
            f"law-{y}",
            str(y),
            "adoption",
            title=f"Law {y} on digital services adopted by the national parliament",
        )
        for y in range(2015, 2027)
    )
)


def test_presenting_draws_as_many_events_as_the_screen_holds():
    on_screen = timeline_chart(LAWS, submissions(), today=TODAY, empty_reason="none")
    assert (on_screen.figure.layout.title.text, on_screen.figure.layout.height) == (
        "Timeline of events to the 2030 deadline",
        810,
    )
    chart = timeline_chart(LAWS, submissions(), today=TODAY, empty_reason="none", presenting=True)
    fig = chart.figure
    assert (fig.layout.title.text, fig.layout.height) == (
        "Timeline of events to the 2030 deadline (8 of 12 drawn)",
        518,
    )
    drawn = sorted(c[0] for trace in fig.data if trace.type == "bar" for c in trace.customdata)
    assert drawn == [f"law-{y}" for y in range(2019, 2027)]  # the latest
    assert chart.summary.endswith(
        "Only 8 are drawn, as many as the presented chart holds, the milestones (deadlines, adoptions, "
        "publications) first, then the latest; the table under the chart, outside presentation mode, lists "
        "them all. Choose a theme, a submission or years to see the others."
    )
    assert len(chart.table) == 12
    assert chart.key_facts[0] == "8 of 12 events are drawn: the milestones first, then the latest."
    assert not on_screen.key_facts[0].endswith("the milestones first, then the latest.")
    # cut to the limit of 40 only: the sentence does not blame the screen
    crowded = timeline_chart(CROWDED, submissions(), today=TODAY, empty_reason="none", presenting=True)
    assert crowded.figure.layout.title.text.endswith("(40 of 45 drawn)")
    assert "as many as the presented chart holds" not in crowded.summary


def test_fitted_events_are_the_most_that_fit_in_the_rows():
    x_range = x_extent(CROWDED, [], TODAY)

    def rows(frame):
        return sum(count for *_, count in place_events(frame, "kind", x_range, PRESENTATION_PLAN)[0])

    kept, (lane_rows, placed) = fitted_events(CROWDED, "kind", x_range, PRESENTATION_PLAN, 6)
    assert (len(kept), rows(kept), rows(drawn_events(CROWDED, len(kept) + 1))) == (6, 6, 7)
    assert kept.equals(drawn_events(CROWDED, 6)) and len(placed) == 6
    assert fitted_events(CROWDED, "kind", x_range, SCREEN_PLAN, None)[0].equals(CROWDED)


def test_x_axis_runs_from_a_year_before_the_first_event_to_2031_at_least():
    fig = timeline_chart(FOUR, submissions(), today=TODAY, empty_reason="none").figure
    assert fig.layout.xaxis.range == ("2015-01-01", "2031-07-01")
    later = events(event("far", "2034", "deadline"))
    fig = timeline_chart(later, submissions(), today=TODAY, empty_reason="none").figure
    assert fig.layout.xaxis.range == ("2021-01-01", "2035-07-01")  # the session (2022) is in view too


@pytest.mark.parametrize(
    ("rows", "step"),
    [
        ((event("soon", "2029", "deadline"),), 1),  # 2021 (the session's year - 1) to 2031: 10 years
        (tuple(FOUR.to_dict("records")), 2),  # 2015 to 2031
        ((event("old", "1995", "programme"),), 5),  # 1994 to 2031
    ],
)
def test_every_year_has_a_tick_and_long_spans_label_every_second_or_fifth_including_2030(rows, step):
    axis = timeline_chart(events(*rows), submissions(), today=TODAY, empty_reason="none").figure.layout.xaxis
    assert (axis.dtick, axis.tick0, axis.ticklabelstep, axis.ticklabelmode, axis.tickformat) == (
        "M12",
        "2030-01-01",
        step,
        "period",
        "%Y",
    )


def test_today_line_and_years_left():
    fig = timeline_chart(FOUR, submissions(), today=TODAY, empty_reason="none").figure
    line = named(fig.layout.shapes, "today")[0]
    assert (line.type, line.x0, line.x1, line.yref, line.line.dash) == (
        "line",
        "2026-11-28",
        "2026-11-28",
        "paper",
        "dash",
    )
    label = named(fig.layout.annotations, "today-label")[0]
    assert label.text == "<b>Today, 28 November 2026</b> · 4 years left to the 2030 deadline"
    assert label.x == "2026-11-28"
    after = timeline_chart(FOUR, submissions(), today=datetime.date(2032, 5, 1), empty_reason="none").figure
    assert named(after.layout.annotations, "today-label")[0].text == (
        "<b>Today, 1 May 2032</b> · The 2030 deadline has passed"
    )


def test_session_band_comes_from_the_submission_metadata():
    fig = timeline_chart(FOUR, submissions(), today=TODAY, empty_reason="none").figure
    band = named(fig.layout.shapes, "session:CSTD 25 · Geneva · 28 Mar–1 Apr 2022")[0]
    assert (band.type, band.x0, band.x1, band.yref) == ("rect", "2022-03-28", "2022-04-02", "y domain")
    label = named(fig.layout.annotations, "session-label")[0]
    assert (label.text, label.x) == ("CSTD 25 · Geneva · 28 Mar–1 Apr 2022", "2022-03-28")


def test_sessions_close_in_time_are_labelled_by_name_only():
    yearly = pd.concat(
        [
            submissions(
                submission_id=f"s-{n}",
                session_number=n,
                session_year=1997 + n,
                session_start=f"{1997 + n}-03-28",
                session_end=f"{1997 + n}-04-01",
            )
            for n in (25, 26, 27)
        ],
        ignore_index=True,
    )
    fig = timeline_chart(FOUR, yearly, today=TODAY, empty_reason="none").figure
    labels = [(a.text, a.xanchor) for a in named(fig.layout.annotations, "session-label")]
    assert labels == [("CSTD 25", "center"), ("CSTD 26", "center"), ("CSTD 27", "center")]
    assert fig.layout.margin.t == 76 + 32 * 3  # today's line and two lines of sessions
    # sessions too close for their names on two lines are numbered, and the guide says so
    monthly = yearly.assign(
        session_start=[f"2022-0{m}-01" for m in (3, 4, 5)], session_end=[f"2022-0{m}-02" for m in (3, 4, 5)]
    )
    chart = timeline_chart(FOUR, monthly, today=TODAY, empty_reason="none")
    assert [a.text for a in named(chart.figure.layout.annotations, "session-label")] == ["25", "26", "27"]
    assert "Shaded lines: the CSTD sessions, by number." in chart.reading
    # one session keeps its full label
    fig = timeline_chart(FOUR, yearly.iloc[:1], today=TODAY, empty_reason="none").figure
    assert [a.text for a in named(fig.layout.annotations, "session-label")] == [
        "CSTD 25 · Geneva · 28 Mar–1 Apr 2022"
    ]


def test_a_header_label_is_centred_unless_it_would_leave_the_axis():
    today = [
        a
        for a in timeline_chart(
            FOUR, submissions(), today=TODAY, empty_reason="none"
        ).figure.layout.annotations
        if a.name == "today-label"
    ]
    assert [(a.text, a.xanchor) for a in today] == [
        ("<b>Today, 28 November 2026</b> · 4 years left to the 2030 deadline", "right")
    ]


def test_no_session_band_without_session_dates():
    subs = submissions(session_start=None, session_end=None, session_place=None)
    fig = timeline_chart(FOUR, subs, today=TODAY, empty_reason="none").figure
    assert [s.name for s in fig.layout.shapes if (s.name or "").startswith("session")] == []


def test_table_summary_and_key_facts():
    chart = timeline_chart(FOUR, submissions(), today=TODAY, empty_reason="none")
    assert chart.key == "timeline"
    assert chart.table.to_dict("records") == [
        {
            "date": "2016",
            "title": "Title programme-2016",
            "kind": "Programme",
            "themes": "Advocacy, Research",
            "quote": "Quote for programme-2016",
            "submission_id": "s-2021",
            "id": "programme-2016",
        },
        {
            "date": "March 2018",
            "title": "Title meeting-2018-03",
            "kind": "Meeting",
            "themes": "Advocacy",
            "quote": "Quote for meeting-2018-03",
            "submission_id": "s-2021",
            "id": "meeting-2018-03",
        },
        {
            "date": "2019–2020",
            "title": "Title covid-2019-2020",
            "kind": "Disruption",
            "themes": "Covid-19 impact",
            "quote": "Quote for covid-2019-2020",
            "submission_id": "s-2021",
            "id": "covid-2019-2020",
        },
        {
            "date": "30 March 2022",
            "title": "Title adopted-2022-03-30",
            "kind": "Adoption",
            "themes": "Legal frameworks",
            "quote": "Quote for adopted-2022-03-30",
            "submission_id": "s-2021",
            "id": "adopted-2022-03-30",
        },
    ]
    assert chart.summary == "4 events from 2016 to 2022; no event lies after today."
    assert chart.key_facts == (
        "The earliest event is Title programme-2016 (2016); "
        "the latest is Title adopted-2022-03-30 (30 March 2022).",
        "By precision: 1 dated to a year, 1 to a month, 1 to a day, 1 spans a range of dates.",
        "Lanes by kind: Programme, Meeting, Adoption, Disruption.",
        "Submitted to CSTD 25, Geneva, 28 March–1 April 2022.",
        "As of 28 November 2026, 4 years left to the 2030 deadline (whole calendar years after 2026).",
    )
    assert tuple(q.text for q in chart.quotes) == (
        "Quote for programme-2016",
        "Quote for meeting-2018-03",
        "Quote for covid-2019-2020",
        "Quote for adopted-2022-03-30",
    )
    assert chart.source == "Source: Sample Org, submission to the 25th CSTD session (2022)."


def test_input_is_not_changed():
    before = FOUR.copy()
    timeline_chart(FOUR, submissions(), today=TODAY, lanes="theme", empty_reason="none")
    pd.testing.assert_frame_equal(FOUR, before)


def test_no_events_is_a_sentence_not_an_empty_axis():
    reason = "No dated events are recorded for the theme 'Funding and resources'."
    chart = timeline_chart(events(), submissions(), today=TODAY, empty_reason=reason)
    assert chart.is_empty and chart.empty == reason and chart.summary == reason
    assert [a.text for a in chart.figure.layout.annotations] == [reason]
    assert chart.figure.data == ()
    assert chart.figure.layout.xaxis.visible is False and chart.figure.layout.yaxis.visible is False
    assert chart.table.empty


# --- the ECPAT seed --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tables():
    return load_corpus().tables


def shown_chart(tables, *themes, lanes="kind"):
    shown = apply_filters(tables, FilterState(themes=themes))
    return shown, timeline_chart(
        shown.events,
        shown.submissions,
        today=TODAY,
        lanes=lanes,
        empty_reason="No dated events are recorded for these filters.",
    )


def lanes_by_event(shown, lanes="kind"):
    """Event id -> lane label, as the chart places them."""
    events = shown.events.reset_index(drop=True)
    lane_rows, placed = place_events(events, lanes, x_extent(events, session_marks(shown.submissions), TODAY))
    labels = {lane: label for lane, label, _, _ in lane_rows}
    return {events["id"].iloc[p.event_index]: labels[p.lane] for p in placed}


def test_ecpat_all_eight_events_in_their_kind_lanes(tables):
    shown, chart = shown_chart(tables)
    assert lanes_by_event(shown) == {
        "online-programme-2014": "Programme",
        "luxembourg-guidelines-2016": "Publication",
        "colombo-roundtable-2016": "Meeting",
        "global-campaign-launch-2016": "Campaign",
        "global-campaign-operational-2018": "Campaign",
        "general-comment-25-adopted-2021": "Adoption",
        "covid-disruption-2019-2020": "Disruption",
        "sdg-deadline-2030": "Plan or deadline",
    }
    fig = chart.figure
    assert fig.layout.yaxis.ticktext == (
        "Programme",
        "Publication",
        "Meeting",
        "Campaign",
        "Adoption",
        "Disruption",
        "Plan or deadline",
    )
    # The two campaign years would collide with their labels, so the campaign lane has two rows.
    assert fig.layout.yaxis.tickvals == (0, 1, 2, 3.5, 5, 6, 7)
    drawn = sorted(c[0] for trace in fig.data for c in trace.customdata)
    assert drawn == sorted(lanes_by_event(shown))
    assert chart.summary == (
        "8 events from 2014 to 2030; next milestone: "
        "SDG deadline for ending child sexual exploitation (2030)."
    )
    assert named(fig.layout.shapes, "session:CSTD 25 · Geneva · 28 Mar–1 Apr 2022")[0].x1 == "2022-04-02"
    assert fig.layout.xaxis.range == ("2013-01-01", "2031-07-01")
    assert list(chart.table["date"]) == [
        "2014",
        "2016",
        "2016",
        "March 2016",
        "2018",
        "2019–2020",
        "February 2021",
        "2030",
    ]


def test_ecpat_legal_frameworks(tables):
    shown, chart = shown_chart(tables, "legal-frameworks")
    assert lanes_by_event(shown) == {
        "online-programme-2014": "Programme",
        "general-comment-25-adopted-2021": "Adoption",
    }
    year, month = chart.figure.data
    assert (year.base, year.x) == (("2014-01-01",), (365 * DAY_MS,))
    assert (month.base, month.x) == (("2021-02-01",), (28 * DAY_MS,))
    assert list(chart.table["date"]) == ["2014", "February 2021"]


def test_ecpat_legal_frameworks_by_theme_puts_each_event_in_its_themes_lanes(tables):
    shown, chart = shown_chart(tables, "legal-frameworks", lanes="theme")
    assert chart.figure.layout.yaxis.ticktext == (
        "Child online protection",
        "Children's rights",
        "Legal frameworks",
        "Law enforcement",
    )
    year, month = chart.figure.data
    # The 2014 programme's label reaches past February 2021: the adoption takes a second row there.
    assert year.y == (0, 2, 4) and month.y == (1, 3)
    assert chart.figure.layout.yaxis.tickvals == (0, 1, 2.5, 4)


def test_ecpat_covid_range(tables):
    shown, chart = shown_chart(tables, "covid-19")
    assert lanes_by_event(shown) == {"covid-disruption-2019-2020": "Disruption"}
    (range_,) = chart.figure.data
    assert range_.name == "Range of dates (hatched bar)"
    assert (range_.base, range_.x) == (("2019-01-01",), (731 * DAY_MS,))
    assert chart.table["date"].tolist() == ["2019–2020"]


def test_ecpat_funding_has_no_events(tables):
    shown, chart = shown_chart(tables, "funding")
    assert shown.events.empty
    assert chart.empty == "No dated events are recorded for these filters."
    assert chart.figure.data == ()


def test_the_reading_guide_names_only_the_marks_drawn():
    from wsislens.figures.timeline import timeline_reading

    def drawn(*precisions):
        return pd.DataFrame({"precision": list(precisions)})

    session = {"label": "CSTD 25", "number": "25"}
    assert (
        timeline_reading(drawn("year", "month"), []) == "Solid bars: a year or a month. Dashed line: today."
    )
    assert timeline_reading(drawn("day", "range"), [session]) == (
        "Hatched bars: a range of dates. Diamonds: a single day. Shaded line: the CSTD session. "
        "Dashed line: today."
    )
    assert timeline_reading(drawn("month", "day"), [session, session]) == (
        "Solid bars: a year or a month. Diamonds: a single day. Shaded lines: the CSTD sessions. "
        "Dashed line: today."
    )


def test_named_by_lists_every_submission_naming_an_event_alike():
    from wsislens.figures.timeline import named_by

    events = pd.DataFrame(
        {
            "submission_id": ["a", "b", "c", "b"],
            "id": ["forum", "forum-b", "forum-c", "other"],
            "title": ["WSIS Forum", "wsis forum ", "WSIS Forum", "WSIS Forum"],
            "date": ["2016-05", "2016-05", "2017-05", "2016-05"],
            "end_date": [None, None, None, "2016-06"],
        }
    )
    assert named_by(events, "b", "forum-b") == ["b", "a"]
    assert named_by(events, "c", "forum-c") == ["c"]  # another year is another event
    assert named_by(events, "b", "other") == ["b"]  # other dates too


def test_drawn_keys_name_the_events_a_presented_timeline_draws():
    from wsislens.figures.timeline import drawn_keys

    meetings = pd.concat(
        [
            FOUR.iloc[[1]].assign(
                id=f"meeting-{n}", title=f"Meeting {n}", date=f"{2015 + n // 12}-{n % 12 + 1:02d}"
            )
            for n in range(30)
        ],
        ignore_index=True,
    )
    chart = timeline_chart(meetings, submissions(), today=TODAY, empty_reason="none", presenting=True)
    keys = drawn_keys(chart.figure)
    drawn = int(chart.figure.layout.title.text.split("(")[1].split(" of ")[0])
    assert len(keys) == drawn < 30  # the title's "(N of 30 drawn)"
    assert set(keys) <= {f"s-2021/meeting-{n}" for n in range(30)}
