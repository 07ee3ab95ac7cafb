"""The spans of a submission's source text that support the facts shown, with a label
saying which fact each span supports, for the source-text view."""

from __future__ import annotations

from wsislens.reference import action_line, vocabulary_label
from wsislens.render import Span
from wsislens.tables import Tables

KIND_LABELS = {
    "action_lines": "Action lines",
    "sdg_targets": "SDG targets",
    "sdg_goals": "SDG goals",
    "organisations": "Organisations",
    "initiatives": "Initiatives",
    "relations": "Relations",
    "events": "Events",
    "figures": "Figures",
    "key_points": "Key points",
}
BASIS_WORDS = {"stated": "stated", "inferred": "inferred", "negated": "declined"}


def _fact_label(kind: str, row) -> str:
    if kind == "action_lines":
        sub = f" {row['sub_line']}" if isinstance(row["sub_line"], str) else ""
        return f"Action line {action_line(row['code']).label}{sub} ({BASIS_WORDS[row['basis']]})"
    if kind == "sdg_targets":
        return f"SDG target {row['target']} ({BASIS_WORDS[row['basis']]})"
    if kind == "sdg_goals":
        return f"SDG {row['goal']} ({BASIS_WORDS[row['basis']]})"
    if kind in ("organisations", "initiatives"):
        return f"{kind[:-1].capitalize()}: {row['name']}"
    if kind == "relations":
        return f"Relation: {row['source']} {vocabulary_label('relation_types', row['type'])} {row['target']}"
    if kind == "events":
        return f"Event {row['date']}: {row['title']}"
    if kind == "figures":
        qualifier = f"{row['qualifier']} " if isinstance(row["qualifier"], str) else ""
        return f"Figure: {qualifier}{row['value']:g} {row['unit']}"
    return f"Key point ({row['kind']}): {row['text']}"


def metadata_spans(submission) -> list[Span]:
    """Spans supporting the submitter, session, reporting period and disclaimer."""
    parts = {
        "entity": "Submitter",
        "session": "Session",
        "reporting_period": "Reporting period",
        "disclaimer": "Disclaimer",
    }
    spans = []
    for part, label in parts.items():
        value = getattr(submission, part)
        if value is not None:
            spans.extend(Span(e.start, e.end, label, "metadata") for e in value.evidence)
    return spans


def fact_spans(shown: Tables, submission_id: str, kinds: tuple[str, ...] = tuple(KIND_LABELS)) -> list[Span]:
    """Every evidence span of the shown facts of one submission, in text order."""
    spans = []
    for kind in kinds:
        frame = getattr(shown, kind)
        for row in frame[frame["submission_id"] == submission_id].to_dict("records"):
            label = _fact_label(kind, row)
            spans.extend(Span(e["start"], e["end"], label, kind) for e in row["evidence"])
    return sorted(spans, key=lambda s: (s.start, s.end, s.label))
