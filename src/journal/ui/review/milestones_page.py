"""Milestones in Looking back: the timeline (losses, results, first period, appointments) beside the
hCG chart, the results with Add / Change / Remove, and period starts with the days between them.

Everything shown is what the person recorded, in date order; nothing is interpreted or predicted.
Writes go straight to the journal (the caller's transaction is the dialog's save) and the page re-reads.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.core.care.milestones import MilestoneKind, hcg_points, milestones, period_starts
from journal.core.care.results import TestResult
from journal.core.domain.key_dates import KeyDate, KeyDateKind, most_recent_loss
from journal.core.journal import Journal
from journal.drawing.hcg_chart import HcgMarker
from journal.drawing.locale_dates import day_and_month
from journal.ui.care.result_dialog import ResultEditor
from journal.ui.care.words import milestone_text, result_text
from journal.ui.review import wording
from journal.ui.review.hcg_chart_view import HcgChartView

HCG_MARGIN_DAYS = 3


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class MilestonesPage(QWidget):
    changed = Signal()  # a result was added, changed or removed

    def __init__(self, journal: Journal, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._today = today
        self.timeline = QListWidget(self)
        self.timeline.setAccessibleName(self.tr("Milestones, oldest first"))
        self.timeline.setWordWrap(True)
        self.timeline_empty = QLabel(
            self.tr("Losses, results, a first period and appointments appear here as you add them."), self
        )
        self.timeline_empty.setWordWrap(True)
        self.chart = HcgChartView(self)
        self.days_since_box = QCheckBox(self.tr("Count days from the loss"), self)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Your results, newest first"))
        self.results.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add a result…"), self)
        self.edit_button = QPushButton(self.tr("Change…"), self)
        self.edit_button.setAccessibleName(self.tr("Change the selected result"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected result"))
        self.periods = QLabel(self)
        self.periods.setWordWrap(True)
        self.periods.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._loss_for_axis: KeyDate | None = None

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(_heading(self.tr("Milestones"), left))
        left_layout.addWidget(self.timeline, 1)
        left_layout.addWidget(self.timeline_empty)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        chart_bar = QHBoxLayout()
        chart_bar.addWidget(_heading(self.tr("hCG"), right))
        chart_bar.addStretch(1)
        chart_bar.addWidget(self.days_since_box)
        right_layout.addLayout(chart_bar)
        right_layout.addWidget(self.chart, 2)
        right_layout.addWidget(_heading(self.tr("Results"), right))
        right_layout.addWidget(self.results, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(_heading(self.tr("Period starts"), right))
        right_layout.addWidget(self.periods)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        scroll = QScrollArea(self)  # with large text the page scrolls rather than widening the window
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)

        self.add_button.clicked.connect(lambda: self.edit_result(None))
        self.edit_button.clicked.connect(lambda: self.edit_result(self.selected_result()))
        self.results.itemActivated.connect(lambda _item: self.edit_result(self.selected_result()))
        self.remove_button.clicked.connect(self._remove)
        self.days_since_box.toggled.connect(self._days_since_toggled)
        self.refresh()

    # -- showing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        journal = self._journal
        key_dates, results, days = journal.key_dates(), journal.results(), journal.days_between()
        self.timeline.clear()
        for milestone in milestones(key_dates, results, days):
            item = QListWidgetItem(f"{day_and_month(milestone.date, year=True)} — {milestone_text(milestone)}")
            if milestone.kind in (MilestoneKind.LOSS, MilestoneKind.FIRST_PERIOD, MilestoneKind.NON_PREGNANT_LEVEL):
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            item.setData(Qt.ItemDataRole.UserRole, milestone.kind.value)
            self.timeline.addItem(item)
        self.timeline_empty.setVisible(self.timeline.count() == 0)
        self.results.clear()
        for result in reversed(results):
            item = QListWidgetItem(f"{day_and_month(result.date, year=True)} — {result_text(result)}")
            item.setData(Qt.ItemDataRole.UserRole, result.id)
            self.results.addItem(item)
        has_results = self.results.count() > 0
        self.edit_button.setEnabled(has_results)
        self.remove_button.setEnabled(has_results)
        if has_results:
            self.results.setCurrentRow(0)
        self._show_chart()
        self._show_periods()

    def _show_chart(self) -> None:
        points = hcg_points(self._journal.results())
        key_dates = self._journal.key_dates()
        marked = [kd for kd in key_dates if kd.kind in (KeyDateKind.LOSS, KeyDateKind.APPOINTMENT)]
        if points:
            start = points[0].date - dt.timedelta(days=HCG_MARGIN_DAYS)
            end = points[-1].date + dt.timedelta(days=HCG_MARGIN_DAYS)
            loss = most_recent_loss(key_dates, points[0].date + dt.timedelta(days=1))
            if loss is not None and (points[0].date - loss.date).days <= 60:
                start = loss.date  # the axis starts at the loss, so "day 0" is the day it happened
        else:
            start, end = self._today - dt.timedelta(days=42), self._today
        markers = [
            HcgMarker(kd.date, wording.key_date_name(kd), kd.kind is KeyDateKind.LOSS)
            for kd in marked
            if start <= kd.date <= end
        ]
        self.chart.show_points(points, markers, start, end)
        self._loss_for_axis = most_recent_loss(key_dates, end)
        self.days_since_box.setEnabled(self._loss_for_axis is not None)
        self._days_since_toggled(self.days_since_box.isChecked())

    def _days_since_toggled(self, on: bool) -> None:
        loss = self._loss_for_axis
        self.chart.set_days_since(loss.date if on and loss is not None else None)

    def _show_periods(self) -> None:
        starts = period_starts(self._journal.days_between())
        if not starts:
            self.periods.setText(self.tr("When you mark a day's bleeding as a period in Today, its start shows here."))
            return
        lines = []
        for start in starts:
            when = day_and_month(start.date, year=True)
            if start.days_since_previous is None:
                lines.append(when)
            else:
                lines.append(
                    self.tr("{date} — {n} days after the one before").format(date=when, n=start.days_since_previous)
                )
        self.periods.setText("\n".join(lines))

    # -- results ---------------------------------------------------------------------------------

    def selected_result(self) -> TestResult | None:
        item = self.results.currentItem()
        return self._journal.care.result(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def open_editor(self, result: TestResult | None) -> ResultEditor:
        """The editor dialog (tests drive it directly)."""
        return ResultEditor(result, result.date if result else self._today, self._today, self)

    def edit_result(self, result: TestResult | None) -> None:
        editor = self.open_editor(result)
        if editor.exec() == QDialog.DialogCode.Accepted and editor.result() is not None:
            self.save_result(editor.result())  # type: ignore[arg-type]

    def save_result(self, result: TestResult) -> None:
        with self._journal.transaction() as session:
            self._journal.save_result(session, result)
        self.refresh()
        self.changed.emit()

    def confirm_remove(self) -> bool:
        """Ask before removing; replaced in tests."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Remove this result?"), self.tr("Remove this result from your journal?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def _remove(self) -> None:
        result = self.selected_result()
        if result is None or not self.confirm_remove():
            return
        with self._journal.transaction() as session:
            self._journal.delete_care_record(session, result.id)
        self.refresh()
        self.changed.emit()
