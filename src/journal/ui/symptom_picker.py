"""Which symptoms to track, in which order, and the person's own: used at first run and in Settings."""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.ui.accessibility import name_combo

if TYPE_CHECKING:
    from journal.core.domain.catalog import SymptomCatalog

_KEY_ROLE = Qt.ItemDataRole.UserRole


def custom_symptom_key(label: str, taken: set[str]) -> str:
    """A stable key for a person's own symptom: "Back pain" -> "my_back_pain" (unique among `taken`)."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode().lower()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")[:30] or "symptom"
    base = f"my_{slug}"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}_{number}", number + 1
    return key


class SymptomPicker(QWidget):
    """A checkable, reorderable list of symptoms plus a row to add your own."""

    def __init__(self, catalog: SymptomCatalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._custom: dict[str, dict[str, Any]] = {d.key: d.to_dict() for d in catalog if d.custom}
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Symptoms to track; ticked ones appear in your check-in"))
        self.list.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        tracked = {d.key for d in catalog.tracked()}
        for definition in catalog:
            self._add_item(definition.key, definition.label, definition.key in tracked)

        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setAccessibleName(self.tr("Move the selected symptom up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setAccessibleName(self.tr("Move the selected symptom down"))
        self.new_label = QLineEdit()
        self.new_label.setPlaceholderText(self.tr("Something else you'd like to track"))
        self.new_label.setAccessibleName(self.tr("Name of your own symptom"))
        self.new_kind = QComboBox()
        self.new_kind.setAccessibleName(self.tr("How to record it"))
        for text, kind in (
            (self.tr("None to strong (0–3)"), {"kind": "scale", "scale_max": 3}),
            (self.tr("A scale from 0 to 10"), {"kind": "scale", "scale_max": 10}),
            (self.tr("Yes or no"), {"kind": "yes_no"}),
            (self.tr("A number"), {"kind": "number", "minimum": 0.0, "maximum": 10000.0, "decimals": 1}),
        ):
            self.new_kind.addItem(text, kind)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add your own symptom"))

        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        adding = QHBoxLayout()
        adding.addWidget(self.new_label, 2)
        adding.addWidget(self.new_kind, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(moves)
        layout.addLayout(adding)
        name_combo(self.new_kind, self.new_kind.accessibleName())  # on Linux its name would be its value

        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.add_button.clicked.connect(self.add_custom)
        self.new_label.returnPressed.connect(self.add_custom)

    def _add_item(self, key: str, label: str, checked: bool) -> None:
        item = QListWidgetItem(label)
        item.setData(_KEY_ROLE, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.addItem(item)

    def add_custom(self) -> None:
        label = self.new_label.text().strip()
        if not label:
            return
        key = custom_symptom_key(label, set(self.order()))
        self._custom[key] = {"key": key, "label": label[:60], **self.new_kind.currentData()}
        self._add_item(key, label[:60], True)
        self.new_label.clear()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def order(self) -> list[str]:
        return [self.list.item(i).data(_KEY_ROLE) for i in range(self.list.count())]

    def hidden(self) -> list[str]:
        return [
            self.list.item(i).data(_KEY_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() != Qt.CheckState.Checked
        ]

    def custom(self) -> list[dict[str, Any]]:
        return [self._custom[key] for key in self.order() if key in self._custom]
