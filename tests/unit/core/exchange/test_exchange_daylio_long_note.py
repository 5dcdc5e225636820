"""A Daylio note longer than Python's default csv field limit (128 KiB) still imports."""

import datetime as dt

from journal.core.exchange.daylio_import import parse_daylio


def test_a_very_long_daylio_note_imports_whole() -> None:
    note = "A long evening of writing. " * 8000  # about 210 KiB
    raw = (
        "full_date,date,weekday,time,mood,activities,note_title,note\n"
        f'2026-10-14,October 14,Tuesday,21:40,meh,rest,,"{note}"\n'
    ).encode()
    plan = parse_daylio(raw, today=dt.date(2026, 11, 24))
    assert not plan.problems
    assert plan.days[0].note.strip() == note.strip()
