"""Every mark leads back to its sentence: in a real browser, a click on a chart's mark reads that
item and its quotes below the chart, the address names it (a copied link reopens it), and the
page's chooser stays free to change afterwards."""

import re

import pytest

from tests.browser.conftest import (
    URL_PATHS,
    expect,
    open_page,
    rerun_after,
    wait_for_chart,
    wait_until_idle,
)

TIMEOUT_MS = 30_000
CHART = '[data-testid="stPlotlyChart"]'

# Where a drawn mark with this first customdata value is, in page pixels (plotly's own axes
# convert its data to pixels), or null: a scatter point, or the middle of a horizontal bar (a
# timeline's bars start at a date and are as long as their duration in milliseconds). The
# traces drawn last (the marks over the lines) first; invisible markers (those that carry a
# network's names) are skipped.
_MARK_POSITION_JS = """
(value) => {
  const gd = document.querySelector('[data-testid="stPlotlyChart"] .js-plotly-plot');
  const box = gd.getBoundingClientRect();
  const xaxis = gd._fullLayout.xaxis, yaxis = gd._fullLayout.yaxis;
  for (const trace of [...gd.data].reverse()) {
    if (!trace.customdata || !['scatter', 'bar'].includes(trace.type)) continue;
    if (trace.marker && trace.marker.opacity === 0) continue;
    for (let i = 0; i < trace.customdata.length; i++) {
      const data = trace.customdata[i];
      if ((Array.isArray(data) ? data[0] : data) !== value) continue;
      const x = trace.type === 'bar'
        ? xaxis.l2p(xaxis.d2l(trace.base[i]) + trace.x[i] / 2)
        : xaxis.d2p(trace.x[i]);
      return {x: box.left + xaxis._offset + x, y: box.top + yaxis._offset + yaxis.d2p(trace.y[i])};
    }
  }
  return null;
}
"""


# The mark's position once the chart's layout has settled: the same on two polls 100 ms apart
# (a chart drawn under load may still be resized, and a click at its old place would miss).
_SETTLED_POSITION_JS = (
    "(value) => { const find = "
    + _MARK_POSITION_JS.strip()
    + "; const p = find(value); if (!p) return false; const key = JSON.stringify(p);"
    " const same = window.__wlMarkAt === key; window.__wlMarkAt = key; return same ? p : false; }"
)


def click_mark(page, value: str) -> None:
    page.evaluate("() => { window.__wlMarkAt = undefined; }")
    position = page.wait_for_function(
        _SETTLED_POSITION_JS, arg=value, polling=100, timeout=TIMEOUT_MS
    ).json_value()
    assert position, f"no mark for {value!r}"
    rerun_after(page, lambda: page.mouse.click(position["x"], position["y"]))


def choose(page, label: str, option: str) -> None:
    """Pick `option` in the page's (not the sidebar's) selectbox `label`."""
    box = page.locator('[data-testid="stMainBlockContainer"]').get_by_role("combobox", name=label)

    def pick() -> None:
        box.click()
        box.press_sequentially(option)
        expect(page.get_by_role("option", name=option)).to_be_visible(timeout=TIMEOUT_MS)
        box.press("Enter")

    rerun_after(page, pick)


def first_quote(page):
    return page.locator(".wl-quote").first


def test_a_click_on_an_sdg_tile_reads_its_quotes_and_shows_every_goal_again(page, app_server):
    open_page(page, f"{app_server}/{URL_PATHS['sdgs']}")
    wait_for_chart(page)
    chart = page.locator(CHART)
    expect(page.get_by_role("heading", name="Target 5.2")).to_be_visible(timeout=TIMEOUT_MS)
    tiles = chart.locator("g.slice")
    expect(tiles).to_have_count(11, timeout=TIMEOUT_MS)  # the root, four goals and six tiles under them

    box = tiles.filter(has_text="16.2").last.bounding_box()
    rerun_after(page, lambda: page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2))
    expect(page.get_by_role("heading", name="Target 16.2")).to_be_visible(timeout=TIMEOUT_MS)
    expect(first_quote(page)).to_contain_text(
        "The remit of ECPAT International is closely linked to SDGs 16.2, 5.3 and 8.7."
    )
    expect(page).to_have_url(re.compile(r"/sdg-mapping\?reading=16\.2$"))
    # the click zoomed plotly's treemap into the tile; drawn again, it shows every goal
    wait_until_idle(page)
    expect(tiles).to_have_count(11, timeout=TIMEOUT_MS)

    choose(page, "Goal or target", "Target 8.7")
    expect(page.get_by_role("heading", name="Target 8.7")).to_be_visible(timeout=TIMEOUT_MS)
    wait_until_idle(page)
    expect(page.get_by_role("heading", name="Target 8.7")).to_be_visible()  # the old click did not undo it


def test_a_click_on_an_action_line_mark_reads_its_quote(page, app_server):
    open_page(page, f"{app_server}/{URL_PATHS['action_lines']}")
    wait_for_chart(page)
    click_mark(page, "C10")
    expect(
        page.get_by_role("heading", name="C10 Ethical dimensions of the Information Society")
    ).to_be_visible(timeout=TIMEOUT_MS)
    expect(page.locator(".wl-supporter").first).to_have_text(
        "ECPAT International (2022) — Inferred by analyst (score 0.85), not the submitter's claim"
    )
    expect(page).to_have_url(re.compile(r"/action-lines\?line=C10$"))

    choose(page, "Action line to read", "C4 Capacity building")
    expect(page.get_by_role("heading", name="C4 Capacity building")).to_be_visible(timeout=TIMEOUT_MS)
    wait_until_idle(page)
    expect(page.get_by_role("heading", name="C4 Capacity building")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/action-lines\?line=C4$"))


@pytest.mark.parametrize(
    ("view", "mark", "heading", "address"),
    [
        ("network", "saievac", "Relations of SAIEVAC", r"/partner-network\?node=saievac$"),
        (
            "timeline",
            "general-comment-25-adopted-2021",  # a bar: the event's date is a month
            "General Comment 25 adopted",
            r"/events-timeline\?event=ecpat-international-2021%2Fgeneral-comment-25-adopted-2021$",
        ),
    ],
)
def test_a_click_on_a_node_or_an_event_reads_it(page, app_server, view, mark, heading, address):
    open_page(page, f"{app_server}/{URL_PATHS[view]}")
    wait_for_chart(page)
    click_mark(page, mark)
    expect(page.get_by_role("heading", name=heading)).to_be_visible(timeout=TIMEOUT_MS)
    expect(first_quote(page)).to_be_visible()
    expect(page).to_have_url(re.compile(address))
