"""The Care menu: add a test result, the questions for the next appointment, the facts card."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from journal.ui.specs import HostWindow, ToolSpec

if TYPE_CHECKING:
    from journal.core.journal import Journal


def _open(window: QWidget, dialog: QDialog) -> None:
    """Window-modal and not blocking (`open()`); the dialog goes once closed."""
    from PySide6.QtCore import Qt  # not at import: the Qt namespace costs start-up time

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def care_tools() -> list[ToolSpec]:
    def add_result(journal: Journal, window: QWidget) -> None:
        from journal.ui.care.result_dialog import add_result_for_day

        host = window if isinstance(window, HostWindow) else None
        date = host.shown_date() if host is not None else dt.date.today()
        if add_result_for_day(journal, date, dt.date.today(), window) is not None and host is not None:
            host.refresh_shown_view()  # tabs that show results (Looking back's milestones) read them again

    def questions(journal: Journal, window: QWidget) -> None:
        from journal.ui.care.questions_dialog import QuestionsDialog

        _open(window, QuestionsDialog(journal, dt.date.today(), window))

    def facts(journal: Journal, window: QWidget) -> None:
        from journal.ui.care.facts_dialog import FactsDialog

        _open(window, FactsDialog(journal, dt.date.today(), window))

    menu = QCoreApplication.translate("MainWindow", "&Care")
    return [
        ToolSpec(menu, QCoreApplication.translate("MainWindow", "Add a test result…"), add_result),
        ToolSpec(menu, QCoreApplication.translate("MainWindow", "Questions for my next appointment…"), questions),
        ToolSpec(menu, QCoreApplication.translate("MainWindow", "Facts for my clinician…"), facts),
    ]
