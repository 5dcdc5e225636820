"""One way for a widget to write to the journal: its own transaction, and a calm sentence if the disk refused.

Every widget that changes the journal calls `write_to_journal` with the change and a way to say a
failure where the person is looking (a status line, the card's own note). Widgets with no place of
their own pass `say_in_a_box(parent)`, a small window that does not block. Nothing the person typed is
lost: a refused write changes nothing, and the widget keeps what it shows.

`failure_text` is the one place the app words a refused write, so each error is worded once and
through translation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

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
            say(failure_text(error))
        return False
    return True


def failure_text(error: Exception) -> str:
    """The sentence for a write the journal refused (the app's words where it has them, translatable)."""
    from journal.core.errors import JournalError, JournalInUseError, JournalLockedError

    if isinstance(error, JournalInUseError):
        return QCoreApplication.translate(
            "JournalWrites", "This journal is open in another window or command. Close that one first."
        )
    if isinstance(error, JournalLockedError):
        return QCoreApplication.translate("JournalWrites", "The journal is locked.")
    if isinstance(error, JournalError):
        return str(error)  # core's own sentence: it names what failed, never what was written
    return QCoreApplication.translate("JournalWrites", "The journal could not be saved. What you typed is still here.")


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
