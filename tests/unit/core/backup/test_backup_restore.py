"""Restoring: into a missing folder, over a journal (kept aside), and never touching it before the checks pass."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers.journals import PASSPHRASE, save_note
from helpers.worded import raises_worded
from journal.core.backup.backup_file_errors import BackupDamagedError
from journal.core.backup.reader import open_backup
from journal.core.backup.restore import discard_replaced, replaced_journals, restore_backup
from journal.core.backup.writer import write_backup
from journal.core.domain.entry import DayEntry
from journal.core.errors import JournalInUseError
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase, unlock_with_recovery_key


def test_restore_into_a_missing_folder_gives_back_every_day(demo_journal: Journal, tmp_path: Path) -> None:
    path = write_backup(demo_journal, tmp_path / "b.rjbackup").path
    target = JournalFiles(tmp_path / "fresh")
    result = restore_backup(target, open_backup(path, PASSPHRASE))
    assert result.set_aside is None
    restored = unlock_with_passphrase(target, PASSPHRASE)
    try:
        assert restored.dates() == demo_journal.dates()
        assert restored.day(demo_journal.dates()[-1]) == demo_journal.day(demo_journal.dates()[-1])
        assert restored.unreadable_count == 0
    finally:
        restored.close()


def test_restore_over_a_journal_keeps_the_old_one_aside(make_journal, tmp_path: Path) -> None:
    journal, recovery_key = make_journal()
    save_note(journal, dt.date(2026, 1, 1), "in the backup")
    path = write_backup(journal, tmp_path / "b.rjbackup").path
    save_note(journal, dt.date(2026, 1, 2), "written after the backup")
    files = journal.files
    journal.close()
    result = restore_backup(files, open_backup(path, PASSPHRASE))
    assert result.set_aside is not None and result.set_aside.exists()
    assert replaced_journals(files) == [result.set_aside]
    restored = unlock_with_recovery_key(files, recovery_key)
    assert restored.dates() == [dt.date(2026, 1, 1)]
    restored.close()
    # the replaced journal is whole and still opens, with the day written after the backup
    aside_dir = tmp_path / "aside"
    aside_dir.mkdir()
    result.set_aside.rename(aside_dir / "journal.sqlite3")
    old = unlock_with_passphrase(JournalFiles(aside_dir), PASSPHRASE)
    assert old.dates() == [dt.date(2026, 1, 1), dt.date(2026, 1, 2)]
    old.close()


def test_discard_removes_only_the_set_aside_copy(make_journal, tmp_path: Path) -> None:
    journal, _ = make_journal()
    path = write_backup(journal, tmp_path / "b.rjbackup").path
    files = journal.files
    journal.close()
    result = restore_backup(files, open_backup(path, PASSPHRASE))
    assert result.set_aside is not None
    discard_replaced(result.set_aside)
    assert replaced_journals(files) == []
    assert files.database_path.exists()
    with pytest.raises(ValueError):
        discard_replaced(files.database_path)


def test_a_damaged_backup_never_touches_the_live_journal(make_journal, tmp_path: Path) -> None:
    journal, _ = make_journal()
    save_note(journal, dt.date(2026, 1, 1), "keep me")
    path = write_backup(journal, tmp_path / "b.rjbackup").path
    files = journal.files
    journal.close()
    before = files.database_path.read_bytes()
    data = bytearray(path.read_bytes())
    data[-5] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(BackupDamagedError):
        restore_backup(files, open_backup(path, PASSPHRASE))
    assert files.database_path.read_bytes() == before
    assert sorted(p.name for p in files.data_dir.iterdir()) == ["journal.lock", "journal.sqlite3"]


def test_restore_refuses_while_another_process_holds_the_journal(make_journal, tmp_path: Path) -> None:
    journal, _ = make_journal()
    path = write_backup(journal, tmp_path / "b.rjbackup").path
    other = JournalFiles(journal.files.data_dir)  # a second claimant: the lock is per open file
    with pytest.raises(JournalInUseError):
        restore_backup(other, open_backup(path, PASSPHRASE))


def test_restore_over_a_damaged_journal_works_and_keeps_the_damaged_file(make_journal, tmp_path: Path) -> None:
    journal, _ = make_journal()
    save_note(journal, dt.date(2026, 1, 1), "in the backup")
    path = write_backup(journal, tmp_path / "b.rjbackup").path
    files = journal.files
    journal.close()
    files.database_path.write_bytes(b"this is not a database any more" * 100)
    result = restore_backup(files, open_backup(path, PASSPHRASE))
    assert result.set_aside is not None
    assert result.set_aside.read_bytes().startswith(b"this is not a database")
    restored = unlock_with_passphrase(files, PASSPHRASE)
    assert restored.dates() == [dt.date(2026, 1, 1)]
    restored.close()


@pytest.mark.parametrize("failing", ["write", "fsync"])
def test_a_restore_that_runs_out_of_disk_leaves_nothing_behind(
    make_journal, tmp_path: Path, monkeypatch, failing
) -> None:  # type: ignore[no-untyped-def]
    import errno
    import hashlib

    from journal.core import private_files
    from journal.core.errors import StorageError

    journal, _ = make_journal()
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(dt.date(2026, 3, 1), mood=3, note="kept"))
    backup = write_backup(journal, tmp_path / "b.rjbackup").path
    files = journal.files
    journal.close()
    opened = open_backup(backup, PASSPHRASE)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files.data_dir.iterdir() if p.is_file()}

    def full(*_: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(private_files.os, failing, full)
    with raises_worded(StorageError, "disk is full"):
        restore_backup(files, opened)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in files.data_dir.iterdir() if p.is_file()}
    assert after == before
