"""Load test: the real server (serve.py, as `make run` starts it) on a free port of 127.0.0.1,
driven by K concurrent browser sessions (one Debian chromium, one context per session).

Each session opens three pages (Overview, Action lines, Partner network, each by its URL, so
each is a fresh Streamlit session) and then, on the last, chooses one theme in the sidebar.
For each action it records the time to the caption banner (`.wl-caption` visible, or showing
the chosen theme after the filter change) and the time until the script run is over (app
idle, running-status widget gone, i.e. the charts are drawn). It prints p50/p95/max per action,
the errors, and the server's resident memory before, after and at its peak (sampled every
0.5 s). One warm-up visit first fills the corpus cache, and its times are printed apart. The
submission files' parses are stored before the server starts (as on any start after a
machine's first), unless `--first-start` is given.

Only 127.0.0.1 is reachable from the browser (every other host name fails to resolve). The
whole run stops after a hard cap (default 300 s) and the server is always stopped.

    .venv/bin/python bench/loadtest.py [--sessions 8] [--corpus 300] [--cap 300] [--first-start]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import math
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

from wsislens.devserver import CHROMIUM, LocalServer, ServerError  # noqa: E402
from wsislens.devserver import CHROMIUM_ARGS as BROWSER_FLAGS  # noqa: E402

CHROMIUM_ARGS = [
    *BROWSER_FLAGS,
    # only 127.0.0.1 resolves, so nothing else can be reached from the test browser
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    "--no-proxy-server",
]
CAPTION = ".wl-caption"
STATUS_WIDGET = '[data-testid="stStatusWidget"]'
SCRIPT_IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
EXCEPTION_BOX = '[data-testid="stException"]'
PAGES = (("overview", "summary"), ("action lines", "action-lines"), ("network", "partner-network"))
# Themes the sessions choose in turn (labels as the sidebar shows them; all used by the data).
THEMES = (
    "Child online protection", "Funding and resources", "Covid-19 impact", "Research",
    "Advocacy", "Terminology", "Law enforcement", "Awareness raising",
)  # fmt: skip
FIXED_TODAY = "2026-11-28"
SERVER_START_TIMEOUT_S = 120


@dataclass
class Results:
    times: dict[str, list[tuple[float, float]]] = field(default_factory=dict)  # action -> (caption s, idle s)
    errors: list[str] = field(default_factory=list)
    external_requests: int = 0
    sessions_done: int = 0
    server_cpu_s: float = 0.0  # CPU time the server used while these sessions ran
    wall_s: float = 0.0

    def add(self, action: str, caption_s: float, idle_s: float) -> None:
        self.times.setdefault(action, []).append((caption_s, idle_s))


# --- the server --------------------------------------------------------------------------


def group_stats(pid: int) -> tuple[float, float]:
    """(resident memory in MB, CPU seconds used so far) of the server's process group
    (serve.py runs Streamlit in-process)."""
    total_kb, ticks = 0, 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) != pid:
                continue
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
            for line in (entry / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total_kb += int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue
    return total_kb / 1024, ticks / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    return group_stats(pid)[0]


def cpu_s(pid: int) -> float:
    return group_stats(pid)[1]


# --- the browser sessions ----------------------------------------------------------------


async def wait_idle(page, timeout_ms: float) -> None:
    await page.locator(SCRIPT_IDLE).wait_for(state="attached", timeout=timeout_ms)
    await page.locator(STATUS_WIDGET).wait_for(state="detached", timeout=timeout_ms)


async def check_page(page, where: str, results: Results) -> None:
    boxes = page.locator(EXCEPTION_BOX)
    if await boxes.count():
        first_line = (await boxes.first.inner_text()).strip().splitlines()[0][:160]
        results.errors.append(f"{where}: exception box: {first_line}")


async def open_and_time(page, url: str, action: str, results: Results, timeout_ms: float) -> None:
    start = time.perf_counter()
    await page.goto(url, wait_until="domcontentloaded", timeout=timeout_ms)
    await page.locator(CAPTION).wait_for(state="visible", timeout=timeout_ms)
    caption_s = time.perf_counter() - start
    await wait_idle(page, timeout_ms)
    results.add(action, caption_s, time.perf_counter() - start)
    await check_page(page, action, results)


async def choose_theme(page, label: str, results: Results, timeout_ms: float) -> None:
    themes = page.locator('[data-testid="stSidebar"]').get_by_role("combobox", name="Themes")
    await themes.click(timeout=timeout_ms)
    await themes.press_sequentially(label[:6])
    option = page.get_by_role("option", name=label, exact=True)
    await option.wait_for(state="visible", timeout=timeout_ms)
    start = time.perf_counter()
    await option.click(timeout=timeout_ms)
    await (
        page.locator(CAPTION)
        .filter(has_text=f"themes: {label.lower()}")
        .wait_for(state="visible", timeout=timeout_ms)
    )
    caption_s = time.perf_counter() - start
    await wait_idle(page, timeout_ms)
    results.add("filter: theme", caption_s, time.perf_counter() - start)
    await check_page(page, "filter: theme", results)


async def session(browser, base_url: str, index: int, results: Results, timeout_ms: float) -> None:
    context = await browser.new_context(
        viewport={"width": 1600, "height": 1000}, locale="en-GB", timezone_id="UTC"
    )
    page = await context.new_page()
    page.on("pageerror", lambda error: results.errors.append(f"uncaught page error: {str(error)[:160]}"))

    def count_external(request) -> None:
        host = request.url.split("/")[2] if "://" in request.url else ""
        if request.url.startswith(("http", "ws")) and not host.startswith("127.0.0.1"):
            results.external_requests += 1

    page.on("request", count_external)
    action = "start"
    try:
        for action, path in PAGES:
            await open_and_time(page, f"{base_url}/{path}", action, results, timeout_ms)
        action = "filter: theme"
        await choose_theme(page, THEMES[index % len(THEMES)], results, timeout_ms)
        results.sessions_done += 1
    except Exception as error:  # a timeout or a browser error is a finding, not a crash
        results.errors.append(
            f"{action}: {type(error).__name__}: {(str(error).splitlines() or [''])[0][:160]}"
        )
    finally:
        await context.close()


async def timed(phase, pid: int, results: Results) -> None:
    """Await `phase`, adding the server's CPU time and the wall time it took to `results`."""
    cpu, wall = cpu_s(pid), time.perf_counter()
    try:
        await phase
    finally:
        results.server_cpu_s += cpu_s(pid) - cpu
        results.wall_s += time.perf_counter() - wall


async def drive(
    base_url: str, pid: int, sessions: int, results: Results, warmup: Results, timeout_ms: float
) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            await timed(session(browser, base_url, 0, warmup, timeout_ms), pid, warmup)
            concurrent = asyncio.gather(
                *(session(browser, base_url, i, results, timeout_ms) for i in range(sessions))
            )
            await timed(concurrent, pid, results)
        finally:
            await browser.close()


async def sample_rss(pid: int, peak: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], rss_mb(pid))
        try:
            await asyncio.wait_for(stop.wait(), timeout=0.5)
        except TimeoutError:
            pass


async def run(
    base_url: str,
    pid: int,
    sessions: int,
    results: Results,
    warmup: Results,
    peak: list[float],
    timeout_ms: float,
    budget_s: float,
) -> bool:
    """Drive the sessions within `budget_s`; returns False when the cap cut the run short."""
    stop = asyncio.Event()
    sampler = asyncio.create_task(sample_rss(pid, peak, stop))
    try:
        await asyncio.wait_for(drive(base_url, pid, sessions, results, warmup, timeout_ms), timeout=budget_s)
        return True
    except TimeoutError:
        return False
    finally:
        stop.set()
        await sampler


# --- report ------------------------------------------------------------------------------


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def print_table(title: str, times: dict[str, list[tuple[float, float]]]) -> None:
    print(title)
    header = ("action", "n", "caption p50", "p95", "max", "idle p50", "p95", "max")
    print(
        "  "
        + "".join(h.ljust(16) if i == 0 else h.rjust(12 if i in (2, 5) else 7) for i, h in enumerate(header))
    )
    for action in [a for a, _ in PAGES] + ["filter: theme"]:
        pairs = times.get(action, [])
        cells = [action.ljust(16), str(len(pairs)).rjust(7)]
        for values in ([p[0] for p in pairs], [p[1] for p in pairs]):
            figures = (percentile(values, 0.5), percentile(values, 0.95), max(values)) if values else ()
            widths = (12, 7, 7)
            cells += [f"{v:.2f}".rjust(w) for v, w in zip(figures, widths, strict=False)] or ["-".rjust(12)]
        print("  " + "".join(cells))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--sessions", "-k", type=int, default=8, help="concurrent browser sessions (default 8)"
    )
    parser.add_argument(
        "--corpus",
        type=int,
        default=0,
        help="serve N synthetic submissions (bench/corpus.py) instead of the bundled data",
    )
    parser.add_argument(
        "--cap", type=float, default=300, help="hard cap on the whole run, seconds (default 300)"
    )
    parser.add_argument("--action-timeout", type=float, default=120, help="seconds one action may take")
    parser.add_argument(
        "--first-start",
        action="store_true",
        help="start with no stored parses of the submission files, as the first start on a machine",
    )
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print("Debian's chromium is missing: sudo apt-get install -y chromium", file=sys.stderr)
        return 2
    try:
        import playwright  # noqa: F401
    except ImportError:
        print("The playwright package is missing: make setup (never `playwright install`)", file=sys.stderr)
        return 2

    started = time.monotonic()
    deadline = started + args.cap
    # A last resort: whatever hangs, the process and its server end shortly after the cap.
    holder: dict[str, LocalServer] = {}

    def watchdog() -> None:
        if "server" in holder:
            holder["server"].stop()
        print(f"hard cap of {args.cap:.0f} s passed: stopped", file=sys.stderr, flush=True)
        os._exit(3)

    timer = threading.Timer(args.cap + 30, watchdog)
    timer.daemon = True
    timer.start()

    scratch = tempfile.TemporaryDirectory(prefix="wsislens-loadtest-")
    data_dir = None
    if args.corpus:
        from corpus import make_corpus

        data_dir = make_corpus(Path(scratch.name) / "data", args.corpus)
    store = Path(scratch.name) / "store"
    settings = {"WSISLENS_TODAY": FIXED_TODAY, "WSISLENS_CACHE_DIR": str(store)}
    if data_dir is not None:
        settings["WSISLENS_DATA_DIR"] = str(data_dir)
    if not args.first_start:
        # any start after a machine's first finds the files' parses stored (wsislens.parsed)
        from wsislens.loading import load_corpus

        os.environ["WSISLENS_CACHE_DIR"] = str(store)
        load_corpus(data_dir)
    app = LocalServer(Path(scratch.name) / "server.log", settings)
    holder["server"] = app
    server, base_url = app.process, app.url
    print(
        f"WSIS Lens load test, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores: "
        f"{args.sessions} concurrent sessions on {base_url}, "
        f"data: {f'{args.corpus} synthetic submissions' if args.corpus else 'bundled data/'}, "
        f"{'no parses stored (a first start)' if args.first_start else 'parses stored'}; "
        f"load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}",
        flush=True,
    )
    results, warmup, peak = Results(), Results(), [0.0]
    completed = False
    try:
        try:
            app.wait_healthy(min(SERVER_START_TIMEOUT_S, deadline - time.monotonic()))
        except ServerError as error:
            print(f"{error}:\n{app.log_path.read_text()[-2000:]}")
            return 1
        print(f"server healthy after {time.monotonic() - started:.1f} s", flush=True)
        rss_before = rss_mb(server.pid)
        peak[0] = rss_before
        completed = asyncio.run(
            run(base_url, server.pid, args.sessions, results, warmup, peak, args.action_timeout * 1000,
                deadline - time.monotonic())
        )  # fmt: skip
        rss_after = rss_mb(server.pid)
    finally:
        app.stop()
        timer.cancel()
    elapsed = time.monotonic() - started

    print()
    print_table("warm-up visit (one session alone; its first page loads the corpus), seconds:", warmup.times)
    print()
    print_table(f"{args.sessions} concurrent sessions, seconds from navigation (or click) to:", results.times)
    print("  caption = the caption banner shows (for the filter: the chosen theme);")
    print("  idle = the script run is over and the running-status widget is gone (charts drawn).")
    print()
    errors = warmup.errors + results.errors
    print(
        f"sessions completed: {results.sessions_done}/{args.sessions}; errors: {len(errors)}; "
        f"requests to other hosts than 127.0.0.1: {warmup.external_requests + results.external_requests}"
    )
    for error, count in Counter(errors).most_common(20):
        print(f"  - {count} x {error}")
    print(f"load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} (1, 5, 15 min)")
    print(
        f"server CPU time: {warmup.server_cpu_s:.1f} s in the {warmup.wall_s:.1f} s of the warm-up visit; "
        f"{results.server_cpu_s:.1f} s in the {results.wall_s:.1f} s of the {args.sessions} sessions "
        f"({results.server_cpu_s / max(args.sessions, 1):.1f} s per session of 4 actions; the rest of "
        f"the {os.cpu_count()} cores' time goes to the browser)"
    )
    print(f"server RSS: {rss_before:.0f} MB before, {rss_after:.0f} MB after, {peak[0]:.0f} MB peak")
    print(
        f"total {elapsed:.0f} s{'' if completed else f' (stopped by the {args.cap:.0f} s cap)'}; "
        "server stopped"
    )
    scratch.cleanup()
    return 0 if completed and not errors else 1


if __name__ == "__main__":
    sys.exit(main())
