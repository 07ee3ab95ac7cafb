"""Presentation mode in a real browser: a prepared present=1 link at projector sizes, stepping
through every view; the sidebar stays out of sight, no title or caption is clipped, and each
view's chart is whole on the screen."""

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import (
    CAPTION,
    CHART_SVG,
    PAGES,
    PAGES_WITHOUT_CHART,
    open_page,
    rerun_after,
    screenshot,
    tile_text_sizes,
    wait_for_chart,
    wait_until_idle,
)
from wsislens.figures.sdgs import MIN_LABEL_PX

VIEW_TITLES = ["Overview", "Action lines", "SDG mapping", "Partner network", "Timeline", "Source text"]
CAPTION_TEXT = "ECPAT International · themes: law enforcement · 2014–2030"


def _inside_viewport(box, size) -> bool:
    return (
        box is not None
        and box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= size["width"] + 0.5
        and box["y"] + box["height"] <= size["height"] + 0.5
    )


@pytest.fixture(
    params=[{"width": 1280, "height": 720}, {"width": 1920, "height": 1080}], ids=["1280x720", "1920x1080"]
)
def viewport(request):
    return dict(request.param)


def test_present_link_steps_through_every_view(page, app_server, viewport):
    assert [p.stem for p in PAGES][: len(VIEW_TITLES)] == [
        "overview",
        "action_lines",
        "sdgs",
        "network",
        "timeline",
        "source_text",
    ]
    open_page(page, f"{app_server}/?present=1&theme=law-enforcement")
    for number, title in enumerate(VIEW_TITLES, start=1):
        page.get_by_text(f"View {number} of {len(VIEW_TITLES)}: {title}", exact=True).wait_for(
            state="visible"
        )
        wait_until_idle(page)
        stem = PAGES[number - 1].stem
        if stem not in PAGES_WITHOUT_CHART:
            wait_for_chart(page)
        assert not page.locator('[data-testid="stSidebar"]').is_visible()
        assert page.get_by_role("button", name="Present", exact=True).is_visible() is False
        caption = page.locator(CAPTION)
        assert caption.inner_text() == CAPTION_TEXT
        assert _inside_viewport(caption.bounding_box(), viewport), f"caption clipped on view {number}"
        if stem not in PAGES_WITHOUT_CHART:
            chart_title = page.locator(f"{CHART_SVG} .gtitle").first
            box = chart_title.bounding_box()
            assert _inside_viewport(box, viewport), f"chart title clipped on view {number}: {box}"
            svg_box = page.locator(CHART_SVG).first.bounding_box()
            assert (
                box["x"] >= svg_box["x"] and box["x"] + box["width"] <= svg_box["x"] + svg_box["width"] + 0.5
            )
            # one view per screen: the whole chart is on the screen without scrolling
            assert _inside_viewport(svg_box, viewport), (
                f"chart runs off the screen on view {number}: {svg_box}"
            )
        if stem == "overview":  # the headline counts stand with the chart on the screen
            metrics = page.get_by_test_id("stMetric")
            assert metrics.count() == 6
            for i in range(6):
                assert _inside_viewport(metrics.nth(i).bounding_box(), viewport), (
                    f"headline count {i} off screen"
                )
        if stem == "sdgs":
            sizes = tile_text_sizes(page)
            assert [text for text, _ in sizes] == [
                "All goals shown",
                "SDG 16 Peace, justice and strong institutions",
                "16.2 (stated)End abuse, exploitation,trafficking and all forms of"
                "violence against and torture ofchildren",
                "16.a (inferred)Strengthen relevant nationalinstitutions, including through"
                "international cooperation, forbuilding capacity…",
            ]
            assert min(size for _, size in sizes) >= MIN_LABEL_PX, sizes
        query = parse_qs(urlsplit(page.url).query)
        assert query.get("present") == ["1"] and query.get("theme") == ["law-enforcement"], page.url
        screenshot(page, f"present-{viewport['width']}x{viewport['height']}-{number}")
        next_button = page.get_by_role("button", name="Next ▶")
        if number < len(VIEW_TITLES):
            rerun_after(page, next_button.click)
        else:
            assert next_button.is_disabled()
    rerun_after(page, page.get_by_role("button", name="Exit presentation").click)
    page.locator('[data-testid="stSidebar"]').wait_for(state="visible")
    assert "present" not in parse_qs(urlsplit(page.url).query)
