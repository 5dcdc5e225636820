"""The review's ranges: fixed spans ending today, one range per loss, custom spans in either order."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.review.ranges import RangeKind, custom_range, fixed_range, loss_ranges

TODAY = dt.date(2026, 11, 24)


def test_two_weeks_is_fourteen_days_ending_today() -> None:
    span = fixed_range(RangeKind.TWO_WEEKS, TODAY, None)
    assert (span.start, span.end, span.days) == (dt.date(2026, 11, 11), TODAY, 14)


def test_everything_starts_at_the_first_written_day_or_today() -> None:
    assert fixed_range(RangeKind.EVERYTHING, TODAY, dt.date(2020, 1, 5)).start == dt.date(2020, 1, 5)
    assert fixed_range(RangeKind.EVERYTHING, TODAY, None).start == TODAY


def test_custom_needs_its_own_dates() -> None:
    with pytest.raises(ValueError):
        fixed_range(RangeKind.CUSTOM, TODAY, None)
    assert custom_range(TODAY, dt.date(2026, 1, 1)).start == dt.date(2026, 1, 1)


def test_each_loss_gets_a_range_that_ends_before_the_next_most_recent_first() -> None:
    first = KeyDate("a", KeyDateKind.LOSS, dt.date(2024, 3, 1), "First")
    second = KeyDate("b", KeyDateKind.LOSS, dt.date(2025, 7, 18), "Second")
    future = KeyDate("c", KeyDateKind.LOSS, dt.date(2027, 1, 1), "Not yet")
    other = KeyDate("d", KeyDateKind.DUE_DATE, dt.date(2024, 9, 1))
    found = loss_ranges([second, other, first, future], TODAY)
    assert [r.loss for r in found] == [second, first]
    assert (found[0].start, found[0].end) == (second.date, TODAY)
    assert (found[1].start, found[1].end) == (first.date, dt.date(2025, 7, 17))


def test_no_losses_no_loss_ranges() -> None:
    assert loss_ranges([], TODAY) == []
