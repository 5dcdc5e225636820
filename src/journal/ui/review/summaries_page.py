"""The "Summaries" tab: the chosen range week by week or month by month, as a table of observations."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.core.domain.catalog import SymptomCatalog
from journal.core.domain.entry import DayEntry
from journal.core.review.ranges import DateRange
from journal.core.review.summaries import PeriodKind, summaries
from journal.ui.review.mood_spread import MoodSpreadDelegate
from journal.ui.review.summary_model import MOOD_COLUMN, OWN_SYMPTOMS_COLUMN, SummaryTableModel

_ROWS_MEASURED = 40  # rows measured for column widths, and fitted before the first paint
_ROWS_PER_BATCH = 60  # rows fitted per idle moment after that


class SummariesPage(QWidget):
    def __init__(self, catalog: SymptomCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._entries: Sequence[DayEntry] = ()
        self._range: DateRange | None = None
        self.model = SummaryTableModel(catalog, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(MOOD_COLUMN, MoodSpreadDelegate(self.table))
        header = self.table.horizontalHeader()
        # the short columns as wide as their words, the sentences sharing the rest and wrapping: the
        # table fits the window's width; only when even a few words per column cannot fit (very large
        # text in a small window) does it scroll sideways
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MOOD_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(MOOD_COLUMN, max(160, self.fontMetrics().horizontalAdvance("Okay 00 Good 00") + 24))
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 13)  # "throughout" whole
        # Columns fit the rows on screen and the first ones below, not every week of ten years:
        # sizing every cell of a long range was most of a second before the first paint.
        header.setResizeContentsPrecision(_ROWS_MEASURED)
        self._rows_to_fit = 0
        self._fitting = QTimer(self)
        self._fitting.setInterval(0)
        self._fitting.timeout.connect(self._fit_more_rows)
        # rows grow to their wrapped text once the columns have their widths, a batch at a time
        header.sectionResized.connect(lambda *_args: self._refit_rows())
        # the person's own symptoms get a column only when they track some
        self.table.setColumnHidden(OWN_SYMPTOMS_COLUMN, not any(d.custom for d in catalog.tracked()))
        self.weeks_button = QPushButton(self.tr("By week"), self)
        self.months_button = QPushButton(self.tr("By month"), self)
        group = QButtonGroup(self)
        for button in (self.weeks_button, self.months_button):
            button.setCheckable(True)
            group.addButton(button)
        self.weeks_button.setChecked(True)
        self.months_button.toggled.connect(lambda _checked: self._refresh())
        hint = QLabel(
            self.tr(
                "Rest the pointer on a row to read what went with Okay or Good days. These are observations, "
                "not a verdict."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        bar = QHBoxLayout()
        bar.addWidget(self.weeks_button)
        bar.addWidget(self.months_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        self.empty = QLabel(
            self.tr("Nothing noted in this time, and that's all right. A longer range may show more."), self
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)
        layout.addWidget(hint)

    @property
    def kind(self) -> PeriodKind:
        return PeriodKind.MONTH if self.months_button.isChecked() else PeriodKind.WEEK

    def show_range(self, entries: Sequence[DayEntry], date_range: DateRange) -> None:
        self._entries, self._range = entries, date_range
        self._refresh()

    def _refresh(self) -> None:
        if self._range is None:
            return
        found = summaries(self._entries, self._range.start, self._range.end, self.kind, self._catalog)
        self.model.set_summaries(found, self.kind)
        written = any(summary.days_written for summary in found)
        self.stack.setCurrentWidget(self.table if written else self.empty)
        # Row heights for the first screenful now, the rest a batch at a time once it has painted.
        self._rows_to_fit = 0
        self._fit_more_rows(first=True)

    def _refit_rows(self) -> None:
        """A column changed width: every row's height is fitted again, a batch at a time."""
        self._rows_to_fit = 0
        self._fitting.start()

    def _fit_more_rows(self, first: bool = False) -> None:
        count = self.model.rowCount()
        end = min(count, self._rows_to_fit + (_ROWS_MEASURED if first else _ROWS_PER_BATCH))
        for row in range(self._rows_to_fit, end):
            self.table.resizeRowToContents(row)
        self._rows_to_fit = end
        if end < count:
            self._fitting.start()
        else:
            self._fitting.stop()

    def rows_fitted(self) -> int:
        """How many rows have their height from their contents so far (the rest follow while idle)."""
        return self._rows_to_fit
