"""Ingestion: turn received documents into draft submissions stored in a data directory.

Python API for the app and the command line:

- `extract_document(path_or_bytes, filename)` -> `Draft` (the dataset dict and its canonical text);
- `save_submission(data_dir, draft, overwrite=False)` -> `SaveResult`, which validates the draft
  exactly as the loader will (`wsislens.loading.read_submission_file`) and writes
  `submissions/<id>.yaml` and `sources/<id>.txt` atomically (temporary file, then rename), so a
  failure leaves the data directory as it was;
- `ingest_files(paths, data_dir, ...)` for batches, with a `progress` callback per step.

Rules: the id is `<entity-short-name>-<reporting year>`, with -2, -3... when another document
holds it; the same document twice (same original SHA-256) is reported, not stored again; a
reviewed submission is never replaced without `overwrite`.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from wsislens.evidence import dump_yaml
from wsislens.extract import Draft, ExtractionError, extract_draft
from wsislens.reference import SafeLoader

__all__ = [
    "Draft",
    "ExtractionError",
    "IngestError",
    "SaveResult",
    "extract_document",
    "ingest_files",
    "save_submission",
]

Progress = Callable[[str], None]


class IngestError(ValueError):
    """A draft that cannot be stored; the message says why."""


@dataclass
class SaveResult:
    status: str  # "added", "replaced", "duplicate"
    id: str
    path: Path | None
    message: str
    warnings: tuple[str, ...] = ()  # what the user must check in the stored draft


def extract_document(
    source: str | Path | bytes,
    filename: str | None = None,
    *,
    max_mb: float | None = None,
    rejected: list[dict] | None = None,
    progress: Progress | None = None,
    infer_sdgs: bool = True,
) -> Draft:
    """Extract a draft from a file path or from received bytes (give `filename` for its extension)."""
    if isinstance(source, (bytes, bytearray)):
        if not filename:
            raise ExtractionError("a file name is needed to know the format of received bytes")
        data = bytes(source)
    else:
        path = Path(source)
        filename = filename or path.name
        if not path.is_file():
            raise ExtractionError(f"{path} does not exist or is not a file")
        from wsislens.extract.text import max_upload_bytes

        size = path.stat().st_size
        limit = max_upload_bytes(max_mb)
        if size > limit:
            # refuse before reading a huge file into memory
            from wsislens.extract.text import _format_mb

            raise ExtractionError(
                f"{path.name} is {_format_mb(size)} MB, over the limit of {_format_mb(limit)} MB "
                "(set WSISLENS_MAX_UPLOAD_MB to change it)"
            )
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ExtractionError(f"{path.name} cannot be read: {error.strerror or error}") from None
    return extract_draft(
        data, filename, max_mb=max_mb, rejected=rejected, progress=progress, infer_sdgs=infer_sdgs
    )


def _read_yaml(path: Path) -> dict | None:
    import yaml

    try:
        value = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)  # noqa: S506 - a safe loader
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    return value if isinstance(value, dict) else None


def existing_submissions(data_dir: Path) -> dict[str, dict]:
    folder = data_dir / "submissions"
    result = {}
    if folder.is_dir():
        for path in sorted(folder.glob("*.yaml")):
            data = _read_yaml(path)
            if data is not None:
                result[path.stem] = data
    return result


def _with_id(draft: Draft, new_id: str) -> None:
    draft.data["id"] = new_id
    draft.data["source"]["path"] = f"sources/{new_id}.txt"


def _atomic_write(path: Path, content: bytes) -> Path:
    """Write to a temporary file next to `path`; the caller renames it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    with os.fdopen(handle, "wb") as stream:
        stream.write(content)
        stream.flush()
        os.fsync(stream.fileno())
    return Path(temporary)


def validate_draft(draft: Draft) -> list[str]:
    """Problems the loader would report for this draft, checked in a scratch data directory."""
    from wsislens.loading import read_submission_file

    scratch = Path(tempfile.mkdtemp(prefix="wsislens-check-"))
    try:
        (scratch / "submissions").mkdir()
        (scratch / "sources").mkdir()
        source_path = scratch / draft.data["source"]["path"]
        source_path.write_bytes(draft.text.encode("utf-8"))
        yaml_path = scratch / "submissions" / f"{draft.id}.yaml"
        yaml_path.write_text(dump_yaml(draft.data), encoding="utf-8")
        _, _, problems = read_submission_file(yaml_path, scratch)
        return [str(p) for p in problems]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def save_submission(
    data_dir: str | Path, draft: Draft, overwrite: bool = False, existing: dict[str, dict] | None = None
) -> SaveResult:
    """Validate and store a draft in `data_dir`; see the module docstring for the rules."""
    root = Path(data_dir)
    existing = existing_submissions(root) if existing is None else existing
    original = draft.data["source"].get("original_sha256")
    text_sha = draft.data["source"]["sha256"]
    same = [
        sid
        for sid, data in existing.items()
        if original
        and (data.get("source") or {}).get("original_sha256") == original
        or (data.get("source") or {}).get("sha256") == text_sha
    ]
    replace_id = None
    if same:
        current = existing[same[0]]
        if not overwrite:
            return SaveResult(
                "duplicate",
                same[0],
                root / "submissions" / f"{same[0]}.yaml",
                f"{draft.original_name or 'this document'} is already in the data directory as "
                f"{same[0]} (same document); nothing was written",
            )
        if current.get("status") == "reviewed":
            # keep the analyst's rejections when a reviewed file is replaced on purpose
            draft.data["rejected_suggestions"] = list(current.get("rejected_suggestions") or [])
        replace_id = same[0]
    base = draft.id
    if replace_id is not None:
        _with_id(draft, replace_id)
    else:
        candidate, number = base, 2
        while candidate in existing or (root / "sources" / f"{candidate}.txt").exists():
            candidate, number = f"{base}-{number}", number + 1
        _with_id(draft, candidate)
    target_yaml = root / "submissions" / f"{draft.id}.yaml"
    target_text = root / draft.data["source"]["path"]
    current = existing.get(draft.id)
    if current is not None and current.get("status") == "reviewed" and not overwrite:
        raise IngestError(f"{draft.id} is a reviewed submission; use --overwrite to replace it")
    problems = validate_draft(draft)
    if problems:
        raise IngestError(
            f"the draft of {draft.original_name or draft.id} does not validate: " + "; ".join(problems[:5])
        )
    temporary_text = _atomic_write(target_text, draft.text.encode("utf-8"))
    try:
        temporary_yaml = _atomic_write(target_yaml, dump_yaml(draft.data).encode("utf-8"))
    except BaseException:
        temporary_text.unlink(missing_ok=True)
        raise
    os.replace(temporary_text, target_text)
    os.replace(temporary_yaml, target_yaml)
    existing[draft.id] = draft.data
    status = "replaced" if current is not None else "added"
    return SaveResult(
        status,
        draft.id,
        target_yaml,
        f"{status} {draft.id} from {draft.original_name}",
        tuple(draft.warnings),
    )


def ingest_files(
    paths: Iterable[str | Path],
    data_dir: str | Path,
    *,
    overwrite: bool = False,
    max_mb: float | None = None,
    progress: Progress | None = None,
    infer_sdgs: bool = True,
    on_file: Callable[[Path, SaveResult | None, str | None], None] | None = None,
) -> list[tuple[Path, SaveResult | None, str | None]]:
    """Extract and store each file; returns (path, result or None, error message or None) per file."""
    root = Path(data_dir)
    existing = existing_submissions(root)
    outcomes = []
    for raw in paths:
        path = Path(raw)
        try:
            draft = extract_document(path, max_mb=max_mb, progress=progress, infer_sdgs=infer_sdgs)
            original = draft.original_sha256
            previous = next(
                (
                    d
                    for d in existing.values()
                    if original and (d.get("source") or {}).get("original_sha256") == original
                ),
                None,
            )
            rejected = (previous or {}).get("rejected_suggestions") or None
            if rejected:  # an analyst's rejections hold on re-ingestion
                draft = extract_document(path, max_mb=max_mb, rejected=rejected, infer_sdgs=infer_sdgs)
            result = save_submission(root, draft, overwrite=overwrite, existing=existing)
            outcome = (path, result, None)
        except (ExtractionError, IngestError) as error:
            outcome = (path, None, str(error))
        outcomes.append(outcome)
        if on_file is not None:
            on_file(*outcome)
    return outcomes


def document_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def safe_id(value: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", value.lower()).strip("-") or "submission"
