"""Settings, key dates, About and the two security dialogs open with `open()`: tests drive them from the
menus as a person would, with no patched `exec()` and no timers to close a blocking loop."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

from helpers.app_window import TODAY, open_app
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.errors import FileKind, StorageError, StorageProblem
from journal.ui.about_dialog import AboutDialog
from journal.ui.key_dates_dialog import KeyDatesDialog
from journal.ui.security_dialogs import ChangePassphraseDialog, ReplaceRecoveryKeyDialog
from journal.ui.settings_dialog import SettingsDialog


def test_settings_and_its_security_dialogs_open_from_the_window(qtbot, make_journal, make_controller) -> None:
    window = open_app(qtbot, make_journal, make_controller).main_window
    window.open_settings()
    settings = window.dialog
    assert isinstance(settings, SettingsDialog) and settings.isVisible() and settings.isModal()
    settings.change_passphrase_button.click()
    assert isinstance(settings.security_dialog, ChangePassphraseDialog) and settings.security_dialog.isVisible()
    settings.security_dialog.reject()
    assert settings.security_dialog is None
    settings.replace_key_button.click()
    assert isinstance(settings.security_dialog, ReplaceRecoveryKeyDialog) and settings.security_dialog.isVisible()
    settings.security_dialog.reject()
    settings.reject()
    assert window.dialog is None


def test_closing_key_dates_shows_the_day_again_with_its_counter(qtbot, make_journal, make_controller) -> None:
    def counting(journal) -> None:
        from dataclasses import replace

        with journal.transaction() as session:
            journal.save_settings(session, replace(journal.settings(), show_day_counter=True))

    window = open_app(qtbot, make_journal, make_controller, prepare=counting).main_window
    assert window.today_view.header.text() == ""
    window.open_key_dates()
    dialog = window.dialog
    assert isinstance(dialog, KeyDatesDialog) and dialog.isVisible()
    dialog.save(KeyDate("", KeyDateKind.LOSS, TODAY - dt.timedelta(days=10), "Robin"))
    assert window.today_view.header.text() == "", "Today reads the dates again once the dialog closes"
    dialog.accept()
    assert window.dialog is None and "Robin" in window.today_view.header.text()


def test_about_opens_and_closes(qtbot, make_journal, make_controller) -> None:
    window = open_app(qtbot, make_journal, make_controller).main_window
    window.open_about()
    assert isinstance(window.dialog, AboutDialog) and window.dialog.isVisible()
    window.dialog.reject()
    assert window.dialog is None


def test_locking_with_settings_open_closes_it_and_locks(qtbot, make_journal, make_controller) -> None:
    controller = open_app(qtbot, make_journal, make_controller)
    controller.main_window.open_settings()
    settings = controller.main_window.dialog
    settings.change_passphrase_button.click()
    controller.lock()
    assert controller.journal is None and controller.main_window is None
    assert not settings.isVisible()


def test_a_refused_settings_save_keeps_the_dialog_open(
    qtbot, make_journal, make_controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_app(qtbot, make_journal, make_controller).main_window
    window.open_settings()
    settings = window.dialog
    settings.reminder.setChecked(not settings.reminder.isChecked())

    def refused(*_: object) -> None:
        raise StorageError(StorageProblem.DISK_FULL, FileKind.JOURNAL)

    monkeypatch.setattr(window.journal, "save_settings", refused)
    settings.save_and_close()
    assert settings.isVisible() and window.dialog is settings
    assert [box.text() for box in settings.findChildren(QMessageBox) if box.isVisible()] == [
        "The disk is full, so this was not saved. What you typed is still here."
    ]


def test_a_key_date_is_added_through_its_editor_from_the_window(qtbot, make_journal, make_controller) -> None:
    window = open_app(qtbot, make_journal, make_controller).main_window
    window.open_key_dates()
    dialog = window.dialog
    dialog.add_button.click()
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    editor.label.setText("Robin")
    editor.accept()
    assert [kd.label for kd in window.journal.key_dates()] == ["Robin"]


def test_the_care_menus_dialogs_open_without_blocking(qtbot, make_journal, make_controller) -> None:
    from journal.ui.care.facts_dialog import FactsDialog
    from journal.ui.care.menu import care_tools
    from journal.ui.care.questions_dialog import QuestionsDialog

    window = open_app(qtbot, make_journal, make_controller).main_window
    tools = {tool.title: tool for tool in care_tools()}
    tools["Questions for my next appointment…"].run(window.journal, window)
    tools["Facts for my clinician…"].run(window.journal, window)
    assert [d for d in window.findChildren(QuestionsDialog) if d.isVisible()]
    assert [d for d in window.findChildren(FactsDialog) if d.isVisible()]
