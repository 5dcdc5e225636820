"""Today from the keyboard (issue 19, items 5 to 8): Tab order, keys 1-5, typed dates, scroll and cursor."""

from __future__ import annotations

import datetime as dt

from app_window_support import OFFSCREEN_NOISE
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QWidget

from journal.core.domain.entry import DayEntry
from journal.ui.date_field import DateField
from journal.ui.today.today_view import TodayView

pytestmark = OFFSCREEN_NOISE
TODAY = dt.date(2026, 12, 1)


def _activate(qtbot, window: QWidget) -> None:
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _shown_view(qtbot, journal) -> TodayView:
    view = TodayView(journal, lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(760, 520)
    view.show()
    _activate(qtbot, view)
    return view


def _tab_walk(qtbot, start: QWidget, count: int) -> list[QWidget]:
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [QApplication.focusWidget()]
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_goes_date_mood_feelings_body_self_care_medications_note(qtbot, journal):
    view = _shown_view(qtbot, journal)
    form = view.form
    seen = _tab_walk(qtbot, view.navigator.picker, 200)
    position = {id(widget): index for index, widget in reversed(list(enumerate(seen)))}

    def at(widget: QWidget) -> int:
        assert id(widget) in position, f"Tab never reached {widget.accessibleName()}"
        return position[id(widget)]

    chips = form.feelings.focus_order()[:-1]
    assert at(view.navigator.picker) == 0
    assert at(form.mood.findChildren(QWidget)[0]) <= 5, "mood is near the start"
    assert at(chips[0]) < at(chips[-1]) < at(form.feelings.add_field), "your own word comes after the chips"
    assert at(form.feelings.add_field) < at(form.symptoms["bleeding"].focusProxy())
    assert at(form.symptoms["bleeding"].focusProxy()) < at(form.self_care.focus_order()[0])
    assert at(form.self_care.add_field) < at(form.medications.add_button) < at(form.note)
    assert at(form.note) < at(view.navigator.previous_button)


def test_tab_after_adding_a_medication_reaches_the_note(qtbot, journal):
    view = _shown_view(qtbot, journal)
    medications = view.form.medications
    medications.add_button.setFocus()
    qtbot.keyClick(medications.add_button, Qt.Key.Key_Space)
    row = medications.rows[-1]
    qtbot.waitUntil(row.remove_button.isVisible)  # a new row shows once the event loop runs
    assert QApplication.focusWidget() is row.name
    seen = _tab_walk(qtbot, row.name, 4)
    assert seen[1:5] == [row.amount, row.remove_button, medications.add_button, view.form.note]


def test_keys_one_to_five_set_the_mood_but_not_while_typing(qtbot, journal):
    view = _shown_view(qtbot, journal)
    form = view.form
    form.feelings.chip("grief").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    assert form.mood.mood() == 3
    assert view.status.text() == "Not saved yet"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5)
    assert form.mood.mood() == 5

    form.note.setFocus()
    qtbot.keyClicks(form.note, "2 walks")
    assert form.note.toPlainText() == "2 walks"
    assert form.mood.mood() == 5
    form.feelings.add_field.setFocus()
    qtbot.keyClicks(form.feelings.add_field, "1")
    assert form.mood.mood() == 5


def test_typing_25_in_the_day_picker_gives_the_25th(qtbot, journal):
    view = _shown_view(qtbot, journal)
    picker = view.navigator.picker
    view.show_day(dt.date(2026, 11, 3))
    picker.setFocus()
    picker.setSelectedSection(DateField.Section.DaySection)
    qtbot.keyClicks(picker, "25")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert view.date == dt.date(2026, 11, 25)


def test_the_loss_date_takes_17_while_the_17th_is_still_to_come_and_is_checked_when_done(qtbot):
    field = DateField(QDate(2026, 12, 1))
    field.setDisplayFormat("d MMMM yyyy")
    field.set_latest(TODAY)
    qtbot.addWidget(field)
    field.show()
    _activate(qtbot, field)
    field.setFocus()
    field.setSelectedSection(DateField.Section.DaySection)
    qtbot.keyClicks(field, "17")
    assert field.date() == QDate(2026, 12, 17), "typing is not judged per keystroke"
    field.setSelectedSection(DateField.Section.MonthSection)
    qtbot.keyClick(field, Qt.Key.Key_Down)  # on to November, before finishing
    assert field.date() == QDate(2026, 11, 17)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.chosen() == dt.date(2026, 11, 17)

    field.setSelectedSection(DateField.Section.MonthSection)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    with qtbot.waitSignal(field.moved_back):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.chosen() == TODAY
    assert field.date() == QDate(2026, 12, 1)


def test_f4_and_alt_down_open_the_calendar(qtbot):
    for key, modifier in (
        (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    ):
        field = DateField(QDate(2026, 11, 3))
        field.set_latest(TODAY)
        qtbot.addWidget(field)
        field.show()
        _activate(qtbot, field)
        field.setFocus()
        qtbot.keyClick(field, key, modifier)
        calendar = field.findChild(QCalendarWidget)
        assert calendar is not None
        qtbot.waitUntil(lambda calendar=calendar: calendar.isVisible())
        assert calendar.maximumDate() == QDate(2026, 12, 1), "later days are greyed in the calendar"
        assert field.date() == QDate(2026, 11, 3), "opening the calendar changes nothing"
        calendar.window().close()
        field.close()


def test_changing_day_starts_the_new_day_at_the_top(qtbot, journal):
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(date=dt.date(2026, 11, 29), note="a long day\n" * 60))
    view = _shown_view(qtbot, journal)
    view.resize(760, 360)
    view.show_day(dt.date(2026, 11, 29))
    bar = view.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    view.show_day(dt.date(2026, 11, 30))
    assert bar.value() == 0


def test_write_about_this_leaves_the_cursor_just_after_the_prompt(qtbot, journal):
    view = _shown_view(qtbot, journal)
    view.write_about("p1", "What helped today?")
    note = view.form.note
    assert note.toPlainText() == "> What helped today?\n\n"
    assert note.textCursor().position() == len(note.toPlainText())

    qtbot.keyClicks(note, "Earlier words.")
    view.write_about("p2", "Who did you talk to?")
    text = note.toPlainText()
    cursor = note.textCursor().position()
    qtbot.keyClicks(note, "My sister.")
    text = note.toPlainText()
    assert text.startswith("> Who did you talk to?\n\nMy sister.\n\n"), text
    assert cursor == len("> Who did you talk to?\n\n")
    assert "Earlier words." in text


def test_scale_values_carry_the_catalogs_words(qtbot, journal):
    from journal.core.domain.catalog import SymptomKind, load_default_catalog

    for definition in load_default_catalog().definitions:
        if definition.kind is SymptomKind.SCALE:
            assert len(definition.level_labels) == definition.scale_max + 1, definition.key
    view = TodayView(journal, lambda: TODAY)
    qtbot.addWidget(view)
    nausea = view.form.symptoms["nausea"]
    assert nausea.word.text() == ""
    nausea.spin.setValue(1)
    assert (nausea.spin.text(), nausea.word.text()) == ("1 of 3", "Mild")
    nausea.set_value(3)
    assert nausea.word.text() == "Strong"
    nausea.set_value(None)
    assert nausea.word.text() == ""
