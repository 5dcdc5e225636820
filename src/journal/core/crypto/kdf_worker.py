"""Deriving the passphrase's key in a helper process, so the app's own memory never holds Argon2id's
work area (128 MiB or more as calibrated): the app's peak stays what the app itself needs.

The helper is started while the person types (a `spawn`ed process that imports only the key
derivation), answers one request at a time over a pipe, and is stopped once the journal is open.
The passphrase and the derived key travel over that pipe, in memory only, between two processes of
the same person. Anything unexpected (no helper, a frozen build without multiprocessing support,
the helper gone) falls back to deriving here, so the result and its errors are exactly those of
`derive_key`; small derivations (tests, the demo) are always done here.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from typing import Any

from journal.core.crypto.kdf import KdfParams, derive_key

HELPED_FROM_KIB = 16 * 1024  # below this, the work area is too small to be worth a process


class KdfWorker:
    """One helper process; `derive` is `derive_key` with the work done there."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._connection: Any = None
        self._process: Any = None
        if getattr(sys, "frozen", False):  # a frozen build would start the whole app again
            return
        try:
            import multiprocessing

            context = multiprocessing.get_context("spawn")
            parent, child = context.Pipe()
            process = context.Process(target=_serve, args=(child,), daemon=True, name="journal-kdf")
            process.start()
            child.close()
        except (OSError, ValueError, RuntimeError):
            return
        self._connection, self._process = parent, process

    def derive(self, passphrase: str, salt: bytes, params: KdfParams) -> bytes:
        params.check_sane()  # refused here, before anything is sent or derived
        if params.memory_kib >= HELPED_FROM_KIB:
            with self._lock, contextlib.suppress(OSError, EOFError, ValueError):
                if self._connection is not None:
                    self._connection.send((passphrase, bytes(salt), params.to_dict()))
                    answer = self._connection.recv()
                    if isinstance(answer, bytes) and len(answer) == 32:
                        return answer
        return derive_key(passphrase, salt, params)  # here: same result, same errors

    def close(self) -> None:
        with self._lock:
            if self._connection is not None:
                with contextlib.suppress(OSError):
                    self._connection.close()
                self._connection = None
            if self._process is not None:
                self._process.join(timeout=2)
                if self._process.is_alive():
                    self._process.kill()
                self._process = None


def _serve(connection: Any) -> None:
    """The helper's loop: derive on request until the app closes the pipe."""
    while True:
        try:
            passphrase, salt, params = connection.recv()
        except (EOFError, OSError):
            return
        try:
            answer: object = derive_key(passphrase, salt, KdfParams.from_dict(params))
        except Exception:  # the app derives again itself and raises the real error there
            answer = None
        try:
            connection.send(answer)
        except OSError:
            return
