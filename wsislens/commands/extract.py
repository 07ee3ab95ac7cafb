"""`python -m wsislens extract FILE [--format json|yaml]`: print the draft dataset of one document.

Only the draft goes to standard output; messages go to standard error. Exit 2 when the file
cannot be read (with a sentence saying why). The source text is not stored: `source.path` is
`sources/<id>.txt` and `source.sha256` that of the canonical text's UTF-8 bytes, exactly what
`ingest` stores.
"""

from __future__ import annotations

import argparse
import json
import sys

from wsislens.evidence import dump_yaml


def add_parser(subparsers, name: str) -> None:
    parser = subparsers.add_parser(name, help="print the draft dataset extracted from a document")
    parser.add_argument("file", help="a .docx, .pdf, .md or .txt submission")
    parser.add_argument(
        "--format", choices=("json", "yaml"), default="yaml", help="output format (default yaml)"
    )
    add_extraction_options(parser)
    parser.set_defaults(run=run)


def add_extraction_options(parser: argparse.ArgumentParser) -> None:
    """--max-mb and --no-infer, shared by the commands that extract documents."""
    parser.add_argument(
        "--max-mb", type=float, default=None, help="size limit in MB (default WSISLENS_MAX_UPLOAD_MB or 20)"
    )
    parser.add_argument(
        "--no-infer",
        action="store_true",
        help="skip the SDG engine's inferred goals and targets (explicit ones are still read)",
    )


def run(args: argparse.Namespace) -> int:
    from wsislens.ingest import ExtractionError, extract_document

    try:
        draft = extract_document(args.file, max_mb=args.max_mb, infer_sdgs=not args.no_infer)
    except ExtractionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    for warning in draft.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.format == "json":
        sys.stdout.write(json.dumps(draft.data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(dump_yaml(draft.data))
    return 0
