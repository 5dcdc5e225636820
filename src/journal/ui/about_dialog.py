"""What the app is, that nothing leaves the computer, and where the journal's folder is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from journal import __version__

        self.setWindowTitle(self.tr("About Recovery Journal"))
        text = QLabel(
            self.tr(
                "<h3>Recovery Journal {0}</h3>"
                "<p>A private journal for the days and months after a pregnancy loss: how you are in body "
                "and mind, in your own words.</p>"
                "<p>Everything stays on this computer, encrypted. The app has no account, sends nothing "
                "anywhere and stores nothing outside your journal's folder:</p>"
            ).format(__version__)
        )
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        folder = QLabel(str(data_dir))
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setAccessibleDescription(self.tr("Your journal's folder"))  # read by its text
        folder.setWordWrap(True)
        self.text, self.folder = text, folder
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(folder)
        layout.addWidget(buttons)
        self.resize(460, 260)
