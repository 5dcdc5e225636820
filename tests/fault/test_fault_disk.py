"""A full disk, a read-only folder and a journal held by another process: a clear message, nothing changed.

Real conditions where this machine allows them (a 1 MiB tmpfs, a read-only bind mount: both need
root), and SQLite's own "database or disk is full" through `max_page_count` everywhere.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from helpers.journals import CHEAP_KDF, PASSPHRASE, save_note
from helpers.worded import raises_worded
from journal.core.backup.reader import open_backup
from journal.core.backup.restore import restore_backup
from journal.core.backup.writer import write_backup
from journal.core.errors import JournalError, JournalInUseError, StorageError
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import create_journal, unlock_with_passphrase

DAY = dt.date(2026, 11, 20)


@contextlib.contextmanager
def _mounted(command: list[str], where: Path) -> Iterator[None]:
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting needs root on Linux")
    if subprocess.run(command, capture_output=True).returncode != 0:
        pytest.skip("this machine does not allow mounting here")
    try:
        yield
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


@contextlib.contextmanager
def _tiny_disk(where: Path) -> Iterator[None]:
    where.mkdir()
    with _mounted(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)], where):
        yield


@contextlib.contextmanager
def _read_only(folder: Path) -> Iterator[None]:
    with _mounted(["mount", "--bind", str(folder), str(folder)], folder):
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("this machine does not allow read-only remounts")
        yield


def _fill(folder: Path) -> None:
    with contextlib.suppress(OSError), open(folder / "filler", "wb") as stream:
        while True:
            stream.write(b"\0" * 4096)
            stream.flush()


def test_sqlite_full_keeps_the_journal_and_memory_unchanged(journal: Journal) -> None:
    save_note(journal, DAY, "kept")
    with contextlib.closing(sqlite3.connect(journal.database.path)) as connection:
        pages = connection.execute("PRAGMA page_count").fetchone()[0]

    def _cap(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql(f"PRAGMA max_page_count={pages}")

    event.listen(journal.database.engine, "begin", _cap)

    with raises_worded(StorageError, r"disk is full.*still here"):
        save_note(journal, DAY + dt.timedelta(days=1), "x" * 200_000)
    assert journal.dates() == [DAY]  # memory unchanged
    event.remove(journal.database.engine, "begin", _cap)
    files = journal.files
    journal.close()
    reopened = unlock_with_passphrase(files, PASSPHRASE)
    assert reopened.dates() == [DAY] and reopened.day(DAY).note == "kept"
    reopened.close()


def test_full_disk_refuses_a_save_and_loses_nothing(tmp_path: Path) -> None:
    disk = tmp_path / "tiny"
    with _tiny_disk(disk):
        files = JournalFiles(disk / "journal")
        journal, _ = create_journal(files, PASSPHRASE, CHEAP_KDF)
        save_note(journal, DAY, "kept")
        _fill(disk)
        big_note = "words " * 100_000
        with raises_worded(StorageError, "disk is full"):
            save_note(journal, DAY, big_note)
        assert journal.day(DAY).note == "kept"
        journal.close()
        (disk / "filler").unlink()
        reopened = unlock_with_passphrase(files, PASSPHRASE)
        assert reopened.day(DAY).note == "kept" and reopened.unreadable_count == 0
        reopened.close()


def test_full_disk_refuses_a_backup_and_leaves_no_partial_file(journal: Journal, tmp_path: Path) -> None:
    save_note(journal, DAY, "x" * 5000)
    disk = tmp_path / "tiny"
    with _tiny_disk(disk):
        _fill(disk)
        with raises_worded(StorageError, "disk is full, so the backup was not written"):
            write_backup(journal, disk / "journal.rjbackup")
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]


def test_read_only_folder_refuses_a_backup_clearly(journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    with _read_only(folder):
        with raises_worded(StorageError, "cannot be written to"):
            write_backup(journal, folder / "journal.rjbackup")
        assert list(folder.iterdir()) == []


def test_read_only_data_folder_refuses_a_restore_and_keeps_the_journal(make_journal, tmp_path: Path) -> None:
    journal, _ = make_journal()
    save_note(journal, DAY, "current")
    backup = write_backup(journal, tmp_path / "b.rjbackup").path
    files = journal.files
    journal.close()
    opened = open_backup(backup, PASSPHRASE)
    before = files.database_path.read_bytes()
    with _read_only(files.data_dir), pytest.raises(JournalError):
        restore_backup(JournalFiles(files.data_dir), opened)
    assert files.database_path.read_bytes() == before


def test_read_only_data_folder_is_explained_when_opening(make_journal) -> None:
    journal, _ = make_journal()
    files = journal.files
    journal.close()
    (files.data_dir / "journal.lock").unlink()
    with _read_only(files.data_dir), raises_worded(StorageError, "cannot be opened for writing"):
        unlock_with_passphrase(JournalFiles(files.data_dir), PASSPHRASE)


_HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from journal.core.journal_files import JournalFiles
    files = JournalFiles(Path(sys.argv[1]))
    files.claim()
    print("HELD", flush=True)
    time.sleep(60)
    """
)


@contextlib.contextmanager
def _held_by_another_process(data_dir: Path) -> Iterator[None]:
    child = subprocess.Popen([sys.executable, "-c", _HOLDER, str(data_dir)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "HELD"
        yield
    finally:
        child.kill()
        child.wait(10)


def test_journal_held_by_another_process_is_in_use_and_unchanged(
    make_journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal, _ = make_journal()
    save_note(journal, DAY, "current")
    backup = write_backup(journal, tmp_path / "b.rjbackup").path
    files = journal.files
    journal.close()
    before = files.database_path.read_bytes()
    with _held_by_another_process(files.data_dir):
        with pytest.raises(JournalInUseError):
            unlock_with_passphrase(JournalFiles(files.data_dir), PASSPHRASE)
        with pytest.raises(JournalInUseError):
            restore_backup(JournalFiles(files.data_dir), open_backup(backup, PASSPHRASE))
        from journal.cli.main import run_command_line

        monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
        assert run_command_line(["--data-dir", str(files.data_dir), "list"]) == 4
        assert run_command_line(["--data-dir", str(files.data_dir), "restore", str(backup), "--replace"]) == 4
    assert files.database_path.read_bytes() == before


def test_a_full_journal_disk_still_lets_every_reading_command_work(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Reading must work without writing: list, show, search, and export or backup to another disk."""
    from journal.cli.main import run_command_line

    disk = tmp_path / "tiny"
    with _tiny_disk(disk):
        files = JournalFiles(disk / "data")
        journal, _ = create_journal(files, PASSPHRASE, CHEAP_KDF)
        save_note(journal, DAY, "kept " * 500)
        journal.close()
        files.release()
        _fill(disk)
        before = (files.database_path).read_bytes()
        monkeypatch.setenv("JOURNAL_PASSPHRASE", PASSPHRASE)
        reading = [
            ["list"],
            ["show", "--date", DAY.isoformat()],
            ["search", "kept"],
            ["export", "csv", "-o", str(tmp_path / "out.csv")],
            ["export", "json", "-o", str(tmp_path / "out.json")],
            ["backup", "-o", str(tmp_path / "out.rjbackup")],
        ]
        for argv in reading:
            assert run_command_line(["--data-dir", str(files.data_dir), *argv]) == 0, argv
        assert open_backup(tmp_path / "out.rjbackup", PASSPHRASE).report.days == 1
        assert run_command_line(["--data-dir", str(files.data_dir), "add", "--date", "2026-11-21", "--mood", "2"]) == 1
        assert files.database_path.read_bytes() == before
        reopened = unlock_with_passphrase(JournalFiles(files.data_dir), PASSPHRASE)
        assert reopened.dates() == [DAY]
        reopened.close()
