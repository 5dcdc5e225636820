"""The SQLite image inside a backup: taking it from the live file, and checking it fully in memory.

The snapshot uses SQLite's online backup API into an in-memory database, so a consistent copy is
taken while the app keeps running and no extra copy of the journal's structure touches the disk.
Checking opens the image in memory too: `integrity_check`, the header, then every sealed row.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import create_engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from journal.core.backup.backup_file_errors import BackupDamagedError
from journal.core.domain.codec import entry_from_dict, key_date_from_dict
from journal.core.errors import Damage, JournalError
from journal.core.memories.verify import verify_attachments
from journal.core.storage.database import Database
from journal.core.storage.header import JournalHeader, read_header
from journal.core.storage.records import SealedRecords
from journal.core.storage.tables import SEALED_TABLES, Base, DayEntryRow, KeyDateRow

_FILE_FORMAT_OFFSETS = (18, 19)  # "write version" and "read version": 2 means WAL, 1 rollback journal


@dataclass(frozen=True, slots=True)
class ImageReport:
    """What a checked image holds: counts only, never content."""

    header: JournalHeader
    days: int
    key_dates: int
    documents: int
    unreadable: int
    attachments: int = 0  # attachments whose every chunk opened and matched its digest
    damaged_attachments: int = 0


def snapshot(source: Database | Path) -> bytes:
    """A consistent copy of the journal file as bytes, in rollback-journal mode so it opens anywhere.

    Given the open `Database`, it is taken through the journal's own connections: it then works
    when the journal's disk is full, where a new connection could not even make SQLite's shared
    index. Given a path (a file no one has open), a connection of its own reads it.
    """
    with closing(sqlite3.connect(":memory:")) as target:
        if isinstance(source, Database):
            source.copy_into(target)
        else:
            with closing(sqlite3.connect(f"file:{quote(str(source))}?mode=rw", uri=True)) as connection:
                connection.execute("PRAGMA busy_timeout=5000")
                connection.backup(target)
        serialized = target.serialize()
    # The in-memory database is closed first, so it and its serialized copies are not all held at once.
    image = bytearray(serialized)
    del serialized
    if len(image) >= 100:
        for offset in _FILE_FORMAT_OFFSETS:
            image[offset] = 1
    return bytes(image)


@contextmanager
def image_session(image: bytes) -> Iterator[Session]:
    """A read-only session over an image held in memory."""
    connection = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        try:
            connection.deserialize(image)
        except sqlite3.Error:
            raise BackupDamagedError(Damage.HOLDS_DAMAGED_JOURNAL) from None
        engine = create_engine("sqlite://", creator=lambda: connection, poolclass=StaticPool)
        try:
            with Session(engine) as session:
                yield session
        finally:
            engine.dispose()
    finally:
        connection.close()


def check_image(image: bytes, data_key: bytes | bytearray) -> ImageReport:
    """Check the image as a whole and open every row; raise BackupDamagedError if SQLite finds damage."""
    try:
        with image_session(image) as session:
            result = session.connection().exec_driver_sql("PRAGMA integrity_check").scalars().all()
            if list(result) != ["ok"]:
                raise BackupDamagedError(Damage.HOLDS_DAMAGED_JOURNAL)
            header = read_header(session)
            # A backup from an older schema lacks the newer (empty) tables; add them in memory only.
            Base.metadata.create_all(session.connection(), tables=[t.__table__ for t in SEALED_TABLES.values()])  # type: ignore[attr-defined]
            loaded = SealedRecords(header.journal_id, data_key).load_all(session)
            attachments, damaged_attachments = verify_attachments(session, header.journal_id, data_key, loaded.rows)
    except (sqlite3.Error, DBAPIError):
        raise BackupDamagedError(Damage.HOLDS_DAMAGED_JOURNAL) from None
    except BackupDamagedError:
        raise
    except JournalError:
        raise BackupDamagedError(Damage.HOLDS_DAMAGED_JOURNAL) from None
    counts = {DayEntryRow.__tablename__: 0, KeyDateRow.__tablename__: 0}
    unreadable = loaded.unreadable
    documents = 0
    for row in loaded.rows:
        try:
            if row.table == DayEntryRow.__tablename__:
                entry_from_dict(row.payload)
            elif row.table == KeyDateRow.__tablename__:
                key_date_from_dict(row.payload)
            else:
                documents += 1
                continue
        except (KeyError, ValueError, TypeError):
            unreadable += 1
            continue
        counts[row.table] += 1
    days, key_dates = counts[DayEntryRow.__tablename__], counts[KeyDateRow.__tablename__]
    return ImageReport(header, days, key_dates, documents, unreadable, attachments, damaged_attachments)
