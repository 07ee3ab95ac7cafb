"""A synthetic corpus for the benchmarks: `make_corpus(folder, n)` writes a data directory
(`submissions/*.yaml` + `sources/*.txt`) of `n` valid submissions derived from the ECPAT one.

Deterministic (seeded): the same `n` and seed give the same files. Each submission keeps the
ECPAT source text (its own copy, so its sha256 matches) and every quote with its offsets,
and varies what the views group by:
- id, entity name, short name and stakeholder type (and the submitter's organisation: its id,
  name and alias);
- session number, year and dates, reporting period and the years of the submitter's own events
  (milestones, such as deadlines, adoptions and publications, keep their dates);
- which key points, action lines, SDG targets, relations, events and figures are kept;
- the action-line codes (a per-submission permutation of C1-C11) and some SDG targets;
- the submission's themes and each fact's themes (all from data/reference/themes.yaml).

    .venv/bin/python bench/corpus.py OUT_DIR [N]   # then: python -m wsislens validate OUT_DIR
"""

from __future__ import annotations

import copy
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from wsislens.figures.timeline import MILESTONE_KINDS  # noqa: E402
from wsislens.model import FACT_KINDS  # noqa: E402
from wsislens.reference import SafeLoader, sdg_targets, themes, vocabulary_ids  # noqa: E402

TEMPLATE = ROOT / "data" / "submissions" / "ecpat-international-2021.yaml"
SEED = 20261128
BASE_SESSION_YEAR = 2022  # the template's session (CSTD 25, 2022)

NAME_PARTS = (
    ("Digital", "Open", "Global", "Regional", "National", "Connected", "Inclusive", "Safe", "Rural", "Civic"),
    (
        "Access",
        "Knowledge",
        "Rights",
        "Skills",
        "Futures",
        "Networks",
        "Commons",
        "Bridges",
        "Voices",
        "Data",
    ),
    (
        "Foundation",
        "Alliance",
        "Institute",
        "Agency",
        "Council",
        "Network",
        "Initiative",
        "Forum",
        "Centre",
        "Ministry",
    ),
)
# Fact lists thinned at random, and the share of items each submission keeps at least.
THINNED = ("key_points", "action_lines", "sdg_targets", "figures", "events", "relations")
MIN_KEEP = 0.3

try:
    Dumper = yaml.CSafeDumper
except AttributeError:  # PyYAML without libyaml
    Dumper = yaml.SafeDumper


def _shift_date(value: str | None, delta: int) -> str | None:
    if value is None:
        return None
    year = int(value[:4]) + delta
    shifted = f"{year:04d}{value[4:]}"
    return shifted[:-2] + "28" if shifted.endswith("-02-29") else shifted


def _name(rng: random.Random, index: int) -> tuple[str, str]:
    words = [rng.choice(part) for part in NAME_PARTS]
    name = " ".join(words) + f" {index + 1:03d}"
    short = "".join(w[0] for w in words) + f"{index + 1:03d}"
    return name, short


def _themes(rng: random.Random, own: list[str], pool: list[str]) -> list[str]:
    """Keep some of a fact's themes and add one or two others."""
    kept = [t for t in own if rng.random() < 0.6]
    for extra in rng.sample(pool, rng.randint(0, 2)):
        if extra not in kept:
            kept.append(extra)
    return kept


def _thin(rng: random.Random, items: list[dict]) -> list[dict]:
    if not items:
        return items
    share = rng.uniform(MIN_KEEP, 1.0)
    kept = [item for item in items if rng.random() < share]
    return kept or [items[0]]


def make_submission(
    template: dict,
    index: int,
    rng: random.Random,
    theme_pool: list[str],
    entity_types: tuple[str, ...],
    targets: list[str],
) -> dict:
    """One varied copy of the template (a parsed submission file)."""
    sub = copy.deepcopy(template)
    name, short = _name(rng, index)
    session_number = rng.randint(20, 28)
    session_year = BASE_SESSION_YEAR + session_number - 25
    delta = session_year - BASE_SESSION_YEAR
    reporting_year = session_year - 1
    sub_id = f"{short.lower()}-{reporting_year}"

    sub["id"] = sub_id
    sub["status"] = "reviewed"
    sub["entity"].update(name=name, short_name=short, type=rng.choice(entity_types))
    session = sub["session"]
    session.update(
        number=session_number,
        year=session_year,
        start=_shift_date(session["start"], delta),
        end=_shift_date(session["end"], delta),
    )
    sub["reporting_period"].update(start=str(reporting_year), end=str(reporting_year))
    sub["source"].update(
        path=f"sources/{sub_id}.txt",
        title=f"Submission by {name} on its efforts in "
        f"{reporting_year} to implement the outcomes of the WSIS",
        original_name=None,
    )

    own = [t for t in sub["themes"] if rng.random() < 0.5]
    sub["themes"] = own + [t for t in rng.sample(theme_pool, rng.randint(1, 5)) if t not in own]

    for kind in THINNED:
        sub[kind] = _thin(rng, sub[kind])

    codes = [f"C{n}" for n in range(1, 12)]
    remap = dict(zip(codes, rng.sample(codes, len(codes)), strict=True))
    for line in sub["action_lines"]:
        line["code"] = remap[line["code"]]
        if line["code"] != "C7":
            line["sub_line"] = None
    used = {t["target"] for t in sub["sdg_targets"]}
    for fact in sub["sdg_targets"]:
        if rng.random() < 0.5:
            choice = rng.choice(targets)
            if choice not in used:
                used.discard(fact["target"])
                fact["target"] = choice
                used.add(choice)

    for event in sub["events"]:
        # a milestone (a deadline, an adoption, a publication) happened once, for everyone;
        # the submitter's own programmes, meetings and campaigns move with its session
        if event["kind"] not in MILESTONE_KINDS:
            event["date"] = _shift_date(event["date"], delta)
            event["end_date"] = _shift_date(event.get("end_date"), delta)
    # A relation needs both its ends; organisations and initiatives are all kept.
    nodes = {item["id"] for kind in ("organisations", "initiatives", "events") for item in sub[kind]}
    sub["relations"] = [r for r in sub["relations"] if r["source"] in nodes and r["target"] in nodes]
    for org in sub["organisations"]:
        if org["role"] == "submitter":
            # its own id too: the network merges organisations of the same id across submissions
            old_id, new_id = org["id"], short.lower()
            org.update(id=new_id, name=name, aliases=[short])
            for relation in sub["relations"]:
                for end in ("source", "target"):
                    if relation[end] == old_id:
                        relation[end] = new_id

    for kind in FACT_KINDS:
        for item in sub[kind]:
            item["themes"] = _themes(rng, item["themes"], theme_pool)
    return sub


def make_corpus(folder: Path | str, n: int, seed: int = SEED) -> Path:
    """Write `n` valid submissions into `folder` (a data directory); returns the folder."""
    folder = Path(folder)
    (folder / "submissions").mkdir(parents=True, exist_ok=True)
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    template = yaml.load(TEMPLATE.read_text(encoding="utf-8"), Loader=SafeLoader)  # noqa: S506 - a safe loader
    source_bytes = (ROOT / "data" / template["source"]["path"]).read_bytes()
    rng = random.Random(seed)
    theme_pool = [t.id for t in themes()]
    entity_types = vocabulary_ids("entity_types")
    targets = list(sdg_targets())
    for index in range(n):
        sub = make_submission(template, index, rng, theme_pool, entity_types, targets)
        (folder / sub["source"]["path"]).write_bytes(source_bytes)
        text = yaml.dump(sub, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=110)
        (folder / "submissions" / f"{sub['id']}.yaml").write_text(text, encoding="utf-8")
    return folder


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: bench/corpus.py OUT_DIR [N]")
    out = make_corpus(sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else 300)
    print(f"{len(list((out / 'submissions').glob('*.yaml')))} submissions in {out}")
