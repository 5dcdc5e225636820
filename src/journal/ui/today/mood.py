"""Five mood steps, each a word on a colour (never colour or a face alone); click again to clear.

For a screen reader they are one group of radio buttons, each read by its word and whether it is
chosen; the group takes its name from the question above it (set by the form).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
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
        self._chosen_by_this_click: int | None = None
        self.buttons: list[QPushButton] = []
        # One exclusive group of auto-exclusive buttons: Qt reports them as radio buttons, Tab enters the
        # group once (on the chosen step) and the arrow keys move the choice, as in any radio group.
        self._group = QButtonGroup(self)
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
            # toggled, not only clicked: a screen reader's "toggle" action turns a button on without a click
            button.pressed.connect(self._pressed)
            button.toggled.connect(lambda checked, s=step: self._toggled(s, checked))
            button.clicked.connect(lambda _checked=False, s=step: self._clicked(s))
            self._group.addButton(button, step)
            layout.addWidget(button)
            self.buttons.append(button)
        self._keep_one_tab_stop()

    def mood(self) -> int | None:
        return self._mood

    def _keep_one_tab_stop(self) -> None:
        """Tab reaches only the chosen step (the first when none is), as in any radio group; arrows reach the rest."""
        stop = self._group.checkedButton() or self.buttons[0]
        # The group itself is the stop in a tab order set from outside; its focus goes on to the chosen step.
        # (Qt hands a focus policy on to the proxy, so the proxy is set first and the buttons last.)
        self.setFocusProxy(stop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        for button in self.buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus)

    def set_mood(self, mood: int | None) -> None:
        """Show `mood` (1–5) as the one chosen step, or none; does not emit `changed`."""
        self._mood = mood
        self._showing = True
        chosen = self._group.button(mood) if mood is not None else None
        if chosen is not None:
            chosen.setChecked(True)
        elif self._group.checkedButton() is not None:  # an exclusive group keeps one on: let go for a moment
            self._group.setExclusive(False)
            self._group.checkedButton().setChecked(False)
            self._group.setExclusive(True)
        self._showing = False
        self._keep_one_tab_stop()

    def _pressed(self) -> None:
        self._chosen_by_this_click = None

    def _toggled(self, step: int, checked: bool) -> None:
        if self._showing or not checked or self._mood == step:
            return
        self._mood = self._chosen_by_this_click = step
        self._keep_one_tab_stop()
        self.changed.emit()

    def _clicked(self, step: int) -> None:
        """A click (or Space) on the step that was already chosen clears the mood."""
        if self._chosen_by_this_click == step or self._mood != step:
            return
        self.set_mood(None)
        self.changed.emit()
