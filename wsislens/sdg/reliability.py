"""How reliable the engine's suggestions are, as last measured by bench/sdg_benchmark.py.

The measured figures live in data/sdg-benchmark/measured.yaml, written by
`bench/sdg_benchmark.py --write` and committed with the engine they describe. A view shows
them beside machine suggestions made by that engine version, and says nothing for others.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from wsislens.paths import BUNDLED_DATA_DIR

MEASURED_PATH = BUNDLED_DATA_DIR / "sdg-benchmark" / "measured.yaml"


@lru_cache(maxsize=1)
def measured(path: Path = MEASURED_PATH) -> dict:
    """The figures of the last benchmark run: {} when there is none."""
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def reliability_note(method: str) -> str | None:
    """One sentence on how often suggestions of `method` were right, or None when that engine
    version was not measured."""
    figures = measured()
    if not figures or figures.get("method") != method:
        return None
    precision, recall = figures["target_precision"], figures["target_recall"]
    return (
        f"How reliable are machine suggestions? {method} judged {figures['goal_accuracy_heldout']:.0%} "
        f"of benchmark paragraphs it had never seen right at goal level. In test sentences and paragraphs, "
        f"{min(precision):.0%}–{max(precision):.0%} of the targets it names are right, and it finds "
        f"{min(recall):.0%}–{max(recall):.0%} of the targets an analyst names, so a target without a "
        "suggestion may still be served. Read the quote before relying on one."
    )
