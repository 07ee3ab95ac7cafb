"""The partner network: organisations and the initiatives and events that link them, as a
networkx graph and as a plotly figure.

Nodes are the ends of the shown relations, plus (when no relation type is chosen) the shown
organisations that have no relation at all. The same organisation in several submissions is
one node (matched by id or by normalised name), and so is the same initiative (matched by
normalised name) and the same event (by normalised title and date); initiative and event ids
are only unique within a submission, so their node ids carry it (`submission/id`, the smallest
of a merged node's) when the tables hold several submissions. Organisations the submission
template alone names (role `boilerplate`) are left out unless asked for. Colour tells the kind
of organisation, shape tells organisations (circles), initiatives (diamonds) and events
(squares) apart, size grows with the number of distinct neighbours (degree centrality), and
line style tells the relation type. The layout is a seeded spring layout over sorted nodes and
edges, with markers that would overlap pushed apart, rounded, so the same data always draws
the same picture. Names are planned for the tightest plot the chart is drawn in
(SCREEN_CANVAS; PRESENTATION_CANVAS in presentation mode): none covers another name or a
marker, except that hubs are always named; a name that fits nowhere is left to the hover text
and the table, and the chart's summary says how many.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections import Counter
from collections.abc import Collection
from typing import NamedTuple

import networkx as nx
import numpy as np
import pandas as pd
import plotly.graph_objects as go

from wsislens.figures.chart import Chart, Quote, empty_chart, guide_for, source_line
from wsislens.figures.style import BASE_FONT_SIZE, TEXT_COLOUR, apply_layout, plotly_text
from wsislens.reference import vocabulary, vocabulary_ids, vocabulary_label
from wsislens.words import agreeing, counted, joined, listed

TITLE = "Partner network"
BOILERPLATE_TOGGLE = "Template names"  # the page's switch for organisations only the template names
NAMES_TRACE = "Node names"
LAYOUT_SEED = 20211
MIN_SIZE, MAX_SIZE = 18, 58  # marker diameters in px, readable on a 1280x720 projector
LABEL_LIMIT = 30  # a longer name is replaced by an alias or shortened
EDGE_COLOUR = "#4D4D4D"
ARROW_PX = 20  # the direction arrow at the middle of a relation's line
FIGURE_HEIGHT_PX = 720
X_RANGE, Y_RANGE = (-1.22, 1.22), (-1.3, 1.12)
# The plot sizes (width, height in px) markers and names are planned for, the tightest the chart
# is drawn at: on screen, beside the kinds of node on a 1280-pixel-wide window with the sidebar
# open; in presentation mode, where charts are at most 520 px tall (components/chart.py), at
# 1280x720. The exported slide image (1000 px wide) and wider windows only add room.
SCREEN_CANVAS = (575, 550)
PRESENTATION_CANVAS = (835, 355)
LABEL_FONT_SIZE = BASE_FONT_SIZE - 3
CHAR_WIDTH_PX, LINE_HEIGHT_PX = 0.56 * LABEL_FONT_SIZE, 1.25 * LABEL_FONT_SIZE
NODE_GAP_PX = 6  # the least space between two markers
HUB_DEGREE = 4  # a node linked to this many others always has its name written
# A white halo round every name, dense enough to read a name written across its own (dark) marker.
NAME_HALO = "0 0 2px #FFFFFF, 0 0 2px #FFFFFF, 0 0 3px #FFFFFF, 0 0 4px #FFFFFF"
LABEL_PAD_PX = 4  # around a label's box: plotly sets text a little off its marker

ORGANISATION, INITIATIVE, EVENT = "organisation", "initiative", "event"
NODE_TYPE_LABELS = {ORGANISATION: "Organisation", INITIATIVE: "Initiative or document", EVENT: "Event"}
# How to read the marks: the shapes of the kinds of node drawn, then size and lines.
SHAPE_READING = {
    ORGANISATION: "Colour: kind of organisation.",
    INITIATIVE: "Diamonds: initiatives and documents.",
    EVENT: "Squares: events.",
}
SIZE_READING = "Size: number of linked nodes."
LINE_READING = "Line style: relation type; arrows point from source to target."

# Okabe-Ito colours by organisation kind; initiatives and events differ by shape as well.
KIND_COLOUR = {
    "civil_society": "#E69F00",
    "un_entity": "#56B4E9",
    "network": "#009E73",
    "international_organization": "#CC79A7",
    "government": "#D55E00",
    "private_sector": "#0072B2",
    "academia": "#F0E442",
    "other": "#999999",
}
INITIATIVE_STYLE = {"symbol": "diamond", "color": "#FFFFFF", "line": "#1A1A1A"}
EVENT_STYLE = {"symbol": "square", "color": "#D9D9D9", "line": "#1A1A1A"}

RELATION_DASH = {
    "partner": "solid",
    "member_of": "dot",
    "co_organised": "dash",
    "hosted_by": "longdash",
    "funded_by": "dashdot",
    "contributed_to": "longdashdot",
    "led": "14px,4px,3px,4px,3px,4px",
}
# How a relation reads in a sentence: "<source> <verb> <target>".
RELATION_VERB = {
    "partner": "is a partner of",
    "member_of": "is a member of",
    "co_organised": "co-organised",
    "hosted_by": "was hosted by",
    "funded_by": "is funded by",
    "contributed_to": "contributed to",
    "led": "led",
}
ROLE_RANK = {"submitter": 0, "partner": 1, "mentioned": 2, "boilerplate": 3}
_STOP_WORDS = {"a", "an", "and", "at", "for", "in", "of", "on", "the", "to", "with", "against"}


def relation_label(relation_type: str) -> str:
    """ "partner of", "co-organised"... (the vocabulary's label)."""
    return vocabulary_label("relation_types", relation_type)


def normalised_name(name: str) -> str:
    """ "The  United Nations Children’s Fund" -> "united nations childrens fund" """
    words = re.sub(r"[^\w\s]", "", name.replace("’", "'").casefold()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def short_label(name: str, aliases: tuple[str, ...] = (), limit: int = LABEL_LIMIT) -> str:
    """A label at most `limit` characters long: the name, else its first short alias, else the
    name cut at a word boundary with an ellipsis."""
    if len(name) <= limit:
        return name
    for alias in aliases:
        if len(alias) <= limit:
            return alias
    words = name.split()
    kept: list[str] = []
    for word in words:
        if len(" ".join([*kept, word])) > limit - 1:
            break
        kept.append(word)
    while len(kept) > 1 and kept[-1].casefold().strip(",;:") in _STOP_WORDS:
        kept.pop()
    return " ".join(kept).rstrip(",;:") + "…"


def _wrapped(label: str) -> str:
    """The label on one line, or on two lines of about equal length (plotly's <br>)."""
    spaces = [i for i, c in enumerate(label) if c == " "]
    if len(label) <= 16 or not spaces:
        return plotly_text(label)
    cut = min(spaces, key=lambda i: abs(i - len(label) / 2))
    return plotly_text(label[:cut]) + "<br>" + plotly_text(label[cut + 1 :])


# --- the graph -----------------------------------------------------------------------------------


def _merged_groups(keys: list[tuple[str, str]], matches) -> list[list[tuple[str, str]]]:
    """The sorted (submission_id, id) `keys` in groups: two keys that share a value of
    `matches(key)` are in the same group, and so, in turn, is any key that shares one with either."""
    parent = {key: key for key in keys}

    def root(key):
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    first_by: dict = {}
    for key in keys:
        for match in matches(key):
            if match in first_by:
                parent[root(key)] = root(first_by[match])
            else:
                first_by[match] = key
    groups: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for key in keys:
        groups.setdefault(root(key), []).append(key)
    return list(groups.values())


def _merged_attributes(rows: list[dict], name: str = "name") -> dict:
    """What merged rows share: the first row's name (column `name`), the others' names and all
    aliases, the commonest kind, every submission and every quote once."""
    names = (n for r in rows for n in (r[name], *r.get("aliases", ())))
    kinds = Counter(r["kind"] for r in rows)
    return {
        "name": rows[0][name],
        "aliases": tuple(dict.fromkeys(n for n in names if n != rows[0][name])),
        "kind": max(sorted(kinds), key=kinds.__getitem__),
        "submissions": tuple(sorted({r["submission_id"] for r in rows})),
        "evidence": _evidence(*(r["evidence"] for r in rows)),
    }


def _evidence(*groups) -> tuple[dict, ...]:
    """The evidence of several rows or relations, each quote once, in order."""
    found: dict[str, dict] = {}
    for group in groups:
        for item in group:
            found.setdefault(item["quote"], item)
    return tuple(found.values())


def _organisation_nodes(organisations: pd.DataFrame) -> tuple[dict[tuple[str, str], str], dict[str, dict]]:
    """Merge organisations across submissions by id or normalised name.

    Returns:
        (submission_id, organisation id) -> node id, and node id -> node attributes.
    """
    keys = sorted(set(zip(organisations["submission_id"], organisations["id"], strict=True)))
    rows = {(r["submission_id"], r["id"]): r for r in organisations.to_dict("records")}
    groups = _merged_groups(keys, lambda key: (("id", key[1]), ("name", normalised_name(rows[key]["name"]))))

    node_of: dict[tuple[str, str], str] = {}
    nodes: dict[str, dict] = {}
    for members in groups:
        node_id = min(member[1] for member in members)
        nodes[node_id] = {
            "node_type": ORGANISATION,
            **_merged_attributes([rows[m] for m in members]),
            "role": min((rows[m]["role"] for m in members), key=lambda r: ROLE_RANK.get(r, 9)),
        }
        node_of.update({member: node_id for member in members})
    return node_of, nodes


def distinct_organisations(organisations: pd.DataFrame) -> int:
    """How many organisations the rows name, one across submissions (as the network merges them)."""
    node_of, _ = _organisation_nodes(organisations)
    return len(set(node_of.values()))


def _other_nodes(
    frame: pd.DataFrame, node_type: str, several: bool
) -> tuple[dict[tuple[str, str], str], dict[str, dict]]:
    """Merge initiatives (by normalised name) or events (by normalised title and date: the same
    name on another date is another event) across submissions. Node ids are `submission/id`
    when the tables hold `several` submissions, the smallest of a merged node's.

    Returns:
        (submission_id, id) -> node id, and node id -> node attributes.
    """
    is_event = node_type == EVENT
    name = "title" if is_event else "name"
    keys = sorted(set(zip(frame["submission_id"], frame["id"], strict=True)))
    rows = {(r["submission_id"], r["id"]): r for r in frame.to_dict("records")}
    groups = _merged_groups(
        keys, lambda key: ((normalised_name(rows[key][name]), rows[key]["date"] if is_event else None),)
    )

    node_of: dict[tuple[str, str], str] = {}
    nodes: dict[str, dict] = {}
    for members in groups:
        node_id = min(f"{m[0]}/{m[1]}" if several else m[1] for m in members)
        nodes[node_id] = {
            "node_type": node_type,
            **_merged_attributes([rows[m] for m in members], name),
            "role": None,
            "date": rows[members[0]]["date"] if is_event else None,
        }
        node_of.update({member: node_id for member in members})
    return node_of, nodes


def build_graph(
    organisations: pd.DataFrame,
    initiatives: pd.DataFrame,
    events: pd.DataFrame,
    relations: pd.DataFrame,
    *,
    relation_types: Collection[str] | None = None,
    show_boilerplate: bool = False,
    focus: str | None = None,
) -> nx.MultiDiGraph:
    """The network of the shown relations.

    Args:
        organisations: the shown organisations (`apply_filters` keeps those a shown relation
            touches and, without a theme, those with no relation at all).
        initiatives, events: where relation ends are looked up; pass the unfiltered tables,
            since a shown relation may reach an initiative whose own themes differ.
        relations: the shown relations.
        relation_types: keep only these relation types (None or empty: all).
        show_boilerplate: keep organisations named only by the submission template.
        focus: a node id; keep it and its neighbours (one hop). Ignored when not in the graph.

    Returns:
        A MultiDiGraph whose edges are keyed by relation type. Node attributes: node_type,
        name, label, aliases, kind, role, date, submissions, evidence, degree, centrality,
        focus. Edge attributes: type, label, submissions, themes, evidence.
    """
    node_of, org_nodes = _organisation_nodes(organisations)
    several = (
        len(
            {
                *organisations["submission_id"],
                *initiatives["submission_id"],
                *events["submission_id"],
                *relations["submission_id"],
            }
        )
        > 1
    )
    initiative_of, initiative_nodes = _other_nodes(initiatives, INITIATIVE, several)
    event_of, event_nodes = _other_nodes(events, EVENT, several)
    node_of = {**initiative_of, **event_of, **node_of}  # an organisation first, as before

    def end(submission_id: str, item_id: str) -> str:
        if (submission_id, item_id) in node_of:
            return node_of[(submission_id, item_id)]
        return f"{submission_id}/{item_id}" if several else item_id

    hidden = set() if show_boilerplate else {n for n, a in org_nodes.items() if a["role"] == "boilerplate"}
    chosen_types = set(relation_types or ())
    edges: dict[tuple[str, str, str], dict] = {}
    touched_ends: set[str] = set()
    for rel in relations.to_dict("records"):
        source, target = end(rel["submission_id"], rel["source"]), end(rel["submission_id"], rel["target"])
        touched_ends.update((source, target))
        if source in hidden or target in hidden or (chosen_types and rel["type"] not in chosen_types):
            continue
        edge = edges.setdefault(
            (source, rel["type"], target),
            {
                "type": rel["type"],
                "label": relation_label(rel["type"]),
                "submissions": (),
                "themes": (),
                "evidence": (),
            },
        )
        edge["submissions"] = tuple(sorted({*edge["submissions"], rel["submission_id"]}))
        edge["themes"] = tuple(dict.fromkeys((*edge["themes"], *rel["themes"])))
        edge["evidence"] = _evidence(edge["evidence"], rel["evidence"])

    node_ids = {node for source, _, target in edges for node in (source, target)}
    if not chosen_types:  # organisations with no relation at all stand alone
        node_ids |= {node for node in org_nodes if node not in touched_ends and node not in hidden}

    attributes = {**initiative_nodes, **event_nodes, **org_nodes}
    graph = nx.MultiDiGraph()
    for node in sorted(node_ids):
        attrs = attributes.get(node) or {
            "node_type": ORGANISATION,
            "name": node,
            "aliases": (),
            "kind": "other",
            "role": None,
            "submissions": (),
            "evidence": (),
        }
        attrs = {"date": None, **attrs}
        graph.add_node(node, **attrs, label=short_label(attrs["name"], attrs["aliases"]), focus=False)
    for source, relation_type, target in sorted(edges):
        graph.add_edge(source, target, key=relation_type, **edges[(source, relation_type, target)])
    _date_alike_events(graph)
    return focus_on(graph, focus)


def _date_alike_events(graph: nx.MultiDiGraph) -> None:
    """Give the year to the label of an event that shares its label with another node (a
    meeting held every year): "High-level Roundtable… (2017)". Nodes named alike are otherwise
    told apart only by pointing at them."""
    by_label: dict[str, list[str]] = {}
    for node, attrs in graph.nodes(data=True):
        by_label.setdefault(attrs["label"], []).append(node)
    for nodes in by_label.values():
        if len(nodes) < 2:
            continue
        for node in nodes:
            attrs = graph.nodes[node]
            if attrs["node_type"] == EVENT and attrs["date"]:
                year = f" ({attrs['date'][:4]})"
                attrs["label"] = short_label(attrs["name"], attrs["aliases"], LABEL_LIMIT - len(year)) + year
                attrs["told_by_year"] = True


def focus_on(graph: nx.MultiDiGraph, focus: str | None) -> nx.MultiDiGraph:
    """One node and its neighbours (one hop), the node marked; the whole graph when `focus` is
    None or not in it. Degrees and centralities are those of the graph returned."""
    if focus is not None and focus in graph:
        keep = {focus, *graph.predecessors(focus), *graph.successors(focus)}
        graph = nx.MultiDiGraph(graph.subgraph(sorted(keep)))
        for node in graph:
            graph.nodes[node]["focus"] = node == focus
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph))
    simple.add_edges_from(sorted((u, v) for u, v, _ in graph.edges(keys=True) if u != v))
    centrality = nx.degree_centrality(simple) if len(simple) > 1 else {node: 0.0 for node in simple}
    for node in graph:
        graph.nodes[node]["degree"] = simple.degree(node)
        graph.nodes[node]["centrality"] = round(centrality[node], 6)
    return graph


def _component_layout(nodes: list[str], simple: nx.Graph) -> dict[str, tuple[float, float]]:
    """One connected component's seeded spring layout, stretched to [-1, 1] x [-1, 1]."""
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    part = nx.Graph()
    part.add_nodes_from(nodes)
    part.add_edges_from(sorted(simple.subgraph(nodes).edges()))
    # The classic force method at every size: networkx's "auto" switches to a much slower
    # energy minimisation from 500 nodes. Fewer iterations keep a large corpus quick.
    iterations = 300 if len(nodes) <= 150 else 60
    raw = nx.spring_layout(
        part, seed=LAYOUT_SEED, k=1.6 / math.sqrt(len(nodes)), iterations=iterations, method="force"
    )
    xs, ys = [p[0] for p in raw.values()], [p[1] for p in raw.values()]

    def scaled(value: float, low: float, high: float) -> float:
        return 0.0 if high - low < 1e-9 else 2 * (value - low) / (high - low) - 1

    return {n: (scaled(x, min(xs), max(xs)), scaled(y, min(ys), max(ys))) for n, (x, y) in raw.items()}


def layout_positions(
    graph: nx.MultiDiGraph, canvas: tuple[int, int] = SCREEN_CANVAS
) -> dict[str, tuple[float, float]]:
    """Node positions in [-1, 1] x [-1, 1], rounded to 4 decimals.

    Each connected component gets a seeded spring layout over its sorted nodes and edges and
    a vertical band of the picture in proportion to its number of nodes, largest first;
    unconnected nodes stand in a column at the right. Markers that would overlap on the
    planned drawing space are then pushed apart. The same graph always gets the same picture.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph))
    simple.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in graph.edges() if u != v}))
    components = sorted(
        (sorted(c) for c in nx.connected_components(simple) if len(c) > 1), key=lambda c: (-len(c), c[0])
    )
    alone = sorted(n for n in simple if simple.degree(n) == 0)
    bands: list[tuple[float, list[str]]] = [(float(len(c)), c) for c in components]
    if alone:
        bands.append((1.0 if components else 2.0, alone))
    total = sum(weight for weight, _ in bands)
    largest = max((len(c) for c in components), default=1)
    positions: dict[str, tuple[float, float]] = {}
    left = -1.0
    for weight, nodes in bands:
        width = 2 * weight / total
        centre, half = left + width / 2, width / 2 * (0.8 if len(bands) > 1 else 1.0)
        left += width
        if nodes is alone:
            step = 2 / len(nodes)
            column = (
                {n: (0.0, 1 - step / 2 - i * step) for i, n in enumerate(nodes)}
                if len(nodes) > 1
                else {nodes[0]: (0.0, 0.0)}
            )
            placed, height = column, 1.0
        else:
            placed = _component_layout(nodes, simple)
            height = 0.45 + 0.55 * math.sqrt(len(nodes) / largest)
        for node, (x, y) in placed.items():
            positions[node] = (centre + x * half, y * height)
    spread = _spread(graph, positions, canvas)
    return {n: (round(x, 4) + 0.0, round(y, 4) + 0.0) for n, (x, y) in spread.items()}


def _px_per_unit(canvas: tuple[int, int] = SCREEN_CANVAS) -> tuple[float, float]:
    return canvas[0] / (X_RANGE[1] - X_RANGE[0]), canvas[1] / (Y_RANGE[1] - Y_RANGE[0])


def _radii_px(graph: nx.MultiDiGraph) -> dict[str, float]:
    return {n: size / 2 for n, size in node_sizes(graph).items()}


def _spread(
    graph: nx.MultiDiGraph, positions: dict[str, tuple[float, float]], canvas: tuple[int, int]
) -> dict[str, tuple[float, float]]:
    """`positions` with markers that would overlap on the planned drawing space pushed apart
    (each pair by half of what is missing, over a few rounds), kept inside the unit box."""
    nodes = sorted(positions)
    if len(nodes) < 2:
        return positions
    sx, sy = _px_per_unit(canvas)
    xy = np.array([[positions[n][0] * sx, positions[n][1] * sy] for n in nodes])
    radii = _radii_px(graph)
    r = np.array([radii[n] for n in nodes])
    need = r[:, None] + r[None, :] + NODE_GAP_PX
    np.fill_diagonal(need, 0.0)
    # a fixed direction for markers drawn on the same point, so the result is deterministic
    tie = np.stack([np.cos(np.arange(len(nodes))), np.sin(np.arange(len(nodes)))], axis=1)
    limit = np.array([sx, sy])
    for _ in range(60):
        delta = xy[:, None, :] - xy[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        short = np.clip(need - dist, 0.0, None)
        if short.max() <= 0.5:
            break
        unit = np.where(dist[..., None] > 1e-9, delta / np.maximum(dist, 1e-9)[..., None], tie[:, None, :])
        xy += 0.5 * (short[..., None] * unit).sum(axis=1)
        xy = np.clip(xy, -limit, limit)
    return {n: (float(x / sx), float(y / sy)) for n, (x, y) in zip(nodes, xy, strict=True)}


def node_sizes(graph: nx.MultiDiGraph) -> dict[str, float]:
    """Each node's marker diameter in px (`node_size` of its degree)."""
    max_degree = max((graph.nodes[n]["degree"] for n in graph), default=0)
    return {n: node_size(graph.nodes[n]["degree"], max_degree) for n in graph}


def node_size(degree: int, max_degree: int) -> float:
    """Marker diameter: grows with the square root of the degree, MIN_SIZE to MAX_SIZE."""
    if max_degree <= 0:
        return float(MIN_SIZE)
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(degree / max_degree), 2)


_DIAGONAL = math.sqrt(0.5)
LABEL_SIDES = {  # plotly's text positions, each with the direction it leads away from the marker
    "bottom center": (0.0, -1.0),
    "top center": (0.0, 1.0),
    "middle right": (1.0, 0.0),
    "middle left": (-1.0, 0.0),
    "bottom right": (_DIAGONAL, -_DIAGONAL),
    "bottom left": (-_DIAGONAL, -_DIAGONAL),
    "top right": (_DIAGONAL, _DIAGONAL),
    "top left": (-_DIAGONAL, _DIAGONAL),
}


CENTRED = "middle center"


def _label_box(side: str, x: float, y: float, r: float, text: str) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) in px of a label's plotly `text` (lines split by <br>) drawn
    at `side` of a marker of radius r."""
    lines = text.split("<br>")
    w = max(len(line) for line in lines) * CHAR_WIDTH_PX + 2 * LABEL_PAD_PX
    h = len(lines) * LINE_HEIGHT_PX + 2 * LABEL_PAD_PX
    vertical, horizontal = side.split()
    left = {"center": x - w / 2, "right": x + r, "left": x - r - w}[horizontal]
    bottom = {"middle": y - h / 2, "top": y + r, "bottom": y - r - h}[vertical]
    return (left, bottom, left + w, bottom + h)


def _reach(box: tuple[float, float, float, float], centres: np.ndarray, radii: np.ndarray) -> np.ndarray:
    """How far each round marker's edge (centres (n, 2), radii (n,)) is from a box (negative
    when the marker reaches into it)."""
    x, y = centres[:, 0], centres[:, 1]
    dx = np.maximum(np.maximum(box[0] - x, x - box[2]), 0.0)
    dy = np.maximum(np.maximum(box[1] - y, y - box[3]), 0.0)
    return np.hypot(dx, dy) - radii


def _covers(box: tuple[float, float, float, float], centres: np.ndarray, radii: np.ndarray) -> np.ndarray:
    """Which markers' bounding squares a box overlaps (see `_overlaps`)."""
    x, y = centres[:, 0], centres[:, 1]
    return (box[0] < x + radii) & (x - radii < box[2]) & (box[1] < y + radii) & (y - radii < box[3])


def _crossings(box: tuple[float, float, float, float], segments: np.ndarray) -> int:
    """How many line segments (rows of x0, y0, x1, y1) pass through a box: each is clipped to
    the box's x and y extents in turn, and crosses it when some of it is left."""
    start, stop = np.zeros(len(segments)), np.ones(len(segments))
    for origin, delta, low, high in (
        (segments[:, 0], segments[:, 2] - segments[:, 0], box[0], box[2]),
        (segments[:, 1], segments[:, 3] - segments[:, 1], box[1], box[3]),
    ):
        flat = delta == 0
        safe = np.where(flat, 1.0, delta)
        t_low, t_high = (low - origin) / safe, (high - origin) / safe
        start = np.maximum(start, np.where(flat, 0.0, np.minimum(t_low, t_high)))
        stop = np.minimum(stop, np.where(flat, 1.0, np.maximum(t_low, t_high)))
        outside = flat & ((origin <= low) | (origin >= high))
        stop = np.where(outside, -1.0, stop)
    return int(np.count_nonzero(start < stop))


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


class _Option(NamedTuple):
    """One way to write a node's label: ordered so that the best option sorts first."""

    clash: int  # 1 beside the node but nearer another node, or over another's marker (a hub's only)
    centred: int  # 1 written across the node's own marker (a hub's only): its own beyond doubt
    stray: int  # 1 when another node is nearer to it than its own (only a hub's or the focused node's may be)
    covered: int  # markers of other nodes it covers (only a hub's or the focused node's may; names are drawn over them)
    crossed: int  # lines it lies across (names are drawn over them, but read less clearly)
    corner: int  # 1 at a corner of the marker, where it reads less clearly as the node's name
    one_line: int  # 1 when written on one line (two lines keep it closer to the node)
    crowding: float  # how much a line leaves the node that way
    side: str
    text: str
    box: tuple[float, float, float, float]


def _label_options(
    graph: nx.MultiDiGraph, positions: dict[str, tuple[float, float]], canvas: tuple[int, int]
) -> dict[str, list[_Option]]:
    """Each node's label options inside the drawing space, best first: those of a hub or the
    focused node may cover markers, the others neither cover a marker nor stand nearer to
    another node than to their own."""
    sx, sy = _px_per_unit(canvas)
    radii = _radii_px(graph)
    frame = (X_RANGE[0] * sx, Y_RANGE[0] * sy, X_RANGE[1] * sx, Y_RANGE[1] * sy)
    order = list(graph)
    centres = np.array([(positions[n][0] * sx, positions[n][1] * sy) for n in order]).reshape(-1, 2)
    r = np.array([radii[n] for n in order])
    place = {node: i for i, node in enumerate(order)}
    pairs = sorted({tuple(sorted((place[u], place[v]))) for u, v in graph.edges() if u != v})
    segments = np.array([(*centres[a], *centres[b]) for a, b in pairs]).reshape(-1, 4)
    found = {}
    for index, node in enumerate(order):
        others = np.arange(len(order)) != index
        x0, y0 = positions[node]
        directions = []
        for other in sorted(set(graph.predecessors(node)) | set(graph.successors(node))):
            dx, dy = positions[other][0] - x0, positions[other][1] - y0
            length = math.hypot(dx, dy)
            if length:
                directions.append((dx / length, dy / length))
        named = graph.nodes[node].get("focus") or graph.nodes[node]["degree"] >= HUB_DEGREE
        wrapped = _wrapped(graph.nodes[node]["label"])
        options = []
        for one_line, text in enumerate(dict.fromkeys([wrapped, wrapped.replace("<br>", " ")])):
            for side, (sx_, sy_) in LABEL_SIDES.items():
                box = _label_box(side, *centres[index], r[index], text)
                if not (
                    frame[0] <= box[0] and box[2] <= frame[2] and frame[1] <= box[1] and box[3] <= frame[3]
                ):
                    continue
                covered = int(np.count_nonzero(_covers(box, centres, r) & others))
                if covered and not named:
                    continue
                # a name reads as the nearest node's: no other marker may be nearer to it (a
                # hub's name, which must be written, may, where no place is free of that)
                reach = _reach(box, centres, r)
                stray = int(bool(np.any(reach[others] < reach[index])))
                if stray and not named:
                    continue
                lean = max((sx_ * dx + sy_ * dy for dx, dy in directions), default=-1.0)
                crowding = lean - (0.25 if side == "bottom center" else 0.0)  # below reads first
                corner = int(sx_ != 0 and sy_ != 0)
                crossed = _crossings(box, segments)
                clash = int(bool(stray or covered))
                options.append(
                    _Option(clash, 0, stray, covered, crossed, corner, one_line, crowding, side, text, box)
                )
            # A hub's name that can only stand beside another node or over its marker is written
            # across its own marker instead, where nobody can take it for another's.
            box = _label_box(CENTRED, *centres[index], 0.0, text)
            inside = frame[0] <= box[0] and box[2] <= frame[2] and frame[1] <= box[1] and box[3] <= frame[3]
            if named and inside:
                covered = int(np.count_nonzero(_covers(box, centres, r) & others))
                crossed = _crossings(box, segments)
                options.append(_Option(0, 1, 0, covered, crossed, 0, one_line, 0.0, CENTRED, text, box))
        found[node] = sorted(options)
    return found


def label_positions(
    graph: nx.MultiDiGraph, positions: dict[str, tuple[float, float]], canvas: tuple[int, int] = SCREEN_CANVAS
) -> dict[str, tuple[str, str] | None]:
    """Where each node's label goes and how it is written (its side and plotly text, on two
    lines or, where that fits better, on one), or None where it would cover another label or a
    marker.

    The most connected nodes (and a focused one) are labelled first, each at its best option
    clear of the labels already placed (see `_label_options`: across as few lines as it can,
    below the node unless a line leaves that way and another side is clearer, inside the
    drawing space, covering no marker and nearer to its own node than to any other; hubs and
    the focused node may cover a marker rather than go unnamed). A label that then fits nowhere gets the place of the one label in
    its way when that label can move elsewhere.
    A label that still fits nowhere is left out: its name is in the node's hover text and the
    relation table (the focused node is always named)."""
    options = _label_options(graph, positions, canvas)
    placed: dict[str, _Option] = {}

    def clear(box, *ignoring: str) -> bool:
        return not any(_overlaps(box, o.box) for n, o in placed.items() if n not in ignoring)

    order = sorted(graph, key=lambda n: (not graph.nodes[n].get("focus"), -graph.nodes[n]["degree"], n))
    hidden = []
    for node in order:
        best = next((o for o in options[node] if clear(o.box)), None)
        if best is None:
            hidden.append(node)
        else:
            placed[node] = best
    for node in hidden:
        for option in options[node]:
            in_way = [n for n, o in placed.items() if _overlaps(option.box, o.box)]
            if len(in_way) != 1:
                continue
            other = in_way[0]
            moved = next(
                (o for o in options[other] if not _overlaps(o.box, option.box) and clear(o.box, other)), None
            )
            if moved is not None:
                placed[other], placed[node] = moved, option
                break
    found: dict[str, tuple[str, str] | None] = {n: (o.side, o.text) for n, o in placed.items()}
    for node in graph:
        if node not in found:
            found[node] = (
                ("bottom center", _wrapped(graph.nodes[node]["label"]))
                if graph.nodes[node].get("focus")
                else None
            )
    return found


def _named(graph: nx.MultiDiGraph, node: str) -> str:
    """A node's name in a sentence, with its year where events named alike are told apart by it."""
    attrs = graph.nodes[node]
    return f"{attrs['name']} ({attrs['date'][:4]})" if attrs.get("told_by_year") else attrs["name"]


def node_relations(graph: nx.MultiDiGraph, node: str) -> list[dict]:
    """The relations of one node, outgoing then incoming, each with a sentence and its quotes."""
    found = []
    for source, target, relation_type, attrs in [
        *graph.out_edges(node, keys=True, data=True),
        *graph.in_edges(node, keys=True, data=True),
    ]:
        found.append(
            {
                "source": source,
                "target": target,
                "type": relation_type,
                "label": attrs["label"],
                "other": target if source == node else source,
                "sentence": f"{_named(graph, source)} {RELATION_VERB.get(relation_type, attrs['label'])} "
                f"{_named(graph, target)}",
                "evidence": attrs["evidence"],
                "submissions": attrs["submissions"],
            }
        )
    return found


def _edges_in_order(graph: nx.MultiDiGraph) -> list[tuple[str, str, str, dict]]:
    """The relations by source, type and target: the table's order."""
    return sorted(graph.edges(keys=True, data=True), key=lambda edge: (edge[0], edge[2], edge[1]))


def relation_quotes(graph: nx.MultiDiGraph, limit: int = 5) -> tuple[Quote, ...]:
    """The first quote of each relation shown, in the table's order, deduplicated, at most `limit`."""
    quotes: dict[str, Quote] = {}
    for _, _, _, attrs in _edges_in_order(graph):
        if attrs["evidence"] and attrs["evidence"][0]["quote"] not in quotes:
            first = attrs["evidence"][0]
            quotes[first["quote"]] = Quote.of(first, tuple(attrs["submissions"]))
        if len(quotes) == limit:
            break
    return tuple(quotes.values())


def relation_table(graph: nx.MultiDiGraph) -> pd.DataFrame:
    """One row per relation shown: source name, relation label, target name, first quote."""
    columns = ["source", "relation", "target", "quote", "source_id", "type", "target_id"]
    rows = []
    for source, target, relation_type, attrs in _edges_in_order(graph):
        quote = attrs["evidence"][0]["quote"] if attrs["evidence"] else ""
        rows.append(
            {
                "source": graph.nodes[source]["name"],
                "relation": attrs["label"],
                "target": graph.nodes[target]["name"],
                "quote": quote,
                "source_id": source,
                "type": relation_type,
                "target_id": target,
            }
        )
    return pd.DataFrame(rows, columns=columns)


# --- the figure ----------------------------------------------------------------------------------


def _node_group(attrs: dict) -> str:
    if attrs["node_type"] == ORGANISATION:
        return vocabulary_label("organisation_kinds", attrs["kind"])
    return NODE_TYPE_LABELS[attrs["node_type"]]


def _node_hover(graph: nx.MultiDiGraph, node: str) -> str:
    attrs = graph.nodes[node]
    if attrs["node_type"] == ORGANISATION:
        what = vocabulary_label("organisation_kinds", attrs["kind"])
        if attrs["role"]:
            what += " · " + vocabulary_label("organisation_roles", attrs["role"]).lower()
    elif attrs["node_type"] == INITIATIVE:
        what = vocabulary_label("initiative_kinds", attrs["kind"])
    else:
        what = f"{vocabulary_label('event_kinds', attrs['kind'])} · {attrs['date']}"
    lines = [f"<b>{plotly_text(attrs['name'])}</b>", what]
    if attrs["aliases"]:
        lines.append("Also: " + plotly_text(", ".join(attrs["aliases"][:3])))
    links = attrs["degree"]
    lines.append(f"{links} linked node{'s' if links != 1 else ''}")
    return "<br>".join(lines)


def _quote_lines(quote: str) -> str:
    lines = textwrap.wrap(quote.replace("\n", " "), width=60)
    if len(lines) > 4:
        lines = [*lines[:3], lines[3] + " …"]
    return "<br>".join(plotly_text(line) for line in lines)


def network_figure(
    graph: nx.MultiDiGraph,
    title: str,
    positions: dict[str, tuple[float, float]],
    labels: dict[str, tuple[str, str] | None],
) -> go.Figure:
    """The graph drawn at `positions` (see `layout_positions`), with `labels` (see
    `label_positions`): one line trace per relation type (with direction arrows and hover
    points at the middle of each line), then one marker trace per kind of node, then the names
    in one trace of their own, over everything else."""
    fig = go.Figure()
    present = {k for _, _, k in graph.edges(keys=True)}
    edge_types = [t.id for t in vocabulary("relation_types") if t.id in present]
    pair_count: Counter = Counter()
    for relation_type in edge_types:
        edges = sorted((u, v) for u, v, k in graph.edges(keys=True) if k == relation_type)
        xs: list[float | None] = []
        ys: list[float | None] = []
        arrow_sizes: list[int] = []
        mid_x, mid_y, hover, custom = [], [], [], []
        for source, target in edges:
            (x0, y0), (x1, y1) = positions[source], positions[target]
            pair = tuple(sorted((source, target)))
            t = 0.5 + 0.12 * pair_count[pair]  # parallel relations get their own point
            pair_count[pair] += 1
            mid_x.append(round(x0 + t * (x1 - x0), 4))
            mid_y.append(round(y0 + t * (y1 - y0), 4))
            # the line runs through its middle point, where an arrow turned along it (plotly
            # turns it towards the point before) shows the relation's direction
            xs += [x0, mid_x[-1], x1, None]
            ys += [y0, mid_y[-1], y1, None]
            arrow_sizes += [0, ARROW_PX, 0, 0]
            attrs = graph.edges[source, target, relation_type]
            quote = attrs["evidence"][0]["quote"] if attrs["evidence"] else ""
            hover.append(
                f"<b>{plotly_text(graph.nodes[source]['label'])}</b> {plotly_text(attrs['label'])} "
                f"<b>{plotly_text(graph.nodes[target]['label'])}</b><br><i>“{_quote_lines(quote)}”</i>"
            )
            custom.append([source, target, relation_type])
        name = relation_label(relation_type).capitalize()
        fig.add_trace(
            go.Scatter(
                x=xs,
                y=ys,
                mode="lines+markers",
                name=name,
                legend="legend2",
                legendgroup=relation_type,
                line={
                    "color": EDGE_COLOUR,
                    "width": 3 if relation_type == "led" else 2.5,
                    "dash": RELATION_DASH.get(relation_type, "solid"),
                },
                marker={
                    "symbol": "arrow",
                    "size": arrow_sizes,
                    "angleref": "previous",
                    "color": EDGE_COLOUR,
                    "opacity": 1,
                    "line": {"width": 0},
                },
                hoverinfo="skip",
            )
        )
        fig.add_trace(
            go.Scatter(
                x=mid_x,
                y=mid_y,
                mode="markers",
                name=f"{name} (details)",
                legend="legend2",
                legendgroup=relation_type,
                showlegend=False,
                marker={"size": 14, "color": "rgba(0,0,0,0)"},
                customdata=custom,
                hovertext=hover,
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )

    sizes = node_sizes(graph)
    groups: dict[str, list[str]] = {}
    for node in sorted(graph):
        groups.setdefault(_node_group(graph.nodes[node]), []).append(node)
    kind_order = [vocabulary_label("organisation_kinds", k.id) for k in vocabulary("organisation_kinds")]
    order = [*kind_order, NODE_TYPE_LABELS[INITIATIVE], NODE_TYPE_LABELS[EVENT]]
    for group in sorted(groups, key=lambda g: order.index(g) if g in order else len(order)):
        nodes = groups[group]
        first = graph.nodes[nodes[0]]
        if first["node_type"] == ORGANISATION:
            symbol, fill, outline = "circle", KIND_COLOUR.get(first["kind"], KIND_COLOUR["other"]), "#FFFFFF"
        else:
            style = INITIATIVE_STYLE if first["node_type"] == INITIATIVE else EVENT_STYLE
            symbol, fill, outline = style["symbol"], style["color"], style["line"]
        focused = [graph.nodes[n]["focus"] for n in nodes]
        fig.add_trace(
            go.Scatter(
                x=[positions[n][0] for n in nodes],
                y=[positions[n][1] for n in nodes],
                mode="markers",
                name=group,
                legend="legend",
                marker={
                    "symbol": symbol,
                    "color": fill,
                    "opacity": 1,
                    "size": [sizes[n] for n in nodes],
                    "line": {
                        "color": [TEXT_COLOUR if f else outline for f in focused],
                        "width": [5 if f else 2 for f in focused],
                    },
                },
                # a click selects one node; the others stay legible
                unselected={"marker": {"opacity": 0.45}},
                cliponaxis=False,  # a large marker at the edge is drawn whole, into the margin
                customdata=[[n] for n in nodes],
                hovertext=[_node_hover(graph, n) for n in nodes],
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    # The names last, over every marker and line, set off from their (invisible) markers as from
    # the drawn ones.
    named = [n for n in sorted(graph) if labels[n] is not None]
    fig.add_trace(
        go.Scatter(
            x=[positions[n][0] for n in named],
            y=[positions[n][1] for n in named],
            mode="markers+text",
            name=NAMES_TRACE,
            showlegend=False,
            hoverinfo="skip",
            marker={"size": [sizes[n] for n in named], "opacity": 0},
            text=[f"<b>{labels[n][1]}</b>" if graph.nodes[n]["focus"] else labels[n][1] for n in named],
            textposition=[labels[n][0] for n in named],
            textfont={"size": LABEL_FONT_SIZE, "color": TEXT_COLOUR, "shadow": NAME_HALO},
            customdata=[[n] for n in named],
        )
    )

    fig.update_xaxes(visible=False, range=list(X_RANGE), fixedrange=False)
    fig.update_yaxes(visible=False, range=list(Y_RANGE))
    fig.update_layout(
        showlegend=True,
        hovermode="closest",
        clickmode="event+select",
        dragmode="pan",
        margin={"l": 10, "r": 10, "t": 80, "b": 10},
        legend={
            "title": {"text": "Nodes (size: linked nodes)"},
            "x": 1.01,
            "xanchor": "left",
            "y": 1.0,
            "yanchor": "top",
            "itemsizing": "constant",
            "font": {"size": BASE_FONT_SIZE - 3},
        },
        # the relation types in a row under the plot: beside the kinds of node they would run
        # into them whenever the chart is short (presentation mode)
        legend2={
            "title": {"text": "Relations (arrow: direction)", "side": "left"},
            "orientation": "h",
            "x": 0.0,
            "xanchor": "left",
            "y": -0.02,
            "yanchor": "top",
            "font": {"size": BASE_FONT_SIZE - 3},
            "itemwidth": 60,
        },
    )
    return apply_layout(fig, title, height=FIGURE_HEIGHT_PX)


NODE_LIMIT = 150  # nodes drawn at most; beyond it the most connected are kept
# In presentation mode, fewer: on a projector, the names of more nodes than this cannot be read
# in the plot the mode gives the chart (PRESENTATION_CANVAS).
PRESENTATION_NODE_LIMIT = 60


def node_limit(presenting: bool) -> int:
    """How many nodes the chart draws at most, on screen or in presentation mode."""
    return PRESENTATION_NODE_LIMIT if presenting else NODE_LIMIT


def _one_name_each(organisations: pd.DataFrame) -> list[str]:
    """One name per organisation, sorted: records sharing a name or an alias ("UNCTAD" in one
    submission, "United Nations Conference on Trade and Development" with that alias in
    another) are one, named by their shortest alias, else their name."""
    groups: list[tuple[set[str], set[str]]] = []  # (keys, names and aliases)
    for record in organisations.to_dict("records"):
        names = {record["name"], *record["aliases"]}
        keys = {name.casefold() for name in names}
        overlapping = [group for group in groups if group[0] & keys]
        for group in overlapping:
            groups.remove(group)
            keys |= group[0]
            names |= group[1]
        groups.append((keys, names))
    return sorted(min(names, key=lambda n: (len(n), n)) for _, names in groups)


def network_chart(
    organisations: pd.DataFrame,
    initiatives: pd.DataFrame,
    events: pd.DataFrame,
    relations: pd.DataFrame,
    submissions: pd.DataFrame,
    *,
    relation_types: Collection[str] | None = None,
    show_boilerplate: bool = False,
    focus: str | None = None,
    empty_reason: str,
    presenting: bool = False,
) -> Chart:
    """The partner network as a `Chart` (key "network"); see `build_graph` for the arguments.
    `presenting`: planned for the plot of presentation mode (PRESENTATION_CANVAS)."""
    source = source_line(submissions)
    graph = build_graph(
        organisations,
        initiatives,
        events,
        relations,
        relation_types=relation_types,
        show_boilerplate=show_boilerplate,
        focus=focus,
    )
    if len(graph) == 0:
        parts = (organisations, initiatives, events, relations)
        reason = _empty_reason(parts, relation_types, show_boilerplate, empty_reason)
        return empty_chart("network", TITLE, reason, relation_table(graph), source)
    total, partners = len(graph), _partners(graph)
    graph = most_connected_part(graph, node_limit(presenting))
    focused = next((n for n in graph if graph.nodes[n]["focus"]), None)
    title = TITLE + (f": {plotly_text(graph.nodes[focused]['label'])} and its neighbours" if focused else "")
    if len(graph) < total:
        title += f" (the {len(graph)} most connected of {total} nodes)"
    table = relation_table(graph)
    quotes = relation_quotes(graph)
    canvas = PRESENTATION_CANVAS if presenting else SCREEN_CANVAS
    positions = layout_positions(graph, canvas)
    labels = label_positions(graph, positions, canvas)
    choices = choices_in_words(relation_types, show_boilerplate)
    return Chart(
        "network",
        TITLE,
        network_figure(graph, title, positions, labels),
        table,
        " ".join(
            filter(
                None, (_summary(graph) + _trimmed_note(len(graph), total) + _unlabelled_note(labels), choices)
            )
        ),
        source,
        ((choices,) if choices else ()) + _key_facts(graph, organisations, show_boilerplate, partners),
        quotes,
        reading=" ".join(filter(None, (network_reading(graph), choices))),
        unnamed=_unnamed_in_picture(labels),
    )


def most_connected_part(graph: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    """The `limit` most connected nodes (and the focused one) with the relations between them.

    A corpus of hundreds of submissions links thousands of nodes, which no one can read on a
    screen and which take long to lay out; the rest stays in reach through the filters.
    """
    if len(graph) <= limit:
        return graph
    ranked = sorted(graph, key=lambda n: (not graph.nodes[n]["focus"], -graph.nodes[n]["degree"], n))
    kept = graph.subgraph(ranked[:limit]).copy()
    for node in kept:  # degrees as drawn, so sizes and "most connected" match the picture
        kept.nodes[node]["degree"] = len(set(kept.predecessors(node)) | set(kept.successors(node)))
    return kept


def _trimmed_note(shown: int, total: int) -> str:
    if shown == total:
        return ""
    return (
        f" Only the {shown} most connected of {total} nodes are drawn; choose a theme, a submission "
        "or a focus to see the others."
    )


def _unlabelled_note(labels: dict[str, tuple[str, str] | None]) -> str:
    hidden = sum(label is None for label in labels.values())
    if not hidden:
        return ""
    if hidden == 1:
        return " The name of 1 node is not written where it would overlap: point at it or read the table."
    return (
        f" The names of {hidden} nodes are not written where they would overlap: point at a node or "
        "read the table."
    )


def network_reading(graph: nx.MultiDiGraph) -> str:
    """How to read the marks drawn, and only those: the kinds of node there are, and the lines
    when there are any."""
    kinds = {graph.nodes[n]["node_type"] for n in graph}
    parts = [guide_for(SHAPE_READING, kinds)]
    parts.append(SIZE_READING)
    if graph.number_of_edges():
        parts.append(LINE_READING)
    return " ".join(filter(None, parts))


def choices_in_words(relation_types: Collection[str] | None, show_boilerplate: bool) -> str:
    """The page's own choices that change what is drawn, for the words under the chart and the
    exports (first among the key facts, so a slide keeps it): "Only the relations “co-organised”
    and “contributed to” are drawn." """
    words = []
    if relation_types:
        kinds = joined(
            [f"“{relation_label(t)}”" for t in vocabulary_ids("relation_types") if t in relation_types]
        )
        words.append(f"Only the relations {kinds} are drawn.")
    if show_boilerplate:
        words.append("Bodies only the submission template names (CSTD, UNCTAD…) are drawn too.")
    return " ".join(words)


def _unnamed_in_picture(labels: dict[str, tuple[str, str] | None]) -> str:
    hidden = sum(label is None for label in labels.values())
    if not hidden:
        return ""
    return (
        f"{hidden} of {len(labels)} nodes {agreeing(hidden, 'is', 'are')} drawn without "
        "a name where it would overlap."
    )


def _empty_reason(
    parts: tuple[pd.DataFrame, ...], relation_types, show_boilerplate: bool, reason: str
) -> str:
    """Why nothing is drawn, naming the page's own choices when they are the cause."""
    if relation_types and len(build_graph(*parts, show_boilerplate=show_boilerplate)):
        labels = " or ".join(f"'{relation_label(t)}'" for t in sorted(relation_types))
        return f"No {labels} relations are recorded for these filters. Choose other relation types."
    if not show_boilerplate and len(
        build_graph(*parts, relation_types=relation_types, show_boilerplate=True)
    ):
        return (
            "Only template-only organisations (such as the CSTD or UNCTAD) are recorded for these "
            f"filters. Switch on '{BOILERPLATE_TOGGLE}' to see them."
        )
    return reason


def most_connected(graph: nx.MultiDiGraph) -> list[str]:
    """Node ids with the highest degree, in id order."""
    top = max((graph.nodes[n]["degree"] for n in graph), default=0)
    return [n for n in sorted(graph) if graph.nodes[n]["degree"] == top] if top > 0 else []


def _summary(graph: nx.MultiDiGraph) -> str:
    nodes, links = len(graph), graph.number_of_edges()
    what = counted(nodes, "organisation, initiative or event", "organisations, initiatives and events")
    if links == 0:
        return f"{what} with no relation between them."
    top = most_connected(graph)
    names = " and ".join(graph.nodes[n]["name"] for n in top[:3])
    return f"{what} linked by {counted(links, 'relation')}; most connected: {names}."


def _partners(graph: nx.MultiDiGraph) -> int:
    return sum(graph.nodes[n].get("role") == "partner" for n in graph)


def _key_facts(
    graph: nx.MultiDiGraph, organisations: pd.DataFrame, show_boilerplate: bool, all_partners: int
) -> tuple[str, ...]:
    """`all_partners`: the partners of the whole network, of which a trimmed one draws some."""
    by_type = Counter(graph.nodes[n]["node_type"] for n in graph)
    partners = _partners(graph)
    partners_words = (
        f" ({partners} of them {agreeing(partners, 'a partner', 'partners')})"
        if partners == all_partners
        else f" ({partners} of the {all_partners} partners)"
    )
    facts = [
        f"Shown: {counted(by_type[ORGANISATION], 'organisation', 'organisations')}"
        + (partners_words if all_partners else "")
        + f", {counted(by_type[INITIATIVE], 'initiative or document', 'initiatives or documents')} and "
        f"{counted(by_type[EVENT], 'event', 'events')}."
    ]
    ranked = sorted(graph, key=lambda n: (-graph.nodes[n]["degree"], n))
    ranked = [n for n in ranked if graph.nodes[n]["degree"] > 0][:3]
    if ranked:
        facts.append(
            listed(
                "Most connected: ",
                [
                    f"{graph.nodes[n]['name']} ({counted(graph.nodes[n]['degree'], 'linked node')})"
                    for n in ranked
                ],
            )
        )
    relation_counts = Counter(k for _, _, k in graph.edges(keys=True))
    if relation_counts:
        facts.append(
            "Relations: "
            + ", ".join(
                f"{relation_label(t)} {c}"
                for t, c in sorted(relation_counts.items(), key=lambda item: (-item[1], item[0]))
            )
            + "."
        )
    focused = next((n for n in graph if graph.nodes[n]["focus"]), None)
    if focused:
        facts.append(
            f"Focus on {graph.nodes[focused]['name']}: "
            f"{counted(len(graph) - 1, 'neighbour', 'neighbours')} shown."
        )
    template_only = _one_name_each(organisations[organisations["role"] == "boilerplate"])
    if template_only and not show_boilerplate:
        facts.append(listed("Hidden as template-only: ", template_only))
    return tuple(facts)
