"""Precision and recall of a draft dataset against a curated one, per fact kind.

Matching rules (each curated fact matches at most one draft fact, and the other way round):

- action_lines, sdg_targets, sdg_goals: same code / target / goal and the same basis group
  (stated, negated or inferred; a stated draft fact never matches a curated inferred one). The
  ".explicit" rows count stated and negated facts only. C7 sub-lines are not compared.
- organisations: the normalised name or any alias of one equals the normalised name or an alias
  of the other (case, "the", markup and apostrophe style ignored).
- initiatives (used to map relation ends): names/aliases as for organisations, or overlapping
  evidence.
- events: the date ranges overlap (compared at the coarser precision of the two) and either the
  kinds are equal or the evidence spans overlap; an exact date+kind match is preferred.
- relations: same type, and both ends map to the same curated nodes (organisations, initiatives
  and events mapped by the rules above).
- figures: the same value (to 1e-6 relative) and either overlapping evidence or a shared word
  in the unit.

precision = matched / draft facts, recall = matched / curated facts (1.0 when both are empty).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

KINDS = (
    "action_lines",
    "action_lines.explicit",
    "sdg_targets",
    "sdg_targets.explicit",
    "sdg_goals",
    "organisations",
    "relations",
    "events",
    "figures",
)


@dataclass
class KindScore:
    kind: str
    draft: int
    curated: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.draft if self.draft else (1.0 if not self.curated else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.curated if self.curated else 1.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "draft": self.draft,
            "curated": self.curated,
            "matched": self.matched,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
        }


def _norm(value: str) -> str:
    value = value.replace("’", "'").replace("‘", "'")
    value = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", value)
    value = re.sub(r"[*_\"“”()\[\]]", "", value)
    value = re.sub(r"\s+", " ", value).strip().lower()
    return re.sub(r"^the ", "", value)


def _names(item: dict) -> set[str]:
    return {_norm(n) for n in [item.get("name", ""), *item.get("aliases", [])] if n}


def _spans(item: dict) -> list[tuple[int, int]]:
    return [(e["start"], e["end"]) for e in item.get("evidence", [])]


def _overlap(a: dict, b: dict) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in _spans(a) for s2, e2 in _spans(b))


def _basis_group(item: dict) -> str:
    return item.get("basis", "stated")


def _greedy(draft: list, curated: list, score) -> list[tuple[int, int]]:
    """One-to-one matching, best pairs first; `score` returns a number > 0 for a match."""
    pairs = []
    for i, d in enumerate(draft):
        for j, c in enumerate(curated):
            value = score(d, c)
            if value > 0:
                pairs.append((value, i, j))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    used_d, used_c, result = set(), set(), []
    for _, i, j in pairs:
        if i in used_d or j in used_c:
            continue
        used_d.add(i)
        used_c.add(j)
        result.append((i, j))
    return result


def _date_range(item: dict) -> tuple[str, str]:
    return item["date"], item.get("end_date") or item["date"]


def _dates_overlap(a: dict, b: dict) -> bool:
    a0, a1 = _date_range(a)
    b0, b1 = _date_range(b)
    n = min(len(a0), len(b0), len(a1), len(b1))
    return a0[:n] <= b1[:n] and b0[:n] <= a1[:n]


def _event_score(d: dict, c: dict) -> float:
    if not _dates_overlap(d, c):
        return 0
    exact = d["date"] == c["date"] and d.get("end_date") == c.get("end_date")
    if d["kind"] == c["kind"]:
        return 3 if exact else 2
    if _overlap(d, c):
        return 1.5 if exact else 1
    return 0


def _figure_score(d: dict, c: dict) -> float:
    dv, cv = float(d["value"]), float(c["value"])
    if abs(dv - cv) > 1e-6 * max(1.0, abs(cv)):
        return 0
    if _overlap(d, c):
        return 2
    words = set(re.findall(r"\w+", d["unit"].lower())) & set(re.findall(r"\w+", c["unit"].lower()))
    return 1 if words else 0


def _node_map(draft: dict, curated: dict) -> dict[str, str]:
    mapping = {}
    for kind, score in (
        ("organisations", lambda d, c: 2 if _names(d) & _names(c) else 0),
        ("initiatives", lambda d, c: 2 if _names(d) & _names(c) else (1 if _overlap(d, c) else 0)),
        ("events", _event_score),
    ):
        d_items, c_items = draft.get(kind, []), curated.get(kind, [])
        for i, j in _greedy(d_items, c_items, score):
            mapping[d_items[i]["id"]] = c_items[j]["id"]
    return mapping


def score(draft: dict, curated: dict) -> list[KindScore]:
    results = []

    def simple(kind: str, key, label: str | None = None, explicit: bool = False) -> None:
        d_items = [i for i in draft.get(kind, []) if not explicit or i.get("basis") != "inferred"]
        c_items = [i for i in curated.get(kind, []) if not explicit or i.get("basis") != "inferred"]
        d_keys = {(key(i), _basis_group(i)) for i in d_items}
        c_keys = {(key(i), _basis_group(i)) for i in c_items}
        results.append(KindScore(label or kind, len(d_keys), len(c_keys), len(d_keys & c_keys)))

    simple("action_lines", lambda i: i["code"])
    simple("action_lines", lambda i: i["code"], "action_lines.explicit", explicit=True)
    simple("sdg_targets", lambda i: i["target"])
    simple("sdg_targets", lambda i: i["target"], "sdg_targets.explicit", explicit=True)
    simple("sdg_goals", lambda i: i["goal"])

    d_orgs, c_orgs = draft.get("organisations", []), curated.get("organisations", [])
    matched = _greedy(d_orgs, c_orgs, lambda d, c: 2 if _names(d) & _names(c) else 0)
    results.append(KindScore("organisations", len(d_orgs), len(c_orgs), len(matched)))

    mapping = _node_map(draft, curated)
    d_rel = {
        (mapping.get(r["source"], "?" + r["source"]), mapping.get(r["target"], "?" + r["target"]), r["type"])
        for r in draft.get("relations", [])
    }
    c_rel = {(r["source"], r["target"], r["type"]) for r in curated.get("relations", [])}
    results.append(KindScore("relations", len(d_rel), len(c_rel), len(d_rel & c_rel)))

    d_ev, c_ev = draft.get("events", []), curated.get("events", [])
    results.append(KindScore("events", len(d_ev), len(c_ev), len(_greedy(d_ev, c_ev, _event_score))))
    d_fig, c_fig = draft.get("figures", []), curated.get("figures", [])
    results.append(KindScore("figures", len(d_fig), len(c_fig), len(_greedy(d_fig, c_fig, _figure_score))))
    return results


def format_table(results: list[KindScore]) -> str:
    lines = [f"{'kind':<24}{'draft':>7}{'curated':>9}{'matched':>9}{'precision':>11}{'recall':>8}"]
    for r in results:
        lines.append(
            f"{r.kind:<24}{r.draft:>7}{r.curated:>9}{r.matched:>9}{r.precision:>11.2f}{r.recall:>8.2f}"
        )
    return "\n".join(lines)


# ------------------------------------------------------------------ reduced expected files


def _collapse(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip()


def _quote_span(text: str, quote: str) -> tuple[int, int] | None:
    """Span of a quote in a text, comparing after collapsing whitespace."""
    pattern = r"\s+".join(re.escape(part) for part in _collapse(quote).split(" "))
    match = re.search(pattern, text)
    return match.span() if match else None


def score_expected(draft: dict, expected: dict, text: str) -> list[KindScore]:
    """Score a draft against a reduced expected file (tests/fixtures/documents/*.expected.yaml):
    the same rules as `score`, with relation ends and evidence given by names and quotes."""
    curated: dict[str, Any] = {
        "action_lines": [
            {"code": a["code"], "basis": a.get("basis", "stated")} for a in expected.get("action_lines", [])
        ],
        "sdg_targets": [{"target": str(t), "basis": "stated"} for t in expected.get("sdg_targets", [])],
        "sdg_goals": [{"goal": int(g), "basis": "stated"} for g in expected.get("sdg_goals", [])],
        "organisations": [dict(o, id=f"o{i}") for i, o in enumerate(expected.get("organisations", []))],
    }
    events, figures = [], []
    for i, event in enumerate(expected.get("events", [])):
        span = _quote_span(text, event.get("quote", "")) if event.get("quote") else None
        item = {
            "id": f"e{i}",
            "date": str(event["date"]),
            "kind": event["kind"],
            "name": event.get("title", ""),
            "evidence": [{"start": span[0], "end": span[1]}] if span else [],
        }
        if event.get("end_date"):
            item["end_date"] = str(event["end_date"])
        events.append(item)
    for figure in expected.get("figures", []):
        span = _quote_span(text, figure.get("quote", "")) if figure.get("quote") else None
        figures.append(
            {
                "value": figure["value"],
                "unit": figure.get("unit", ""),
                "evidence": [{"start": span[0], "end": span[1]}] if span else [],
            }
        )
    curated["events"], curated["figures"] = events, figures
    # explicit only: the expected files list no inferred facts
    reduced_draft = dict(draft)
    for kind in ("action_lines", "sdg_targets", "sdg_goals"):
        reduced_draft[kind] = [i for i in draft.get(kind, []) if i.get("basis") != "inferred"]
    results = [
        r
        for r in score(reduced_draft, curated)
        if r.kind not in ("relations", "action_lines.explicit", "sdg_targets.explicit")
    ]
    # relations by names: a draft end matches an expected name equal to its name or an alias
    names: dict[str, set[str]] = {}
    for kind in ("organisations", "initiatives"):
        for node in draft.get(kind, []):
            names[node["id"]] = _names(node)
    for event in draft.get("events", []):
        names[event["id"]] = {_norm(event["title"])}
    event_map = {
        d_items["id"]: curated["events"][j]
        for d_items, j in (
            (draft["events"][i], j) for i, j in _greedy(draft.get("events", []), events, _event_score)
        )
    }

    def end_matches(node_id: str, name: str) -> bool:
        wanted = _norm(name)
        if node_id in event_map:
            expected_event = event_map[node_id]
            return (
                _norm(expected_event.get("name", "")) == wanted
                or any(
                    _norm(e.get("title", "")) == wanted and str(e["date"]) == expected_event["date"]
                    for e in expected.get("events", [])
                )
                or wanted in _norm(expected_event.get("name", ""))
            )
        candidates = names.get(node_id, set())
        return wanted in candidates or any(wanted in c or c in wanted for c in candidates if len(c) > 6)

    expected_relations = expected.get("relations", [])
    draft_relations = draft.get("relations", [])
    pairs = _greedy(
        draft_relations,
        expected_relations,
        lambda d, c: (
            1
            if d["type"] == c["type"]
            and end_matches(d["source"], c["source"])
            and end_matches(d["target"], c["target"])
            else 0
        ),
    )
    results.insert(4, KindScore("relations", len(draft_relations), len(expected_relations), len(pairs)))
    return results


def stated_sdgs(draft: dict) -> tuple[set[str], set[str], set[str]]:
    """(goals, targets, denied) of a draft dataset, as the SDG test sets record them: the goals it
    states, with the goal of every target it states ("16"), the targets it states ("16.2"), and the
    goals and targets it denies, names in passing or gives to others (a denied one it also states
    elsewhere is stated)."""
    targets = {t["target"] for t in draft.get("sdg_targets", []) if t["basis"] == "stated"}
    goals = {str(g["goal"]) for g in draft.get("sdg_goals", []) if g["basis"] == "stated"}
    goals |= {target.split(".")[0] for target in targets}
    denied = {t["target"] for t in draft.get("sdg_targets", []) if t["basis"] == "negated"}
    denied |= {str(g["goal"]) for g in draft.get("sdg_goals", []) if g["basis"] == "negated"}
    return goals, targets, denied - goals - targets
