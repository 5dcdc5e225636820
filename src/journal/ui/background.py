"""Run slow work (key derivation, creating a journal, export) off the UI thread.

Like Anki's `QueryOp`: the work callable never touches a widget; its result or error comes back
through a queued signal and the callbacks run on the UI thread. Other views reuse this for
export and backups, so the API stays small: `run_in_background(parent, work, on_done, on_error)`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

T = TypeVar("T")


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
        self.done.connect(self._deliver)
        self.failed.connect(self._fail)

    def _deliver(self, result: Any) -> None:
        self._finish()
        self._on_done(result)
        self.finished.emit()

    def _fail(self, error: Any) -> None:
        self._finish()
        self._on_error(error)
        self.finished.emit()

    def _finish(self) -> None:
        if self._busy is not None:
            self._busy.setVisible(False)
        _running.discard(self)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], operation: BackgroundOperation[Any]) -> None:
        super().__init__()
        self._work = work
        self._operation = operation

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # delivered to on_error on the UI thread
            self._emit(self._operation.failed, error)
            return
        self._emit(self._operation.done, result)

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

    `busy` (e.g. a `BusyIndicator`) is shown while the work runs.
    """
    operation: BackgroundOperation[T] = BackgroundOperation(parent, on_done, on_error, busy)
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
