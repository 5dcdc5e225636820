"""Opening for reading only: the same days and the same warnings as an unlock, nothing written, and
a write-ahead log left by a crash is replayed by the ordinary unlock rather than ignored."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from helpers.journals import PASSPHRASE
from helpers.worded import raises_worded
from journal.core.domain.entry import DayEntry
from journal.core.errors import StorageError, WrongSecretError
from journal.core.journal_files import JournalFiles
from journal.core.reading import read_with_passphrase, read_with_recovery_key

DAY = dt.date(2026, 10, 1)


def test_reading_gives_what_an_unlock_gives_and_writes_nothing(make_journal, data_dir: Path) -> None:
    journal, recovery_key = make_journal()
    with journal.transaction() as session:
        for n in range(5):
            journal.save_day(session, DayEntry(DAY + dt.timedelta(days=n), mood=3, note=f"Café {n}"))
    journal.close()
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    for read, secret in ((read_with_passphrase, PASSPHRASE), (read_with_recovery_key, recovery_key)):
        opened = read(JournalFiles(data_dir), secret)
        assert [e.note for e in opened.days_between()] == [f"Café {n}" for n in range(5)]
        assert opened.unreadable_count == 0 and opened.manifest_problem is None
        assert [e.date for e in opened.search("cafe 3")] == [DAY + dt.timedelta(days=3)]
        with raises_worded(StorageError, "reading only"), opened.transaction():
            pass
        opened.close()
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before
    with pytest.raises(WrongSecretError):
        read_with_passphrase(JournalFiles(data_dir), "not it")


def test_a_log_left_by_a_crash_is_not_skipped(make_journal, data_dir: Path, tmp_path: Path) -> None:
    journal, _ = make_journal()
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=3, note="only in the log"))
    copy = tmp_path / "after-a-crash"
    copy.mkdir()
    for name in ("journal.sqlite3", "journal.sqlite3-wal"):  # as the files stand while the app runs
        shutil.copy2(data_dir / name, copy / name)
    journal.close()
    opened = read_with_passphrase(JournalFiles(copy), PASSPHRASE)
    assert opened.day(DAY).note == "only in the log" and opened.unreadable_count == 0
    opened.close()


def test_reading_some_days_builds_only_those_and_still_checks_every_row(make_journal, data_dir: Path) -> None:
    journal, recovery_key = make_journal()
    with journal.transaction() as session:
        for n in range(6):
            journal.save_day(session, DayEntry(DAY + dt.timedelta(days=n), mood=3, note=f"Café {n}"))
        journal.save_settings(session, journal.settings())
    journal.close()
    files = JournalFiles(data_dir)
    for read, secret in ((read_with_passphrase, PASSPHRASE), (read_with_recovery_key, recovery_key)):
        opened = read(files, secret, days=(DAY + dt.timedelta(days=2), DAY + dt.timedelta(days=3)))
        assert [e.note for e in opened.days_between()] == ["Café 2", "Café 3"]
        assert opened.day(DAY) is None and opened.settings() == journal.settings()
        opened.close()
        opened = read(files, secret, days=(None, DAY + dt.timedelta(days=1)))
        assert [e.note for e in opened.days_between()] == ["Café 0", "Café 1"]
        opened.close()
    # A row outside the range that was changed is still opened, so still counted, as a whole unlock counts it.
    with sqlite3.connect(files.database_path) as connection:
        row_id, sealed = connection.execute("SELECT id, sealed FROM day_entries LIMIT 1").fetchone()
        connection.execute(
            "UPDATE day_entries SET sealed = ? WHERE id = ?", (sealed[:-1] + bytes([sealed[-1] ^ 1]), row_id)
        )
    connection.close()
    whole = read_with_passphrase(files, PASSPHRASE)
    some = read_with_passphrase(files, PASSPHRASE, days=(DAY + dt.timedelta(days=9), None))
    assert whole.unreadable_count == some.unreadable_count == 1 and some.days_between() == []
    assert len(whole.days_between()) == 5
    whole.close()
    some.close()


def test_a_day_whose_date_is_not_its_first_key_is_still_read_or_left_out_by_its_date(
    make_journal, data_dir: Path
) -> None:
    from journal.core.domain.codec import entry_to_dict
    from journal.core.storage.records import new_row_id

    journal, _ = make_journal()
    inside, outside = DAY, DAY + dt.timedelta(days=30)
    with journal.transaction() as session:
        for day, note in ((inside, "kept"), (outside, "left out")):
            payload = entry_to_dict(DayEntry(day, mood=2, note=note))
            reordered = dict(reversed(list(payload.items())))  # as another writer might lay it out
            journal._sealed().write(session, "day_entries", new_row_id(), 1, reordered)
    journal.close()
    opened = read_with_passphrase(JournalFiles(data_dir), PASSPHRASE, days=(inside, inside))
    assert [e.note for e in opened.days_between()] == ["kept"] and opened.unreadable_count == 0
    opened.close()
