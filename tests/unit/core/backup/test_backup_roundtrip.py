"""Writing a backup and opening it again with either secret, on a journal that is still open."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers.journals import CANARY, CHEAP_KDF, PASSPHRASE, save_note
from helpers.worded import raises_worded
from journal.core.backup.backup_file_errors import BackupWrongSecretError
from journal.core.backup.reader import open_backup
from journal.core.backup.writer import write_backup
from journal.core.errors import Damage
from journal.core.journal import Journal
from journal.core.key_change import change_passphrase


def test_backup_opens_with_passphrase_and_holds_every_day(demo_journal: Journal, tmp_path: Path) -> None:
    result = write_backup(demo_journal, tmp_path / "b.rjbackup")
    opened = open_backup(result.path, PASSPHRASE)
    assert opened.report.days == len(demo_journal.dates()) == result.days
    assert opened.report.unreadable == 0
    assert opened.report.key_dates == len(demo_journal.key_dates())


def test_backup_opens_with_recovery_key(make_journal, tmp_path: Path) -> None:
    journal, recovery_key = make_journal()
    save_note(journal, dt.date(2026, 3, 1), "a note")
    path = write_backup(journal, tmp_path / "b.rjbackup").path
    assert open_backup(path, recovery_key, is_recovery_key=True).report.days == 1


def test_backup_file_shows_no_content_in_clear(make_journal, tmp_path: Path) -> None:
    journal, _ = make_journal()
    save_note(journal, dt.date(2026, 3, 1), CANARY)
    path = write_backup(journal, tmp_path / "b.rjbackup").path
    raw = path.read_bytes()
    assert CANARY.encode() not in raw
    assert b"2026-03-01" not in raw and b"created_at" not in raw  # the creation time is sealed too
    assert b"day_entries" not in raw  # even the SQLite structure is sealed


def test_backup_opens_with_the_secret_current_when_it_was_made(make_journal, tmp_path: Path) -> None:
    journal, _ = make_journal()
    save_note(journal, dt.date(2026, 3, 1), "before")
    path = write_backup(journal, tmp_path / "b.rjbackup").path
    change_passphrase(journal, "a brand new passphrase", CHEAP_KDF)
    assert open_backup(path, PASSPHRASE).report.days == 1
    with raises_worded(BackupWrongSecretError, "does not open this backup"):
        open_backup(path, "a brand new passphrase")


def test_backup_keeps_the_creation_time_sealed_inside(journal: Journal, tmp_path: Path) -> None:
    when = dt.datetime(2026, 11, 24, 9, 30, tzinfo=dt.UTC)
    path = write_backup(journal, tmp_path / "b.rjbackup", now=when).path
    assert open_backup(path, PASSPHRASE).created_at == when


def test_backup_leaves_no_partial_or_temp_files(journal: Journal, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    write_backup(journal, folder / "b.rjbackup")
    assert [path.name for path in folder.iterdir()] == ["b.rjbackup"]


def test_backup_replaces_an_existing_file_whole_only_when_asked(journal: Journal, tmp_path: Path) -> None:
    from journal.core.private_files import OutputRefusedError

    target = tmp_path / "b.rjbackup"
    target.write_bytes(b"old contents")
    with raises_worded(OutputRefusedError, "already exists"):
        write_backup(journal, target)
    assert target.read_bytes() == b"old contents"
    write_backup(journal, target, replace=True)
    assert target.read_bytes().startswith(b"RJBACKUP")


def test_wrong_passphrase_names_the_backup(journal: Journal, tmp_path: Path) -> None:
    path = write_backup(journal, tmp_path / "b.rjbackup").path
    with pytest.raises(BackupWrongSecretError) as caught:
        open_backup(path, "not it")
    assert caught.value.exit_code == 2


def test_a_backup_that_does_not_read_back_is_removed_and_reported(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import journal.core.backup.writer as writer
    from journal.core.backup.backup_file_errors import BackupDamagedError

    def unreadable(*_args: object) -> None:
        raise BackupDamagedError(Damage.CHANGED)

    monkeypatch.setattr(writer, "open_backup_with_key", unreadable)
    folder = tmp_path / "out"
    folder.mkdir()
    with raises_worded(BackupDamagedError, "read back"):
        write_backup(journal, folder / "b.rjbackup")
    assert list(folder.iterdir()) == []


def test_a_backup_that_does_not_read_back_never_replaces_the_file_it_was_to_replace(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import journal.core.backup.writer as writer
    from journal.core.backup.backup_file_errors import BackupDamagedError

    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "b.rjbackup"
    write_backup(journal, target)
    earlier = target.read_bytes()

    def unreadable(*_args: object) -> None:
        raise BackupDamagedError(Damage.CHANGED)

    monkeypatch.setattr(writer, "open_backup_with_key", unreadable)
    with raises_worded(BackupDamagedError, "read back"):
        write_backup(journal, target, replace=True)
    assert target.read_bytes() == earlier and [p.name for p in target.parent.iterdir()] == ["b.rjbackup"]


def test_backups_taken_while_saves_go_on_are_each_consistent(journal: Journal, tmp_path: Path) -> None:
    import threading

    stop = threading.Event()
    saved: list[int] = []

    def keep_saving() -> None:
        index = 0
        while not stop.is_set():
            save_note(journal, dt.date(2020, 1, 1) + dt.timedelta(days=index), f"save {index}")
            saved.append(index)
            index += 1

    writer_thread = threading.Thread(target=keep_saving)
    writer_thread.start()
    try:
        results = [write_backup(journal, tmp_path / f"b{n}.rjbackup") for n in range(5)]
    finally:
        stop.set()
        writer_thread.join()
    assert saved, "saves really ran alongside the backups"
    for result in results:
        opened = open_backup(result.path, PASSPHRASE)
        assert opened.report.unreadable == 0  # manifest and rows from one moment
        assert opened.report.days == result.days
