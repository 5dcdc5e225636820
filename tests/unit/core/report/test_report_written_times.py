"""Each day keeps, sealed, when it was first written and last changed, through saves, merges and JSON."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from conftest import CHEAP_KDF
from journal.core.domain.codec import entry_from_dict, entry_to_dict
from journal.core.domain.entry import DayEntry
from journal.core.exchange.importing import apply_import
from journal.core.exchange.json_export import export_json
from journal.core.exchange.json_import import parse_journal_json
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import create_journal

ZONE = dt.timezone(dt.timedelta(hours=1))
DAY = dt.date(2026, 11, 2)


def _at(day: int, hour: int) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, 0, tzinfo=ZONE)


def test_a_save_stamps_first_written_and_a_later_save_only_changed(journal: Journal, reopen) -> None:  # type: ignore[no-untyped-def]
    journal.clock = lambda: _at(2, 21)
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=3))
    journal.clock = lambda: _at(6, 9)
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=2))  # the Today view saves a fresh entry
    again = reopen(journal).day(DAY)
    assert again is not None and again.mood == 2
    assert (again.written_at, again.changed_at) == (_at(2, 21), _at(6, 9))


def test_add_to_an_existing_day_keeps_when_it_was_first_written(journal: Journal) -> None:
    journal.clock = lambda: _at(2, 21)
    with journal.transaction() as session:
        journal.merge_day(session, DayEntry(DAY, mood=3))
    journal.clock = lambda: _at(3, 8)
    with journal.transaction() as session:
        merged = journal.merge_day(session, DayEntry(DAY, note="more"))
    assert (merged.written_at, merged.changed_at) == (_at(2, 21), _at(3, 8))
    assert journal.day(DAY) == DayEntry(DAY, mood=3, note="more")  # the times are not the day's content


def test_json_export_and_import_keep_the_times(journal: Journal, tmp_path: Path) -> None:
    journal.clock = lambda: _at(4, 22)
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=4))
    exported = export_json(journal, exported_on=DAY).encode()
    assert b"2026-11-04T22:00:00+01:00" in exported
    fresh, _ = create_journal(JournalFiles(tmp_path / "fresh"), "another passphrase", CHEAP_KDF)
    try:
        fresh.clock = lambda: _at(20, 12)
        apply_import(fresh, parse_journal_json(exported, today=dt.date(2026, 11, 24)))
        imported = fresh.day(DAY)
        assert imported is not None and (imported.written_at, imported.changed_at) == (_at(4, 22), _at(4, 22))
    finally:
        fresh.close()


def test_older_entries_have_no_times_and_bad_times_are_refused() -> None:
    old = {"date": "2026-11-02", "mood": 3}
    assert entry_from_dict(old).written_at is None and "written_at" not in entry_to_dict(entry_from_dict(old))
    for bad in ("yesterday", "2026-11-02T21:00:00", 5):
        try:
            entry_from_dict({**old, "written_at": bad})
        except ValueError as error:
            assert "written_at" in str(error)
        else:
            raise AssertionError(f"accepted {bad!r}")


def test_the_times_are_not_in_the_database_in_clear(journal: Journal) -> None:
    journal.clock = lambda: _at(2, 21)
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=3))
    for path in journal.files.data_dir.glob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"2026-11-02T21" not in data and b"21:00:00+01:00" not in data, path.name
