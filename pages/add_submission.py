"""Add submission (editors only, WSISLENS_EDITING=1): upload a document, watch the extraction,
review the drafted facts, save. Saved submissions appear in every view at once."""

import datetime as dt

import streamlit as st

from components.data import get_corpus
from components.layout import page_title
from wsislens.ingest import ExtractionError, IngestError, extract_document, save_submission
from wsislens.render import escape_markdown
from wsislens.review import REVIEW_FIELDS, apply_review, review_tables
from wsislens.source_view import KIND_LABELS

page_title("Add a submission")
st.caption(
    "Word, PDF, Markdown or plain text. The machine drafts every fact with its quote; you review, "
    "correct and save. Until marked reviewed, the submission shows as a machine draft in every view."
)
upload = st.file_uploader("Submission document", type=["docx", "pdf", "md", "txt"], key="add_upload")

if upload is not None and st.button("Extract the facts", type="primary", key="add_extract"):
    with st.status("Reading the document…", expanded=True) as status:
        try:
            draft = extract_document(
                upload.getvalue(), upload.name, progress=lambda step: st.markdown(escape_markdown(step))
            )
        except ExtractionError as error:
            status.update(label="The document could not be read", state="error", expanded=True)
            st.error(escape_markdown(str(error)))
            st.stop()
        status.update(label=f"Drafted {draft.id} from {upload.name}", state="complete", expanded=False)
    st.session_state["add_draft"] = draft
    st.session_state["add_tables"] = review_tables(draft.data)

draft = st.session_state.get("add_draft")
if draft is None:
    st.stop()

st.subheader(f"Review the draft: {draft.data['entity']['name']}")
for warning in draft.warnings:
    st.warning(escape_markdown(warning))
edited = {}
for kind, label in KIND_LABELS.items():
    table = st.session_state["add_tables"][kind]
    with st.expander(f"{label} ({len(table)})", expanded=kind in ("action_lines", "sdg_targets")):
        edited[kind] = st.data_editor(
            table,
            key=f"add_editor_{kind}",
            num_rows="dynamic",
            hide_index=True,
            width="stretch",
            column_config={
                "accept": st.column_config.CheckboxColumn("Accept", default=True),
                "quote": st.column_config.TextColumn("Quote (exact words of the text)", width="large"),
            },
            column_order=["accept", *REVIEW_FIELDS[kind], "themes", "quote"],
        )

accept_all = st.checkbox("Accept all rows (whatever the Accept column says)", key="add_accept_all")
reviewed = st.checkbox("I have reviewed these facts (mark the submission as reviewed)", key="add_reviewed")
overwrite = st.checkbox("Replace an existing submission of the same document", key="add_overwrite")
if st.button("Save the submission", type="primary", key="add_save"):
    if accept_all:
        edited = {kind: table.assign(accept=True) for kind, table in edited.items()}
    data, problems = apply_review(draft.data, draft.text, edited, reviewed=reviewed, today=dt.date.today())
    if problems:
        st.error(
            "Not saved. Fix these first:\n\n" + "\n".join(f"- {escape_markdown(p)}" for p in problems[:20])
        )
        st.stop()
    draft.data = data
    try:
        result = save_submission(get_corpus().data_dir, draft, overwrite=overwrite)
    except IngestError as error:
        st.error(escape_markdown(str(error)))
        st.stop()
    if result.status == "duplicate":
        st.warning(escape_markdown(result.message))
    else:
        st.success(f"Saved as {result.id}. It now appears in every view.")
        for key in ("add_draft", "add_tables"):
            st.session_state.pop(key, None)
