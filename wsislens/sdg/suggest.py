"""The suggestions made for a submission: which targets a passage serves, by a learned rule.

`classify`, which the benchmark scores, names a goal by the goal model and its targets by fixed
rules. The suggestions shown to analysts (`map_text(..., focus=True)`, as ingestion calls it)
decide target by target instead. Every target with some evidence in a passage is a candidate: a
phrase or pair of its own, a phrase of practice, or a text close to the passage. A logistic model
over the candidate's inputs (SUGGEST_FEATURES) gives the probability that an analyst would name
it; it is suggested at the model's threshold, and its goal with it.

One input is new to this rule: the similarity of the passage to the target's profile, the tf-idf
vector of everything the repository holds on the target (its official text, its indicators, its
vocabulary phrases and its phrases of practice, but not the words of its setting, the vocabulary
file's `generic`), beside that of the profile the passage comes closest to. It finds a target whose
phrases the passage shares in part ("young survivors of sexual abuse" and 16.2's "sexual abuse of
minors").

The model is fitted by `wsislens.sdg.build` on the development sets of target sentences and
paragraphs (DEVELOPMENT_SETS), with the regularisation and the threshold chosen by repeated
5-fold cross-validation over their texts; the sets written apart are only ever scored.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from wsislens.paths import BUNDLED_DATA_DIR
from wsislens.sdg.reference import targets_by_goal

if TYPE_CHECKING:
    from wsislens.sdg.analysis import Analysis
    from wsislens.sdg.model import Model

DEVELOPMENT_SETS = tuple(
    BUNDLED_DATA_DIR / "sdg-benchmark" / name
    for name in ("targets_dev.csv", "targets_paragraphs_dev.csv", "targets_protection_dev.csv")
)
SUGGEST_FEATURES = (
    "goal probability",
    "target phrases",
    "phrases of practice",
    "similarity to the official texts",
    "value beside the goal's best target",
    "goal probability beside the passage's best goal",
    "similarity to the target's profile, beside the passage's closest profile",
)
# A target is a candidate when it has a phrase, a pair or a phrase of practice in the passage, or
# when the passage comes this close to its official texts or to its profile.
CANDIDATE_MIN_SIMILARITY = 0.15
CANDIDATE_MIN_PROFILE = 0.10


@dataclass(frozen=True)
class SuggestModel:
    mean: np.ndarray  # (len(SUGGEST_FEATURES),) of the fitted inputs, for standardising
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    threshold: float

    def probability(self, features: np.ndarray) -> np.ndarray:
        z = ((features - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))


@dataclass(frozen=True)
class Profiles:
    rows: np.ndarray  # (n_terms,) row of `matrix` for each term, -1 when in no profile
    matrix: np.ndarray  # (n_profile_terms, n_targets) l2-normalised tf-idf of each target's profile
    targets: tuple[str, ...]  # the target of each column
    terms: dict[str, frozenset[str]]  # target -> its profile's terms, for quoting a sentence as evidence

    def similarity(self, idx: np.ndarray, vals: np.ndarray) -> dict[str, float]:
        """target -> cosine similarity of a text's tf-idf vector (`idx`, `vals`) to its profile."""
        from wsislens.sdg.features import cosines

        return dict(zip(self.targets, cosines(idx, vals, self.rows, self.matrix).tolist(), strict=True))


def profile_texts() -> dict[str, list[str]]:
    """target -> what the repository holds on it: official text, indicators, vocabulary and practice,
    without the words of its setting (`generic`), which name no target by themselves."""
    from wsislens.sdg.reference import load_indicators, load_targets
    from wsislens.sdg.text import phrase_key
    from wsislens.sdg.vocabulary import generic_keys, practice_phrases, target_phrases

    out: dict[str, list[str]] = {tid: [target["text"]] for tid, target in load_targets().items()}
    for indicator in load_indicators().values():
        out[indicator["target"]].append(indicator["text"])
    generic = generic_keys()
    for phrases in (target_phrases(), practice_phrases()):
        for tid, listed in phrases.items():
            out[tid].extend(p for p in listed if (tid, phrase_key(p)) not in generic)
    return out


def build_profiles(index: dict[str, int], idf: np.ndarray) -> Profiles:
    from wsislens.sdg.features import terms, tfidf
    from wsislens.sdg.text import tokens

    names = sorted(profile_texts().items())
    columns, term_sets = [], {}
    for tid, texts in names:
        found: list[str] = []
        for text in texts:
            found += terms([t for t, _, _ in tokens(text)])
        columns.append(tfidf(found, index, idf))
        term_sets[tid] = frozenset(found)
    used = sorted({int(j) for idx, _ in columns for j in idx})
    row_of = {j: r for r, j in enumerate(used)}
    matrix = np.zeros((len(used), len(names)), dtype=np.float32)
    for col, (idx, vals) in enumerate(columns):
        matrix[[row_of[int(j)] for j in idx], col] = vals
    rows = np.full(len(idf), -1, dtype=np.int64)
    rows[used] = np.arange(len(used))
    return Profiles(rows, matrix, tuple(tid for tid, _ in names), term_sets)


def candidates(
    analysis: Analysis,
    model: Model,
    blocked_goals: frozenset[int] | set[int] = frozenset(),
    blocked_targets: frozenset[str] | set[str] = frozenset(),
) -> tuple[list[str], np.ndarray]:
    """(candidate targets, their inputs in the order of SUGGEST_FEATURES) for one passage."""
    from wsislens.sdg.model import score_goals, target_similarity

    scores = score_goals(analysis, model)
    target_sim = target_similarity(scores.ref_sim, model)
    profile = model.profiles.similarity(scores.tfidf_idx, scores.tfidf_vals)
    closest = max(profile.values()) or 1.0
    best_goal = float(scores.probability.max()) or 1.0
    names: list[str] = []
    rows: list[list[float]] = []
    for goal, targets in targets_by_goal().items():
        if goal in blocked_goals:
            continue
        p = float(scores.probability[goal - 1])
        values = {tid: analysis.target_value(tid, target_sim.get(tid, 0.0))[0] for tid in targets}
        top = max(values.values()) or 1.0
        for tid, value in values.items():
            strength = analysis.target_strength.get(tid, 0.0)
            practice = analysis.practice_strength.get(tid, 0.0)
            sim, near = target_sim.get(tid, 0.0), profile[tid]
            if tid in blocked_targets or (
                strength + practice <= 0.0 and sim < CANDIDATE_MIN_SIMILARITY and near < CANDIDATE_MIN_PROFILE
            ):
                continue
            names.append(tid)
            rows.append(
                [
                    p,
                    math.log1p(strength),
                    math.log1p(practice),
                    sim,
                    value / top,
                    p / best_goal,
                    near / closest,
                ]
            )
    return names, np.array(rows, dtype=np.float64).reshape(len(rows), len(SUGGEST_FEATURES))


def development_texts() -> list[tuple[str, frozenset[str]]]:
    """(text, the targets an analyst gave it) of the development sets."""
    out = []
    for path in DEVELOPMENT_SETS:
        with open(path, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                out.append((row["text"], frozenset(t for t in row["targets"].split(";") if t)))
    return out
