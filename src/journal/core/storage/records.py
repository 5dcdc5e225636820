"""Sealed rows: JSON payloads encrypted with the data key, bound to their place and version.

Associated data names the journal, table, row id and version, so a ciphertext copied to another
row, or an old ciphertext put back with its old version, fails to open. A sealed manifest of every
row's current version catches the one case that binding alone cannot: a row rolled back whole.

The manifest is hashed buckets under a sealed root, so a save re-seals one small bucket and the
root, never a list of every row:
- each row (of any table in `SEALED_TABLES`) belongs to bucket `hash(table, id) mod B`; a bucket
  holds the exact `{table: {id: version}}` of its rows, so a rolled-back row is named exactly;
- the root holds B, a random epoch and the sum of the buckets' versions. Bucket versions only grow
  within an epoch, and a bucket cannot be forged, so any older bucket put back lowers the sum;
- B doubles (every bucket rewritten under a new epoch) when the rows outgrow `_BUCKET_ROWS` per
  bucket on average: rare, and the cost of a save stays bounded by the bucket size.

The manifest exists from creation. A missing, damaged or older manifest is a `ManifestProblem`:
named to the person, and every write is refused until they decide (`adopt_as_is`), so no ordinary
save can quietly re-base it. Every write first checks that the stored root is still the one this
process loaded, so a second writer that slipped past the lock cannot hide the other's saves.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from journal.core.crypto.aead import SealBroken, Sealer
from journal.core.errors import SHAPE_ERRORS, JournalChangedError, JournalTamperedError
from journal.core.storage.commit_hooks import after_commit, before_commit
from journal.core.storage.table_names import MANIFEST_TABLE, SEALED_TABLE_NAMES
from journal.core.storage.transaction_overlay import overlay_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# SQLAlchemy is imported by the writing methods only: reading needs nothing but the sqlite3
# connection, so the command line's read-only commands never load it.
_ROOT_ID = "root"
_LEGACY_ID = "manifest"  # the one-row manifest of format 1, upgraded in place when it opens
_BUCKET_PREFIX = "bucket-"
_FIRST_BUCKETS = 16
_BUCKET_ROWS = 64
_MANIFEST_HOOK = "rj_manifest"  # the before-commit hook that writes the staged manifest
# A row that will not open: a broken seal, or a NULL or a number where bytes belong (damage, not a crash).
_FAILURES: tuple[type[Exception], ...] = (SealBroken, *SHAPE_ERRORS)

Versions = dict[str, dict[str, int]]  # table -> row id -> version
_INT_ONLY = frozenset((int,))  # a version is a whole number, never true or false


class ManifestProblem(enum.Enum):
    """Why the manifest cannot vouch for the rows: each is named as tampering until the person decides."""

    MISSING = "missing"  # rows are there but their list of versions is gone
    DAMAGED = "damaged"  # the list is there but does not open or does not add up
    OLDER = "older"  # the list is older than rows it should know: it was put back
    WIPED = "wiped"  # every sealed row and the list are gone: not a new journal


def new_row_id() -> str:
    return os.urandom(16).hex()


def _bucket_of(table: str, row_id: str, buckets: int) -> int:
    digest = hashlib.blake2b(f"{table}|{row_id}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % buckets


def _copy(versions: Versions) -> Versions:
    return {table: dict(rows) for table, rows in versions.items()}


class OpenedRow(NamedTuple):
    """One row that opened (a tuple: unlocking makes one per row, so it must be cheap to build)."""

    table: str
    row_id: str
    version: int
    payload: dict[str, Any]


# `OpenedRow((table, row_id, version, payload))` by tuple's own constructor, at C speed.
_opened_row = cast(
    Callable[[tuple[str, str, int, dict[str, Any]]], OpenedRow], functools.partial(tuple.__new__, OpenedRow)
)


@dataclass
class LoadedRecords:
    """Everything that opened, and how many rows did not (changed, moved, rolled back or missing)."""

    rows: list[OpenedRow] = field(default_factory=list)
    unreadable: int = 0
    problem: ManifestProblem | None = None


@dataclass
class PendingManifest:
    """One transaction's changes to the manifest: copies of the buckets it touched, and the row count."""

    buckets: dict[int, Versions]
    rows: int
    rebuild: Versions | None = None  # a whole new manifest (upgrade, adopt): every bucket rewritten


class SealedRecords:
    """Reads and writes sealed rows for one unlocked journal."""

    def __init__(self, journal_id: bytes, data_key: bytes | bytearray) -> None:
        self._journal_id = journal_id
        self._sealer = Sealer(data_key)
        self._buckets: list[Versions] = [{} for _ in range(_FIRST_BUCKETS)]
        self._bucket_versions: list[int] = [0] * _FIRST_BUCKETS
        self._epoch = ""
        self._root_version = 0
        self._rows = 0
        self._seen: Versions = {}  # every row in the file with its stored version (for adopt_as_is)
        self.problem: ManifestProblem | None = None
        self.needs_upgrade = False
        self._expected_for_upgrade: Versions = {}
        self.manifest_bytes_sealed = 0  # manifest bytes sealed so far; the benchmark and a test read it

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

    def load_all(self, session: Session, *, upgrade: bool = False) -> LoadedRecords:
        """Open every row; count, never raise on, rows that fail (a missing or broken manifest counts as one).

        With `upgrade`, a format-1 manifest that opens is rewritten as buckets in this transaction.
        """
        result = self.load_from(_raw_connection(session))
        if self.needs_upgrade and upgrade:
            self._stage_rebuild(session, self._expected_for_upgrade, delete_legacy=True)
        return result

    def load_from(
        self, connection: sqlite3.Connection, skip: Callable[[str, bytes], bool] | None = None
    ) -> LoadedRecords:
        """`load_all` on a plain sqlite3 connection, inside the caller's read transaction; writes nothing.

        `needs_upgrade` tells afterwards whether the manifest is of format 1 (then only a writing
        unlock, through `load_all(upgrade=True)`, brings it up to date). A row for which
        `skip(table, plaintext)` is true is opened and checked like every other, then left out
        undecoded (the command line's `show --date` needs one day, not ten years of JSON).
        """
        result = LoadedRecords()
        cursor = connection.cursor()
        manifest_rows = {
            row_id: (version, sealed)
            for row_id, version, sealed in cursor.execute(f"SELECT id, version, sealed FROM {MANIFEST_TABLE}")
        }
        expected, legacy = self._read_manifest(manifest_rows, result)
        rows_seen = 0
        self._seen = {table: {} for table in SEALED_TABLE_NAMES}
        newer_than_manifest = False
        open_sealed, loads, append = self._sealer.open_padded_or_none, json.loads, result.rows.append
        for table in SEALED_TABLE_NAMES:
            known = dict(expected.get(table, {})) if expected is not None else None
            seen = self._seen[table]
            prefix = b"|".join((b"rj-row-v1", self._journal_id, table.encode(), b""))
            # The driver's own cursor, in this session's transaction: unlocking reads every row, and
            # SQLAlchemy's row objects would cost more than opening them.
            for row_id, version, sealed in cursor.execute(f"SELECT id, version, sealed FROM {table}"):
                rows_seen += 1
                if type(version) is not int:  # damage at the SQLite level: counted, never raised
                    result.unreadable += 1
                    continue
                seen[row_id] = version
                if known is not None:
                    wanted = known.pop(row_id, None)
                    if wanted != version:
                        result.unreadable += 1
                        newer_than_manifest |= wanted is None or version > wanted
                        continue
                plaintext = open_sealed(sealed, prefix + f"{row_id}|{version}".encode())
                if plaintext is None:
                    result.unreadable += 1
                    continue
                if skip is not None and skip(table, plaintext):
                    continue
                try:
                    payload = loads(plaintext.decode("utf-8"))
                except ValueError:  # UnicodeDecodeError is a ValueError
                    result.unreadable += 1
                    continue
                if type(payload) is not dict:
                    result.unreadable += 1
                    continue
                append(_opened_row((table, row_id, version, payload)))
            if known:
                result.unreadable += len(known)  # rows the manifest knows but the file lost
        if expected is None:
            if not manifest_rows and not rows_seen:
                result.problem = ManifestProblem.WIPED
            elif result.problem is None:
                result.problem = ManifestProblem.MISSING
            result.unreadable += 1  # the list itself is what could not be read
        elif newer_than_manifest:
            result.problem = ManifestProblem.OLDER  # rows can only be newer if the list was put back
        self.problem = result.problem
        if self.problem is not None:
            expected = _copy(self._seen)  # what `adopt_as_is` would record, never written on its own
        self._index(expected)
        self.needs_upgrade = legacy and expected is not None and self.problem is None
        self._expected_for_upgrade = expected or {}
        return result

    def _read_manifest(
        self, manifest_rows: dict[str, tuple[int, bytes]], result: LoadedRecords
    ) -> tuple[Versions | None, bool]:
        """The expected versions, and whether they came from a format-1 manifest; None if they cannot be trusted."""
        if any(not isinstance(row_id, str) for row_id in manifest_rows):  # a NULL or a number as a row's id
            result.problem = ManifestProblem.DAMAGED
            return None, False
        root = manifest_rows.get(_ROOT_ID)
        self._root_version = 0 if root is None else root[0]  # what a write checks is still stored
        if root is None:
            legacy = manifest_rows.get(_LEGACY_ID)
            if legacy is None:
                if any(row_id.startswith(_BUCKET_PREFIX) for row_id in manifest_rows):
                    result.problem = ManifestProblem.DAMAGED
                return None, False
            try:
                payload = self.open_payload(MANIFEST_TABLE, _LEGACY_ID, legacy[0], legacy[1])
                old_versions = {table: _versions(payload.get(table, {})) for table in payload}
            except _FAILURES:
                result.problem = ManifestProblem.DAMAGED
                return None, False
            return old_versions, True
        try:
            payload = self.open_payload(MANIFEST_TABLE, _ROOT_ID, root[0], root[1])
            buckets, epoch, total = int(payload["buckets"]), str(payload["epoch"]), int(payload["sum"])
            if not 1 <= buckets <= 1 << 20 or len(manifest_rows) != buckets + 1:
                raise ValueError("buckets")
            versions: Versions = {}
            bucket_maps: list[Versions] = []
            bucket_versions: list[int] = []
            for index in range(buckets):
                version, sealed = manifest_rows[f"{_BUCKET_PREFIX}{index}"]
                body = self.open_payload(MANIFEST_TABLE, f"{_BUCKET_PREFIX}{index}", version, sealed)
                if body["epoch"] != epoch:
                    raise ValueError("epoch")
                rows = {table: _versions(ids) for table, ids in body["rows"].items()}
                for table, ids in rows.items():
                    versions.setdefault(table, {}).update(ids)
                bucket_maps.append(rows)
                bucket_versions.append(version)
            if sum(bucket_versions) != total:
                raise ValueError("sum")
        except _FAILURES:
            result.problem = ManifestProblem.DAMAGED
            return None, False
        self._epoch = epoch
        self._buckets = bucket_maps
        self._bucket_versions = bucket_versions
        self._rows = sum(len(ids) for ids in versions.values())
        return versions, False

    def _index(self, expected: Versions | None) -> None:
        """Spread `expected` over buckets when they did not come from a bucketed manifest that opened."""
        if expected is None or (self.problem is None and self._epoch):
            return
        count = sum(len(ids) for ids in expected.values())
        buckets = _bucket_count(count)
        self._buckets = _spread(expected, buckets)
        self._bucket_versions = [0] * buckets
        self._rows = count

    # -- writing -----------------------------------------------------------------------------

    def create_manifest(self, session: Session) -> None:
        """Write the empty manifest of a new journal, so that a journal is never without one."""
        self._stage_rebuild(session, {table: {} for table in SEALED_TABLE_NAMES}, delete_legacy=False)

    def adopt_as_is(self, session: Session) -> None:
        """The person's decision: record every row now in the file, at its stored version, as current.

        The only way a missing, damaged or older manifest is replaced; rows that do not open stay
        in the file and keep being counted.
        """
        self._stage_rebuild(session, self._seen, delete_legacy=True)

    def write(self, session: Session, table: str, row_id: str, version: int, payload: dict[str, Any]) -> None:
        """Insert or replace one row at `version` (the caller counts versions) in the caller's transaction."""
        if table not in SEALED_TABLE_NAMES:
            raise KeyError(table)
        pending = self._pending(session)
        sealed = self.seal_payload(table, row_id, version, payload)
        _upsert(_raw_connection(session), table, row_id, version, sealed)
        rows = self._touch(pending, table, row_id).setdefault(table, {})
        if row_id not in rows:
            pending.rows += 1
        rows[row_id] = version

    def remove(self, session: Session, table: str, row_id: str) -> None:
        from sqlalchemy import delete

        from journal.core.storage.tables import SEALED_TABLES

        pending = self._pending(session)
        model = SEALED_TABLES[table]
        session.execute(delete(model).where(model.id == row_id))
        if self._touch(pending, table, row_id).get(table, {}).pop(row_id, None) is not None:
            pending.rows -= 1

    def _touch(self, pending: PendingManifest, table: str, row_id: str) -> Versions:
        if pending.rebuild is not None:
            return pending.rebuild
        index = _bucket_of(table, row_id, len(self._buckets))
        bucket = pending.buckets.get(index)
        if bucket is None:
            bucket = pending.buckets[index] = _copy(self._buckets[index])
        return bucket

    def _pending(self, session: Session, *, allow: bool = False) -> PendingManifest:
        overlay = overlay_of(session)
        pending = overlay.manifest
        if pending is None:
            if self.problem is not None and not allow:
                raise JournalTamperedError()
            pending = overlay.manifest = PendingManifest({}, self._rows)
            before_commit(session, _MANIFEST_HOOK, self._write_manifest)
        return pending

    def _stage_rebuild(self, session: Session, versions: Versions, *, delete_legacy: bool) -> None:
        """Replace the whole manifest in this transaction (creation, an upgrade, the person's decision)."""
        pending = self._pending(session, allow=True)
        pending.rebuild = _copy(versions)
        pending.rows = sum(len(ids) for ids in versions.values())
        if delete_legacy:
            from sqlalchemy import delete

            from journal.core.storage.tables import ManifestRow

            session.execute(delete(ManifestRow).where(ManifestRow.id == _LEGACY_ID))

    def _merged(self, pending: PendingManifest) -> Versions:
        if pending.rebuild is not None:
            return pending.rebuild
        merged: Versions = {}
        for index, bucket in enumerate(self._buckets):
            for table, ids in pending.buckets.get(index, bucket).items():
                merged.setdefault(table, {}).update(ids)
        return merged

    def _write_manifest(self, session: Session) -> None:
        overlay = overlay_of(session)
        pending, overlay.manifest = overlay.manifest, None
        assert pending is not None  # the hook is registered only with the manifest staged
        row = _raw_connection(session).execute(f"SELECT version FROM {MANIFEST_TABLE} WHERE id = ?", (_ROOT_ID,))
        stored = (row.fetchone() or (0,))[0]
        if (stored or 0) != self._root_version:
            raise JournalChangedError()  # another writer saved since this process loaded the journal
        buckets = len(self._buckets)
        if pending.rebuild is not None or pending.rows > _BUCKET_ROWS * buckets:
            self._write_rebuilt(session, self._merged(pending), pending.rows)
            return
        versions = list(self._bucket_versions)
        maps = list(self._buckets)
        for index, bucket in sorted(pending.buckets.items()):
            versions[index] += 1
            maps[index] = bucket
            self._put(session, f"{_BUCKET_PREFIX}{index}", versions[index], {"epoch": self._epoch, "rows": bucket})
        self._commit_root(session, self._epoch, maps, versions, pending.rows)

    def _write_rebuilt(self, session: Session, merged: Versions, rows: int) -> None:
        """Every bucket rewritten under a new epoch: creation, an upgrade, the person's decision, growth."""
        buckets = max(_bucket_count(rows), len(self._buckets) if self._epoch else _FIRST_BUCKETS)
        maps = _spread(merged, buckets)
        from sqlalchemy import delete

        from journal.core.storage.tables import ManifestRow

        epoch = os.urandom(8).hex()
        session.execute(delete(ManifestRow).where(ManifestRow.id != _ROOT_ID))
        versions = []
        for index, bucket in enumerate(maps):
            version = self._root_version + 1  # above every older bucket's version in the file
            self._put(session, f"{_BUCKET_PREFIX}{index}", version, {"epoch": epoch, "rows": bucket})
            versions.append(version)
        self._commit_root(session, epoch, maps, versions, rows, clears_problem=True)

    def _commit_root(
        self,
        session: Session,
        epoch: str,
        maps: list[Versions],
        versions: list[int],
        rows: int,
        *,
        clears_problem: bool = False,
    ) -> None:
        root_version = self._root_version + 1
        self._put(session, _ROOT_ID, root_version, {"buckets": len(maps), "epoch": epoch, "sum": sum(versions)})

        def adopt() -> None:
            self._buckets, self._bucket_versions, self._epoch = maps, versions, epoch
            self._root_version, self._rows = root_version, rows
            if clears_problem:
                self.problem = None

        after_commit(session, adopt)

    def _put(self, session: Session, row_id: str, version: int, payload: dict[str, Any]) -> None:
        sealed = self.seal_payload(MANIFEST_TABLE, row_id, version, payload)
        self.manifest_bytes_sealed += len(sealed)
        _upsert(_raw_connection(session), MANIFEST_TABLE, row_id, version, sealed)


def _upsert(connection: sqlite3.Connection, table: str, row_id: str, version: int, sealed: bytes) -> None:
    """Insert or replace one sealed row through the driver, in the session's transaction (a save makes
    three of these; SQLAlchemy's statement building cost more than the statements)."""
    connection.execute(
        f"INSERT INTO {table} (id, version, sealed) VALUES (?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET version = excluded.version, sealed = excluded.sealed",
        (row_id, version, sealed),
    )


def _raw_connection(session: Session) -> sqlite3.Connection:
    """The sqlite3 connection under this session's transaction (SQLAlchemy's proxy would wrap every row)."""
    connection: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
    return connection


def _versions(ids: Any) -> dict[str, int]:
    """A decoded `{row id: version}`, kept as decoded: a JSON object's keys are always text, and the
    types are checked at C speed (an unlock reads one per bucket, every row of the journal in all)."""
    if not isinstance(ids, dict) or not set(map(type, ids.values())) <= _INT_ONLY:
        raise ValueError("manifest: expected versions")
    return ids


def _bucket_count(rows: int) -> int:
    buckets = _FIRST_BUCKETS
    while rows > _BUCKET_ROWS * buckets:
        buckets *= 2
    return buckets


def _spread(versions: Versions, buckets: int) -> list[Versions]:
    maps: list[Versions] = [{} for _ in range(buckets)]
    for table, ids in versions.items():
        for row_id, version in ids.items():
            maps[_bucket_of(table, row_id, buckets)].setdefault(table, {})[row_id] = version
    return maps
