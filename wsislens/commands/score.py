"""`python -m wsislens score DRAFT CURATED [--format table|json]`: precision and recall of a draft
dataset against a curated one, per fact kind (matching rules: `wsislens.scoring`).

DRAFT may be a submission YAML/JSON file or a document (.docx, .pdf, .md, .txt) to extract
first. CURATED may be a submission dataset or, when DRAFT is a document, a file of expected
facts in the reduced form of tests/fixtures/documents/README.md. Exit 2 when a file cannot be
read or is neither form.
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


def _is_expected_facts(value: dict) -> bool:
    """A file of expected facts (the reduced form) carries neither a schema version nor a source."""
    return "schema_version" not in value and "source" not in value


def _checked(path: Path, value: dict) -> dict:
    """`value` if it is a submission dataset; otherwise a ValueError that says where it is not."""
    from pydantic import ValidationError

    from wsislens.model import Submission

    try:
        Submission.model_validate(value)
    except ValidationError as error:
        problems = error.errors()
        first = problems[0]
        where = ".".join(str(part) for part in first["loc"]) or "the top level"
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        message = first["msg"].removeprefix("Value error, ")
        raise ValueError(f"{path} is not a submission dataset: {where}: {message}{more}") from None
    return value


def run(args: argparse.Namespace) -> int:
    from wsislens.scoring import format_table, score, score_expected

    try:
        draft_path, curated_path = Path(args.draft), Path(args.curated)
        text = None
        if draft_path.suffix.lower() in DOCUMENT_SUFFIXES:
            from wsislens.ingest import extract_document

            extraction = extract_document(draft_path, infer_sdgs=not args.no_infer)
            draft, text = extraction.data, extraction.text
        else:
            draft = _checked(draft_path, _load(draft_path))
        curated = _load(curated_path)
        if not _is_expected_facts(curated):
            results = score(draft, _checked(curated_path, curated))
        elif text is None:
            raise ValueError(
                f"{curated_path} holds expected facts, which are scored against a document: "
                "give the document itself as DRAFT"
            )
        else:
            try:
                results = score_expected(draft, curated, text)
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                raise ValueError(f"{curated_path} is not a file of expected facts: {error!r}") from None
    except Exception as error:  # noqa: BLE001 - any unreadable input is exit 2 with its reason
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(json.dumps([r.as_dict() for r in results], indent=2))
    else:
        print(format_table(results))
    return 0
