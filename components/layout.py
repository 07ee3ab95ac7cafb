"""The app's own chrome: its stylesheet (written here, applied to the app's elements only),
the caption banner and the draft warning."""

from __future__ import annotations

import streamlit as st

from wsislens.render import escape_text
from wsislens.views import NO_SUBMISSION

BASE_CSS = """
<style>
.wl-caption {font-size: 1.15rem; font-weight: 600; color: #1A1A1A; background: #EEF4FA;
  border-left: 6px solid #0072B2; padding: 0.45rem 0.8rem; margin: 0 0 0.6rem 0; border-radius: 4px;}
.wl-quote {border-left: 4px solid #E69F00; margin: 0.3rem 0 0.6rem 0; padding: 0.3rem 0.8rem;
  color: #1A1A1A; background: #FFF8EB; font-size: 1.02rem;}
.wl-quote-where {font-size: 0.85rem; color: #595959; margin-top: 0.2rem;}
.wl-supporter {margin: 0.8rem 0 0.2rem 0;}
.wl-context {color: #4D4D4D;}
.wl-card {border: 1px solid #C8C8C8; border-radius: 6px; padding: 0.6rem 0.8rem; margin-bottom: 0.6rem;}
.wl-card-kind {font-size: 0.8rem; font-weight: 700; letter-spacing: 0.04em; text-transform: uppercase; color: #595959;}
.wl-source {font-family: Georgia, 'Times New Roman', serif; font-size: 1.05rem; line-height: 1.6;
  white-space: normal; max-height: 75vh; overflow-y: auto; padding: 0.8rem; border: 1px solid #C8C8C8;}
.wl-source mark {background: #FFE7A8; color: #000; padding: 0 1px;}
.wl-source mark.fact-action_lines {background: #CDE6F7;}
.wl-source mark.fact-sdg_targets, .wl-source mark.fact-sdg_goals {background: #D7F0D0;}
.wl-source mark.fact-events {background: #F4D9EA;}
.wl-source b.search-hit {outline: 3px solid #D55E00;}
.wl-source:focus {outline: 3px solid #0B5A8A;}
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p {color: #595959 !important; opacity: 1 !important;}
</style>
"""

PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], footer {display: none !important;}
.block-container, [data-testid="stMainBlockContainer"] {padding-top: 1rem !important; padding-bottom: 1rem !important;
  max-width: 100% !important;}
html, body, [data-testid="stAppViewContainer"] {font-size: 20px;}
.wl-caption {font-size: 1.4rem;}
</style>
"""


def inject_css(presenting: bool) -> None:
    st.html(BASE_CSS + (PRESENT_CSS if presenting else ""))


def caption_banner(caption: str) -> None:
    """The sentence that says what is shown; browser tests wait for it."""
    st.html(f'<div class="wl-caption" role="status" aria-label="What is shown">{escape_text(caption)}</div>')


def page_title(text: str) -> None:
    """The page's title; in presentation mode the presentation bar names the view instead."""
    from components.state import is_presenting

    if not is_presenting():
        st.title(text)


def stop_when_nothing_shown(shown_submissions) -> None:
    """When the filters leave no submission, say so and end the page, before its own controls,
    which would have nothing to act on."""
    if shown_submissions.empty:
        st.info(NO_SUBMISSION)
        st.stop()
