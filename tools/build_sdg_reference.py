"""Convert open-sdg/sdg-translations YAML files into WSIS Lens's SDG reference files.

Reads goals.<lang>.yml, targets.<lang>.yml and indicators.<lang>.yml for the six UN
languages from a folder of the sdg-translations project and writes
data/reference/sdg_goals.yaml, sdg_targets.yaml and sdg_indicators.yaml, keeping every
identifier a string and the attribution in each file's header.

Usage: python tools/build_sdg_reference.py ../shared/reference/sdg
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import yaml

LANGUAGES = ("en", "fr", "es", "ar", "ru", "zh-Hans")
REFERENCE_DIR = Path(__file__).resolve().parent.parent / "data" / "reference"

# Official SDG colours from the UN Sustainable Development Goals communications guidelines.
GOAL_COLOURS = {
    1: "#E5243B",
    2: "#DDA63A",
    3: "#4C9F38",
    4: "#C5192D",
    5: "#FF3A21",
    6: "#26BDE2",
    7: "#FCC30B",
    8: "#A21942",
    9: "#FD6925",
    10: "#DD1367",
    11: "#FD9D24",
    12: "#BF8B2E",
    13: "#3F7E44",
    14: "#0A97D9",
    15: "#56C02B",
    16: "#00689D",
    17: "#19486A",
}

HEADER = """\
# {what}
# Source: open-sdg/sdg-translations, commit {commit}
#   (official UN text of the 2030 Agenda targets and the global indicator framework).
# Licence: MIT, Copyright (c) 2019 Open SDG; the full licence is in data/reference/LICENSE.open-sdg.
# Converted by tools/build_sdg_reference.py: each text in Unicode's composed form (NFC), its runs
#   of spaces closed up; the words are unchanged. IDs are strings: "17.10" is not 17.1.
"""


def _clean(text: str) -> str:
    """A text in composed form ("é" one character, not "e" and an accent: the French, Spanish and
    Russian files mix both), with its runs of spaces closed up and none at its ends."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def _load(folder: Path, kind: str) -> dict[str, dict[str, str]]:
    return {
        lang: {
            key: _clean(value) if isinstance(value, str) else value
            for key, value in yaml.safe_load(
                (folder / f"{kind}.{lang}.yml").read_text(encoding="utf-8")
            ).items()
        }
        for lang in LANGUAGES
    }


def _sort_key(code: str) -> tuple:
    # "17.a" sorts after "17.19"; numbers compare as numbers.
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in code.split("."))


def build(folder: Path) -> dict[str, list[dict]]:
    goals_src, targets_src, indicators_src = (_load(folder, k) for k in ("goals", "targets", "indicators"))
    goals = [
        {
            "goal": n,
            "colour": GOAL_COLOURS[n],
            "short": {lang: goals_src[lang][f"{n}-short"] for lang in LANGUAGES},
            "title": {lang: goals_src[lang][f"{n}-title"] for lang in LANGUAGES},
        }
        for n in range(1, 18)
    ]
    targets = []
    for key in targets_src["en"]:
        match = re.fullmatch(r"(\d+)-([0-9a-z]+)-title", key)
        code = f"{match[1]}.{match[2]}"
        targets.append(
            {
                "target": code,
                "goal": int(match[1]),
                "text": {lang: targets_src[lang][key] for lang in LANGUAGES},
            }
        )
    indicators = []
    for key in indicators_src["en"]:
        match = re.fullmatch(r"(\d+)-([0-9a-z]+)-([0-9a-z]+)-title", key)
        indicators.append(
            {
                "indicator": f"{match[1]}.{match[2]}.{match[3]}",
                "target": f"{match[1]}.{match[2]}",
                "text": {lang: indicators_src[lang].get(key, "") for lang in LANGUAGES},
            }
        )
    targets.sort(key=lambda t: _sort_key(t["target"]))
    indicators.sort(key=lambda i: _sort_key(i["indicator"]))
    return {"goals": goals, "targets": targets, "indicators": indicators}


def main(folder: str) -> None:
    source = Path(folder)
    commit = (source / "SOURCE_COMMIT").read_text(encoding="utf-8").split()[0]
    tables = build(source)
    for name, what in (
        ("goals", "The 17 SDGs"),
        ("targets", "The 169 SDG targets"),
        ("indicators", "SDG indicators"),
    ):
        text = HEADER.format(what=what, commit=commit) + yaml.safe_dump(
            {name: tables[name]}, allow_unicode=True, sort_keys=False, width=1000
        )
        (REFERENCE_DIR / f"sdg_{name}.yaml").write_text(text, encoding="utf-8")
    (REFERENCE_DIR / "LICENSE.open-sdg").write_bytes((source / "LICENSE.open-sdg").read_bytes())


if __name__ == "__main__":
    main(sys.argv[1])
