"""Counts in plain English for the command line and core messages: "1 day", "3 days", never "day(s)".

The app's own words use Qt's %n plurals, which every language can translate; the command line and the
messages core raises are English only, so a singular and a plural are enough there.
"""

from __future__ import annotations


def counted(number: int, singular: str, plural: str | None = None) -> str:
    """`number` with the word in the right form: counted(1, "day") -> "1 day", counted(0, "day") -> "0 days"."""
    word = singular if number == 1 else (plural or f"{singular}s")
    return f"{number} {word}"
