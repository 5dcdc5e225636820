"""Names, roles, labels and reading order as Qt reports them to screen readers; fast, no accessibility bus.

The bus test (test_a11y_bus.py) checks the same things as AT-SPI clients see them; these catch a
regression in a second and say which widget it is.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

sys.path.insert(0, str(Path(__file__).parents[1] / "app"))
import app_window_support
from app_window_support import OFFSCREEN_NOISE, open_app

pytestmark = OFFSCREEN_NOISE
app_settings = app_window_support.app_settings  # a fixture, shared
make_controller = app_window_support.make_controller  # a fixture, shared

Role = QAccessible.Role
NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description


def accessible(widget: QWidget):
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def label_names(widget: QWidget) -> list[str]:
    """What a screen reader reads as this control's label (AT-SPI "labelled-by")."""
    return [other.text(NAME) for other, _ in accessible(widget).relations(QAccessible.RelationFlag.Label)]


def before(first: QWidget, second: QWidget) -> bool:
    """`first` comes before `second` among the accessible children of their common parent."""
    parent = accessible(first).parent()
    children = [parent.child(index).object() for index in range(parent.childCount())]
    return children.index(first) < children.index(second)


def test_unlock_window_is_a_window_and_reads_why_unlocking_failed(qtbot):
    from journal.ui.unlock_window import UnlockWindow

    window = UnlockWindow()
    qtbot.addWidget(window)
    assert accessible(window).role() == Role.Window
    window.show_error("That passphrase doesn't open this journal.")
    assert accessible(window.message).text(NAME) == "That passphrase doesn't open this journal."
    assert accessible(window.field).text(DESCRIPTION) == "That passphrase doesn't open this journal."
    window.field.setText("x")
    window.field.textEdited.emit("•")
    assert accessible(window.field).text(DESCRIPTION) == ""


def test_first_run_window_is_a_window_and_reads_its_texts(qtbot):
    from journal.core.crypto.recovery_key import generate_recovery_key
    from journal.core.domain.catalog import load_default_catalog
    from journal.ui.first_run.window import FirstRunWindow

    window = FirstRunWindow(app_window_support.TODAY)
    qtbot.addWidget(window)
    assert accessible(window).role() == Role.Window
    fields = window.passphrase.fields
    fields.first.setText("lantern meadow quietly folding")
    assert accessible(fields.strength).text(NAME) == fields.strength.text() != ""
    key = generate_recovery_key()
    window.show_recovery_key(key, load_default_catalog())
    spoken = accessible(window.recovery.key_label).text(NAME)
    assert key.split("-")[0] in spoken, "a screen reader can read the recovery key out, as it shows"


@pytest.fixture
def main_window(qtbot, make_journal, make_controller):
    def prepare(journal):
        import datetime as dt

        from journal.core.demo import demo_entries, demo_key_dates

        start = app_window_support.TODAY - dt.timedelta(days=39)
        key_dates = demo_key_dates(start, 40)
        with journal.transaction() as session:
            for key_date in key_dates:
                journal.save_key_date(session, key_date)
            for entry in demo_entries(start, 40, 3, key_dates):
                journal.save_day(session, entry)

    from journal.ui.launch import extra_views

    views, _tools, prompt_card = extra_views()
    return open_app(
        qtbot, make_journal, make_controller, prepare, views=views, prompt_card_factory=prompt_card
    ).main_window


def test_mood_is_one_group_of_radio_buttons_named_by_its_question(main_window):
    mood = main_window.today_view.form.mood
    group = accessible(mood)
    assert group.role() == Role.Grouping
    assert group.text(NAME) == "How are you, overall?"
    assert label_names(mood) == ["How are you, overall?"]
    mood.set_mood(4)
    buttons = [accessible(button) for button in mood.buttons]
    assert [b.role() for b in buttons] == [Role.RadioButton] * 5
    assert [b.text(NAME) for b in buttons] == ["Very low", "Low", "Mixed", "Okay", "Good"]
    assert [b.state().checked for b in buttons] == [0, 0, 0, 1, 0]


def test_a_screen_readers_toggle_action_chooses_the_mood_and_is_saved(qtbot, main_window):
    today = main_window.today_view
    mood = today.form.mood
    mood.set_mood(None)
    with qtbot.waitSignal(mood.changed):
        accessible(mood.buttons[1]).actionInterface().doAction("Toggle")  # no click, as Orca's action does
    assert mood.mood() == 2
    assert [button.isChecked() for button in mood.buttons] == [False, True, False, False, False]
    assert today.save_now()
    assert main_window.journal.day(today.date).mood == 2


def test_clicking_the_chosen_mood_again_clears_it(main_window):
    mood = main_window.today_view.form.mood
    mood.buttons[2].click()
    assert mood.mood() == 3
    mood.buttons[0].click()
    assert mood.mood() == 1 and not mood.buttons[2].isChecked()
    mood.buttons[0].click()
    assert mood.mood() is None and not any(button.isChecked() for button in mood.buttons)


def test_bleeding_and_clots_are_labelled_by_their_names_not_their_values(main_window):
    form = main_window.today_view.form
    for key, label in (("bleeding", "Bleeding"), ("clots", "Clots")):
        combo = form.symptoms[key].findChild(QComboBox)
        assert label_names(combo) == [label]
        buddies = [w for w in form.findChildren(QLabel) if w.buddy() is combo and w.isVisibleTo(form)]
        assert [w.text() for w in buddies] == [label], "the visible label points at the combo box itself"


def test_today_exposes_its_texts_by_their_words(main_window):
    today = main_window.today_view
    today.header.setText("Day 3 since Robin")
    assert accessible(today.header).text(NAME) == "Day 3 since Robin"
    today.form.mood.buttons[0].click()
    assert today.save_now()
    assert accessible(today.status).text(NAME) == "Saved"


def test_menus_and_tabs_come_before_the_content_they_lead_to(main_window):
    central = main_window.centralWidget()
    assert before(main_window.menuBar(), central)
    assert before(main_window.tabs.tabBar(), main_window.tabs.findChild(QWidget, "qt_tabwidget_stackedwidget"))
    today = main_window.today_view
    assert before(today.navigator, today.header)
    assert before(today.header, today.prompt_card)


def test_looking_back_charts_have_a_text_alternative(main_window):
    review = main_window.tabs.widget(1)
    main_window.tabs.setCurrentWidget(review)
    for panel in (*review.charts.physical, review.charts.mood):
        chart = accessible(panel.view)
        assert chart.role() == Role.Chart
        assert chart.text(NAME) == panel.charted.title
        assert chart.text(DESCRIPTION).startswith(f"{panel.charted.title}: noted on ")


def test_looking_back_controls_are_named_by_what_they_do(main_window):
    review = main_window.tabs.widget(1)
    calendar, search, summaries = review.calendar, review.search, review.summaries
    assert [accessible(b).role() for b in (calendar.month_button, calendar.year_button)] == [Role.RadioButton] * 2
    assert [accessible(b).role() for b in (summaries.weeks_button, summaries.months_button)] == [Role.RadioButton] * 2
    assert accessible(calendar.previous_button).text(NAME) == "Earlier"
    assert accessible(calendar.next_button).text(NAME) == "Later"
    assert accessible(summaries.table).text(NAME) == "Summaries"
    assert accessible(search.words).text(NAME) == "Words in your notes"
    assert accessible(search.results).text(NAME) == "Days found"
    assert [accessible(e).text(NAME) for e in (search.from_date, search.to_date)] == ["From", "To"]
    assert [label_names(c) for c in (search.tag, search.feeling, search.symptom, search.level)] == [
        ["Tag"],
        ["Feeling"],
        ["Symptom"],
        ["How much"],
    ]
    assert label_names(review.range_box) == ["Show"]
    assert before(calendar.previous_button, calendar.month_button)
    assert before(search.symptom.parentWidget(), search.results)


def test_calendar_keys_start_on_today_not_the_first_of_january(qtbot, main_window):
    from PySide6.QtCore import Qt

    from journal.ui.review import wording

    calendar = main_window.tabs.widget(1).calendar
    grid = calendar.year_grid
    first_day = grid.squares()[0][1]
    assert grid.today is not None and grid.today != first_day
    qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.current == grid.today
    assert grid.accessibleDescription().startswith(wording.short_date(grid.today, year=True))


def test_library_list_comes_before_the_reading(main_window):
    library = main_window.tabs.widget(2)
    assert before(library.list.parentWidget(), library.browser)


def test_after_unlocking_the_unlock_field_takes_no_focus_while_showing(qtbot, make_journal, make_controller):
    """Otherwise a screen reader reads "Passphrase, password text" again between Unlock and Today."""
    journal, _ = make_journal()
    journal.close()
    controller = make_controller()
    window = controller.start()
    qtbot.addWidget(window)
    window.show()
    seen_showing: list[bool] = []
    reset = window.reset
    window.reset = lambda: (seen_showing.append(window.isVisible()), reset())[1]  # type: ignore[method-assign]
    app_window_support.unlock(qtbot, controller)
    assert seen_showing == [False]


def test_in_todays_tab_order_mood_is_reached_on_its_chosen_step(qtbot, main_window):
    """Today's tab order is set from outside the mood group; Tab still lands on the chosen step."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    with qtbot.waitActive(main_window):
        main_window.show()
        main_window.activateWindow()
    form = main_window.today_view.form
    for chosen in (5, 3, None):
        form.mood.set_mood(chosen)
        form.feelings.focus_order()[0].setFocus()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is form.mood.buttons[(chosen or 1) - 1]


def test_mood_by_keyboard_is_one_tab_stop_with_arrows_between_steps(qtbot):
    """Radio-group keys: Tab enters on the chosen step and leaves the group; arrows move the choice."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout

    from journal.ui.today.mood import MoodSelector

    page = QWidget()
    qtbot.addWidget(page)
    before_field, after_field = QLineEdit(), QLineEdit()
    mood = MoodSelector(["Very low", "Low", "Mixed", "Okay", "Good"])
    column = QVBoxLayout(page)
    for widget in (before_field, mood, after_field):
        column.addWidget(widget)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    mood.set_mood(3)
    tab_stops = [bool(button.focusPolicy() & Qt.FocusPolicy.TabFocus) for button in mood.buttons]
    assert tab_stops == [False, False, True, False, False], "no other step takes Tab focus, even for a moment"
    before_field.setFocus()
    qtbot.keyClick(before_field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is mood.buttons[2], "Tab lands on the chosen step"
    with qtbot.waitSignal(mood.changed):
        qtbot.keyClick(mood.buttons[2], Qt.Key.Key_Right)
    assert mood.mood() == 4 and QApplication.focusWidget() is mood.buttons[3]
    qtbot.keyClick(mood.buttons[3], Qt.Key.Key_Space)
    assert mood.mood() is None, "Space on the chosen step clears it, as a click does"
    qtbot.keyClick(mood.buttons[3], Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after_field, "one Tab leaves the group"
