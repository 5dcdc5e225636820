"""Sealed rows: JSON payloads encrypted with the data key, bound to their place and version.

Associated data names the journal, table, row id and version, so a ciphertext copied to another
row, or an old ciphertext put back with its old version, fails to open. A sealed manifest of every
row's current version catches the one case that binding alone cannot: a row rolled back whole.
The manifest is written once per transaction, just before it commits.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from journal.core.crypto.aead import SealBroken, Sealer
from journal.core.errors import SHAPE_ERRORS
from journal.core.storage.database import after_commit, before_commit
from journal.core.storage.tables import SEALED_TABLES, ManifestRow

_MANIFEST_ID = "manifest"
# A row that will not open: a broken seal, or a NULL or a number where bytes belong (damage, not a crash).
_UNREADABLE: tuple[type[Exception], ...] = (SealBroken, *SHAPE_ERRORS)
_PENDING = "rj_manifest_pending"


def new_row_id() -> str:
    return os.urandom(16).hex()


@dataclass(frozen=True, slots=True)
class OpenedRow:
    table: str
    row_id: str
    version: int
    payload: dict[str, Any]


@dataclass
class LoadedRecords:
    """Everything that opened, and how many rows did not (changed, moved, rolled back or missing)."""

    rows: list[OpenedRow] = field(default_factory=list)
    unreadable: int = 0


class SealedRecords:
    """Reads and writes sealed rows for one unlocked journal."""

    def __init__(self, journal_id: bytes, data_key: bytes | bytearray) -> None:
        self._journal_id = journal_id
        self._sealer = Sealer(data_key)
        self._manifest: dict[str, dict[str, int]] = {table: {} for table in SEALED_TABLES}
        self._manifest_version = 0

    def _associated(self, table: str, row_id: str, version: int) -> bytes:
        return b"|".join((b"rj-row-v1", self._journal_id, table.encode(), row_id.encode(), str(version).encode()))

    def seal_payload(self, table: str, row_id: str, version: int, payload: dict[str, Any]) -> bytes:
        plaintext = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return self._sealer.seal(plaintext, self._associated(table, row_id, version))

    def open_payload(self, table: str, row_id: str, version: int, sealed: bytes) -> dict[str, Any]:
        plaintext = self._sealer.open(sealed, self._associated(table, row_id, version))
        payload = json.loads(plaintext.decode("utf-8"))
        if not isinstance(payload, dict):
            raise SealBroken("not an object")
        return payload

    # -- reading -----------------------------------------------------------------------------

    def load_all(self, session: Session) -> LoadedRecords:
        """Open every row; count, never raise on, rows that fail (a missing or broken manifest counts as one)."""
        result = LoadedRecords()
        manifest_row = session.get(ManifestRow, _MANIFEST_ID)
        trusted_manifest = False
        if manifest_row is not None:
            self._manifest_version = manifest_row.version
            try:
                payload = self.open_payload("manifest", _MANIFEST_ID, manifest_row.version, manifest_row.sealed)
                self._manifest = {table: dict(payload.get(table, {})) for table in SEALED_TABLES}
                trusted_manifest = True
            except _UNREADABLE:
                result.unreadable += 1  # counted as the one record that could not be read
        rows_seen = 0
        for table, model in SEALED_TABLES.items():
            expected = dict(self._manifest.get(table, {})) if trusted_manifest else None
            for row_id, version, sealed in session.execute(select(model.id, model.version, model.sealed)):
                rows_seen += 1
                if expected is not None and expected.pop(row_id, None) != version:
                    result.unreadable += 1
                    continue
                try:
                    payload = self.open_payload(table, row_id, version, sealed)
                except _UNREADABLE:  # a NULL or a number where bytes belong counts as unreadable
                    result.unreadable += 1
                    continue
                result.rows.append(OpenedRow(table, row_id, version, payload))
            if expected:
                result.unreadable += len(expected)  # rows the manifest knows but the file lost
        if manifest_row is None and rows_seen:
            # Rows without the list of their versions: open each on its own binding, and say that
            # something (the list itself) is missing rather than hiding every row or trusting silence.
            result.unreadable += 1
        if not trusted_manifest:
            # Without a manifest nothing proves which versions are current; the next write records
            # the versions that opened.
            self._manifest = {table: {} for table in SEALED_TABLES}
            for row in result.rows:
                self._manifest[row.table][row.row_id] = row.version
        return result

    # -- writing -----------------------------------------------------------------------------

    def write(self, session: Session, table: str, row_id: str, version: int, payload: dict[str, Any]) -> None:
        """Insert or replace one row at `version` (the caller counts versions) in the caller's transaction."""
        model = SEALED_TABLES[table]
        sealed = self.seal_payload(table, row_id, version, payload)
        statement = insert(model).values(id=row_id, version=version, sealed=sealed)
        session.execute(
            statement.on_conflict_do_update(index_elements=["id"], set_={"version": version, "sealed": sealed})
        )
        self._pending(session)[table][row_id] = version

    def remove(self, session: Session, table: str, row_id: str) -> None:
        model = SEALED_TABLES[table]
        session.execute(delete(model).where(model.id == row_id))
        self._pending(session)[table].pop(row_id, None)

    def _pending(self, session: Session) -> dict[str, dict[str, int]]:
        pending: dict[str, dict[str, int]] | None = session.info.get(_PENDING)
        if pending is None:
            pending = {table: dict(rows) for table, rows in self._manifest.items()}
            session.info[_PENDING] = pending
            before_commit(session, _PENDING, self._write_manifest)
        return pending

    def _write_manifest(self, session: Session) -> None:
        pending: dict[str, dict[str, int]] = session.info.pop(_PENDING)
        version = self._manifest_version + 1
        sealed = self.seal_payload("manifest", _MANIFEST_ID, version, pending)
        statement = insert(ManifestRow).values(id=_MANIFEST_ID, version=version, sealed=sealed)
        session.execute(
            statement.on_conflict_do_update(index_elements=["id"], set_={"version": version, "sealed": sealed})
        )

        def adopt() -> None:
            self._manifest = pending
            self._manifest_version = version

        after_commit(session, adopt)
