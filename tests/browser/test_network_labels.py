"""The partner network's names as Chromium draws them: every node of the ECPAT network is
named, no name overlaps another, and none is cut off at the edge of the plot, at the narrowest
windows the labels are planned for (1280 px wide with the sidebar open; presentation mode on a
1280x720 projector) and at the default one."""

from __future__ import annotations

import pytest

from tests.browser.conftest import URL_PATHS, open_page, wait_for_chart

pytestmark = pytest.mark.browser

CHART = '[data-testid="stPlotlyChart"]'
NAMES = f"{CHART} .scatterlayer .trace:last-child .textpoint text"
PLOT_AREA = f"{CHART} .nsewdrag"
BOXES_JS = """els => els.map(e => {
  const r = e.getBoundingClientRect();
  return [e.textContent, r.left, r.top, r.right, r.bottom];
})"""


def overlapping(boxes: list[list]) -> list[tuple[str, str]]:
    return [
        (a[0], b[0])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]
    ]


@pytest.mark.parametrize(
    ("viewport", "query"),
    [
        ({"width": 1280, "height": 900}, ""),
        ({"width": 1600, "height": 1000}, ""),
        ({"width": 1280, "height": 720}, "?present=1"),
    ],
    ids=["1280px", "1600px", "presenting-1280x720"],
)
def test_every_name_is_written_apart_and_whole(page, app_server, viewport, query):
    open_page(page, f"{app_server}/{URL_PATHS['network']}{query}")
    wait_for_chart(page)
    boxes = page.locator(NAMES).evaluate_all(BOXES_JS)
    assert len(boxes) == 16
    assert overlapping(boxes) == []
    area = page.locator(PLOT_AREA).bounding_box()
    outside = [
        box[0]
        for box in boxes
        if box[1] < area["x"] - 1 or box[3] > area["x"] + area["width"] + 1 or box[2] < area["y"] - 1
    ]
    assert outside == []
    # compared without spaces: a name on two lines reads as its lines run together
    assert sorted(box[0].replace(" ", "") for box in boxes) == sorted(
        [
            "COPguides",
            "COPinitiative",
            "ChildDignityAlliance",
            "ECPATglobalprogramme…",
            "ECPATInternational",
            "EndViolenceAgainstChildren",
            "GeneralComment25",
            "GlobalCampaign",
            "GovernmentofSriLanka",
            "High-levelRoundtable…",
            "ITU",
            "InteragencyWorkingGroup",
            "LuxembourgGuidelines",
            "SAIEVAC",
            "UnitedNationsChildren'sFund",
            "WePROTECTGlobalAlliance",
        ]
    )
