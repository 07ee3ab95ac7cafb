"""Make the fixed, seeded train/held-aside split of dev.csv (run once; the result is split.csv).

Stratified by (sdg, label): inside each stratum the ids are sorted, shuffled with a fixed
seed, and the first 30% (rounded) go to "heldout", the rest to "train".
Run from the repository root: .venv/bin/python data/sdg-benchmark/make_split.py
"""

from __future__ import annotations

import csv
import random
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20261128
HELDOUT_FRACTION = 0.30


def main() -> None:
    with open(HERE / "dev.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    strata: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in rows:
        strata[(row["sdg"], row["label"])].append(row["id"])
    rng = random.Random(SEED)
    split: dict[str, str] = {}
    for key in sorted(strata, key=lambda k: (int(k[0]), k[1])):
        ids = sorted(strata[key])
        rng.shuffle(ids)
        n_held = round(len(ids) * HELDOUT_FRACTION)
        for i, row_id in enumerate(ids):
            split[row_id] = "heldout" if i < n_held else "train"
    with open(HERE / "split.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["id", "split"])
        for row in rows:
            writer.writerow([row["id"], split[row["id"]]])


if __name__ == "__main__":
    main()
