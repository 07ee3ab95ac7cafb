"""The partner network: nodes, edges, merging across submissions, the template-only toggle,
the relation-type filter, focus, sizes, the deterministic layout, the figure's traces, the
table and its sentences; the ECPAT seed under three themes; the page through AppTest."""

import json
import math

import networkx as nx
import numpy as np
import pandas as pd
import pytest

from wsislens.figures.network import (
    ARROW_PX,
    MAX_SIZE,
    MIN_SIZE,
    NAMES_TRACE,
    NODE_GAP_PX,
    PRESENTATION_CANVAS,
    X_RANGE,
    Y_RANGE,
    _crossings,
    _label_box,
    _px_per_unit,
    _radii_px,
    _unlabelled_note,
    build_graph,
    label_positions,
    layout_positions,
    network_chart,
    node_relations,
    node_size,
    normalised_name,
    short_label,
)
from wsislens.figures.style import plotly_text
from wsislens.filters import FilterState, apply_filters
from wsislens.loading import load_corpus
from wsislens.paths import REPO_ROOT
from wsislens.tables import SUBMISSION_COLUMNS

SUB = "fixture-2021"
EMPTY_REASON = "No partners are recorded for these filters."


def evidence(quote):
    return ({"quote": quote, "start": 0, "end": len(quote), "page": None},)


def organisations(*rows):
    """rows: (id, name, kind, role) or (id, name, kind, role, submission_id, aliases)."""
    records = []
    for row in rows:
        org_id, name, kind, role, *rest = row
        submission_id, aliases = rest if rest else (SUB, ())
        records.append(
            {
                "submission_id": submission_id,
                "id": org_id,
                "name": name,
                "aliases": tuple(aliases),
                "kind": kind,
                "role": role,
                "themes": (),
                "evidence": evidence(name),
            }
        )
    return pd.DataFrame(
        records, columns=["submission_id", "id", "name", "aliases", "kind", "role", "themes", "evidence"]
    )


def initiatives(*rows):
    """rows: (submission_id, id, name) or (submission_id, id, name, aliases)."""
    return pd.DataFrame(
        [
            {
                "submission_id": sid,
                "id": i,
                "name": name,
                "aliases": tuple(aliases[0]) if aliases else (),
                "kind": "initiative",
                "themes": (),
                "evidence": evidence(name),
            }
            for sid, i, name, *aliases in rows
        ],
        columns=["submission_id", "id", "name", "aliases", "kind", "themes", "evidence"],
    )


def events(*rows):
    """rows: (submission_id, id, title) on 2016-03, or (submission_id, id, title, date)."""
    columns = ["submission_id", "id", "date", "end_date", "title", "kind", "themes", "evidence"]
    return pd.DataFrame(
        [
            {
                "submission_id": sid,
                "id": i,
                "date": date[0] if date else "2016-03",
                "end_date": None,
                "title": title,
                "kind": "meeting",
                "themes": (),
                "evidence": evidence(title),
            }
            for sid, i, title, *date in rows
        ],
        columns=columns,
    )


def relations(*rows):
    """rows: (source, type, target) or (source, type, target, submission_id)."""
    records = []
    for row in rows:
        source, relation_type, target, *rest = row
        quote = f"{source} {relation_type} {target}"
        records.append(
            {
                "submission_id": rest[0] if rest else SUB,
                "source": source,
                "target": target,
                "type": relation_type,
                "themes": (),
                "evidence": evidence(quote),
            }
        )
    return pd.DataFrame(records, columns=["submission_id", "source", "target", "type", "themes", "evidence"])


def submissions(*ids):
    return pd.DataFrame(
        [
            {
                **dict.fromkeys(SUBMISSION_COLUMNS),
                "submission_id": sid,
                "entity_name": "Alpha Network",
                "short_name": "Alpha",
                "session_number": 25,
                "session_year": 2022,
            }
            for sid in ids
        ],
        columns=SUBMISSION_COLUMNS,
    )


# 3 organisations (one template-only), 1 initiative, 1 event, 4 relations of 3 types.
ORGS = organisations(
    ("alpha", "Alpha Network", "civil_society", "submitter"),
    ("beta", "Beta Agency", "un_entity", "partner"),
    ("gamma", "Commission of the Template", "un_entity", "boilerplate"),
)
INITIATIVES = initiatives((SUB, "init", "Open Data Initiative"))
EVENTS = events((SUB, "meet", "Regional Roundtable on Child Safety"))
RELATIONS = relations(
    ("alpha", "partner", "beta"),
    ("alpha", "contributed_to", "init"),
    ("beta", "contributed_to", "init"),
    ("alpha", "co_organised", "meet"),
)
PARTS = (ORGS, INITIATIVES, EVENTS, RELATIONS)
ALL_EDGES = {
    ("alpha", "partner", "beta"),
    ("alpha", "contributed_to", "init"),
    ("beta", "contributed_to", "init"),
    ("alpha", "co_organised", "meet"),
}


def edge_set(graph):
    return {(u, k, v) for u, v, k in graph.edges(keys=True)}


def fixture_chart(**options):
    return network_chart(*PARTS, submissions(SUB), empty_reason=EMPTY_REASON, **options)


def bundled_chart(corpus, **options):
    """The network of the bundled ECPAT submission."""
    t = corpus.tables
    parts = (t.organisations, t.initiatives, t.events, t.relations, t.submissions)
    return network_chart(*parts, empty_reason=EMPTY_REASON, **options)


def test_nodes_and_edges_hide_template_only_organisations():
    graph = build_graph(*PARTS)
    assert sorted(graph) == ["alpha", "beta", "init", "meet"]
    assert edge_set(graph) == ALL_EDGES
    assert {n: graph.nodes[n]["node_type"] for n in graph} == {
        "alpha": "organisation",
        "beta": "organisation",
        "init": "initiative",
        "meet": "event",
    }
    assert graph.nodes["meet"]["name"] == "Regional Roundtable on Child Safety"
    assert graph.nodes["meet"]["date"] == "2016-03"


def test_template_only_organisations_shown_when_asked_for():
    graph = build_graph(*PARTS, show_boilerplate=True)
    assert sorted(graph) == ["alpha", "beta", "gamma", "init", "meet"]
    assert graph.degree("gamma") == 0
    assert edge_set(graph) == ALL_EDGES


def test_relation_type_filter_keeps_only_those_relations_and_their_ends():
    graph = build_graph(*PARTS, relation_types=["contributed_to"], show_boilerplate=True)
    assert sorted(graph) == ["alpha", "beta", "init"]
    assert edge_set(graph) == {("alpha", "contributed_to", "init"), ("beta", "contributed_to", "init")}
    assert edge_set(build_graph(*PARTS, relation_types=["partner", "co_organised"])) == {
        ("alpha", "partner", "beta"),
        ("alpha", "co_organised", "meet"),
    }


def test_focus_keeps_one_organisation_and_its_neighbours():
    graph = build_graph(*PARTS, focus="beta")
    assert sorted(graph) == ["alpha", "beta", "init"]
    assert edge_set(graph) == {
        ("alpha", "partner", "beta"),
        ("alpha", "contributed_to", "init"),
        ("beta", "contributed_to", "init"),
    }
    assert [n for n in graph if graph.nodes[n]["focus"]] == ["beta"]
    assert sorted(build_graph(*PARTS, focus="alpha")) == ["alpha", "beta", "init", "meet"]
    assert sorted(build_graph(*PARTS, focus="not-there")) == ["alpha", "beta", "init", "meet"]


def test_centrality_is_distinct_neighbours():
    graph = build_graph(*PARTS)
    assert {n: graph.nodes[n]["degree"] for n in graph} == {"alpha": 3, "beta": 2, "init": 2, "meet": 1}
    assert graph.nodes["alpha"]["centrality"] == 1.0
    assert graph.nodes["meet"]["centrality"] == pytest.approx(1 / 3, abs=1e-6)


def test_node_size_grows_with_the_square_root_of_the_degree():
    assert node_size(3, 3) == MAX_SIZE
    assert node_size(0, 3) == MIN_SIZE
    assert node_size(1, 4) == MIN_SIZE + (MAX_SIZE - MIN_SIZE) / 2
    assert node_size(0, 0) == MIN_SIZE


def test_organisations_merge_across_submissions_and_initiatives_are_namespaced():
    orgs = organisations(
        ("itu", "International Telecommunication Union", "un_entity", "partner", "a-2021", ["ITU"]),
        (
            "the-itu",
            "The International Telecommunication Union",
            "un_entity",
            "mentioned",
            "b-2022",
            ["ITU", "Union"],
        ),
        ("ngo", "Some NGO", "civil_society", "submitter", "b-2022", ()),
    )
    # the same id names another initiative in each submission (the same name would be one node)
    inits = initiatives(("a-2021", "cop", "COP"), ("b-2022", "cop", "Cooperation Plan"))
    rels = relations(
        ("itu", "led", "cop", "a-2021"),
        ("the-itu", "led", "cop", "b-2022"),
        ("ngo", "partner", "the-itu", "b-2022"),
    )
    graph = build_graph(orgs, inits, events(), rels)
    assert sorted(graph) == ["a-2021/cop", "b-2022/cop", "itu", "ngo"]
    assert edge_set(graph) == {
        ("itu", "led", "a-2021/cop"),
        ("itu", "led", "b-2022/cop"),
        ("ngo", "partner", "itu"),
    }
    itu = graph.nodes["itu"]
    assert (itu["name"], itu["role"], itu["submissions"]) == (
        "International Telecommunication Union",
        "partner",
        ("a-2021", "b-2022"),
    )
    assert itu["aliases"] == ("ITU", "The International Telecommunication Union", "Union")
    assert normalised_name("The  United Nations Children’s Fund") == "united nations childrens fund"


def test_the_same_relation_in_two_submissions_is_one_edge_with_both_quotes():
    orgs = organisations(
        *((org, org.upper(), "network", "partner", sid, ()) for sid in ("s1", "s2") for org in ("a", "b"))
    )
    rels = relations(("a", "partner", "b", "s1"), ("a", "partner", "b", "s2"))
    graph = build_graph(orgs, initiatives(), events(), rels)
    assert edge_set(graph) == {("a", "partner", "b")}
    assert graph.edges["a", "b", "partner"]["submissions"] == ("s1", "s2")
    assert len(graph.edges["a", "b", "partner"]["evidence"]) == 1  # the same quote text once


def test_the_same_initiative_in_two_submissions_is_one_node():
    orgs = organisations(
        ("itu", "ITU", "un_entity", "partner", "s1", ()),
        ("itu", "ITU", "un_entity", "partner", "s2", ()),
    )
    inits = initiatives(
        ("s1", "cop-guides", "COP guides", ["ITU COP guides"]),
        ("s2", "cop", "The COP Guides", ["Guidelines on Child Online Protection"]),
        ("s2", "other", "Another Initiative"),
    )
    rels = relations(
        ("itu", "led", "cop-guides", "s1"), ("itu", "led", "cop", "s2"), ("itu", "led", "other", "s2")
    )
    graph = build_graph(orgs, inits, events(), rels)
    assert sorted(graph) == ["itu", "s1/cop-guides", "s2/other"]  # the smallest member's id
    cop = graph.nodes["s1/cop-guides"]
    assert (cop["node_type"], cop["name"], cop["submissions"]) == ("initiative", "COP guides", ("s1", "s2"))
    assert cop["aliases"] == ("ITU COP guides", "The COP Guides", "Guidelines on Child Online Protection")
    assert [e["quote"] for e in cop["evidence"]] == ["COP guides", "The COP Guides"]
    assert graph.nodes["s2/other"]["submissions"] == ("s2",)


def test_the_same_event_merges_only_on_the_same_date():
    evs = events(
        ("s1", "colombo", "Roundtable, Colombo", "2016-03"),
        ("s2", "colombo-2016", "The roundtable: Colombo", "2016-03"),
        ("s3", "colombo", "Roundtable, Colombo", "2018-03"),
    )
    orgs = organisations(
        *(("unicef", "UNICEF", "un_entity", "partner", sid, ()) for sid in ("s1", "s2", "s3"))
    )
    rels = relations(
        ("unicef", "co_organised", "colombo", "s1"),
        ("unicef", "co_organised", "colombo-2016", "s2"),
        ("unicef", "co_organised", "colombo", "s3"),
    )
    graph = build_graph(orgs, initiatives(), evs, rels)
    assert sorted(graph) == ["s1/colombo", "s3/colombo", "unicef"]
    assert {n: (graph.nodes[n]["date"], graph.nodes[n]["submissions"]) for n in graph if n != "unicef"} == {
        "s1/colombo": ("2016-03", ("s1", "s2")),
        "s3/colombo": ("2018-03", ("s3",)),
    }
    assert edge_set(graph) == {
        ("unicef", "co_organised", "s1/colombo"),
        ("unicef", "co_organised", "s3/colombo"),
    }


def test_a_merged_node_has_one_relation_per_type_and_other_end():
    sids = ("s1", "s2", "s3")
    orgs = organisations(
        *((org, org.upper(), "network", "partner", sid, ()) for sid in sids for org in ("a", "b"))
    )
    inits = initiatives(*((sid, f"cop-{sid}", "COP guides") for sid in sids))
    rels = relations(
        *((org, "contributed_to", f"cop-{sid}", sid) for sid in sids for org in ("a", "b")),
        ("a", "led", "cop-s3", "s3"),
    )
    graph = build_graph(orgs, inits, events(), rels)
    assert sorted(graph) == ["a", "b", "s1/cop-s1"]
    found = node_relations(graph, "s1/cop-s1")
    assert [(r["sentence"], r["submissions"]) for r in found] == [
        ("A contributed to COP guides", sids),
        ("A led COP guides", ("s3",)),
        ("B contributed to COP guides", sids),
    ]
    assert [e["quote"] for e in found[0]["evidence"]] == [f"a contributed_to cop-{sid}" for sid in sids]
    assert graph.nodes["s1/cop-s1"]["degree"] == 2


def test_layout_is_deterministic_and_inside_the_unit_box():
    first, second = layout_positions(build_graph(*PARTS)), layout_positions(build_graph(*PARTS))
    assert first == second
    assert all(-1 <= c <= 1 and round(c, 4) == c for xy in first.values() for c in xy)
    shuffled = (ORGS.iloc[::-1], INITIATIVES, EVENTS, RELATIONS.iloc[::-1])
    assert layout_positions(build_graph(*shuffled)) == first
    assert fixture_chart().figure.to_json() == fixture_chart().figure.to_json()


def test_unconnected_nodes_and_components_get_their_own_bands():
    positions = layout_positions(build_graph(*PARTS, show_boilerplate=True))
    assert positions["gamma"][0] == max(x for x, _ in positions.values())
    assert all(positions["gamma"][0] > positions[n][0] for n in ("alpha", "beta", "init", "meet"))


def crowded_parts():
    """A hub with 30 partners of long names, and 12 organisations with no relation."""
    partners = [
        (f"p{i:02d}", f"Partner Organisation Number {i:02d}", "network", "partner") for i in range(30)
    ]
    alone = [
        (f"z{i:02d}", f"Unlinked Ministry of Affairs {i:02d}", "government", "mentioned") for i in range(12)
    ]
    orgs = organisations(
        ("hub", "Hub Alliance for Children", "civil_society", "submitter"), *partners, *alone
    )
    rels = relations(*((p[0], "partner", "hub") for p in partners))
    return orgs, initiatives(), events(), rels


def test_crowded_labels_never_overlap_and_the_hub_is_named():
    graph = build_graph(*crowded_parts())
    positions = layout_positions(graph)
    labels = label_positions(graph, positions)
    sx, sy = _px_per_unit()
    radii = _radii_px(graph)
    px = {n: (positions[n][0] * sx, positions[n][1] * sy) for n in graph}
    boxes = {n: _label_box(label[0], *px[n], radii[n], label[1]) for n, label in labels.items() if label}
    assert labels["hub"] == (
        "middle center",
        "Hub Alliance<br>for Children",
    )  # beside it, it would cover partners
    assert sorted(boxes) == ["hub", "p00", "p02", "p13", "p18", "p19", "p20"]
    assert labels["p02"] == ("bottom left", "Partner Organisation<br>Number 02")  # a corner: no side is clear
    ordered = sorted(boxes)
    overlapping = [
        (a, b)
        for i, a in enumerate(ordered)
        for b in ordered[i + 1 :]
        if boxes[a][0] < boxes[b][2]
        and boxes[b][0] < boxes[a][2]
        and boxes[a][1] < boxes[b][3]
        and boxes[b][1] < boxes[a][3]
    ]
    assert overlapping == []
    covering = [
        (n, m)
        for n in ordered
        if n != "hub"
        for m in graph
        if m != n
        and boxes[n][0] < px[m][0] + radii[m]
        and px[m][0] - radii[m] < boxes[n][2]
        and boxes[n][1] < px[m][1] + radii[m]
        and px[m][1] - radii[m] < boxes[n][3]
    ]
    assert covering == []
    assert all(
        X_RANGE[0] * sx <= left
        and right <= X_RANGE[1] * sx
        and Y_RANGE[0] * sy <= bottom
        and top <= Y_RANGE[1] * sy
        for left, bottom, right, top in boxes.values()
    )


def test_presentation_mode_plans_for_its_shorter_wider_plot():
    graph = build_graph(*crowded_parts())
    canvas = PRESENTATION_CANVAS
    labels = label_positions(graph, layout_positions(graph, canvas), canvas)
    assert sorted(n for n, label in labels.items() if label) == ["hub", "p13", "p19", "p25"]
    assert labels["p13"] == (
        "bottom center",
        "Partner Organisation Number 13",
    )  # one line where two do not fit
    orgs, inits, evs, rels = crowded_parts()
    chart = network_chart(
        orgs, inits, evs, rels, submissions(SUB), empty_reason=EMPTY_REASON, presenting=True
    )
    assert "The names of 39 nodes are not written" in chart.summary
    assert chart.unnamed == "39 of 43 nodes are drawn without a name where it would overlap."


def test_a_name_is_never_nearer_another_node_than_its_own():
    # "Aorg" at the top left corner of the plot: above and to the left it would leave the plot,
    # below it would cover Corg, to the right Dorg; below and to the right it would stand
    # nearer to Corg than to its own node, and be read as Corg's name.
    graph = build_graph(
        organisations(
            ("a", "Aorg", "network", "partner"),
            ("c", "Corg", "network", "partner"),
            ("d", "Dorg", "network", "partner"),
        ),
        initiatives(),
        events(),
        relations(),
    )
    sx, sy = _px_per_unit()
    corner = (-1.05, 1.0)
    positions = {"a": corner, "c": (corner[0], corner[1] - 37 / sy), "d": (corner[0] + 55 / sx, corner[1])}
    assert label_positions(graph, positions)["a"] is None
    del positions["d"]
    graph.remove_node("d")
    assert label_positions(graph, positions)["a"] == ("middle right", "Aorg")


def test_crossings_count_the_lines_through_a_box():
    box = (0.0, 0.0, 10.0, 10.0)
    segments = np.array(
        [
            (-5, 5, 15, 5),  # straight across
            (5, -5, 5, 15),  # straight down through it
            (2, 2, 3, 3),  # wholly inside
            (-5, 12, 12, -5),  # diagonal through a corner
            (-5, 20, 15, 20),  # level, above it
            (20, -5, 20, 15),  # upright, beside it
            (-10, 5, -1, 5),  # stops short of it
            (15, 10, 10, 15),  # diagonal past a corner
        ],
        dtype=float,
    )
    assert _crossings(box, segments) == 4
    assert _crossings(box, segments[4:]) == 0
    assert _crossings(box, np.zeros((0, 4))) == 0


def test_a_name_keeps_off_a_line_when_another_side_is_free():
    # Borg and Corg are linked by a line that passes just under Aorg, where its name would go
    # first; the name goes to the first free side instead (the left, in the options' order).
    graph = build_graph(
        organisations(
            ("a", "Aorg", "network", "partner"),
            ("b", "Borg", "network", "partner"),
            ("c", "Corg", "network", "partner"),
        ),
        initiatives(),
        events(),
        relations(("b", "partner", "c")),
    )
    sx, sy = _px_per_unit()
    under = -30 / sy
    positions = {"a": (0.0, 0.0), "b": (-200 / sx, under), "c": (200 / sx, under)}
    assert label_positions(graph, positions)["a"] == ("middle left", "Aorg")
    positions = {"a": (0.0, 0.0), "b": (-200 / sx, 3 * under), "c": (200 / sx, 3 * under)}
    assert label_positions(graph, positions)["a"] == ("bottom center", "Aorg")


def test_crowded_markers_are_pushed_apart():
    graph = build_graph(*crowded_parts())
    positions = layout_positions(graph)
    sx, sy = _px_per_unit()
    radii = _radii_px(graph)
    nodes = sorted(positions)
    closest = min(
        math.hypot((positions[a][0] - positions[b][0]) * sx, (positions[a][1] - positions[b][1]) * sy)
        - radii[a]
        - radii[b]
        for i, a in enumerate(nodes)
        for b in nodes[i + 1 :]
    )
    assert closest >= NODE_GAP_PX - 1


def test_crowded_chart_says_which_names_are_left_out():
    orgs, inits, evs, rels = crowded_parts()
    chart = network_chart(orgs, inits, evs, rels, submissions(SUB), empty_reason=EMPTY_REASON)
    assert chart.summary == (
        "43 organisations, initiatives and events linked by 30 relations; most connected: "
        "Hub Alliance for Children. The names of 36 nodes are not written where they would overlap: "
        "point at a node or read the table."
    )
    names = next(t for t in chart.figure.data if t.name == NAMES_TRACE)
    written = {node[0]: text for node, text in zip(names.customdata, names.text, strict=True)}
    hovers = {
        node[0]: hover
        for trace in chart.figure.data
        if trace.mode == "markers" and trace.name != NAMES_TRACE and trace.customdata
        for node, hover in zip(trace.customdata, trace.hovertext, strict=True)
    }
    assert len(hovers) == 43
    assert len(written) == 7
    assert written["hub"] == "Hub Alliance<br>for Children"
    assert "z01" not in written
    assert "Unlinked Ministry of Affairs 01" in hovers["z01"]  # the name stays in the hover text


def test_the_note_on_names_left_out_counts_them():
    assert _unlabelled_note({"a": ("bottom center", "A"), "b": ("top center", "B")}) == ""
    assert _unlabelled_note({"a": None, "b": ("top center", "B")}) == (
        " The name of 1 node is not written where it would overlap: point at it or read the table."
    )
    assert _unlabelled_note({"a": None, "b": None}) == (
        " The names of 2 nodes are not written where they would overlap: point at a node or read the table."
    )


NODE_GROUPS = ("UN entity", "Civil society", "Initiative or document", "Event")


def test_figure_traces_one_per_relation_type_and_per_kind_of_node():
    fig = fixture_chart().figure
    assert [t.name for t in fig.data] == [
        "Partner of",
        "Partner of (details)",
        "Co-organised",
        "Co-organised (details)",
        "Contributed to",
        "Contributed to (details)",
        "UN entity",
        "Civil society",
        "Initiative or document",
        "Event",
        "Node names",
    ]
    lines = {t.name: t for t in fig.data if t.mode == "lines+markers"}
    assert {name: t.line.dash for name, t in lines.items()} == {
        "Partner of": "solid",
        "Co-organised": "dash",
        "Contributed to": "longdashdot",
    }
    assert len({t.line.dash for t in lines.values()}) == len(lines)
    nodes = {t.name: t for t in fig.data if t.mode == "markers" and t.name in NODE_GROUPS}
    assert {name: t.marker.symbol for name, t in nodes.items()} == {
        "UN entity": "circle",
        "Civil society": "circle",
        "Initiative or document": "diamond",
        "Event": "square",
    }
    assert nodes["UN entity"].marker.color != nodes["Civil society"].marker.color
    assert {name: [c[0] for c in t.customdata] for name, t in nodes.items()} == {
        "UN entity": ["beta"],
        "Civil society": ["alpha"],
        "Initiative or document": ["init"],
        "Event": ["meet"],
    }
    sizes = {t.customdata[0][0]: t.marker.size[0] for t in nodes.values()}
    assert sizes["alpha"] == MAX_SIZE
    assert sizes["alpha"] > sizes["beta"] == sizes["init"] > sizes["meet"] > MIN_SIZE
    assert sizes["meet"] == round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(1 / 3), 2)
    details = next(t for t in fig.data if t.name == "Contributed to (details)")
    assert [list(c) for c in details.customdata] == [
        ["alpha", "init", "contributed_to"],
        ["beta", "init", "contributed_to"],
    ]
    assert "“alpha contributed_to init”" in details.hovertext[0]
    # one direction arrow per relation, at the middle of its line, turned along it
    assert [size for t in lines.values() for size in t.marker.size if size] == [ARROW_PX] * 4
    partner = lines["Partner of"]
    assert (list(partner.marker.size), partner.marker.symbol, partner.marker.angleref) == (
        [0, ARROW_PX, 0, 0],
        "arrow",
        "previous",
    )
    assert partner.x[1] == round((partner.x[0] + partner.x[2]) / 2, 4)
    assert not fig.layout.annotations
    assert fig.layout.title.text == "Partner network"
    assert fig.layout.legend2.title.text == "Relations (arrow: direction)"


def test_focus_is_highlighted_and_named_in_the_title():
    fig = fixture_chart(focus="beta").figure
    beta = next(t for t in fig.data if t.name == "UN entity")
    assert list(beta.marker.line.width) == [5]
    names = next(t for t in fig.data if t.name == NAMES_TRACE)
    assert [c[0] for c in names.customdata] == ["alpha", "beta", "init"]  # beta and its neighbours
    assert names.text[1] == "<b>Beta Agency</b>"
    assert not names.text[0].startswith("<b>")
    assert names.hoverinfo == "skip" and names.marker.opacity == 0  # the names do not take clicks
    assert fig.layout.title.text == "Partner network: Beta Agency and its neighbours"


def test_table_summary_key_facts_and_quotes():
    chart = fixture_chart()
    assert chart.key == "network"
    assert chart.table[["source", "relation", "target"]].values.tolist() == [
        ["Alpha Network", "co-organised", "Regional Roundtable on Child Safety"],
        ["Alpha Network", "contributed to", "Open Data Initiative"],
        ["Alpha Network", "partner of", "Beta Agency"],
        ["Beta Agency", "contributed to", "Open Data Initiative"],
    ]
    assert chart.table["quote"].tolist()[0] == "alpha co_organised meet"
    assert chart.summary == (
        "4 organisations, initiatives and events linked by 4 relations; most connected: Alpha Network."
    )
    assert chart.key_facts == (
        "Shown: 2 organisations (1 of them a partner), 1 initiative or document and 1 event.",
        "Most connected: Alpha Network (3 linked nodes), Beta Agency (2 linked nodes), "
        "Open Data Initiative (2 linked nodes).",
        "Relations: contributed to 2, co-organised 1, partner of 1.",
        "Hidden as template-only: Commission of the Template.",
    )
    assert tuple(q.text for q in chart.quotes) == (
        "alpha co_organised meet",
        "alpha contributed_to init",
        "alpha partner beta",
        "beta contributed_to init",
    )
    assert chart.source == "Source: Alpha Network, submission to the 25th CSTD session (2022)."


def test_node_relations_read_as_sentences_with_quotes():
    found = node_relations(build_graph(*PARTS), "init")
    assert [(r["sentence"], r["other"]) for r in found] == [
        ("Alpha Network contributed to Open Data Initiative", "alpha"),
        ("Beta Agency contributed to Open Data Initiative", "beta"),
    ]
    assert found[0]["evidence"][0]["quote"] == "alpha contributed_to init"


def test_no_node_reads_as_the_reason_given():
    chart = network_chart(
        ORGS.iloc[0:0], INITIATIVES, EVENTS, RELATIONS.iloc[0:0], submissions(SUB), empty_reason=EMPTY_REASON
    )
    assert chart.is_empty and chart.empty == chart.summary == EMPTY_REASON
    assert chart.figure.layout.annotations[0].text == EMPTY_REASON
    assert chart.table.empty


def test_no_relation_of_the_chosen_types_names_them():
    chart = fixture_chart(relation_types=["funded_by"])
    assert chart.empty == (
        "No 'funded by' relations are recorded for these filters. Choose other relation types."
    )


def test_only_template_only_organisations_says_how_to_show_them():
    chart = network_chart(
        ORGS[ORGS["id"] == "gamma"],
        INITIATIVES,
        EVENTS,
        RELATIONS.iloc[0:0],
        submissions(SUB),
        empty_reason=EMPTY_REASON,
    )
    assert chart.empty == (
        "Only template-only organisations (such as the CSTD or UNCTAD) are recorded for "
        "these filters. Switch on 'Template names' to see them."
    )


def test_submission_text_cannot_inject_plotly_markup():
    orgs = organisations(("x", "<b>Bold</b> & Co", "other", "partner"), ("y", "Y", "other", "partner"))
    chart = network_chart(
        orgs,
        initiatives(),
        events(),
        relations(("x", "partner", "y")),
        submissions(SUB),
        empty_reason=EMPTY_REASON,
    )
    node_trace = next(t for t in chart.figure.data if t.name == "Other")
    names = next(t for t in chart.figure.data if t.name == NAMES_TRACE)
    assert names.text[0] == "&lt;b&gt;Bold&lt;/b&gt; &amp; Co"
    assert "<b>&lt;b&gt;Bold&lt;/b&gt; &amp; Co</b>" in node_trace.hovertext[0]
    assert plotly_text("a\nb <i>") == "a b &lt;i&gt;"


@pytest.mark.parametrize(
    ("name", "aliases", "label"),
    [
        ("ECPAT International", ("ECPAT",), "ECPAT International"),
        ("South Asia Initiative to End Violence against Children", ("SAIEVAC",), "SAIEVAC"),
        (
            "Global Partnership to End Violence Against Children",
            ("End Violence Against Children",),
            "End Violence Against Children",
        ),
        (
            "ECPAT global programme against the sexual exploitation of children online",
            (),
            "ECPAT global programme…",
        ),
        (
            "High-level Roundtable on the SDGs and violence against children in South Asia, Colombo",
            (),
            "High-level Roundtable…",
        ),
    ],
)
def test_short_labels(name, aliases, label):
    assert short_label(name, aliases) == label


# --- the ECPAT seed ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ecpat_tables():
    return load_corpus().tables


def ecpat_graph(tables, *themes, **options):
    shown = apply_filters(tables, FilterState(themes=themes))
    graph = build_graph(shown.organisations, tables.initiatives, tables.events, shown.relations, **options)
    return graph, shown


def test_ecpat_without_a_theme(ecpat_tables):
    graph, shown = ecpat_graph(ecpat_tables)
    assert sorted(graph) == [
        "child-dignity-alliance",
        "colombo-roundtable-2016",
        "cop-guidelines",
        "ecpat-global-campaign",
        "ecpat-international",
        "ecpat-online-programme",
        "end-violence-against-children",
        "general-comment-25",
        "government-of-sri-lanka",
        "interagency-working-group",
        "itu",
        "itu-cop-initiative",
        "luxembourg-guidelines",
        "saievac",
        "unicef",
        "weprotect-global-alliance",
    ]
    assert edge_set(graph) == {
        ("colombo-roundtable-2016", "hosted_by", "government-of-sri-lanka"),
        ("ecpat-international", "co_organised", "colombo-roundtable-2016"),
        ("ecpat-international", "contributed_to", "cop-guidelines"),
        ("ecpat-international", "contributed_to", "general-comment-25"),
        ("ecpat-international", "led", "ecpat-global-campaign"),
        ("ecpat-international", "led", "ecpat-online-programme"),
        ("ecpat-international", "led", "luxembourg-guidelines"),
        ("ecpat-international", "member_of", "itu-cop-initiative"),
        ("ecpat-international", "partner", "child-dignity-alliance"),
        ("ecpat-international", "partner", "end-violence-against-children"),
        ("ecpat-international", "partner", "saievac"),
        ("ecpat-international", "partner", "weprotect-global-alliance"),
        ("interagency-working-group", "contributed_to", "luxembourg-guidelines"),
        ("itu", "led", "cop-guidelines"),
        ("saievac", "co_organised", "colombo-roundtable-2016"),
        ("unicef", "co_organised", "colombo-roundtable-2016"),
        ("unicef", "contributed_to", "cop-guidelines"),
    }
    with_template, _ = ecpat_graph(ecpat_tables, show_boilerplate=True)
    assert sorted(set(with_template) - set(graph)) == ["cstd", "ecosoc", "unctad", "united-nations"]
    chart = network_chart(
        shown.organisations,
        ecpat_tables.initiatives,
        ecpat_tables.events,
        shown.relations,
        shown.submissions,
        empty_reason=EMPTY_REASON,
    )
    assert chart.summary == (
        "16 organisations, initiatives and events linked by 17 relations; "
        "most connected: ECPAT International."
    )
    assert chart.key_facts[-1] == "Hidden as template-only: CSTD, ECOSOC, UN, UNCTAD."
    assert len(chart.table) == 17


def test_ecpat_law_enforcement(ecpat_tables):
    graph, _ = ecpat_graph(ecpat_tables, "law-enforcement")
    assert sorted(graph) == ["ecpat-international", "ecpat-online-programme"]
    assert edge_set(graph) == {("ecpat-international", "led", "ecpat-online-programme")}


def test_ecpat_regional_cooperation(ecpat_tables):
    graph, _ = ecpat_graph(ecpat_tables, "regional-cooperation")
    assert sorted(graph) == [
        "colombo-roundtable-2016",
        "ecpat-international",
        "government-of-sri-lanka",
        "interagency-working-group",
        "luxembourg-guidelines",
        "saievac",
        "unicef",
    ]
    assert edge_set(graph) == {
        ("colombo-roundtable-2016", "hosted_by", "government-of-sri-lanka"),
        ("ecpat-international", "co_organised", "colombo-roundtable-2016"),
        ("ecpat-international", "partner", "saievac"),
        ("interagency-working-group", "contributed_to", "luxembourg-guidelines"),
        ("saievac", "co_organised", "colombo-roundtable-2016"),
        ("unicef", "co_organised", "colombo-roundtable-2016"),
    }


def test_ecpat_covid_has_no_partners(ecpat_tables):
    shown = apply_filters(ecpat_tables, FilterState(themes=("covid-19",)))
    reason = "No partners are recorded for the theme 'Covid-19 impact'."
    chart = network_chart(
        shown.organisations,
        ecpat_tables.initiatives,
        ecpat_tables.events,
        shown.relations,
        shown.submissions,
        empty_reason=reason,
    )
    assert chart.is_empty
    assert chart.empty == "No partners are recorded for the theme 'Covid-19 impact'."


# --- the page ---------------------------------------------------------------------------------------


def test_page_runs_filters_focuses_and_follows_a_click():
    from streamlit.testing.v1 import AppTest

    from components import state

    at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=30)
    at.run()
    at.switch_page("pages/network.py").run()
    assert not at.exception
    assert at.selectbox(key="net_node").value == "ecpat-international"
    assert at.subheader[0].value == "Relations of ECPAT International"
    chart = next(e for e in at.main if e.proto.__class__.__name__ == "PlotlyChart")
    assert json.loads(chart.proto.spec)["layout"]["title"]["text"] == "Partner network"

    at.selectbox(key="net_focus").set_value("unicef").run()
    assert not at.exception
    assert at.selectbox(key="net_node").options == [
        "High-level Roundtable…",
        "COP guides",
        "United Nations Children's Fund",
    ]
    at.session_state["net_chart"] = {
        "selection": {
            "points": [{"customdata": ["cop-guidelines"]}],
            "point_indices": [],
            "box": [],
            "lasso": [],
        }
    }
    at.run()
    assert at.selectbox(key="net_node").value == "cop-guidelines"
    sentence = (
        "United Nations Children's Fund contributed to ITU guides to online child safety \\(COP guides\\)"
    )
    assert f"**{sentence}**" in [m.value for m in at.markdown]

    at.selectbox(key="net_focus").set_value("__none__").run()
    at.multiselect(key="net_types").set_value(["funded_by"]).run()
    assert not at.exception
    assert [i.value for i in at.info] == [
        "No 'funded by' relations are recorded for these filters. Choose other relation types."
    ]

    at.multiselect(key="net_types").set_value([]).run()
    at.multiselect(key=state.THEMES).set_value(["covid-19"]).run()
    assert not at.exception
    assert [i.value for i in at.info] == ["No partners are recorded for the theme 'Covid-19 impact'."]
    assert not [h for h in at.subheader if h.value.startswith("Relations of")]


def test_a_large_network_keeps_its_most_connected_nodes(corpus):
    from wsislens.figures.network import build_graph, most_connected_part

    tables = corpus.tables
    graph = build_graph(tables.organisations, tables.initiatives, tables.events, tables.relations)
    assert len(graph) == 16
    kept = most_connected_part(graph, 3)
    assert sorted(kept) == ["colombo-roundtable-2016", "cop-guidelines", "ecpat-international"]
    assert {n: kept.nodes[n]["degree"] for n in kept} == {
        "ecpat-international": 2,
        "colombo-roundtable-2016": 1,
        "cop-guidelines": 1,
    }
    assert most_connected_part(graph, 16) is graph


def test_presenting_draws_fewer_nodes_than_the_screen():
    partners = [(f"p{i:02d}", f"Partner {i:02d}", "network", "partner") for i in range(80)]
    orgs = organisations(("hub", "Hub Alliance", "civil_society", "submitter"), *partners)
    rels = relations(*((p[0], "partner", "hub") for p in partners))
    parts = (orgs, initiatives(), events(), rels, submissions(SUB))
    screen = network_chart(*parts, empty_reason=EMPTY_REASON)
    presented = network_chart(*parts, empty_reason=EMPTY_REASON, presenting=True)
    assert len(screen.table) == 80  # all 81 nodes: under the screen's 150
    assert len(presented.table) == 59  # the hub and the 59 partners first in order
    assert presented.figure.layout.title.text == "Partner network (the 60 most connected of 81 nodes)"


def test_the_reading_guide_names_only_the_kinds_of_node_drawn():
    from wsislens.figures.network import network_reading

    graph = nx.MultiDiGraph()
    graph.add_node("a", node_type="organisation")
    assert network_reading(graph) == "Colour: kind of organisation. Size: number of linked nodes."
    graph.add_node("e", node_type="event")
    graph.add_edge("a", "e", key="organised")
    assert network_reading(graph) == (
        "Colour: kind of organisation. Squares: events. Size: number of linked nodes. Line style: "
        "relation type; arrows point from source to target."
    )


def test_events_named_alike_on_other_dates_carry_their_year():
    long_title = "High-level Roundtable on the SDGs and violence against children in South Asia"
    evs = events(
        ("a-2021", "rt", long_title, "2016-03"),
        ("b-2022", "rt", long_title, "2017-03"),
        ("b-2022", "meet", "Regional Roundtable on Child Safety", "2017-05"),
    )
    rels = relations(("alpha", "organised", "rt", "a-2021"), ("alpha", "organised", "rt", "b-2022"))
    rels = pd.concat([rels, relations(("alpha", "organised", "meet", "b-2022"))], ignore_index=True)
    graph = build_graph(ORGS, initiatives(), evs, rels)
    labels = {node: graph.nodes[node]["label"] for node in graph if graph.nodes[node]["node_type"] == "event"}
    assert labels == {
        "a-2021/rt": "High-level Roundtable… (2016)",
        "b-2022/rt": "High-level Roundtable… (2017)",
        "b-2022/meet": "Regional Roundtable on Child…",
    }
    assert all(len(label) <= 30 for label in labels.values())
    # the sentences of the relations tell them apart too
    from wsislens.figures.network import node_relations

    sentences = [r["sentence"] for node in ("a-2021/rt", "b-2022/rt") for r in node_relations(graph, node)]
    assert [s.split(" organised ")[1] for s in sentences] == [f"{long_title} (2016)", f"{long_title} (2017)"]


def test_a_trimmed_network_counts_its_partners_against_all_of_them():
    partners = [(f"p{i:02d}", f"Partner {i:02d}", "network", "partner") for i in range(70)]
    orgs = organisations(("hub", "Hub Alliance", "civil_society", "submitter"), *partners)
    rels = relations(*((p[0], "partner", "hub") for p in partners))
    chart = network_chart(
        orgs, initiatives(), events(), rels, submissions(SUB), empty_reason=EMPTY_REASON, presenting=True
    )
    assert chart.key_facts[0] == (
        "Shown: 60 organisations (59 of the 70 partners), 0 initiatives or documents and 0 events."
    )


def test_template_only_bodies_are_named_once_whatever_each_submission_calls_them():
    from wsislens.figures.network import _one_name_each

    organisations = pd.DataFrame(
        {
            "name": [
                "United Nations Conference on Trade and Development",
                "UNCTAD",
                "CSTD",
                "United Nations",
            ],
            "aliases": [["UNCTAD"], [], ["Commission on Science and Technology for Development"], ["UN"]],
        }
    )
    assert _one_name_each(organisations) == ["CSTD", "UN", "UNCTAD"]


def test_the_pages_choices_are_said_in_words_and_first_among_key_facts(corpus):
    from wsislens.figures.network import choices_in_words

    assert choices_in_words(None, False) == ""
    assert choices_in_words(["contributed_to", "co_organised"], True) == (
        "Only the relations “co-organised” and “contributed to” are drawn. "
        "Bodies only the submission template names (CSTD, UNCTAD…) are drawn too."
    )
    chart = bundled_chart(corpus, relation_types=["partner"])
    assert chart.key_facts[0] == "Only the relations “partner of” are drawn."
    assert chart.reading.endswith("Only the relations “partner of” are drawn.")
    assert chart.summary.endswith("Only the relations “partner of” are drawn.")


def test_markers_at_the_edge_are_drawn_whole(corpus):
    chart = bundled_chart(corpus, presenting=True)
    markers = [trace for trace in chart.figure.data if trace.mode == "markers" and trace.legend == "legend"]
    assert markers and {trace.cliponaxis for trace in markers} == {False}
