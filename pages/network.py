"""Partner network: organisations and the initiatives and events that link them; choose a
node (or click it) to read its relations with their quotes."""

import streamlit as st

from components.chart import show_chart
from components.context import view_context
from components.evidence import evidence_list, first_of, plain
from components.layout import page_title, stop_when_nothing_shown
from components.state import (
    NETWORK_BOILERPLATE,
    NETWORK_FOCUS,
    NETWORK_NO_FOCUS,
    NETWORK_NODE,
    NETWORK_TYPES,
    clicked_id,
    drop_focus,
    is_presenting,
    new_click,
    settle_reading,
)
from wsislens.figures.network import (
    BOILERPLATE_TOGGLE,
    ORGANISATION,
    build_graph,
    focus_on,
    most_connected_part,
    node_limit,
    node_relations,
)
from wsislens.reference import vocabulary
from wsislens.render import escape_markdown

ctx = view_context()
page_title("Partner network")
stop_when_nothing_shown(ctx.shown.submissions)
shown, everything = ctx.shown, ctx.tables
parts = (shown.organisations, everything.initiatives, everything.events, shown.relations)
type_labels = {t.id: t.label.capitalize() for t in vocabulary("relation_types")}

left, middle, right = st.columns([3, 2, 3])
chosen_types = left.multiselect(
    "Relation types",
    list(type_labels),
    format_func=type_labels.__getitem__,
    key=NETWORK_TYPES,
    placeholder="All relation types",
)
boilerplate = middle.toggle(
    BOILERPLATE_TOGGLE,
    key=NETWORK_BOILERPLATE,
    help="Show the organisations that only the submission template names (CSTD, UNCTAD, ECOSOC…).",
)
whole = build_graph(*parts, relation_types=chosen_types, show_boilerplate=boilerplate)
organisations = sorted(
    (n for n in whole if whole.nodes[n]["node_type"] == ORGANISATION),
    key=lambda n: whole.nodes[n]["name"].casefold(),
)
if st.session_state.get(NETWORK_FOCUS, NETWORK_NO_FOCUS) not in (NETWORK_NO_FOCUS, *organisations):
    drop_focus(whole)  # and run again, so the link and the screen agree
focus = right.selectbox(
    "Focus on one organisation and its neighbours",
    [NETWORK_NO_FOCUS, *organisations],
    key=NETWORK_FOCUS,
    format_func=lambda n: "No focus" if n == NETWORK_NO_FOCUS else whole.nodes[n]["name"],
)
focus = None if focus == NETWORK_NO_FOCUS else focus

# The nodes drawn (a large corpus keeps its most connected ones), so every choice below is on screen.
graph = most_connected_part(focus_on(whole, focus), node_limit(is_presenting()))
chart = ctx.chart("network")
# The chart takes the whole width: its names are planned for the plot it gets on a 1280-px
# screen with the sidebar open (wsislens.figures.network.SCREEN_CANVAS).
event = show_chart(
    chart,
    key="net_chart",
    selectable=True,
    caption=f"{chart.reading} Point at the middle of a line for its quote; click a node to list its relations.",
)
node_column, about_column = st.columns([1, 2], vertical_alignment="bottom")


def choose_node() -> str:
    """The node whose relations are listed: the one clicked last, else the one chosen, else the focus or
    the most connected."""
    nodes = sorted(graph, key=lambda n: graph.nodes[n]["name"].casefold())

    def label(node: str) -> str:
        return graph.nodes[node]["label"]

    settle_reading(
        NETWORK_NODE,
        nodes,
        fallback=focus or min(nodes, key=lambda n: (-graph.nodes[n]["degree"], n)),
        clicked=new_click("net_chart", clicked_id(event)),
        label=label,
    )
    return node_column.selectbox("Node", nodes, key=NETWORK_NODE, format_func=label)


if not chart.is_empty:
    node = choose_node()
    attrs = graph.nodes[node]
    with about_column:
        plain(attrs["name"], css_class="wl-text")
        st.caption(f"{attrs['degree']} linked node{'s' if attrs['degree'] != 1 else ''}")
        if attrs["node_type"] == ORGANISATION and node != focus:
            st.button(
                "Focus on it",
                key="net_focus_button",
                on_click=st.session_state.__setitem__,
                args=(NETWORK_FOCUS, node),
            )
    st.subheader(f"Relations of {escape_markdown(attrs['label'])}")
    relations = node_relations(graph, node)
    if not relations:
        st.info("No relation of this node is shown. It is named in the submission without a stated link.")
    for number, relation in enumerate(first_of(relations, "relations", key="net_relations")):
        st.markdown(f"**{escape_markdown(relation['sentence'])}**")
        evidence_list(relation["evidence"], ctx.texts_of(relation["submissions"]), key=f"net_{number}")
