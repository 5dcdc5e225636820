"""Five mood steps, each a word on a colour (never colour or a face alone); click again to clear.

For a screen reader they are one group of radio buttons, each read by its word and whether it is
chosen; the group takes its name from the question above it (set by the form).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from journal.ui.accessibility import set_role
from journal.ui.theme import MOOD_COLOURS, MOOD_TEXT_COLOURS


class MoodSelector(QWidget):
    changed = Signal()

    def __init__(self, words: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, QAccessible.Role.Grouping)
        self._mood: int | None = None
        self._showing = False  # True while `set_mood` moves the buttons, so only the person's changes count
        self.buttons: list[QPushButton] = []
        # Auto-exclusive buttons are what Qt reports as radio buttons. The group is not exclusive so that a
        # click on the chosen step can clear it; this class keeps one step on at a time itself.
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for step, word in enumerate(words, start=1):
            button = QPushButton(word)
            button.setAccessibleName(word)  # read as "Okay, radio button, selected": the group says it is the mood
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setMinimumHeight(36)
            button.setStyleSheet(
                f"QPushButton {{ border: 1px solid palette(mid); border-radius: 6px; padding: 6px 10px; "
                f"border-left: 8px solid {MOOD_COLOURS[step]}; }}"
                f"QPushButton:checked {{ background: {MOOD_COLOURS[step]}; color: {MOOD_TEXT_COLOURS[step]}; "
                f"font-weight: bold; }}"
                "QPushButton:focus { border-top: 2px solid palette(highlight); "
                "border-bottom: 2px solid palette(highlight); }"
            )
            # toggled, not clicked: a screen reader's "toggle" action turns a button on without a click
            button.toggled.connect(lambda checked, s=step: self._toggled(s, checked))
            self._group.addButton(button, step)
            layout.addWidget(button)
            self.buttons.append(button)

    def mood(self) -> int | None:
        return self._mood

    def set_mood(self, mood: int | None) -> None:
        """Show `mood` (1–5) as the one chosen step, or none; does not emit `changed`."""
        self._mood = mood
        self._showing = True
        for step, button in enumerate(self.buttons, start=1):
            button.setChecked(step == mood)
        self._showing = False

    def _toggled(self, step: int, checked: bool) -> None:
        if self._showing:
            return
        if checked:
            self.set_mood(step)
        elif self._mood == step:  # the chosen step clicked again: no mood
            self.set_mood(None)
        else:
            return
        self.changed.emit()

    def _clicked(self, step: int) -> None:
        """As a click on `step` does: choose it, or clear it when it was the one chosen."""
        self._group.button(step).click()
