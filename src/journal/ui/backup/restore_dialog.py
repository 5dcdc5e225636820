""" "Restore…": choose a backup, type its secret, see what it holds, then put it in place.

The whole backup is checked in the background before the "Restore" button is offered, and the
journal is closed (through the `close_journal` callback the main window passes) only after that.
The replaced journal is kept aside; `restored` carries its path. Once the restored journal was
unlocked, the app asks whether to discard it (`journal.core.backup.restore.discard_replaced`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.core.backup.reader import OpenedBackup, open_backup
from journal.core.backup.restore import RestoreResult, restore_backup
from journal.core.errors import JournalError
from journal.core.journal_files import JournalFiles
from journal.ui.background import run_in_background
from journal.ui.file_dialog_privacy import forget_file_dialog_history
from journal.ui.secret_field import SecretLineEdit


class RestoreDialog(QDialog):
    checked = Signal()  # the backup passed every check; "Restore" is offered
    restored = Signal(str)  # the path of the replaced journal kept aside, or "" if there was none
    failed = Signal(str)

    def __init__(
        self, files: JournalFiles, close_journal: Callable[[], None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self._files = files
        self._close_journal = close_journal
        self._opened: OpenedBackup | None = None
        self.ask_file: Callable[[], Path | None] = self._ask_file

        self.file_label = QLabel(self.tr("No backup chosen yet."))
        self.file_label.setWordWrap(True)
        self.choose = QPushButton(self.tr("Choose backup…"))
        self.secret = SecretLineEdit()  # bullets only, in the widget and its accessibility events
        self.secret.setAccessibleName(self.tr("Passphrase or recovery key"))
        self.use_recovery_key = QCheckBox(self.tr("I am using my recovery key"))
        self.explain = QLabel(self._explanation())
        self.explain.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Checking the backup"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.check_button = self.buttons.addButton(self.tr("Check backup"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        self.check_button.setEnabled(False)

        chooser = QHBoxLayout()
        chooser.addWidget(self.file_label, 1)
        chooser.addWidget(self.choose)
        form = QFormLayout()
        form.addRow(self.tr("Backup"), chooser)
        self.secret_label = QLabel(self.tr("Passphrase"))
        form.addRow(self.secret_label, self.secret)
        form.addRow("", self.use_recovery_key)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

        self._path: Path | None = None
        self.choose.clicked.connect(self._choose)
        self.secret.textChanged.connect(self._inputs_changed)
        self.use_recovery_key.toggled.connect(self._inputs_changed)
        self.check_button.clicked.connect(self.check)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)

    def _explanation(self) -> str:
        if self._files.exists():
            return self.tr(
                "Restoring puts the backup in place of the journal on this computer. The whole backup is "
                "checked first. Your current journal is kept aside; once the restored one opens, you choose whether "
                "to remove it."
            )
        return self.tr("The whole backup is checked first, then it becomes your journal on this computer.")

    def set_backup_file(self, path: Path) -> None:
        self._path = path
        self.file_label.setText(path.name)
        self._inputs_changed()

    def _choose(self) -> None:
        chosen = self.ask_file()
        if chosen is not None:
            self.set_backup_file(chosen)

    def _inputs_changed(self) -> None:
        recovery = self.use_recovery_key.isChecked()
        self.secret_label.setText(self.tr("Recovery key") if recovery else self.tr("Passphrase"))
        self._opened = None
        self.restore_button.setEnabled(False)
        self.check_button.setEnabled(self._path is not None and bool(self.secret.text()))
        self.status.setText("")

    def check(self) -> None:
        """Check the whole backup with the secret, in the background."""
        if self._path is None or not self.secret.text():
            return
        path, secret, is_recovery_key = self._path, self.secret.text(), self.use_recovery_key.isChecked()
        self._busy(True, self.tr("Checking every part of the backup…"))
        run_in_background(
            self, lambda: open_backup(path, secret, is_recovery_key=is_recovery_key), self._checked, self._failed
        )

    def _checked(self, opened: OpenedBackup) -> None:
        self._busy(False, "")
        self._opened = opened
        self.secret.blockSignals(True)  # clearing the secret must not forget the checked backup
        self.secret.clear()
        self.secret.blockSignals(False)
        when = opened.created_at.astimezone().date() if opened.created_at else None
        count = opened.report.days
        days = self.tr("1 day") if count == 1 else self.tr("{0} days").format(count)
        if when is not None:
            text = self.tr("This backup is from {0} and holds {1}. It was checked and can be restored.").format(
                _long_date(when), days
            )
        else:
            text = self.tr("This backup holds {0}. It was checked and can be restored.").format(days)
        if opened.report.unreadable:
            text += " " + self.tr("({0} could not be read, as in the journal it was made from.)").format(
                opened.report.unreadable
            )
        self.status.setText(text)
        self.restore_button.setEnabled(True)
        self.checked.emit()

    def restore(self) -> None:
        """Close the journal (via the callback), then put the checked backup in place."""
        opened = self._opened
        if opened is None:
            return
        if self._close_journal is not None:
            self._close_journal()
        files = self._files
        self._busy(True, self.tr("Restoring…"))
        run_in_background(self, lambda: restore_backup(files, opened), self._restored, self._failed)

    def _restored(self, result: RestoreResult) -> None:
        self._busy(False, self.tr("The backup was restored."))
        self.restored.emit(str(result.set_aside) if result.set_aside else "")
        self.accept()

    def _failed(self, error: Exception) -> None:
        message = (
            str(error)
            if isinstance(error, JournalError)
            else self.tr("The backup could not be used. Nothing was changed.")
        )
        self._busy(False, message)
        self._opened = None
        self.restore_button.setEnabled(False)
        self.failed.emit(message)

    def _busy(self, busy: bool, text: str) -> None:
        self.progress.setVisible(busy)
        for widget in (self.choose, self.secret, self.use_recovery_key, self.check_button):
            widget.setEnabled(not busy)
        if busy:
            self.restore_button.setEnabled(False)
        else:
            self.check_button.setEnabled(self._path is not None and bool(self.secret.text()))
        self.status.setText(text)

    def _ask_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(self._files.data_dir / "backups"),
            self.tr("Journal backup (*.rjbackup);;All files (*)"),
        )
        forget_file_dialog_history()
        return Path(name) if name else None


def _long_date(date: dt.date) -> str:
    return QLocale().toString(QDate(date.year, date.month, date.day), QLocale.FormatType.LongFormat)
