"""Loading a data directory (`submissions/*.yaml` + `sources/*`) into validated submissions.

A file that fails is reported as `Problem`s naming the file, the line and the field, and
the other submissions still load. `load_corpus` is the one entry point; the tidy tables
built from the result live in `wsislens.tables`. A file parsed before is read back from the
store of parses (`wsislens.parsed`), then validated and checked as any other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from pydantic import ValidationError

from wsislens.model import Submission
from wsislens.parsed import ParsedFiles, digest
from wsislens.paths import default_data_dir
from wsislens.reference import SafeLoader
from wsislens.validation import cross_check

if TYPE_CHECKING:
    from wsislens.tables import Tables

Location = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one file, said so that a person can fix it."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


@dataclass
class Corpus:
    """Every submission of a data directory that validated, with its source text."""

    data_dir: Path
    submissions: dict[str, Submission] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @cached_property
    def tables(self) -> Tables:
        from wsislens.tables import build_tables

        return build_tables(self)


def _field_name(loc: Location) -> str:
    # ("relations", 3, "target") -> "relations[3].target"
    name = ""
    for part in loc:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name


def _line_of(node: yaml.Node | None, loc: Location) -> int | None:
    """1-based line of the deepest YAML node on the path `loc`."""
    if node is None:
        return None
    line = node.start_mark.line + 1
    for part in loc:
        child = None
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                if key.value == part:
                    child = value
                    line = key.start_mark.line + 1
                    break
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            child = node.value[part]
            line = child.start_mark.line + 1
        if child is None:
            break
        node = child
    return line


def read_submission_file(
    path: Path, data_dir: Path, parsed: ParsedFiles | None = None
) -> tuple[Submission | None, str | None, list[Problem]]:
    """Parse, validate and cross-check one submission file.

    Returns the submission and its source text, or None and the problems found. With `parsed`,
    a file whose bytes were parsed before is not parsed again.
    """
    label = str(path.relative_to(data_dir)) if path.is_relative_to(data_dir) else str(path)
    try:
        raw_bytes = path.read_bytes()
        raw_text = raw_bytes.decode("utf-8")
        sha = digest(raw_bytes)
        known, raw = parsed.get(label, sha) if parsed is not None else (False, None)
        if not known:
            raw = yaml.load(raw_text, Loader=SafeLoader)  # noqa: S506 - a safe loader
            if parsed is not None:
                parsed.put(label, sha, raw)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        reason = getattr(error, "problem", None) or str(error)
        return None, None, [Problem(label, mark.line + 1 if mark else None, "", f"not valid YAML: {reason}")]
    except (OSError, UnicodeDecodeError) as error:
        return None, None, [Problem(label, None, "", f"cannot be read: {error}")]
    if not isinstance(raw, dict):
        return None, None, [Problem(label, 1, "", "must be a mapping of submission fields")]

    @cache
    def tree() -> yaml.Node:
        # the file's node tree, read again only to say where a problem is: a valid file, the
        # common case, is parsed once
        return yaml.compose(raw_text, Loader=SafeLoader)

    def line_of(loc) -> int | None:
        return _line_of(tree(), loc)

    try:
        submission = Submission.model_validate(raw)
    except ValidationError as error:
        return (
            None,
            None,
            [
                Problem(label, line_of(e["loc"]), _field_name(e["loc"]), _pydantic_message(e))
                for e in error.errors()
            ],
        )
    source_text, issues = cross_check(submission, data_dir, expected_id=path.stem)
    problems = [Problem(label, line_of(loc), _field_name(loc), message) for loc, message in issues]
    return (None, None, problems) if problems else (submission, source_text, [])


def _pydantic_message(error: dict) -> str:
    if error["type"] == "extra_forbidden":
        return "unknown field (not in the schema; check its spelling)"
    if error["type"] == "string_type" and isinstance(error.get("input"), (int, float)):
        return f'{error["msg"]}: quote it in YAML ("{error["input"]}")'
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] in ("literal_error", "string_pattern_mismatch"):
        return f"{message}, got {error.get('input')!r}"
    return message


def load_corpus(data_dir: Path | str | None = None) -> Corpus:
    """Load every `submissions/*.yaml` of a data directory, in file-name order."""
    root = Path(data_dir).resolve() if data_dir is not None else default_data_dir()
    corpus = Corpus(root)
    folder = root / "submissions"
    if not folder.is_dir():
        corpus.problems.append(Problem(str(root), None, "", "has no submissions/ folder"))
        return corpus
    parsed = ParsedFiles(root)
    for path in sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml")):
        submission, text, problems = read_submission_file(path, root, parsed)
        corpus.problems.extend(problems)
        if submission is None:
            continue
        if submission.id in corpus.submissions:
            corpus.problems.append(
                Problem(path.name, None, "id", f"{submission.id!r} is used by another file")
            )
            continue
        corpus.submissions[submission.id] = submission
        corpus.texts[submission.id] = text
    parsed.save()
    return corpus
