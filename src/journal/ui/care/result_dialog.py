"""Add or change one test result: hCG with its unit, a home test, a scan or another result.

The dialog only builds a `TestResult`; the caller saves it. A value that cannot be used keeps the
dialog open with a plain sentence beside the field, and nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from journal.core.care.results import MAX_HCG, MAX_NOTE, MAX_PLACE, HcgUnit, HomeTestReading, ResultKind, TestResult
from journal.ui.care.words import reading_words, result_kind_words

if TYPE_CHECKING:
    from journal.core.journal import Journal


class ResultEditor(QDialog):
    """`result()` gives the edited result once accepted; `today` is the latest date it may carry."""

    def __init__(self, result: TestResult | None, date: dt.date, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Test result"))
        self._id = result.id if result else ""
        self._today = today
        self._result: TestResult | None = None
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of result"))
        for value, words in result_kind_words().items():
            self.kind.addItem(words, value)
        shown = result.date if result else date
        self.date = QDateEdit(QDate(shown.year, shown.month, shown.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.date.setAccessibleName(self.tr("Date of the result"))
        self.value = QLineEdit()
        self.value.setAccessibleName(self.tr("hCG value"))
        self.value.setPlaceholderText(self.tr("As on your result, e.g. 250"))
        validator = QDoubleValidator(0.0, MAX_HCG, 3, self.value)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        self.value.setValidator(validator)
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit"))
        for unit in HcgUnit:
            self.unit.addItem(unit.value, unit.value)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 1)
        value_row.addWidget(self.unit)
        self.value_box = QWidget()
        self.value_box.setLayout(value_row)
        value_row.setContentsMargins(0, 0, 0, 0)
        self.reading = QComboBox()
        self.reading.setAccessibleName(self.tr("What the test showed"))
        for value, words in reading_words().items():
            self.reading.addItem(words, value)
        self.non_pregnant = QCheckBox(self.tr("My hCG is back to a non-pregnant level"))
        self.place = QLineEdit()
        self.place.setMaxLength(MAX_PLACE)
        self.place.setAccessibleName(self.tr("Where it was done"))
        self.place.setPlaceholderText(self.tr("Optional"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 4)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)

        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Value"), self.value_box)
        self.form.addRow(self.tr("Result"), self.reading)
        self.form.addRow("", self.non_pregnant)
        self.form.addRow(self.tr("Where"), self.place)
        self.form.addRow(self.tr("Note"), self.note)
        self.form.addRow(self.problem)
        self.form.addRow(buttons)
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if result is not None:
            self._show(result)
        self._kind_changed()

    def _show(self, result: TestResult) -> None:
        from journal.core.care.results import format_hcg

        self.kind.setCurrentIndex(self.kind.findData(result.kind.value))
        if result.value is not None:
            self.value.setText(format_hcg(result.value))
        if result.unit is not None:
            self.unit.setCurrentIndex(self.unit.findData(result.unit.value))
        if result.reading is not None:
            self.reading.setCurrentIndex(self.reading.findData(result.reading.value))
        self.non_pregnant.setChecked(result.non_pregnant_level)
        self.place.setText(result.place)
        self.note.setPlainText(result.note)

    def _kind_changed(self) -> None:
        kind = ResultKind(self.kind.currentData())
        self.form.setRowVisible(self.value_box, kind is ResultKind.HCG)
        self.form.setRowVisible(self.non_pregnant, kind is ResultKind.HCG)
        self.form.setRowVisible(self.reading, kind is ResultKind.HOME_TEST)
        if kind in (ResultKind.SCAN, ResultKind.OTHER):
            self.note.setPlaceholderText(self.tr("What it showed, in a few words"))
        else:
            self.note.setPlaceholderText(self.tr("Optional"))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(True)

    def _try_accept(self) -> None:
        kind = ResultKind(self.kind.currentData())
        date = self.date.date().toPython()
        assert isinstance(date, dt.date)
        note = self.note.toPlainText().strip()
        if len(note) > MAX_NOTE:
            self._say(self.tr("The note is longer than {n} characters.").format(n=MAX_NOTE))
            return
        value, unit, reading = None, None, None
        if kind is ResultKind.HCG:
            number = self.value.locale().toDouble(self.value.text().strip())
            if not self.value.text().strip() or not number[1] or not 0 <= number[0] <= MAX_HCG:
                self._say(self.tr("Please write the hCG value as a number from 0 to 1,000,000."))
                self.value.setFocus()
                return
            value, unit = number[0], HcgUnit(self.unit.currentData())
        elif kind is ResultKind.HOME_TEST:
            reading = HomeTestReading(self.reading.currentData())
        elif not note:
            self._say(self.tr("Please write in a few words what it showed."))
            self.note.setFocus()
            return
        marked = kind is ResultKind.HCG and self.non_pregnant.isChecked()
        self._result = TestResult(
            self._id, date, kind, value, unit, reading, note, self.place.text().strip(), non_pregnant_level=marked
        )
        self.accept()

    def result(self) -> TestResult | None:
        return self._result


def add_result_for_day(journal: Journal, date: dt.date, today: dt.date, parent: QWidget | None) -> TestResult | None:
    """Ask for a result on `date` and save it; returns it, or None if the person cancelled or saving failed."""
    from PySide6.QtWidgets import QMessageBox

    from journal.core.errors import JournalError

    editor = ResultEditor(None, min(date, today), today, parent)
    if editor.exec() != QDialog.DialogCode.Accepted or editor.result() is None:
        return None
    try:
        with journal.transaction() as session:
            return journal.save_result(session, editor.result())  # type: ignore[arg-type]
    except JournalError as error:
        QMessageBox.warning(parent, editor.tr("Not saved"), str(error))
        return None
