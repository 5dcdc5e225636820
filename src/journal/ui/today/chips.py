"""Toggle chips for feelings and self-care, with a field to add your own words."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from journal.ui.flow_layout import FlowLayout


class ChipGroup(QWidget):
    """Checkable buttons, one per word; `changed` on any toggle, `word_added(word)` when someone adds one.

    Each chip stands for a stored word: a bundled key, shown by its label in the person's language
    (`labels`), or the person's own word, shown as typed. `selected()` gives the stored words.
    """

    changed = Signal()
    word_added = Signal(str)

    def __init__(
        self,
        words: Iterable[str],
        group_name: str,
        add_hint: str,
        parent: QWidget | None = None,
        labels: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._group_name = group_name
        self._labels = dict(labels or {})
        self._chips: dict[str, QPushButton] = {}
        self._flow_host = QWidget()
        self._flow = FlowLayout(self._flow_host)
        self.add_field = QLineEdit()
        self.add_field.setPlaceholderText(add_hint)
        self.add_field.setAccessibleName(add_hint)
        self.add_field.setMaxLength(40)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_field, 1)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._flow_host)
        layout.addLayout(add_row)
        for word in words:
            self.add_chip(word)
        self.add_field.returnPressed.connect(self._add_typed)

    def add_chip(self, word: str, checked: bool = False) -> QPushButton:
        if word in self._chips:
            chip = self._chips[word]
        else:
            label = self._labels.get(word, word)
            chip = QPushButton(label)
            chip.setCheckable(True)
            chip.setAccessibleName(self.tr("{0}: {1}").format(self._group_name, label))
            chip.setStyleSheet(
                "QPushButton { border-radius: 12px; padding: 4px 12px; border: 1px solid palette(mid); }"
                "QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); }"
                "QPushButton:focus { border: 2px solid palette(highlight); }"
            )
            chip.toggled.connect(lambda _on: self.changed.emit())
            self._chips[word] = chip
            self._flow.addWidget(chip)
        chip.blockSignals(True)
        chip.setChecked(checked or chip.isChecked())
        chip.blockSignals(False)
        return chip

    def _add_typed(self) -> None:
        word = " ".join(self.add_field.text().split()).lower()
        self.add_field.clear()
        if not word:
            return
        # Typing a bundled word in the person's language ticks that word's chip rather than adding a copy.
        word = next(
            (key for key, label in self._labels.items() if label.casefold() == word and key in self._chips), word
        )
        is_new = word not in self._chips
        self.add_chip(word, checked=True)
        if is_new:
            self.word_added.emit(word)
        self.changed.emit()

    def focus_order(self) -> list[QWidget]:
        """The chips as they are laid out, then the field to add a word: the order Tab should follow."""
        return [*self._chips.values(), self.add_field]

    def chip(self, word: str) -> QPushButton:
        return self._chips[word]

    def words(self) -> list[str]:
        return list(self._chips)

    def selected(self) -> tuple[str, ...]:
        return tuple(word for word, chip in self._chips.items() if chip.isChecked())

    def set_selected(self, words: Iterable[str]) -> None:
        wanted = set(words)
        for word in wanted - set(self._chips):
            self.add_chip(word)
        for word, chip in self._chips.items():
            chip.blockSignals(True)
            chip.setChecked(word in wanted)
            chip.blockSignals(False)
