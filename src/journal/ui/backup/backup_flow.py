"""Backups and restore around the main window: the automatic backup on unlock, the question after a
restore, and "Restore…", whose dialog outlives the main window that restoring closes.

The controller decides which window shows; this class only asks it (through `RestoreHost`) to close
the journal before a backup is put in place, and to bring the unlock window back afterwards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject

if TYPE_CHECKING:  # names for annotations only: the controller imports this before the first window
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from journal.core.journal import Journal
    from journal.core.journal_files import JournalFiles
    from journal.ui.backup.actions import BackupActions
    from journal.ui.backup.restore_dialog import RestoreDialog


class RestoreHost(Protocol):
    """What a restore needs of the window routing (`AppController`)."""

    def journal_is_open(self) -> bool: ...

    def close_journal_for_restore(self) -> None: ...

    def show_unlock_message(self, text: str) -> None: ...

    def show_unlock_if_nothing_shows(self) -> None: ...


class BackupFlow(QObject):
    """One per controller: `opened()` after each unlock, `closed()` when the main window goes."""

    def __init__(self, files: JournalFiles, host: RestoreHost, automatic: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files = files
        self._host = host
        self.automatic = automatic
        self.backups: BackupActions | None = None
        self.replaced_question: QMessageBox | None = None
        self.restore_dialog: RestoreDialog | None = None

    def opened(self, journal: Journal, window: QMainWindow) -> None:
        """The automatic backup on unlock (at most once a day), and the question after a restore."""
        from journal.ui.backup.actions import BackupActions
        from journal.ui.backup.replaced_question import ask_about_replaced

        self.replaced_question = ask_about_replaced(journal, window)
        if self.replaced_question is not None:
            self.replaced_question.finished.connect(self._question_answered)
        self.backups = BackupActions(journal, window)
        self.backups.finished_message.connect(lambda text: window.statusBar().showMessage(text, 8000))
        self.backups.failed.connect(lambda text: window.statusBar().showMessage(text))
        if self.automatic:
            self.backups.after_unlock()

    def _question_answered(self, _result: int) -> None:
        self.replaced_question = None

    def closed(self) -> None:
        self.backups = None

    def before_quit(self) -> None:
        """The automatic backup when quitting, if one is due."""
        if self.backups is not None and self.automatic:
            self.backups.before_quit()

    def start_restore(self) -> None:
        """Offer "Restore…": the dialog outlives the main window, which restoring closes."""
        from journal.ui.backup.restore_dialog import RestoreDialog

        self.restore_dialog = RestoreDialog(self._files, self._host.close_journal_for_restore)
        self.restore_dialog.restored.connect(self._restored)
        self.restore_dialog.failed.connect(self._restore_failed)
        self.restore_dialog.rejected.connect(self._restore_left)
        self.restore_dialog.open()

    def _restore_failed(self, message: str) -> None:
        """A restore that failed after the journal was closed: the unlock window comes back."""
        if not self._host.journal_is_open():
            self._host.show_unlock_message(message)

    def _restore_left(self) -> None:
        """The dialog was closed after the journal was: never leave the person with no window."""
        if not self._host.journal_is_open():
            self._host.show_unlock_if_nothing_shows()

    def _restored(self, _set_aside: str) -> None:
        self._host.show_unlock_message(
            self.tr(
                "The backup is back in place. Open it with the passphrase or recovery key it was made with. "
                "The journal it replaced is kept aside; once the restored one opens, you can choose to remove it."
            )
        )
