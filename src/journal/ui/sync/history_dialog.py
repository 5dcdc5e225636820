"""A day's earlier versions, from every computer, newest first, with "Bring this version back"."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.codec import entry_from_dict
from journal.core.sync.history import PastVersion, bring_back, history

if TYPE_CHECKING:
    from journal.core.journal import Journal


class DayHistoryDialog(QDialog):
    """Lists the versions sync kept for one day; `brought_back` fires after one was made the day again."""

    brought_back = Signal()

    def __init__(self, journal: Journal, date: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier versions of this day"))
        self._journal = journal
        self._date = date
        self._versions: list[PastVersion] = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Versions of this day, newest first"))
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("What this version holds"))
        self.empty = QLabel(self.tr("This day has no earlier versions. They are kept once the journal is "
                                    "used on more than one computer."))  # fmt: skip
        self.empty.setWordWrap(True)
        self.merged_note = QLabel(self.tr("What the day shows now brings together versions written on two "
                                          "computers; each of them is kept below."))  # fmt: skip
        self.merged_note.setWordWrap(True)
        self.bring_back_button = QPushButton(self.tr("Bring this version back"))
        self.bring_back_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.merged_note)
        layout.addWidget(self.list)
        layout.addWidget(self.preview)
        layout.addWidget(self.bring_back_button)
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._show)
        self.bring_back_button.clicked.connect(self._bring_back)
        self.resize(520, 480)
        self.reload()

    def reload(self) -> None:
        self._versions = history(self._journal, "day", self._date.isoformat())
        self.list.clear()
        for version in self._versions:
            when = version.made_at.astimezone().strftime("%Y-%m-%d %H:%M")
            where = self.tr("this computer") if version.on_this_computer else self.tr("another computer")
            text = self.tr("%1, on %2").replace("%1", when).replace("%2", where)
            if version.deleted:
                text += self.tr(" (the day was cleared)")
            if version.is_current:
                text += self.tr(" (shown now)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, version.version_id)
            self.list.addItem(item)
        self.empty.setVisible(not self._versions)
        self.merged_note.setVisible(bool(self._versions) and not any(v.is_current for v in self._versions))
        self.list.setVisible(bool(self._versions))
        self.preview.setVisible(bool(self._versions))
        if self._versions:
            self.list.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._versions):
            self.preview.clear()
            self.bring_back_button.setEnabled(False)
            return
        version = self._versions[row]
        self.bring_back_button.setEnabled(not version.is_current)
        if version.body is None:
            self.preview.setPlainText(self.tr("Nothing: the day was cleared in this version."))
            return
        entry = entry_from_dict(version.body)
        lines = []
        if entry.mood is not None:
            lines.append(self.tr("Mood: %1 of 5").replace("%1", str(entry.mood)))
        if entry.feelings:
            lines.append(self.tr("Feelings: %1").replace("%1", ", ".join(entry.feelings)))
        if entry.symptoms:
            lines.append(self.tr("Symptoms: %1").replace("%1", ", ".join(sorted(entry.symptoms))))
        if entry.note:
            lines.extend(["", entry.note])
        self.preview.setPlainText("\n".join(lines))

    def _bring_back(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self._versions):
            return
        bring_back(self._journal, "day", self._date.isoformat(), self._versions[row].version_id)
        self.brought_back.emit()
        self.reload()
