""" "Export everything to a folder…": the JSON export and every picture and letter, off the UI thread.

The folder must be new or empty; the person is told, before and after, that the copy is not encrypted.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journal.core.journal import Journal
from journal.core.memories.folder_export import FolderExport, export_to_folder
from journal.ui.background import run_in_background
from journal.ui.error_words import error_text
from journal.ui.file_dialog_privacy import forget_file_dialog_history


def _tr(text: str) -> str:
    return QCoreApplication.translate("FolderExport", text)


def ask_folder(parent: QWidget) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, _tr("Choose a new or empty folder for the export"))
    forget_file_dialog_history()
    return Path(name) if name else None


def export_everything(journal: Journal, parent: QWidget, folder: Path | None = None) -> None:
    """Ask for a folder (unless given), warn that the copy is not encrypted, then export in the background."""
    folder = folder or ask_folder(parent)
    if folder is None:
        return
    answer = QMessageBox.question(
        parent,
        _tr("Export everything"),
        _tr(
            "This writes your whole journal, with every picture and letter, to that folder. The copy is not "
            "encrypted: keep it somewhere private, and delete it when you no longer need it. Go ahead?"
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    status_bar = getattr(parent, "statusBar", None)

    def say(text: str) -> None:
        if callable(status_bar):
            status_bar().showMessage(text, 15_000)
        else:
            QMessageBox.information(parent, _tr("Export everything"), text)

    def done(result: FolderExport) -> None:
        say(
            _tr("Exported {0} days and {1} pictures and letters to {2}. It is not encrypted.").format(
                result.days, result.attachments, result.folder.name
            )
        )

    def failed(error: Exception) -> None:
        say(error_text(error, _tr("The export could not be written. Nothing else changed.")))

    say(_tr("Exporting…"))
    run_in_background(parent, lambda: export_to_folder(journal, folder, today=dt.date.today()), done, failed)
