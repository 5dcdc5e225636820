"""The key derivation's helper process gives exactly `derive_key`'s result, and the app derives
itself whenever the helper is not there, so unlocking never depends on it."""

from __future__ import annotations

import os

import pytest

from journal.core.crypto.kdf import KdfParams, derive_key
from journal.core.crypto.kdf_worker import HELPED_FROM_KIB, KdfWorker
from journal.core.errors import JournalDamagedError

HELPED = KdfParams(memory_kib=HELPED_FROM_KIB, iterations=1, lanes=1)
SALT = bytes(range(16))


def test_the_helper_derives_the_same_key_in_another_process() -> None:
    worker = KdfWorker()
    try:
        assert worker._process is not None and worker._process.pid != os.getpid()
        assert worker.derive("a passphrase", SALT, HELPED) == derive_key("a passphrase", SALT, HELPED)
        assert worker.derive("another", SALT, HELPED) != worker.derive("a passphrase", SALT, HELPED)
    finally:
        worker.close()


def test_without_the_helper_the_key_is_derived_here_with_the_same_errors() -> None:
    worker = KdfWorker()
    try:
        with pytest.raises(JournalDamagedError):  # a bad salt: the helper fails, the app derives and says so
            worker.derive("a passphrase", b"short", HELPED)
    finally:
        worker.close()
    assert worker.derive("a passphrase", SALT, HELPED) == derive_key("a passphrase", SALT, HELPED)
    with pytest.raises(JournalDamagedError):
        derive_key("a passphrase", b"short", HELPED)
