"""The submission schema: one pydantic model per concept, every field described.

A submission file (`data/submissions/<id>.yaml`) is one `Submission`. Values of the
controlled vocabularies come from `data/reference/vocabularies.yaml`, so the schema and the
labels on screen cannot drift apart. Checks that need more than one object (a relation
naming an unknown organisation, a quote not found at its offsets) live in
`wsislens.validation` and run after loading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from wsislens.reference import vocabulary_ids

SCHEMA_VERSION = "1.0"

# The lists of facts a submission holds, in schema order; each item has `themes` and `evidence`.
FACT_KINDS = (
    "key_points",
    "action_lines",
    "sdg_targets",
    "sdg_goals",
    "organisations",
    "initiatives",
    "relations",
    "events",
    "figures",
)

ENTITY_TYPE = Literal[vocabulary_ids("entity_types")]  # type: ignore[valid-type]
ORGANISATION_KIND = Literal[vocabulary_ids("organisation_kinds")]  # type: ignore[valid-type]
ORGANISATION_ROLE = Literal[vocabulary_ids("organisation_roles")]  # type: ignore[valid-type]
INITIATIVE_KIND = Literal[vocabulary_ids("initiative_kinds")]  # type: ignore[valid-type]
EVENT_KIND = Literal[vocabulary_ids("event_kinds")]  # type: ignore[valid-type]
RELATION_TYPE = Literal[vocabulary_ids("relation_types")]  # type: ignore[valid-type]
KEY_POINT_KIND = Literal[vocabulary_ids("key_point_kinds")]  # type: ignore[valid-type]
BASIS = Literal[vocabulary_ids("bases")]  # type: ignore[valid-type]
# Strongest first: a stated fact outweighs an inferred one, which outweighs a declined one.
BASES_STRONGEST_FIRST: tuple[str, ...] = vocabulary_ids("bases")
STATUS = Literal[vocabulary_ids("statuses")]  # type: ignore[valid-type]

# "2016", "2016-03" or "2016-03-28": the precision of a date is the precision of its string.
PartialDate = Annotated[
    str,
    StringConstraints(pattern=r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"),
    Field(description='A year ("2016"), a month ("2016-03") or a day ("2016-03-28"), quoted in YAML.'),
]
Identifier = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$"),
    Field(description="A kebab-case identifier, unique within the submission."),
]
ThemeId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$")]
ActionLineCode = Annotated[
    str, StringConstraints(pattern=r"^C([1-9]|1[01])$"), Field(description="A WSIS action line, C1 to C11.")
]
TargetId = Annotated[
    str,
    StringConstraints(pattern=r"^([1-9]|1[0-7])\.([1-9]\d?|[a-z])$"),
    Field(description='An SDG target id such as "16.2" or "9.c", quoted in YAML ("17.10" is not 17.1).'),
]

TARGET_PATTERN = re.compile(r"^([1-9]|1[0-7])\.([1-9]\d?|[a-z])$")


class Strict(BaseModel):
    """Base of every schema model: unknown keys are errors, so a typo in YAML is caught."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Evidence(Strict):
    quote: str = Field(
        min_length=1, description="The exact words of the stored source text that support the fact."
    )
    start: int = Field(ge=0, description="Python character offset where the quote starts in the source text.")
    end: int = Field(
        gt=0, description="Python character offset just after the quote (text[start:end] == quote)."
    )
    page: int | None = Field(
        default=None, ge=1, description="Page of the original document, where it had pages."
    )

    @model_validator(mode="after")
    def _span_matches_quote(self) -> Evidence:
        if self.end - self.start != len(self.quote):
            raise ValueError(
                f"end - start is {self.end - self.start} but the quote has {len(self.quote)} characters"
            )
        return self


EvidenceList = Annotated[list[Evidence], Field(description="The quotes that support this fact.")]
Themes = Annotated[
    list[ThemeId], Field(default_factory=list, description="Theme ids from data/reference/themes.yaml.")
]


def strongest_basis(bases: Iterable[str]) -> str:
    """The strongest of some facts' bases (stated, then inferred, then negated), for a line, a
    goal or a target named by several facts."""
    return min(bases, key=BASES_STRONGEST_FIRST.index)


class Assessed(Strict):
    """A fact that is stated, inferred or negated; inferred ones say how sure and by what method."""

    basis: BASIS = Field(
        description="stated: the text says it; inferred: an analyst or the engine concluded it; "
        "negated: the text says it is not covered."
    )
    score: float | None = Field(
        default=None, ge=0, le=1, description="Confidence of an inferred fact, 0 to 1."
    )
    method: str | None = Field(
        default=None, description='Who inferred it: "analyst" or the engine and its version.'
    )
    note: str | None = Field(default=None, description="Why an analyst inferred it, in a sentence.")

    @model_validator(mode="after")
    def _inferred_has_score_and_method(self) -> Assessed:
        if self.basis == "inferred" and (self.score is None or not self.method):
            raise ValueError("an inferred fact needs both score and method")
        if self.basis != "inferred" and (self.score is not None or self.method is not None):
            raise ValueError("score and method belong to inferred facts only")
        return self


class Entity(Strict):
    name: str = Field(description="Full name of the submitting entity.")
    short_name: str | None = Field(default=None, description="Usual short name or acronym.")
    type: ENTITY_TYPE = Field(description="Stakeholder type of the submitter.")
    evidence: EvidenceList = Field(default_factory=list)


class Session(Strict):
    body: str | None = Field(default=None, description='The body, usually "CSTD".')
    number: int | None = Field(default=None, ge=1, description="Session number (Twenty-fifth -> 25).")
    year: int | None = Field(default=None, ge=2000, le=2100, description="Year of the session.")
    start: PartialDate | None = Field(default=None, description="First day of the session.")
    end: PartialDate | None = Field(default=None, description="Last day of the session.")
    place: str | None = Field(default=None, description="City where the session meets.")
    evidence: EvidenceList = Field(default_factory=list)


class ReportingPeriod(Strict):
    start: PartialDate = Field(description="Start of the period the submission reports on.")
    end: PartialDate = Field(description="End of the period the submission reports on.")
    evidence: EvidenceList = Field(default_factory=list)


class Source(Strict):
    path: str = Field(
        pattern=r"^sources/[^/]+$", description="Canonical text, relative to the data directory."
    )
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the stored text file's bytes.")
    title: str | None = Field(default=None, description="Title of the document.")
    url: str | None = Field(default=None, description="Where the original document is published.")
    language: str = Field(default="en", description="Language of the document (ISO 639-1).")
    original_name: str | None = Field(default=None, description="File name of the document as received.")
    original_sha256: str | None = Field(
        default=None,
        pattern=r"^[0-9a-f]{64}$",
        description="SHA-256 of the document as received (Word, PDF...).",
    )


class Statement(Strict):
    text: str = Field(description="The statement, as in the source.")
    evidence: EvidenceList


class KeyPoint(Strict):
    kind: KEY_POINT_KIND = Field(description="achievement, obstacle, trend, recommendation or commitment.")
    text: str = Field(description="The point in one sentence, in plain words.")
    themes: Themes
    evidence: EvidenceList


class ActionLineFact(Assessed):
    code: ActionLineCode
    sub_line: str | None = Field(default=None, description="A C7 sub-line id such as e-health; only with C7.")
    themes: Themes
    evidence: EvidenceList

    @model_validator(mode="after")
    def _sub_line_only_for_c7(self) -> ActionLineFact:
        if self.sub_line is not None and self.code != "C7":
            raise ValueError(f"sub_line is only allowed with C7, not with {self.code}")
        return self


class SdgTargetFact(Assessed):
    target: TargetId
    themes: Themes
    evidence: EvidenceList


class SdgGoalFact(Assessed):
    goal: int = Field(ge=1, le=17, description="SDG number, 1 to 17, named without a target.")
    themes: Themes
    evidence: EvidenceList


class Organisation(Strict):
    id: Identifier
    name: str = Field(description="Full name.")
    aliases: list[str] = Field(default_factory=list, description="Acronyms and other names used in the text.")
    kind: ORGANISATION_KIND
    role: ORGANISATION_ROLE = Field(
        description="submitter, partner, mentioned or boilerplate (template only)."
    )
    themes: Themes
    evidence: EvidenceList = Field(default_factory=list)


class Initiative(Strict):
    id: Identifier
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: INITIATIVE_KIND
    themes: Themes
    evidence: EvidenceList


class Relation(Strict):
    source: Identifier = Field(description="Id of an organisation, initiative or event.")
    target: Identifier = Field(description="Id of an organisation, initiative or event.")
    type: RELATION_TYPE
    themes: Themes
    evidence: EvidenceList


class Event(Strict):
    id: Identifier
    date: PartialDate = Field(description="When it happened or starts; its precision is the string's.")
    end_date: PartialDate | None = Field(default=None, description="Last year, month or day of a range.")
    title: str = Field(description="A short title.")
    kind: EVENT_KIND
    themes: Themes
    evidence: EvidenceList

    @model_validator(mode="after")
    def _end_not_before_start(self) -> Event:
        if self.end_date is not None and self.end_date[: len(self.date)] < self.date[: len(self.end_date)]:
            raise ValueError(f"end_date {self.end_date} is before date {self.date}")
        return self


class FigureFact(Strict):
    value: float = Field(description="The number, fully expanded (2.7 billion -> 2700000000).")
    unit: str = Field(description='What is counted: "countries", "members and partners", "EUR".')
    qualifier: str | None = Field(default=None, description='"more than", "about", "at least"...')
    themes: Themes
    evidence: EvidenceList


class RejectedSuggestion(Strict):
    """An inferred fact an analyst rejected; re-ingestion does not propose it again."""

    fact: Literal["action_line", "sdg_target", "sdg_goal"]
    value: str = Field(description='The rejected code: "C10", "16.2" or "16".')
    reason: str | None = None
    rejected_at: PartialDate | None = None


class Submission(Strict):
    schema_version: Literal["1.0"] = Field(description="Version of this schema.")
    id: Identifier = Field(description="<entity-short-name>-<reporting year>, the file's stem.")
    status: STATUS = Field(description="draft (from the extractor) or reviewed (by a person).")
    reviewed_at: PartialDate | None = Field(default=None, description="When a person reviewed it.")
    entity: Entity
    session: Session = Field(default_factory=Session)
    reporting_period: ReportingPeriod | None = None
    source: Source
    disclaimer: Statement | None = Field(default=None, description="The submission's own disclaimer, if any.")
    themes: Themes
    key_points: list[KeyPoint] = Field(default_factory=list)
    action_lines: list[ActionLineFact] = Field(default_factory=list)
    sdg_targets: list[SdgTargetFact] = Field(default_factory=list)
    sdg_goals: list[SdgGoalFact] = Field(default_factory=list)
    organisations: list[Organisation] = Field(default_factory=list)
    initiatives: list[Initiative] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    figures: list[FigureFact] = Field(default_factory=list)
    rejected_suggestions: list[RejectedSuggestion] = Field(default_factory=list)

    @model_validator(mode="after")
    def _reviewed_has_date(self) -> Submission:
        if self.status == "reviewed" and self.reviewed_at is None:
            raise ValueError("a reviewed submission needs reviewed_at")
        return self


def submission_json_schema() -> dict:
    """JSON Schema of a submission file, for editors of YAML (checked in as data/schema/)."""
    schema = Submission.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://wsislens.org/schema/submission-{SCHEMA_VERSION}.json"
    return schema
