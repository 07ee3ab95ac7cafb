"""Counts in words for sentences the app writes: "1 match", "3 matches", "1,546 events", "1 is"."""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """`number` with the noun that agrees with it, thousands separated."""
    return f"{number:,} {agreeing(number, singular, plural or f'{singular}s')}"


def agreeing(number: int, singular: str, plural: str) -> str:
    """The word (a noun or a verb: "is"/"are") that agrees with `number`."""
    return singular if number == 1 else plural
