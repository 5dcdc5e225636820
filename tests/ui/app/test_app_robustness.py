"""When something goes wrong around the main window, the person is never stranded and never shown a traceback."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.app_window import TODAY, damage_days, open_app, unlock
from helpers.journals import PASSPHRASE
from journal.core.domain.entry import DayEntry
from journal.ui.specs import ViewSpec
from journal.ui.start_problem_window import StartProblemWindow


def _broken_view(_journal, _window):
    raise RuntimeError("a view that cannot be built")


def test_a_main_window_that_cannot_be_built_locks_and_says_so(qtbot, make_journal, make_controller, capsys):
    journal, _ = make_journal()
    journal.close()
    controller = make_controller(views=[ViewSpec("Broken", _broken_view)])
    window = controller.start()
    qtbot.addWidget(window)
    window.field.setText(PASSPHRASE)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: "could not be shown" in window.message.text(), timeout=10_000)
    assert controller.main_window is None and controller.journal is None
    assert window.isVisible() and window.field.isEnabled()
    assert "Nothing was changed" in window.message.text()
    assert controller.files.claimed, "the journal stays claimed by this window: no second writer slips in"
    stderr = capsys.readouterr().err
    assert "RuntimeError" in stderr and "cannot be built" not in stderr


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [(1, "(1 day(s))"), (2, "(2 day(s))")],  # English forms: tests/ui/locale
)
def test_entries_that_could_not_be_read_are_named_in_the_main_window(
    qtbot, make_journal, make_controller, data_dir, damaged, expected
):
    journal, _ = make_journal()
    with journal.transaction() as session:
        for days_ago in range(3):
            journal.save_day(session, DayEntry(TODAY - dt.timedelta(days=days_ago), mood=3, note="A day."))
    journal.close()
    damage_days(data_dir, damaged)
    controller = make_controller()
    qtbot.addWidget(controller.start())
    unlock(qtbot, controller)
    note = controller.main_window.unreadable_note
    assert controller.journal.unreadable_count == damaged
    assert note.isVisible()
    assert expected in note.text() and "Everything else is here and safe." in note.text()
    assert "A backup from before may still hold them" in note.text(), "a next step, not only bad news"


def test_a_whole_journal_shows_no_unreadable_note(qtbot, make_journal, make_controller):
    controller = open_app(qtbot, make_journal, make_controller)
    assert not controller.main_window.unreadable_note.isVisible()


def test_a_restore_that_fails_after_closing_the_journal_brings_the_unlock_window_back(
    qtbot, make_journal, make_controller, monkeypatch
):
    from journal.core.errors import FileKind, StorageError, StorageProblem
    from journal.ui.background import wait_for_background

    def cannot_restore(_files, _opened):
        raise StorageError(StorageProblem.FAILED, FileKind.RESTORED_JOURNAL)

    controller = open_app(qtbot, make_journal, make_controller, automatic_backups=True)
    wait_for_background()
    backup = next((controller.files.data_dir / "backups").glob("*.rjbackup"))
    monkeypatch.setattr("journal.ui.backup.restore_dialog.restore_backup", cannot_restore)
    controller.main_window.restore_action.trigger()
    dialog = controller.backup_flow.restore_dialog
    dialog.set_backup_file(backup)
    dialog.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.check()
    with qtbot.waitSignal(dialog.failed, timeout=10_000):
        dialog.restore()
    assert controller.main_window is None and controller.journal is None
    assert controller.unlock_window.isVisible()
    assert "left as it is" in controller.unlock_window.message.text()
    dialog.reject()
    assert controller.unlock_window.isVisible()
    unlock(qtbot, controller)
    assert controller.main_window is not None


def test_closing_the_restore_dialog_after_the_journal_closed_shows_the_unlock_window(
    qtbot, make_journal, make_controller
):
    controller = open_app(qtbot, make_journal, make_controller)
    controller.main_window.restore_action.trigger()
    dialog = controller.backup_flow.restore_dialog
    controller.close_journal_for_restore()  # as "Restore" does, just before the backup is put in place
    assert controller.unlock_window is None or not controller.unlock_window.isVisible()
    dialog.reject()
    assert controller.unlock_window.isVisible()


def test_a_data_folder_that_is_a_file_shows_a_message_not_a_traceback(qtbot, make_controller, tmp_path):
    not_a_folder = tmp_path / "journal-data"
    not_a_folder.write_text("not a folder", encoding="utf-8")
    controller = make_controller(directory=not_a_folder)
    window = controller.start()
    qtbot.addWidget(window)
    assert isinstance(window, StartProblemWindow) and window.isVisible()
    assert "cannot be made here" in window.message.text()
    assert "Nothing was changed" in window.message.text()
    assert controller.unlock_window is None and controller.first_run is None
    assert not_a_folder.read_text(encoding="utf-8") == "not a folder"
