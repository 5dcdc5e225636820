"""Questions for the next appointment: write one down on any day, tick it off afterwards.

Each change is saved at once. A ticked question stays in the list (struck through) until removed,
so the person can look back at what they asked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.care.questions import MAX_QUESTION, Question
from journal.drawing.locale_dates import day_and_month

if TYPE_CHECKING:
    from journal.core.journal import Journal


class QuestionsDialog(QDialog):
    def __init__(self, journal: Journal, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Questions for my next appointment"))
        self._journal = journal
        self._today = today
        intro = QLabel(
            self.tr("Write a question down whenever it comes to you, and tick it off once it has been answered.")
        )
        intro.setWordWrap(True)
        self.new_question = QLineEdit()
        self.new_question.setMaxLength(MAX_QUESTION)
        self.new_question.setAccessibleName(self.tr("A new question"))
        self.new_question.setPlaceholderText(self.tr("A question you'd like to ask"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the question"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your questions; tick one off once it is answered"))
        self.list.setWordWrap(True)
        self.empty_note = QLabel(self.tr("No questions yet."))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected question"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        adding = QHBoxLayout()
        adding.addWidget(self.new_question, 1)
        adding.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(adding)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(bottom)
        self.resize(560, 420)
        self.add_button.clicked.connect(self.add_typed)
        self.new_question.returnPressed.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemChanged.connect(self._ticked)
        close.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for question in self._journal.questions():
            when = day_and_month(question.added_on, year=True)
            item = QListWidgetItem(f"{question.text} ({when})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if question.is_done else Qt.CheckState.Unchecked)
            font = item.font()
            font.setStrikeOut(question.is_done)
            item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, question.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty_note.setVisible(self.list.count() == 0)
        self.remove_button.setEnabled(self.list.count() > 0)

    def add_typed(self) -> None:
        text = self.new_question.text().strip()
        if not text:
            return
        self._save(Question("", self._today, text))
        self.new_question.clear()

    def _ticked(self, item: QListWidgetItem) -> None:
        question = self._journal.care.question(item.data(Qt.ItemDataRole.UserRole))
        if question is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        if done != question.is_done:
            self._save(replace(question, done_on=max(self._today, question.added_on) if done else None))

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._write(lambda session: self._journal.delete_care_record(session, item.data(Qt.ItemDataRole.UserRole)))

    def _save(self, question: Question) -> None:
        self._write(lambda session: self._journal.save_question(session, question))

    def _write(self, change: Callable[[Any], object]) -> None:
        from journal.core.errors import JournalError

        try:
            with self._journal.transaction() as session:
                change(session)
        except JournalError as error:
            self.refresh()
            self.empty_note.setText(str(error))
            self.empty_note.setVisible(True)
            return
        self.empty_note.setText(self.tr("No questions yet."))
        self.refresh()
