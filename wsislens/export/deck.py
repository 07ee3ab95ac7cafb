"""The view set as a PowerPoint deck: a title slide, then one slide per view with its chart,
three to five key facts in words (inferred ones marked) and the source; speaker notes carry
the supporting quotes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import textwrap
from collections.abc import Callable, Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from wsislens.evidence import in_sentences
from wsislens.export.images import LAYOUT_WIDTH
from wsislens.figures.chart import Chart, Quote
from wsislens.filters import FilterState, apply_filters
from wsislens.loading import Corpus
from wsislens.views import VIEW_KEYS, ViewOptions, build_chart, draft_names, drafts_warning, shown_in_words
from wsislens.words import FACT_CHARS, counted

SLIDE_WIDTH, SLIDE_HEIGHT = Inches(13.333), Inches(7.5)
DARK = RGBColor(0x1A, 0x1A, 0x1A)
MUTED = RGBColor(0x59, 0x59, 0x59)
ACCENT = RGBColor(0x00, 0x72, 0xB2)
WARNING = RGBColor(0x8A, 0x4B, 0x00)  # dark amber: 6.8:1 on white
# The key facts' type size: smaller when they are long, so that they stay clear of the footer
# in a font wider than the deck's Calibri (LibreOffice's stand-in where Calibri is missing).
FACTS_PT, SMALL_FACTS_PT = 15, 13
FACTS_CHARS_AT_FULL_SIZE = 600

ImageRenderer = Callable[[Chart], bytes]
TITLE_ROOM_PX = 50  # what a figure's margin keeps above its plot for the figure's title


def _text_box(
    slide,
    left,
    top,
    width,
    height,
    paragraphs: Sequence[str],
    *,
    size: int,
    colour=DARK,
    bold_first: bool = False,
):
    box = slide.shapes.add_textbox(left, top, width, height)
    _fill(box.text_frame, paragraphs, size=size, colour=colour, bold_first=bold_first)
    return box


def _title(slide, left, top, width, height, text: str, *, size: int, colour=DARK):
    """The slide's title in its title placeholder, so PowerPoint's outline and screen readers
    find it, placed and styled like the other text."""
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = left, top, width, height
    frame = title.text_frame
    frame.vertical_anchor = MSO_ANCHOR.TOP
    _fill(frame, [text], size=size, colour=colour, bold_first=True)
    frame.paragraphs[0].alignment = PP_ALIGN.LEFT
    return title


def _fill(frame, paragraphs: Sequence[str], *, size: int, colour, bold_first: bool) -> None:
    frame.word_wrap = True
    for index, text in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font.color.rgb = colour
        run.font.bold = bold_first and index == 0
        paragraph.space_after = Pt(8)


def build_deck(
    charts: Sequence[Chart],
    *,
    title: str,
    subtitle_lines: Sequence[str],
    caption: str,
    disclaimers: Sequence[str] = (),
    warning: str | None = None,
    render: ImageRenderer,
    day: dt.date,
    texts: Mapping[str, str] | None = None,
) -> bytes:
    """A 16:9 deck; `render` turns a chart into PNG bytes (so tests and the app share one path).

    Args:
        charts: the views, in order; an empty chart gets its sentence instead of a picture.
        title: the title slide's title (the submission or submissions).
        subtitle_lines: session and other lines under the title.
        caption: the filters in words (and the machine drafts among the submissions), printed on
            every slide.
        disclaimers: the submissions' own disclaimers, on the title slide.
        warning: on the title slide, above the disclaimers (the machine drafts not reviewed).
        texts: submission id -> its source text, where the speaker notes read each quote in its
            sentence (without it, the quotes alone).
    """
    deck = Presentation()
    deck.slide_width, deck.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    titled = deck.slide_layouts[5]  # "Title Only": a title placeholder and nothing else

    first = deck.slides.add_slide(titled)
    _title(first, Inches(0.7), Inches(1.2), Inches(12), Inches(1.4), title, size=40)
    _text_box(
        first,
        Inches(0.7),
        Inches(2.7),
        Inches(12),
        Inches(1.6),
        [*subtitle_lines, f"Shown: {caption}", f"Exported from WSIS Lens on {day.isoformat()}"],
        size=20,
        colour=MUTED,
    )
    if warning:
        _text_box(
            first, Inches(0.7), Inches(4.4), Inches(12), Inches(0.8), [warning], size=16, colour=WARNING
        )
    if disclaimers:
        _text_box(
            first, Inches(0.7), Inches(5.3), Inches(12), Inches(1.6), disclaimers, size=14, colour=MUTED
        )

    for chart in charts:
        slide = deck.slides.add_slide(titled)
        _title(
            slide, Inches(0.5), Inches(0.25), Inches(12.3), Inches(0.8), chart.title, size=30, colour=ACCENT
        )
        if chart.is_empty:
            _text_box(
                slide, Inches(0.5), Inches(2.5), Inches(8.4), Inches(2), [chart.empty], size=24, colour=MUTED
            )
        else:
            image = render(chart)
            height_ratio = (chart.figure.layout.height or 600) / LAYOUT_WIDTH
            width = Inches(8.4)
            height = Emu(int(width * height_ratio))
            max_height = Inches(5.6)
            if height > max_height:
                width, height = Emu(int(max_height / height_ratio)), max_height
            slide.shapes.add_picture(io.BytesIO(image), Inches(0.4), Inches(1.15), width, height)
        facts = list(chart.key_facts[:5]) or [chart.summary]
        if len(facts) < 3 and chart.summary not in facts and len(chart.summary) <= FACT_CHARS:
            facts.append(chart.summary)  # never cut: the sentence lists what the facts above shorten
        # the views write long lists short ("and 9 more", wsislens.words.listed); any other fact
        # too long for the column is cut, so the facts stay on the slide; the whole of it is in the
        # app's view and its table
        facts = [textwrap.shorten(fact, FACT_CHARS, placeholder=" …") for fact in facts]
        _text_box(
            slide,
            Inches(9.0),
            Inches(1.2),
            Inches(4.0),
            Inches(5.4),
            ["Key facts", *facts],
            size=FACTS_PT if sum(map(len, facts)) <= FACTS_CHARS_AT_FULL_SIZE else SMALL_FACTS_PT,
            bold_first=True,
        )
        _text_box(
            slide,
            Inches(0.5),
            Inches(6.75),
            Inches(12.3),
            Inches(0.6),
            [chart.caption(caption)],
            size=11,
            colour=MUTED,
        )
        notes = slide.notes_slide.notes_text_frame
        notes.text = (
            "Supporting quotes, each in its sentence:\n" + "\n".join(quotes_in_words(chart.quotes, texts))
            if chart.quotes
            else ("No supporting quotes for this view under these filters.")
        )
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()


def quotes_in_words(quotes: Sequence[Quote], texts: Mapping[str, str] | None) -> list[str]:
    """The quotes for the speaker notes, each sentence once: the sentence, then the supporting
    words when they are only part of it ("“…sentence…” (supporting words: “targets 8.3”,
    “17.11”)")."""
    items = [{"quote": quote.text, "start": quote.start, "end": quote.end} for quote in quotes]
    holding = {s: texts[s] for quote in quotes for s in quote.submission_ids if texts and s in texts}
    words_of: dict[str, list[str]] = {}  # a sentence two texts share is given once too
    for sentence in in_sentences(items, holding):
        words_of.setdefault(sentence.text.strip(), []).extend(sentence.quotes)
    return [
        f"“{sentence}”"
        if words == [sentence]
        else f"“{sentence}” (supporting words: {', '.join(f'“{w}”' for w in words)})"
        for sentence, words in words_of.items()
    ]


def slide_figure(chart: Chart) -> go.Figure:
    """The chart's figure for a slide: the slide's own title replaces the figure's, and the room
    kept for it goes (what a chart sets above its plot, such as the timeline's sessions, stays)."""
    top = chart.figure.layout.margin.t
    return go.Figure(chart.figure).update_layout(
        title=None, margin={"t": max(40, top - TITLE_ROOM_PX) if top is not None else 40}
    )


def _slide_picture(chart: Chart) -> bytes:
    from wsislens.export.images import figure_image

    return figure_image(slide_figure(chart), "png")


DISCLAIMERS_SHOWN = 2  # distinct disclaimers written out on the title slide


def disclaimer_lines(submissions: pd.DataFrame) -> list[str]:
    """The submissions' own disclaimers, each distinct text once, saying whose it is when the
    deck holds several submissions; beyond DISCLAIMERS_SHOWN texts, how many more there are."""
    with_text = submissions[submissions["disclaimer"].map(lambda d: isinstance(d, str) and bool(d.strip()))]
    if with_text.empty:
        return []
    if len(submissions) == 1:
        return [f"Disclaimer: {with_text.iloc[0]['disclaimer']}"]
    groups = list(with_text.groupby("disclaimer", sort=False)["entity_name"])
    lines = []
    for text, names in groups[:DISCLAIMERS_SHOWN]:
        whose = ", ".join(names) if len(names) <= 3 else counted(len(names), "submission")
        lines.append(f"Disclaimer ({whose}): {text}")
    if len(groups) > DISCLAIMERS_SHOWN:
        rest = len(groups) - DISCLAIMERS_SHOWN
        lines.append(f"{counted(rest, 'other disclaimer')} in the submissions' texts.")
    return lines


def deck_for(
    corpus: Corpus,
    state: FilterState,
    options: ViewOptions,
    day: dt.date,
    render: ImageRenderer | None = None,
) -> bytes:
    """The deck of every view under the filters and the views' own options; `render` turns a
    chart into its slide's picture (by default through kaleido, as exported)."""
    tables = corpus.tables
    shown = apply_filters(tables, state)
    subs = shown.submissions
    single = subs.iloc[0] if len(subs) == 1 else None
    if single is not None:
        title = f"{single['entity_name']}: WSIS implementation"
        lines = [single["title"]] if isinstance(single["title"], str) else []
    else:
        title, lines = f"{len(subs)} submissions: WSIS implementation", []
    drafts = draft_names(subs)
    # A slide holds the timeline best as presented: each event's name on one line, lower rows.
    slide_options = {"timeline": dataclasses.replace(options, presenting=True)}
    charts = [build_chart(key, tables, state, slide_options.get(key, options), shown) for key in VIEW_KEYS]
    return build_deck(
        charts,
        title=title,
        subtitle_lines=lines,
        caption=shown_in_words(state, tables, shown),
        disclaimers=disclaimer_lines(subs),
        warning=drafts_warning(drafts) if drafts else None,
        render=render or _slide_picture,
        texts=corpus.texts,
        day=day,
    )
