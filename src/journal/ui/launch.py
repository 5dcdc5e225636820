"""Starting the desktop app. A placeholder window until the app window lands."""

from __future__ import annotations

from pathlib import Path


def launch_app(data_dir: Path | None = None, demo: bool = False) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication([])
    app.setApplicationName("Recovery Journal")
    label = QLabel("Recovery Journal")
    label.setWindowTitle("Recovery Journal")
    label.resize(480, 320)
    label.show()
    return app.exec()
