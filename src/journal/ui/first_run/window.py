"""The first-run window: four short steps with Back / Skip / Next, all reachable from the keyboard.

An easy passphrase is asked about, and going on without the recovery key says what that means;
both are allowed.

It emits `passphrase_chosen` (the controller creates the journal off the UI thread and then calls
`show_recovery_key`) and `completed(FirstRunChoices)` at the end; it never touches the journal.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.ui.background import BusyIndicator
from journal.ui.first_run.choices import FirstRunChoices
from journal.ui.first_run.pages import AboutYouPage, PassphrasePage, RecoveryKeyPage, WelcomePage
from journal.ui.strength import strength_score
from journal.ui.symptom_picker import SymptomPicker
from journal.ui.window_fit import scrolling

if TYPE_CHECKING:
    from journal.core.domain.catalog import SymptomCatalog

WELCOME, PASSPHRASE, RECOVERY, ABOUT_YOU = range(4)
WEAK_SCORE = 1  # zxcvbn 0-1: guessed within minutes to hours by someone with the file; asked about, never refused


class FirstRunWindow(QWidget):
    passphrase_chosen = Signal(str)
    completed = Signal(object)

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recovery Journal"))
        self._today = today
        self.welcome = WelcomePage()
        self.passphrase = PassphrasePage()
        self.recovery: RecoveryKeyPage | None = None
        self.about_you: AboutYouPage | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.passphrase)
        self.passphrase.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

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
        self.scroll = scrolling(self.stack)  # at 200 % text a step can be taller than the screen
        layout.addWidget(self.scroll, 1)
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
        self.next_button.setFocus()

    # -- questions (replaced in tests) -------------------------------------------------------

    def confirm_weak_passphrase(self) -> bool:
        """Ask before using a passphrase that would be easy to guess, as KeePassXC does; True to use it."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("An easy passphrase"))
        box.setText(self.tr("This passphrase would be easy to guess."))
        box.setInformativeText(
            self.tr(
                "Anyone who gets a copy of your journal's file could try passphrases like it and read "
                "everything in it. A few more unrelated words make that much harder. Use it anyway?"
            )
        )
        use = box.addButton(self.tr("Use it anyway"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("Choose another"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(other)
        box.exec()
        return box.clickedButton() is use

    def confirm_skip_recovery_key(self) -> bool:
        """Say what going on without the recovery key means; True to go on anyway."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Go on without the recovery key?"))
        box.setText(self.tr("Without this key, a forgotten passphrase means nobody can open your journal again."))
        box.setInformativeText(
            self.tr(
                "The key is not shown again. If you go on now, you can make a new one later in "
                "Settings, under Passphrase and data."
            )
        )
        skip = box.addButton(self.tr("Go on without it"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Back to the key"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is skip

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return on the welcome page begins, wherever the focus is."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.step == WELCOME:
            self._next()
            event.accept()
            return
        super().keyPressEvent(event)

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
        self.scroll.ensureWidgetVisible(self.recovery.confirm)

    # -- navigation ---------------------------------------------------------------------------

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        for page_index in range(self.stack.count()):  # the scroll area sizes to the step shown, not the tallest
            policy = QSizePolicy.Policy.Preferred if page_index == index else QSizePolicy.Policy.Ignored
            self.stack.widget(page_index).setSizePolicy(policy, policy)
        self.stack.adjustSize()
        self.scroll.verticalScrollBar().setValue(0)  # each step starts at its heading
        self.message.clear()
        self._refresh()
        if index == PASSPHRASE:
            self.passphrase.fields.first.setFocus()
        elif index == WELCOME:
            self.next_button.setFocus()

    def _back(self) -> None:
        if self.step == PASSPHRASE:
            self._go(WELCOME)
        elif self.step == ABOUT_YOU:
            self._go(RECOVERY)

    def _skip(self) -> None:
        if self.step == RECOVERY:
            if self.confirm_skip_recovery_key():
                self._go(ABOUT_YOU)
        elif self.step == ABOUT_YOU:
            self.completed.emit(FirstRunChoices())

    def _next(self) -> None:
        if self.step == RECOVERY and self.recovery is not None and not self.recovery.confirmed:
            self.recovery.say_not_matching()  # Enter on a wrong group: say so, rather than nothing
            return
        if not self.next_button.isEnabled():
            return
        if self.step == WELCOME:
            self._go(PASSPHRASE)
        elif self.step == PASSPHRASE:
            passphrase = self.passphrase.fields.passphrase
            if strength_score(passphrase) <= WEAK_SCORE and not self.confirm_weak_passphrase():
                self.passphrase.fields.first.setFocus()
                self.passphrase.fields.first.selectAll()
                return
            self.passphrase_chosen.emit(passphrase)
        elif self.step == RECOVERY:
            self._go(ABOUT_YOU)
        elif self.step == ABOUT_YOU and self.about_you is not None:
            self.completed.emit(self.about_you.choices())

    def _refresh(self, busy: bool = False) -> None:
        step = self.step
        self.step_label.setText(self.tr("Step {0} of 4").format(step + 1))
        self.back_button.setVisible(step in (PASSPHRASE, ABOUT_YOU))
        self.skip_button.setVisible(step in (RECOVERY, ABOUT_YOU))
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
