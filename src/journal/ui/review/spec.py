"""The review as a main-window tab: `ViewSpec` for the window's list of extra views."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal.core.journal import Journal
from journal.ui.review.review_view import ReviewView
from journal.ui.specs import ViewSpec


def review_view_spec() -> ViewSpec:
    """A tab titled "Looking back" holding the review for today's date; it is rebuilt after each unlock."""

    def build(journal: Journal, parent: QWidget) -> QWidget:
        return ReviewView(journal, dt.date.today(), parent)

    return ViewSpec(QCoreApplication.translate("ReviewView", "Looking back"), build)
