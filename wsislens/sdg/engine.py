"""map_text and classify: stated references (exact) plus inferred goals and targets."""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from wsislens.sdg.analysis import N_GOALS, Analysis, analyse
from wsislens.sdg.explicit import scan
from wsislens.sdg.model import Model, load_model, score_goals, target_similarity
from wsislens.sdg.reference import target_sort_key, targets_by_goal
from wsislens.sdg.suggest import candidates
from wsislens.sdg.types import SdgEvidence, SdgMatch
from wsislens.sdg.vocabulary import Hit

DEFAULT_MIN_SCORE = 0.5
MAX_EVIDENCE = 3
# A target of an inferred goal is named when its own phrases are strong enough (a two-word
# phrase, or two single words) or its official text is close to the input.
TARGET_MIN_STRENGTH = 1.6
TARGET_MIN_SIMILARITY = 0.30
TARGET_BEST_MIN_STRENGTH = 1.0
# Beside the best target of a goal, another is named only when it comes close to it (at least
# TARGET_RELATIVE of the best one's value). These target rules were set on the development
# sentences of data/sdg-benchmark/targets_dev.csv, never on the test set; TARGET_RELATIVE was
# checked on the development paragraphs (targets_paragraphs_dev.csv), which want it no higher.
TARGET_RELATIVE = 0.6
# No goal is inferred without some of its own vocabulary in the text (one target phrase, or two
# general words of the goal): similarity alone is too easily a passing mention.
MIN_GOAL_STRENGTH = 1.0
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
# A longer text (a whole submission) is read in passages of about the benchmark's snippet size,
# which is what the goal model is fitted on; a goal's score is its best passage's score.
LONG_TEXT = 1500
PASSAGE_SIZE = 700
_PASSAGE_BREAK = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def _goal_hits(hits: list[Hit], goal: int, target: str | None) -> list[tuple[float, Hit]]:
    out = []
    for hit in hits:
        for entry in hit.entries:
            if entry.goal == goal and (target is None or entry.target == target):
                out.append((entry.weight, hit))
                break
    return out


def _evidence(weighted: list[tuple[float, Hit]], text: str) -> tuple[SdgEvidence, ...]:
    """The strongest distinct quotes (up to MAX_EVIDENCE), in text order."""
    chosen: list[Hit] = []
    seen: set[tuple[str, ...]] = set()
    for _, hit in sorted(weighted, key=lambda wh: (-wh[0], wh[1].start)):
        if hit.key in seen:
            continue
        seen.add(hit.key)
        chosen.append(hit)
        if len(chosen) == MAX_EVIDENCE:
            break
    chosen.sort(key=lambda h: h.start)
    return tuple(SdgEvidence(text[h.start : h.end], h.start, h.end) for h in chosen)


def _best_sentence(text: str, ref_text_terms: set[str]) -> tuple[SdgEvidence, ...]:
    """Fallback evidence: the sentence sharing most content terms with the closest reference text."""
    from wsislens.sdg.features import terms
    from wsislens.sdg.text import tokens

    best, best_n = None, 0
    for m in _SENTENCE.finditer(text):
        n = len(ref_text_terms.intersection(terms([t for t, _, _ in tokens(m.group(0))])))
        if n > best_n:
            best, best_n = m, n
    if best is None:
        return ()
    start = best.start() + (len(best.group(0)) - len(best.group(0).lstrip()))
    end = best.end() - (len(best.group(0)) - len(best.group(0).rstrip()))
    return (SdgEvidence(text[start:end], start, end),)


def _inferred(
    text: str,
    analysis: Analysis,
    model: Model,
    min_score: float,
    blocked_goals: set[int],
    blocked_targets: set[str],
) -> list[SdgMatch]:
    """The goals the goal model infers, each with the targets the fixed rules name (`classify`)."""
    scores = score_goals(analysis, model)
    target_sim: dict[str, float] | None = None  # (read once a goal is inferred)
    by_goal = targets_by_goal()
    out: list[SdgMatch] = []
    for g in range(1, N_GOALS + 1):
        p = float(scores.probability[g - 1])
        if g in blocked_goals or analysis.goal_strength[g - 1] < MIN_GOAL_STRENGTH or p < min_score:
            continue
        if target_sim is None:
            target_sim = target_similarity(scores.ref_sim, model)
        goal_hits = _goal_hits(analysis.hits, g, None)
        candidates = []
        for tid in by_goal[g]:
            if tid in blocked_targets:
                continue
            sim = target_sim.get(tid, 0.0)
            candidates.append((*analysis.target_value(tid, sim), sim, tid))
        candidates.sort(reverse=True)
        named = []
        for rank, (value, strength, sim, tid) in enumerate(candidates):
            if (
                strength >= TARGET_MIN_STRENGTH
                or sim >= TARGET_MIN_SIMILARITY
                or (rank == 0 and strength >= TARGET_BEST_MIN_STRENGTH)
            ):
                named.append((value, strength, sim, tid))
        top_value = named[0][0] if named else 1.0
        named = [n for n in named if n[0] >= TARGET_RELATIVE * top_value]
        for value, _strength, _sim, tid in named:
            t_score = p * (0.75 + 0.25 * value / top_value)
            hits = _goal_hits(analysis.hits + analysis.practice, g, tid)
            evidence = _evidence(hits, text) if hits else _fallback(text, tid, model)
            out.append(SdgMatch(g, tid, "inferred", round(t_score, 4), evidence))
        evidence = _evidence(goal_hits, text) if goal_hits else _fallback_goal(text, g, scores.ref_sim, model)
        out.append(SdgMatch(g, None, "inferred", round(p, 4), evidence))
    return out


def _suggested(
    text: str,
    analysis: Analysis,
    model: Model,
    min_score: float | None,
    blocked_goals: set[int],
    blocked_targets: set[str],
) -> list[SdgMatch]:
    """The targets the suggestions' model (`wsislens.sdg.suggest`) finds an analyst would name, each
    with its goal at the score of its best target."""
    names, features = candidates(analysis, model, blocked_goals, blocked_targets)
    if not names:
        return []
    least = max(model.suggest.threshold, min_score or 0.0)
    phrases = analysis.hits + analysis.practice
    out: list[SdgMatch] = []
    best: dict[int, SdgMatch] = {}
    for tid, p in zip(names, model.suggest.probability(features).tolist(), strict=True):
        if p < least:
            continue
        goal = int(tid.split(".")[0])
        hits = _goal_hits(phrases, goal, tid)
        evidence = _evidence(hits, text) if hits else _best_sentence(text, model.profiles.terms[tid])
        match = SdgMatch(goal, tid, "inferred", round(p, 4), evidence)
        out.append(match)
        if goal not in best or match.score > best[goal].score:
            best[goal] = match
    for goal, match in best.items():
        goal_hits = _goal_hits(analysis.hits, goal, None)
        evidence = _evidence(goal_hits, text) if goal_hits else match.evidence
        out.append(SdgMatch(goal, None, "inferred", match.score, evidence))
    return out


def _ref_terms(position: int) -> set[str]:
    from wsislens.sdg.features import terms
    from wsislens.sdg.model import reference_documents
    from wsislens.sdg.text import tokens

    text = reference_documents()[0][position]
    return set(terms([t for t, _, _ in tokens(text)]))


def _fallback(text: str, target: str, model: Model) -> tuple[SdgEvidence, ...]:
    position = model.ref_target.index(target)
    return _best_sentence(text, _ref_terms(position))


def _fallback_goal(text: str, goal: int, ref_sim: np.ndarray, model: Model) -> tuple[SdgEvidence, ...]:
    masked = np.where(model.ref_goal == goal, ref_sim, -1.0)
    return _best_sentence(text, _ref_terms(int(np.argmax(masked))))


def passages(text: str) -> list[tuple[int, int]]:
    """(start, end) of the passages a text is read in: the whole text when it is short, else
    runs of whole sentences (paragraph breaks respected) of about PASSAGE_SIZE characters."""
    if len(text) <= LONG_TEXT:
        return [(0, len(text))]
    bounds = [0] + [m.end() for m in _PASSAGE_BREAK.finditer(text)] + [len(text)]
    out: list[tuple[int, int]] = []
    start = 0
    for prev, cut in zip(bounds, bounds[1:], strict=False):
        if cut - start >= PASSAGE_SIZE and prev > start:
            out.append((start, prev))
            start = prev
        if text[prev:cut].strip() == "" and prev > start:
            out.append((start, prev))
            start = cut
    if start < len(text) and text[start:].strip():
        out.append((start, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _shift(match: SdgMatch, offset: int, text: str) -> SdgMatch:
    if not offset:
        return match
    evidence = tuple(SdgEvidence(e.quote, e.start + offset, e.end + offset) for e in match.evidence)
    return SdgMatch(match.goal, match.target, match.basis, match.score, evidence)


def _references(
    explicit: list[SdgMatch],
) -> tuple[dict[tuple[int, str | None], SdgMatch], set[int], set[str]]:
    """(stated matches by (goal, target), the goals and the targets inference leaves alone) of a
    text's references: those denied (a goal unless it is also stated) and those stated."""
    stated: dict[tuple[int, str | None], SdgMatch] = {}
    negated_goals: set[int] = set()
    negated_targets: set[str] = set()
    for match in explicit:
        key = (match.goal, match.target)
        if match.basis == "negated":
            if match.target is None:
                negated_goals.add(match.goal)
            else:
                negated_targets.add(match.target)
            continue
        if key in stated:
            prior = stated[key]
            stated[key] = SdgMatch(prior.goal, prior.target, "stated", 1.0, prior.evidence + match.evidence)
        else:
            stated[key] = match
    blocked_goals = negated_goals - {g for g, _ in stated}
    return stated, blocked_goals, negated_targets | {t for _, t in stated if t}


def _read_passages(text: str, masked: list[tuple[int, int]]) -> list[tuple[int, str, Analysis]]:
    """(start, passage, its analysis) of each passage, with the `masked` spans left out."""
    out = []
    for p_start, p_end in passages(text):
        passage = text[p_start:p_end]
        local = [
            (max(a, p_start) - p_start, min(b, p_end) - p_start)
            for a, b in masked
            if a < p_end and b > p_start
        ]
        out.append((p_start, passage, analyse(passage, local)))
    return out


def map_text(
    text: str,
    *,
    infer: bool = True,
    min_score: float | None = None,
    ignore: Sequence[tuple[int, int]] = (),
    scanned: tuple[list[SdgMatch], list[tuple[int, int]]] | None = None,
    focus: bool = False,
) -> list[SdgMatch]:
    """Stated references and inferred goals/targets, one match per (goal, target), best first.

    Negated references are not returned; they stop inference of the goal or target they deny.
    `ignore` holds (start, end) spans that inference leaves out, such as the parts of a
    submission that its template wrote rather than the submitter. `scanned` is the text's `scan`
    when the caller has read its references already. With `focus`, the suggestions made for a
    submission: targets chosen by the suggestions' model (`wsislens.sdg.suggest`), each with its goal.
    """
    explicit, references = scanned if scanned is not None else scan(text or "")
    stated, blocked_goals, blocked_targets = _references(explicit)
    results: dict[tuple[int, str | None], SdgMatch] = dict(stated)
    if infer and text and text.strip():
        threshold = DEFAULT_MIN_SCORE if min_score is None else float(min_score)
        model = load_model()
        inferred: dict[tuple[int, str | None], SdgMatch] = {}
        for p_start, passage, read in _read_passages(text, references + list(ignore)):
            if focus:
                found = _suggested(passage, read, model, min_score, blocked_goals, blocked_targets)
            else:
                found = _inferred(passage, read, model, threshold, blocked_goals, blocked_targets)
            for match in found:
                key = (match.goal, match.target)
                if key in inferred and inferred[key].score >= match.score:
                    continue
                inferred[key] = _shift(match, p_start, text)
        for key, match in inferred.items():
            results.setdefault(key, match)
    elif min_score is not None:
        results = {k: m for k, m in results.items() if m.score >= min_score}
    return sorted(
        results.values(),
        key=lambda m: (
            -m.score,
            m.basis != "stated",
            m.goal,
            m.target is not None,
            target_sort_key(m.target) if m.target else (0, 0, ""),
        ),
    )


def suggestion_inputs(text: str, model: Model) -> tuple[set[str], list[tuple[list[str], np.ndarray]]]:
    """(the targets `text` states, each passage's candidate targets and their inputs), read as
    `map_text(text, focus=True)` reads them: for fitting the suggestions' model."""
    explicit, references = scan(text)
    stated, blocked_goals, blocked_targets = _references(explicit)
    passages_read = _read_passages(text, references)
    out = [candidates(read, model, blocked_goals, blocked_targets) for _, _, read in passages_read]
    return {t for _, t in stated if t}, out


def classify(
    text: str,
    *,
    infer: bool = True,
    scanned: tuple[list[SdgMatch], list[tuple[int, int]]] | None = None,
    focus: bool = False,
) -> dict:
    """{"goals", "targets", "scores", "evidence"} for one text (the CLI's line without its id);
    `scanned` and `focus` as for `map_text`."""
    return to_result(map_text(text, infer=infer, scanned=scanned, focus=focus))


def to_result(matches: list[SdgMatch]) -> dict:
    """The JSON form of a list of matches: goals and targets best first, evidence without repeats."""
    scores: dict[int, float] = {}
    for match in matches:
        scores[match.goal] = max(scores.get(match.goal, 0.0), match.score)
    goals = sorted(scores, key=lambda g: (-scores[g], g))
    targets: list[str] = []
    for match in matches:
        if match.target and match.target not in targets:
            targets.append(match.target)
    evidence = []
    seen: set[tuple[int, int, int]] = set()
    # target evidence first, so that a goal-level quote repeating a target's quote is dropped
    for match in sorted(matches, key=lambda m: m.target is None):
        for e in match.evidence:
            key = (match.goal, e.start, e.end)
            if key in seen:
                continue
            seen.add(key)
            evidence.append(
                {
                    "goal": match.goal,
                    "target": match.target,
                    "basis": match.basis,
                    "quote": e.quote,
                    "start": e.start,
                    "end": e.end,
                }
            )
    return {
        "goals": goals,
        "targets": targets,
        "scores": {str(g): round(scores[g], 3) for g in goals},
        "evidence": evidence,
    }
