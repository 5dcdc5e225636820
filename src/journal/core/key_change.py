"""Changing the passphrase and replacing the recovery key, each in one verified transaction.

Only the slot changes; the data key and every record stay as they are. The new slot is read back
from the database and opened with the new secret before the transaction commits, so a crash at
any point leaves either the old or the new secret working, never neither. Once it has
committed, the write-ahead log is folded into the file and emptied, so the old wrapped key is
gone from both before success is reported (a copy of the file no longer opens with the old one).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from journal.core.crypto.kdf import KdfParams, calibrate
from journal.core.crypto.keyslots import (
    PASSPHRASE,
    RECOVERY,
    KeySlot,
    WrongSecret,
    open_with_passphrase,
    open_with_recovery_key,
    passphrase_slot,
    recovery_slot,
)
from journal.core.crypto.recovery_key import generate_recovery_key
from journal.core.errors import FileKind, StorageError, StorageProblem
from journal.core.journal import Journal
from journal.core.opening import check_passphrase_usable
from journal.core.storage.database import after_commit
from journal.core.storage.header import read_header, write_header


def change_passphrase(journal: Journal, new_passphrase: str, kdf_params: KdfParams | None = None) -> None:
    check_passphrase_usable(new_passphrase)
    params = kdf_params or calibrate()
    data_key = journal.data_key_for_rewrap()
    slot = passphrase_slot(journal.header.journal_id, new_passphrase, data_key, params)

    def verify(stored: KeySlot) -> bytearray:
        return open_with_passphrase(journal.header.journal_id, stored, new_passphrase)

    _replace_slot(journal, slot, verify)


def replace_recovery_key(journal: Journal) -> str:
    """Make a new recovery key (returned, to show once); the old one stops working."""
    recovery_key = generate_recovery_key()
    slot = recovery_slot(journal.header.journal_id, recovery_key, journal.data_key_for_rewrap())

    def verify(stored: KeySlot) -> bytearray:
        return open_with_recovery_key(journal.header.journal_id, stored, recovery_key)

    _replace_slot(journal, slot, verify)
    return recovery_key


def _replace_slot(journal: Journal, slot: KeySlot, open_slot: Callable[[KeySlot], bytearray]) -> None:
    assert slot.kind in (PASSPHRASE, RECOVERY)
    header = replace(journal.header, slots={**journal.header.slots, slot.kind: slot})
    with journal.transaction() as session:
        write_header(session, header)
        stored = read_header(session).slot(slot.kind)
        try:
            reopened = open_slot(stored)
        except WrongSecret:
            raise StorageError(StorageProblem.NOT_VERIFIED, FileKind.KEY_SLOT) from None
        if bytes(reopened) != bytes(journal.data_key_for_rewrap()):
            raise StorageError(StorageProblem.NOT_VERIFIED, FileKind.KEY_SLOT)
        after_commit(session, lambda: setattr(journal, "header", header))
    _forget_old_slot(journal)


def _forget_old_slot(journal: Journal, attempts: int = 20) -> None:
    database = journal.database
    if database is None:  # opened only to read: its transaction above could not have written a slot
        return
    for _ in range(attempts):
        if database.checkpoint():
            return
        time.sleep(0.05)
    raise StorageError(StorageProblem.STILL_IN_USE, FileKind.KEY_SLOT)
