"""What happens when something inside the app fails unexpectedly: one calm line, never the details.

An exception's message can hold the person's own words (a note, a label, a search), so the line
written to stderr names only the exception's type and where it happened (file name and line, no
folders). The person sees one gentle message, once per run, however many errors follow.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

if TYPE_CHECKING:  # the message box loads only if something goes wrong, not before the first window
    from PySide6.QtWidgets import QMessageBox


def describe(error_type: type[BaseException], traceback: TracebackType | None) -> str:
    """`ValueError at today_view.py:123`: the type and the innermost frame, nothing the error says."""
    where = ""
    innermost = traceback
    while innermost is not None and innermost.tb_next is not None:
        innermost = innermost.tb_next
    if innermost is not None:
        where = f" at {Path(innermost.tb_frame.f_code.co_filename).name}:{innermost.tb_lineno}"
    return f"{error_type.__name__}{where}"


class CrashGuard(QObject):
    """Installed for the life of the app; `uninstall()` puts back the hooks that were there before."""

    _happened = Signal()  # emitted from any thread; the message is shown on the UI thread

    def __init__(
        self, stderr: IO[str] | None = None, show_message: Callable[[], None] | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._stderr = stderr
        self._show_message = show_message or self._show_default_message
        self._shown = False
        self._previous_hook: Any = None
        self._previous_thread_hook: Any = None
        self.message_box: QMessageBox | None = None
        self._happened.connect(self._show_once)

    def install(self) -> CrashGuard:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.hook
        threading.excepthook = self.thread_hook
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.hook:
            sys.excepthook = self._previous_hook or sys.__excepthook__
        if threading.excepthook == self.thread_hook:
            threading.excepthook = self._previous_thread_hook or threading.__excepthook__

    def hook(self, error_type: type[BaseException], _error: BaseException, traceback: TracebackType | None) -> None:
        stream = self._stderr or sys.stderr
        if stream is not None:
            try:
                stream.write(f"Recovery Journal: unexpected {describe(error_type, traceback)}\n")
                stream.flush()
            except (OSError, ValueError):
                pass
        if not issubclass(error_type, KeyboardInterrupt):
            self._happened.emit()

    def thread_hook(self, arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_type is SystemExit:
            return
        self.hook(arguments.exc_type, arguments.exc_value or arguments.exc_type(), arguments.exc_traceback)

    def _show_once(self) -> None:
        if self._shown:
            return
        self._shown = True
        self._show_message()

    def _show_default_message(self) -> None:
        if QCoreApplication.instance() is None:
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("CrashGuard", "Recovery Journal"),
            QCoreApplication.translate(
                "CrashGuard",
                "Something went wrong inside the app. What you saved is safe; the day you were writing is kept "
                "as a draft.",
            ),
            QMessageBox.StandardButton.Ok,
        )
        box.setModal(False)
        box.open()
        self.message_box = box
