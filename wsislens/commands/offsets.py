"""`python -m wsislens offsets FILE [--out OUT]`: fill in evidence offsets from quotes.

Curators write evidence as quotes (a string, or `{quote, occurrence}`); this finds each
quote in the submission's stored source text, writes `start`/`end`, and sets
`source.sha256` from the file's bytes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wsislens.evidence import QuoteNotFound, dump_yaml, fill_offsets, sha256_of
from wsislens.paths import default_data_dir
from wsislens.reference import load_yaml


def add_parser(subparsers, name: str) -> None:
    parser = subparsers.add_parser(name, help="compute evidence offsets from quotes")
    parser.add_argument("file", type=Path, help="submission YAML whose evidence gives quotes")
    parser.add_argument("--out", type=Path, default=None, help="where to write (default: in place)")
    parser.add_argument("--data-dir", type=Path, default=None, help="data directory holding sources/")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not args.file.is_file():
        what = "a folder" if args.file.is_dir() else "not found"
        print(f"{args.file}: {what}; give one submission YAML file", file=sys.stderr)
        return 1
    try:
        data = load_yaml(args.file)
    except Exception as error:  # noqa: BLE001 - any unreadable YAML gets a sentence, not a traceback
        print(f"{args.file}: not readable as YAML ({str(error).splitlines()[0]})", file=sys.stderr)
        return 1
    if not isinstance(data, dict) or not isinstance(data.get("source"), dict) or "path" not in data["source"]:
        print(f"{args.file}: not a submission YAML (it names no source.path)", file=sys.stderr)
        return 1
    data_dir = (args.data_dir or default_data_dir()).resolve()
    source = data_dir / data["source"]["path"]
    try:
        text = source.read_text(encoding="utf-8")
        filled = fill_offsets(data, text)
    except (OSError, QuoteNotFound) as error:
        print(f"{args.file}: {error}", file=sys.stderr)
        return 1
    filled["source"]["sha256"] = sha256_of(source)
    (args.out or args.file).write_text(dump_yaml(filled), encoding="utf-8")
    return 0
