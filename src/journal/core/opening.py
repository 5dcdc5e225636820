"""Creating a journal and unlocking it with the passphrase or the recovery key.

Opening never creates or rewrites anything it did not mean to: a missing file is reported as
missing, a damaged header as damaged, and a wrong secret changes nothing on disk.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from dataclasses import replace

from journal.core.crypto.kdf import KdfParams, calibrate
from journal.core.crypto.keyslots import (
    PASSPHRASE,
    RECOVERY,
    WrongSecret,
    open_with_passphrase,
    open_with_recovery_key,
    passphrase_slot,
    recovery_slot,
)
from journal.core.crypto.recovery_key import generate_recovery_key
from journal.core.errors import (
    BadInputError,
    InputProblem,
    JournalExistsError,
    JournalMissingError,
    JournalTooNewError,
    WrongSecretError,
)
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.private_files import sync_folder
from journal.core.storage.database import Database, storage_errors_explained
from journal.core.storage.header import FORMAT_VERSION, JournalHeader, read_header_from, write_header
from journal.core.storage.migrations import SCHEMA_VERSION, upgrade
from journal.core.storage.records import SealedRecords
from journal.core.storage.sidecars import set_aside_orphaned_sidecars, sidecars_of
from journal.core.storage.tables import Base


def check_passphrase_usable(passphrase: str) -> None:
    if not passphrase or not passphrase.strip():
        raise BadInputError("passphrase", InputProblem.EMPTY)


def create_journal(files: JournalFiles, passphrase: str, kdf_params: KdfParams | None = None) -> tuple[Journal, str]:
    """Create a new journal; returns it unlocked, with the recovery key to show once.

    Refuses (and touches nothing) if a journal file is already there.
    """
    check_passphrase_usable(passphrase)
    files.claim()
    if files.exists():
        raise JournalExistsError()
    params = kdf_params or calibrate()
    data_key = bytearray(os.urandom(32))
    journal_id = os.urandom(16)
    recovery_key = generate_recovery_key()
    header = JournalHeader(
        FORMAT_VERSION,
        SCHEMA_VERSION,
        journal_id,
        {
            PASSPHRASE: passphrase_slot(journal_id, passphrase, data_key, params),
            RECOVERY: recovery_slot(journal_id, recovery_key, data_key),
        },
    )
    return create_journal_file(files, header, data_key), recovery_key


def create_journal_file(files: JournalFiles, header: JournalHeader, data_key: bytearray) -> Journal:
    """Make the journal file for a known header and data key (a new journal, or one joining from
    another computer); the caller has claimed `files` and checked that no journal is there."""
    partial = files.database_path.with_name(files.database_path.name + ".new")
    with storage_errors_explained():
        for leftover in (partial, *sidecars_of(partial)):
            leftover.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # SQLite's side files copy this mode
        database = Database(partial, must_exist=False)
        try:
            Base.metadata.create_all(database.engine)
            with database.transaction() as session:
                write_header(session, header)
                SealedRecords(header.journal_id, data_key).create_manifest(session)  # never a journal without one
        finally:
            database.close()
        # Built beside the target and renamed in, so a crash never leaves a half-made journal.
        set_aside_orphaned_sidecars(files.database_path)
        os.replace(partial, files.database_path)
        sync_folder(files.data_dir)  # the rename itself survives a power cut
    database = Database(files.database_path, must_exist=True)
    return load_journal(files, database, header, data_key)


def unlock_with_passphrase(
    files: JournalFiles, passphrase: str, derive: Callable[[str, bytes, KdfParams], bytes] | None = None
) -> Journal:
    """Unlock; `derive` may do the key derivation in a helper process (`kdf_worker.KdfWorker.derive`)."""

    def open_slot(header: JournalHeader) -> bytearray:
        slot = header.slot(PASSPHRASE)
        if derive is None:
            return open_with_passphrase(header.journal_id, slot, passphrase)
        return open_with_passphrase(header.journal_id, slot, passphrase, derive)

    return _unlock(files, open_slot)


def unlock_with_recovery_key(files: JournalFiles, recovery_key: str) -> Journal:
    def open_slot(header: JournalHeader) -> bytearray:
        return open_with_recovery_key(header.journal_id, header.slot(RECOVERY), recovery_key)

    return _unlock(files, open_slot, what="recovery key")


@contextlib.contextmanager
def _closing_on_error(database: Database) -> Iterator[None]:
    try:
        yield
    except BaseException:
        database.close()
        raise


def open_database(files: JournalFiles) -> tuple[Database, JournalHeader]:
    """Claim the journal and read its header; nothing is written."""
    if not files.exists():
        raise JournalMissingError()
    files.claim()
    with storage_errors_explained():
        database = Database(files.database_path, must_exist=True)
    with _closing_on_error(database), database.read_transaction() as connection:
        header = read_header_from(connection)
    if header.schema_version > SCHEMA_VERSION:
        database.close()
        raise JournalTooNewError(header.schema_version, SCHEMA_VERSION)
    return database, header


def load_journal(files: JournalFiles, database: Database, header: JournalHeader, data_key: bytearray) -> Journal:
    """Upgrade the schema if needed and open every row into memory: unlocking after the key is known.

    A journal of the current format is read through the driver alone, in one read transaction;
    only one that needs an upgrade (an older schema, a format-1 manifest) is loaded in a session.
    """
    journal = Journal(files, database, header, data_key)
    with _closing_on_error(database):
        if header.schema_version == SCHEMA_VERSION:
            with database.read_transaction() as connection:
                if journal.load_current(connection):
                    return journal
        journal = Journal(files, database, header, data_key)  # afresh: the upgrade reads every row again
    with _closing_on_error(database), journal.transaction() as session:
        if header.schema_version < SCHEMA_VERSION:
            upgrade(session, header.schema_version)
            journal.header = replace(header, schema_version=SCHEMA_VERSION)
        journal.load(session)
    return journal


def _unlock(files: JournalFiles, open_slot: Callable[[JournalHeader], bytearray], what: str = "passphrase") -> Journal:
    database, header = open_database(files)
    with _closing_on_error(database):
        try:
            data_key = open_slot(header)
        except WrongSecret:
            raise WrongSecretError(what) from None
    return load_journal(files, database, header, data_key)
