"""Run slow work (key derivation, creating a journal, export) off the UI thread.

Like Anki's `QueryOp`: the work callable never touches a widget; its result or error comes back
through a queued signal and the callbacks run on the UI thread. Other views reuse this for
export and backups, so the API stays small: `run_in_background(parent, work, on_done, on_error)`.

While any work runs, Python's cyclic garbage collector is paused (`CollectorPause`): a collection
runs on whichever thread happens to allocate, and one on a pool thread would finalize the UI's
own unreachable Qt objects there. Shiboken then queues their C++ deletion for the UI thread,
which crashes the app when it drains that queue (seen in CI with PySide6 6.11: a segfault in
`BindingManager::runDeletionInMainThread`). Plain reference counting is unaffected, so nothing
leaks; cyclic garbage waits for the first collection after the work, on the UI thread.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

T = TypeVar("T")


class PauseHold:
    """One piece of work's share of the pause; releasing it twice counts once."""

    def __init__(self, pause: CollectorPause) -> None:
        self._pause: CollectorPause | None = pause
        self._lock = threading.Lock()  # released by a pool thread, or on the UI thread (start-up)

    def release(self, *_args: object) -> None:
        with self._lock:
            pause, self._pause = self._pause, None
        if pause is not None:
            pause.leave()


class CollectorPause:
    """Counts the work running in the pool; the cyclic collector is off while there is any.

    A hold is taken on the UI thread when work starts and released by the pool thread when the work
    has returned (after its result was sent, whether or not its window is still open, and also when
    the work raised something that is not an `Exception`). A collector that was already off stays off.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holders = 0
        self._was_enabled = False

    @property
    def holders(self) -> int:
        return self._holders

    def hold(self) -> PauseHold:
        self.enter()
        return PauseHold(self)

    def enter(self) -> None:
        with self._lock:
            if self._holders == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._holders += 1

    def leave(self) -> None:
        with self._lock:
            if self._holders == 0:
                return
            self._holders -= 1
            if self._holders == 0 and self._was_enabled:
                gc.enable()


collector_pause = CollectorPause()


class BackgroundOperation(QObject, Generic[T]):
    """One piece of work in the thread pool; `finished` fires after its callback ran (tests wait on it)."""

    done = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        parent: QObject | None,
        on_done: Callable[[T], None],
        on_error: Callable[[Exception], None],
        busy: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self._busy = busy
        self.adopted = False
        self.pause = collector_pause.hold()  # released by the pool thread once the work has returned
        self.done.connect(self._deliver)
        self.failed.connect(self._fail)

    def _deliver(self, result: Any) -> None:
        self._finish()
        self._on_done(result)
        self.finished.emit()
        self._let_go()

    def _fail(self, error: Any) -> None:
        self._finish()
        self._on_error(error)
        self.finished.emit()
        self._let_go()

    def _let_go(self) -> None:
        if self.adopted:  # nobody else owns it: deleted here, on the UI thread
            self.deleteLater()

    def _finish(self) -> None:
        if self._busy is not None:
            self._busy.setVisible(False)
        _running.discard(self)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], operation: BackgroundOperation[Any]) -> None:
        super().__init__()
        self._work = work
        self._operation = operation
        self._pause = operation.pause

    def run(self) -> None:
        try:
            try:
                result = self._work()
            except Exception as error:  # delivered to on_error on the UI thread
                self._emit(self._operation.failed, error)
                return
            self._emit(self._operation.done, result)
        finally:
            # Only here, once the work has returned (whatever became of its window): the collector must
            # not run on this thread while the work is still allocating.
            self._pause.release()

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the receiver was closed while the work ran
            signal.emit(value)


_running: set[BackgroundOperation[Any]] = set()  # keeps operations alive until their callback ran


def run_in_background(
    parent: QObject | None,
    work: Callable[[], T],
    on_done: Callable[[T], None],
    on_error: Callable[[Exception], None],
    busy: QWidget | None = None,
) -> BackgroundOperation[T]:
    """Run `work()` in the thread pool; `on_done(result)` or `on_error(exception)` run on the UI thread.

    `busy` (e.g. a `BusyIndicator`) is shown while the work runs. Work with no parent is given the
    application as its parent, so the pool thread never holds the last reference to an object that
    Python owns (PySide would then have to delete it from that thread's side).
    """
    adopted = parent is None
    operation: BackgroundOperation[T] = BackgroundOperation(
        parent if parent is not None else QCoreApplication.instance(), on_done, on_error, busy
    )
    operation.adopted = adopted
    _running.add(operation)
    if busy is not None:
        busy.setVisible(True)
    QThreadPool.globalInstance().start(_Task(work, operation))
    return operation


def wait_for_background(timeout_ms: int = 30_000) -> bool:
    """Block until every background task finished (quitting, tests); callbacks still need the event loop."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class BusyIndicator(QProgressBar):
    """A slim bar that moves while something runs; hidden otherwise."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setMaximumHeight(8)
        self.setAccessibleName(label)
        self.setVisible(False)
