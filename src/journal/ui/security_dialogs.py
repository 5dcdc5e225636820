"""Changing the passphrase and replacing the recovery key, each run off the UI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.ui.background import BackgroundOperation, BusyIndicator, run_in_background
from journal.ui.error_words import error_text
from journal.ui.first_run.pages import RecoveryKeyPage
from journal.ui.passphrase_fields import PassphraseFields

if TYPE_CHECKING:
    from journal.core.crypto.kdf import KdfParams
    from journal.core.journal import Journal


class ChangePassphraseDialog(QDialog):
    def __init__(self, journal: Journal, kdf_params: KdfParams | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change passphrase"))
        self._journal = journal
        self._kdf_params = kdf_params
        self.fields = PassphraseFields()
        self.busy = BusyIndicator(self.tr("Changing the passphrase"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Change passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Your entries stay as they are; only the passphrase that opens them changes."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.fields.changed.connect(lambda: self.ok_button.setEnabled(self.fields.ready))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.operation: BackgroundOperation[Any] | None = None

    def start(self) -> None:
        from journal.core.key_change import change_passphrase

        if not self.fields.ready:
            return
        passphrase = self.fields.passphrase
        self.ok_button.setEnabled(False)
        self.fields.setEnabled(False)
        self.operation = run_in_background(
            self,
            lambda: change_passphrase(self._journal, passphrase, self._kdf_params),
            self._done,
            self._failed,
            busy=self.busy,
        )

    def _done(self, _result: object) -> None:
        self.fields.clear()
        self.accept()

    def _failed(self, error: Exception) -> None:
        self.fields.setEnabled(True)
        self.ok_button.setEnabled(self.fields.ready)
        self.message.setText(
            error_text(error, self.tr("The passphrase could not be changed. Your current passphrase still works."))
        )


class ReplaceRecoveryKeyDialog(QDialog):
    """Makes a new recovery key (the old one stops working) and shows it once."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Replace recovery key"))
        self._journal = journal
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "A new recovery key will be made and the old one will stop working. You'll see the new key once, here."
            )
        )
        self.intro.setWordWrap(True)
        self.busy = BusyIndicator(self.tr("Making a new recovery key"))
        self.message = QLabel()
        self.replace_button = QPushButton(self.tr("Make a new key"))
        self.close_button = QPushButton(self.tr("Close"))
        self.page: RecoveryKeyPage | None = None
        for widget in (self.intro, self.busy, self.message, self.replace_button, self.close_button):
            self.layout_.addWidget(widget)
        self.replace_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.operation: BackgroundOperation[Any] | None = None

    def start(self) -> None:
        from journal.core.key_change import replace_recovery_key

        self.replace_button.setEnabled(False)
        self.operation = run_in_background(
            self, lambda: replace_recovery_key(self._journal), self._show_key, self._failed, busy=self.busy
        )

    def _show_key(self, key: str) -> None:
        self.intro.setVisible(False)
        self.replace_button.setVisible(False)
        self.page = RecoveryKeyPage(key)
        self.layout_.insertWidget(0, self.page)

    def _failed(self, error: Exception) -> None:
        self.replace_button.setEnabled(True)
        self.message.setText(error_text(error, self.tr("A new key could not be made. The old one still works.")))
