"""The result types of the SDG mapping engine (no heavy imports here)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SdgEvidence:
    """A quote from the input and its Python character offsets: text[start:end] == quote."""

    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class SdgMatch:
    """One goal (target None) or one target that a text states, negates or is inferred to serve."""

    goal: int
    target: str | None
    basis: str  # "stated" | "inferred" | "negated"
    score: float  # 0..1; 1.0 for stated, 0.0 for negated
    evidence: tuple[SdgEvidence, ...]
