"""The source text page in a real browser, on two submissions: a link reopens a text with its
search, and a text the filters come to hide gives way to a shown one, on the screen, in the
page's chooser and in the URL alike."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.conftest import (
    REPO_ROOT,
    TIMEOUT_MS,
    bundled_data_copy,
    expect,
    fresh_tab,
    open_page,
    rerun_after,
    running_server,
    wait_until_idle,
)
from wsislens.ingest import ingest_files

pytestmark = pytest.mark.browser

ECPAT = "ecpat-international-2021"
HIDDEN_TEXT_WARNING = "The submission text chosen before is not among those the filters show; the first one they show is displayed."


@pytest.fixture(scope="module")
def two_submissions_server(browser, tmp_path_factory) -> Iterator[tuple[str, str]]:
    """A server on the bundled submission plus the NGO statement (a machine draft); yields its
    URL and the statement's id."""
    data_dir = bundled_data_copy(tmp_path_factory.mktemp("wsislens-two"))
    [(_, result, error)] = ingest_files([REPO_ROOT / "tests/fixtures/documents/ngo_statement.md"], data_dir)
    assert error is None
    with running_server("streamlit-two-submissions", WSISLENS_DATA_DIR=str(data_dir)) as url:
        yield url, result.id


@pytest.fixture
def tab(browser, two_submissions_server, viewport, console_errors):
    with fresh_tab(browser, viewport, console_errors) as page:
        yield page


def _text_param(page) -> list[str] | None:
    return parse_qs(urlsplit(page.url).query).get("text")


def _choose(page, label: str, option: str) -> None:
    """Choose `option` in the sidebar's `label` chooser and wait for the run it causes: the
    chooser shows it, then the app is idle (the page's own content is awaited by the caller)."""
    box = page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name=label)
    box.click()
    page.get_by_role("option", name=option, exact=True).click()
    expect(box).to_have_value(option, timeout=TIMEOUT_MS)
    wait_until_idle(page)


def test_a_text_the_filters_hide_gives_way_on_screen_in_the_chooser_and_in_the_url(
    tab, two_submissions_server
):
    base, harvest = two_submissions_server
    open_page(tab, f"{base}/source?text={harvest}&q=digital")
    chooser = tab.get_by_role("combobox", name="Submission text")
    expect(chooser).to_have_value("Harvest Link Network (2023)", timeout=TIMEOUT_MS)
    expect(tab.get_by_label("Search the text")).to_have_value("digital")

    _choose(tab, "Submission", "ECPAT International (2022)")
    expect(tab.get_by_text(HIDDEN_TEXT_WARNING)).to_be_visible(timeout=TIMEOUT_MS)
    expect(chooser).to_have_value("ECPAT International (2022)", timeout=TIMEOUT_MS)
    # (the earlier text's element stays on the page until the run that replaces it has finished)
    expect(tab.locator(".wl-source", has_text="ECPAT International")).to_be_visible(timeout=TIMEOUT_MS)
    expect(tab.locator(".wl-source")).to_have_count(1, timeout=TIMEOUT_MS)
    expect(tab).to_have_url(re.compile(rf"[?&]text={ECPAT}(&|$)"), timeout=TIMEOUT_MS)
    assert _text_param(tab) == [ECPAT], tab.url

    _choose(tab, "Stakeholder type", "Government")  # no submission is shown
    expect(tab.get_by_text("No submission matches the filters.")).to_be_visible(timeout=TIMEOUT_MS)
    expect(tab).not_to_have_url(re.compile(r"[?&]text="), timeout=TIMEOUT_MS)
    assert _text_param(tab) is None, tab.url


def test_a_quote_leads_to_its_sentence_in_the_source_text(tab, two_submissions_server):
    base, harvest = two_submissions_server
    open_page(tab, f"{base}/events-timeline?submission={harvest}")
    shown = tab.locator(".wl-quote").first.inner_text()
    rerun_after(tab, lambda: tab.get_by_role("button", name="Read it in the source text").first.click())

    expect(tab).to_have_url(
        re.compile(rf"/source\?(.*&)?text={harvest}(&.*)?&q=[^&]{{10,}}"), timeout=TIMEOUT_MS
    )
    query = parse_qs(urlsplit(tab.url).query)
    assert query["submission"] == [harvest], tab.url
    searched = query["q"][0]
    assert searched in shown, (searched, shown)
    expect(tab.get_by_role("combobox", name="Submission text")).to_have_value("Harvest Link Network (2023)")
    expect(tab.get_by_label("Search the text")).to_have_value(searched, timeout=TIMEOUT_MS)
    expect(tab.get_by_text(re.compile(r"^1 match in its sentence$"))).to_be_visible(timeout=TIMEOUT_MS)
    expect(tab.locator(".wl-quote").first).to_have_text(shown)
