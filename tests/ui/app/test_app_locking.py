"""Locking clears every widget: by Ctrl+L, after idle time, by quick hide; nothing typed is lost."""

from __future__ import annotations

import datetime as dt

import app_window_support
from app_window_support import OFFSCREEN_NOISE, TODAY, flush_deletions, open_app, texts_on_screen, unlock
from PySide6.QtCore import Qt

from conftest import CANARY

pytestmark = OFFSCREEN_NOISE
app_settings = app_window_support.app_settings  # a fixture, shared
make_controller = app_window_support.make_controller  # a fixture, shared


def _open(qtbot, make_journal, make_controller, **options):
    return open_app(qtbot, make_journal, make_controller, **options)


def test_ctrl_l_locks_keeps_what_was_typed_and_clears_the_widgets(qtbot, make_journal, make_controller):
    controller = _open(qtbot, make_journal, make_controller)
    window = controller.main_window
    journal = controller.journal
    qtbot.keyClicks(window.today_view.form.note, CANARY)
    assert any(CANARY in text for text in texts_on_screen())
    with qtbot.waitSignal(controller.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    flush_deletions()
    assert journal.is_locked
    assert not any(CANARY in text for text in texts_on_screen())
    assert controller.unlock_window.isVisible()
    unlock(qtbot, controller)
    assert controller.journal.day(TODAY).note == CANARY


def test_idle_timeout_locks_and_clears_the_widgets(qtbot, make_journal, make_controller):
    controller = _open(qtbot, make_journal, make_controller, idle_interval_ms=300)
    journal = controller.journal
    controller.main_window.today_view.form.note.setPlainText(CANARY)
    with qtbot.waitSignal(controller.locked, timeout=5000):
        pass
    flush_deletions()
    assert journal.is_locked and controller.main_window is None
    assert not any(CANARY in text for text in texts_on_screen())
    unlock(qtbot, controller)
    assert controller.journal.day(TODAY).note == CANARY


def test_activity_postpones_the_idle_lock(qtbot, make_journal, make_controller):
    # A long interval and the timer's own clock, so the test never races the lock. Qt's coarse timers
    # may be off by 5 % (500 ms here), so the wait is three times that.
    controller = _open(qtbot, make_journal, make_controller, idle_interval_ms=10_000)
    qtbot.wait(1_500)
    before = controller.idle.remaining_ms
    assert 0 < before <= 9_000
    qtbot.keyClick(controller.main_window.today_view.form.note, Qt.Key.Key_A)
    assert controller.idle.remaining_ms > before, "typing must start the idle time again"


def test_auto_lock_off_never_locks(qtbot, make_journal, make_controller):
    controller = _open(qtbot, make_journal, make_controller, idle_interval_ms=0)
    journal = controller.journal
    note = controller.main_window.today_view.form.note
    for _ in range(3):  # activity must not start a timer either (a zero interval would fire at once)
        qtbot.keyClick(note, Qt.Key.Key_A)
        qtbot.wait(150)
    assert not journal.is_locked and controller.main_window is not None
    assert controller.idle.remaining_ms == -1


def test_quick_hide_locks_and_minimises(qtbot, make_journal, make_controller):
    controller = _open(qtbot, make_journal, make_controller)
    journal = controller.journal
    assert controller.main_window.hide_action.shortcut().toString() == "Ctrl+Shift+H"
    assert "Quick hide" in controller.main_window.hide_action.text()
    controller.main_window.hide_action.trigger()
    assert journal.is_locked
    assert controller.unlock_window.isMinimized()


def test_closing_the_window_saves_and_locks(qtbot, make_journal, make_controller):
    controller = _open(qtbot, make_journal, make_controller)
    journal = controller.journal
    qtbot.keyClicks(controller.main_window.today_view.form.note, CANARY)
    controller.main_window.close()
    assert journal.is_locked
    assert not controller.files.claimed
    flush_deletions()
    assert not any(CANARY in text for text in texts_on_screen()), "a closed window is thrown away, not just hidden"
    reopened = make_controller()
    qtbot.addWidget(reopened.start())
    unlock(qtbot, reopened)
    assert reopened.journal.day(TODAY).note == CANARY


def test_window_titles_never_hold_personal_words(qtbot, make_journal, make_controller):
    controller = _open(qtbot, make_journal, make_controller)
    qtbot.keyClicks(controller.main_window.today_view.form.note, CANARY)
    controller.main_window.today_view.save_now()
    assert controller.main_window.windowTitle() == "Recovery Journal"


def test_locking_clears_search_results_in_looking_back(qtbot, make_journal, make_controller):
    from journal.core.domain.entry import DayEntry
    from journal.ui.launch import extra_views

    def a_day_with_the_canary(journal):
        with journal.transaction() as session:
            day = TODAY - dt.timedelta(days=10)  # not the day Today shows: only the results list holds it
            journal.save_day(session, DayEntry(day, mood=3, note=f"Walked by the river. {CANARY}"))

    views, tools, _card = extra_views()
    controller = open_app(qtbot, make_journal, make_controller, a_day_with_the_canary, views=views, tools=tools)
    window = controller.main_window
    review = window.tabs.widget(1)
    window.tabs.setCurrentWidget(review)
    review.tabs.setCurrentWidget(review.search)
    review.search.words.setText("river")
    review.search.run_search()
    assert review.search.model.rowCount() == 1
    assert not any(CANARY in text for text in texts_on_screen(item_views=False))
    assert any(CANARY in text for text in texts_on_screen()), "the list's rows are read too"
    with qtbot.waitSignal(controller.locked):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    flush_deletions()
    assert not any(CANARY in text for text in texts_on_screen())
