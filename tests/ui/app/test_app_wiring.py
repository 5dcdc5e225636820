"""The pieces launch.py plugs into the main window: Looking back, Library, and the prompt card in Today."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMenu

from helpers.app_window import TODAY, damage_days, open_app, unlock
from helpers.journals import PASSPHRASE
from journal.core.domain.entry import DayEntry
from journal.ui.launch import extra_views


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


def _restore_the_days_backup(qtbot, make_journal, make_controller):
    """Unlock (making the day's backup), write more, restore that backup; returns the controller and files."""
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
    dialog = controller.backup_flow.restore_dialog
    dialog.set_backup_file(backups[0])
    dialog.secret.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.checked, timeout=10_000):
        dialog.check()
    with qtbot.waitSignal(dialog.restored, timeout=10_000):
        dialog.restore()
    assert controller.main_window is None and controller.unlock_window.isVisible()
    assert len(replaced_journals(files)) == 1
    unlock(qtbot, controller)
    assert controller.journal.day(TODAY).note == "Before the backup."
    return controller, files


def _answer_about_the_replaced_journal(controller, button_text):
    question = controller.backup_flow.replaced_question
    assert question is not None and question.isVisible(), "the app asks before removing the replaced journal"
    assert question.defaultButton().text() == "Keep it for now"
    buttons = {button.text(): button for button in question.buttons()}
    assert set(buttons) == {"Remove it", "Keep it for now"}
    buttons[button_text].click()


def test_unlocking_makes_the_days_automatic_backup_and_restore_brings_one_back(qtbot, make_journal, make_controller):
    from journal.core.backup.restore import replaced_journals

    controller, files = _restore_the_days_backup(qtbot, make_journal, make_controller)
    assert len(replaced_journals(files)) == 1, "nothing is removed before the person answers"
    _answer_about_the_replaced_journal(controller, "Remove it")
    assert replaced_journals(files) == [], "the set-aside journal goes when the person says so"


def test_keep_it_for_now_keeps_the_journal_the_restore_replaced(qtbot, make_journal, make_controller):
    from journal.core.backup.restore import replaced_journals

    controller, files = _restore_the_days_backup(qtbot, make_journal, make_controller)
    _answer_about_the_replaced_journal(controller, "Keep it for now")
    assert len(replaced_journals(files)) == 1
    controller.lock()
    unlock(qtbot, controller)
    assert controller.backup_flow.replaced_question is not None, "asked again at the next unlock"
    controller.backup_flow.replaced_question.reject()  # Escape / closing the question keeps it too
    assert len(replaced_journals(files)) == 1


def test_no_question_about_the_replaced_journal_when_entries_could_not_be_read(
    qtbot, make_journal, make_controller, data_dir
):
    from journal.core.backup.restore import replaced_journals

    journal, _ = make_journal()
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(TODAY, mood=2, note="A day."))
    files = journal.files
    journal.close()
    aside = files.database_path.with_name(files.database_path.name + ".replaced-20261120-101010")
    aside.write_bytes(files.database_path.read_bytes())
    damage_days(data_dir, 1)
    controller = make_controller()
    qtbot.addWidget(controller.start())
    unlock(qtbot, controller)
    assert controller.journal.unreadable_count == 1
    assert controller.backup_flow.replaced_question is None, (
        "the replaced journal may be the whole one: nothing is offered"
    )
    assert replaced_journals(files) == [aside]


def test_changing_settings_rebuilds_every_tab_so_a_new_theme_reaches_them(qtbot, make_journal, make_controller):
    window = _open(qtbot, make_journal, make_controller).main_window
    window.tabs.setCurrentIndex(1)
    before = [window.tabs.widget(i) for i in range(window.tabs.count())]
    dialog = window.make_settings_dialog()
    dialog.applied.emit()  # what Save in Settings does after storing the choices
    dialog.reject()
    after = [window.tabs.widget(i) for i in range(window.tabs.count())]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["Today", "Looking back", "Library"]
    assert not set(map(id, before)) & set(map(id, after))
    assert window.tabs.currentIndex() == 1 and window.today_view is after[0]
