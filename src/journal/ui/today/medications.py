"""Medications the person noted, as free text (name and amount): recorded, never advised or checked."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from journal.core.domain.entry import Medication


class MedicationRow(QWidget):
    def __init__(self, name: str = "", amount: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("Name"))
        self.name.setAccessibleName(self.tr("Medication name"))
        self.amount = QLineEdit(amount)
        self.amount.setPlaceholderText(self.tr("Amount (optional)"))
        self.amount.setAccessibleName(self.tr("Medication amount"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove this medication"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 2)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.remove_button)


class MedicationList(QWidget):
    changed = Signal()
    rows_changed = Signal()  # a row came or went: the Tab order needs the new fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[MedicationRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add a medication"))
        self.add_button.setAccessibleName(self.tr("Add a medication"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        button_row = QHBoxLayout()
        button_row.addWidget(self.add_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        self.add_button.clicked.connect(self._add_clicked)

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.name.setFocus()

    def add_row(self, name: str = "", amount: str = "") -> MedicationRow:
        row = MedicationRow(name, amount)
        row.name.textEdited.connect(lambda _t: self.changed.emit())
        row.amount.textEdited.connect(lambda _t: self.changed.emit())
        row.remove_button.clicked.connect(lambda: self._remove(row))
        self._rows_layout.addWidget(row)
        self.rows.append(row)
        self.rows_changed.emit()
        return row

    def _remove(self, row: MedicationRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.add_button.setFocus()
        self.rows_changed.emit()
        self.changed.emit()

    def focus_order(self) -> list[QWidget]:
        """Each row's name, amount and Remove, then "Add a medication"."""
        fields: list[QWidget] = []
        for row in self.rows:
            fields += [row.name, row.amount, row.remove_button]
        return [*fields, self.add_button]

    def medications(self) -> tuple[Medication, ...]:
        from journal.core.domain.entry import Medication

        found = []
        for row in self.rows:
            name = row.name.text().strip()
            if name:
                found.append(Medication(name, row.amount.text().strip()))
        return tuple(dict.fromkeys(found))

    def set_medications(self, medications: Iterable[Medication]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for medication in medications:
            self.add_row(medication.name, medication.amount)
