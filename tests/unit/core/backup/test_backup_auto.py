"""Automatic backups: at most once a day on unlock, always on quit, into the chosen folder, rotated."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers.journals import PASSPHRASE
from journal.core.backup.auto import (
    BackupPreferences,
    backup_due,
    default_backup_folder,
    journal_tag,
    load_preferences,
    run_automatic_backup,
    save_preferences,
)
from journal.core.backup.reader import open_backup
from journal.core.backup.rotation import backup_name
from journal.core.journal import Journal

NOW = dt.datetime(2026, 11, 24, 9, 0)


def test_backup_due_once_per_calendar_day() -> None:
    assert backup_due(None, NOW)
    assert not backup_due(NOW.replace(hour=1), NOW)
    assert backup_due(NOW - dt.timedelta(days=1), NOW)


def test_unlock_backup_goes_to_the_default_folder_once_a_day(journal: Journal) -> None:
    first = run_automatic_backup(journal, now=NOW, on_unlock=True)
    assert first is not None and first.path.parent == default_backup_folder(journal.files)
    assert open_backup(first.path, PASSPHRASE).report.unreadable == 0
    assert run_automatic_backup(journal, now=NOW.replace(hour=18), on_unlock=True) is None
    assert run_automatic_backup(journal, now=NOW + dt.timedelta(days=1), on_unlock=True) is not None


def test_quit_backup_runs_even_when_one_was_made_today(journal: Journal) -> None:
    run_automatic_backup(journal, now=NOW, on_unlock=True)
    later = run_automatic_backup(journal, now=NOW.replace(hour=20), on_unlock=False)
    assert later is not None
    # two the same day: rotation keeps only the newer one
    assert [p.name for p in default_backup_folder(journal.files).iterdir()] == [
        backup_name(NOW.replace(hour=20), journal_tag(journal))
    ]


def test_chosen_folder_is_sealed_in_the_journal_and_used(journal: Journal, tmp_path: Path) -> None:
    synced = tmp_path / "Nextcloud" / "journal"
    save_preferences(journal, BackupPreferences(folder=synced))
    assert load_preferences(journal).folder == synced
    result = run_automatic_backup(journal, now=NOW, on_unlock=True)
    assert result is not None and result.path.parent == synced


def test_turned_off_makes_no_backup(journal: Journal) -> None:
    save_preferences(journal, BackupPreferences(automatic=False))
    assert run_automatic_backup(journal, now=NOW, on_unlock=False) is None


def test_rotation_leaves_other_files_in_a_shared_folder(journal: Journal, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "holiday.jpg").write_bytes(b"photo")
    save_preferences(journal, BackupPreferences(folder=shared))
    for day in range(30):
        run_automatic_backup(journal, now=NOW + dt.timedelta(days=day), on_unlock=True)
    names = sorted(p.name for p in shared.iterdir())
    assert "holiday.jpg" in names
    assert len(names) - 1 <= 7 + 4 + 12
