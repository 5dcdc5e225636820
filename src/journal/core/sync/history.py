"""A record's history: every version sync has kept for it, and bringing an older one back.

Versions come from every computer, so the history of a day shows what each computer wrote and
when, newest first, including the versions that lost a merge. Bringing one back saves it as the
record now and notes it at once as a new version made here (replacing every current head), so the
next round sends it and every computer shows it; the version it replaced stays in the history.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from journal.core.errors import BadInputError, InputProblem
from journal.core.sync.clock import HybridClock, wall_time_of
from journal.core.sync.kinds import KINDS
from journal.core.sync.ledger import Ledger, digest
from journal.core.sync.merge import heads_of
from journal.core.sync.rounds import add_unsent, note_local_changes
from journal.core.sync.versions import Version

if TYPE_CHECKING:
    from journal.core.journal import Journal


@dataclass(frozen=True, slots=True)
class PastVersion:
    version_id: str
    made_at: dt.datetime  # from the version's clock (UTC)
    on_this_computer: bool
    deleted: bool
    is_current: bool  # what the journal shows now is this version's content
    body: dict[str, Any] | None


def history(journal: Journal, kind: str, key: str) -> list[PastVersion]:
    """Every version of one record, newest first (empty when it was never synced or merged)."""
    ledger = Ledger(journal)
    record = ledger.record(kind, key)
    shown = record.seen
    return [
        PastVersion(
            v.id,
            wall_time_of(v.stamp),
            v.device == ledger.device,
            v.body is None,
            digest(v.body) == shown,
            v.body,
        )
        for v in sorted(record.versions.values(), key=lambda v: v.order, reverse=True)
    ]


def bring_back(journal: Journal, kind: str, key: str, version_id: str) -> None:
    """Make an older version the record again; what it replaces stays in the history."""
    sync_kind = KINDS[kind]
    ledger = Ledger(journal)
    clock = HybridClock(int(ledger.state["clock"]))
    made = note_local_changes(journal, ledger, clock, [sync_kind])  # what is shown now is kept first
    record = ledger.record(kind, key)
    chosen = record.versions.get(version_id)
    if chosen is None:
        raise BadInputError("version", InputProblem.NO_SUCH_VERSION)
    parents = tuple(v.id for v in heads_of(record.versions.values()))
    restored = Version(kind, key, clock.now(), ledger.device, parents, chosen.body)
    record.add(restored)
    record.seen = digest(chosen.body)
    add_unsent(ledger.state, [*made, restored])
    ledger.state["clock"] = clock.last
    with journal.transaction() as session:
        sync_kind.write(journal, session, key, chosen.body)
        ledger.save(session)
    ledger.saved()
