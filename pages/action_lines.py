"""Action lines: coverage of C1-C11 and the C7 sub-lines; choose one to read its quotes."""

import pandas as pd
import streamlit as st

from components.chart import show_chart
from components.context import view_context
from components.evidence import evidence_list, first_of, plain, supporter
from components.layout import page_title
from components.state import ACTION_LINE_READ, clicked_id, new_click, settle_reading
from components.suggestions import reject_control, rejected_list
from wsislens.reference import action_line, action_lines
from wsislens.tables import submission_names

ctx = view_context()
page_title("WSIS action lines")

facts = ctx.shown.action_lines
names = submission_names(ctx.shown.submissions)
chart = ctx.chart("action_lines")
event = show_chart(
    chart,
    key="al_chart",
    selectable=True,
    caption=chart.reading,
)

if chart.is_empty:  # the chart has said why; a chooser of lines nobody covers would only repeat it
    st.stop()
codes = [line.code for line in action_lines()]
covered = list(dict.fromkeys(facts["code"]))


def line_label(code: str) -> str:
    return action_line(code).label


settle_reading(
    ACTION_LINE_READ,
    codes,
    fallback=covered[0] if covered else codes[0],
    clicked=new_click("al_chart", clicked_id(event)),
    label=line_label,
)
choice = st.selectbox("Action line to read", codes, key=ACTION_LINE_READ, format_func=line_label)
line = action_line(choice)
st.subheader(f"{line.code} {line.name}")
facilitators = ", ".join(line.facilitators) or "see its sub-lines"
st.markdown(f"**UN facilitator(s):** {facilitators}")
if line.sub_lines:
    st.markdown(
        "**Sub-lines:** " + "; ".join(f"{s.name} ({', '.join(s.facilitators)})" for s in line.sub_lines)
    )
rows = facts[facts["code"] == choice]
if rows.empty:
    st.info(f"No submission shown covers {line.label}.")
for number, (_, row) in enumerate(first_of(rows, "submissions", key="al_rows").iterrows()):
    basis = {
        "stated": "Stated by the submitter",
        "negated": "Declined by the submitter",
        "inferred": f"Inferred by {row['method']} (score {row['score']:.2f}), not the submitter's claim",
    }[row["basis"]]
    sub = f" · {row['sub_line']}" if pd.notna(row["sub_line"]) else ""
    supporter(names[row["submission_id"]] + sub, basis)
    if pd.notna(row["note"]):
        plain(row["note"])
    evidence_list(row["evidence"], ctx.texts_of([row["submission_id"]]), key=f"al_{number}")
    if row["basis"] == "inferred":
        reject_control(row["submission_id"], "action_lines", choice)

rejected_list(ctx.corpus, ctx.shown.submissions, ("action_line",))
