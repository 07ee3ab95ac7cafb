"""Measure how Chromium draws the SDG treemap, for tests/fixtures/treemap_chromium.json.

    .venv/bin/python tools/measure_treemap.py

For two charts (the bundled data, and 300 synthetic submissions from bench/corpus.py) on each
plot size the tiles' texts are chosen for (wsislens.figures.sdgs), the figure is drawn alone in
Debian's chromium, with plotly.js from the plotly package and nothing else on the page, the
plot exactly that size. The file records each tile's box and the type size its text is drawn
at. tests/core/figures/test_tiles.py checks the layout code and the type-size estimate against
it, and that the charts still carry the texts measured.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import make_corpus  # noqa: E402

from wsislens.devserver import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from wsislens.figures.sdgs import PRESENTATION_CANVASES, SCREEN_CANVASES  # noqa: E402
from wsislens.filters import FilterState  # noqa: E402
from wsislens.loading import load_corpus  # noqa: E402
from wsislens.paths import BUNDLED_DATA_DIR  # noqa: E402
from wsislens.views import ViewOptions, build_chart  # noqa: E402

OUT = ROOT / "tests" / "fixtures" / "treemap_chromium.json"

READ_TILES = """() => Array.from(document.querySelectorAll('g.trace.treemap g.slice')).map(g => {
    const d = g.__data__;
    const text = g.querySelector('text.slicetext');
    const scale = (text && (text.getAttribute('transform') || '').match(/scale\\(([\\d.]+)\\)/)) || null;
    return {
        id: d.data.data.id,
        box: [d.x0, d.y0, d.x1, d.y1],
        drawn_px: text ? parseFloat(text.style.fontSize) * (scale ? parseFloat(scale[1]) : 1) : null,
    };
})"""


def charts() -> dict[str, Path]:
    scratch = Path(tempfile.mkdtemp(prefix="wsislens-treemap-"))
    return {"bundled": BUNDLED_DATA_DIR, "synthetic-300": make_corpus(scratch / "c300", 300)}


def main() -> int:
    from playwright.sync_api import sync_playwright

    cases = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1800, "height": 600})
        for name, data_dir in charts().items():
            tables = load_corpus(data_dir).tables
            for presenting, canvases in ((False, SCREEN_CANVASES), (True, PRESENTATION_CANVASES)):
                options = ViewOptions(today=dt.date(2026, 11, 29), presenting=presenting)
                figure = build_chart("sdgs", tables, FilterState(), options).figure
                tree = figure.data[0]
                for width, height in canvases:
                    alone = figure.update_layout(
                        width=width, height=height, margin={"l": 0, "r": 0, "t": 0, "b": 0}, title=None
                    )
                    alone.update_traces(pathbar={"visible": False})
                    html = Path(tempfile.mkdtemp()) / "treemap.html"
                    alone.write_html(html, include_plotlyjs=True, full_html=True)
                    page.goto(html.as_uri())
                    page.wait_for_selector("g.trace.treemap g.slice text.slicetext")
                    tiles = {tile["id"]: tile for tile in page.evaluate(READ_TILES)}
                    cases.append(
                        {
                            "chart": name,
                            "presenting": presenting,
                            "canvas": [width, height],
                            "ids": list(tree.ids),
                            "parents": list(tree.parents),
                            "values": list(tree.values),
                            "texts": list(tree.text),
                            "labels": list(tree.labels),
                            "boxes": [tiles[node]["box"] for node in tree.ids],
                            "drawn_px": [tiles[node]["drawn_px"] for node in tree.ids],
                        }
                    )
                    print(
                        f"{name}, {'presenting' if presenting else 'screen'}, {width}x{height}: {len(tiles)} tiles"
                    )
        browser.close()
    OUT.write_text(json.dumps({"chromium": str(CHROMIUM), "cases": cases}, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
