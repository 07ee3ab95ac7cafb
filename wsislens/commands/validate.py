"""`python -m wsislens validate [DATA_DIR]`: print every problem of a data directory."""

from __future__ import annotations

import argparse
import sys

from wsislens.loading import load_corpus


def add_parser(subparsers, name: str) -> None:
    parser = subparsers.add_parser(name, help="check every submission file of a data directory")
    parser.add_argument(
        "data_dir", nargs="?", default=None, help="data directory (default: WSISLENS_DATA_DIR or data/)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    corpus = load_corpus(args.data_dir)
    for problem in corpus.problems:
        print(problem)
    count = len(corpus.submissions)
    if corpus.problems:
        print(f"{len(corpus.problems)} problem(s); {count} submission(s) valid.", file=sys.stderr)
        return 1
    print(f"{count} submission(s) valid in {corpus.data_dir}.", file=sys.stderr)
    return 0
