"""The import preview as a table: each day the file holds, and whether it is new or merges into yours."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from journal.core.domain.mood import mood_word
from journal.core.exchange.import_plan import DayStatus, PreviewRow
from journal.drawing.locale_dates import numeric_date
from journal.ui.content_locale import content_locale

_Index = QModelIndex | QPersistentModelIndex


class ImportPreviewModel(QAbstractTableModel):
    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Day"), self.tr("What happens"), self.tr("Mood"), self.tr("Note begins"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1 and row.status is DayStatus.MERGED:
            return self.tr("You already have this day. The import is added to it; nothing of yours is replaced.")
        return None

    def _text(self, row: PreviewRow, column: int) -> str | None:
        if column == 0:
            return numeric_date(row.date)
        if column == 1:
            return self.tr("Merged with your day") if row.status is DayStatus.MERGED else self.tr("New day")
        if column == 2:
            return mood_word(row.entry.mood, content_locale()) if row.entry.mood is not None else ""
        if column == 3:
            first = row.entry.note.strip().splitlines()[0] if row.entry.note.strip() else ""
            return first if len(first) <= 60 else first[:59] + "…"
        return None

    def merged_count(self) -> int:
        return sum(1 for row in self._rows if row.status is DayStatus.MERGED)
