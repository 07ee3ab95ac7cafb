"""WSIS Lens: the Streamlit entry point. Loads the corpus, seeds the global filters from the
URL, draws them in the sidebar, states what is shown, and runs the chosen page."""

import os

import streamlit as st

from components import layout, state
from components.context import view_context
from components.data import get_corpus
from components.export import export_panel
from components.present import presentation_bar
from components.sidebar import filter_sidebar
from wsislens.filters import year_extent
from wsislens.render import escape_markdown
from wsislens.views import draft_names, drafts_warning, shown_in_words

st.set_page_config(page_title="WSIS Lens", page_icon="🔎", layout="wide")

corpus = get_corpus()
extent = year_extent(corpus.tables)
state.init_state(list(corpus.submissions), extent)
state.keep_page_choices()
presenting = state.is_presenting()

# Each url_path differs from its file's name: Streamlit's legacy reading of a pages/ folder
# (which serve.py switches off, but plain `streamlit run` and AppTest keep) registers each file
# under its own name, and a request for that name would run the page without this script.
PAGES = [
    st.Page(
        "pages/overview.py", title="Overview", icon=":material/dashboard:", url_path="summary", default=True
    ),
    st.Page(
        "pages/action_lines.py", title="Action lines", icon=":material/checklist:", url_path="action-lines"
    ),
    st.Page("pages/sdgs.py", title="SDG mapping", icon=":material/target:", url_path="sdg-mapping"),
    st.Page("pages/network.py", title="Partner network", icon=":material/hub:", url_path="partner-network"),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="events-timeline"),
    st.Page("pages/source_text.py", title="Source text", icon=":material/article:", url_path="source"),
]
if os.environ.get("WSISLENS_EDITING") == "1":  # until editor sign-in exists
    PAGES.append(
        st.Page(
            "pages/add_submission.py",
            title="Add submission",
            icon=":material/upload_file:",
            url_path="add-submission",
        )
    )
page = st.navigation(PAGES, position="hidden" if presenting else "sidebar")

layout.inject_css(presenting)
filter_sidebar(corpus.tables, extent)
st.sidebar.button(
    "Present",
    icon=":material/slideshow:",
    on_click=state.toggle_presentation,
    args=(True,),
    width="stretch",
    help="One view per screen in large type, for a projector. A link with present=1 opens straight into it.",
)
ctx = view_context()
state.forget_hidden_text(ctx.shown.submissions["submission_id"].tolist())
state.sync_url(ctx.filters, page.url_path)
if presenting:
    presentation_bar(PAGES, page)

for warning in state.url_warnings():
    st.warning(escape_markdown(warning))
for problem in corpus.problems:
    st.error(f"A data file could not be loaded: {escape_markdown(str(problem))}")
drafts = draft_names(ctx.shown.submissions)
if drafts and not presenting:  # presenting, the banner's one line counts them (shown_in_words)
    st.warning(drafts_warning([escape_markdown(name) for name in drafts]))
layout.caption_banner(shown_in_words(ctx.filters, ctx.tables, ctx.shown) if presenting else ctx.caption)
state.open_stage()

if not presenting:
    with st.sidebar:  # before the page runs, so a page that stops early still offers its exports
        export_panel(ctx, page.url_path)
page.run()
# the page may have settled a choice the URL written above does not name yet (its reading, on a
# first visit), so the URL is brought up to date once more; a page that stopped early settled none
state.sync_url(ctx.filters, page.url_path)
