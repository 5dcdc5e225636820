"""The pieces launch.py plugs into the main window: Looking back, Library, and the prompt card in Today."""

from __future__ import annotations

import datetime as dt

import app_window_support
from app_window_support import OFFSCREEN_NOISE, TODAY, unlock

from journal.core.domain.entry import DayEntry
from journal.ui.launch import extra_views

pytestmark = OFFSCREEN_NOISE
app_settings = app_window_support.app_settings  # a fixture, shared
make_controller = app_window_support.make_controller  # a fixture, shared


def _open(qtbot, make_journal, make_controller):
    journal, _ = make_journal()
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(TODAY - dt.timedelta(days=3), mood=2, note="A quiet day."))
    journal.close()
    views, tools, prompt_card = extra_views()
    controller = make_controller(views=views, tools=tools, prompt_card_factory=prompt_card)
    qtbot.addWidget(controller.start())
    unlock(qtbot, controller)
    return controller


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
