"""Looking back's "Memories": the memory page of each loss, and every picture and letter kept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from journal.core.domain.key_dates import KeyDateKind
from journal.core.journal import Journal
from journal.core.memories.model import OwnerKind
from journal.ui.memories.grid import AttachmentGrid


class MemoriesPage(QWidget):
    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        intro = QLabel(
            self.tr("A page for each loss, if you want one, and every picture and letter you have kept in the journal.")
        )
        intro.setWordWrap(True)
        self.losses = QListWidget()
        self.losses.setAccessibleName(self.tr("Losses"))
        self.losses.setMaximumHeight(90)
        self.losses.itemActivated.connect(lambda _item: self.open_page())
        self.no_losses = QLabel(
            self.tr("A memory page belongs to a loss. Add the loss under Journal, Key dates, if you want to.")
        )
        self.no_losses.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open the memory page"))
        self.open_button.clicked.connect(self.open_page)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        # Built when first shown, so building the window after unlocking opens no picture.
        self.grid: AttachmentGrid | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.losses)
        layout.addWidget(self.no_losses)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Every picture and letter")))
        self._layout = layout
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.grid is None:
            self.grid = AttachmentGrid(self._journal, OwnerKind.DAY, "", dt.date.today(), self, every_attachment=True)
            self._layout.addWidget(self.grid, 1)

    def refresh(self) -> None:
        self.losses.clear()
        locale = QLocale()
        for key_date in self._journal.key_dates():
            if key_date.kind is not KeyDateKind.LOSS:
                continue
            when = locale.toString(
                QDate(key_date.date.year, key_date.date.month, key_date.date.day), QLocale.FormatType.LongFormat
            )
            page = self._journal.memories.page_for(key_date.id)
            text = when + (f" — {key_date.label}" if key_date.label else "")
            if page is not None and page.name:
                text += f" · {page.name}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key_date.id)
            self.losses.addItem(item)
        has_any = self.losses.count() > 0
        self.losses.setVisible(has_any)
        self.no_losses.setVisible(not has_any)
        self.open_button.setEnabled(has_any)
        if has_any:
            self.losses.setCurrentRow(0)
        if self.grid is not None:
            self.grid.refresh()

    def open_page(self) -> None:
        from journal.ui.memories.memory_page import MemoryPageView

        item = self.losses.currentItem()
        if item is None:
            return
        loss = next((kd for kd in self._journal.key_dates() if kd.id == item.data(Qt.ItemDataRole.UserRole)), None)
        if loss is None:
            return
        self.page_view = MemoryPageView(self._journal, loss, self)
        self.page_view.finished.connect(lambda _result: self.refresh())
        self.page_view.open()
