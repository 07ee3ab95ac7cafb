"""The deck and the export command, with real files opened back (python-pptx, PIL via pptx)."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pptx import Presentation

from wsislens.export.images import unavailable_reason
from wsislens.filters import FilterState
from wsislens.paths import REPO_ROOT

needs_chromium = pytest.mark.skipif(
    unavailable_reason() is not None and os.environ.get("CI") != "true",
    reason="image export needs Debian's chromium: sudo apt-get install -y chromium",
)


def _export(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wsislens", "export", *args, "--today", "2026-11-28"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def tiny_png(_chart) -> bytes:
    """A one-pixel PNG, for decks whose slides' pictures a test does not look at."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
        + chunk(b"IEND", b"")
    )


def _distinct_colours(data: bytes) -> int:
    # Count distinct bytes in the decompressed image data: a blank image has one or two.
    import zlib

    chunks, position = b"", 8
    while position < len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        if kind == b"IDAT":
            chunks += data[position + 8 : position + 8 + length]
        position += 12 + length
    return len(set(zlib.decompress(chunks)))


@needs_chromium
def test_deck_opens_with_slides_titles_real_images_and_filters(tmp_path):
    out = tmp_path / "deck.pptx"
    result = _export(tmp_path, "--format", "pptx", "--out", str(out), "--theme", "law-enforcement")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    deck = Presentation(str(out))
    slides = list(deck.slides)
    assert len(slides) == 6

    def texts(slide):
        return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]

    title_texts = texts(slides[0])
    assert title_texts[0] == "ECPAT International: WSIS implementation"
    assert "Shown: ECPAT International · themes: law enforcement · 2014–2030" in title_texts[1]
    assert "Exported from WSIS Lens on 2026-11-28" in title_texts[1]
    assert title_texts[2].startswith("Disclaimer: The views presented here are the contributors'")
    # real titles, in the slides' title placeholders (PowerPoint's outline, screen readers)
    assert [s.shapes.title.text for s in slides] == [title_texts[0], *(texts(s)[0] for s in slides[1:])]
    assert [texts(s)[0] for s in slides[1:]] == [
        "Coverage at a glance",
        "WSIS action lines covered",
        "SDG goals and targets served",
        "Partner network",
        "Timeline of events to the 2030 deadline",
    ]
    for slide in slides[1:]:
        pictures = [shape for shape in slide.shapes if shape.shape_type == 13]
        assert len(pictures) == 1
        blob = pictures[0].image.blob
        width, height = _png_size(blob)
        assert width == 1600 and height >= 300
        assert _distinct_colours(blob) > 20
        footer = texts(slide)[-1]
        assert footer.endswith("Shown: ECPAT International · themes: law enforcement · 2014–2030.")
        key_facts = texts(slide)[1].split("\n")
        assert key_facts[0] == "Key facts" and 3 <= len(key_facts) - 1 <= 5
    # each slide says how to read its marks, and only those drawn
    assert texts(slides[5])[-1] == (
        "Source: ECPAT International, submission to the 25th CSTD session (2022). Solid bars: a year or "
        "a month. Shaded line: the CSTD session. Dashed line: today. Shown: ECPAT International · "
        "themes: law enforcement · 2014–2030."
    )
    action_facts = texts(slides[2])[1]
    assert action_facts.split("\n")[1:] == [
        "Stated: C5 Confidence and security.",
        "Inferred only (analyst or engine, not the submitter's claim): C4 Capacity building.",
        "Not mentioned: C1, C2, C3, C6, C7, C8, C9, C10, C11.",
    ]
    notes = slides[3].notes_slide.notes_text_frame.text
    assert notes.split("\n") == [
        "Supporting quotes, each in its sentence:",
        "“The remit of ECPAT International is closely linked to SDGs 16.2, 5.3 and 8.7.”",
        "“The three main action lines of the programme are: promoting adequate international and regional "
        "legal frameworks and a better implementation; promoting a positive use of technologies to combat "
        "exploitation, and finally supporting law enforcement agencies specialized in the field.” "
        "(supporting words: “supporting law enforcement agencies specialized in the field”)",
    ]


@needs_chromium
def test_png_and_svg_go_to_a_folder_one_per_view(tmp_path):
    result = _export(tmp_path, "--format", "png", "--out", str(tmp_path / "png"), "--theme", "covid-19")
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in (tmp_path / "png").iterdir())
    assert names == [
        f"wsislens_{view}_covid-19_2026-11-28.png"
        for view in ("action-lines", "network", "overview", "sdgs", "timeline")
    ]
    assert _png_size((tmp_path / "png" / names[4]).read_bytes())[0] == 1600
    # no SDG is tagged with the theme: the chart's sentence (320 px) and under it a two-line
    # caption (2 x 18 + 2 x 10 px), at 1.6 times
    assert _png_size((tmp_path / "png" / names[3]).read_bytes()) == (1600, int(320 * 1.6) + int(56 * 1.6))


def test_a_chart_exported_alone_says_what_it_shows_under_it(corpus):
    from wsislens.export.images import caption_figure
    from wsislens.views import ViewOptions, build_chart, shown_in_words

    state = FilterState(themes=("law-enforcement",))
    chart = build_chart("sdgs", corpus.tables, state, ViewOptions(today=dt.date(2026, 11, 28)))
    shown = shown_in_words(state, corpus.tables, corpus.tables)
    assert shown == "ECPAT International · themes: law enforcement · 2014–2030"
    caption = caption_figure(chart, shown)
    assert caption.layout.height == 3 * 18 + 2 * 10
    assert caption.layout.annotations[0].text == (
        "Source: ECPAT International, submission to the 25th CSTD session (2022). Solid tiles: stated by the "
        "submitter. Hatched tiles:<br>inferred by an analyst or the SDG engine, not the submitter's claim. "
        "Shown: ECPAT International · themes: law enforcement ·<br>2014–2030."
    )


def test_csv_export_and_bad_options(tmp_path):
    out = tmp_path / "facts.csv"
    result = _export(tmp_path, "--format", "csv", "--out", str(out), "--theme", "covid-19")
    assert result.returncode == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").count("\n") == 3  # header, a key point, an event
    bad = _export(
        tmp_path, "--format", "csv", "--out", str(tmp_path / "x.csv"), "--goal", "18", "--target", "9.z"
    )
    assert bad.returncode == 1
    assert bad.stderr.splitlines() == [
        "error: Unknown SDG goal '18' is not valid (1 to 17).",
        "error: Unknown SDG target '9.z' is not valid.",
    ]
    assert not (tmp_path / "x.csv").exists()
    wrong = _export(tmp_path, "--format", "gif", "--out", str(tmp_path / "y"))
    assert wrong.returncode == 1 and "invalid choice: 'gif'" in wrong.stderr


def test_file_names_state_view_filters_and_date():
    from wsislens.export.naming import export_filename

    state = FilterState(themes=("law-enforcement",), year_from=2014, year_to=2030, target="16.2")
    assert export_filename("action_lines", state, dt.date(2026, 11, 28), "png") == (
        "wsislens_action-lines_law-enforcement_target-16.2_2014-2030_2026-11-28.png"
    )


def test_a_slide_figure_drops_the_title_and_only_its_room(corpus):
    from wsislens.export.deck import slide_figure
    from wsislens.views import ViewOptions, build_chart

    options = ViewOptions(today=dt.date(2026, 11, 28), presenting=True)
    timeline = build_chart("timeline", corpus.tables, FilterState(), options)
    network = build_chart("network", corpus.tables, FilterState(), options)
    assert timeline.figure.layout.margin.t == 140  # the title, the session line and today's line
    assert slide_figure(timeline).layout.margin.t == 90  # the session and today's lines stay
    assert slide_figure(timeline).layout.title.text is None
    assert slide_figure(network).layout.margin.t == 40


def test_a_long_key_fact_is_cut_to_stay_on_its_slide(corpus):
    import dataclasses
    import io

    from wsislens.export.deck import build_deck
    from wsislens.views import ViewOptions, build_chart
    from wsislens.words import FACT_CHARS

    sdgs = build_chart("sdgs", corpus.tables, FilterState(), ViewOptions(today=dt.date(2026, 11, 28)))
    targets = ", ".join(f"{goal}.{n}" for goal in range(1, 18) for n in range(1, 6))
    long = dataclasses.replace(sdgs, key_facts=(f"Stated targets: {targets}.", "Short fact."))
    deck = Presentation(
        io.BytesIO(
            build_deck(
                [long],
                title="T",
                subtitle_lines=[],
                caption="all",
                disclaimers=(),
                render=tiny_png,
                day=dt.date(2026, 11, 28),
            )
        )
    )
    facts = [s.text_frame.text for s in deck.slides[1].shapes if s.has_text_frame][1].split("\n")
    assert facts[0] == "Key facts" and facts[2] == "Short fact."
    assert facts[1].startswith("Stated targets: 1.1, 1.2, 1.3") and facts[1].endswith(" …")
    assert len(facts[1]) <= FACT_CHARS


def _slide_texts(slide) -> list[str]:
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def test_a_deck_with_machine_drafts_says_so_on_its_title_slide_and_every_footer(data_dir):
    import io

    from wsislens.export.deck import deck_for
    from wsislens.ingest import ingest_files
    from wsislens.loading import load_corpus
    from wsislens.views import ViewOptions

    [(_, _, error)] = ingest_files([REPO_ROOT / "tests/fixtures/documents/ngo_statement.md"], data_dir)
    assert error is None
    corpus = load_corpus(data_dir)
    day = dt.date(2026, 11, 28)
    deck = Presentation(io.BytesIO(deck_for(corpus, FilterState(), ViewOptions(today=day), day, tiny_png)))
    slides = list(deck.slides)
    title = _slide_texts(slides[0])
    assert title[0] == "2 submissions: WSIS implementation"
    assert title[2] == (
        "Machine draft, not reviewed: Harvest Link Network. "
        "Check its facts against the source text before relying on them."
    )
    assert title[3].startswith(
        "Disclaimer (ECPAT International, Harvest Link Network): The views presented here are the "
        "contributors'"
    )
    for slide in slides[1:]:
        assert _slide_texts(slide)[-1].endswith(
            "Shown: 2 submissions · all themes · 2014–2030 · 1 machine draft, not reviewed."
        )


def test_disclaimers_of_many_submissions_are_written_once_each():
    from tests.core.figures.fixtures import submissions
    from wsislens.export.deck import disclaimer_lines

    many = submissions(
        *(
            {"submission_id": f"s{i}", "entity_name": f"Agency {i}", "disclaimer": text}
            for i, text in enumerate(
                ["Not edited."] * 5 + ["Views are the authors'."] + ["A.", "B."] + [None]
            )
        )
    )
    assert disclaimer_lines(many) == [
        "Disclaimer (5 submissions): Not edited.",
        "Disclaimer (Agency 5): Views are the authors'.",
        "2 other disclaimers in the submissions' texts.",
    ]
    assert disclaimer_lines(many.iloc[8:]) == []


def test_pictures_are_stacked_whole_one_under_the_other():
    import io

    from PIL import Image

    from wsislens.export.images import stacked_png, stacked_svg

    def png(width, height, colour) -> bytes:
        out = io.BytesIO()
        Image.new("RGB", (width, height), colour).save(out, format="PNG")
        return out.getvalue()

    whole = Image.open(io.BytesIO(stacked_png([png(40, 30, "red"), png(40, 10, "blue")])))
    assert whole.size == (40, 40)
    assert whole.getpixel((5, 29)) == (255, 0, 0) and whole.getpixel((5, 30)) == (0, 0, 255)
    top = (
        b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="60"><rect/></svg>'
    )
    bottom = b'<svg class="x" width="100" height="20"><text>caption</text></svg>'
    assert stacked_svg([top, bottom]) == (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="80" viewBox="0 0 100 80">'
        b'<svg y="0" xmlns="http://www.w3.org/2000/svg" width="100" height="60"><rect/></svg>'
        b'<svg y="60" class="x" width="100" height="20"><text>caption</text></svg></svg>'
    )


def test_quotes_are_read_in_their_sentences_from_the_texts_that_hold_them(corpus):
    from wsislens.export.deck import quotes_in_words
    from wsislens.figures.chart import Quote

    text = corpus.texts["ecpat-international-2021"]

    def quote(words: str) -> Quote:
        start = text.index(words)
        return Quote(words, ("other-2022", "ecpat-international-2021"), start, start + len(words))

    texts = {"other-2022": "Nothing here.", "ecpat-international-2021": text}
    both = [quote("the elimination of the sexual exploitation of children"), quote("122 ECPAT members")]
    assert quotes_in_words(both, texts) == [
        "“Today, 122 ECPAT members and partners in over 100 countries are part of a dynamic and expanding "
        "network of organisations and individuals united in one common cause: the elimination of the sexual "
        "exploitation of children.” (supporting words: “122 ECPAT members”, "
        "“the elimination of the sexual exploitation of children”)"
    ]
    assert quotes_in_words(both[:1], None) == ["“the elimination of the sexual exploitation of children”"]
    # the text's Markdown marks are left out, as on the screen
    linked = quote("End Violence Against Children](#) both")
    assert quotes_in_words([linked], texts) == [
        "“In part this is attributable to the increased flow of funds channeled both through the We "
        "PROTECT Global Alliance and End Violence Against Children both of which are ECPAT partners.” "
        "(supporting words: “End Violence Against Children both”)"
    ]


def _facts_box(chart):
    """The key facts' text box on the slide of a deck of `chart` alone."""
    import io

    from wsislens.export.deck import build_deck

    deck = Presentation(
        io.BytesIO(
            build_deck(
                [chart],
                title="T",
                subtitle_lines=[],
                caption="all",
                render=tiny_png,
                day=dt.date(2026, 11, 28),
            )
        )
    )
    return [shape for shape in deck.slides[1].shapes if shape.has_text_frame][1]


def test_a_summary_too_long_for_the_slide_is_not_added_to_its_facts(corpus):
    import dataclasses

    from wsislens.views import ViewOptions, build_chart

    sdgs = build_chart("sdgs", corpus.tables, FilterState(), ViewOptions(today=dt.date(2026, 11, 28)))

    def facts_of(chart) -> list[str]:
        return _facts_box(chart).text_frame.text.split("\n")

    assert facts_of(dataclasses.replace(sdgs, key_facts=("Short.",), summary="In words.")) == [
        "Key facts",
        "Short.",
        "In words.",
    ]
    assert facts_of(dataclasses.replace(sdgs, key_facts=("Short.",), summary="x" * 300)) == [
        "Key facts",
        "Short.",
    ]


def test_long_key_facts_are_set_smaller_to_stay_clear_of_the_footer(corpus):
    import dataclasses

    from wsislens.views import ViewOptions, build_chart

    sdgs = build_chart("sdgs", corpus.tables, FilterState(), ViewOptions(today=dt.date(2026, 11, 28)))

    def sizes_of(facts: tuple[str, ...]) -> set[float]:
        box = _facts_box(dataclasses.replace(sdgs, key_facts=facts))
        return {run.font.size.pt for p in box.text_frame.paragraphs for run in p.runs}

    assert sizes_of(("A short fact.", "Another.", "A third.")) == {15.0}
    assert sizes_of(tuple("A fact of two hundred characters. " * 6 for _ in range(4))) == {13.0}
