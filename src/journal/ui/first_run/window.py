"""The first-run window: four short steps with Back / Skip / Next, all reachable from the keyboard.

It emits `passphrase_chosen` (the controller creates the journal off the UI thread and then calls
`show_recovery_key`) and `completed(FirstRunChoices)` at the end; it never touches the journal.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from journal.ui.accessibility import set_role
from journal.ui.background import BusyIndicator
from journal.ui.first_run.choices import FirstRunChoices
from journal.ui.first_run.pages import AboutYouPage, PassphrasePage, RecoveryKeyPage, WelcomePage
from journal.ui.symptom_picker import SymptomPicker

if TYPE_CHECKING:
    from journal.core.domain.catalog import SymptomCatalog

WELCOME, PASSPHRASE, RECOVERY, ABOUT_YOU = range(4)


class FirstRunWindow(QWidget):
    passphrase_chosen = Signal(str)
    completed = Signal(object)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, QAccessible.Role.Window)  # a window, not a "filler" panel
        self.setWindowTitle(self.tr("Recovery Journal"))
        self._today = today
        self.welcome = WelcomePage()
        self.passphrase = PassphrasePage()
        self.recovery: RecoveryKeyPage | None = None
        self.about_you: AboutYouPage | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.passphrase)

        self.step_label = QLabel()
        self.busy = BusyIndicator(self.tr("Creating your journal"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous step"))
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip this step"))
        self.next_button = QPushButton()
        self.next_button.setDefault(True)

        nav = QHBoxLayout()
        nav.addWidget(self.step_label)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.skip_button)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 16)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addLayout(nav)
        self.resize(680, 640)

        self.back_button.clicked.connect(self._back)
        self.skip_button.clicked.connect(self._skip)
        self.next_button.clicked.connect(self._next)
        self.passphrase.fields.changed.connect(self._refresh)
        self.passphrase.fields.second.returnPressed.connect(self._next)
        self._refresh()

    # -- called by the controller ------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.message.setText(self.tr("Creating your journal… this takes a moment.") if busy else "")
        self.passphrase.setEnabled(not busy)
        self._refresh(busy)

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self.message.setText(text)

    def show_recovery_key(self, recovery_key: str, catalog: SymptomCatalog, group_index: int | None = None) -> None:
        """The journal exists now: show its recovery key once, then the optional details."""
        self.set_busy(False)
        self.passphrase.fields.clear()
        self.recovery = RecoveryKeyPage(recovery_key, group_index=group_index)
        self.about_you = AboutYouPage(SymptomPicker(catalog), self._today)
        self.stack.addWidget(self.recovery)
        self.stack.addWidget(self.about_you)
        self.recovery.confirmed_changed.connect(lambda _ok: self._refresh())
        self.recovery.confirm.returnPressed.connect(self._next)
        self._go(RECOVERY)
        self.recovery.confirm.setFocus()

    # -- navigation ---------------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.message.clear()
        self._refresh()
        if index == PASSPHRASE:
            self.passphrase.fields.first.setFocus()

    def _back(self) -> None:
        if self.step == PASSPHRASE:
            self._go(WELCOME)
        elif self.step == ABOUT_YOU:
            self._go(RECOVERY)

    def _skip(self) -> None:
        if self.step == WELCOME:
            self._go(PASSPHRASE)
        elif self.step == RECOVERY:
            self._go(ABOUT_YOU)
        elif self.step == ABOUT_YOU:
            self.completed.emit(FirstRunChoices())

    def _next(self) -> None:
        if not self.next_button.isEnabled():
            return
        if self.step == WELCOME:
            self._go(PASSPHRASE)
        elif self.step == PASSPHRASE:
            self.passphrase_chosen.emit(self.passphrase.fields.passphrase)
        elif self.step == RECOVERY:
            self._go(ABOUT_YOU)
        elif self.step == ABOUT_YOU and self.about_you is not None:
            self.completed.emit(self.about_you.choices())

    def _refresh(self, busy: bool = False) -> None:
        step = self.step
        self.step_label.setText(self.tr("Step {0} of 4").format(step + 1))
        self.back_button.setVisible(step in (PASSPHRASE, ABOUT_YOU))
        self.skip_button.setVisible(step in (WELCOME, RECOVERY, ABOUT_YOU))
        texts = {
            WELCOME: self.tr("Begin"),
            PASSPHRASE: self.tr("Create my journal"),
            RECOVERY: self.tr("I've kept it safe"),
            ABOUT_YOU: self.tr("Open my journal"),
        }
        self.next_button.setText(texts[step])
        self.next_button.setAccessibleName(texts[step])
        enabled = not busy
        if step == PASSPHRASE:
            enabled = enabled and self.passphrase.fields.ready
        elif step == RECOVERY:
            enabled = self.recovery is not None and self.recovery.confirmed
        self.next_button.setEnabled(enabled)
        self.back_button.setEnabled(not busy)
