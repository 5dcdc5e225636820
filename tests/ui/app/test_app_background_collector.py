"""Background work never lets Python's cyclic collector run on a pool thread.

A collection there would finalize the UI's unreachable Qt objects off the UI thread; PySide6 6.11
then queues their C++ deletion for the UI thread and crashed CI while draining it. The collector
is paused while any work runs and resumes once every piece of work has reported back, including
work whose window was closed before its result arrived.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject

from journal.ui.background import collector_pause, run_in_background, wait_for_background


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def collections_off_the_ui_thread() -> Iterator[list[str]]:
    threads: list[str] = []

    def record(phase: str, _info: dict[str, int]) -> None:
        if phase == "start" and threading.current_thread() is not threading.main_thread():
            threads.append(threading.current_thread().name)

    gc.callbacks.append(record)
    yield threads
    gc.callbacks.remove(record)


def _make_cyclic_garbage() -> int:
    for _ in range(20_000):  # far past the first generation's threshold (700 by default)
        _Cycle()
    return 1


def test_work_that_makes_cyclic_garbage_never_collects_on_its_thread(qtbot, collections_off_the_ui_thread) -> None:  # type: ignore[no-untyped-def]
    assert gc.isenabled()
    parent = QObject()
    results: list[int] = []
    operation = run_in_background(parent, _make_cyclic_garbage, results.append, lambda error: None)
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    assert wait_for_background(10_000)
    assert results == [1]
    assert collections_off_the_ui_thread == []
    assert gc.isenabled() and collector_pause.holders == 0


def test_closing_the_window_keeps_the_pause_until_the_work_returns_then_ends_it(  # type: ignore[no-untyped-def]
    qtbot, collections_off_the_ui_thread
) -> None:
    parent = QObject()
    release = threading.Event()
    delivered: list[object] = []

    def work() -> int:
        release.wait(10)
        return _make_cyclic_garbage()  # still allocating after its window went

    run_in_background(parent, work, delivered.append, delivered.append)
    assert not gc.isenabled() and collector_pause.holders == 1
    parent.deleteLater()
    qtbot.wait(100)  # the window (and the operation with it) is gone; the work is not
    assert not gc.isenabled() and collector_pause.holders == 1
    release.set()
    assert wait_for_background(10_000)
    qtbot.wait(50)
    assert gc.isenabled() and collector_pause.holders == 0
    assert collections_off_the_ui_thread == []
    assert delivered == []


def test_work_that_raises_what_is_not_an_exception_still_ends_the_pause(qtbot) -> None:  # type: ignore[no-untyped-def]
    def work() -> None:
        raise KeyboardInterrupt  # not an Exception: nothing is delivered, yet the pause must end

    parent = QObject()  # still open: nothing but the work's own end can end the pause
    with qtbot.captureExceptions() as raised:  # PySide reports it; here it is expected
        run_in_background(parent, work, lambda _r: None, lambda _e: None)
        assert wait_for_background(10_000)
    assert [kind for kind, *_ in raised] == [KeyboardInterrupt]  # (type, value, traceback)
    assert gc.isenabled() and collector_pause.holders == 0


def test_a_collector_that_was_off_stays_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    gc.disable()
    try:
        parent = QObject()
        operation = run_in_background(parent, lambda: 1, lambda _r: None, lambda _e: None)
        with qtbot.waitSignal(operation.finished, timeout=10_000):
            pass
        assert wait_for_background(10_000)
        assert not gc.isenabled() and collector_pause.holders == 0
    finally:
        gc.enable()


def test_work_with_no_parent_belongs_to_the_application_until_it_reported(qtbot) -> None:  # type: ignore[no-untyped-def]
    import shiboken6
    from PySide6.QtCore import QCoreApplication

    operation = run_in_background(None, lambda: 1, lambda _r: None, lambda _e: None)
    assert operation.parent() is QCoreApplication.instance()
    with qtbot.waitSignal(operation.finished, timeout=10_000):
        pass
    qtbot.waitUntil(lambda: not shiboken6.isValid(operation), timeout=5_000)
