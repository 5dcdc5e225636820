"""Calendar squares: mood, bleeding and key dates per day; months laid out Monday first."""

from __future__ import annotations

import datetime as dt

from journal.core.domain.catalog import load_default_catalog
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.review.calendar_marks import day_marks, month_weeks

CATALOG = load_default_catalog()


def test_marks_hold_mood_bleeding_and_key_dates() -> None:
    d0 = dt.date(2026, 2, 10)
    loss = KeyDate("x", KeyDateKind.LOSS, d0, "Loss")
    due = KeyDate("y", KeyDateKind.DUE_DATE, d0 + dt.timedelta(days=5))
    entries = [
        DayEntry(d0, mood=1, symptoms={"bleeding": "heavy"}),
        DayEntry(d0 + dt.timedelta(days=1), note="words", symptoms={"bleeding": "none"}),
    ]
    marks = day_marks(entries, [loss, due], CATALOG)
    assert marks[d0].mood == 1 and marks[d0].bleeding and marks[d0].key_dates == (loss,)
    second = marks[d0 + dt.timedelta(days=1)]
    assert second.written and second.mood is None and not second.bleeding
    unwritten = marks[due.date]
    assert not unwritten.written and unwritten.key_dates == (due,)
    assert d0 + dt.timedelta(days=2) not in marks


def test_month_weeks_start_on_monday_and_pad_with_none() -> None:
    weeks = month_weeks(2026, 2)  # 1 Feb 2026 is a Sunday
    assert weeks[0] == [None] * 6 + [dt.date(2026, 2, 1)]
    assert all(len(week) == 7 for week in weeks)
    assert [d for week in weeks for d in week if d is not None][-1] == dt.date(2026, 2, 28)
    assert len(weeks) == 5
