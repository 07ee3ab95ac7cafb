"""Counts in words for sentences the app writes: "1 match", "3 matches", "1,546 events"."""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """`number` with the noun that agrees with it, thousands separated."""
    noun = singular if number == 1 else (plural or f"{singular}s")
    return f"{number:,} {noun}"
