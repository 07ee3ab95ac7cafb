"""Where plotly's treemap puts its tiles, worked out before drawing, so that each tile can be
given the longest label it holds in legible type.

plotly.js lays a treemap out with d3-hierarchy: children sorted by value (largest first),
placed by the squarified algorithm (aspect ratio 1), `tiling.pad` between siblings, and
`marker.pad` inside a tile that has children. plotly's default `marker.pad` is a header of
twice the font size on top and half the font size on the other sides. This module follows
the same steps, so its boxes are the drawn ones for the canvas it is given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# An average character of the chart's face, and a line, in ems; the room plotly keeps between a
# tile's edges and its text, across and down (px). Measured on plotly's own scaling of tile
# texts in Chromium (tests/fixtures/treemap_chromium.json): the type sizes `text_px` gives are
# at most 2 % above the drawn ones, and at most 21 % under.
CHAR_EM, LINE_EM = 0.55, 1.3
INSET_ACROSS_PX, INSET_DOWN_PX = 6, 4


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True)
class Padding:
    inner: float  # between siblings
    top: float  # inside a tile with children: its header
    side: float  # inside a tile with children: left, right and bottom

    @classmethod
    def plotly_default(cls, font_px: float, inner: float) -> Padding:
        return cls(inner=inner, top=2 * font_px, side=font_px / 2)


def _squarify(values: Sequence[float], total: float, box: Box) -> list[Box]:
    """d3's squarified tiling (ratio 1) of values sorted largest first, which sum to `total`."""
    out: list[Box] = []
    x0, y0, x1, y1 = box.x0, box.y0, box.x1, box.y1
    i0 = i1 = 0
    n = len(values)
    remaining = total
    while i0 < n:
        dx, dy = x1 - x0, y1 - y0
        row_sum = values[i1]
        i1 += 1
        while not row_sum and i1 < n:
            row_sum = values[i1]
            i1 += 1
        smallest = largest = row_sum
        alpha = max(dy / dx, dx / dy) / remaining if dx > 0 and dy > 0 and remaining else 0.0
        beta = row_sum * row_sum * alpha
        worst = max(largest / beta, beta / smallest) if beta and smallest else float("inf")
        while i1 < n:
            value = values[i1]
            row_sum += value
            smallest, largest = min(smallest, value), max(largest, value)
            beta = row_sum * row_sum * alpha
            ratio = max(largest / beta, beta / smallest) if beta and smallest else float("inf")
            if ratio > worst:
                row_sum -= value
                break
            worst = ratio
            i1 += 1
        row = values[i0:i1]
        if dx < dy:  # a row across the top, the rest below
            y_end = y0 + dy * row_sum / remaining if remaining else y1
            out.extend(_split(row, row_sum, Box(x0, y0, x1, y_end), across=True))
            y0 = y_end
        else:  # a column on the left, the rest to the right
            x_end = x0 + dx * row_sum / remaining if remaining else x1
            out.extend(_split(row, row_sum, Box(x0, y0, x_end, y1), across=False))
            x0 = x_end
        remaining -= row_sum
        i0 = i1
    return out


def _split(values: Sequence[float], total: float, box: Box, *, across: bool) -> list[Box]:
    out = []
    if across:
        k = box.width / total if total else 0.0
        x = box.x0
        for value in values:
            out.append(Box(x, box.y0, x + value * k, box.y1))
            x += value * k
    else:
        k = box.height / total if total else 0.0
        y = box.y0
        for value in values:
            out.append(Box(box.x0, y, box.x1, y + value * k))
            y += value * k
    return out


def tile_boxes(
    ids: Sequence[str], parents: Sequence[str], values: Sequence[float], canvas: Box, padding: Padding
) -> dict[str, Box]:
    """Each tile's box, as plotly draws a treemap with `branchvalues="remainder"` on `canvas`."""
    children: dict[str, list[str]] = {}
    for node, parent in zip(ids, parents, strict=True):
        children.setdefault(parent, []).append(node)
    own = dict(zip(ids, values, strict=True))
    order = {node: i for i, node in enumerate(ids)}

    def total(node: str) -> float:
        return own[node] + sum(total(child) for child in children.get(node, []))

    sums = {node: total(node) for node in ids}
    boxes: dict[str, Box] = {}

    def place(node: str, box: Box, outer_pad: float) -> None:
        box = _shrunk(box, outer_pad, outer_pad, outer_pad, outer_pad)
        boxes[node] = box
        kids = sorted(children.get(node, []), key=lambda c: (-sums[c], order[c]))
        if not kids:
            return
        half = padding.inner / 2
        inside = _shrunk(
            box, padding.top - half, padding.side - half, padding.side - half, padding.side - half
        )
        for kid, kid_box in zip(kids, _squarify([sums[k] for k in kids], sums[node], inside), strict=True):
            place(kid, kid_box, half)

    for root in children.get("", []):
        place(root, canvas, 0.0)
    return boxes


def text_room(box: Box, padding: Padding, *, header: bool) -> tuple[float, float]:
    """(width, height) a tile's text is set in: a tile with tiles inside writes it in its header."""
    return (box.width - 2 * padding.side, padding.top) if header else (box.width, box.height)


def _shrunk(box: Box, top: float, left: float, right: float, bottom: float) -> Box:
    x0, x1 = box.x0 + left, box.x1 - right
    y0, y1 = box.y0 + top, box.y1 - bottom
    if x1 < x0:
        x0 = x1 = (x0 + x1) / 2
    if y1 < y0:
        y0 = y1 = (y0 + y1) / 2
    return Box(x0, y0, x1, y1)


def _lines(text: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", line) for line in text.split("<br>")]


def text_px(text: str, width: float, height: float, font_px: float) -> float:
    """The type size plotly sets `text` at in a box: its font size, or less where it would not fit."""
    lines = _lines(text)
    longest = max(len(line) for line in lines)
    if not longest:
        return font_px
    need_w = longest * CHAR_EM * font_px
    need_h = len(lines) * LINE_EM * font_px
    room_w, room_h = max(width - INSET_ACROSS_PX, 0.0), max(height - INSET_DOWN_PX, 0.0)
    return font_px * min(1.0, room_w / need_w, room_h / need_h)


def longest_fitting(
    variants: Sequence[str], rooms: Sequence[tuple[float, float]], font_px: float, min_px: float
) -> str:
    """The first of `variants` (longest first) set at `min_px` or more in every one of `rooms`
    (width, height); failing that, the first set so in most of them (a tile large on
    most plots keeps a label where one plot squeezes it); "" when none is."""

    def fits(variant: str) -> int:
        return sum(text_px(variant, width, height, font_px) >= min_px for width, height in rooms)

    counts = [fits(v) for v in variants]
    everywhere = next((v for v, n in zip(variants, counts, strict=True) if n == len(rooms)), None)
    if everywhere is not None:
        return everywhere
    return next((v for v, n in zip(variants, counts, strict=True) if 2 * n > len(rooms)), "")
