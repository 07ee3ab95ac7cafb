"""Presentation mode: one view per screen, large type, no sidebar, previous/next controls.
Bound to `present=1` in the URL, so a prepared link opens straight into it."""

from __future__ import annotations

import streamlit as st

from components import state


def presentation_bar(pages: list, current) -> None:
    """Previous / position / next / exit, above the view."""
    position = next(i for i, page in enumerate(pages) if page.url_path == current.url_path)
    previous, where, following, leave = st.columns([1, 3, 1, 1], vertical_alignment="center")
    if previous.button("◀ Previous", key="present_previous", disabled=position == 0, width="stretch"):
        st.switch_page(pages[position - 1])
    where.markdown(f"**View {position + 1} of {len(pages)}: {current.title}**")
    if following.button("Next ▶", key="present_next", disabled=position == len(pages) - 1, width="stretch"):
        st.switch_page(pages[position + 1])
    leave.button(
        "Exit presentation",
        key="present_exit",
        on_click=state.toggle_presentation,
        args=(False,),
        width="stretch",
    )
