"""A list model of found days: the date, and a piece of the note with the matched words highlighted."""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from journal.core.domain.entry import DayEntry
from journal.core.domain.mood import mood_word
from journal.core.review.filters import snippet
from journal.core.search import match_spans
from journal.ui.content_locale import content_locale
from journal.ui.review import wording

_Index = QModelIndex | QPersistentModelIndex
DATE_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2


def highlighted_html(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """`text` escaped for rich text, each span wrapped in <b><u>…</u></b> (bold and underlined, not colour)."""
    pieces = []
    last = 0
    for start, end in spans:
        pieces.append(html.escape(text[last:start]))
        pieces.append(f"<b><u>{html.escape(text[start:end])}</u></b>")
        last = end
    pieces.append(html.escape(text[last:]))
    return "".join(pieces)


class SearchResultsModel(QAbstractListModel):
    """Found days, newest first. Highlighting is worked out only for rows that are drawn, then kept."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: list[DayEntry] = []
        self._words = ""
        self._html: dict[int, str] = {}

    def set_results(self, entries: Sequence[DayEntry], words: str) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._words = words
        self._html = {}
        self.endResetModel()

    def entry(self, row: int) -> DayEntry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self._heading(entry)}\n{snippet(entry.note, [])[0]}"
        if role == HTML_ROLE:
            if index.row() not in self._html:
                spans = match_spans(entry.note, self._words) if self._words else []
                text, shifted = snippet(entry.note, spans)
                body = highlighted_html(text, shifted) or html.escape(self.tr("No note this day"))
                self._html[index.row()] = f"<b>{html.escape(self._heading(entry))}</b><br>{body}"
            return self._html[index.row()]
        if role == DATE_ROLE:
            return entry.date
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Open this day")
        return None

    def _heading(self, entry: DayEntry) -> str:
        heading = wording.short_date(entry.date, year=True)
        if entry.mood is not None:
            heading += f" · {mood_word(entry.mood, content_locale())}"
        return heading
