"""Document ingestion: canonical text from Word, PDF, Markdown and plain text, and the facts
of a CSTD submission drafted from it (status draft, schema 1.0).

`extract_draft(data, filename)` is the one entry point; `wsislens.ingest` stores drafts in a
data directory.
"""

from __future__ import annotations

import hashlib
from pathlib import PurePath

from wsislens.extract.draft import Draft, Progress, build_draft
from wsislens.extract.text import CanonicalText, ExtractionError, extract_text, max_upload_bytes

EXTRACTOR_METHOD = "wsislens-extract 1.0"

__all__ = [
    "EXTRACTOR_METHOD",
    "CanonicalText",
    "Draft",
    "ExtractionError",
    "Progress",
    "build_draft",
    "extract_draft",
    "extract_text",
    "max_upload_bytes",
]


def extract_draft(
    data: bytes,
    filename: str,
    *,
    max_mb: float | None = None,
    rejected: list[dict] | None = None,
    progress: Progress | None = None,
    infer_sdgs: bool = True,
) -> Draft:
    """The draft dataset of a received document; raises ExtractionError on bad input."""
    step = progress or (lambda _message: None)
    step("Reading the document")
    canonical = extract_text(data, filename, max_mb=max_mb)
    return build_draft(
        canonical,
        original_name=PurePath(filename).name,
        original_sha256=hashlib.sha256(data).hexdigest(),
        rejected=rejected,
        progress=step,
        infer_sdgs=infer_sdgs,
    )
