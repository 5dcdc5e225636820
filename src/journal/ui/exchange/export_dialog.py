"""Export your days: a PDF for your clinician, or CSV, JSON or Markdown for yourself.

The dialog collects choices; the file is written in the background (with progress) through
`journal.core.exchange` or `journal.report`. Exported files are not encrypted, and the dialog says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from journal.core.exchange.exporting import PlainFormat, write_export
from journal.core.report.content import ReportOptions, report_from_journal
from journal.core.report.export_ranges import RangePreset, preset_range
from journal.ui.background import run_in_background
from journal.ui.content_locale import content_locale
from journal.ui.exchange.pdf_options import PdfOptions
from journal.ui.exchange.progress import ProgressRelay
from journal.ui.file_dialog_privacy import forget_file_dialog_history
from journal.ui.window_fit import scrolling

if TYPE_CHECKING:
    from journal.core.journal import Journal

PDF = "pdf"
EVERYTHING = "everything"


def _qdate(date: dt.date) -> QDate:
    return QDate(date.year, date.month, date.day)


class ExportDialog(QDialog):
    exported = Signal(str)  # the path written
    failed = Signal(str)

    def __init__(self, journal: Journal, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self._journal = journal
        self._today = today
        self.ask_target: Callable[[str, str], Path | None] = self._ask_target
        # The one name Qt's save dialog asked about before replacing (None: nothing was confirmed).
        self._replace_confirmed: Path | None = None

        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("What to export"))
        self.format.addItem(self.tr("A summary for your clinician (PDF)"), PDF)
        self.format.addItem(self.tr("A spreadsheet, one row per day (CSV)"), PlainFormat.CSV.value)
        self.format.addItem(self.tr("A complete copy you can import again (JSON)"), PlainFormat.JSON.value)
        self.format.addItem(self.tr("Readable text, one section per day (Markdown)"), PlainFormat.MARKDOWN.value)
        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Which days"))
        self.range.addItem(self.tr("Suggested: since your loss, or the last 90 days"), RangePreset.SUGGESTED.value)
        self.range.addItem(self.tr("The last 14 days"), RangePreset.LAST_14_DAYS.value)
        self.range.addItem(self.tr("Since your loss"), RangePreset.SINCE_LOSS.value)
        self.range.addItem(self.tr("The last 3 months"), RangePreset.LAST_3_MONTHS.value)
        self.range.addItem(self.tr("Everything"), EVERYTHING)
        self.range.addItem(self.tr("Dates I choose"), RangePreset.CUSTOM.value)
        self.start = QDateEdit(_qdate(today - dt.timedelta(days=13)))
        self.end = QDateEdit(_qdate(today))
        for edit, words in ((self.start, self.tr("First day")), (self.end, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setMaximumDate(_qdate(today))
            edit.setAccessibleName(words)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.end)
        self.pdf_options = PdfOptions()
        self.warning = QLabel(
            self.tr("Exported files are not encrypted. Keep them somewhere private, and delete them when you no "
                    "longer need them.")
        )  # fmt: skip
        self.warning.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Export progress"))
        self._relay = ProgressRelay(self.progress)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)

        form = QFormLayout()
        form.addRow(self.tr("Export"), self.format)
        form.addRow(self.tr("Days"), self.range)
        form.addRow("", dates)
        choices = QWidget()  # the choices scroll, so the dialog and its buttons fit a screen at 200 %
        choices_layout = QVBoxLayout(choices)
        choices_layout.setContentsMargins(0, 0, 0, 0)
        choices_layout.addLayout(form)
        choices_layout.addWidget(self.pdf_options)
        choices_layout.addWidget(self.warning)
        choices_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(choices), 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        whole = choices.sizeHint()  # open showing every choice; a small screen makes it smaller and it scrolls
        self.resize(whole.width() + 32, whole.height() + self.buttons.sizeHint().height() + 48)

        has_loss = preset_range(RangePreset.SINCE_LOSS, today, journal.key_dates()) is not None
        since_loss = self.range.findData(RangePreset.SINCE_LOSS.value)
        self.range.model().item(since_loss).setEnabled(has_loss)  # type: ignore[attr-defined]
        self.range.setCurrentIndex(0)  # the suggested range, as `journal export pdf` without dates
        self.format.currentIndexChanged.connect(self._format_changed)
        self.range.currentIndexChanged.connect(self._range_changed)
        self.start.dateChanged.connect(self._dates_edited)
        self.end.dateChanged.connect(self._dates_edited)
        self.pdf_options.changed.connect(self._update_export_button)
        self.export_button.clicked.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        self._range_changed()

    # -- choices ---------------------------------------------------------------------------------

    def chosen_range(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day to export, or None for everything (plain exports only)."""
        preset = self.range.currentData()
        if preset == EVERYTHING:
            dates = self._journal.dates()
            return (dates[0], dates[-1]) if dates and self._is_pdf() else None
        if preset == RangePreset.CUSTOM.value:
            return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]
        dates = self._journal.dates()
        first = dates[0] if dates else None
        return preset_range(RangePreset(preset), self._today, self._journal.key_dates(), first_recorded=first)

    def report_options(self) -> ReportOptions:
        chosen = self.chosen_range() or (self._today, self._today)
        options = self.pdf_options
        return ReportOptions(
            start=chosen[0],
            end=chosen[1],
            sections=options.chosen_sections(),
            include_notes=options.include_notes(),
            note_dates=options.note_dates(),
            name=options.name.text().strip(),
            birth_date=options.chosen_birth_date(),
            paper=options.paper.currentData(),
            include_questions=options.include_questions.isChecked(),
        )

    def _is_pdf(self) -> bool:
        return bool(self.format.currentData() == PDF)

    def _format_changed(self) -> None:
        self.pdf_options.setVisible(self._is_pdf())
        self._range_changed()

    def _range_changed(self) -> None:
        custom = self.range.currentData() == RangePreset.CUSTOM.value
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        chosen = self.chosen_range()
        if chosen is not None and not custom:
            for edit, date in ((self.start, chosen[0]), (self.end, chosen[1])):
                edit.blockSignals(True)
                edit.setDate(_qdate(date))
                edit.blockSignals(False)
        self._dates_edited()

    def _dates_edited(self) -> None:
        chosen = self.chosen_range()
        if chosen is not None and chosen[0] <= chosen[1]:
            self.pdf_options.show_days_with_notes(self._journal.days_between(*chosen))
        self._update_export_button()

    def _update_export_button(self) -> None:
        """Export is possible once the days are in order and, for the PDF, at least one part is chosen."""
        chosen = self.chosen_range()
        problem = ""
        if chosen is not None and chosen[0] > chosen[1]:
            problem = self.tr("The first day comes after the last day.")
        elif self._is_pdf() and not self.pdf_options.chosen_sections():
            problem = self.tr("Choose at least one part to include.")
        self.status.setText(problem)
        self.export_button.setEnabled(not problem)

    # -- exporting -------------------------------------------------------------------------------

    def _ask_target(self, suffix: str, file_filter: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the export as"), f"journal-export{suffix}", file_filter
        )
        forget_file_dialog_history()
        if not name:
            return None
        path = Path(name)
        # Qt asked before replacing `path`; a name with the suffix added was never asked about.
        self._replace_confirmed = path if path.suffix else None
        return path if path.suffix else path.with_suffix(suffix)

    def _export(self) -> None:
        if self._is_pdf():
            target = self.ask_target(".pdf", self.tr("PDF (*.pdf)"))
            work = self._pdf_work(target) if target else None
        else:
            fmt = PlainFormat(self.format.currentData())
            target = self.ask_target(fmt.suffix, self.tr("Export (*{0})").format(fmt.suffix))
            work = self._plain_work(fmt, target) if target else None
        if target is None or work is None:
            return
        self.export_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.status.setText(self.tr("Writing {0}…").format(target.name))
        run_in_background(self, work, lambda _r: self._done(target), self._failed)

    def _plain_work(self, fmt: PlainFormat, target: Path) -> Callable[[], Any]:
        chosen = self.chosen_range()
        start, end = chosen if chosen else (None, None)
        journal, today = self._journal, self._today
        replace = target == self._replace_confirmed
        return lambda: write_export(journal, fmt, target, start, end, today=today, replace=replace)

    def _pdf_work(self, target: Path) -> Callable[[], Any]:
        from journal.report import prepare_charts, write_report_pdf

        options = self.report_options()
        catalog = self._journal.settings().catalog(content_locale())
        report = report_from_journal(self._journal, options, generated_on=self._today, catalog=catalog)
        charts = prepare_charts(report, catalog)  # QtCharts stays on the GUI thread; the worker replays them
        relay = self._relay
        replace, protected = target == self._replace_confirmed, [self._journal.files.data_dir]
        return lambda: write_report_pdf(
            report, catalog, target, relay.report, charts, replace=replace, protected=protected
        )

    def _done(self, target: Path) -> None:
        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Saved {0}. It is not encrypted; keep it somewhere private.").format(target.name))
        self.exported.emit(str(target))

    def _failed(self, error: Exception) -> None:
        from journal.ui.error_words import error_text

        self.progress.setVisible(False)
        self.export_button.setEnabled(True)
        message = error_text(error, self.tr("The export could not be written. Your journal was not changed."))
        self.status.setText(message)
        self.failed.emit(message)
