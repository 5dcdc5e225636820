"""A calm line above the tabs when the journal was changed outside the app, and the person's choice.

The list of entry versions was missing, damaged or older than the entries, or every entry was
removed: the app names it and saves nothing new until the person decides. They can restore a
backup from the Journal menu, or keep the journal as it is now (`Journal.adopt_as_is`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

if TYPE_CHECKING:
    from journal.core.journal import Journal


class ChangedOutsideNote(QWidget):
    kept = Signal()

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.setAccessibleName(self.tr("Message"))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("Keep it as it is now"), self)
        self.keep_button.clicked.connect(self._keep)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.keep_button)
        problem = journal.manifest_problem
        if problem is not None and problem.value == "wiped":
            self.text.setText(
                self.tr(
                    "Every entry in this journal was removed outside the app. This is not a new journal. "
                    "If you have a backup, you can restore it from the Journal menu. Nothing new is saved "
                    "until you decide."
                )
            )
        elif problem is not None:
            self.text.setText(
                self.tr(
                    "Parts of this journal were changed or removed outside the app. What could be read is "
                    "shown. Nothing new is saved until you decide: restore a backup from the Journal menu, "
                    "or keep the journal as it is now."
                )
            )
        self.setVisible(problem is not None)

    def _keep(self) -> None:
        from journal.core.errors import JournalError

        try:
            with self._journal.transaction() as session:
                self._journal.adopt_as_is(session)
        except JournalError as error:
            QMessageBox.warning(self, self.tr("Recovery Journal"), str(error))
            return
        self.hide()
        self.kept.emit()
