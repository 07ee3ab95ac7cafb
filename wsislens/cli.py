"""The `python -m wsislens` command line: one subcommand per module in
`wsislens.commands`, each with `add_parser(subparsers)` and `run(args) -> int`.

Results go to standard output, messages to standard error. Exit codes: 0 success,
1 a problem was found or an option was wrong, 2 unreadable input.
"""

from __future__ import annotations

import argparse
import importlib
import sys

# Subcommand name -> module in wsislens.commands.
COMMANDS = {
    "validate": "validate",
    "offsets": "offsets",
    "schema": "schema",
    "extract": "extract",
    "score": "score",
    "ingest": "ingest",
    "classify": "classify",
    "export": "export",
}


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on a bad option; the project's contract is exit 1 with a sentence."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(1)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m wsislens", description="WSIS Lens command line")
    subparsers = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, module_name in COMMANDS.items():
        try:
            module = importlib.import_module(f"wsislens.commands.{module_name}")
        except ModuleNotFoundError as missing:
            if missing.name != f"wsislens.commands.{module_name}":
                raise
            continue
        module.add_parser(subparsers, name)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.run(args) or 0)
