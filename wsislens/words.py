"""Counts in words for sentences the app writes: "1 match", "3 matches", "1,546 events", "1 is"."""

from __future__ import annotations

from collections.abc import Sequence


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """`number` with the noun that agrees with it, thousands separated."""
    return f"{number:,} {agreeing(number, singular, plural or f'{singular}s')}"


def agreeing(number: int, singular: str, plural: str) -> str:
    """The word (a noun or a verb: "is"/"are") that agrees with `number`."""
    return singular if number == 1 else plural


# A fact on a slide is at most this long, so that five stay on the slide beside the chart.
FACT_CHARS = 220


def joined(items: Sequence[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return f"{', '.join(items[:-1])} and {items[-1]}" if len(items) > 1 else "".join(items)


def listed(prefix: str, items: Sequence[str], *, separator: str = ", ", limit: int = FACT_CHARS) -> str:
    """`prefix` and the items, ended by a full stop, within `limit` characters: the items that
    fit, then "and N more" ("Goals served: SDG 1 No poverty, SDG 2 Zero hunger and 15 more.").
    The first item is always written."""
    whole = f"{prefix}{separator.join(items)}."
    if len(whole) <= limit or len(items) < 2:
        return whole
    shown = len(items) - 1
    while shown > 1:
        text = f"{prefix}{separator.join(items[:shown])} and {len(items) - shown} more."
        if len(text) <= limit:
            return text
        shown -= 1
    return f"{prefix}{items[0]} and {len(items) - 1} more."
