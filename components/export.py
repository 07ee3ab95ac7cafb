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
from wsislens.export.images import figure_image, unavailable_reason
from wsislens.export.naming import export_filename
from wsislens.views import VIEWS, build_chart, share_link

PPTX_MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def export_panel(ctx: ViewContext, page_path: str) -> None:
    view = next((v for v in VIEWS if v[3] == (page_path or "summary")), None)  # "" is the default page
    day = dt.date.today()
    options = state.view_options()  # read now: the buttons' callables run outside this script run
    with st.expander("Export and share", icon=":material/ios_share:"):
        columns = st.columns(3)
        reason = unavailable_reason()
        if view is not None:
            key, title = view[0], view[1]

            def image(fmt: str) -> bytes:
                chart = build_chart(key, ctx.tables, ctx.filters, options)
                return figure_image(chart.figure, fmt)

            for column, fmt, mime in ((columns[0], "png", "image/png"), (columns[1], "svg", "image/svg+xml")):
                column.download_button(
                    f"{title} as {fmt.upper()}",
                    data=lambda fmt=fmt: image(fmt),
                    file_name=export_filename(key, ctx.filters, day, fmt),
                    mime=mime,
                    disabled=reason is not None,
                    help=reason,
                    key=f"export_{fmt}",
                    on_click="ignore",
                    width="stretch",
                )
        columns[2].download_button(
            "All views as PowerPoint",
            data=lambda: deck_for(ctx.tables, ctx.filters, options, day),
            file_name=export_filename("views", ctx.filters, day, "pptx"),
            mime=PPTX_MIME,
            disabled=reason is not None,
            help=reason,
            key="export_pptx",
            on_click="ignore",
            width="stretch",
        )
        data_columns = st.columns(3)
        data_columns[0].download_button(
            "Facts as CSV",
            data=lambda: facts_csv(ctx.shown),
            file_name=export_filename("facts", ctx.filters, day, "csv"),
            mime="text/csv",
            key="export_csv",
            on_click="ignore",
            width="stretch",
        )
        data_columns[1].download_button(
            "Facts as Excel",
            data=lambda: facts_xlsx(ctx.shown, ctx.caption),
            file_name=export_filename("facts", ctx.filters, day, "xlsx"),
            mime=XLSX_MIME,
            key="export_xlsx",
            on_click="ignore",
            width="stretch",
        )
        if reason:
            st.caption(reason)
        st.markdown("**Link to this view**")
        base = os.environ.get("WSISLENS_PUBLIC_URL") or st.context.url or ""
        st.code(share_link(base, page_path, state.query_for(ctx.filters)), language=None, wrap_lines=True)
        st.caption(
            "Use the copy button at the right of the link. It reopens this page with the same filters."
        )
