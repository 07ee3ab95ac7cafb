"""`python -m wsislens schema`: print the JSON Schema of submission files."""

from __future__ import annotations

import argparse
import json

from wsislens.model import submission_json_schema


def add_parser(subparsers, name: str) -> None:
    parser = subparsers.add_parser(name, help="print the JSON Schema of submission files")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    print(json.dumps(submission_json_schema(), indent=2, ensure_ascii=False))
    return 0
