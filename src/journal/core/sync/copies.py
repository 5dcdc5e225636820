"""Merging a backup or a copy of this journal's file (`journal merge FILE`).

The other copy's versions (if it ever synced) are taken as they are. Its records that are not
covered by them (edits made there since, or a journal that never synced) become versions of a
device named after the file's own bytes, with the oldest possible stamp: so the same file merged
twice changes nothing the second time, and where both copies changed a value this journal's
value stays and the copy's goes to the record's history. Nothing is lost: a day only the copy has
comes back, sets are united, and two different notes are both kept.

A file of another journal is refused before anything is read from it.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DBAPIError

from journal.core.backup.backup_file_errors import BackupDamagedError
from journal.core.backup.envelope import MAGIC as BACKUP_MAGIC
from journal.core.backup.image import image_session
from journal.core.backup.reader import inspect_backup, open_backup_with_key, read_backup_bytes
from journal.core.errors import BadInputError, Damage, FileKind, InputProblem, JournalDamagedError
from journal.core.journal import Journal
from journal.core.memories.chunks import AttachmentDamagedError
from journal.core.storage.header import read_header
from journal.core.sync.clock import HybridClock
from journal.core.sync.kinds import KINDS
from journal.core.sync.ledger import Ledger, digest
from journal.core.sync.merge import heads_of
from journal.core.sync.rounds import add_unsent, note_local_changes, take_versions
from journal.core.sync.versions import Version

if TYPE_CHECKING:
    from journal.core.memories.model import Attachment

#: A copy's pictures: blob id -> (its attachment record, its chunks still sealed, in order).
CopyChunks = dict[str, tuple["Attachment", list[tuple[int, bytes]]]]

_SQLITE_MAGIC = b"SQLite format 3\0"


@contextmanager
def _copy_opened(
    journal: Journal, path: Path
) -> Iterator[tuple[Journal, bytes, dict[str, tuple[Any, list[tuple[int, bytes]]]]]]:
    data = read_backup_bytes(path)
    if data.startswith(BACKUP_MAGIC):
        if inspect_backup(path).header.journal_id != journal.header.journal_id:
            raise BadInputError("file", InputProblem.ANOTHER_JOURNAL)
        image = open_backup_with_key(path, journal.data_key_for_rewrap()).image
    elif data.startswith(_SQLITE_MAGIC):
        # A copy of a live file says "WAL" in its header; in memory it is read as a plain file.
        writable = bytearray(data)
        if len(writable) >= 100:
            writable[18] = writable[19] = 1
        image = bytes(writable)
    else:
        raise BadInputError("file", InputProblem.NOT_A_JOURNAL_OR_BACKUP)
    try:
        with image_session(image) as session:
            header = read_header(session)
            if header.journal_id != journal.header.journal_id:
                raise BadInputError("file", InputProblem.ANOTHER_JOURNAL)
            other = Journal(journal.files, journal.database, header, bytearray(journal.data_key_for_rewrap()))
            other.load(session)
            # Pictures' sealed chunks are read now, while the copy is open: the merge keeps those of the
            # attachments it takes whose chunks this journal lacks (they open under the same key).
            other_chunks = {
                item.blob: (item, other.memories.sealed_chunks(session, item.blob))
                for item in other.memories.attachments()
            }
            yield other, data, other_chunks
    except (BackupDamagedError, JournalDamagedError, DBAPIError, sqlite3.Error):
        raise JournalDamagedError(Damage.DAMAGED, FileKind.COPY) from None


def merge_copy(journal: Journal, path: Path) -> dict[str, int]:
    """Merge the backup or journal file at `path` into `journal`; returns records changed per kind."""
    with _copy_opened(journal, path) as (other, data, other_chunks):
        theirs = Ledger(other)
        device = hashlib.blake2b(data, digest_size=16).hexdigest()
        versions: list[Version] = []
        for kind in KINDS.values():
            current = {key: kind.to_body(item) for key, item in kind.read_all(other).items()}
            for key in theirs.keys_of(kind.name) | current.keys():
                record = theirs.record(kind.name, key)
                versions.extend(record.versions.values())
                body = current.get(key)
                if record.seen != digest(body) and (body is not None or record.versions):
                    parents = tuple(v.id for v in heads_of(record.versions.values()))
                    versions.append(Version(kind.name, key, 1, device, parents, body))
    ledger = Ledger(journal)
    clock = HybridClock(int(ledger.state["clock"]))
    made = note_local_changes(journal, ledger, clock, KINDS.values())
    with journal.transaction() as session:
        for item, chunks in other_chunks.values():
            if chunks and not journal.memories.has_chunks(session, item.blob):
                with contextlib.suppress(AttachmentDamagedError):  # damaged in the copy: its record waits
                    journal.memories.put_sealed_chunks(session, item, chunks)
        changed, _refused = take_versions(journal, session, ledger, clock, versions)
        # Other computers read packs, not this file: what came from it goes out with the next round.
        add_unsent(ledger.state, [v for v in [*made, *versions] if v.kind in KINDS])
        ledger.state["clock"] = clock.last
        ledger.save(session)
    ledger.saved()
    return changed
