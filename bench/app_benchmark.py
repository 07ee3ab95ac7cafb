"""Dashboard benchmark: what one script run of the app costs in the core package, for corpora of
1, 100 and 300 submissions (the bundled ECPAT one, then synthetic ones from bench/corpus.py).

Pinned to one core (as one Streamlit session's script run is). Each figure is the median of
5 repeats in milliseconds, or of fewer when the repeats of one figure pass a time budget
(default 30 s; the table then shows how many runs, as "12345 (2)"):
- load first: `load_corpus` (parse, validate and cross-check every YAML file and source text)
  with no store of parses, as on a machine that never loaded these files;
- load: the same with the store of parses (wsislens.parsed) filled, as on every later start;
- tables: `build_tables` (the tidy pandas tables of the loaded corpus);
- filter <state>: `apply_filters` + `describe` (the caption sentence) for one filter state;
- charts all / charts theme: `build_charts`, all five views, without and with a theme filter;
- chart <view>: `build_chart` of one view without a filter (where the time of "charts all" goes);
then the peak resident memory of the process after each corpus size.

The app caches the loaded corpus and its tables (components/data.py), so on a rerun only the
filter and chart figures are paid; load and tables are paid once per data change.

    .venv/bin/python bench/app_benchmark.py [--sizes 1,100,300] [--repeats 5]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import make_corpus  # noqa: E402

from wsislens.filters import FilterState, apply_filters, describe  # noqa: E402
from wsislens.loading import load_corpus  # noqa: E402
from wsislens.paths import BUNDLED_DATA_DIR  # noqa: E402
from wsislens.tables import build_tables  # noqa: E402
from wsislens.views import VIEW_KEYS, ViewOptions, build_chart, build_charts  # noqa: E402

OPTIONS = ViewOptions(today=dt.date(2026, 11, 28))
FILTER_STATES = {
    "none": FilterState(),
    "theme": FilterState(themes=("child-online-protection",)),
    "stakeholder": FilterState(stakeholder="civil_society"),
    "line+goal": FilterState(action_line="C5", goal=16),
    "years": FilterState(year_from=2016, year_to=2020),
}
THEME_STATE = FilterState(themes=("child-online-protection", "funding"))


def pin_to_one_core() -> str:
    try:
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    except (AttributeError, OSError):
        return "not pinned (no sched_setaffinity)"


class Figure(float):
    """A median in milliseconds that remembers how many runs it is the median of."""

    runs: int

    def __new__(cls, value: float, runs: int) -> Figure:
        figure = super().__new__(cls, value)
        figure.runs = runs
        return figure


def median_ms(action: Callable[[], object], repeats: int, budget_s: float) -> Figure:
    """Median of `repeats` runs, or of the runs done when they pass `budget_s` (at least one)."""
    times: list[float] = []
    while len(times) < repeats and sum(times) < budget_s * 1000:
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return Figure(statistics.median(times), len(times))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def with_store(folder: str, action: Callable[[], object]) -> Callable[[], object]:
    def run() -> object:
        os.environ["WSISLENS_CACHE_DIR"] = folder
        return action()

    return run


def measure(data_dir: Path, store: Path, repeats: int, budget_s: float) -> dict[str, float | int]:
    os.environ["WSISLENS_CACHE_DIR"] = str(store)
    corpus = load_corpus(data_dir)
    if corpus.problems:
        raise SystemExit(f"{data_dir}: {len(corpus.problems)} problem(s), first: {corpus.problems[0]}")
    row: dict[str, float | int] = {"n (submissions)": len(corpus.submissions)}
    tables = corpus.tables
    row["facts (rows)"] = sum(len(frame) for frame in tables.facts().values())
    row["load first"] = median_ms(with_store("off", lambda: load_corpus(data_dir)), repeats, budget_s)
    row["load"] = median_ms(with_store(str(store), lambda: load_corpus(data_dir)), repeats, budget_s)
    row["tables"] = median_ms(lambda: build_tables(corpus), repeats, budget_s)
    for name, state in FILTER_STATES.items():
        row[f"filter {name}"] = median_ms(
            lambda s=state: describe(s, tables) and apply_filters(tables, s), repeats, budget_s
        )
    build_chart("overview", tables, FilterState(), OPTIONS)  # imports and warms the figure modules
    row["charts all"] = median_ms(lambda: build_charts(tables, FilterState(), OPTIONS), repeats, budget_s)
    row["charts theme"] = median_ms(lambda: build_charts(tables, THEME_STATE, OPTIONS), repeats, budget_s)
    shown = apply_filters(tables, FilterState())
    for key in VIEW_KEYS:
        row[f"chart {key}"] = median_ms(
            lambda k=key: build_chart(k, tables, FilterState(), OPTIONS, shown), repeats, budget_s
        )
    row["peak RSS MB"] = peak_rss_mb()
    return row


def cell(value: float | int) -> str:
    if isinstance(value, Figure):
        return f"{value:.1f}" + (f" ({value.runs})" if value.runs < REPEATS[0] else "")
    return f"{value:.1f}" if isinstance(value, float) else str(value)


REPEATS = [5]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1,100,300", help="corpus sizes (1 = the bundled data directory)")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument(
        "--budget", type=float, default=30.0, help="seconds of repeats per figure before stopping"
    )
    args = parser.parse_args(argv)
    REPEATS[0] = args.repeats
    sizes = [int(s) for s in args.sizes.split(",")]

    pinned = pin_to_one_core()
    print(
        f"WSIS Lens app benchmark, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, "
        f"Python {platform.python_version()}, {os.cpu_count()} cores, {pinned}; "
        f"median of {args.repeats} repeats, milliseconds; "
        f"load average {', '.join(f'{x:.1f}' for x in os.getloadavg())}"
    )
    rows = []
    with tempfile.TemporaryDirectory(prefix="wsislens-bench-") as scratch:
        for n in sizes:
            if n == 1:
                data_dir = BUNDLED_DATA_DIR
            else:
                start = time.perf_counter()
                data_dir = make_corpus(Path(scratch) / f"corpus-{n}", n)
                print(
                    f"  generated {n} synthetic submissions in {time.perf_counter() - start:.1f} s",
                    flush=True,
                )
            rows.append(measure(data_dir, Path(scratch) / "store", args.repeats, args.budget))
            print(f"  measured n={n}", flush=True)

    names = list(rows[0])
    width = max(len(name) for name in names)
    cells = [[cell(row[name]) for row in rows] for name in names]
    col = max(12, *(len(c) for line in cells for c in line))
    print()
    for name, line in zip(names, cells, strict=True):
        print(name.ljust(width) + "".join(c.rjust(col + 2) for c in line))
    print()
    print("Milliseconds, median of the repeats (fewer runs in brackets when the time budget ran out).")
    print("facts: rows of all fact tables; load first: load_corpus (parse, validate, check quotes)")
    print("  with no store of parses; load: the same with the store filled (validate, check quotes);")
    print("tables: build_tables; filter <state>: apply_filters + describe for that filter state")
    print(f"  ({', '.join(f'{k}={v.to_query() or {}}' for k, v in FILTER_STATES.items())});")
    print(
        "charts all / theme: build_charts, all five views, no filter / themes "
        f"{'+'.join(THEME_STATE.themes)};"
    )
    print("chart <view>: build_chart of that view alone, no filter;")
    print("peak RSS MB: the process's peak resident memory after that size (cumulative).")
    print(f"load average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} (1, 5, 15 min)")
    print("A rerun in the app pays about one filter + one chart; load and tables are cached per data change.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
