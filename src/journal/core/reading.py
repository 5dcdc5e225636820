"""Opening a journal for reading only: the command line's `show`, `list`, `search` and `export`.

The same checks as an unlock (header, key slot, manifest, every row's binding) on a plain sqlite3
connection in one read transaction: no SQLAlchemy (a third of a second to import), nothing written,
and the journal is still claimed so that no writer changes it half-way. A journal that needs an
upgrade (an older schema or a format-1 manifest), or whose write-ahead log survived a crash, is
opened the ordinary way instead.

Every row is still opened and checked, but `days=(start, end)` builds only the days in that range
(`show --date`, `list --from/--to`): the rest are opened, their date read off the start of their
JSON, and let go undecoded. Opening only the asked-for day's row would need the file to say which
row holds which date. An index from dates to rows leaks nothing only inside a sealed row, and a
sealed index grows with the journal and is re-sealed on every save, which is what the manifest's
design avoids. Naming a day's row by a keyed hash of its date (as the settings' row is named by
its name) would need no index, but rows made for one day on two computers would then share an
id, which the sync merge does not expect, and every older journal would keep its random ids: a
change of format, not of reading. Skipping the other rows altogether would also skip checking
them, so a `show` would no longer notice a journal changed outside the app.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING
from urllib.parse import quote

from journal.core.crypto.keyslots import PASSPHRASE, RECOVERY, WrongSecret, open_with_passphrase, open_with_recovery_key
from journal.core.errors import JournalMissingError, JournalTooNewError, WrongSecretError
from journal.core.journal import DAYS, Journal, collector_paused
from journal.core.journal_files import JournalFiles
from journal.core.storage.driver_errors import explained
from journal.core.storage.header import JournalHeader, read_header_from
from journal.core.storage.migrations import SCHEMA_VERSION
from journal.core.storage.records import LoadedRecords, SealedRecords

if TYPE_CHECKING:
    import datetime as dt

    DayRange = tuple[dt.date | None, dt.date | None]


def read_with_passphrase(files: JournalFiles, passphrase: str, *, days: DayRange | None = None) -> Journal:
    """The journal for reading; with `days`, holding only the days from start to end (either may be None)."""

    def open_slot(header: JournalHeader) -> bytearray:
        return open_with_passphrase(header.journal_id, header.slot(PASSPHRASE), passphrase)

    return _read(files, open_slot, "passphrase", days)


def read_with_recovery_key(files: JournalFiles, recovery_key: str, *, days: DayRange | None = None) -> Journal:
    def open_slot(header: JournalHeader) -> bytearray:
        return open_with_recovery_key(header.journal_id, header.slot(RECOVERY), recovery_key)

    return _read(files, open_slot, "recovery key", days)


def _read(
    files: JournalFiles, open_slot: Callable[[JournalHeader], bytearray], what: str, days: DayRange | None
) -> Journal:
    if not files.exists():
        raise JournalMissingError()
    files.claim()
    try:
        return _read_claimed(files, open_slot, what, days)
    except BaseException:
        files.release()
        raise


def _skip_days_outside(days: DayRange) -> Callable[[str, bytes], bool]:
    """For `load_from`: true for a day's row whose date, read off the start of its JSON, is outside `days`.

    A day is written as `{"date":"YYYY-MM-DD",…` (the codec's first key, and JSON written by
    `json.dumps` has each key once), so ten characters say its date without decoding its notes.
    A row laid out any other way is decoded whole, and `_only_days` decides.
    """
    import datetime as dt

    start, end = days
    low, high = start or dt.date.min, end or dt.date.max
    fromisoformat = dt.date.fromisoformat

    def skip(table: str, plaintext: bytes) -> bool:
        if table != DAYS or plaintext[:9] != b'{"date":"' or plaintext[19:20] != b'"':
            return False
        try:
            date = fromisoformat(plaintext[9:19].decode("ascii"))
        except ValueError:  # UnicodeDecodeError is a ValueError
            return False
        return not low <= date <= high

    return skip


def _only_days(loaded: LoadedRecords, days: DayRange) -> None:
    """Drop the days outside `days` before they are built; a day whose date does not read stays, to be counted."""
    import datetime as dt

    start, end = days
    low, high = start or dt.date.min, end or dt.date.max
    fromisoformat = dt.date.fromisoformat

    def wanted(table: str, payload: dict[str, object]) -> bool:
        if table != DAYS:
            return True
        text = payload.get("date")
        if type(text) is not str:
            return True  # not a date: building it counts it as unreadable, as a whole unlock would
        try:
            return low <= fromisoformat(text) <= high
        except ValueError:
            return True

    loaded.rows = [row for row in loaded.rows if wanted(row.table, row.payload)]


def _read_claimed(
    files: JournalFiles, open_slot: Callable[[JournalHeader], bytearray], what: str, days: DayRange | None
) -> Journal:
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
            loaded = records.load_from(connection, None if days is None else _skip_days_outside(days))
        if records.needs_upgrade:
            return _upgrade_then_read(files, header, data_key)
        if days is not None:
            _only_days(loaded, days)
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
