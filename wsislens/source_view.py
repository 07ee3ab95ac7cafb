"""The spans of a submission's source text that support the facts shown, with a label
saying which fact each span supports, for the source-text view."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from wsislens.reference import action_line, vocabulary_label
from wsislens.render import Span, shown_matches
from wsislens.tables import Tables
from wsislens.words import counted

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


def matches_elsewhere(
    texts: Mapping[str, str], submission_ids: Sequence[str], current: str, search: str
) -> list[tuple[str, int]]:
    """(submission id, matches a reader sees) of the other texts among `submission_ids` where
    `search` is found, the most matches first (then in the given order)."""
    if not search.strip():
        return []
    counts = [(sid, len(shown_matches(texts[sid], search))) for sid in submission_ids if sid != current]
    return sorted((item for item in counts if item[1]), key=lambda item: -item[1])


def elsewhere_in_words(
    found: list[tuple[str, int]], names: Mapping[str, str], here: int, limit: int = 5
) -> str:
    """ "Also found in 3 other texts: Harvest Link Network (2023), 4 matches; …." (`here`: the
    matches in the text read; with none there and none elsewhere, the sentence says so)."""
    if not found:
        return "" if here else "No other text shown holds it either."
    listed = "; ".join(f"{names[sid]}, {counted(count, 'match', 'matches')}" for sid, count in found[:limit])
    more = f"; and {len(found) - limit} more" if len(found) > limit else ""
    return f"Also found in {counted(len(found), 'other text')}: {listed}{more}. Choose one under “Submission text” to read it."
