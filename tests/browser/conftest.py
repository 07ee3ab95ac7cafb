"""Browser fixtures: one real Streamlit server and one Debian chromium for the whole session,
a fresh browser context per test, and `open_page`, which waits on what the app renders.

Without Debian's chromium (or the playwright package) the browser tests skip and say how to
enable them; with `CI=true` they fail instead, so CI never passes without running them.
"""

from __future__ import annotations

import ast
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import pytest

from wsislens.devserver import CHROMIUM, CHROMIUM_ARGS, LocalServer, ServerError

REPO_ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS_DIR = REPO_ROOT / "tests" / "artifacts"
FIXED_TODAY = "2026-11-28"  # the timeline's "today" marker, fixed so screenshots are comparable
DEFAULT_VIEWPORT = {"width": 1600, "height": 1000}
TIMEOUT_MS = 60_000  # generous: the first chart takes about 4 s on a 2-core machine, and a busy machine
# (other jobs at once) has been seen to take more than 30 s for a page's run
SERVER_START_TIMEOUT_S = 60
NO_CHROMIUM = "Debian's chromium is not installed; install it with: sudo apt-get install -y chromium"
NO_PLAYWRIGHT = (
    "The playwright package is not installed; install it with: make setup "
    "(pip install -r requirements-dev.txt), never `playwright install`"
)

CAPTION = ".wl-caption"
CHART_SVG = '[data-testid="stPlotlyChart"] .main-svg'
STATUS_WIDGET = '[data-testid="stStatusWidget"]'
SCRIPT_IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
EXCEPTION_BOX = '[data-testid="stException"]'
ERROR_ALERT = '[data-testid="stAlertContentError"]'


# Page files (by stem) still showing the "being built" placeholder, with the reason their
# chart check is skipped. Delete an entry once its view lands; a listed page that already
# draws its view is checked in full anyway.
PLACEHOLDER_PAGES: dict[str, str] = {}
PLACEHOLDER_TEXT = "This view is being built."
PAGES_WITHOUT_CHART = {"source_text": "the source text page shows the submission's text, not a chart"}


class DeclaredPage(NamedTuple):
    stem: str  # the page file's name without .py
    url_path: str
    title: str
    default: bool

    @property
    def served_at(self) -> str:
        """Streamlit serves the default page at the root only (its own url_path answers
        "Page not found")."""
        return "" if self.default else self.url_path


def declared_pages() -> list[DeclaredPage]:
    """The `st.Page`s of app.py's `PAGES = [...]` list, in navigation order, so the tests follow
    the URLs users get. Pages appended only under a setting (such as WSISLENS_EDITING) are not
    in that list, and the test server runs without those settings."""
    tree = ast.parse((REPO_ROOT / "app.py").read_text(encoding="utf-8"))
    listed = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and [getattr(target, "id", None) for target in node.targets] == ["PAGES"]
        and isinstance(node.value, ast.List)
    )
    pages = []
    for call in listed.elts:
        options = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg in DeclaredPage._fields}
        stem = Path(ast.literal_eval(call.args[0])).stem
        pages.append(
            DeclaredPage(
                stem,
                options.get("url_path", stem),
                options.get("title", stem),
                options.get("default", False),
            )
        )
    return pages


PAGES = declared_pages()
URL_PATHS = {p.stem: p.url_path for p in PAGES}
PAGE_CASES = [pytest.param(p.stem, p.served_at, id=p.served_at or "root") for p in PAGES]


def require(available: bool, message: str) -> None:
    """Skip when a browser-test prerequisite is missing; fail instead on CI."""
    if available:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"{message} (CI=true: browser tests must run)", pytrace=False)
    pytest.skip(message)


class AppServer(LocalServer):
    """The app as `make run` starts it, with the public configuration (editing off) and a fixed today."""

    def __init__(self, log_name: str, **settings: str) -> None:
        fixed = {"WSISLENS_TODAY": FIXED_TODAY, "WSISLENS_CACHE_DIR": os.environ["WSISLENS_CACHE_DIR"]}
        super().__init__(ARTIFACTS_DIR / f"{log_name}.log", {**fixed, **settings})

    def wait_healthy(self) -> None:
        try:
            super().wait_healthy(SERVER_START_TIMEOUT_S)
        except ServerError as error:
            pytest.fail(str(error))


@contextmanager
def running_server(log_name: str, **settings: str) -> Iterator[str]:
    """An AppServer, healthy for the block; yields its base URL and stops it after."""
    server = AppServer(log_name, **settings)
    try:
        server.wait_healthy()
        yield server.url
    finally:
        server.stop()


def bundled_data_copy(data_dir: Path) -> Path:
    """`data_dir`, filled with a copy of the bundled submissions and sources (so saves and
    ingestion never touch data/)."""
    for folder in ("submissions", "sources"):
        shutil.copytree(REPO_ROOT / "data" / folder, data_dir / folder)
    return data_dir


@pytest.fixture(scope="session")
def app_server(browser) -> Iterator[str]:
    """The real app, shared by the session; yields its base URL."""
    with running_server("streamlit-server") as url:
        yield url


@pytest.fixture
def fresh_server() -> Iterator[str]:
    """A server no browser has visited yet, for what the first visitor after a start gets."""
    with running_server("streamlit-fresh-server") as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium driven by Playwright; never a downloaded browser."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    require(sync_playwright is not None, NO_PLAYWRIGHT)
    require(CHROMIUM.exists(), NO_CHROMIUM)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def viewport() -> dict[str, int]:
    """Override in a test module, or parametrize `viewport`, for another window size."""
    return dict(DEFAULT_VIEWPORT)


class ConsoleErrors(list):
    """Console errors and uncaught page errors seen during one test."""

    def attach(self, page) -> None:
        page.on("console", lambda message: self.append(message.text) if message.type == "error" else None)
        page.on("pageerror", lambda error: self.append(f"uncaught: {error}"))


@pytest.fixture
def console_errors() -> ConsoleErrors:
    return ConsoleErrors()


@contextmanager
def fresh_tab(browser, viewport: dict[str, int], console_errors: ConsoleErrors):
    """A page in a fresh context (its own session, cookies and storage), closed afterwards."""
    context = browser.new_context(viewport=viewport, locale="en-GB", timezone_id="UTC")
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    console_errors.attach(tab)
    try:
        yield tab
    finally:
        context.close()


@pytest.fixture
def page(browser, app_server, viewport, console_errors):
    """A page of the shared app server."""
    with fresh_tab(browser, viewport, console_errors) as tab:
        yield tab


# Counts the script runs the page has started, from the stApp element's script-state
# attribute; records keep each transition, so a run too short to observe is still counted.
_RUN_COUNTER_JS = """() => {
  if (window.__wlRuns === undefined) {
    const app = document.querySelector('[data-testid="stApp"]');
    window.__wlRuns = 0;
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.oldValue === 'notRunning') window.__wlRuns += 1;
      }
    }).observe(app, {attributes: true, attributeOldValue: true, attributeFilter: ['data-test-script-state']});
  }
  return window.__wlRuns;
}"""
_RUN_FINISHED_JS = """(before) => window.__wlRuns > before && document.querySelector(
  '[data-testid="stApp"]').getAttribute('data-test-script-state') === 'notRunning'"""


_TILE_TEXTS_JS = """() => Array.from(document.querySelectorAll('g.trace.treemap text.slicetext'))
  .filter((t) => t.textContent.trim() !== '')
  .map((t) => {
    const scale = (t.getAttribute('transform') || '').match(/scale\\(([\\d.]+)\\)/);
    return [t.textContent, parseFloat(t.style.fontSize) * (scale ? parseFloat(scale[1]) : 1)];
  })"""


def tile_text_sizes(page) -> list[tuple[str, float]]:
    """(text, type size in px as drawn) of every treemap tile that shows a text."""
    return [(text, size) for text, size in page.evaluate(_TILE_TEXTS_JS)]


def wait_until_idle(page) -> None:
    """Wait until the script run has finished and the running-status widget is gone."""
    page.locator(SCRIPT_IDLE).wait_for(state="attached", timeout=TIMEOUT_MS)
    page.locator(STATUS_WIDGET).wait_for(state="detached", timeout=TIMEOUT_MS)
    assert_no_exception(page)


def rerun_after(page, action: Callable[[], object]) -> None:
    """Do `action` (a click, a key press) and wait for the script run it causes to finish."""
    before = page.evaluate(_RUN_COUNTER_JS)
    action()
    page.wait_for_function(_RUN_FINISHED_JS, arg=before, timeout=TIMEOUT_MS)
    wait_until_idle(page)


def expect(target):
    """Playwright's auto-retrying assertions, imported late so collection never needs playwright."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(target)


def assert_no_exception(page) -> None:
    """No exception box and no error alert carrying a traceback."""
    exceptions = page.locator(EXCEPTION_BOX)
    if exceptions.count():
        pytest.fail(f"exception box on {page.url}:\n{exceptions.first.inner_text()}", pytrace=False)
    tracebacks = page.locator(ERROR_ALERT).filter(has_text="Traceback")
    if tracebacks.count():
        pytest.fail(
            f"traceback in an error alert on {page.url}:\n{tracebacks.first.inner_text()}", pytrace=False
        )


def open_page(page, url: str):
    """Navigate, wait for the caption banner and an idle app, and check for exceptions.

    Returns the caption locator.
    """
    page.goto(url, wait_until="domcontentloaded")
    caption = page.locator(CAPTION)
    caption.wait_for(state="visible", timeout=TIMEOUT_MS)
    wait_until_idle(page)
    page.evaluate(_RUN_COUNTER_JS)
    return caption


def open_view(page, base_url: str, stem: str, url_path: str) -> bool:
    """Open one of the app's pages and wait until its chart is drawn (when it has one).

    Returns whether the page still shows the placeholder instead of its view.
    """
    open_page(page, f"{base_url}/{url_path}")
    placeholder = stem in PLACEHOLDER_PAGES and page.get_by_text(PLACEHOLDER_TEXT, exact=True).count() > 0
    if stem not in PAGES_WITHOUT_CHART and not placeholder:
        wait_for_chart(page)
        wait_until_idle(page)
    return placeholder


def wait_for_chart(page):
    """Wait for a plotly chart to have drawn its SVG; returns the first one."""
    chart = page.locator(CHART_SVG).first
    chart.wait_for(state="visible", timeout=TIMEOUT_MS)
    return chart


def screenshot(page, name: str) -> Path:
    ARTIFACTS_DIR.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS_DIR / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
