"""The backup actions, the restore dialog and the folder setting, driven as a person would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QWidget

from helpers.journals import PASSPHRASE
from journal.core.backup.auto import default_backup_folder, load_preferences
from journal.core.backup.reader import open_backup
from journal.core.backup.restore import replaced_journals
from journal.core.backup.writer import write_backup
from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.opening import unlock_with_passphrase
from journal.ui.backup.actions import BackupActions
from journal.ui.backup.folder_settings import BackupFolderSettings
from journal.ui.backup.restore_dialog import RestoreDialog

NOW = dt.datetime(2026, 11, 24, 9, 30)


def _parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_back_up_now_writes_a_checked_backup_where_asked(qtbot, demo_journal: Journal, tmp_path: Path) -> None:
    actions = BackupActions(demo_journal, _parent(qtbot), now=lambda: NOW)
    asked: list[Path] = []

    def ask(suggested: Path) -> Path:
        asked.append(suggested)
        return tmp_path / "my-backup"

    actions.ask_target = ask
    with qtbot.waitSignal(actions.backed_up, timeout=20_000) as blocker:
        actions.back_up_now()
    assert asked[0].name == "journal-backup-20261124-093000.rjbackup"
    assert blocker.args == [str(tmp_path / "my-backup.rjbackup")]
    assert open_backup(tmp_path / "my-backup.rjbackup", PASSPHRASE).report.days == len(demo_journal.dates())


def test_back_up_now_cancelled_does_nothing(qtbot, journal: Journal) -> None:
    actions = BackupActions(journal, _parent(qtbot), now=lambda: NOW)
    actions.ask_target = lambda _suggested: None
    actions.back_up_now()
    assert not actions.is_running


def test_a_failed_backup_says_why(qtbot, journal: Journal, tmp_path: Path) -> None:
    actions = BackupActions(journal, _parent(qtbot), now=lambda: NOW)
    actions.ask_target = lambda _suggested: tmp_path / "missing-folder" / "b.rjbackup"
    with qtbot.waitSignal(actions.failed, timeout=20_000) as blocker:
        actions.back_up_now()
    assert "does not exist" in blocker.args[0]


def test_automatic_backup_on_unlock_goes_to_the_default_folder(qtbot, journal: Journal) -> None:
    actions = BackupActions(journal, _parent(qtbot), now=lambda: NOW)
    with qtbot.waitSignal(actions.backed_up, timeout=20_000):
        actions.after_unlock()
    assert len(list(default_backup_folder(journal.files).iterdir())) == 1


def test_restore_dialog_checks_then_restores_and_keeps_the_old_journal(qtbot, make_journal, tmp_path: Path) -> None:
    journal, _ = make_journal()
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(date=dt.date(2026, 1, 1), mood=2, note="in the backup"))
    backup = write_backup(journal, tmp_path / "b.rjbackup").path
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(date=dt.date(2026, 1, 2), mood=2, note="after"))
    files = journal.files
    closed: list[bool] = []
    dialog = RestoreDialog(JournalFiles(files.data_dir), close_journal=lambda: (journal.close(), closed.append(True)))
    qtbot.addWidget(dialog)
    assert "kept aside" in dialog.explain.text()
    dialog.set_backup_file(backup)
    dialog.secret.setText(PASSPHRASE)
    assert not dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.checked, timeout=20_000):
        dialog.check_button.click()
    assert "1 day" in dialog.status.text() and dialog.restore_button.isEnabled()
    assert dialog.secret.text() == ""
    assert not closed  # nothing closed or changed before the person says "Restore"
    with qtbot.waitSignal(dialog.restored, timeout=20_000) as blocker:
        dialog.restore_button.click()
    assert closed == [True]
    assert replaced_journals(files) == [Path(blocker.args[0])]
    restored = unlock_with_passphrase(JournalFiles(files.data_dir), PASSPHRASE)
    assert restored.dates() == [dt.date(2026, 1, 1)]
    restored.close()


def test_restore_dialog_wrong_passphrase_is_explained_and_offers_no_restore(qtbot, journal: Journal, tmp_path) -> None:
    backup = write_backup(journal, tmp_path / "b.rjbackup").path
    dialog = RestoreDialog(JournalFiles(tmp_path / "elsewhere"))
    qtbot.addWidget(dialog)
    dialog.set_backup_file(backup)
    dialog.secret.setText("not it")
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as blocker:
        dialog.check_button.click()
    assert "does not open this backup" in blocker.args[0]
    assert not dialog.restore_button.isEnabled()


def test_folder_setting_is_saved_sealed_and_can_go_back_to_default(qtbot, journal: Journal, tmp_path: Path) -> None:
    settings = BackupFolderSettings(journal)
    qtbot.addWidget(settings)
    synced = tmp_path / "Syncthing"
    settings.ask_folder = lambda _current: synced
    settings.choose.click()
    assert load_preferences(journal).folder == synced
    assert str(synced) in settings.folder_label.text()
    settings.automatic.setChecked(False)
    assert load_preferences(journal).automatic is False and load_preferences(journal).folder == synced
    settings.use_default.click()
    assert load_preferences(journal).folder is None
