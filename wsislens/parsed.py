"""A store of parsed submission files, so that a server's first page on hundreds of
submissions does not wait on the YAML parser.

Parsing is most of the cost of loading a corpus (about 2.5 s of 3 s for 300 submissions, with
libyaml). What parsing returns, plain mappings, lists and strings, is kept as JSON, which reads
several times faster, in one file per data directory, keyed by the SHA-256 of each YAML file's
bytes. Only the parse is kept: validation and the quote checks still run on every load, so the
store can never let through what the files themselves would not. A file whose parse JSON cannot
carry unchanged (a date, a number as a key) is parsed every time.

The store lives in `WSISLENS_CACHE_DIR`, else `$XDG_CACHE_HOME/wsislens`, else
`~/.cache/wsislens`; `WSISLENS_CACHE_DIR=off` turns it off. A store that cannot be read or
written is passed over: loading then costs what it did without it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

FORMAT = 1
OFF = "off"


def store_dir() -> Path | None:
    configured = os.environ.get("WSISLENS_CACHE_DIR")
    if configured is not None:
        return None if configured.strip().lower() in ("", OFF) else Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "wsislens"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ParsedFiles:
    """The parses of one data directory's submission files: read once, written back when changed."""

    def __init__(self, data_dir: Path) -> None:
        folder = store_dir()
        name = f"parsed-{digest(str(data_dir.resolve()).encode())[:16]}.json"
        self.path = folder / name if folder is not None else None
        self._stored: dict[str, dict] = self._read()
        self._current: dict[str, dict] = {}
        self._added = False

    def _read(self) -> dict[str, dict]:
        if self.path is None:
            return {}
        try:
            stored = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(stored, dict) or stored.get("format") != FORMAT:
            return {}
        files = stored.get("files")
        return files if isinstance(files, dict) else {}

    def get(self, name: str, sha: str) -> tuple[bool, Any]:
        """(True, parse) when the file with these bytes was parsed before, else (False, None)."""
        entry = self._stored.get(name)
        if isinstance(entry, dict) and entry.get("sha256") == sha and "data" in entry:
            self._current[name] = entry
            return True, entry["data"]
        return False, None

    def put(self, name: str, sha: str, data: Any) -> None:
        """Keep a parse, when JSON carries it unchanged."""
        try:
            if json.loads(json.dumps(data)) != data:
                return
        except (TypeError, ValueError):
            return
        self._current[name] = {"sha256": sha, "data": data}
        self._added = True

    def save(self) -> None:
        """Write the store when a file was parsed or has gone: it keeps only the files seen."""
        if self.path is None or not (self._added or self._current.keys() != self._stored.keys()):
            return
        temporary = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=".parsed-", suffix=".json")
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"format": FORMAT, "files": self._current}, out, ensure_ascii=False)
            os.replace(temporary, self.path)
        except OSError:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)
