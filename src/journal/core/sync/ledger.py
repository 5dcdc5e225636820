"""Sync's own state, sealed inside the journal as documents that never leave this computer.

- `sync/state`: this computer's device id, its clock, the folder, what it has written (its
  sequence, a pack waiting to be written, versions not yet sent), what it has read from others
  (per device: sequences seen, and up to which one a compacted pack covers), the key slots'
  age, and the last round's outcome.
- `sync/v/<kind>/<key>`, one per record: every version known for it (its history) and a digest
  of what the journal showed for it after the last round, so an edit made since is noticed.

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


def _document_name(kind: str, key: str) -> str:
    return f"{_VERSIONS_PREFIX}{kind}/{key}"


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

    __slots__ = ("changed", "key", "kind", "seen", "versions")

    def __init__(self, kind: str, key: str, seen: str | None, versions: dict[str, Version]) -> None:
        self.kind = kind
        self.key = key
        self.seen = seen
        self.versions = versions
        self.changed = False

    def add(self, version: Version) -> bool:
        if version.id in self.versions:
            return False
        self.versions[version.id] = version
        self.changed = True
        return True

    def to_body(self) -> dict[str, Any]:
        ordered = sorted(self.versions.values(), key=lambda v: v.order)
        return {"seen": self.seen, "versions": [v.to_data() for v in ordered]}


class Ledger:
    """The state and version documents of one unlocked journal, changed in memory and saved in a transaction."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        # A deep copy: the journal's own copy must not change unless the round's transaction commits.
        self.state: dict[str, Any] = copy.deepcopy(journal.document(STATE_DOCUMENT)) or fresh_state()
        self._records: dict[tuple[str, str], RecordVersions] = {}
        self.unreadable = 0
        self._names: dict[str, set[str]] | None = None

    @property
    def device(self) -> str:
        return str(self.state["device"])

    @property
    def exists(self) -> bool:
        return self._journal.document(STATE_DOCUMENT) is not None

    def keys_of(self, kind: str) -> set[str]:
        """Keys of every record of `kind` that has versions."""
        if self._names is None:
            self._names = {}
            for name in self._journal.document_names():
                if name.startswith(_VERSIONS_PREFIX):
                    record_kind, _, key = name[len(_VERSIONS_PREFIX) :].partition("/")
                    self._names.setdefault(record_kind, set()).add(key)
        found = set(self._names.get(kind, set()))
        found.update(key for (k, key), record in self._records.items() if k == kind and record.versions)
        return found

    def record(self, kind: str, key: str) -> RecordVersions:
        found = self._records.get((kind, key))
        if found is None:
            body = self._journal.document(_document_name(kind, key)) or {}
            versions: dict[str, Version] = {}
            for item in body.get("versions", []):
                try:
                    version = Version.from_data(item)
                except VersionUnreadable:
                    self.unreadable += 1
                    continue
                versions[version.id] = version
            seen = body.get("seen")
            found = RecordVersions(kind, key, seen if isinstance(seen, str) else None, versions)
            self._records[(kind, key)] = found
        return found

    def known_records(self) -> list[RecordVersions]:
        return list(self._records.values())

    def save(self, session: Session) -> None:
        for record in self._records.values():
            if record.changed:
                self._journal.save_document(session, _document_name(record.kind, record.key), record.to_body())
        self._journal.save_document(session, STATE_DOCUMENT, copy.deepcopy(self.state))

    def saved(self) -> None:
        """After the transaction committed: nothing is waiting to be saved any more."""
        for record in self._records.values():
            record.changed = False
