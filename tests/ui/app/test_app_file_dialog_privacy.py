"""Qt's file dialog remembers folders in QtProject.conf; locking and quitting make it forget them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from helpers.app_window import TODAY, open_app
from journal.ui.file_dialog_privacy import forget_file_dialog_history


@pytest.fixture
def qt_user_settings(tmp_path):
    """Point user-scope QSettings (where QFileDialog writes) at tmp, then back to Qt's default."""
    folder = tmp_path / "config"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    default = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, default)


def _remember_folders() -> None:
    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    store.setValue("FileDialog/history", ["file:///home/someone/Clinic letters"])
    store.setValue("FileDialog/lastVisited", "file:///home/someone/Clinic letters")
    store.setValue("Other/kept", "not ours to remove")
    store.sync()


def _remembered() -> list[str]:
    store = QSettings(QSettings.Scope.UserScope, "QtProject")
    store.sync()
    return store.allKeys()


def test_forgetting_removes_only_the_file_dialog_group(qt_user_settings):
    _remember_folders()
    assert (qt_user_settings / "QtProject.conf").exists()
    forget_file_dialog_history()
    assert _remembered() == ["Other/kept"]
    assert "Clinic letters" not in (qt_user_settings / "QtProject.conf").read_text(encoding="utf-8")


def test_locking_forgets_the_file_dialog_folders(qtbot, make_journal, make_controller, qt_user_settings):
    controller = open_app(qtbot, make_journal, make_controller)
    _remember_folders()
    controller.lock()
    assert not any(key.startswith("FileDialog") for key in _remembered())


def test_quitting_forgets_the_file_dialog_folders(qtbot, make_journal, make_controller, qt_user_settings):
    controller = open_app(qtbot, make_journal, make_controller)
    _remember_folders()
    controller.main_window.close()
    assert not any(key.startswith("FileDialog") for key in _remembered())


def test_the_export_file_dialog_forgets_the_folder_it_was_in(qtbot, journal, qt_user_settings, monkeypatch):
    from journal.ui.exchange import export_dialog
    from journal.ui.exchange.export_dialog import ExportDialog

    def qt_file_dialog(*_args):
        _remember_folders()  # what Qt's own dialog does as it closes
        return "", ""

    monkeypatch.setattr(export_dialog.QFileDialog, "getSaveFileName", qt_file_dialog)
    dialog = ExportDialog(journal, TODAY)
    qtbot.addWidget(dialog)
    assert dialog._ask_target(".pdf", "PDF (*.pdf)") is None
    assert not any(key.startswith("FileDialog") for key in _remembered())
