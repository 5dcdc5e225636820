"""Unexpected errors: one line with the type and where, never the message; one gentle window, once."""

from __future__ import annotations

import io
import sys
import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from journal.ui.crash_guard import CrashGuard, describe


def _raise_and_hook(guard: CrashGuard, error: BaseException) -> None:
    try:
        raise error
    except BaseException:  # handed to the hook as Python would
        guard.hook(*sys.exc_info())


def test_stderr_names_the_type_and_line_but_never_the_message(qtbot):
    stderr = io.StringIO()
    shown = []
    guard = CrashGuard(stderr, lambda: shown.append(1))
    _raise_and_hook(guard, ValueError("secret words"))
    QCoreApplication.processEvents()
    line = stderr.getvalue()
    assert "ValueError" in line and "test_app_crash_guard.py:" in line
    assert "secret words" not in line
    assert "/" not in line.split(" at ")[1], "no folders: a path can name the person"
    assert shown == [1]


def test_the_gentle_message_shows_once_however_many_errors_follow(qtbot):
    guard = CrashGuard(io.StringIO())
    for _ in range(3):
        _raise_and_hook(guard, RuntimeError("more secret words"))
    QCoreApplication.processEvents()
    box = guard.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    qtbot.addWidget(box)
    assert "What you saved is safe" in box.text()
    boxes = [w for w in QCoreApplication.instance().topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes == [box]
    box.close()


def test_installing_replaces_both_hooks_and_uninstalling_puts_the_old_ones_back(qtbot):
    before, thread_before = sys.excepthook, threading.excepthook
    guard = CrashGuard(io.StringIO(), lambda: None).install()
    try:
        assert sys.excepthook == guard.hook and threading.excepthook == guard.thread_hook
    finally:
        guard.uninstall()
    assert sys.excepthook is before and threading.excepthook is thread_before


def test_an_error_in_a_worker_thread_is_written_safely_and_shown_on_the_ui_thread(qtbot):
    stderr = io.StringIO()
    shown: list[bool] = []
    guard = CrashGuard(stderr, lambda: shown.append(threading.current_thread() is threading.main_thread()))
    guard.install()
    try:

        def work() -> None:
            raise KeyError("a person's words")

        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
    finally:
        guard.uninstall()
    qtbot.waitUntil(lambda: shown == [True], timeout=2000)
    assert "KeyError" in stderr.getvalue() and "person's words" not in stderr.getvalue()


def test_describe_without_a_traceback_names_only_the_type():
    assert describe(OSError, None) == "OSError"
