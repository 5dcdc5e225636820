"""The locked screen: passphrase (or recovery key), a clear message when it does not fit, a busy bar.

It only collects the secret and shows state; the controller runs the unlocking off the UI thread.
Imports nothing but Qt, so it can appear before the heavy parts of the app have loaded.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from journal.ui.accessibility import announce, set_role
from journal.ui.background import BusyIndicator
from journal.ui.secret_field import SecretLineEdit


class UnlockWindow(QWidget):
    """Emits `unlock_requested(secret, is_recovery_key)`; shows `show_error` text until the next try."""

    unlock_requested = Signal(str, bool)

    def __init__(self, demo_passphrase: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, QAccessible.Role.Window)  # a window, not a "filler" panel
        self.setWindowTitle(self.tr("Recovery Journal"))
        self._recovery_mode = False

        heading = QLabel(self.tr("Welcome back"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        heading.setFont(font)
        intro = QLabel(self.tr("Your journal is locked. Type your passphrase to open it."))
        intro.setWordWrap(True)
        self.intro = intro

        self.field_label = QLabel(self.tr("Passphrase"))
        self.field = SecretLineEdit()  # the passphrase never reaches accessibility events
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field_label.setBuddy(self.field)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock the journal"))
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("Use my recovery key instead"))
        self.switch_button.setFlat(True)
        self.switch_button.setAccessibleName(self.tr("Use the recovery key instead of the passphrase"))
        self.busy = BusyIndicator(self.tr("Opening your journal"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Message"))  # its name is its text, read when it changes
        self.demo_note = QLabel(
            self.tr("This is a made-up demo journal; its passphrase is {0}.").format(demo_passphrase)
        )
        self.demo_note.setWordWrap(True)
        self.demo_note.setVisible(bool(demo_passphrase))

        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.unlock_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.demo_note)
        layout.addSpacing(12)
        layout.addWidget(self.field_label)
        layout.addLayout(row)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        switch_row = QHBoxLayout()  # left-aligned by the stretch: no `Qt` enums before the first window
        switch_row.addWidget(self.switch_button)
        switch_row.addStretch(1)
        layout.addLayout(switch_row)
        layout.addStretch(2)
        self.setTabOrder(self.field, self.unlock_button)
        self.setTabOrder(self.unlock_button, self.switch_button)
        self.resize(520, 380)

        self.field.returnPressed.connect(self._submit)
        self.unlock_button.clicked.connect(self._submit)
        self.switch_button.clicked.connect(self._toggle_mode)
        self.field.textEdited.connect(lambda _text: self._set_message(""))

    @property
    def recovery_mode(self) -> bool:
        return self._recovery_mode

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        self.switch_button.setEnabled(not busy)
        if busy:
            self._set_message(self.tr("Opening your journal…"))

    def show_error(self, text: str) -> None:
        self.set_busy(False)
        self._set_message(text)
        self.field.selectAll()
        self.field.setFocus()  # back in the field, a screen reader reads it with the message as its description

    def reset(self) -> None:
        """Back to an empty passphrase field, e.g. after locking."""
        self.set_busy(False)
        self.field.clear()
        self._set_message("")
        if self._recovery_mode:
            self._toggle_mode()
        self.field.setFocus()

    def _submit(self) -> None:
        secret = self.field.text()
        if not secret.strip():
            self._set_message(
                self.tr("Type your recovery key first.")
                if self._recovery_mode
                else self.tr("Type your passphrase first.")
            )
            announce(self.message, self.message.text())  # focus stays put, so say it
            return
        self.unlock_requested.emit(secret, self._recovery_mode)

    def _set_message(self, text: str) -> None:
        """The message under the field, also as the field's description: Orca before 45 speaks no announcements."""
        self.message.setText(text)
        self.field.setAccessibleDescription(text)

    def _toggle_mode(self) -> None:
        self._recovery_mode = not self._recovery_mode
        self.field.clear()
        self._set_message("")
        if self._recovery_mode:
            self.field_label.setText(self.tr("Recovery key"))
            self.field.setAccessibleName(self.tr("Recovery key"))
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.field.setPlaceholderText("XXXX-XXXX-XXXX-…")
            self.intro.setText(
                self.tr("Type the recovery key you saved when you made the journal. Dashes and capitals don't matter.")
            )
            self.switch_button.setText(self.tr("Use my passphrase instead"))
        else:
            self.field_label.setText(self.tr("Passphrase"))
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.field.setPlaceholderText("")
            self.intro.setText(self.tr("Your journal is locked. Type your passphrase to open it."))
            self.switch_button.setText(self.tr("Use my recovery key instead"))
        self.field.setFocus()
