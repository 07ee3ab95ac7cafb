"""Every page of the real app in Debian's chromium: it renders through `app.py` (caption
banner, no exception), draws its charts, and keeps the global filters across page switches
and in the URL."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import (
    CAPTION,
    CHART_SVG,
    PAGE_CASES,
    PAGES,
    PAGES_WITHOUT_CHART,
    PLACEHOLDER_PAGES,
    TIMEOUT_MS,
    URL_PATHS,
    assert_no_exception,
    expect,
    open_page,
    open_view,
    rerun_after,
    screenshot,
    wait_for_chart,
)

pytestmark = pytest.mark.browser

DEEP_LINK_QUERY = "theme=law-enforcement&theme=legal-frameworks&from=2014&to=2020"
DEEP_LINK_CAPTION = "ECPAT International · themes: law enforcement, legal frameworks · 2014–2020"


def deep_link(base_url: str) -> str:
    return f"{base_url}/{URL_PATHS['timeline']}?{DEEP_LINK_QUERY}"


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def assert_deep_link_filters(page) -> None:
    params = query(page)
    assert params.get("theme") == ["law-enforcement", "legal-frameworks"], page.url
    assert params.get("to") == ["2020"], page.url
    # 2014 is the first year of the data; the app may leave the lower bound out as the default.
    assert params.get("from", ["2014"]) == ["2014"], page.url


def assert_no_page_not_found(page) -> None:
    dialog = page.get_by_role("dialog").filter(has_text="Page not found")
    assert dialog.count() == 0, f"'Page not found' shown for {page.url}"


def test_app_declares_the_six_views():
    assert sorted(URL_PATHS) == ["action_lines", "network", "overview", "sdgs", "source_text", "timeline"]
    assert sum(p.default for p in PAGES) == 1


@pytest.mark.parametrize(("stem", "url_path"), PAGE_CASES)
def test_page_renders(page, app_server, console_errors, stem, url_path):
    placeholder = open_view(page, app_server, stem, url_path)
    caption = page.locator(CAPTION)
    assert caption.inner_text().startswith("ECPAT International"), caption.inner_text()
    assert_no_page_not_found(page)
    if stem not in PAGES_WITHOUT_CHART and not placeholder:
        assert page.locator(CHART_SVG).count() >= 1
    assert_no_exception(page)
    screenshot(page, url_path or "root")
    uncaught = [error for error in console_errors if error.startswith("uncaught:")]
    assert not uncaught, uncaught
    if placeholder:
        pytest.skip(f"chart check skipped: {PLACEHOLDER_PAGES[stem]}")


def test_deep_link_filters_survive_page_switch(page, app_server):
    caption = open_page(page, deep_link(app_server))
    expect(caption).to_have_text(DEEP_LINK_CAPTION)
    expect(page.get_by_role("heading", name="Timeline", exact=True)).to_be_visible()
    assert_no_page_not_found(page)
    assert_deep_link_filters(page)

    nav = page.locator('[data-testid="stSidebarNav"]')
    nav_link = nav.get_by_role("link", name="Action lines", exact=True)
    rerun_after(page, nav_link.click)
    page.wait_for_url(re.compile(rf"/{URL_PATHS['action_lines']}\?"), timeout=TIMEOUT_MS)
    expect(page.get_by_role("heading", name="WSIS action lines")).to_be_visible(timeout=TIMEOUT_MS)
    wait_for_chart(page)
    assert_deep_link_filters(page)
    expect(caption).to_have_text(DEEP_LINK_CAPTION)

    themes = page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name="Themes")

    def choose_covid() -> None:
        themes.click()
        themes.press_sequentially("Covid")
        expect(page.get_by_role("option", name="Covid-19 impact")).to_be_visible(timeout=TIMEOUT_MS)
        themes.press("Enter")

    rerun_after(page, choose_covid)
    expect(caption).to_have_text(
        "ECPAT International · themes: law enforcement, legal frameworks, covid-19 impact · 2014–2020",
        timeout=TIMEOUT_MS,
    )
    expect(page).to_have_url(re.compile(r"[?&]theme=covid-19(&|$)"), timeout=TIMEOUT_MS)
    params = query(page)
    assert params.get("theme") == ["law-enforcement", "legal-frameworks", "covid-19"], page.url
    assert params.get("to") == ["2020"], page.url
    assert urlsplit(page.url).path == f"/{URL_PATHS['action_lines']}"
    assert_no_exception(page)
    screenshot(page, "deep-link-then-covid")


def test_deep_link_on_a_fresh_server(page, fresh_server):
    """The first visitor after a start who opens a shared link gets that view, not a
    "Page not found" dialog (Streamlit's legacy handling of a `pages/` folder; see serve.py)."""
    caption = open_page(page, deep_link(fresh_server))
    expect(caption).to_have_text(DEEP_LINK_CAPTION)
    expect(page.get_by_role("heading", name="Timeline", exact=True)).to_be_visible()
    assert_no_page_not_found(page)


def test_source_text_link_opens_the_text_with_its_search(page, app_server):
    """A copied link to the source text reopens its search: the matches in their sentences, the
    hits in bold in the text, and the text without the seed's Markdown marks."""
    open_page(
        page, f"{app_server}/{URL_PATHS['source_text']}?text=ecpat-international-2021&q=law+enforcement"
    )
    expect(page.get_by_text("3 matches in their sentences")).to_be_visible(timeout=TIMEOUT_MS)
    expect(page.get_by_label("Search the text")).to_have_value("law enforcement", timeout=TIMEOUT_MS)
    source = page.locator(".wl-source")
    expect(source.locator("b.search-hit")).to_have_count(3)
    text = source.inner_text()
    assert "through the We PROTECT Global Alliance and End Violence Against Children both" in text
    assert "](#)" not in text and "**" not in text
    assert query(page).get("q") == ["law enforcement"], page.url
    assert_no_exception(page)
    screenshot(page, "source-link-search")
