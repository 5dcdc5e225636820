"""Bring days in from Daylio, jrnl or this app's JSON: pick a file, see every day and what merges, then import.

Reading and checking the file, and writing the import, run in the background. Nothing is written
until the person presses Import, and a file with any problem cannot be imported at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.core.exchange.daylio_import import mood_names
from journal.core.exchange.import_plan import ImportPlan, ImportResult
from journal.core.exchange.importing import ImportSource, apply_import, plan_import, read_import_file
from journal.ui.background import BusyIndicator, run_in_background
from journal.ui.exchange.mood_mapping import MoodMappingTable
from journal.ui.exchange.preview_model import ImportPreviewModel

if TYPE_CHECKING:
    from journal.core.journal import Journal


class ImportDialog(QDialog):
    planned = Signal()  # the preview (or the list of problems) is showing
    imported = Signal(object)  # ImportResult
    failed = Signal(str)

    def __init__(self, journal: Journal, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import days"))
        self._journal = journal
        self._today = today or dt.date.today()
        self._raw: bytes | None = None
        self._plan: ImportPlan | None = None
        self.ask_file: Callable[[], Path | None] = self._ask_file

        self.source = QComboBox()
        self.source.setAccessibleName(self.tr("Where the file comes from"))
        self.source.addItem(self.tr("Daylio (CSV export)"), ImportSource.DAYLIO.value)
        self.source.addItem(self.tr("jrnl (JSON export)"), ImportSource.JRNL.value)
        self.source.addItem(self.tr("Recovery Journal (JSON export)"), ImportSource.JSON.value)
        self.choose = QPushButton(self.tr("Choose file…"))
        self.status = QLabel(self.tr("Choose a file to see what it holds. Nothing is imported until you say so."))
        self.status.setWordWrap(True)
        self.model = ImportPreviewModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.model)
        self.preview.setAccessibleName(self.tr("Days in the file"))
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Problems found in the file"))
        self.problems.setVisible(False)
        self.moods_label = QLabel(self.tr("Moods in the file, and where each goes on the scale here:"))
        self.moods = MoodMappingTable()
        self.moods.setMaximumHeight(160)
        self.busy = BusyIndicator(self.tr("Reading the file"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(self.source, 1)
        top.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.problems)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.moods_label)
        layout.addWidget(self.moods)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._show_moods(False)

        self.choose.clicked.connect(self._choose_file)
        self.source.currentIndexChanged.connect(self._replan)
        self.moods.changed.connect(self._replan)
        self.import_button.clicked.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        self.resize(640, 560)

    # -- choosing and checking -----------------------------------------------------------------

    def _ask_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), "", self.tr("Exports (*.csv *.json);;All files (*)")
        )
        return Path(name) if name else None

    def _choose_file(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> None:
        """Read and check `path` in the background; the preview shows when done."""
        self._raw = None
        self._set_busy(True)
        run_in_background(self, lambda: read_import_file(path), self._file_read, self._show_error)

    def _file_read(self, raw: bytes) -> None:
        self._raw = raw
        self._replan(mapping_from_file=True)

    def _replan(self, *_: object, mapping_from_file: bool = False) -> None:
        if self._raw is None:
            return
        source = ImportSource(self.source.currentData())
        raw = self._raw
        mapping = {} if mapping_from_file else self.moods.mapping()
        today = self._today
        self._set_busy(True)
        run_in_background(
            self, lambda: plan_import(source, raw, today=today, mood_map=mapping), self._show_plan, self._show_error
        )

    def _show_plan(self, plan: ImportPlan) -> None:
        self._set_busy(False)
        self._plan = plan
        is_daylio = plan.source == ImportSource.DAYLIO.value
        if is_daylio and self._raw is not None:
            names = mood_names(self._raw)
            if names != [self.moods.item(r, 0).text() for r in range(self.moods.rowCount())] or not plan.problems:
                self.moods.show_names(names, plan.mood_mapping)
        self._show_moods(is_daylio and bool(self.moods.rowCount()))
        self.model.set_rows(plan.preview(self._journal) if plan.is_valid else [])
        self.problems.setVisible(not plan.is_valid)
        if not plan.is_valid:
            self.problems.setPlainText(plan.problem_report())
            self.status.setText(
                self.tr("This file has %n problem(s), listed below with their line. Nothing will be imported "
                        "until the file is fixed (a mood can be mapped below).", "", len(plan.problems))
            )  # fmt: skip
        elif not plan.days:
            self.status.setText(self.tr("This file holds no days."))
        else:
            merged = self.model.merged_count()
            self.status.setText(
                self.tr("%n day(s): {0} new, {1} merged with days you already have (nothing of yours is "
                        "replaced).", "", len(plan.days)).format(len(plan.days) - merged, merged)
            )  # fmt: skip
        self.import_button.setEnabled(plan.is_valid and bool(plan.days))
        self.planned.emit()

    # -- importing -----------------------------------------------------------------------------

    def _import(self) -> None:
        plan = self._plan
        if plan is None or not plan.is_valid:
            return
        self._set_busy(True)
        self.import_button.setEnabled(False)
        journal = self._journal
        run_in_background(self, lambda: apply_import(journal, plan), self._imported, self._show_error)

    def _imported(self, result: ImportResult) -> None:
        self._set_busy(False)
        self.status.setText(
            self.tr("Imported: %n new day(s), {0} merged with yours.", "", result.new_days).format(result.merged_days)
        )
        self._plan = None
        self.imported.emit(result)

    def _show_error(self, error: Exception) -> None:
        self._set_busy(False)
        from journal.core.errors import JournalError

        message = (
            str(error)
            if isinstance(error, JournalError)
            else self.tr("The file could not be read. Nothing was imported.")
        )
        self.status.setText(message)
        self.import_button.setEnabled(False)
        self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.choose.setEnabled(not busy)

    def _show_moods(self, visible: bool) -> None:
        self.moods_label.setVisible(visible)
        self.moods.setVisible(visible)
