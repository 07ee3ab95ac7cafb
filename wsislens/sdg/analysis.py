"""One pass over a text: folded tokens, vocabulary hits and their per-goal/per-target strengths."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from wsislens.sdg.features import terms
from wsislens.sdg.text import tokens
from wsislens.sdg.vocabulary import Hit, denied_spans, match_tokens, outside

N_GOALS = 17


@dataclass(frozen=True)
class Analysis:
    text: str
    terms: list[str]
    hits: list[Hit]
    goal_strength: np.ndarray  # (17,) summed vocabulary weights per goal
    target_strength: dict[str, float]  # target -> summed weights of its phrases


def analyse(text: str, masked: list[tuple[int, int]] | None = None) -> Analysis:
    """Tokens, terms and vocabulary hits of `text`, leaving out clauses that deny relevance and
    the `masked` spans (explicit SDG references, which are handled apart)."""
    spans = denied_spans(text) + list(masked or ())
    kept = outside(tokens(text), spans)
    hits = match_tokens(kept)
    toks = [t for t in kept if t[0] != "\x00"] if spans else kept
    goal = np.zeros(N_GOALS)
    target: dict[str, float] = {}
    for hit in hits:
        for entry in hit.entries:
            goal[entry.goal - 1] += entry.weight
            if entry.target is not None:
                target[entry.target] = target.get(entry.target, 0.0) + entry.weight
    return Analysis(text, terms([t[0] for t in toks]), hits, goal, target)


def kw_features(goal_strength: np.ndarray) -> np.ndarray:
    """The vocabulary part of the model input: log(1 + strength) per goal."""
    return np.log1p(goal_strength)


def kw_value(strength: float) -> float:
    return math.log1p(strength)
