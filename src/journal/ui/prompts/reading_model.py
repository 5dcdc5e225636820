"""The readings as a Qt list: the page on when to contact a clinician first, then the rest by title.

Searching narrows the list to readings whose title or text holds every word typed, ignoring case and
accents, with the same folding the journal's own search uses. Readings written for a kind of loss the
person did not record are left out of the plain list (`offered`) but still found by a search.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from journal.core.prompts.library import Reading
from journal.core.search import fold, matches, query_terms

#: The whole `Reading` behind a row.
READING_ROLE = Qt.ItemDataRole.UserRole + 1
#: True for the clinician-safety page.
SAFETY_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class ReadingListModel(QAbstractListModel):
    """Read-only list of readings, filtered by `set_query`."""

    def __init__(
        self, readings: Sequence[Reading], parent: Any = None, offered: Callable[[Reading], bool] | None = None
    ) -> None:
        super().__init__(parent)
        ordered = sorted(readings, key=lambda reading: (not reading.safety, fold(reading.title)))
        self._all = [(reading, fold(f"{reading.title}\n{reading.body}")) for reading in ordered]
        self._offered = offered or (lambda _reading: True)
        self._shown = [reading for reading, _ in self._all if self._offered(reading)]
        self._query = ""

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        """Show only readings whose title or text holds every word of `query`; empty shows them all."""
        self._query = query
        terms = query_terms(query)
        if terms:
            shown = [reading for reading, folded in self._all if matches(folded, terms)]
        else:
            shown = [reading for reading, _ in self._all if self._offered(reading)]
        if shown == self._shown:
            return
        self.beginResetModel()
        self._shown = shown
        self.endResetModel()

    def reading(self, row: int) -> Reading:
        return self._shown[row]

    def row_of(self, reading_id: str) -> int | None:
        return next((row for row, reading in enumerate(self._shown) if reading.id == reading_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._shown):
            return None
        reading = self._shown[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return reading.title
        if role == Qt.ItemDataRole.ToolTipRole and reading.safety:
            return self.tr("General information on when to get care. It is not medical advice.")
        if role == Qt.ItemDataRole.FontRole and reading.safety:
            font = QFont()
            font.setBold(True)
            return font
        if role == READING_ROLE:
            return reading
        if role == SAFETY_ROLE:
            return reading.safety
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
