"""A table model over week or month summaries, newest first, with the words the tone guide allows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from journal.core.domain.catalog import SymptomCatalog
from journal.core.review.summaries import PeriodKind, PeriodSummary
from journal.ui.review import wording
from journal.ui.review.mood_spread import MOOD_COUNTS_ROLE

_Index = QModelIndex | QPersistentModelIndex
OWN_SYMPTOMS_COLUMN = 4
MOOD_COLUMN = 5
FEELINGS_COLUMN = 6


class SummaryTableModel(QAbstractTableModel):
    """One row per period; the tooltip of each row spells out the self-care observations in full.

    `catalog` names the person's own symptoms and their levels in the "Your own symptoms" column.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("SummaryTableModel", "Period"),
        QT_TRANSLATE_NOOP("SummaryTableModel", "Days written"),
        QT_TRANSLATE_NOOP("SummaryTableModel", "Bleeding"),
        QT_TRANSLATE_NOOP("SummaryTableModel", "Pain (average / worst)"),
        QT_TRANSLATE_NOOP("SummaryTableModel", "Your own symptoms"),
        QT_TRANSLATE_NOOP("SummaryTableModel", "Mood"),
        QT_TRANSLATE_NOOP("SummaryTableModel", "Feelings named most"),
        QT_TRANSLATE_NOOP("SummaryTableModel", "Alongside Okay or Good days"),
    )

    def __init__(self, catalog: SymptomCatalog, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._rows: list[PeriodSummary] = []
        self._texts: dict[int, tuple[str, ...]] = {}  # each row's cells, worded once: the view asks often
        self._kind = PeriodKind.WEEK

    def set_summaries(self, summaries: Sequence[PeriodSummary], kind: PeriodKind) -> None:
        self.beginResetModel()
        self._rows = list(reversed(summaries))
        self._texts = {}
        self._kind = kind
        self.endResetModel()

    def summary(self, row: int) -> PeriodSummary:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("SummaryTableModel", str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = index.row()
        summary = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts.get(row)
            if texts is None:
                texts = self._texts[row] = tuple(self._cell(summary, column) for column in range(len(self.HEADERS)))
            return texts[index.column()] if 0 <= index.column() < len(texts) else None
        if role == MOOD_COUNTS_ROLE and index.column() == MOOD_COLUMN:
            return list(summary.mood_counts)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == MOOD_COLUMN:
            return wording.mood_spread(summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [wording.observation(item) for item in summary.better_days_self_care]
            return "\n".join(lines) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _cell(self, summary: PeriodSummary, column: int) -> str:
        if column == 0:
            return self._period_name(summary)
        if column == 1:
            return str(summary.days_written)
        if column == 2:
            return wording.bleeding_words(summary)
        if column == 3:
            if summary.pain_average is None:
                return "—"
            return f"{wording.pain_text(summary.pain_average)} / {wording.pain_text(summary.pain_worst)}"
        if column == OWN_SYMPTOMS_COLUMN:
            return wording.own_symptoms_text(summary, self._catalog)
        if column == MOOD_COLUMN:
            return wording.mood_spread(summary)
        if column == FEELINGS_COLUMN:
            return wording.feelings_text(summary)
        return ", ".join(item.item for item in summary.better_days_self_care[:3]) or "—"

    def _period_name(self, summary: PeriodSummary) -> str:
        if self._kind is PeriodKind.MONTH:
            return f"{QLocale().standaloneMonthName(summary.start.month)} {summary.start.year}"
        return self.tr("Week of {date}").format(date=wording.short_date(summary.start, year=True))
