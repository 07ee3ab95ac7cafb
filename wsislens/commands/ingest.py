"""`python -m wsislens ingest FILE... [--data-dir DIR] [--overwrite]`: extract documents and add
them to a data directory (`submissions/<id>.yaml` + `sources/<id>.txt`), with a progress bar.

Exit codes: 0 every file was added (or was already there), 1 some file was refused, 2 no file
could be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wsislens.commands.extract import add_extraction_options


def add_parser(subparsers, name: str) -> None:
    parser = subparsers.add_parser(name, help="extract documents and add them to a data directory")
    parser.add_argument("files", nargs="+", help=".docx, .pdf, .md or .txt submissions")
    parser.add_argument(
        "--data-dir", default=None, help="data directory (default: WSISLENS_DATA_DIR or data/)"
    )
    parser.add_argument(
        "--overwrite",
        action="store_true",
        help="replace a stored submission of the same document, even a reviewed one",
    )
    add_extraction_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from wsislens.ingest import ingest_files
    from wsislens.paths import default_data_dir

    data_dir = Path(args.data_dir).resolve() if args.data_dir else default_data_dir()
    files = [Path(f) for f in args.files]
    bar = tqdm(total=len(files), unit="doc", file=sys.stderr, desc="Ingesting", disable=None)
    counts = {"added": 0, "replaced": 0, "duplicate": 0, "failed": 0}

    def on_file(path: Path, result, error: str | None) -> None:
        if error is not None:
            counts["failed"] += 1
            tqdm.write(f"refused {path.name}: {error}", file=sys.stderr)
        else:
            counts[result.status] += 1
            if result.status == "duplicate":
                tqdm.write(result.message, file=sys.stderr)
            for warning in result.warnings:
                tqdm.write(f"warning: {path.name}: {warning}", file=sys.stderr)
        bar.update(1)

    ingest_files(
        files,
        data_dir,
        overwrite=args.overwrite,
        max_mb=args.max_mb,
        on_file=on_file,
        infer_sdgs=not args.no_infer,
    )
    bar.close()
    print(
        f"{counts['added']} added, {counts['replaced']} replaced, {counts['duplicate']} already present, "
        f"{counts['failed']} refused, in {data_dir}",
        file=sys.stderr,
    )
    if counts["failed"] == len(files):
        return 2
    return 1 if counts["failed"] else 0
