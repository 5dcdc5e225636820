"""Opening a journal for reading only: the command line's `show`, `list`, `search` and `export`.

The same checks as an unlock (header, key slot, manifest, every row's binding) on a plain sqlite3
connection in one read transaction: no SQLAlchemy (a third of a second to import), nothing written,
and the journal is still claimed so that no writer changes it half-way. A journal that needs an
upgrade (an older schema or a format-1 manifest), or whose write-ahead log survived a crash, is
opened the ordinary way instead.

Every row is still opened. Reading only the asked-for day would need an index from dates to rows,
and the only place for one that leaks nothing is inside a sealed row; a sealed index would grow
with the journal and be re-sealed on every save, which is what the manifest's design avoids.
Opening every row is a few tens of milliseconds; importing the ORM was the cost that mattered.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from urllib.parse import quote

from journal.core.crypto.keyslots import PASSPHRASE, RECOVERY, WrongSecret, open_with_passphrase, open_with_recovery_key
from journal.core.errors import JournalMissingError, JournalTooNewError, WrongSecretError
from journal.core.journal import Journal, collector_paused
from journal.core.journal_files import JournalFiles
from journal.core.storage.driver_errors import explained
from journal.core.storage.header import JournalHeader, read_header_from
from journal.core.storage.migrations import SCHEMA_VERSION
from journal.core.storage.records import SealedRecords


def read_with_passphrase(files: JournalFiles, passphrase: str) -> Journal:
    return _read(files, lambda header: open_with_passphrase(header.journal_id, header.slot(PASSPHRASE), passphrase))


def read_with_recovery_key(files: JournalFiles, recovery_key: str) -> Journal:
    def open_slot(header: JournalHeader) -> bytearray:
        return open_with_recovery_key(header.journal_id, header.slot(RECOVERY), recovery_key)

    return _read(files, open_slot, what="recovery key")


def _read(files: JournalFiles, open_slot: Callable[[JournalHeader], bytearray], what: str = "passphrase") -> Journal:
    if not files.exists():
        raise JournalMissingError()
    files.claim()
    try:
        return _read_claimed(files, open_slot, what)
    except BaseException:
        files.release()
        raise


def _read_claimed(files: JournalFiles, open_slot: Callable[[JournalHeader], bytearray], what: str) -> Journal:
    with explained():
        connection = _connect(files)
    if connection is None:
        return _unlock_the_ordinary_way(files, open_slot, what)
    with explained(), contextlib.closing(connection):
        connection.execute("BEGIN")  # one snapshot: header, manifest and rows from one moment
        header = read_header_from(connection)
        if header.schema_version > SCHEMA_VERSION:
            raise JournalTooNewError(header.schema_version, SCHEMA_VERSION)
        try:
            data_key = open_slot(header)
        except WrongSecret:
            raise WrongSecretError(what) from None
        if header.schema_version < SCHEMA_VERSION:  # its tables are older: the upgrade comes first
            return _upgrade_then_read(files, header, data_key)
        records = SealedRecords(header.journal_id, data_key)
        with collector_paused():
            loaded = records.load_from(connection)
        if records.needs_upgrade:
            return _upgrade_then_read(files, header, data_key)
        journal = Journal(files, None, header, data_key)
        journal.use_records(records)
        with collector_paused():
            journal.take(loaded)
        return journal


def _connect(files: JournalFiles) -> sqlite3.Connection | None:
    """A connection that cannot write or create anything, or None when the file needs the writing path.

    `immutable=1` reads the file as it is, with no -wal or -shm made beside it (a read-only WAL
    connection would leave both behind). That is exact only while no write-ahead log holds
    committed pages, which is the case after every clean close; after a crash the log is there,
    and the ordinary unlock replays it.
    """
    wal = files.database_path.with_name(files.database_path.name + "-wal")
    if wal.exists():
        return None
    uri = f"file:{quote(str(files.database_path))}?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


def _unlock_the_ordinary_way(
    files: JournalFiles, open_slot: Callable[[JournalHeader], bytearray], what: str
) -> Journal:
    from journal.core.opening import load_journal, open_database

    database, header = open_database(files)
    try:
        data_key = open_slot(header)
    except WrongSecret:
        database.close()
        raise WrongSecretError(what) from None
    except BaseException:
        database.close()
        raise
    return load_journal(files, database, header, data_key)


def _upgrade_then_read(files: JournalFiles, header: JournalHeader, data_key: bytearray) -> Journal:
    from journal.core.opening import load_journal
    from journal.core.storage.database import Database, storage_errors_explained

    with storage_errors_explained():
        database = Database(files.database_path, must_exist=True)
    return load_journal(files, database, header, data_key)
