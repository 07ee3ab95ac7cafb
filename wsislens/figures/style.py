"""One visual language for every chart: the shared plotly template, the colour-blind-safe
palette, the SDG colours with a readable label colour per tile, and how stated, inferred
and declined facts look (they differ in pattern and symbol, never in colour alone)."""

from __future__ import annotations

import html

import plotly.graph_objects as go
import plotly.io as pio

from wsislens.reference import sdg_goal

FONT_FAMILY = "Source Sans Pro, Arial, Helvetica, sans-serif"
BASE_FONT_SIZE = 18  # readable from the back of a room on a 1280x720 projector
TEXT_COLOUR = "#1A1A1A"
MUTED_COLOUR = "#595959"  # 7:1 on white
GRID_COLOUR = "#D9D9D9"

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")

BASIS_STYLE = {
    # basis: (label, marker pattern shape, symbol, opacity)
    "stated": ("Stated by the submitter", "", "circle", 1.0),
    "inferred": ("Inferred by an analyst or the engine", "/", "diamond-open", 0.75),
    "negated": ("Declined by the submitter", "x", "x-thin-open", 0.6),
}
BASIS_COLOUR = {"stated": "#0072B2", "inferred": "#E69F00", "negated": "#595959"}

TEMPLATE_NAME = "wsislens"


def _relative_luminance(hex_colour: str) -> float:
    channels = [int(hex_colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(colour_a: str, colour_b: str) -> float:
    """WCAG contrast ratio of two hex colours (1 to 21)."""
    lighter, darker = sorted((_relative_luminance(colour_a), _relative_luminance(colour_b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def label_colour(background: str) -> str:
    """Black or white, whichever contrasts more with the background."""
    return (
        "#000000"
        if contrast_ratio(background, "#000000") >= contrast_ratio(background, "#FFFFFF")
        else "#FFFFFF"
    )


def goal_colour(goal: int) -> str:
    return sdg_goal(goal).colour


def _build_template() -> go.layout.Template:
    template = go.layout.Template()
    template.layout = go.Layout(
        font={"family": FONT_FAMILY, "size": BASE_FONT_SIZE, "color": TEXT_COLOUR},
        title={
            "font": {"size": BASE_FONT_SIZE + 8, "color": TEXT_COLOUR},
            "x": 0,
            "xanchor": "left",
            "pad": {"l": 12},  # off the edge of an exported picture
            "y": 0.97,
            "yanchor": "top",
        },
        paper_bgcolor="#FFFFFF",
        plot_bgcolor="#FFFFFF",
        colorway=list(PALETTE),
        margin={"l": 20, "r": 20, "t": 90, "b": 40},
        legend={"font": {"size": BASE_FONT_SIZE - 2}, "bgcolor": "rgba(255,255,255,0.8)"},
        hoverlabel={"font": {"size": BASE_FONT_SIZE - 2, "family": FONT_FAMILY}, "bgcolor": "#FFFFFF"},
        xaxis={
            "gridcolor": GRID_COLOUR,
            "linecolor": MUTED_COLOUR,
            "tickfont": {"size": BASE_FONT_SIZE - 2},
            "automargin": True,
        },
        yaxis={
            "gridcolor": GRID_COLOUR,
            "linecolor": MUTED_COLOUR,
            "tickfont": {"size": BASE_FONT_SIZE - 2},
            "automargin": True,
        },
    )
    return template


pio.templates[TEMPLATE_NAME] = _build_template()


# In presentation mode a chart is at most this tall, so that it fits a 1280x720 projector's
# screen below the presentation bar.
PRESENTATION_HEIGHT_PX = 520


def plotly_text(text: str) -> str:
    """Submission text for plotly, which reads a little HTML in labels and hovers: shown
    literally, on one line."""
    return html.escape(text, quote=False).replace("\n", " ")


def apply_layout(fig: go.Figure, title: str, *, height: int = 560) -> go.Figure:
    """Give a figure the shared template, its title and a height."""
    fig.update_layout(template=TEMPLATE_NAME, title={"text": title}, height=height)
    return fig


def empty_figure(message: str, title: str) -> go.Figure:
    """A figure that says in words why there is nothing to draw."""
    fig = go.Figure()
    fig.add_annotation(
        text=message,
        x=0.5,
        y=0.5,
        xref="paper",
        yref="paper",
        showarrow=False,
        font={"size": BASE_FONT_SIZE + 2, "color": MUTED_COLOUR},
    )
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return apply_layout(fig, title, height=320)
