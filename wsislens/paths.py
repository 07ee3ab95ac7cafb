"""Where the repository keeps its files, resolved from this package, never from the
working directory."""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
REFERENCE_DIR = REPO_ROOT / "data" / "reference"
BUNDLED_DATA_DIR = REPO_ROOT / "data"
SCHEMA_PATH = REPO_ROOT / "data" / "schema" / "submission.schema.json"


def default_data_dir() -> Path:
    """The data directory in use: `WSISLENS_DATA_DIR` when set, else the bundled `data/`."""
    configured = os.environ.get("WSISLENS_DATA_DIR")
    return Path(configured).resolve() if configured else BUNDLED_DATA_DIR
