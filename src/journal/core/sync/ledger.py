"""Sync's own state, sealed inside the journal as documents that never leave this computer.

- `sync/state`: this computer's device id, its clock, the folder, what it has written (its
  sequence, a pack waiting to be written, versions not yet sent), what it has read from others
  (per device: packs read, and up to which sequence a compacted pack covers), the key slots' age
  and the last round's outcome.
- `sync/v/<kind>/<bucket>`: every version known for the records whose key hashes to that bucket
  (their history, each record's as one JSON text, so unlocking decodes a string per record rather
  than building every version), and `seen`: per record, a digest of what the journal showed for it after the
  last round, so an edit made since is noticed without opening any history. Buckets keep the
  number of documents small: a round that changes one day re-seals one bucket, and a computer
  joining a long journal writes a few dozen documents, not one per day.

Held in the journal file, so one transaction changes the journal and its versions together: a
round killed half-way leaves both as they were before it.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
from typing import TYPE_CHECKING, Any

from journal.core.sync.kinds import SYNC_DOCUMENT_PREFIX
from journal.core.sync.merge import Body
from journal.core.sync.versions import Version, VersionUnreadable

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal

STATE_DOCUMENT = SYNC_DOCUMENT_PREFIX + "state"
_VERSIONS_PREFIX = SYNC_DOCUMENT_PREFIX + "v/"
BUCKETS = 64
GONE = "-"
# When a day was written and last changed are stamped by the journal on every save; a difference in
# them alone is not an edit, so it is left out of the comparison (the versions still carry them).
UNCOMPARED = ("written_at", "changed_at")


def digest(body: Body) -> str:
    """What the journal shows for a record, as a short digest; equal bodies give equal digests."""
    if body is None:
        return GONE
    if any(key in body for key in UNCOMPARED):
        body = {key: value for key, value in body.items() if key not in UNCOMPARED}
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode(), digest_size=12).hexdigest()


def bucket_of(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=4).digest(), "big") % BUCKETS


def _bucket_name(kind: str, bucket: int) -> str:
    return f"{_VERSIONS_PREFIX}{kind}/{bucket}"


def fresh_state() -> dict[str, Any]:
    return {
        "format": 1,
        "device": os.urandom(16).hex(),
        "clock": 0,
        "folder": None,
        "sequence": 0,
        "pending": None,
        "unsent": [],
        "own_packs": {},
        "devices": {},
        "keys": None,
        "last_round": None,
    }


class RecordVersions:
    """The history of one record and what the journal last showed for it."""

    __slots__ = ("_ledger", "key", "kind", "versions")

    def __init__(self, ledger: Ledger, kind: str, key: str, versions: dict[str, Version]) -> None:
        self._ledger = ledger
        self.kind = kind
        self.key = key
        self.versions = versions

    @property
    def seen(self) -> str | None:
        found = self._ledger.seen_of(self.kind).get(self.key)
        return found if isinstance(found, str) else None

    @seen.setter
    def seen(self, value: str) -> None:
        self._ledger.set_seen(self.kind, self.key, value)

    def add(self, version: Version) -> bool:
        if version.id in self.versions:
            return False
        self.versions[version.id] = version
        self._ledger.mark_changed(self.kind, self.key)
        return True


class Ledger:
    """The state and version documents of one unlocked journal, changed in memory and saved in a transaction."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        # A deep copy: the journal's own copy must not change unless the round's transaction commits.
        stored = journal.document(STATE_DOCUMENT)
        self.state: dict[str, Any] = copy.deepcopy(stored) if stored is not None else fresh_state()
        self._buckets: dict[tuple[str, int], dict[str, Any]] = {}
        self._bucket_seen: dict[tuple[str, int], dict[str, str]] = {}
        self._seen: dict[str, dict[str, str]] = {}
        self._records: dict[tuple[str, int], dict[str, RecordVersions]] = {}
        self._changed: set[tuple[str, int]] = set()
        self.unreadable = 0

    @property
    def device(self) -> str:
        return str(self.state["device"])

    def seen_of(self, kind: str) -> dict[str, str]:
        """Key -> digest of what the journal showed after the last round (read-only: set `record.seen`)."""
        found = self._seen.get(kind)
        if found is None:
            found = self._seen[kind] = {}
            for bucket in range(BUCKETS):
                self._bucket(kind, bucket)
                found.update(self._bucket_seen[(kind, bucket)])
        return found

    def set_seen(self, kind: str, key: str, value: str) -> None:
        self.seen_of(kind)[key] = value
        bucket = bucket_of(key)
        self._bucket(kind, bucket)
        self._bucket_seen[(kind, bucket)][key] = value
        self._changed.add((kind, bucket))

    def keys_of(self, kind: str) -> set[str]:
        """Keys of every record of `kind` that has versions."""
        return set(self.seen_of(kind))

    def _bucket(self, kind: str, bucket: int) -> dict[str, Any]:
        found = self._buckets.get((kind, bucket))
        if found is None:
            document = self._journal.document(_bucket_name(kind, bucket)) or {}
            records, seen = document.get("records"), document.get("seen")
            found = self._buckets[(kind, bucket)] = dict(records) if isinstance(records, dict) else {}
            self._bucket_seen[(kind, bucket)] = dict(seen) if isinstance(seen, dict) else {}
        return found

    def record(self, kind: str, key: str) -> RecordVersions:
        bucket = bucket_of(key)
        in_bucket = self._records.setdefault((kind, bucket), {})
        found = in_bucket.get(key)
        if found is None:
            versions: dict[str, Version] = {}
            items = self._bucket(kind, bucket).get(key, "[]")
            if isinstance(items, str):  # kept as text, so unlocking does not build every version's objects
                try:
                    items = json.loads(items)
                except ValueError:
                    self.unreadable += 1
                    items = []
            for item in items if isinstance(items, list) else []:
                try:
                    version = Version.from_data(item)
                except VersionUnreadable:
                    self.unreadable += 1
                    continue
                versions[version.id] = version
            found = in_bucket[key] = RecordVersions(self, kind, key, versions)
        return found

    def mark_changed(self, kind: str, key: str) -> None:
        self._changed.add((kind, bucket_of(key)))

    def all_versions(self, kind: str) -> list[Version]:
        """Every version of every record of `kind` (for compaction)."""
        return [v for key in self.keys_of(kind) for v in self.record(kind, key).versions.values()]

    def save(self, session: Session) -> None:
        for kind, bucket in sorted(self._changed):
            records = self._bucket(kind, bucket)
            for key, record in self._records.get((kind, bucket), {}).items():
                ordered = sorted(record.versions.values(), key=lambda v: v.order)
                records[key] = json.dumps([v.to_data() for v in ordered], ensure_ascii=False, separators=(",", ":"))
            body = {"records": dict(records), "seen": dict(self._bucket_seen[(kind, bucket)])}
            self._journal.save_document(session, _bucket_name(kind, bucket), body)
        self._journal.save_document(session, STATE_DOCUMENT, copy.deepcopy(self.state))

    def saved(self) -> None:
        """After the transaction committed: nothing is waiting to be saved any more."""
        self._changed.clear()
