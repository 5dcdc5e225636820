"""The Care menu: add a test result, the questions for the next appointment, the facts card."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal.ui.specs import ToolSpec

if TYPE_CHECKING:
    from journal.core.journal import Journal


def _refresh_views(window: QWidget) -> None:
    """Let tabs that show results (Looking back's milestones) read the journal again."""
    tabs = getattr(window, "tabs", None)
    if tabs is None:
        return
    for index in range(tabs.count()):
        refresh = getattr(tabs.widget(index), "refresh", None)
        if callable(refresh) and index == tabs.currentIndex():
            refresh()


def care_tools() -> list[ToolSpec]:
    def add_result(journal: Journal, window: QWidget) -> None:
        from journal.ui.care.result_dialog import add_result_for_day

        today_view = getattr(window, "today_view", None)
        date = getattr(today_view, "date", None) or dt.date.today()
        if add_result_for_day(journal, date, dt.date.today(), window) is not None:
            _refresh_views(window)

    def questions(journal: Journal, window: QWidget) -> None:
        from journal.ui.care.questions_dialog import QuestionsDialog

        QuestionsDialog(journal, dt.date.today(), window).exec()

    def facts(journal: Journal, window: QWidget) -> None:
        from journal.ui.care.facts_dialog import FactsDialog

        FactsDialog(journal, dt.date.today(), window).exec()

    menu = QCoreApplication.translate("MainWindow", "&Care")
    return [
        ToolSpec(menu, QCoreApplication.translate("MainWindow", "Add a test result…"), add_result),
        ToolSpec(menu, QCoreApplication.translate("MainWindow", "Questions for my next appointment…"), questions),
        ToolSpec(menu, QCoreApplication.translate("MainWindow", "Facts for my clinician…"), facts),
    ]
