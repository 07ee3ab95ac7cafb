"""The official SDG reference (goals, targets, indicators) read from data/reference, cached."""

from __future__ import annotations

from functools import lru_cache

from wsislens.paths import REFERENCE_DIR
from wsislens.reference import load_yaml


def _load(name: str) -> dict:
    return load_yaml(REFERENCE_DIR / name)


@lru_cache(maxsize=1)
def load_goals() -> dict[int, dict]:
    """goal number -> {"short": English short name, "title": English title}."""
    return {
        int(g["goal"]): {"short": g["short"]["en"], "title": g["title"]["en"]}
        for g in _load("sdg_goals.yaml")["goals"]
    }


@lru_cache(maxsize=1)
def load_targets() -> dict[str, dict]:
    """target id ("16.2", "9.c") -> {"goal": int, "text": English text}, in reference order."""
    return {
        str(t["target"]): {"goal": int(t["goal"]), "text": t["text"]["en"]}
        for t in _load("sdg_targets.yaml")["targets"]
    }


@lru_cache(maxsize=1)
def load_indicators() -> dict[str, dict]:
    """indicator id ("16.10.2") -> {"target": "16.10", "text": English text}."""
    return {
        str(i["indicator"]): {"target": str(i["target"]), "text": i["text"]["en"]}
        for i in _load("sdg_indicators.yaml")["indicators"]
    }


@lru_cache(maxsize=1)
def targets_by_goal() -> dict[int, tuple[str, ...]]:
    """goal number -> its target ids, in reference order."""
    out: dict[int, list[str]] = {}
    for tid, info in load_targets().items():
        out.setdefault(info["goal"], []).append(tid)
    return {goal: tuple(targets) for goal, targets in out.items()}


@lru_cache(maxsize=1)
def target_ids() -> frozenset[str]:
    return frozenset(load_targets())


def target_sort_key(target: str) -> tuple[int, int, str]:
    """Order "9.2" < "9.10" < "9.a"."""
    goal, _, rest = target.partition(".")
    return (int(goal), int(rest) if rest.isdigit() else 1000, rest)
