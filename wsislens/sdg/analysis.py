"""One pass over a text: folded tokens, vocabulary hits and their per-goal/per-target strengths,
and the passage-level cues the model reads beside them."""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from wsislens.sdg.features import terms
from wsislens.sdg.text import tokens
from wsislens.sdg.vocabulary import (
    Hit,
    cue_words,
    discounted_spans,
    generic_keys,
    load_practice,
    match_pairs,
    match_tokens,
    outside,
    without_bare_medium,
)

N_GOALS = 17
_SENTENCE_END = re.compile(r"[.!?]+")
# A phrase of practice (data/reference/sdg_practice.yaml) adds to its target's strength at this
# share of its weight when targets are ranked; set on the development sentences and paragraphs.
PRACTICE_WEIGHT = 2.0


@dataclass(frozen=True)
class Analysis:
    text: str
    terms: list[str]
    hits: list[Hit]
    goal_strength: np.ndarray  # (17,) summed vocabulary weights per goal
    target_strength: dict[str, float]  # target -> summed weights of its phrases
    sentence_best: np.ndarray  # (17,) the goal's strength in its strongest sentence
    sentence_share: np.ndarray  # (17,) share of the sentences with hits in which the goal leads
    cue_rates: dict[str, float]  # cue kind -> its words per ten words of the text
    kept: list[tuple[str, int, int]]  # the folded tokens read (denials and masked spans left out)

    @cached_property
    def practice(self) -> list[Hit]:
        """Hits of the phrases of practice, which name targets only (read when a goal is inferred)."""
        return match_tokens(self.kept, load_practice(), overlapping=True)

    @cached_property
    def practice_strength(self) -> dict[str, float]:
        """target -> summed weights of its phrases of practice."""
        out: dict[str, float] = {}
        for hit in self.practice:
            for entry in hit.entries:
                out[entry.target] = out.get(entry.target, 0.0) + entry.weight
        return out

    def target_value(self, target: str, similarity: float) -> tuple[float, float]:
        """(value, strength) by which a goal's targets are ranked: the strength of the target's
        phrases and phrases of practice, and its similarity to the passage."""
        strength = self.target_strength.get(target, 0.0) + PRACTICE_WEIGHT * self.practice_strength.get(
            target, 0.0
        )
        return math.log1p(strength) + 2.0 * similarity, strength


def _sentence_strengths(text: str, hits: list[Hit]) -> np.ndarray:
    """(n_sentences, 17) vocabulary strength per sentence and goal."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    out = np.zeros((len(ends) + 1, N_GOALS))
    for hit in hits:
        row = bisect_right(ends, hit.start)
        for entry in hit.entries:
            out[row, entry.goal - 1] += entry.weight
    return out


def analyse(text: str, masked: list[tuple[int, int]] | None = None) -> Analysis:
    """Tokens, terms and vocabulary hits of `text`, leaving out clauses that deny relevance,
    passing mentions and the `masked` spans (explicit SDG references, which are handled apart)."""
    spans = discounted_spans(text) + list(masked or ())
    all_tokens = tokens(text)
    kept = outside(all_tokens, spans)
    hits = without_bare_medium(match_tokens(kept))
    hits = sorted(hits + match_pairs(kept, text, hits), key=lambda h: h.start)
    toks = [t for t in kept if t[0] != "\x00"] if spans else kept
    goal = np.zeros(N_GOALS)
    target: dict[str, float] = {}
    generic = generic_keys()
    for hit in hits:
        for entry in hit.entries:
            goal[entry.goal - 1] += entry.weight
            if entry.target is not None and (entry.target, hit.key) not in generic:
                target[entry.target] = target.get(entry.target, 0.0) + entry.weight
    per_sentence = _sentence_strengths(text, hits)
    with_hits = per_sentence[per_sentence.max(axis=1) > 0]
    if len(with_hits):
        leaders = np.bincount(with_hits.argmax(axis=1), minlength=N_GOALS)
        share = leaders / len(with_hits)
    else:
        share = np.zeros(N_GOALS)
    words = [t[0] for t in all_tokens]
    n_words = max(len(words), 1)
    rates = {kind: 10.0 * sum(map(cue.__contains__, words)) / n_words for kind, cue in cue_words().items()}
    return Analysis(
        text,
        terms([t[0] for t in toks]),
        hits,
        goal,
        target,
        np.log1p(per_sentence.max(axis=0)),
        share,
        rates,
        kept,
    )


def kw_features(goal_strength: np.ndarray) -> np.ndarray:
    """The vocabulary part of the model input: log(1 + strength) per goal."""
    return np.log1p(goal_strength)
