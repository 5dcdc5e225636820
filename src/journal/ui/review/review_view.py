"""The review view: "Am I getting better?" — charts, a calendar, summaries and search over one journal.

The journal is already decrypted in memory, so choosing another range only recomputes series and
replaces chart points; no widget is rebuilt. Tabs that are not showing are brought up to date when
they are opened. `day_requested(date)` asks the window to open a day (from the calendar or search).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from journal.core.domain.key_dates import KeyDateKind
from journal.core.journal import Journal
from journal.core.review.calendar_marks import day_marks
from journal.core.review.ranges import DateRange, RangeKind, custom_range, fixed_range, loss_ranges
from journal.drawing.charts import ChartMarker
from journal.ui.content_locale import content_locale
from journal.ui.review import wording
from journal.ui.review.calendar_page import CalendarPage
from journal.ui.review.charts_page import ChartsPage
from journal.ui.review.metrics import physical_metrics
from journal.ui.review.milestones_page import MilestonesPage
from journal.ui.review.search_page import SearchPage
from journal.ui.review.summaries_page import SummariesPage

RECENT_LOSS_DAYS = 180


CHOSEN_DATES_DAYS = 30


class ReviewView(QWidget):
    day_requested = Signal(object)  # dt.date

    def __init__(self, journal: Journal, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._today = today
        self._catalog = journal.settings().catalog(content_locale())
        self._stale: set[QWidget] = set()
        everything = journal.days_between()

        self.range_box = QComboBox(self)
        # a loss's own words can be long: the box grows to a limit, the list shows them whole
        self.range_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.range_box.setMaximumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.range_box.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.from_date = QDateEdit(self)
        self.to_date = QDateEdit(self)
        for edit in (self.from_date, self.to_date):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.key_dates_line = QLabel(self)
        self.key_dates_line.setWordWrap(True)
        self.key_dates_line.setEnabled(False)

        self.charts = ChartsPage(physical_metrics(self._catalog, everything), self._catalog, self)
        self.calendar = CalendarPage(today, self)
        self.summaries = SummariesPage(self._catalog, self)
        self.search = SearchPage(journal, self._catalog, today, self)
        self.milestones = MilestonesPage(journal, today, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.charts, self.tr("Charts"))
        self.tabs.addTab(self.milestones, self.tr("Milestones"))
        self.tabs.addTab(self.calendar, self.tr("Calendar"))
        self.tabs.addTab(self.summaries, self.tr("Summaries"))
        self.tabs.addTab(self.search, self.tr("Search"))

        heading = QLabel(self.tr("How things have been"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setFont(font)
        self.show_label = QLabel(self.tr("Show"), self)
        bar = QHBoxLayout()
        bar.addWidget(heading)
        bar.addStretch(1)
        bar.addWidget(self.show_label)
        bar.addWidget(self.range_box)
        bar.addWidget(self.from_date)
        self._dash = QLabel("–", self)
        bar.addWidget(self._dash)
        bar.addWidget(self.to_date)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.key_dates_line)
        layout.addWidget(self.tabs, 1)

        self._fill_ranges(everything[0].date if everything else None, everything[-1].date if everything else None)
        self.calendar.set_marks(day_marks(everything, journal.key_dates(), self._catalog))
        self.calendar.day_clicked.connect(self.day_requested)
        self.search.day_activated.connect(self.day_requested)
        self.range_box.currentIndexChanged.connect(self._range_chosen)
        self.from_date.dateChanged.connect(self._custom_changed)
        self.to_date.dateChanged.connect(self._custom_changed)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._range_chosen()

    # -- public ----------------------------------------------------------------------------------

    def current_range(self) -> DateRange:
        chosen = self.range_box.currentData()
        if isinstance(chosen, DateRange):
            return chosen
        start = self.from_date.date().toPython()
        end = self.to_date.date().toPython()
        return custom_range(start, end)  # type: ignore[arg-type]

    def select_range(self, kind: RangeKind, loss_index: int = 0) -> None:
        """Choose a range as the person would in the list; `loss_index` 0 is the most recent loss."""
        seen = 0
        for index in range(self.range_box.count()):
            data = self.range_box.itemData(index)
            found_kind = data.kind if isinstance(data, DateRange) else RangeKind.CUSTOM
            if found_kind is kind:
                if kind is RangeKind.SINCE_LOSS and seen < loss_index:
                    seen += 1
                    continue
                self.range_box.setCurrentIndex(index)
                return
        raise ValueError(f"no {kind} range to choose")

    def refresh(self) -> None:
        """Read the journal again (after days were written elsewhere) and redraw what is showing."""
        everything = self._journal.days_between()
        self.calendar.set_marks(day_marks(everything, self._journal.key_dates(), self._catalog))
        self.milestones.refresh()
        self._range_chosen()

    # -- internals -------------------------------------------------------------------------------

    def _fill_ranges(self, first_day: dt.date | None, last_day: dt.date | None = None) -> None:
        today = self._today
        self.range_box.addItem(self.tr("Last 2 weeks"), fixed_range(RangeKind.TWO_WEEKS, today, first_day))
        losses = loss_ranges(self._journal.key_dates(), today)
        for loss in losses:
            self.range_box.addItem(wording.range_title(loss), loss)
        self.range_box.addItem(self.tr("Last 3 months"), fixed_range(RangeKind.THREE_MONTHS, today, first_day))
        self.range_box.addItem(self.tr("Last year"), fixed_range(RangeKind.YEAR, today, first_day))
        self.range_box.addItem(self.tr("Everything"), fixed_range(RangeKind.EVERYTHING, today, first_day))
        self.range_box.addItem(self.tr("Chosen dates…"), None)
        for index in range(self.range_box.count()):
            self.range_box.setItemData(index, self.range_box.itemText(index), Qt.ItemDataRole.ToolTipRole)
        # "Chosen dates…" starts on the last 30 days that have entries, never on an empty stretch
        end = min(last_day or today, today)
        start = max(first_day or end, end - dt.timedelta(days=CHOSEN_DATES_DAYS - 1))
        self.from_date.setDate(QDate(start.year, start.month, start.day))
        self.to_date.setDate(QDate(end.year, end.month, end.day))
        recent = losses[0] if losses and (today - losses[0].start).days <= RECENT_LOSS_DAYS else None
        self.range_box.setCurrentIndex(1 if recent else len(losses) + 1)

    def _range_chosen(self) -> None:
        self._stale = {self.charts, self.summaries}
        self._update_key_dates_line()
        self._tab_changed()

    def _custom_changed(self) -> None:
        if not isinstance(self.range_box.currentData(), DateRange):
            self._range_chosen()

    def _tab_changed(self) -> None:
        page = self.tabs.currentWidget()
        uses_range = page in (self.charts, self.summaries)
        custom = not isinstance(self.range_box.currentData(), DateRange)
        range_widgets: tuple[QWidget, ...] = (self.show_label, self.range_box, self.key_dates_line)
        for widget in range_widgets:
            widget.setVisible(uses_range)
        custom_widgets: tuple[QWidget, ...] = (self.from_date, self.to_date, self._dash)
        for widget in custom_widgets:
            widget.setVisible(uses_range and custom)
        if page not in self._stale:
            return
        self._stale.discard(page)
        date_range = self.current_range()
        entries = self._journal.days_between(date_range.start, date_range.end)
        if page is self.charts:
            self.charts.show_range(entries, date_range, self._markers(date_range))
        elif page is self.summaries:
            self.summaries.show_range(entries, date_range)

    def _markers(self, date_range: DateRange) -> list[ChartMarker]:
        return [
            ChartMarker(kd.date, wording.key_date_name(kd), kd.kind is KeyDateKind.LOSS)
            for kd in self._journal.key_dates()
            if date_range.start <= kd.date <= date_range.end
        ]

    def _update_key_dates_line(self) -> None:
        date_range = self.current_range()
        inside = [kd for kd in self._journal.key_dates() if date_range.start <= kd.date <= date_range.end]
        if not inside:
            self.key_dates_line.setText(wording.range_span(date_range))
            return
        named = "; ".join(f"{wording.key_date_name(kd)} ({wording.short_date(kd.date, year=True)})" for kd in inside)
        self.key_dates_line.setText(
            self.tr("{span}. Dashed lines mark: {dates}").format(span=wording.range_span(date_range), dates=named)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tab_changed()
