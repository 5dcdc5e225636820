"""The clear part of a journal file: format and schema versions, the journal id and the key slots.

A checksum over these fields tells accidental damage ("the file is damaged") apart from a wrong
passphrase, which otherwise look alike: both make the wrapped key fail to open. The checksum is
not a secret and protects nothing on its own; the wrapped keys are authenticated by AES-GCM.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from journal.core import strict_json
from journal.core.crypto.kdf import KdfParams
from journal.core.crypto.keyslots import PASSPHRASE, RECOVERY, KeySlot
from journal.core.errors import SHAPE_ERRORS, Damage, FileKind, JournalDamagedError, JournalTooNewError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class JournalHeader:
    format_version: int
    schema_version: int
    journal_id: bytes
    slots: dict[str, KeySlot]

    def checksum(self) -> str:
        body = {
            "format_version": self.format_version,
            "journal_id": self.journal_id.hex(),
            "slots": {kind: slot.to_dict() for kind, slot in sorted(self.slots.items())},
        }
        return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()

    def slot(self, kind: str) -> KeySlot:
        try:
            return self.slots[kind]
        except KeyError:
            raise JournalDamagedError(Damage.DAMAGED, FileKind.JOURNAL) from None


def read_header(session: Session) -> JournalHeader:
    """Read and check the header; raise JournalDamagedError / JournalTooNewError, never a raw error."""
    return read_header_from(_raw_connection(session))


def _raw_connection(session: Session) -> sqlite3.Connection:
    connection: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
    return connection


def read_header_from(connection: sqlite3.Connection) -> JournalHeader:
    """`read_header` on a plain sqlite3 connection (the command line's read-only path uses it directly).

    Plain columns, never ORM rows: a NULL key or kind (a damaged or hostile file) is damage, not a row
    that silently vanishes.
    """
    meta = {key: value for key, value in connection.execute("SELECT key, value FROM meta")}
    try:
        format_version = int(meta["format_version"])
    except SHAPE_ERRORS:
        raise JournalDamagedError(Damage.DAMAGED, FileKind.JOURNAL) from None
    if format_version > FORMAT_VERSION:
        raise JournalTooNewError(format_version, FORMAT_VERSION)
    try:
        schema_version = int(meta["schema_version"])
        journal_id = bytes.fromhex(meta["journal_id"])
        slots: dict[str, KeySlot] = {}
        for kind, salt, wrapped_key, kdf in connection.execute("SELECT kind, salt, wrapped_key, kdf FROM key_slots"):
            if kind in slots:
                raise ValueError("a key slot twice")
            slots[kind] = _slot_from_row(kind, salt, wrapped_key, kdf)
        stored_checksum = meta["header_checksum"]
    except SHAPE_ERRORS:
        raise JournalDamagedError(Damage.DAMAGED, FileKind.JOURNAL) from None
    if schema_version < 1:
        raise JournalDamagedError(Damage.DAMAGED, FileKind.JOURNAL)
    header = JournalHeader(format_version, schema_version, journal_id, slots)
    if len(journal_id) != 16 or set(slots) != {PASSPHRASE, RECOVERY} or header.checksum() != stored_checksum:
        raise JournalDamagedError(Damage.DAMAGED, FileKind.JOURNAL)
    return header


def write_header(session: Session, header: JournalHeader) -> None:
    """Replace the whole header in the caller's transaction."""
    from sqlalchemy import delete

    from journal.core.storage.tables import KeySlotRow, MetaRow

    session.execute(delete(KeySlotRow))
    session.execute(delete(MetaRow))
    session.add_all(
        [
            MetaRow(key="format_version", value=str(header.format_version)),
            MetaRow(key="schema_version", value=str(header.schema_version)),
            MetaRow(key="journal_id", value=header.journal_id.hex()),
            MetaRow(key="header_checksum", value=header.checksum()),
        ]
    )
    session.add_all(
        KeySlotRow(
            kind=slot.kind,
            salt=slot.salt,
            wrapped_key=slot.wrapped_key,
            kdf=json.dumps(slot.kdf.to_dict()) if slot.kdf else None,
        )
        for slot in header.slots.values()
    )
    session.flush()


def _slot_from_row(kind: Any, salt: Any, wrapped_key: Any, kdf_text: Any) -> KeySlot:
    if not isinstance(kind, str) or not isinstance(salt, bytes) or not isinstance(wrapped_key, bytes):
        raise ValueError("key slot")
    if kdf_text is not None and not isinstance(kdf_text, str):
        raise TypeError("a key slot's settings are text")
    kdf: Any = strict_json.loads(kdf_text) if kdf_text else None
    # KdfParams.from_dict refuses absurd parameters here, before anything is derived.
    return KeySlot(kind, salt, wrapped_key, KdfParams.from_dict(kdf) if kdf else None)
