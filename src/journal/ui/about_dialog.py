"""What the app is, that nothing leaves the computer, where the journal's folder is, and the one file outside it.

The app keeps a small settings file (QSettings) outside the journal's folder: the look, the lock
time and the window's size and place, nothing personal. The box says so and where it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None, *, settings_file: str = "") -> None:
        super().__init__(parent)
        from journal import __version__

        self.setWindowTitle(self.tr("About Recovery Journal"))
        text = QLabel(
            self.tr(
                "<h3>Recovery Journal {0}</h3>"
                "<p>A private journal for the days and months after a pregnancy loss: how you are in body "
                "and mind, in your own words.</p>"
                "<p>Everything you write stays on this computer, encrypted, in your journal's folder. "
                "The app has no account and sends nothing anywhere.</p>"
            ).format(__version__)
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        folder = QLabel(str(data_dir))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setAccessibleName(self.tr("Your journal's folder"))
        folder.setWordWrap(True)
        self.text, self.folder = text, folder
        self.settings_text = QLabel(
            self.tr(
                "Outside that folder the app keeps one small settings file, with nothing personal in it: "
                "the look you chose, how soon to lock, and the window's size and place."
            )
        )
        self.settings_text.setWordWrap(True)
        self.settings_file = QLabel(settings_file)
        self.settings_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.settings_file.setAccessibleName(self.tr("The app's settings file"))
        self.settings_file.setWordWrap(True)
        self.settings_file.setVisible(bool(settings_file))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(folder)
        layout.addWidget(self.settings_text)
        layout.addWidget(self.settings_file)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(480, 320)
