"""Checks that span objects of one submission: references between facts, vocabulary and
reference ids, and every evidence quote against its stored source text.

Each finding is a location in the submission (as pydantic writes it) and a sentence.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from wsislens.model import FACT_KINDS, Submission
from wsislens.reference import sdg_targets, sub_line_ids, themes

Issue = tuple[tuple[str | int, ...], str]


def cross_check(
    submission: Submission, data_dir: Path, expected_id: str | None = None
) -> tuple[str | None, list[Issue]]:
    """Check one validated submission; return its source text and the issues found."""
    issues: list[Issue] = []
    if expected_id is not None and submission.id != expected_id:
        issues.append((("id",), f"is {submission.id!r} but the file is named {expected_id!r}.yaml"))
    text = _read_source(submission, data_dir, issues)
    known_themes = {t.id for t in themes()}
    for position, theme in enumerate(submission.themes):
        if theme not in known_themes:
            issues.append((("themes", position), f"unknown theme {theme!r} (see data/reference/themes.yaml)"))

    node_ids: Counter[str] = Counter()
    for kind in ("organisations", "initiatives", "events"):
        node_ids.update(item.id for item in getattr(submission, kind))
    for kind in ("organisations", "initiatives", "events"):
        for index, item in enumerate(getattr(submission, kind)):
            if node_ids[item.id] > 1:
                issues.append(
                    (
                        (kind, index, "id"),
                        f"{item.id!r} is used by more than one organisation, initiative or event",
                    )
                )

    for kind in FACT_KINDS:
        for index, item in enumerate(getattr(submission, kind)):
            for position, theme in enumerate(item.themes):
                if theme not in known_themes:
                    issues.append(((kind, index, "themes", position), f"unknown theme {theme!r}"))
            if text is not None:
                _check_evidence(item.evidence, text, (kind, index), issues)
            if (
                kind
                in (
                    "key_points",
                    "action_lines",
                    "sdg_targets",
                    "sdg_goals",
                    "initiatives",
                    "relations",
                    "events",
                    "figures",
                )
                and not item.evidence
            ):
                issues.append(((kind, index, "evidence"), "needs at least one quote"))

    for index, line in enumerate(submission.action_lines):
        if line.sub_line is not None and line.sub_line not in sub_line_ids():
            issues.append(
                (
                    ("action_lines", index, "sub_line"),
                    f"unknown C7 sub-line {line.sub_line!r} (one of {', '.join(sub_line_ids())})",
                )
            )
    for index, target in enumerate(submission.sdg_targets):
        if target.target not in sdg_targets():
            issues.append(
                (("sdg_targets", index, "target"), f"{target.target!r} is not one of the 169 SDG targets")
            )
    for index, relation in enumerate(submission.relations):
        for end in ("source", "target"):
            if getattr(relation, end) not in node_ids:
                issues.append(
                    (
                        ("relations", index, end),
                        f"{getattr(relation, end)!r} is not the id of an "
                        "organisation, initiative or event of this submission",
                    )
                )
    if text is not None:
        for part in ("entity", "session", "reporting_period", "disclaimer"):
            value = getattr(submission, part)
            if value is not None:
                _check_evidence(value.evidence, text, (part,), issues)
    return text, issues


def _read_source(submission: Submission, data_dir: Path, issues: list[Issue]) -> str | None:
    path = data_dir / submission.source.path
    if not path.is_file():
        issues.append((("source", "path"), f"{submission.source.path} does not exist in {data_dir}"))
        return None
    data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != submission.source.sha256:
        issues.append((("source", "sha256"), f"does not match the bytes of {submission.source.path}"))
    return data.decode("utf-8")


def _check_evidence(evidence, text: str, where: tuple, issues: list[Issue]) -> None:
    for position, item in enumerate(evidence):
        if text[item.start : item.end] != item.quote:
            found = text.find(item.quote)
            hint = (
                f"; the quote is at {found}-{found + len(item.quote)}"
                if found >= 0
                else "; the quote is not in the text"
            )
            issues.append(
                (
                    (*where, "evidence", position),
                    f"quote does not match the source text at {item.start}-{item.end}{hint}",
                )
            )
