"""Choosing a passphrase: typed twice, with a kind strength estimate. Used at first run and when changing it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from journal.ui.secret_field import SecretLineEdit
from journal.ui.strength import strength_score, strength_words


class PassphraseFields(QWidget):
    """Two password fields; `ready` is true when the first is not blank and both match."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = SecretLineEdit()  # bullets only, in the widget and its accessibility events
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = SecretLineEdit()
        self.second.setAccessibleName(self.tr("The same passphrase again"))
        self.show_text = QCheckBox(self.tr("Show what I type"))
        self.show_text.setAccessibleName(self.tr("Show the passphrase"))
        self.strength = QLabel()
        self.strength.setWordWrap(True)
        self.strength.setAccessibleDescription(self.tr("How hard it is to guess"))  # read by its words
        self.match = QLabel()
        self.match.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.first)
        form.addRow(self.tr("Once more"), self.second)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.show_text)
        layout.addWidget(self.strength)
        layout.addWidget(self.match)
        self.setTabOrder(self.first, self.second)
        self.setTabOrder(self.second, self.show_text)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.show_text.toggled.connect(self._toggle_echo)
        self._update()

    @property
    def passphrase(self) -> str:
        return self.first.text()

    @property
    def ready(self) -> bool:
        return bool(self.first.text().strip()) and self.first.text() == self.second.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def _toggle_echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        text = self.first.text()
        if text:
            self.strength.setText(strength_words(strength_score(text)))
        else:
            self.strength.setText(self.tr("A few unrelated words are easy to remember and hard to guess."))
        if self.second.text() and self.second.text() != text:
            self.match.setText(self.tr("The two don't match yet."))
        else:
            self.match.setText("")
        self.changed.emit()
