"""Settings: app preferences persist in QSettings, personal choices sealed in the journal; drafts; key dates."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt

from helpers.app_window import TODAY, open_app, unlock
from helpers.journals import CANARY
from journal.ui.app_settings import AppSettings


def test_settings_persist_and_rebuild_today(qtbot, make_journal, make_controller, app_settings, tmp_path):
    controller = open_app(qtbot, make_journal, make_controller)
    dialog = controller.main_window.make_settings_dialog()
    qtbot.addWidget(dialog)
    dialog.auto_lock.setValue(7)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.picker.list.findItems("Clots", Qt.MatchFlag.MatchExactly)[0].setCheckState(Qt.CheckState.Unchecked)
    dialog.picker.new_label.setText("Back pain")
    dialog.picker.add_custom()
    dialog.save_and_close()

    again = AppSettings(QSettings(str(tmp_path / "settings" / "RecoveryJournal.ini"), QSettings.Format.IniFormat))
    assert (again.auto_lock_minutes, again.theme) == (7, "dark")
    text = (tmp_path / "settings" / "RecoveryJournal.ini").read_text()
    assert "Back pain" not in text and "clots" not in text, "personal choices never go to the INI file"
    form = controller.main_window.today_view.form
    assert "clots" not in form.symptoms and "my_back_pain" in form.symptoms

    controller.lock()
    unlock(qtbot, controller)
    assert "my_back_pain" in controller.main_window.today_view.form.symptoms
    assert "clots" in controller.journal.settings().hidden_symptoms


def test_a_draft_left_by_a_crash_is_offered_back_and_never_overwrites_silently(qtbot, make_journal, make_controller):
    from journal.core.domain.entry import DayEntry

    controller = open_app(qtbot, make_journal, make_controller)
    journal = controller.journal
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(TODAY, mood=3, note="saved earlier"))
    view = controller.main_window.today_view
    view.show_day(TODAY)
    view.form.note.setPlainText(CANARY)
    view.save_draft()
    assert journal.document("draft")["note"] == CANARY
    journal.lock()  # the app stops here without saving the day (a crash)
    controller.main_window = None
    controller.journal = None
    controller._show_unlock()

    unlock(qtbot, controller)
    view = controller.main_window.today_view
    assert view.draft_banner.isVisibleTo(view)
    assert "replaces what is saved" in view.draft_banner.text.text()
    assert controller.journal.day(TODAY).note == "saved earlier", "nothing is overwritten before the person says so"
    view.draft_banner.restore_button.click()
    assert controller.journal.day(TODAY).note == CANARY
    assert controller.journal.document("draft") is None


def test_saving_the_day_deletes_its_draft(qtbot, make_journal, make_controller):
    controller = open_app(qtbot, make_journal, make_controller)
    view = controller.main_window.today_view
    qtbot.keyClicks(view.form.note, "typing")
    view.save_draft()
    assert controller.journal.document("draft") is not None
    view.save_now()
    assert controller.journal.document("draft") is None


def test_key_dates_can_be_added_changed_and_removed(qtbot, journal):
    from dataclasses import replace

    from journal.core.domain.key_dates import KeyDateKind
    from journal.ui.key_dates_dialog import KeyDatesDialog

    dialog = KeyDatesDialog(journal, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.empty_note.isVisibleTo(dialog)
    editor = dialog.open_editor(None)
    editor.label.setText("the first time")
    dialog.save(editor.key_date())
    assert [(kd.kind, kd.label) for kd in journal.key_dates()] == [(KeyDateKind.LOSS, "the first time")]
    changed = replace(journal.key_dates()[0], date=TODAY - dt.timedelta(days=3))
    dialog.save(changed)
    assert journal.key_dates()[0].date == TODAY - dt.timedelta(days=3)
    dialog.confirm_remove = lambda: False  # type: ignore[method-assign]
    dialog.remove_button.click()
    assert len(journal.key_dates()) == 1, "nothing is removed without a yes"
    dialog.confirm_remove = lambda: True  # type: ignore[method-assign]
    dialog.remove_button.click()
    assert journal.key_dates() == []


def test_about_box_names_the_version_and_data_folder(qtbot, data_dir):
    from journal import __version__
    from journal.ui.about_dialog import AboutDialog

    dialog = AboutDialog(data_dir)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.text.text()
    assert dialog.folder.text() == str(data_dir)


def test_change_passphrase_runs_in_background_and_the_new_one_opens(qtbot, make_journal, data_dir):
    from helpers.journals import CHEAP_KDF
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import unlock_with_passphrase
    from journal.ui.security_dialogs import ChangePassphraseDialog

    journal, _ = make_journal()
    dialog = ChangePassphraseDialog(journal, CHEAP_KDF)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.fields.first.setText("a brand new passphrase")
    dialog.fields.second.setText("a brand new passphrase")
    dialog.start()
    with qtbot.waitSignal(dialog.operation.finished, timeout=10_000):
        pass
    assert dialog.result() == dialog.DialogCode.Accepted
    journal.close()
    unlock_with_passphrase(JournalFiles(data_dir), "a brand new passphrase").close()


def test_replace_recovery_key_shows_the_new_key_once(qtbot, make_journal, data_dir):
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import unlock_with_recovery_key
    from journal.ui.security_dialogs import ReplaceRecoveryKeyDialog

    journal, old_key = make_journal()
    dialog = ReplaceRecoveryKeyDialog(journal)
    qtbot.addWidget(dialog)
    dialog.start()
    with qtbot.waitSignal(dialog.operation.finished, timeout=10_000):
        pass
    assert dialog.page is not None and dialog.page.recovery_key != old_key
    journal.close()
    unlock_with_recovery_key(JournalFiles(data_dir), dialog.page.recovery_key).close()
