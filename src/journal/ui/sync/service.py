"""Runs sync rounds while the journal is unlocked: at unlock, when the folder changes, and every few minutes.

A round runs in the thread pool, never on the UI thread, one at a time (a request while one runs
is remembered and run after it). A round never writes over a record the app saved while it ran
(see `core/sync/rounds.py`). The service belongs to the main window, so it and its digest cache
(which holds records) go when the journal locks.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from journal.core.errors import JournalError
from journal.core.sync.ledger import Ledger
from journal.core.sync.rounds import DigestCache, RoundReport, sync_round
from journal.core.sync.stopping import stop_syncing
from journal.ui.background import run_in_background
from journal.ui.error_words import error_text

if TYPE_CHECKING:
    from journal.core.journal import Journal

EVERY_MS = 5 * 60_000
SETTLE_MS = 1_500  # sync tools write several files in a row; wait for them to settle


class SyncService(QObject):
    """`round_done(report)` after each round; `round_failed(message)` when one could not run."""

    round_done = Signal(object)
    round_failed = Signal(str)
    brought_in = Signal()  # something changed here because of another computer: views should reload
    stopped = Signal()  # this computer no longer syncs (`stop_syncing`)
    stop_failed = Signal(str)

    def __init__(
        self,
        journal: Journal,
        parent: QObject | None = None,
        run_round: Callable[..., RoundReport] = sync_round,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._run_round = run_round
        self._cache = DigestCache()
        self._running = False
        self._again = False
        self._stop_asked = False
        self._idle = threading.Event()
        self._idle.set()
        self.last_report: RoundReport | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.sync_now)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self._settle.start())
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.sync_now)

    def folder(self) -> Path | None:
        stored = Ledger(self._journal).state.get("folder") if not self._journal.is_locked else None
        return Path(stored) if stored else None

    def start(self) -> None:
        """At unlock: if a folder was chosen, watch it, sync now and every few minutes."""
        folder = self.folder()
        if folder is None:
            return
        self._watch(folder)
        self.timer.start()
        self.sync_now()

    def use_folder(self, folder: Path) -> None:
        """Start (or move) syncing with `folder`; the first round says whether it works."""
        self.sync_now(folder)

    def _watch(self, folder: Path) -> None:
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.watcher.addPath(str(folder))

    def sync_now(self, folder: Path | None = None) -> None:
        if self._journal.is_locked or self._stop_asked:
            return
        if self._running:
            self._again = True
            return
        target = folder or self.folder()
        if target is None:
            return
        self._running = True
        self._idle.clear()
        journal, cache, run, idle = self._journal, self._cache, self._run_round, self._idle

        def work() -> RoundReport:
            try:
                return run(journal, target, cache=cache)
            finally:
                idle.set()

        self.operation = run_in_background(self, work, lambda report: self._done(target, report), self._failed)

    def wait_for_round(self, timeout_s: float = 10.0) -> bool:
        """Block until a running round has finished (before locking, so none outlives the key)."""
        return self._idle.wait(timeout_s)

    def _done(self, folder: Path, report: Any) -> None:
        self._running = False
        self.last_report = report
        if self._stop_asked:  # asked to stop while this round ran: the round's outcome stands, then sync stops
            self.round_done.emit(report)
            if any(report.brought_in.values()) or report.keys_taken:
                self.brought_in.emit()
            self._finish_stopping()
            return
        self._watch(folder)
        if not self.timer.isActive():
            self.timer.start()
        self.round_done.emit(report)
        if any(report.brought_in.values()) or report.keys_taken:
            self.brought_in.emit()
        self._again_if_asked()

    def _failed(self, error: Exception) -> None:
        self._running = False
        if self._journal.is_locked:
            return
        if self._stop_asked:
            self._finish_stopping()
            return
        self.round_failed.emit(
            error_text(error, self.tr("This round of syncing stopped; nothing was lost. It tries again later."))
        )
        self._again_if_asked()

    def _again_if_asked(self) -> None:
        if self._again:
            self._again = False
            self.sync_now()

    def stop(self) -> None:
        self.timer.stop()
        self._settle.stop()
        self._cache.clear()

    def stop_syncing(self) -> None:
        """This computer stops writing and reading change packs (`core/sync/stopping.py`).

        No new round starts from now; a round already running finishes first (its transaction would
        otherwise write the folder back), then the folder is forgotten. `stopped` says it is done.
        """
        self._stop_asked = True
        self._again = False
        self.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if not self._running:
            self._finish_stopping()

    def _finish_stopping(self) -> None:
        self._stop_asked = False
        self._again = False
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        self.timer.stop()
        try:
            with self._journal.transaction() as session:
                stop_syncing(self._journal, session)
        except JournalError as error:
            self.stop_failed.emit(error_text(error))
            return
        self.stopped.emit()
