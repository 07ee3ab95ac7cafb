"""Build the engine's model deterministically from what the repository ships:

- the term index and idf of the tf-idf similarity, from synthetic examples made from the
  official target and indicator texts and the SDG vocabularies, and the train rows;
- a logistic model over the features of `wsislens.sdg.model.FEATURES`, fitted on the `train`
  rows of the benchmark split (data/sdg-benchmark/split.csv); `heldout` rows are never read here;
- the suggestions' model (`wsislens.sdg.suggest`), a logistic model over the inputs of each
  candidate target, fitted on the development sets of target sentences and paragraphs, with its
  regularisation and threshold chosen by repeated 5-fold cross-validation over their texts, by
  the F1 score of the targets; the sets written apart are never read here.

The slopes are shared by all goals and each goal has its own intercept: a goal has about 26
train rows, too few for a model of its own. The regularisation is chosen by repeated, stratified
5-fold cross-validation on the train rows, scored as the benchmark scores (accuracy per SDG,
then the mean over the SDGs).

    .venv/bin/python -m wsislens.sdg.build      # rewrites wsislens/sdg/model.npz
"""

from __future__ import annotations

import csv
import hashlib
import json
import math
import random
import sys

import numpy as np

from wsislens.paths import BUNDLED_DATA_DIR, REFERENCE_DIR
from wsislens.sdg.analysis import N_GOALS, analyse
from wsislens.sdg.reference import load_goals, load_indicators, load_targets
from wsislens.sdg.suggest import DEVELOPMENT_SETS, development_texts
from wsislens.sdg.vocabulary import PRACTICE_PATH, VOCABULARY_PATH

BENCHMARK_DIR = BUNDLED_DATA_DIR / "sdg-benchmark"
BUILD_VERSION = "7"
SEED = 20261128
N_FOLDS = 5
CV_REPEATS = 6
C_GRID = (0.1, 0.3, 1.0, 3.0)
SUGGEST_C_GRID = (0.3, 1.0, 3.0)
SUGGEST_THRESHOLDS = (0.35, 0.4, 0.45, 0.5)
SUGGEST_REPEATS = 3


def _inputs() -> list:
    return [
        REFERENCE_DIR / "sdg_targets.yaml",
        REFERENCE_DIR / "sdg_indicators.yaml",
        REFERENCE_DIR / "sdg_goals.yaml",
        VOCABULARY_PATH,
        PRACTICE_PATH,
        BENCHMARK_DIR / "dev.csv",
        BENCHMARK_DIR / "split.csv",
        *DEVELOPMENT_SETS,
    ]


def fingerprint() -> str:
    """sha256 over the build inputs and this builder's version: a stored model is current iff equal."""
    digest = hashlib.sha256(BUILD_VERSION.encode())
    for path in _inputs():
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:16]


def train_rows() -> list[dict]:
    """The `train` rows of the benchmark split: {"text", "sdg", "label"}."""
    with open(BENCHMARK_DIR / "split.csv", newline="", encoding="utf-8") as handle:
        split = {row["id"]: row["split"] for row in csv.DictReader(handle)}
    rows = []
    with open(BENCHMARK_DIR / "dev.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if split.get(row["id"]) == "train":
                rows.append({"text": row["text"], "sdg": int(row["sdg"]), "label": row["label"] == "True"})
    return rows


def synthetic_examples() -> list[tuple[str, int]]:
    """(text, goal) pairs from the official texts and the vocabularies; seeded, so deterministic."""
    import yaml

    with open(VOCABULARY_PATH, encoding="utf-8") as handle:
        vocab = yaml.safe_load(handle)
    rng = random.Random(SEED)
    out: list[tuple[str, int]] = []
    for tid, target in load_targets().items():
        phrases = [str(p) for p in vocab["targets"][tid]]
        out.append((target["text"], target["goal"]))
        out.append((target["text"] + ". " + ", ".join(phrases), target["goal"]))
        goal_words = [str(p) for p in vocab["goals"][target["goal"]]]
        for _ in range(2):
            pick = rng.sample(phrases, min(len(phrases), 5)) + rng.sample(goal_words, min(len(goal_words), 2))
            out.append((", ".join(pick), target["goal"]))
    for iid, indicator in load_indicators().items():
        out.append((indicator["text"], int(iid.split(".")[0])))
    for goal, info in load_goals().items():
        words = ", ".join(str(p) for p in vocab["goals"][goal])
        out.append((f"{info['title']}. {info['short']}. {words}", goal))
    return out


def _vocabulary(docs_terms: list[list[str]]) -> tuple[dict[str, int], np.ndarray]:
    df: dict[str, int] = {}
    for doc in docs_terms:
        for term in set(doc):
            df[term] = df.get(term, 0) + 1
    # unigrams always; bigrams only when seen in two documents (keeps the model small)
    kept = sorted(t for t, n in df.items() if " " not in t or n >= 2)
    index = {t: i for i, t in enumerate(kept)}
    n_docs = len(docs_terms)
    idf = np.array([math.log((1 + n_docs) / (1 + df[t])) + 1.0 for t in kept])
    return index, idf


def _folds(rows: list[dict], seed: int = SEED + 1) -> list[np.ndarray]:
    """Stratified (sdg, label) folds, seeded."""
    rng = random.Random(seed)
    fold = np.zeros(len(rows), dtype=int)
    strata: dict[tuple[int, bool], list[int]] = {}
    for i, row in enumerate(rows):
        strata.setdefault((row["sdg"], row["label"]), []).append(i)
    for key in sorted(strata):
        members = strata[key]
        rng.shuffle(members)
        for k, i in enumerate(members):
            fold[i] = k % N_FOLDS
    return [np.flatnonzero(fold == k) for k in range(N_FOLDS)]


def _mean_goal_accuracy(pred: np.ndarray, labels: np.ndarray, sdgs: np.ndarray) -> float:
    return float(np.mean([np.mean(pred[sdgs == g] == labels[sdgs == g]) for g in np.unique(sdgs)]))


def _row_features(rows: list[dict], model) -> np.ndarray:
    """The model's input for each row: the features of the goal the row asks about."""
    from wsislens.sdg.model import score_goals

    return np.array([score_goals(analyse(row["text"]), model).features[row["sdg"] - 1] for row in rows])


def _design(features: np.ndarray, sdgs: np.ndarray) -> np.ndarray:
    """Features, then a one-hot column per goal (its intercept)."""
    return np.hstack([features, np.eye(N_GOALS)[sdgs - 1]])


def _fit(
    features: np.ndarray, sdgs: np.ndarray, labels: np.ndarray, c: float
) -> tuple[np.ndarray, np.ndarray]:
    """(shared slopes, per-goal intercepts) of a logistic model."""
    from sklearn.linear_model import LogisticRegression

    fitted = LogisticRegression(C=c, max_iter=5000).fit(_design(features, sdgs), labels)
    n = features.shape[1]
    return fitted.coef_[0][:n], fitted.coef_[0][n:] + fitted.intercept_[0]


def _predict(features, sdgs, coef, intercepts) -> np.ndarray:
    return features @ coef + intercepts[sdgs - 1] >= 0.0


def cross_validate(
    features: np.ndarray, sdgs: np.ndarray, labels: np.ndarray, rows: list[dict], c: float
) -> float:
    """Mean over CV_REPEATS seeded fold assignments of the benchmark's score on held-out folds."""
    scores = []
    for seed in range(SEED + 1, SEED + 1 + CV_REPEATS):
        pred = np.zeros(len(rows), dtype=bool)
        for held in _folds(rows, seed):
            keep = np.setdiff1d(np.arange(len(rows)), held)
            coef, intercepts = _fit(features[keep], sdgs[keep], labels[keep], c)
            pred[held] = _predict(features[held], sdgs[held], coef, intercepts)
        scores.append(_mean_goal_accuracy(pred, labels, sdgs))
    return float(np.mean(scores))


def build_arrays(verbose: bool = False) -> dict[str, np.ndarray]:
    from wsislens.sdg.model import FEATURES, assemble

    log = (lambda *a: print(*a, file=sys.stderr)) if verbose else (lambda *a: None)
    synthetic = synthetic_examples()
    rows = train_rows()
    index, idf = _vocabulary(
        [analyse(text).terms for text, _ in synthetic] + [analyse(r["text"]).terms for r in rows]
    )
    log(f"{len(synthetic)} synthetic examples, {len(rows)} train rows, {len(idf)} terms")
    arrays = {
        "terms": np.array("\n".join(sorted(index, key=index.get))),
        "idf": idf.astype(np.float32),
        "coef": np.zeros(len(FEATURES), dtype=np.float32),
        "intercepts": np.zeros(N_GOALS, dtype=np.float32),
        "params": np.array(json.dumps({})),
    }
    # the features come from the runtime's own scoring code, so build and use cannot drift apart
    features = _row_features(rows, assemble(arrays))
    labels = np.array([row["label"] for row in rows])
    sdgs = np.array([row["sdg"] for row in rows])
    results = []
    for c in C_GRID:
        results.append((cross_validate(features, sdgs, labels, rows, c), c))
        log(f"  C {c}: cross-validated accuracy {results[-1][0]:.4f}")
    # near-ties (within 0.2 points, under one row in the mean over the SDGs) go to the stronger
    # regularisation
    best = max(r[0] for r in results)
    cv_accuracy, c = min((r for r in results if r[0] >= best - 0.002), key=lambda r: r[1])
    coef, intercepts = _fit(features, sdgs, labels, c)
    params = {
        "C": c,
        "cv_accuracy": round(cv_accuracy, 6),
        "features": list(FEATURES),
        "fingerprint": fingerprint(),
        "build_version": BUILD_VERSION,
    }
    log(f"chosen C {c}; slopes {dict(zip(FEATURES, np.round(coef, 3).tolist(), strict=True))}")
    arrays.update({"coef": coef.astype(np.float32), "intercepts": intercepts.astype(np.float32)})
    suggest_arrays, suggest_params = build_suggestions(assemble(arrays), log)
    arrays.update(suggest_arrays)
    params.update(suggest_params)
    arrays["params"] = np.array(json.dumps(params, sort_keys=True))
    return arrays


def _suggestion_rows(
    model,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str], list[set[str]], list[frozenset[str]]]:
    """The candidates of the development texts: (inputs, labels, text of each, target of each,
    the targets each text states, the targets an analyst gave each text)."""
    from wsislens.sdg.engine import suggestion_inputs
    from wsislens.sdg.suggest import SUGGEST_FEATURES

    blocks, labels, owner, names, stated, expected = [], [], [], [], [], []
    for i, (text, targets) in enumerate(development_texts()):
        said, per_passage = suggestion_inputs(text, model)
        stated.append(said)
        expected.append(targets)
        for found, features in per_passage:
            blocks.append(features)
            labels += [t in targets for t in found]
            owner += [i] * len(found)
            names += found
    features = np.vstack(blocks) if blocks else np.zeros((0, len(SUGGEST_FEATURES)))
    return features, np.array(labels), np.array(owner), names, stated, expected


def _fit_suggestions(
    features: np.ndarray, labels: np.ndarray, c: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """(mean, scale, slopes, intercept) of a logistic model over standardised inputs."""
    from sklearn.linear_model import LogisticRegression

    mean = features.mean(axis=0)
    scale = features.std(axis=0)
    scale[scale == 0] = 1.0
    fitted = LogisticRegression(C=c, max_iter=5000).fit((features - mean) / scale, labels)
    return mean, scale, fitted.coef_[0], float(fitted.intercept_[0])


def _target_f1(predicted: list[set[str]], expected: list[frozenset[str]]) -> float:
    hit = sum(len(p & e) for p, e in zip(predicted, expected, strict=True))
    named = sum(len(p) for p in predicted)
    given = sum(len(e) for e in expected)
    return 2.0 * hit / (named + given) if named + given else 0.0


def build_suggestions(model, log) -> tuple[dict[str, np.ndarray], dict]:
    """The suggestions' model, its regularisation and threshold chosen by cross-validation."""
    from wsislens.sdg.suggest import SuggestModel

    features, labels, owner, names, stated, expected = _suggestion_rows(model)
    n_texts = len(expected)
    scores: dict[tuple[float, float], list[float]] = {}
    for repeat in range(SUGGEST_REPEATS):
        order = list(range(n_texts))
        random.Random(SEED + 100 + repeat).shuffle(order)
        fold = np.zeros(n_texts, dtype=int)
        fold[order] = np.arange(n_texts) % N_FOLDS
        for c in SUGGEST_C_GRID:
            probability = np.zeros(len(labels))
            for k in range(N_FOLDS):
                held = fold[owner] == k
                fitted = SuggestModel(*_fit_suggestions(features[~held], labels[~held], c), threshold=0.5)
                probability[held] = fitted.probability(features[held])
            for threshold in SUGGEST_THRESHOLDS:
                predicted = [set(s) for s in stated]
                for i in np.flatnonzero(probability >= threshold):
                    predicted[owner[i]].add(names[i])
                scores.setdefault((c, threshold), []).append(_target_f1(predicted, expected))
    means = {key: float(np.mean(values)) for key, values in scores.items()}
    for (c, threshold), f1 in sorted(means.items()):
        log(f"  suggestions C {c} threshold {threshold}: cross-validated target F1 {f1:.4f}")
    # near-ties (within 0.2 points) go to the stronger regularisation, then the higher threshold
    best = max(means.values())
    c, threshold = min((key for key, f1 in means.items() if f1 >= best - 0.002), key=lambda k: (k[0], -k[1]))
    mean, scale, coef, intercept = _fit_suggestions(features, labels, c)
    log(f"suggestions: {n_texts} texts, {len(labels)} candidates; chosen C {c}, threshold {threshold}")
    arrays = {
        "suggest_mean": mean.astype(np.float64),
        "suggest_scale": scale.astype(np.float64),
        "suggest_coef": coef.astype(np.float64),
        "suggest_intercept": np.array(intercept),
        "suggest_threshold": np.array(threshold),
    }
    params = {
        "suggest_C": c,
        "suggest_threshold": threshold,
        "suggest_cv_f1": round(means[(c, threshold)], 6),
    }
    return arrays, params


def main() -> int:
    from wsislens.sdg.model import MODEL_PATH

    arrays = build_arrays(verbose=True)
    np.savez_compressed(MODEL_PATH, **arrays)
    print(f"wrote {MODEL_PATH} ({MODEL_PATH.stat().st_size} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
