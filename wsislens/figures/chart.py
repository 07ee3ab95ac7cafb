"""What every view hands to the screen and to the exports: a figure with its title, its data
as a table, a one-sentence text alternative, the source line, key facts and the quotes."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go

from wsislens.figures.style import empty_figure


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    figure: go.Figure
    table: pd.DataFrame
    summary: str
    source: str
    key_facts: tuple[str, ...] = field(default=())
    quotes: tuple[Quote, ...] = field(default=())
    empty: str | None = None  # a sentence saying why nothing is drawn
    reading: str = ""  # how to read the marks, under the chart on screen and in an exported picture
    # The marks drawn without their name, said under an exported picture, where nobody can point
    # at them (on screen the summary says it, with how to find the names).
    unnamed: str = ""

    @property
    def is_empty(self) -> bool:
        return self.empty is not None

    def caption(self, shown: str) -> str:
        """The words under the chart in an exported picture and on a slide: the source, how to
        read the marks, those drawn without a name, and what is shown (`shown`, in words)."""
        return " ".join(filter(None, (self.source, self.reading, self.unnamed, f"Shown: {shown}.")))


def guide_for(guide: Mapping[object, str], drawn: Collection) -> str:
    """The sentences of a reading guide (one per kind of mark, in the guide's order) for the kinds
    drawn: a guide naming marks that are not drawn would send the room looking for them."""
    return " ".join(words for kind, words in guide.items() if kind in drawn)


def empty_chart(key: str, title: str, reason: str, table: pd.DataFrame, source: str) -> Chart:
    """A view with nothing to draw: a figure and a summary that say why, and the (empty) table."""
    return Chart(key, title, empty_figure(reason, title), table, reason, source, empty=reason)


def source_line(submissions: pd.DataFrame) -> str:
    """ "Source: ECPAT International, submission to the 25th CSTD session (2022)." """
    if submissions.empty:
        return "Source: no submission matches the filters."
    if len(submissions) == 1:
        row = submissions.iloc[0]
        session = (
            f"the {_ordinal(row['session_number'])} CSTD session"
            if pd.notna(row["session_number"])
            else "the CSTD"
        )
        year = f" ({int(row['session_year'])})" if pd.notna(row["session_year"]) else ""
        return f"Source: {row['entity_name']}, submission to {session}{year}."
    return f"Source: {len(submissions)} submissions to the CSTD."


def _ordinal(number) -> str:
    n = int(number)
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def submission_labels(submissions: pd.DataFrame) -> dict[str, str]:
    """Submission id -> a short, unique label: the short name, with the session year when shared."""
    short = submissions["short_name"].tolist()
    labels = {}
    for sid, name, year in zip(submissions["submission_id"], short, submissions["session_year"], strict=True):
        label = name if short.count(name) == 1 else f"{name} ({int(year)})" if pd.notna(year) else sid
        labels[sid] = label if label not in labels.values() else sid
    return labels


@dataclass(frozen=True)
class Quote:
    """A supporting quote, with where to read it in its sentence: the submissions whose text
    holds it (several when submissions share a fact) and its offsets there."""

    text: str
    submission_ids: tuple[str, ...]
    start: int | None = None
    end: int | None = None

    @classmethod
    def of(cls, item: dict, submission_ids: tuple[str, ...]) -> Quote:
        return cls(item["quote"], submission_ids, item.get("start"), item.get("end"))


def first_quotes(frame: pd.DataFrame, limit: int = 5) -> tuple[Quote, ...]:
    """The first quote of each row, deduplicated by its words, at most `limit`."""
    quotes: dict[str, Quote] = {}
    for submission_id, evidence in zip(frame["submission_id"], frame["evidence"], strict=True):
        if evidence and evidence[0]["quote"] not in quotes:
            quotes[evidence[0]["quote"]] = Quote.of(evidence[0], (submission_id,))
        if len(quotes) == limit:
            break
    return tuple(quotes.values())
