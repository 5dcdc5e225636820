"""One way for a widget to write to the journal: its own transaction, and a calm sentence if the disk refused.

Every widget that changes the journal calls `write_to_journal` with the change and a way to say a
failure where the person is looking (a status line, the card's own note). Widgets with no place of
their own pass `say_in_a_box(parent)`, a small window that does not block. Nothing the person typed is
lost: a refused write changes nothing, and the widget keeps what it shows.

A refusal is worded by `journal.ui.error_words`, where each of core's errors is worded once, translatable.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.ui.error_words import error_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal

#: Shows one sentence to the person.
Say = Callable[[str], object]


def write_to_journal(journal: Journal, change: Callable[[Session], object], say: Say | None) -> bool:
    """Run `change` in one transaction; True if it was saved. A refusal is said through `say` (None: quietly)."""
    from journal.core.errors import JournalError

    try:
        with journal.transaction() as session:
            change(session)
    except JournalError as error:
        if say is not None:
            say(error_text(error))
        return False
    return True


def say_in_a_box(parent: QWidget) -> Say:
    """For a widget with no status line: a warning titled "Not saved" that does not block (`open()`)."""

    def say(text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("JournalWrites", "Not saved"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    return say
