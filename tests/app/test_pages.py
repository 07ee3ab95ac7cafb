"""Every page renders through app.py without an exception, and the filters live in the URL."""

import datetime
import html
import unicodedata

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from wsislens.paths import REPO_ROOT

PAGES = [
    "pages/overview.py",
    "pages/action_lines.py",
    "pages/sdgs.py",
    "pages/network.py",
    "pages/timeline.py",
    "pages/source_text.py",
]


@pytest.fixture(autouse=True)
def _clear_caches():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield


def _app(query=None) -> AppTest:
    at = AppTest.from_file("../../app.py", default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at


def _opened_by_link(query: dict, page: str) -> tuple[AppTest, list[str]]:
    """The app opened by a link with `query`, then on `page`; and the warnings about the link,
    which come with the first page drawn."""
    at = _app(query)
    at.run()
    warnings = [w.value for w in at.warning]
    at.switch_page(page).run()
    at.run()
    return at, warnings


def _open(at: AppTest, page: str) -> AppTest:
    """Run the app and go to `page` (the overview is the default page: no switch needed)."""
    at.run()
    if page != PAGES[0]:
        # The first run after switch_page shows only the page's own elements in AppTest;
        # a second run shows the whole app as a browser would.
        at.switch_page(page).run()
        at.run()
    return at


def _caption(at) -> str:
    bodies = [h.proto.body for h in at.get("html") if 'class="wl-caption"' in h.proto.body]
    assert len(bodies) == 1
    return bodies[0].split(">", 1)[1].rsplit("<", 1)[0]


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_without_exception(page):
    at = _open(_app(), page)
    assert not at.exception
    assert _caption(at) == "ECPAT International · all themes · 2014–2030"


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_under_a_theme_with_no_facts(page):
    at = _open(_app({"theme": ["funding", "covid-19"]}), page)
    assert not at.exception
    assert _caption(at) == "ECPAT International · themes: funding and resources, covid-19 impact · 2014–2030"


def test_every_query_parameter_is_taken_and_survives_a_page_switch():
    query = {
        "theme": ["law-enforcement", "legal-frameworks"],
        "submission": "ecpat-international-2021",
        "stakeholder": "civil_society",
        "from": "2014",
        "to": "2020",
        "action_line": "C5",
        "goal": "16",
        "target": "16.2",
    }
    at = _app(query).run()
    assert not at.exception
    assert at.sidebar.multiselect(key="filter_theme").value == ["law-enforcement", "legal-frameworks"]
    assert at.sidebar.selectbox(key="filter_submission").value == "ecpat-international-2021"
    assert at.sidebar.selectbox(key="filter_stakeholder").value == "civil_society"
    assert at.sidebar.slider(key="filter_years").value == (2014, 2020)
    assert at.sidebar.selectbox(key="filter_action_line").value == "C5"
    assert at.sidebar.selectbox(key="filter_goal").value == "16"
    assert at.sidebar.selectbox(key="filter_target").value == "16.2"
    expected_caption = (
        "ECPAT International · stakeholders: civil society · themes: law enforcement, legal "
        "frameworks · action line C5 Confidence and security · SDG target 16.2 · 2014–2020"
    )
    assert _caption(at) == expected_caption
    for page in PAGES[1:]:
        at.switch_page(page).run()
        at.run()
        assert not at.exception
        assert _caption(at) == expected_caption
        assert {k: at.query_params[k] for k in query} == query


def test_changing_a_filter_widget_updates_url_and_reset_clears_it():
    at = _app().run()
    at.sidebar.multiselect(key="filter_theme").set_value(["covid-19"]).run()
    assert at.query_params["theme"] in ("covid-19", ["covid-19"])
    assert _caption(at) == "ECPAT International · themes: covid-19 impact · 2014–2030"
    at.sidebar.button[0].click().run()
    assert "theme" not in at.query_params
    assert _caption(at) == "ECPAT International · all themes · 2014–2030"


def test_bad_url_values_are_reported_not_raised():
    at = _app({"theme": "no-such-theme", "goal": "99"}).run()
    assert not at.exception
    assert [w.value for w in at.warning] == [
        "Unknown theme 'no\\-such\\-theme' was ignored\\.",
        "Unknown SDG goal '99' was ignored \\(1 to 17\\)\\.",
    ]


def test_years_outside_the_data_are_reported_and_ignored():
    at = _app({"from": "2099", "to": "2100"}).run()
    assert not at.exception
    assert [w.value for w in at.warning] == [
        "The years 2099–2100 lie outside the data \\(2014–2030\\) and were ignored\\."
    ]
    assert at.sidebar.slider(key="filter_years").value == (2014, 2030)
    assert "from" not in at.query_params and "to" not in at.query_params


def test_presentation_mode_from_the_url_steps_through_every_view():
    at = _app({"present": "1", "theme": "law-enforcement"}).run()
    assert not at.exception
    titles = []
    for _ in range(len(PAGES)):
        position = [m.value for m in at.markdown if m.value.startswith("**View ")]
        assert len(position) == 1
        titles.append(position[0])
        assert at.query_params["present"] in ("1", ["1"])
        assert at.query_params["theme"] in ("law-enforcement", ["law-enforcement"])
        assert [t.value for t in at.title] == []  # the bar names the view
        assert not [e for e in at.expander if e.label == "Export and share"]
        next_button = at.button(key="present_next")
        if next_button.disabled:
            break
        next_button.click().run()
        at.run()
    assert titles == [
        f"**View {n} of 6: {name}**"
        for n, name in enumerate(
            ["Overview", "Action lines", "SDG mapping", "Partner network", "Timeline", "Source text"], start=1
        )
    ]
    at.button(key="present_exit").click().run()
    assert "present" not in at.query_params
    assert [e.label for e in at.expander if e.label == "Export and share"] == ["Export and share"]


def test_export_panel_offers_every_format_and_a_link():
    at = _app({"theme": "covid-19"}).run()
    labels = [b.label for b in at.get("download_button")]
    assert labels == [
        "Overview as PNG",
        "Overview as SVG",
        "All views as PowerPoint",
        "Facts as CSV",
        "Facts as Excel",
    ]
    links = [c.value for c in at.code]
    assert links == ["/?theme=covid-19"]


def test_editing_adds_the_upload_page_and_reject_controls(monkeypatch, tmp_path):
    import shutil

    from wsislens.paths import BUNDLED_DATA_DIR

    for folder in ("submissions", "sources"):
        shutil.copytree(BUNDLED_DATA_DIR / folder, tmp_path / folder)
    monkeypatch.setenv("WSISLENS_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("WSISLENS_EDITING", "1")
    at = _open(_app(), "pages/sdgs.py")
    assert not at.exception
    at.selectbox(key="sdg_choice").set_value("5.2").run()
    at.button(key="reject_ecpat-international-2021_sdg_targets_5.2").click().run()
    assert not at.exception
    assert "5.2" not in at.selectbox(key="sdg_choice").options
    at.selectbox(key="sdg_choice").set_value("16.a").run()
    at.button(key="reject_ecpat-international-2021_sdg_targets_16.a").click().run()
    assert [t.value for t in at.toast] == ["Rejected 16\\.a for ECPAT International \\(2022\\)\\."]
    # the reader stays in goal 16, not back at the first reading (5.3)
    assert at.selectbox(key="sdg_choice").value == "16.2"
    assert at.selectbox(key="sdg_choice").options == [
        "Target 5.3",
        "Target 8.7",
        "Target 16.2",
        "Target 17.17",
    ]
    saved = (tmp_path / "submissions" / "ecpat-international-2021.yaml").read_text(encoding="utf-8")
    assert 'fact: sdg_target\n  value: "5.2"' in saved
    # the rejections stay on record under the view, with their reasons
    assert [e.label for e in at.expander if e.label.startswith("Rejected")] == ["Rejected suggestions (2)"]
    today = datetime.date.today().isoformat()  # the day the button was pressed
    assert at.dataframe[-1].value.to_dict("records") == [
        {
            "Submission": "ECPAT International (2022)",
            "Rejected": "SDG target 5.2",
            "On": today,
            "Why": "",
        },
        {
            "Submission": "ECPAT International (2022)",
            "Rejected": "SDG target 16.a",
            "On": today,
            "Why": "",
        },
    ]
    at.switch_page("pages/add_submission.py").run()
    at.run()
    assert not at.exception
    assert [u.label for u in at.get("file_uploader")] == ["Submission document"]


@pytest.fixture
def with_ngo_draft(monkeypatch, tmp_path) -> str:
    """The bundled data plus the NGO statement ingested as a machine draft; returns its id."""
    import shutil

    from wsislens.ingest import ingest_files
    from wsislens.paths import BUNDLED_DATA_DIR

    for folder in ("submissions", "sources"):
        shutil.copytree(BUNDLED_DATA_DIR / folder, tmp_path / folder)
    [(_, result, error)] = ingest_files([REPO_ROOT / "tests/fixtures/documents/ngo_statement.md"], tmp_path)
    assert error is None
    monkeypatch.setenv("WSISLENS_DATA_DIR", str(tmp_path))
    return result.id


def _supporters(at) -> list[str]:
    bodies = [h.proto.body for h in at.get("html") if 'class="wl-supporter"' in h.proto.body]
    return [body.split(">", 1)[1].rsplit("<", 1)[0] for body in bodies]


def test_machine_suggestions_carry_score_method_and_measured_reliability(with_ngo_draft):
    from wsislens.sdg import ENGINE_METHOD
    from wsislens.sdg.reliability import reliability_note

    at = _open(_app({"submission": with_ngo_draft}), "pages/sdgs.py")
    at.selectbox(key="sdg_choice").set_value("9.5").run()
    assert not at.exception
    assert [c.value for c in at.caption if c.value.startswith("How reliable")] == [
        reliability_note(ENGINE_METHOD)
    ]
    # the submission by the name users know it by (not its id), as text
    assert _supporters(at) == [
        f"<strong>Harvest Link Network (2023)</strong> — Machine suggestion (score 0.57, {ENGINE_METHOD}): "
        "not the submitter&#x27;s claim"
    ]
    # a stated target shows no reliability note
    at.selectbox(key="sdg_choice").set_value("9.c").run()
    assert not [c.value for c in at.caption if c.value.startswith("How reliable")]
    assert _supporters(at) == ["<strong>Harvest Link Network (2023)</strong> — stated by the submitter"]


def test_what_a_submission_denies_is_listed_apart_with_its_quotes(monkeypatch, tmp_path):
    from wsislens.ingest import ingest_files

    document = tmp_path / "lakeside.md"
    document.write_text(
        "# Lakeside Youth Network: contribution to the 28th session of the CSTD, 2025\n\n"
        "The bootcamps serve SDG 4, in particular target 4.4.\n\n"
        "Does the programme serve SDG 13? No. Climate work falls to other networks.\n",
        encoding="utf-8",
    )
    [(_, result, error)] = ingest_files([document], tmp_path / "data")
    assert error is None
    monkeypatch.setenv("WSISLENS_DATA_DIR", str(tmp_path / "data"))
    at = _open(_app(), "pages/sdgs.py")
    assert not at.exception
    assert [e.label for e in at.expander if e.label.startswith("Denied")] == [
        "Denied, named only in passing or given to others, and not counted (1)"
    ]
    assert _supporters(at)[-1] == (
        "<strong>Lakeside Youth Network (2025)</strong> — SDG 13: denied, named only in passing or given to others"
    )
    # (its quote in its sentence, and the answer that denies it)
    assert [h.proto.body for h in at.get("html") if h.proto.body.startswith("<blockquote")][-2:] == [
        '<blockquote class="wl-quote">“<span class="wl-context">Does the programme serve </span>'
        '<strong>SDG 13</strong><span class="wl-context">?</span>”</blockquote>',
        '<blockquote class="wl-quote">“No.”</blockquote>',
    ]


def test_presenting_says_drafts_in_the_banner_line(with_ngo_draft):
    at = _open(_app({"present": "1"}), "pages/network.py")
    assert not at.exception
    assert _caption(at) == "2 submissions · all themes · 2014–2030 · 1 machine draft, not reviewed"
    assert [w.value for w in at.warning] == []
    at = _open(_app(), "pages/network.py")
    assert _caption(at) == "2 submissions · all themes · 2014–2030"
    assert [w.value for w in at.warning] == [
        "Machine draft, not reviewed: Harvest Link Network. Check its facts against the source text "
        "before relying on them."
    ]


def test_upload_page_is_absent_without_editing(monkeypatch):
    monkeypatch.delenv("WSISLENS_EDITING", raising=False)
    at = _app().run()
    with pytest.raises(ValueError):
        at.switch_page("pages/add_submission.py")


def test_action_line_quotes_are_headed_by_the_submitter_name():
    at = _open(_app(), "pages/action_lines.py")
    at.selectbox(key="al_choice").set_value("C5").run()
    assert not at.exception
    assert _supporters(at) == ["<strong>ECPAT International (2022)</strong> — Stated by the submitter"]


def test_action_lines_with_nothing_to_show_say_so_once():
    at = _open(_app({"theme": "covid-19"}), "pages/action_lines.py")
    assert not at.exception
    assert [i.value for i in at.info] == [
        "No WSIS action lines are recorded for the theme 'Covid-19 impact'."
    ]
    assert "al_choice" not in [box.key for box in at.selectbox]


def test_a_quote_is_shown_in_its_sentence_as_text():
    at = _open(_app(), "pages/sdgs.py")
    at.selectbox(key="sdg_choice").set_value("5.2").run()
    quotes = [h.proto.body for h in at.get("html") if 'class="wl-quote"' in h.proto.body]
    assert quotes[0] == (
        '<blockquote class="wl-quote">“<span class="wl-context">Today, 122 ECPAT members and partners '
        "in over 100 countries are part of a dynamic and expanding network of organisations and "
        "individuals united in one common cause: </span><strong>the elimination of the sexual "
        'exploitation of children</strong><span class="wl-context">.</span>”</blockquote>'
    )


def test_a_quote_opens_its_source_text_with_the_quote_searched():
    at = _open(_app({"goal": "5"}), "pages/sdgs.py")
    at.selectbox(key="sdg_choice").set_value("5.2").run()
    buttons = [b for b in at.button if (b.key or "").startswith("to_source_")]
    assert [b.label for b in buttons] == ["Read it in the source text"]
    buttons[0].click().run()  # the click's run switches to the source page and draws it
    assert not at.exception
    assert at.selectbox(key="src_submission").value == "ecpat-international-2021"
    assert at.text_input(key="src_search").value == "the elimination of the sexual exploitation of children"
    assert "1 match in its sentence" in [e.label for e in at.expander]
    assert at.query_params["goal"] in ("5", ["5"])
    assert at.query_params["text"] in ("ecpat-international-2021", ["ecpat-international-2021"])


def test_several_drafts_are_named_in_the_plural(with_ngo_draft):
    import os

    from wsislens.ingest import ingest_files

    data_dir = os.environ["WSISLENS_DATA_DIR"]
    [(_, _, error)] = ingest_files(
        [REPO_ROOT / "tests/fixtures/documents/business_association.docx"], data_dir
    )
    assert error is None
    at = _open(_app(), "pages/overview.py")
    assert [w.value for w in at.warning] == [
        "Machine drafts, not reviewed: African Digital Commerce Alliance, Harvest Link Network. "
        "Check their facts against the source text before relying on them."
    ]


def test_a_search_lists_its_matches_in_their_sentences():
    at = _open(_app(), "pages/source_text.py")
    at.text_input(key="src_search").set_value("law enforcement").run()
    assert not at.exception
    assert "3 matches in their sentences" in [e.label for e in at.expander]
    quotes = [h.proto.body for h in at.get("html") if 'class="wl-quote"' in h.proto.body]
    assert len(quotes) == 3
    assert all("<strong>law enforcement</strong>" in q.lower() for q in quotes)


def test_a_link_reopens_the_source_text_with_its_search():
    at = _open(_app({"q": "law enforcement", "text": "ecpat-international-2021"}), "pages/source_text.py")
    assert not at.exception
    assert at.selectbox(key="src_submission").value == "ecpat-international-2021"
    assert at.text_input(key="src_search").value == "law enforcement"
    assert "3 matches in their sentences" in [e.label for e in at.expander]
    assert {k: at.query_params[k] for k in ("text", "q")} in (
        {"text": "ecpat-international-2021", "q": "law enforcement"},
        {"text": ["ecpat-international-2021"], "q": ["law enforcement"]},
    )
    [link] = [c.value for c in at.code if "/source?" in c.value]
    assert link.endswith("/source?text=ecpat-international-2021&q=law+enforcement")


def test_a_link_to_an_unknown_submission_text_warns_and_shows_the_first():
    at, warnings = _opened_by_link({"text": "nope-2020"}, "pages/source_text.py")
    assert warnings == [
        "The link names a submission text that is not in the data \\(nope\\-2020\\); the first one is shown\\."
    ]
    assert not at.exception
    assert at.selectbox(key="src_submission").value == "ecpat-international-2021"


def test_the_source_text_parameters_leave_the_url_with_their_page():
    at = _open(_app({"q": "law enforcement"}), "pages/source_text.py")
    assert at.query_params["q"] in ("law enforcement", ["law enforcement"])
    at.switch_page("pages/overview.py").run()
    assert "q" not in at.query_params and "text" not in at.query_params


def test_a_text_the_filters_hide_leaves_the_source_page_and_its_link(with_ngo_draft):
    at = _open(_app(), "pages/source_text.py")
    at.selectbox(key="src_submission").set_value(with_ngo_draft).run()
    assert at.query_params["text"] in (with_ngo_draft, [with_ngo_draft])
    at.selectbox(key="filter_submission").set_value("ecpat-international-2021").run()
    assert not at.exception
    assert at.selectbox(key="src_submission").value == "ecpat-international-2021"
    assert at.query_params["text"] in ("ecpat-international-2021", ["ecpat-international-2021"])
    assert [w.value for w in at.warning if "submission text" in w.value] == [
        "The submission text chosen before is not among those the filters show; the first one they show is "
        "displayed\\."
    ]
    at.selectbox(key="filter_stakeholder").set_value("government").run()  # nothing shown: no text named
    assert "text" not in at.query_params
    assert not [w for w in at.warning if "submission text" in w.value]


def test_the_submissions_table_is_compact_enough_for_a_small_screen(with_ngo_draft):
    at = _open(_app(), "pages/overview.py")
    assert not at.exception
    table = at.dataframe[0].value
    assert table[["Submission", "Status"]].values.tolist() == [
        ["ECPAT International", "Reviewed"],
        ["Harvest Link Network", "Draft"],
    ]
    assert list(table.columns[5:]) == ["SDG targets", "Partners", "Events", "Figures", "Key points"]


@pytest.mark.parametrize("page", PAGES)
def test_a_page_with_no_submission_shown_says_so_before_any_control(page):
    at = _open(_app({"stakeholder": "government"}), page)  # the bundled submission is civil society's
    assert not at.exception
    assert [i.value for i in at.info] == [
        "No submission matches the filters. Change or reset them in the sidebar."
    ]
    page_controls = [
        w
        for w in (*at.selectbox, *at.multiselect, *at.text_input, *at.toggle)
        if not w.key.startswith("filter_")
    ]
    assert page_controls == []


def test_the_search_survives_a_visit_to_another_page():
    at = _open(_app(), "pages/source_text.py")
    at.text_input(key="src_search").set_value("law enforcement").run()
    at.switch_page("pages/overview.py").run()
    at.run()
    at.switch_page("pages/source_text.py").run()
    at.run()
    assert not at.exception
    assert at.text_input(key="src_search").value == "law enforcement"
    assert "3 matches in their sentences" in [e.label for e in at.expander]


def test_the_official_texts_are_offered_by_language_name():
    at = _open(_app(), "pages/sdgs.py")
    box = at.selectbox(key="sdg_language")
    assert box.options == ["English", "Français", "Español", "العربية", "Русский", "中文"]
    box.set_value("fr").run()
    assert at.selectbox(key="sdg_choice").value == "5.2"
    bodies = unicodedata.normalize("NFC", " ".join(h.proto.body for h in at.get("html")))
    assert '<div class="wl-text">Éliminer de la vie publique et de la vie privée toutes les formes' in bodies


@pytest.mark.parametrize("page", ["pages/action_lines.py", "pages/timeline.py", "pages/network.py"])
def test_a_click_leaves_the_other_marks_readable(page):
    import json

    at = _open(_app(), page)
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    marks = [t for t in spec["data"] if t["type"] in ("scatter", "bar")]
    assert len(marks) >= 2
    assert {t.get("unselected", {}).get("marker", {}).get("opacity") for t in marks} == {0.55}


def test_a_search_says_which_other_texts_hold_it(with_ngo_draft):
    at = _open(_app({"text": "ecpat-international-2021"}), "pages/source_text.py")
    at.text_input(key="src_search").set_value("women").run()
    captions = [c.value for c in at.caption]
    assert [c for c in captions if c.startswith("Also found")] == [
        "Also found in 1 other text\\: Harvest Link Network \\(2023\\), 10 matches\\. "
        "Choose one under “Submission text” to read it\\."
    ]
    at.text_input(key="src_search").set_value("zzqx").run()
    assert [c.value for c in at.caption if "other text" in c.value] == [
        "No other text shown holds it either\\."
    ]


def test_the_key_points_of_several_submissions_give_the_point_the_room(with_ngo_draft):
    import json

    at = _open(_app(), "pages/overview.py")
    table = at.dataframe[-1]
    assert list(table.value.columns) == ["Submission", "Kind", "Key point", "Themes", "Quote"]
    widths = {name: config.get("width") for name, config in json.loads(table.proto.columns).items()}
    assert widths == {
        "_index": None,
        "Submission": 150,
        "Kind": 95,
        "Key point": "large",
        "Themes": 130,
    }
    # the quotes are read under the table for the row chosen, not in a column cut at the edge
    assert list(table.proto.column_order) == ["Submission", "Kind", "Key point", "Themes"]


def test_a_key_point_chosen_in_the_table_is_read_with_its_quotes(with_ngo_draft):
    at = _open(_app(), "pages/overview.py")
    assert "Choose a row (the box at its left) to read its quotes in their sentences." in [
        c.value for c in at.caption
    ]
    table = at.dataframe[-1].value
    at.session_state["kp_table?"] = {"selection": {"rows": [1], "columns": [], "cells": []}}
    at.run()
    assert not at.exception
    [whose] = [h.proto.body for h in at.get("html") if 'class="wl-supporter"' in h.proto.body]
    assert (
        whose
        == f'<p class="wl-supporter"><strong>{html.escape(table["Submission"][1])}</strong> — {table["Kind"][1]}</p>'
    )
    texts = [h.proto.body for h in at.get("html") if h.proto.body.startswith('<div class="wl-text">')]
    assert texts[-1] == f'<div class="wl-text">{html.escape(table["Key point"][1], quote=True)}</div>'
    [button] = [b for b in at.button if (b.key or "").startswith("to_source_kp_chosen")]
    button.click().run()
    assert at.selectbox(key="src_submission").value == "ecpat-international-2021"
    assert at.text_input(key="src_search").value in table["Quote"][1]


@pytest.mark.parametrize("row", [1, 5])
def test_a_key_point_chosen_before_the_filters_change_is_forgotten(with_ngo_draft, row):
    at = _open(_app(), "pages/overview.py")
    at.session_state["kp_table?"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    at.run()
    assert [b.key for b in at.button if (b.key or "").startswith("to_source_kp_chosen")] == [
        "to_source_kp_chosen_0"
    ]
    # under a theme the table holds other key points, four of them: the row chosen before must
    # neither show whichever point now stands in its place (row 1) nor fail (row 5)
    at.sidebar.multiselect(key="filter_theme").set_value(["multistakeholder-partnership"]).run()
    assert not at.exception
    assert "Choose a row (the box at its left) to read its quotes in their sentences." in [
        c.value for c in at.caption
    ]
    assert not [b for b in at.button if (b.key or "").startswith("to_source_kp_chosen")]


def test_timeline_event_names_who_named_it(with_ngo_draft):
    at = _open(_app(), "pages/timeline.py")
    assert not at.exception
    at.selectbox(key="tl_choice").set_value(f"{with_ngo_draft}/regional-farmer-digital-forum-2022").run()
    details = [m.value for m in at.markdown if m.value.startswith("**When:**")]
    assert len(details) == 1 and details[0].endswith("**Named by:** Harvest Link Network \\(2023\\)")


def test_a_link_reopens_the_network_with_its_focus_relation_types_and_template_switch():
    query = {"focus": "ecpat-international", "relation": ["partner", "led", "nonsense"], "template": "1"}
    at, warnings = _opened_by_link(query, "pages/network.py")
    assert warnings == ["The link's relation type “nonsense” is not known and was ignored\\."]
    assert not at.exception
    assert at.selectbox(key="net_focus").value == "ecpat-international"
    assert at.multiselect(key="net_types").value == ["partner", "led"]
    assert at.toggle(key="net_boilerplate").value is True
    [link] = [c.value for c in at.code if "/partner-network?" in c.value]
    # the focus is the node read below the chart until another is chosen
    assert link.endswith(
        "/partner-network?focus=ecpat-international&node=ecpat-international&relation=partner"
        "&relation=led&template=1"
    )
    # the whole network is the default, which a link leaves out; so are the other pages' choices
    at.selectbox(key="net_focus").set_value("__none__").run()
    [link] = [c.value for c in at.code if "/partner-network?" in c.value]
    assert link.endswith("/partner-network?node=ecpat-international&relation=partner&relation=led&template=1")
    at.switch_page("pages/overview.py").run()
    assert not {"focus", "node", "relation", "template"} & set(at.query_params)


def test_a_link_reopens_the_timeline_by_theme_and_ignores_unknown_lanes():
    at = _open(_app({"lanes": "theme"}), "pages/timeline.py")
    assert not at.exception and [w.value for w in at.warning] == []
    assert at.query_params["lanes"] in ("theme", ["theme"])
    [link] = [c.value for c in at.code if "/events-timeline" in c.value]
    # the event read below the chart (the first it draws) comes with the lanes
    assert link.endswith(
        "/events-timeline?lanes=theme&event=ecpat-international-2021%2Fonline-programme-2014"
    )
    other, warnings = _opened_by_link({"lanes": "colour"}, "pages/timeline.py")
    assert warnings == ["The link's choice of timeline lanes “colour” is not known and was ignored\\."]
    assert not other.exception
    assert "lanes" not in other.query_params


def test_a_reading_of_many_submissions_lists_the_first_ten_until_asked(monkeypatch, tmp_path):
    from wsislens.paths import BUNDLED_DATA_DIR

    ecpat = (BUNDLED_DATA_DIR / "submissions" / "ecpat-international-2021.yaml").read_text(encoding="utf-8")
    text = (BUNDLED_DATA_DIR / "sources" / "ecpat-international-2021.txt").read_bytes()
    for folder in ("submissions", "sources"):
        (tmp_path / folder).mkdir()
    for n in range(12):  # twelve submitters who sent the same text
        copy = f"copy-{n:02d}"
        (tmp_path / "submissions" / f"{copy}.yaml").write_text(
            ecpat.replace("ecpat-international-2021", copy), encoding="utf-8"
        )
        (tmp_path / "sources" / f"{copy}.txt").write_bytes(text)
    monkeypatch.setenv("WSISLENS_DATA_DIR", str(tmp_path))
    at = _open(_app(), "pages/action_lines.py")
    assert not at.exception
    at.selectbox(key="al_choice").set_value("C5").run()
    supporters = [h for h in at.get("html") if 'class="wl-supporter"' in h.proto.body]
    assert len(supporters) == 10
    assert "The first 10 of 12 submissions are listed." in [c.value for c in at.caption]
    at.toggle(key="all_al_rows").set_value(True).run()
    assert len([h for h in at.get("html") if 'class="wl-supporter"' in h.proto.body]) == 12


def test_a_focus_the_network_cannot_show_leaves_the_link_too():
    at = _app({"focus": "nobody", "template": "yes"})
    at.run()
    assert [w.value for w in at.warning] == [
        "The link's template switch “yes” is not known and was ignored\\."
    ]
    at.switch_page("pages/network.py").run()
    dropped = [w.value for w in at.warning]
    at.run()
    assert not at.exception
    assert at.selectbox(key="net_focus").value == "__none__"
    assert dropped == [
        "The focus on “nobody” was dropped\\: the filters and relation types leave no such organisation in "
        "the network\\. The network is shown without a focus\\."
    ]
    assert "focus" not in at.query_params
    [link] = [c.value for c in at.code if "/partner-network" in c.value]
    assert "focus=" not in link


READINGS = [
    # page, URL parameter, chooser key, what a warning calls it, a value the page offers and its
    # label, and the label of what the page reads when nothing is chosen
    (
        "pages/action_lines.py",
        "line",
        "al_choice",
        "action line",
        "C9",
        "C9 Media",
        "C5 Confidence and security",
    ),
    ("pages/sdgs.py", "reading", "sdg_choice", "goal or target", "16.2", "Target 16.2", "Target 5.2"),
    (
        "pages/network.py",
        "node",
        "net_node",
        "node",
        "general-comment-25",
        "General Comment 25",
        "ECPAT International",
    ),
    (
        "pages/timeline.py",
        "event",
        "tl_choice",
        "event",
        "ecpat-international-2021/general-comment-25-adopted-2021",
        "February 2021 · General Comment 25 adopted",
        "2014 · ECPAT's global programme against online child sexual exploitation established",
    ),
]
READING_FIELDS = ("page", "parameter", "key", "what", "value", "label", "default")


@pytest.mark.parametrize(READING_FIELDS, READINGS)
def test_a_link_reopens_what_the_view_reads_below_its_chart(
    page, parameter, key, what, value, label, default
):
    at, warnings = _opened_by_link({parameter: value}, page)
    assert warnings == [] and not at.exception
    box = at.selectbox(key=key)
    assert (box.value, box.format_func(box.value)) == (value, label)
    assert at.query_params[parameter] in (value, [value])
    # the choice leaves the URL with its page, and is still made on coming back
    at.switch_page("pages/overview.py").run()
    assert parameter not in at.query_params
    at.switch_page(page).run()
    at.run()
    assert at.selectbox(key=key).value == value
    assert at.query_params[parameter] in (value, [value])


@pytest.mark.parametrize(READING_FIELDS, READINGS)
def test_the_first_visit_to_a_page_names_its_reading_in_the_url(
    page, parameter, key, what, value, label, default
):
    at = _app().run()
    assert parameter not in at.query_params
    at.switch_page(page).run()  # one run: the URL is written before the page settles its reading
    box = at.selectbox(key=key)
    assert box.format_func(box.value) == default
    assert at.query_params[parameter] in (box.value, [box.value])


@pytest.mark.parametrize(READING_FIELDS, READINGS)
def test_a_link_to_a_reading_the_view_does_not_offer_warns_and_reads_the_default(
    page, parameter, key, what, value, label, default
):
    from wsislens.render import escape_markdown

    at = _app({parameter: "nothing-of-the-kind"})
    at.run()
    assert [w.value for w in at.warning] == []  # the page that offers the reading checks it
    at.switch_page(page).run()
    warnings = [w.value for w in at.warning]
    at.run()
    assert not at.exception
    assert warnings == [
        escape_markdown(
            f"The link's {what} “nothing-of-the-kind” is not shown under its filters; read instead: {default}."
        )
    ]
    box = at.selectbox(key=key)
    assert box.format_func(box.value) == default
    assert at.query_params[parameter] in (box.value, [box.value])
