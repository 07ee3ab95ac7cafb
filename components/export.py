"""The "Export and share" panel under every view: the chart as PNG and SVG, the whole view
set as a PowerPoint deck, the filtered facts as CSV and Excel, and a link to this view.
Files are built only when a button is pressed (the buttons take callables)."""

from __future__ import annotations

import datetime as dt
import os

import streamlit as st

from components import state
from components.context import ViewContext
from wsislens.export.deck import deck_for
from wsislens.export.facts import facts_csv, facts_xlsx
from wsislens.export.images import exported_image, unavailable_reason
from wsislens.export.naming import export_filename
from wsislens.views import VIEWS, build_chart, share_link, shown_in_words

PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_panel(ctx: ViewContext, page_path: str) -> None:
    """The buttons and the link, stacked (the panel sits in the sidebar)."""
    view = next((v for v in VIEWS if v[3] == (page_path or "summary")), None)  # "" is the default page
    day = dt.date.today()
    options = state.view_options()  # read now: the buttons' callables run outside this script run
    reason = unavailable_reason()
    shown = shown_in_words(ctx.filters, ctx.tables, ctx.shown)
    downloads = []  # (label, build, file name, mime, needs a browser for images)
    if view is not None:
        key, title = view[0], view[1]

        def image(fmt: str) -> bytes:
            return exported_image(build_chart(key, ctx.tables, ctx.filters, options), shown, fmt)

        for fmt, mime in (("png", "image/png"), ("svg", "image/svg+xml")):
            downloads.append(
                (
                    f"{title} as {fmt.upper()}",
                    lambda fmt=fmt: image(fmt),
                    export_filename(key, ctx.filters, day, fmt),
                    mime,
                    True,
                )
            )
    downloads += [
        (
            "All views as PowerPoint",
            lambda: deck_for(ctx.corpus, ctx.filters, options, day),
            export_filename("views", ctx.filters, day, "pptx"),
            PPTX_MIME,
            True,
        ),
        (
            "Facts as CSV",
            lambda: facts_csv(ctx.shown),
            export_filename("facts", ctx.filters, day, "csv"),
            "text/csv",
            False,
        ),
        (
            "Facts as Excel",
            lambda: facts_xlsx(ctx.shown, shown),
            export_filename("facts", ctx.filters, day, "xlsx"),
            XLSX_MIME,
            False,
        ),
    ]
    with st.expander("Export and share", icon=":material/ios_share:"):
        for label, build, file_name, mime, needs_browser in downloads:
            st.download_button(
                label,
                data=build,
                file_name=file_name,
                mime=mime,
                on_click="ignore",
                disabled=needs_browser and reason is not None,
                help=reason if needs_browser else None,
                key=f"export_{file_name.rsplit('.', 1)[-1]}",
                width="stretch",
            )
        if reason:
            st.caption(reason)
        st.markdown("**Link to this view**")
        base = os.environ.get("WSISLENS_PUBLIC_URL") or st.context.url or ""
        st.code(
            share_link(base, page_path, state.query_for(ctx.filters, page_path)),
            language=None,
            wrap_lines=True,
        )
        st.caption(
            "The copy button is at the right of the link. It reopens this page with the same filters, "
            "the same choices above the chart and the same item read below it."
        )
