"""`python -m wsislens export --format pptx|csv|xlsx|png|svg --out PATH [filters]`.

The same filters as the dashboard's URL, with the same ids. `--out` is a file for pptx, csv
and xlsx, and a folder (one image per view) for png and svg. Files go only to `--out`;
messages go to standard error; a bad option or value exits 1 with a sentence saying which.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from wsislens.filters import parse_query

FORMATS = ("pptx", "csv", "xlsx", "png", "svg")


def add_parser(subparsers, name: str) -> None:
    parser = subparsers.add_parser(name, help="export the views or the facts under the dashboard's filters")
    parser.add_argument("--format", required=True, choices=FORMATS)
    parser.add_argument(
        "--out", required=True, type=Path, help="a file (pptx, csv, xlsx) or a folder (png, svg)"
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="data directory (default: WSISLENS_DATA_DIR or data/)"
    )
    parser.add_argument("--theme", action="append", default=[], help="theme id, repeatable (law-enforcement)")
    parser.add_argument("--submission", help="submission id (ecpat-international-2021)")
    parser.add_argument("--stakeholder", help="entity type (civil_society)")
    parser.add_argument("--from", dest="year_from", help="first year (2014)")
    parser.add_argument("--to", dest="year_to", help="last year (2030)")
    parser.add_argument("--action-line", help="action line (C5)")
    parser.add_argument("--goal", help="SDG goal (16)")
    parser.add_argument("--target", help="SDG target (16.2)")
    parser.add_argument("--today", help="date for the timeline's today marker (YYYY-MM-DD; default: today)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from wsislens.loading import load_corpus

    corpus = load_corpus(args.data_dir)
    for problem in corpus.problems:
        print(f"warning: {problem}", file=sys.stderr)
    query = {"theme": args.theme}
    for name, value in (
        ("submission", args.submission),
        ("stakeholder", args.stakeholder),
        ("from", args.year_from),
        ("to", args.year_to),
        ("action_line", args.action_line),
        ("goal", args.goal),
        ("target", args.target),
    ):
        if value is not None:
            query[name] = [value]
    parsed = parse_query(query, list(corpus.submissions))
    if parsed.warnings:
        for warning in parsed.warnings:
            print(f"error: {warning.replace(' was ignored', ' is not valid')}", file=sys.stderr)
        return 1
    try:
        today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    except ValueError:
        print(f"error: --today {args.today!r} is not a date (YYYY-MM-DD).", file=sys.stderr)
        return 1
    return _export(corpus, parsed.state, args.format, args.out, today)


def _export(corpus, state, fmt: str, out: Path, today: dt.date) -> int:
    from wsislens.export.facts import facts_csv, facts_xlsx
    from wsislens.filters import apply_filters
    from wsislens.views import ViewOptions, build_charts, shown_in_words

    tables = corpus.tables
    shown = apply_filters(tables, state)
    caption = shown_in_words(state, tables, shown)
    if fmt in ("csv", "xlsx"):
        data = facts_csv(shown) if fmt == "csv" else facts_xlsx(shown, caption)
        _write(out, data)
        print(f"Wrote {out} ({caption}).", file=sys.stderr)
        return 0

    from wsislens.export.images import exported_image, unavailable_reason

    reason = unavailable_reason()
    if reason:
        print(f"error: {reason}", file=sys.stderr)
        return 1
    options = ViewOptions(today=today)
    if fmt == "pptx":
        from wsislens.export.deck import deck_for

        _write(out, deck_for(corpus, state, options, today))
        print(f"Wrote {out}: a title slide and one slide per view ({caption}).", file=sys.stderr)
        return 0

    from wsislens.export.naming import export_filename

    out.mkdir(parents=True, exist_ok=True)
    for chart in build_charts(tables, state, options):
        path = out / export_filename(chart.key, state, today, fmt)
        _write(path, exported_image(chart, caption, fmt))
        print(f"Wrote {path}", file=sys.stderr)
    return 0


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".part")
    temporary.write_bytes(data)
    temporary.replace(path)
