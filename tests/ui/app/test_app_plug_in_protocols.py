"""The main window, the prompt card and the review tabs keep their side of the plug-in Protocols, and a
plain widget (as tests pass) is told apart from them, so plug-ins fall back rather than fail."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from helpers.app_window import open_app
from journal.ui.launch import extra_views
from journal.ui.specs import DayPromptCard, HostWindow, RefreshableView
from journal.ui.today.prompt_slot import PromptPlaceholder


def test_the_window_card_and_tabs_meet_their_protocols(qtbot, make_journal, make_controller) -> None:
    views, tools, prompt_card = extra_views()
    controller = open_app(
        qtbot, make_journal, make_controller, views=views, tools=tools, prompt_card_factory=prompt_card
    )
    window = controller.main_window
    assert isinstance(window, HostWindow)
    assert isinstance(window.today_view.prompt_card, DayPromptCard)
    assert isinstance(window.tabs.widget(1), RefreshableView), "Looking back reads the journal again when shown"
    assert window.shown_date() == window.today_view.date


def test_a_plain_widget_and_the_placeholder_are_not_mistaken_for_them(qtbot) -> None:
    plain, placeholder = QWidget(), PromptPlaceholder()
    qtbot.addWidget(plain)
    qtbot.addWidget(placeholder)
    assert not isinstance(plain, HostWindow) and not isinstance(plain, RefreshableView)
    assert not isinstance(placeholder, DayPromptCard)
