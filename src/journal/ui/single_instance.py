"""Lets a second start on the same journal ask the running app to come to the front.

The socket name is a hash of the data folder, so it says nothing about the person. The lock on
the journal file (`JournalFiles.claim`) is what keeps out a second writer; this only adds comfort.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket


def server_name(data_dir: Path) -> str:
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:20]
    return f"recovery-journal-{digest}"


class RaiseServer(QObject):
    """Listens while this process holds the journal; calls `on_raise` when another start knocks."""

    def __init__(self, data_dir: Path, on_raise: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_raise = on_raise
        self._server = QLocalServer(self)
        name = server_name(data_dir)
        QLocalServer.removeServer(name)  # a stale socket after a crash; we hold the journal lock, so it is ours
        self._server.listen(name)
        self._server.newConnection.connect(self._knocked)

    def _knocked(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.disconnectFromServer()
            connection.deleteLater()
        self._on_raise()

    def close(self) -> None:
        self._server.close()


def ask_running_app_to_raise(data_dir: Path, timeout_ms: int = 300) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(b"raise")
    socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return True
