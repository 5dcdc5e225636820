"""Counts read as English in the command line and core messages."""

import pytest

from journal.core.counting import counted


@pytest.mark.parametrize(("number", "expected"), [(0, "0 days"), (1, "1 day"), (2, "2 days"), (-1, "-1 days")])
def test_counted(number: int, expected: str) -> None:
    assert counted(number, "day") == expected


def test_an_irregular_plural() -> None:
    assert counted(2, "entry", "entries") == "2 entries" and counted(1, "entry", "entries") == "1 entry"
