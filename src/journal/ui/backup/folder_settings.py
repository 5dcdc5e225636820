"""The automatic-backup setting: on or off, and which folder (for example one that a sync program copies)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.core.backup.auto import BackupPreferences, load_preferences, save_preferences
from journal.core.errors import JournalError
from journal.ui.file_dialog_privacy import forget_file_dialog_history

if TYPE_CHECKING:
    from journal.core.journal import Journal


class BackupFolderSettings(QWidget):
    """Shows and changes where automatic backups go; every change is saved (sealed) at once."""

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.ask_folder: Callable[[Path], Path | None] = self._ask_folder
        self.automatic = QCheckBox(self.tr("Make a backup when you unlock (once a day) and when you quit"))
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setAccessibleDescription(self.tr("Backup folder"))  # read by its text
        self.choose = QPushButton(self.tr("Choose folder…"))
        self.use_default = QPushButton(self.tr("Use the standard folder"))
        self.hint = QLabel(
            self.tr("To keep a copy on another device, choose a folder that Syncthing, Nextcloud or your cloud "
                    "drive already syncs. Backups are encrypted; the app never sends anything itself.")
        )  # fmt: skip
        self.hint.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.use_default)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.automatic)
        layout.addWidget(self.folder_label)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        layout.addWidget(self.status)

        self._show(load_preferences(journal))
        self.automatic.toggled.connect(self._automatic_toggled)
        self.choose.clicked.connect(self._choose)
        self.use_default.clicked.connect(lambda: self._save_folder(None))

    def _show(self, preferences: BackupPreferences) -> None:
        self.automatic.blockSignals(True)
        self.automatic.setChecked(preferences.automatic)
        self.automatic.blockSignals(False)
        folder = preferences.folder_for(self._journal.files)
        self.folder_label.setText(self.tr("Backups go to: {0}").format(str(folder)))
        self.use_default.setEnabled(preferences.folder is not None)

    def _automatic_toggled(self, checked: bool) -> None:
        current = load_preferences(self._journal)
        self._save(BackupPreferences(folder=current.folder, automatic=checked))

    def _choose(self) -> None:
        current = load_preferences(self._journal)
        chosen = self.ask_folder(current.folder_for(self._journal.files))
        if chosen is not None:
            self._save_folder(chosen)

    def _save_folder(self, folder: Path | None) -> None:
        current = load_preferences(self._journal)
        self._save(BackupPreferences(folder=folder, automatic=current.automatic))

    def _save(self, preferences: BackupPreferences) -> None:
        try:
            save_preferences(self._journal, preferences)
        except JournalError as error:
            self.status.setText(str(error))
            self._show(load_preferences(self._journal))
            return
        self.status.setText("")
        self._show(preferences)

    def _ask_folder(self, current: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), str(current))
        forget_file_dialog_history()
        return Path(name) if name else None
