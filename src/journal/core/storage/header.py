"""The clear part of a journal file: format and schema versions, the journal id and the key slots.

A checksum over these fields tells accidental damage ("the file is damaged") apart from a wrong
passphrase, which otherwise look alike: both make the wrapped key fail to open. The checksum is
not a secret and protects nothing on its own; the wrapped keys are authenticated by AES-GCM.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from journal.core import strict_json
from journal.core.crypto.kdf import KdfParams
from journal.core.crypto.keyslots import PASSPHRASE, RECOVERY, KeySlot
from journal.core.errors import SHAPE_ERRORS, JournalDamagedError, JournalTooNewError
from journal.core.storage.tables import KeySlotRow, MetaRow

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
            raise JournalDamagedError() from None


def read_header(session: Session) -> JournalHeader:
    """Read and check the header; raise JournalDamagedError / JournalTooNewError, never a raw error."""
    # Columns, not ORM rows: a NULL key (a damaged or hostile file) must not vanish as a missing row.
    meta = {key: value for key, value in session.execute(select(MetaRow.key, MetaRow.value))}
    try:
        format_version = int(meta["format_version"])
    except SHAPE_ERRORS:
        raise JournalDamagedError() from None
    if format_version > FORMAT_VERSION:
        raise JournalTooNewError(format_version, FORMAT_VERSION)
    try:
        schema_version = int(meta["schema_version"])
        journal_id = bytes.fromhex(meta["journal_id"])
        rows = session.execute(select(KeySlotRow.kind, KeySlotRow.salt, KeySlotRow.wrapped_key, KeySlotRow.kdf))
        slots = {}
        for kind, salt, wrapped_key, kdf in rows:
            if kind in slots or not isinstance(kind, str):
                raise ValueError("a key slot twice, or without a kind")
            slots[kind] = _slot_from_row(kind, salt, wrapped_key, kdf)
        stored_checksum = meta["header_checksum"]
    except SHAPE_ERRORS:
        raise JournalDamagedError() from None
    if schema_version < 1:
        raise JournalDamagedError()
    header = JournalHeader(format_version, schema_version, journal_id, slots)
    if len(journal_id) != 16 or set(slots) != {PASSPHRASE, RECOVERY} or header.checksum() != stored_checksum:
        raise JournalDamagedError()
    return header


def write_header(session: Session, header: JournalHeader) -> None:
    """Replace the whole header in the caller's transaction."""
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


def _slot_from_row(kind: str, salt: Any, wrapped_key: Any, stored_kdf: Any) -> KeySlot:
    if not isinstance(salt, bytes) or not isinstance(wrapped_key, bytes):
        raise TypeError("a key slot's salt and key are bytes")
    if stored_kdf is not None and not isinstance(stored_kdf, str):
        raise TypeError("a key slot's settings are text")
    kdf: Any = strict_json.loads(stored_kdf) if stored_kdf else None
    # KdfParams.from_dict refuses absurd parameters here, before anything is derived.
    return KeySlot(kind, salt, wrapped_key, KdfParams.from_dict(kdf) if kdf else None)
