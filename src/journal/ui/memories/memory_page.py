"""A page to remember one loss: a name if one was given, the person's own words, dates, the things
they want to remember, and pictures. All of it optional; the app never asks for it. Pictures kept
with the loss's key date show under their own small heading, "From the key date", below the page's
own; the viewer steps through both.

The layout is one calm column, with plenty of space and no counts or prompts to fill anything in.
Saved when the person chooses "Save" or closes the page; nothing is saved if nothing was written.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.key_dates import KeyDate
from journal.core.errors import JournalError
from journal.core.journal import Journal
from journal.core.memories.model import Attachment, MemoryPage, OwnerKind, RememberedDate
from journal.ui.error_words import error_text
from journal.ui.memories.grid import AttachmentGrid

COLUMN_WIDTH = 680


def _qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


class MemoryPageView(QDialog):
    """The memory page of the loss `loss` (a key date of kind loss)."""

    def __init__(self, journal: Journal, loss: KeyDate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A page to remember"))
        self._journal = journal
        self._loss = loss
        page = journal.memories.page_for(loss.id) or MemoryPage("", loss.id)
        self._dates: list[RememberedDate] = list(page.dates)

        heading = QLabel(self.tr("A page to remember"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        when = QLocale().toString(_qdate(loss.date), QLocale.FormatType.LongFormat)
        subtitle = QLabel(self.tr("For the loss on {0}").format(when) + (f" — {loss.label}" if loss.label else ""))
        subtitle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        subtitle.setWordWrap(True)
        gentle = QLabel(
            self.tr("Everything here is optional. Write as much or as little as you like; only you can see it.")
        )
        gentle.setWordWrap(True)
        gentle.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        italic = gentle.font()
        italic.setItalic(True)
        gentle.setFont(italic)

        self.name = QLineEdit(page.name)
        self.name.setPlaceholderText(self.tr("If you gave a name"))
        self.name.setAccessibleName(self.tr("A name"))
        self.words = QPlainTextEdit(page.words)
        self.words.setPlaceholderText(self.tr("Your own words"))
        self.words.setAccessibleName(self.tr("Your own words"))
        self.words.setMinimumHeight(120)
        self.remember = QPlainTextEdit("\n".join(page.remember))
        self.remember.setPlaceholderText(self.tr("One thing on each line"))
        self.remember.setAccessibleName(self.tr("Things I want to remember"))
        self.remember.setMinimumHeight(100)

        self.dates_list = QListWidget()
        self.dates_list.setAccessibleName(self.tr("Dates that matter"))
        self.dates_list.setMaximumHeight(120)
        self.new_date = QDateEdit(_qdate(loss.date))
        self.new_date.setCalendarPopup(True)
        self.new_date.setDisplayFormat("d MMM yyyy")
        self.new_date.setAccessibleName(self.tr("Date"))
        self.new_label = QLineEdit()
        self.new_label.setPlaceholderText(self.tr("What it was"))
        self.new_label.setAccessibleName(self.tr("What the date was"))
        self.add_date_button = QPushButton(self.tr("Add the date"))
        self.remove_date_button = QPushButton(self.tr("Remove the date"))
        self.add_date_button.clicked.connect(self.add_date)
        self.remove_date_button.clicked.connect(self.remove_date)
        date_row = QHBoxLayout()
        date_row.addWidget(self.new_date)
        date_row.addWidget(self.new_label, 1)
        date_row.addWidget(self.add_date_button)
        date_row.addWidget(self.remove_date_button)

        self.pictures = AttachmentGrid(journal, OwnerKind.MEMORY, loss.id, loss.date, self, browse=self.every_picture)
        self.pictures.setMinimumHeight(220)
        # Kept with the loss's key date (from the command line's --key-date, or synced from another
        # computer): shown here too, the same stored files, and only when there are some.
        self.key_date_pictures = AttachmentGrid(
            journal, OwnerKind.KEY_DATE, loss.id, loss.date, self, can_add=False, browse=self.every_picture
        )
        self.key_date_pictures.setMinimumHeight(220)
        self.key_date_title = self._title(self.tr("From the key date"), self.key_date_pictures.list)
        self.key_date_title.setContentsMargins(0, 10, 0, 0)  # a little space after the page's own pictures
        self.key_date_note = QLabel(self.tr("Pictures and letters you kept with the date of the loss."))
        self.key_date_note.setWordWrap(True)
        self.key_date_pictures.changed.connect(self._show_key_date_pictures)
        self.status = QLabel()
        self.status.setWordWrap(True)

        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(column)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(subtitle)
        layout.addWidget(gentle)
        layout.addSpacing(12)
        for title, widget in (
            (self.tr("A name"), self.name),
            (self.tr("Your own words"), self.words),
        ):
            layout.addWidget(self._title(title, widget))
            layout.addWidget(widget)
        layout.addWidget(self._title(self.tr("Pictures and letters"), self.pictures.list))
        layout.addWidget(self.pictures)
        layout.addWidget(self.key_date_title)
        layout.addWidget(self.key_date_note)
        layout.addWidget(self.key_date_pictures)
        layout.addWidget(self._title(self.tr("Dates that matter"), self.dates_list))
        layout.addWidget(self.dates_list)
        layout.addLayout(date_row)
        layout.addWidget(self._title(self.tr("Things I want to remember"), self.remember))
        layout.addWidget(self.remember)
        layout.addStretch(1)
        centring = QWidget()
        row = QHBoxLayout(centring)
        row.addStretch(1)
        row.addWidget(column, 100)
        row.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(centring)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self._show_dates()
        self._show_key_date_pictures()
        self.resize(820, 780)

    def _title(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setBuddy(buddy)
        return label

    # -- pictures ----------------------------------------------------------------------------

    def every_picture(self) -> tuple[Attachment, ...]:
        """What the viewer steps through from either group: the page's own, then the key date's."""
        return self._journal.memories.page_pictures(self._loss.id).all

    def _show_key_date_pictures(self) -> None:
        shown = bool(self._journal.memories.page_pictures(self._loss.id).from_key_date)
        for widget in (self.key_date_title, self.key_date_note, self.key_date_pictures):
            widget.setVisible(shown)

    # -- dates -------------------------------------------------------------------------------

    def _show_dates(self) -> None:
        self.dates_list.clear()
        locale = QLocale()
        for item in sorted(self._dates, key=lambda d: d.date):
            text = locale.toString(_qdate(item.date), QLocale.FormatType.LongFormat)
            entry = QListWidgetItem(f"{text} — {item.label}" if item.label else text)
            self.dates_list.addItem(entry)
        self.dates_list.setVisible(bool(self._dates))
        self.remove_date_button.setEnabled(bool(self._dates))

    def add_date(self) -> None:
        chosen = self.new_date.date()
        self._dates.append(
            RememberedDate(dt.date(chosen.year(), chosen.month(), chosen.day()), self.new_label.text().strip())
        )
        self.new_label.clear()
        self._show_dates()

    def remove_date(self) -> None:
        row = self.dates_list.currentRow()
        ordered = sorted(self._dates, key=lambda d: d.date)
        if 0 <= row < len(ordered):
            self._dates.remove(ordered[row])
            self._show_dates()

    # -- saving ------------------------------------------------------------------------------

    def page(self) -> MemoryPage:
        current = self._journal.memories.page_for(self._loss.id)
        remember = tuple(line.strip() for line in self.remember.toPlainText().splitlines() if line.strip())
        return MemoryPage(
            current.id if current else "",
            self._loss.id,
            name=self.name.text().strip(),
            words=self.words.toPlainText(),
            dates=tuple(sorted(self._dates, key=lambda d: d.date)),
            remember=remember,
        )

    def save(self) -> bool:
        page = self.page()
        current = self._journal.memories.page_for(self._loss.id)
        if current is not None and page == current:
            self.status.setText(self.tr("Saved."))
            return True
        if current is None and page.is_empty():
            return True  # nothing written: nothing stored
        try:
            with self._journal.transaction() as session:
                self._journal.memories.save_page(session, page)
        except JournalError as error:
            self.status.setText(error_text(error))
            return False
        self.status.setText(self.tr("Saved."))
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.save():
            super().closeEvent(event)
        else:
            event.ignore()

    def reject(self) -> None:
        if self.save():
            super().reject()
