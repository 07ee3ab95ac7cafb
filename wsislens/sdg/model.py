"""The learned part of the engine: loading (lazily, cached) and scoring.

A goal's score is a logistic model over a few features of the text for that goal (FEATURES):
its vocabulary strength, its tf-idf similarity to the goal's official target and indicator
texts, how much the goal leads the text's sentences, and two goal-neutral cues (words of the
goals' aims, words of method and statistics). The slopes are shared by all goals; each goal
has its own intercept.

The model file (wsislens/sdg/model.npz) is built deterministically by `wsislens.sdg.build`
from the official target and indicator texts, the SDG vocabularies and the train part of the
benchmark split; when it is missing or was built from other inputs, it is rebuilt in memory.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from wsislens.sdg.analysis import N_GOALS, Analysis, kw_features
from wsislens.sdg.features import cosines, terms, tfidf
from wsislens.sdg.reference import load_indicators, load_targets
from wsislens.sdg.suggest import Profiles, SuggestModel, build_profiles
from wsislens.sdg.text import tokens

MODEL_PATH = Path(__file__).resolve().parent / "model.npz"
FEATURES = (
    "vocabulary strength",
    "similarity to the official texts",
    "share of sentences led",
    "strongest sentence",
    "development cue",
    "measurement cue",
)


@dataclass(frozen=True)
class Model:
    index: dict[str, int]
    idf: np.ndarray
    coef: np.ndarray  # (len(FEATURES),) slopes shared by the goals
    intercepts: np.ndarray  # (17,) one per goal
    params: dict  # regularisation, cross-validated accuracy, fingerprint
    ref_rows: np.ndarray  # (n_terms,) row of ref_matrix for each term, -1 when in no reference text
    ref_matrix: np.ndarray  # (n_ref_terms, n_ref_docs) tf-idf of target and indicator texts
    ref_goal: np.ndarray  # (n_ref_docs,) goal of each reference document
    ref_target: tuple[str, ...]  # target of each reference document
    goal_docs: np.ndarray  # (17, k) reference document positions per goal, padded with n_ref_docs
    target_order: np.ndarray  # reference document positions grouped by target
    target_starts: np.ndarray  # start of each target's group in target_order
    target_names: tuple[str, ...]  # the target of each group
    suggest: SuggestModel | None  # the suggestions' model; None while the builder fits it

    @cached_property
    def profiles(self) -> Profiles:
        """Each target's profile (see wsislens.sdg.suggest), built when the suggestions first need it."""
        return build_profiles(self.index, self.idf)


@lru_cache(maxsize=1)
def reference_documents() -> tuple[list[str], list[int], list[str]]:
    """Target texts and indicator texts, each with its goal and target."""
    texts, goals, targets = [], [], []
    for tid, target in load_targets().items():
        texts.append(target["text"])
        goals.append(target["goal"])
        targets.append(tid)
    for indicator in load_indicators().values():
        tid = indicator["target"]
        texts.append(indicator["text"])
        goals.append(int(tid.split(".")[0]))
        targets.append(tid)
    return texts, goals, targets


def assemble(arrays: dict[str, np.ndarray]) -> Model:
    """Make a Model from the stored arrays (from the file or a fresh build)."""
    vocab = str(arrays["terms"]).split("\n")
    index = {term: i for i, term in enumerate(vocab)}
    idf = arrays["idf"].astype(np.float64)
    params = json.loads(str(arrays["params"]))
    texts, goals, targets = reference_documents()
    ref_terms: dict[int, int] = {}
    columns = []
    for text in texts:
        idx, vals = tfidf(terms([t[0] for t in tokens(text)]), index, idf)
        for j in idx:
            if int(j) not in ref_terms:
                ref_terms[int(j)] = len(ref_terms)
        columns.append((idx, vals))
    matrix = np.zeros((len(ref_terms), len(texts)))
    for col, (idx, vals) in enumerate(columns):
        for j, v in zip(idx, vals, strict=True):
            matrix[ref_terms[int(j)], col] = v
    goal_arr = np.asarray(goals)
    per_goal = [np.flatnonzero(goal_arr == g) for g in range(1, N_GOALS + 1)]
    width = max(len(p) for p in per_goal)
    goal_docs = np.full((N_GOALS, width), len(texts), dtype=np.int64)
    for g, positions in enumerate(per_goal):
        goal_docs[g, : len(positions)] = positions
    names = sorted(set(targets))
    order = np.array([i for name in names for i, t in enumerate(targets) if t == name], dtype=np.int64)
    starts, position = [], 0
    counts = {name: targets.count(name) for name in names}
    for name in names:
        starts.append(position)
        position += counts[name]
    ref_rows = np.full(len(idf), -1, dtype=np.int64)
    for term_index, row in ref_terms.items():
        ref_rows[term_index] = row
    suggest = None
    if "suggest_coef" in arrays:
        suggest = SuggestModel(
            mean=arrays["suggest_mean"].astype(np.float64),
            scale=arrays["suggest_scale"].astype(np.float64),
            coef=arrays["suggest_coef"].astype(np.float64),
            intercept=float(arrays["suggest_intercept"]),
            threshold=float(arrays["suggest_threshold"]),
        )
    return Model(
        goal_docs=goal_docs,
        target_order=order,
        target_starts=np.asarray(starts, dtype=np.int64),
        target_names=tuple(names),
        index=index,
        idf=idf,
        coef=arrays["coef"].astype(np.float64),
        intercepts=arrays["intercepts"].astype(np.float64),
        params=params,
        ref_rows=ref_rows,
        ref_matrix=matrix,
        ref_goal=np.asarray(goals),
        ref_target=tuple(targets),
        suggest=suggest,
    )


@lru_cache(maxsize=1)
def load_model() -> Model:
    from wsislens.sdg.build import fingerprint

    expected = fingerprint()
    if MODEL_PATH.exists():
        with np.load(MODEL_PATH, allow_pickle=False) as stored:
            arrays = {key: stored[key] for key in stored.files}
        if json.loads(str(arrays["params"])).get("fingerprint") == expected:
            return assemble(arrays)
        sys.stderr.write("wsislens.sdg: the stored model is out of date; building it in memory\n")
    from wsislens.sdg.build import build_arrays

    return assemble(build_arrays())


@dataclass(frozen=True)
class GoalScores:
    kw: np.ndarray  # (17,) log(1 + vocabulary strength)
    sim: np.ndarray  # (17,) mean of the two best cosine similarities to the goal's reference texts
    features: np.ndarray  # (17, len(FEATURES)) the model's input, one row per goal
    probability: np.ndarray  # (17,) the model's probability that the text serves each goal
    ref_sim: np.ndarray  # (n_ref_docs,) cosine similarity to each reference document
    tfidf_idx: np.ndarray  # the text's tf-idf vector: its known terms
    tfidf_vals: np.ndarray  # and their l2-normalised weights


def goal_features(analysis: Analysis, sim: np.ndarray) -> np.ndarray:
    """(17, len(FEATURES)): the model's input for each goal, in the order of FEATURES."""
    return np.column_stack(
        [
            kw_features(analysis.goal_strength),
            sim,
            analysis.sentence_share,
            analysis.sentence_best,
            np.full(N_GOALS, analysis.cue_rates["development"]),
            np.full(N_GOALS, analysis.cue_rates["measurement"]),
        ]
    )


def score_goals(analysis: Analysis, model: Model | None = None) -> GoalScores:
    model = model or load_model()
    idx, vals = tfidf(analysis.terms, model.index, model.idf)
    ref_sim = cosines(idx, vals, model.ref_rows, model.ref_matrix)
    padded = np.append(ref_sim, 0.0)[model.goal_docs]
    sim = np.partition(padded, padded.shape[1] - 2, axis=1)[:, -2:].mean(axis=1)
    features = goal_features(analysis, sim)
    probability = 1.0 / (1.0 + np.exp(-(features @ model.coef + model.intercepts)))
    return GoalScores(features[:, 0], sim, features, probability, ref_sim, idx, vals)


def target_similarity(ref_sim: np.ndarray, model: Model) -> dict[str, float]:
    """target -> best cosine similarity to its target text or one of its indicators."""
    best = np.maximum.reduceat(ref_sim[model.target_order], model.target_starts)
    return dict(zip(model.target_names, best.tolist(), strict=True))
