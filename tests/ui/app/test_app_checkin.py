"""A check-in typed into Today, saved, and read back after locking and unlocking."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import app_window_support
from app_window_support import OFFSCREEN_NOISE, TODAY, open_app, unlock
from PySide6.QtCore import Qt

from conftest import CANARY
from journal.core.domain.entry import DayEntry

pytestmark = OFFSCREEN_NOISE
app_settings = app_window_support.app_settings  # a fixture, shared
make_controller = app_window_support.make_controller  # a fixture, shared


def _open(qtbot, make_journal, make_controller, **options):
    return open_app(qtbot, make_journal, make_controller, **options)


def test_checkin_is_saved_with_ctrl_s_and_read_back_after_lock_and_unlock(qtbot, make_journal, make_controller):
    controller = _open(qtbot, make_journal, make_controller)
    form = controller.main_window.today_view.form
    form.mood.buttons[1].click()
    form.feelings.chip("grief").click()
    form.symptoms["bleeding"].combo.setCurrentIndex(3)  # Light
    form.symptoms["cramping"].spin.setValue(4)
    form.self_care.chip("rest").click()
    form.medications.add_row("ibuprofen", "400 mg")
    form.medications.changed.emit()
    qtbot.keyClicks(form.note, CANARY)
    qtbot.keyClick(controller.main_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert controller.main_window.today_view.status.text() == "Saved"

    controller.lock()
    unlock(qtbot, controller)
    entry = controller.journal.day(TODAY)
    assert entry is not None
    assert (entry.mood, entry.feelings, entry.self_care) == (2, ("grief",), ("rest",))
    assert entry.symptoms == {"bleeding": "light", "cramping": 4}
    assert [(m.name, m.amount) for m in entry.medications] == [("ibuprofen", "400 mg")]
    form = controller.main_window.today_view.form
    assert form.note.toPlainText() == CANARY
    assert form.mood.mood() == 2
    assert form.symptoms["bleeding"].value() == "light"


def test_autosave_writes_about_a_second_after_typing_stops(qtbot, make_journal, make_controller):
    controller = _open(qtbot, make_journal, make_controller)
    view = controller.main_window.today_view
    qtbot.keyClicks(view.form.note, "A quiet day.")
    assert controller.journal.day(TODAY) is None, "nothing is written while typing"
    assert view.status.text() == "Not saved yet"
    qtbot.waitUntil(lambda: controller.journal.day(TODAY) is not None, timeout=3000)
    assert controller.journal.day(TODAY).note == "A quiet day."
    assert view.status.text() == "Saved"


def test_moving_between_days_saves_and_future_days_cannot_be_opened(qtbot, make_journal, make_controller):
    controller = _open(qtbot, make_journal, make_controller)
    view = controller.main_window.today_view
    with controller.journal.transaction() as session:
        controller.journal.save_day(session, DayEntry(TODAY - dt.timedelta(days=1), mood=4, note="yesterday"))
    qtbot.keyClicks(view.form.note, "today's words")
    view.navigator.previous_button.click()
    assert controller.journal.day(TODAY).note == "today's words", "leaving a day saves it"
    assert view.date == TODAY - dt.timedelta(days=1)
    assert view.form.note.toPlainText() == "yesterday"
    qtbot.keyClicks(view.form.note, ", edited")
    view.navigator.today_button.click()
    assert controller.journal.day(TODAY - dt.timedelta(days=1)).note == "yesterday, edited"
    assert not view.navigator.next_button.isEnabled()
    assert view.show_day(TODAY + dt.timedelta(days=1)) is False
    assert view.date == TODAY


def test_day_counter_uses_the_persons_label(qtbot, make_journal, make_controller):
    from journal.core.domain.key_dates import KeyDate, KeyDateKind

    journal, _ = make_journal()
    with journal.transaction() as session:
        journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, TODAY - dt.timedelta(days=12), "Robin"))
        journal.save_settings(session, replace(journal.settings(), show_day_counter=True))
    journal.close()
    controller = make_controller()
    qtbot.addWidget(controller.start())
    unlock(qtbot, controller)
    assert controller.main_window.today_view.header.text() == "Day 12 since Robin"


def test_every_control_in_today_has_an_accessible_name(qtbot, make_journal, make_controller):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    controller = _open(qtbot, make_journal, make_controller)
    view = controller.main_window.today_view
    unnamed = [
        type(widget).__name__
        for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit)
        for widget in view.findChildren(kind)
        if not widget.accessibleName() and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
    ]
    assert unnamed == []
