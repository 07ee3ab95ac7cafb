"""The SDG mapping engine: maps English text to SDG goals and the 169 targets, with a score,
the basis (stated, inferred or negated) and evidence spans.

Importing this package is cheap: the reference data is read and the model is built on the
first call that needs it (cached), never at import time.
"""

from __future__ import annotations

from wsislens.sdg.explicit import find_explicit
from wsislens.sdg.types import SdgEvidence, SdgMatch

ENGINE_METHOD = "wsislens-sdg 1.0"

__all__ = [
    "ENGINE_METHOD",
    "SdgEvidence",
    "SdgMatch",
    "classify",
    "find_explicit",
    "map_text",
]


def map_text(text: str, *, infer: bool = True, min_score: float | None = None) -> list[SdgMatch]:
    """Stated and (with `infer`) inferred goals and targets, one per (goal, target), by score."""
    from wsislens.sdg.engine import map_text as _map_text

    return _map_text(text, infer=infer, min_score=min_score)


def classify(text: str) -> dict:
    """The command line's JSON result for one text (without its id)."""
    from wsislens.sdg.engine import classify as _classify

    return _classify(text)
