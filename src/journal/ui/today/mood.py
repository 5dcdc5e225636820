"""Five mood steps, each a word on a colour (never colour or a face alone); click again to clear."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from journal.ui.theme import MOOD_COLOURS, MOOD_TEXT_COLOURS


class MoodSelector(QWidget):
    changed = Signal()

    def __init__(self, words: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._mood: int | None = None
        self.buttons: list[QPushButton] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for step, word in enumerate(words, start=1):
            button = QPushButton(word)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Mood: {0}").format(word))
            button.setMinimumHeight(36)
            button.setStyleSheet(
                f"QPushButton {{ border: 1px solid palette(mid); border-radius: 6px; padding: 6px 10px; "
                f"border-left: 8px solid {MOOD_COLOURS[step]}; }}"
                f"QPushButton:checked {{ background: {MOOD_COLOURS[step]}; color: {MOOD_TEXT_COLOURS[step]}; "
                f"font-weight: bold; }}"
                "QPushButton:focus { border-top: 2px solid palette(highlight); "
                "border-bottom: 2px solid palette(highlight); }"
            )
            button.clicked.connect(lambda _checked=False, s=step: self._clicked(s))
            layout.addWidget(button)
            self.buttons.append(button)

    def mood(self) -> int | None:
        return self._mood

    def set_mood(self, mood: int | None) -> None:
        self._mood = mood
        for step, button in enumerate(self.buttons, start=1):
            button.setChecked(step == mood)

    def _clicked(self, step: int) -> None:
        self.set_mood(None if self._mood == step else step)
        self.changed.emit()
