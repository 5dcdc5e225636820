""" "Back up now" and the automatic backups on unlock and on quit, run off the UI thread.

The main window makes one `BackupActions(journal, parent)` per unlocked journal, puts
`back_up_now` in its menu, calls `after_unlock()` once unlocked and `before_quit()` when quitting,
and shows `finished_message` / `failed` in its status bar.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from journal.core.backup.auto import load_preferences, run_automatic_backup
from journal.core.backup.rotation import backup_name
from journal.core.backup.writer import BackupResult, write_backup
from journal.ui.background import BackgroundOperation, run_in_background, wait_for_background
from journal.ui.file_dialog_privacy import forget_file_dialog_history
from journal.ui.memory import trim_heap

if TYPE_CHECKING:
    from journal.core.journal import Journal


class BackupActions(QObject):
    backed_up = Signal(str)  # the path of a backup that was written and checked
    finished_message = Signal(str)  # a sentence for the status bar
    failed = Signal(str)  # a sentence explaining why no backup was made
    running_changed = Signal(bool)

    def __init__(self, journal: Journal, parent: QWidget, now: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        super().__init__(parent)
        self._journal = journal
        self._parent = parent
        self._now = now
        self._running: BackgroundOperation[BackupResult | None] | None = None
        self.ask_target: Callable[[Path], Path | None] = self._ask_target
        # The one name Qt's save dialog asked about before replacing (None: nothing was confirmed).
        self._replace_confirmed: Path | None = None

    @property
    def is_running(self) -> bool:
        return self._running is not None

    def back_up_now(self) -> None:
        """Ask where to save, then write and check the backup in the background."""
        if self.is_running:
            return
        folder = load_preferences(self._journal).folder_for(self._journal.files)
        target = self.ask_target(folder / backup_name(self._now()))
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(".rjbackup")
        journal, replace = self._journal, target == self._replace_confirmed
        self._asked = True
        self._start(lambda: write_backup(journal, target, replace=replace))

    def after_unlock(self) -> None:
        """The automatic backup on unlock: at most once a calendar day."""
        self._automatic(on_unlock=True)

    def before_quit(self, timeout_ms: int = 60_000) -> None:
        """The automatic backup on quit; waits for it, since the app is about to end."""
        self._automatic(on_unlock=False)
        wait_for_background(timeout_ms)

    def _automatic(self, *, on_unlock: bool) -> None:
        if self.is_running:
            return
        journal, now = self._journal, self._now()
        self._asked = False  # a quiet one: the status bar is not the first thing to greet someone with a file name
        self._start(lambda: run_automatic_backup(journal, now=now, on_unlock=on_unlock))

    def _start(self, work: Callable[[], BackupResult | None]) -> None:
        self.running_changed.emit(True)
        self._running = run_in_background(self, work, self._done, self._failed)

    def _done(self, result: BackupResult | None) -> None:
        self._running = None
        self.running_changed.emit(False)
        trim_heap()  # the image and its copies are freed: give the memory back rather than keep it
        if result is None:
            return
        self.backed_up.emit(str(result.path))
        if getattr(self, "_asked", True):
            self.finished_message.emit(self.tr("Backup saved and checked: {0}").format(result.path.name))

    def _failed(self, error: Exception) -> None:
        self._running = None
        self.running_changed.emit(False)
        trim_heap()
        from journal.ui.error_words import error_text

        self.failed.emit(error_text(error, self.tr("The backup could not be made. Your journal was not changed.")))

    def _ask_target(self, suggested: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self._parent, self.tr("Save the backup as"), str(suggested), self.tr("Journal backup (*.rjbackup)")
        )
        forget_file_dialog_history()
        # Qt asked before replacing this very name (with the suffix added, it was never asked about).
        self._replace_confirmed = Path(name) if name and Path(name).suffix else None
        return Path(name) if name else None
