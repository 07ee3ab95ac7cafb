from tests.core.figures.fixtures import TWO_SUBMISSIONS, evidence, records, sdg_goals, sdg_targets
from wsislens.figures.sdgs import (
    ROOT_ID,
    WORDING_LIMIT,
    clicked_reading,
    denied_rows,
    kept_reading,
    reading_goal,
    reading_heading,
    reading_rows,
    reading_text,
    rejected_as,
    sdg_chart,
    sdg_table,
    standing,
    with_reading_marked,
)
from wsislens.figures.style import contrast_ratio, label_colour
from wsislens.filters import FilterState, apply_filters

TARGETS = sdg_targets(
    {"submission_id": "a-2021", "target": "16.2", "basis": "stated", "evidence": evidence("SDG 16.2")},
    {
        "submission_id": "b-2021",
        "target": "16.2",
        "basis": "inferred",
        "score": 0.7,
        "method": "engine 1",
        "evidence": evidence("child abuse"),
    },
    {
        "submission_id": "b-2021",
        "target": "16.10",
        "basis": "inferred",
        "score": 0.5,
        "method": "engine 1",
        "evidence": evidence("access to information"),
    },
    {"submission_id": "a-2021", "target": "7.1", "basis": "negated", "evidence": evidence("not SDG 7.1")},
)
GOALS = sdg_goals({"submission_id": "a-2021", "goal": 4, "basis": "stated", "evidence": evidence("SDG 4")})


def test_table_one_row_per_target_with_strongest_basis():
    table = sdg_table(TARGETS, GOALS)
    assert records(table, ["goal", "target", "basis", "score", "submissions"]) == [
        {"goal": 4, "target": "", "basis": "stated", "score": None, "submissions": 1},
        {"goal": 16, "target": "16.2", "basis": "stated", "score": None, "submissions": 2},
        {"goal": 16, "target": "16.10", "basis": "inferred", "score": 0.5, "submissions": 1},
    ]


def test_treemap_tiles_colours_patterns_and_hover_text():
    chart = sdg_chart(TARGETS, GOALS, TWO_SUBMISSIONS, empty_reason="none")
    tree = chart.figure.data[0]
    assert list(tree.ids) == ["all", "goal-4", "goal-4-named", "goal-16", "target-16.2", "target-16.10"]
    assert list(tree.parents) == ["", "all", "goal-4", "all", "goal-16", "goal-16"]
    assert list(tree.marker.colors) == ["#FFFFFF", "#C5192D", "#C5192D", "#00689D", "#00689D", "#00689D"]
    assert list(tree.marker.pattern.shape) == ["", "", "", "", "", "/"]
    assert list(tree.labels) == [
        "All goals shown",
        "<b>SDG 4</b> Quality education",
        "Goal named (stated)",
        "<b>SDG 16</b> Peace, justice and strong institutions",
        "16.2 (stated)",
        "16.10 (inferred)",
    ]
    assert tree.hovertext[4] == (
        "Target 16.2: End abuse, exploitation, trafficking and all<br>forms of violence "
        "against and torture of children<br><i>Stated by the submitter</i>"
    )
    assert "Inferred by engine 1, score 0.50: not the submitter's claim" in tree.hovertext[5]
    assert chart.summary == (
        "2 SDGs served (SDG 4, SDG 16): 1 target stated (16.2) and 1 inferred (16.10). "
        "Denied, named only in passing or given to others, and served by no submission shown: target 7.1."
    )


def test_tiles_carry_the_official_wording_only_while_it_can_be_read():
    few = sdg_chart(TARGETS, GOALS, TWO_SUBMISSIONS, empty_reason="none").figure.data[0]
    assert few.texttemplate == "%{text}"
    assert few.text[4] == (
        "<b>16.2</b> (stated)<br>End abuse, exploitation,<br>trafficking and all forms of<br>"
        "violence against and torture of<br>children"
    )
    ids = ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2"]
    assert len(ids) == WORDING_LIMIT + 1
    many = sdg_targets(
        *({"submission_id": "a-2021", "target": t, "basis": "stated", "evidence": evidence(t)} for t in ids)
    )
    tree = sdg_chart(many, GOALS.iloc[0:0], TWO_SUBMISSIONS, empty_reason="none").figure.data[0]
    assert [text for text in tree.text if text.startswith("<b>") and "<br>" in text] == [
        f"<b>{t}</b><br>(stated)" for t in ids
    ]
    assert tree.hovertext[2].startswith("Target 1.1: By 2030, eradicate extreme poverty")


def test_a_goal_header_too_narrow_for_its_name_keeps_its_number():
    ids = ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2", "5.1", "5.2", "6.1", "6.2"]
    many = sdg_targets(
        *({"submission_id": "a-2021", "target": t, "basis": "stated", "evidence": evidence(t)} for t in ids)
    )

    def headers(presenting):
        tree = sdg_chart(
            many, GOALS.iloc[0:0], TWO_SUBMISSIONS, empty_reason="none", presenting=presenting
        ).figure.data[0]
        return [label for node, label in zip(tree.ids, tree.labels, strict=True) if node.startswith("goal-")]

    # on screen, SDG 3 and SDG 6 are the narrowest goals at 800 or 1440 px
    assert headers(False) == [
        "<b>SDG 1</b> No poverty",
        "<b>SDG 2</b> Zero hunger",
        "<b>SDG 3</b>",
        "<b>SDG 4</b> Quality education",
        "<b>SDG 5</b> Gender equality",
        "<b>SDG 6</b>",
    ]
    assert headers(True)[2] == "<b>SDG 3</b> Good health and well-being"


def test_tiles_too_small_for_their_number_are_left_blank():
    # one target served by 300 submissions beside eleven served by one each: on an 800-px plot,
    # each small tile is about 20 px high
    small = ["16.1", "16.3", "16.4", "16.5", "16.6", "16.7", "16.8", "16.9", "16.10", "16.a", "16.b"]
    rows = [
        {"submission_id": f"s{i}-2021", "target": "16.2", "basis": "stated", "evidence": evidence("x")}
        for i in range(300)
    ] + [
        {"submission_id": "s0-2021", "target": t, "basis": "stated", "evidence": evidence("x")} for t in small
    ]
    tree = sdg_chart(sdg_targets(*rows), GOALS.iloc[0:0], TWO_SUBMISSIONS, empty_reason="none").figure.data[0]
    texts = dict(zip(tree.ids, tree.text, strict=True))
    assert texts["target-16.2"].startswith("<b>16.2</b> (stated)<br>End abuse, exploitation,")
    assert {texts[f"target-{t}"] for t in small} == {""}
    assert tree.hovertext[list(tree.ids).index("target-16.b")].startswith("Target 16.b: Promote and enforce")


def test_negated_only_is_empty():
    chart = sdg_chart(TARGETS.iloc[3:], GOALS.iloc[0:0], TWO_SUBMISSIONS, empty_reason="Nothing.")
    assert chart.empty == "Nothing."


def test_label_colour_meets_aa_on_every_goal_colour():
    from wsislens.reference import sdg_goals as goals

    for goal in goals():
        assert contrast_ratio(goal.colour, label_colour(goal.colour)) >= 4.5, goal.number
    assert label_colour("#FCC30B") == "#000000"
    assert label_colour("#19486A") == "#FFFFFF"


def test_ecpat_under_two_themes(corpus):
    def tiles(themes):
        shown = apply_filters(corpus.tables, FilterState(themes=themes))
        chart = sdg_chart(shown.sdg_targets, shown.sdg_goals, shown.submissions, empty_reason="none")
        return None if chart.is_empty else [i for i in chart.figure.data[0].ids if i != ROOT_ID]

    assert tiles(()) == [
        "goal-5",
        "target-5.2",
        "target-5.3",
        "goal-8",
        "target-8.7",
        "goal-16",
        "target-16.2",
        "target-16.a",
        "goal-17",
        "target-17.17",
    ]
    assert tiles(("law-enforcement",)) == ["goal-16", "target-16.2", "target-16.a"]
    assert tiles(("childrens-rights",)) == [
        "goal-5",
        "target-5.3",
        "goal-8",
        "target-8.7",
        "goal-16",
        "target-16.2",
    ]
    assert tiles(("covid-19",)) is None


def test_each_tile_leads_to_its_reading_and_a_click_is_read_by_tile_number():
    chart = sdg_chart(TARGETS, GOALS, TWO_SUBMISSIONS, empty_reason="none")
    tree = chart.figure.data[0]
    # the root leads nowhere (the reading stays); a goal's tile leads to its first reading
    assert list(tree.customdata) == ["", "goal-4", "goal-4", "16.2", "16.2", "16.10"]
    assert clicked_reading(chart, [{"point_number": 5, "id": "target-16.10"}]) == "16.10"
    assert clicked_reading(chart, [{"point_number": 3, "id": "goal-16"}]) == "16.2"
    assert clicked_reading(chart, [{"point_number": 0, "id": "all"}]) is None
    assert clicked_reading(chart, [{"point_number": 9}]) is None
    assert clicked_reading(chart, []) is None


def test_the_reading_is_outlined_and_the_chart_drawn_from_all_goals():
    chart = sdg_chart(TARGETS, GOALS, TWO_SUBMISSIONS, empty_reason="none")
    marked = with_reading_marked(chart, "16.2").figure.data[0]
    assert list(marked.marker.line.width) == [3, 3, 3, 3, 6, 3]  # the target's tile, not its goal's
    assert marked.marker.line.color[4] == "#1A1A1A"
    assert marked.level == ROOT_ID
    assert chart.figure.data[0].level is None  # the chart itself is left as it was
    named_goal = with_reading_marked(chart, "goal-4").figure.data[0]
    assert list(named_goal.marker.line.width) == [3, 3, 6, 3, 3, 3]
    # a new reading is a new revision of the chart: plotly then forgets the zoom a click made
    assert with_reading_marked(chart, "16.2").figure.layout.uirevision == "16.2"
    presented = with_reading_marked(chart, "16.2", outline=False).figure
    assert (list(presented.data[0].marker.line.width), presented.layout.uirevision) == ([3] * 6, "16.2")


def test_a_reading_no_longer_offered_gives_way_to_the_first_of_its_goal():
    choices = ["2.3", "goal-5", "17.6", "17.8"]
    assert [reading_goal(k) for k in ("goal-5", "17.9", "16.10")] == [5, 17, 16]
    assert kept_reading("17.8", choices) == "17.8"
    assert kept_reading("17.9", choices) == "17.6"  # 17.9 rejected: still in goal 17
    assert kept_reading("5.2", choices) == "goal-5"
    assert kept_reading("9.c", choices) == "2.3"
    assert kept_reading(None, choices) == "2.3"
    assert kept_reading("17.9", []) is None
    # a link may name anything
    assert [reading_goal(k) for k in ("goal-x", "x.1", "", "nothing")] == [None] * 4
    assert kept_reading("nothing-of-the-kind", choices) == "2.3"


def test_the_reading_guide_names_only_the_tiles_drawn():
    both = sdg_chart(TARGETS, GOALS, TWO_SUBMISSIONS, empty_reason="none")
    assert both.reading == (
        "Solid tiles: stated by the submitter. Hatched tiles: inferred by an analyst or the SDG engine, "
        "not the submitter's claim."
    )
    # 16.2 is stated by one submission: its tile is solid; nothing else is drawn but goal 4
    stated_only = sdg_chart(TARGETS.iloc[:2], GOALS, TWO_SUBMISSIONS, empty_reason="none")
    assert stated_only.reading == "Solid tiles: stated by the submitter."
    inferred_only = sdg_chart(TARGETS.iloc[2:3], GOALS.iloc[0:0], TWO_SUBMISSIONS, empty_reason="none")
    assert inferred_only.reading == (
        "Hatched tiles: inferred by an analyst or the SDG engine, not the submitter's claim."
    )


def test_key_facts_name_what_a_submission_denies_and_none_serves():
    chart = sdg_chart(TARGETS, GOALS, TWO_SUBMISSIONS, empty_reason="none")
    assert chart.key_facts == (
        "Stated targets: 16.2.",
        "Inferred targets (analyst or engine, not the submitter's claim): 16.10.",
        "Goals served: SDG 4 Quality education, SDG 16 Peace, justice and strong institutions.",
        "Denied, named only in passing or given to others, and served by no submission shown: target 7.1.",
    )
    # a goal denied by one submission and stated by another is served
    goals = sdg_goals(
        {"submission_id": "a-2021", "goal": 4, "basis": "stated", "evidence": evidence("SDG 4")},
        {"submission_id": "b-2021", "goal": 4, "basis": "negated", "evidence": evidence("not SDG 4")},
        {"submission_id": "b-2021", "goal": 13, "basis": "negated", "evidence": evidence("not SDG 13")},
    )
    facts = sdg_chart(TARGETS, goals, TWO_SUBMISSIONS, empty_reason="none").key_facts
    assert (
        facts[-1]
        == "Denied, named only in passing or given to others, and served by no submission shown: SDG 13, target 7.1."
    )


def test_denied_rows_carry_their_submission_and_evidence_goals_first():
    goals = sdg_goals(
        {"submission_id": "a-2021", "goal": 4, "basis": "stated", "evidence": evidence("SDG 4")},
        {"submission_id": "b-2021", "goal": 13, "basis": "negated", "evidence": evidence("not SDG 13")},
        {"submission_id": "a-2021", "goal": 8, "basis": "negated", "evidence": evidence("left SDG 8 out")},
    )
    rows = denied_rows(TARGETS, goals, sdg_table(TARGETS, goals))
    assert [(r.label, r.submission_id, r.evidence[0]["quote"]) for r in rows.itertuples()] == [
        ("SDG 8", "a-2021", "left SDG 8 out"),
        ("SDG 13", "b-2021", "not SDG 13"),
        ("target 7.1", "a-2021", "not SDG 7.1"),
    ]


def test_a_reading_holds_its_target_or_its_goal_named_without_one():
    assert list(reading_rows("16.2", TARGETS, GOALS)["submission_id"]) == ["a-2021", "b-2021"]
    assert list(reading_rows("goal-4", TARGETS, GOALS)["submission_id"]) == ["a-2021"]
    assert reading_rows("goal-16", TARGETS, GOALS).empty
    assert reading_heading("goal-4") == "SDG 4 Quality education"
    assert reading_heading("16.2") == "Target 16.2"
    assert reading_text("16.2", "en") == (
        "End abuse, exploitation, trafficking and all forms of violence against and torture of children"
    )
    assert reading_text("goal-4", "fr").startswith(
        "Assurer à tous une éducation équitable, inclusive et de qualité"
    )
    assert rejected_as("goal-4") == ("sdg_goals", "4")
    assert rejected_as("16.10") == ("sdg_targets", "16.10")


def test_each_row_of_a_reading_says_whose_claim_it_is():
    assert standing("stated", None, None) == "stated by the submitter"
    assert standing("inferred", "engine 1", 0.8) == (
        "Machine suggestion (score 0.80, engine 1): not the submitter's claim"
    )
    assert standing("inferred", "analyst", 0.85) == (
        "Analyst's inference (score 0.85, analyst): not the submitter's claim"
    )
    assert standing("negated", None, None) == (
        "denied, named only in passing or given to others: not counted"
    )
