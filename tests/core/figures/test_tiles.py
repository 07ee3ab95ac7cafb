"""The treemap's layout worked out before drawing, against what Chromium drew
(tests/fixtures/treemap_chromium.json, written by tools/measure_treemap.py)."""

import datetime as dt
import json
from pathlib import Path

import pytest

from wsislens.figures.sdgs import MIN_LABEL_PX
from wsislens.figures.style import BASE_FONT_SIZE
from wsislens.figures.tiles import Box, Padding, longest_fitting, text_px, text_room, tile_boxes
from wsislens.filters import FilterState
from wsislens.views import ViewOptions, build_chart

MEASURED = json.loads(
    (Path(__file__).resolve().parents[2] / "fixtures" / "treemap_chromium.json").read_text(encoding="utf-8")
)["cases"]
PADDING = Padding.plotly_default(BASE_FONT_SIZE, 4)


def _name(case):
    return f"{case['chart']}-{'presenting' if case['presenting'] else 'screen'}-{case['canvas'][0]}"


def _boxes(case):
    return tile_boxes(case["ids"], case["parents"], case["values"], Box(0, 0, *case["canvas"]), PADDING)


def _drawn_texts(case):
    """(tile, text as drawn, its room, the measured type size) of every tile that shows a text."""
    boxes = _boxes(case)
    has_tiles = set(case["parents"])
    out = []
    for node, text, label, px in zip(
        case["ids"], case["texts"], case["labels"], case["drawn_px"], strict=True
    ):
        header = node in has_tiles
        shown = label if header else text  # plotly writes a header from the label
        if node == "all" or not shown:
            continue
        out.append((node, shown, text_room(boxes[node], PADDING, header=header), px))
    return out


def test_the_measurements_cover_both_charts_on_every_planned_plot():
    assert [_name(case) for case in MEASURED] == [
        "bundled-screen-800",
        "bundled-screen-980",
        "bundled-screen-1440",
        "bundled-presenting-1060",
        "bundled-presenting-1700",
        "synthetic-300-screen-800",
        "synthetic-300-screen-980",
        "synthetic-300-screen-1440",
        "synthetic-300-presenting-1060",
        "synthetic-300-presenting-1700",
    ]
    assert [len(case["ids"]) for case in MEASURED] == [11] * 5 + [184] * 5


@pytest.mark.parametrize("case", MEASURED, ids=_name)
def test_every_box_is_where_chromium_drew_it(case):
    boxes = _boxes(case)
    for node, measured in zip(case["ids"], case["boxes"], strict=True):
        box = boxes[node]
        assert [box.x0, box.y0, box.x1, box.y1] == pytest.approx(measured, abs=1e-6), node


@pytest.mark.parametrize("case", MEASURED, ids=_name)
def test_the_type_size_estimate_is_never_much_above_the_drawn_one(case):
    ratios = [text_px(text, *room, BASE_FONT_SIZE) / px for _, text, room, px in _drawn_texts(case)]
    assert max(ratios) <= 1.02
    assert min(ratios) >= 0.75


@pytest.mark.parametrize(
    ("chart", "presenting", "targets_named"),
    [("bundled", False, 6), ("bundled", True, 6), ("synthetic-300", False, 21), ("synthetic-300", True, 22)],
)
def test_every_text_shown_is_drawn_at_the_least_size_on_most_plots(chart, presenting, targets_named):
    cases = [c for c in MEASURED if c["chart"] == chart and c["presenting"] == presenting]
    sizes: dict[str, list[float]] = {}
    for case in cases:
        for node, _, _, px in _drawn_texts(case):
            sizes.setdefault(node, []).append(px)
    for node, drawn in sizes.items():
        assert len(drawn) == len(cases), node  # the same tiles carry a text on every plot
        assert 2 * sum(px >= MIN_LABEL_PX for px in drawn) > len(drawn), (node, drawn)
        assert min(drawn) >= 9, (node, drawn)
    # every target of the bundled submission is named; the 300-submission chart leaves most of
    # its 166 target tiles blank rather than unreadable
    assert len([node for node in sizes if node.startswith("target-")]) == targets_named


@pytest.mark.parametrize("presenting", [False, True])
def test_the_bundled_chart_still_carries_the_texts_measured(corpus, presenting):
    figure = build_chart(
        "sdgs", corpus.tables, FilterState(), ViewOptions(today=dt.date(2026, 11, 29), presenting=presenting)
    ).figure
    for case in MEASURED:
        if case["chart"] == "bundled" and case["presenting"] == presenting:
            assert list(figure.data[0].text) == case["texts"]
            assert list(figure.data[0].labels) == case["labels"]


def test_squarified_tiles_have_the_area_of_their_value_and_fill_the_canvas():
    ids = ["root", "a", "b", "c", "d", "e", "f", "g"]
    values = [0, 6, 6, 4, 3, 2, 2, 1]
    boxes = tile_boxes(ids, [""] + ["root"] * 7, values, Box(0, 0, 600, 400), Padding(0, 0, 0))
    areas = {node: round(boxes[node].width * boxes[node].height, 6) for node in ids[1:]}
    assert areas == {node: value * 10_000 for node, value in zip(ids[1:], values[1:], strict=True)}
    # the two largest fill the first column, as in Bruls, Huizing and van Wijk's example
    assert (boxes["a"].x0, boxes["a"].x1, boxes["a"].y1, boxes["b"].x1, boxes["b"].y1) == (
        0,
        300,
        200,
        300,
        400,
    )


def test_longest_fitting_takes_the_first_variant_set_large_enough():
    variants = ("<b>16.2</b> (stated)<br>End abuse, exploitation,", "<b>16.2</b><br>(stated)", "<b>16.2</b>")
    assert longest_fitting(variants, [(400, 120)], 18, 13) == variants[0]
    assert longest_fitting(variants, [(90, 60)], 18, 13) == variants[1]
    assert longest_fitting(variants, [(400, 120), (90, 60)], 18, 13) == variants[1]
    assert longest_fitting(variants, [(50, 30)], 18, 13) == variants[2]
    assert longest_fitting(variants, [(20, 20)], 18, 13) == ""
    assert text_px("<b>16.2</b>", 1000, 1000, 18) == 18
