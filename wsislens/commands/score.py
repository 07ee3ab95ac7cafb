"""`python -m wsislens score DRAFT CURATED [--format table|json]`: precision and recall of a draft
dataset against a curated one, per fact kind (matching rules: `wsislens.scoring`).

DRAFT may be a submission YAML/JSON file or a document (.docx, .pdf, .md, .txt) to extract
first. Exit 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DOCUMENT_SUFFIXES = {".docx", ".pdf", ".md", ".markdown", ".txt", ".text"}


def add_parser(subparsers, name: str) -> None:
    parser = subparsers.add_parser(name, help="precision and recall of a draft against a curated dataset")
    parser.add_argument("draft", help="draft dataset (.yaml/.json) or a document to extract")
    parser.add_argument("curated", help="curated dataset (.yaml/.json)")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.add_argument(
        "--no-infer", action="store_true", help="when extracting, skip the SDG engine's inference"
    )
    parser.set_defaults(run=run)


def _load(path: Path) -> dict:
    import yaml

    from wsislens.reference import SafeLoader

    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        value = json.loads(text)
    else:
        value = yaml.load(text, Loader=SafeLoader)  # noqa: S506 - a safe loader
    if not isinstance(value, dict):
        raise ValueError(f"{path} is not a submission mapping")
    return value


def run(args: argparse.Namespace) -> int:
    from wsislens.scoring import format_table, score

    try:
        draft_path, curated_path = Path(args.draft), Path(args.curated)
        if draft_path.suffix.lower() in DOCUMENT_SUFFIXES:
            from wsislens.ingest import extract_document

            draft = extract_document(draft_path, infer_sdgs=not args.no_infer).data
        else:
            draft = _load(draft_path)
        curated = _load(curated_path)
    except Exception as error:  # noqa: BLE001 - any unreadable input is exit 2 with its reason
        print(f"error: {error}", file=sys.stderr)
        return 2
    results = score(draft, curated)
    if args.format == "json":
        print(json.dumps([r.as_dict() for r in results], indent=2))
    else:
        print(format_table(results))
    return 0
