"""Daylio's mood names and where each lands on the five-step scale; the person can change any of them."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from journal.core.domain.mood import MOOD_RANGE, mood_word
from journal.ui.content_locale import content_locale


class MoodMappingTable(QTableWidget):
    """One row per mood name in the file; `changed` fires when a step is chosen."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("Mood in the file"), self.tr("Mood here")])
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setVisible(False)
        self.setAccessibleName(self.tr("How the moods in the file are read"))

    def show_names(self, names: list[str], mapping: Mapping[str, int]) -> None:
        self.blockSignals(True)
        self.setRowCount(len(names))
        for row, name in enumerate(names):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            self.setItem(row, 0, item)
            choice = QComboBox()
            choice.setAccessibleName(self.tr("Mood here for “{0}”").format(name))
            choice.addItem(self.tr("Choose…"), 0)
            for step in MOOD_RANGE:
                choice.addItem(f"{step} – {mood_word(step, content_locale())}", step)
            choice.setCurrentIndex(max(0, choice.findData(mapping.get(name, 0))))
            choice.currentIndexChanged.connect(self.changed)
            self.setCellWidget(row, 1, choice)
        self.blockSignals(False)

    def mapping(self) -> dict[str, int]:
        chosen: dict[str, int] = {}
        for row in range(self.rowCount()):
            name_item, choice = self.item(row, 0), self.cellWidget(row, 1)
            if name_item is not None and isinstance(choice, QComboBox) and choice.currentData():
                chosen[name_item.text()] = int(choice.currentData())
        return chosen
