"""The pieces launch.py plugs into the main window: Looking back, Library, and the prompt card in Today."""

from __future__ import annotations

import datetime as dt

import app_window_support
from app_window_support import OFFSCREEN_NOISE, TODAY, open_app, unlock
from PySide6.QtWidgets import QMenu

from journal.core.domain.entry import DayEntry
from journal.ui.launch import extra_views

pytestmark = OFFSCREEN_NOISE
app_settings = app_window_support.app_settings  # a fixture, shared
make_controller = app_window_support.make_controller  # a fixture, shared


def _open(qtbot, make_journal, make_controller):
    def a_quiet_day(journal):
        with journal.transaction() as session:
            journal.save_day(session, DayEntry(TODAY - dt.timedelta(days=3), mood=2, note="A quiet day."))

    views, tools, prompt_card = extra_views()
    return open_app(
        qtbot, make_journal, make_controller, a_quiet_day, views=views, tools=tools, prompt_card_factory=prompt_card
    )


def test_review_and_library_are_tabs_beside_today(qtbot, make_journal, make_controller):
    window = _open(qtbot, make_journal, make_controller).main_window
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Today", "Looking back", "Library"]


def test_a_day_picked_in_looking_back_opens_in_today(qtbot, make_journal, make_controller):
    window = _open(qtbot, make_journal, make_controller).main_window
    review = window.tabs.widget(1)
    window.tabs.setCurrentIndex(1)
    review.day_requested.emit(TODAY - dt.timedelta(days=3))
    assert window.tabs.currentWidget() is window.today_view
    assert window.today_view.form.note.toPlainText() == "A quiet day."


def test_write_about_this_quotes_the_prompt_above_the_note_and_keeps_its_id(qtbot, make_journal, make_controller):
    controller = _open(qtbot, make_journal, make_controller)
    today_view = controller.main_window.today_view
    card = today_view.prompt_card
    assert type(card).__name__ == "PromptCard"
    card.write_about_requested.emit("grief-001", "What do you miss today?")
    assert today_view.form.note.toPlainText().startswith("> What do you miss today?")
    assert today_view.save_now()
    assert controller.journal.day(TODAY).prompt_ids == ("grief-001",)


def test_export_and_import_are_in_the_menu_and_open_their_dialogs(qtbot, make_journal, make_controller):
    from journal.ui.exchange.export_dialog import ExportDialog
    from journal.ui.exchange.import_dialog import ImportDialog

    window = _open(qtbot, make_journal, make_controller).main_window
    actions = {a.text(): a for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    actions["Export for your clinician or yourself…"].trigger()
    actions["Import from another app…"].trigger()
    dialogs = window.findChildren(ExportDialog) + window.findChildren(ImportDialog)
    assert sorted(type(d).__name__ for d in dialogs) == ["ExportDialog", "ImportDialog"]
    for dialog in dialogs:
        dialog.reject()


def test_reload_views_shows_days_an_import_added(qtbot, make_journal, make_controller):
    controller = _open(qtbot, make_journal, make_controller)
    window = controller.main_window
    with controller.journal.transaction() as session:
        controller.journal.save_day(session, DayEntry(TODAY, mood=4, note="Imported from elsewhere."))
    window.reload_views()
    assert window.today_view.form.note.toPlainText() == "Imported from elsewhere."


def test_unlocking_makes_the_days_automatic_backup_and_restore_brings_one_back(qtbot, make_journal, make_controller):
    from journal.core.backup.restore import replaced_journals
    from journal.ui.background import wait_for_background

    journal, _ = make_journal()
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(TODAY, mood=2, note="Before the backup."))
    files = journal.files
    journal.close()
    controller = make_controller(automatic_backups=True)
    qtbot.addWidget(controller.start())
    unlock(qtbot, controller)
    wait_for_background()
    backups = sorted((files.data_dir / "backups").glob("*.rjbackup"))
    assert len(backups) == 1

    today_view = controller.main_window.today_view
    today_view.form.note.setPlainText("Written after the backup.")
    assert today_view.save_now()
    controller.main_window.restore_action.trigger()
    dialog = controller.restore_dialog
    dialog.set_backup_file(backups[0])
    dialog.secret.setText(app_window_support.PASSPHRASE)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.check()
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        dialog.restore()
    assert controller.main_window is None and controller.unlock_window.isVisible()
    assert len(replaced_journals(files)) == 1
    unlock(qtbot, controller)
    assert controller.journal.day(TODAY).note == "Before the backup."
    assert replaced_journals(files) == [], "the set-aside journal goes once the restored one is unlocked"
