"""A -wal file left with no journal beside it is set aside, never folded into a new or restored journal."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from helpers.journals import CHEAP_KDF, PASSPHRASE
from journal.core.domain.entry import DayEntry
from journal.core.journal_files import JournalFiles
from journal.core.opening import create_journal, unlock_with_passphrase


def _orphan_wal(make_journal, tmp_path: Path) -> Path:
    """A folder holding only the live -wal of another journal (as if its journal file was deleted)."""
    journal, _ = make_journal(directory=tmp_path / "other")
    with journal.transaction() as session:
        for n in range(20):
            journal.save_day(session, DayEntry(dt.date(2026, 1, 1) + dt.timedelta(days=n), note="x" * 500))
    target = tmp_path / "fresh"
    target.mkdir()
    shutil.copy(journal.files.database_path.with_name("journal.sqlite3-wal"), target / "journal.sqlite3-wal")
    return target


def test_a_new_journal_does_not_absorb_an_orphaned_wal(make_journal, tmp_path: Path) -> None:
    folder = _orphan_wal(make_journal, tmp_path)
    journal, _ = create_journal(JournalFiles(folder), PASSPHRASE, CHEAP_KDF)
    journal.close()
    with sqlite3.connect(folder / "journal.sqlite3") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [p.name.split(".orphaned-")[0] for p in folder.glob("*.orphaned-*")] == ["journal.sqlite3-wal"]
    reopened = unlock_with_passphrase(JournalFiles(folder), PASSPHRASE)
    assert reopened.unreadable_count == 0 and reopened.dates() == []
    reopened.close()
