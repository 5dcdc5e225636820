"""The app's export and backup keep to the same rules as the command line: never into the journal's
folder, and an existing file is replaced only after the save dialog itself asked about that name."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from journal.core.journal import Journal
from journal.ui.backup import actions as backup_actions
from journal.ui.backup.actions import BackupActions
from journal.ui.exchange import export_dialog
from journal.ui.exchange.export_dialog import ExportDialog

TODAY = dt.date(2026, 11, 24)


def _qt_dialog_answers(monkeypatch: pytest.MonkeyPatch, module, name: str) -> None:  # type: ignore[no-untyped-def]
    """Qt's save dialog returning `name`: it has asked before replacing that very name."""
    monkeypatch.setattr(module.QFileDialog, "getSaveFileName", lambda *_args, **_kw: (name, ""))


def _export(qtbot, journal: Journal):  # type: ignore[no-untyped-def]
    dialog = ExportDialog(journal, TODAY)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    return dialog


def test_an_export_replaces_the_file_the_dialog_asked_about(qtbot, journal, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "mine.csv"
    target.write_text("old")
    _qt_dialog_answers(monkeypatch, export_dialog, str(target))
    dialog = _export(qtbot, journal)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_button.click()
    assert target.read_text() != "old"


def test_an_export_never_replaces_a_name_the_dialog_did_not_ask_about(qtbot, journal, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "mine.csv").write_text("old")
    _qt_dialog_answers(monkeypatch, export_dialog, str(tmp_path / "mine"))  # the app adds ".csv"
    dialog = _export(qtbot, journal)
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as failed:
        dialog.export_button.click()
    assert "already there" in failed.args[0] and "--force" not in failed.args[0]
    assert (tmp_path / "mine.csv").read_text() == "old"


@pytest.mark.parametrize("name", ["journal.sqlite3", "journal.lock", "new.csv"])
def test_an_export_into_the_journals_folder_is_refused_in_the_apps_words(qtbot, journal, monkeypatch, name) -> None:  # type: ignore[no-untyped-def]
    folder = journal.files.data_dir
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.endswith(("-wal", "-shm"))}
    _qt_dialog_answers(monkeypatch, export_dialog, str(folder / name))
    dialog = _export(qtbot, journal)
    with qtbot.waitSignal(dialog.failed, timeout=20_000) as failed:
        dialog.export_button.click()
    assert "journal's own" in failed.args[0]
    after = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and not p.name.endswith(("-wal", "-shm"))}
    assert after == before


def test_a_backup_into_the_journals_folder_is_refused(qtbot, journal: Journal, monkeypatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = journal.files.data_dir / "journal.sqlite3"
    before = target.read_bytes()
    _qt_dialog_answers(monkeypatch, backup_actions, str(target))
    actions = BackupActions(journal, parent, now=lambda: dt.datetime(2026, 11, 24, 9, 30))
    with qtbot.waitSignal(actions.failed, timeout=20_000) as failed:
        actions.back_up_now()
    assert "journal's own" in failed.args[0]
    assert target.read_bytes() == before


def test_a_backup_replaces_only_the_name_the_dialog_asked_about(qtbot, journal: Journal, tmp_path, monkeypatch) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "b.rjbackup"
    target.write_bytes(b"old")
    _qt_dialog_answers(monkeypatch, backup_actions, str(target))
    actions = BackupActions(journal, parent, now=lambda: dt.datetime(2026, 11, 24, 9, 30))
    with qtbot.waitSignal(actions.backed_up, timeout=20_000):
        actions.back_up_now()
    assert target.read_bytes().startswith(b"RJBACKUP")
    assert Path(target).stat().st_mode & 0o777 == 0o600
