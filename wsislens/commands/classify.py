"""`python -m wsislens classify`: map texts to SDG goals and targets.

Reads JSON lines `{"id": ..., "text": ...}` on standard input and writes one JSON line per
input line, in input order: `{"id", "goals", "targets", "scores", "evidence"}`, or
`{"id", "error"}` for a line that cannot be read (the other lines go on). Blank lines are
skipped. Exit code 0 when every line was classified, 2 when some line could not be read.
A table pasted into a text as " | " rows ("SDG | Target | Activity") states what its column of
SDGs lists, as it does in an ingested submission.

By default a text is read as the benchmark reads it: every goal the goal model infers, each with
the targets its rules name. With --suggestions it is read as ingestion reads a submission: the
targets the suggestions' model names, each with its goal (what the SDG view shows as machine
suggestions).
"""

from __future__ import annotations

import argparse
import json
import sys


def add_parser(subparsers, name: str) -> argparse.ArgumentParser:
    parser = subparsers.add_parser(
        name,
        help="map texts (JSON lines on stdin) to SDG goals and targets",
        description=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    reading = parser.add_mutually_exclusive_group()
    reading.add_argument(
        "--no-infer",
        action="store_true",
        help="report only the SDGs a text states explicitly (no inference)",
    )
    reading.add_argument(
        "--suggestions",
        action="store_true",
        help="infer as ingestion does for a submission: the targets the suggestions' model names",
    )
    parser.set_defaults(run=run)
    return parser


def _read(raw: bytes) -> tuple[object, str | None, str | None]:
    """(id, text, error) of one input line."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, None, f"line is not UTF-8: {exc.reason} at byte {exc.start}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, None, f"line is not valid JSON: {exc.msg} (column {exc.colno})"
    if not isinstance(record, dict):
        return None, None, "line is not a JSON object"
    record_id = record.get("id")
    text = record.get("text")
    if not isinstance(text, str):
        return record_id, None, 'the object has no "text" string'
    return record_id, text, None


def run(args: argparse.Namespace) -> int:
    from wsislens.sdg import classify

    infer = not getattr(args, "no_infer", False)
    focus = getattr(args, "suggestions", False)
    out = sys.stdout
    unreadable = 0
    for number, raw in enumerate(sys.stdin.buffer, start=1):
        if not raw.strip():
            continue
        if number == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")  # (a byte order mark, as some editors write it)
        record_id, text, error = _read(raw.rstrip(b"\r\n"))
        if error is None:
            try:
                result = classify(text, infer=infer, scanned=_with_tables(text), focus=focus)
            except Exception as exc:  # one bad text must not stop the others
                error = f"could not classify the text: {exc}"
        if error is not None:
            unreadable += 1
            sys.stderr.write(f"classify: line {number}: {error}\n")
            result = {"error": error}
        out.write(json.dumps({"id": record_id, **result}, ensure_ascii=False) + "\n")
        out.flush()
    if unreadable:
        sys.stderr.write(f"classify: {unreadable} line(s) could not be read\n")
        return 2
    return 0


def _with_tables(text: str):
    """The references of a text whose tables, pasted as " | " rows, state what their column of
    SDGs lists; None (the engine reads the text alone) when it holds no table."""
    if "|" not in text:
        return None
    from wsislens.extract.draft import scan_with_tables  # (the ingestion's table reader)

    return scan_with_tables(text)
