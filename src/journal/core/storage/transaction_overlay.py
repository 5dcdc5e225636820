"""What one transaction has written so far: one typed overlay per session, instead of loose keys in `session.info`.

Later writes in the same transaction read it: a second save of a day not yet committed finds the
first (the journal's `days`), and the sealed records keep the manifest's staged changes there
(`manifest`). It lives in `session.info` under one key that the database drops at commit and at
rollback (with every key starting "rj_"), so nothing staged leaks into the next transaction, and
memory outside the overlay changes only once a transaction has committed.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple, cast

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.domain.entry import DayEntry
    from journal.core.storage.records import PendingManifest

OVERLAY_KEY = "rj_transaction_overlay"


class RowVersion(NamedTuple):  # a tuple: unlocking makes one per row
    """Which sealed row holds a record, and the version it is at."""

    row_id: str
    version: int


# `RowVersion((row_id, version))` at C speed, without NamedTuple's Python-level `__new__`: unlocking
# makes one per row.
row_version_of = cast(Callable[[tuple[str, int]], RowVersion], functools.partial(tuple.__new__, RowVersion))


@dataclass
class TransactionOverlay:
    """One transaction's writes, seen only by that transaction until it commits."""

    #: The manifest's changes (`SealedRecords`), from the first row written.
    manifest: PendingManifest | None = None
    #: Days saved or deleted in this transaction (None: deleted), with the row each is now in.
    days: dict[dt.date, tuple[RowVersion, DayEntry | None]] = field(default_factory=dict)


def overlay_of(session: Session) -> TransactionOverlay:
    """The overlay of `session`'s transaction, made on first use."""
    found: TransactionOverlay | None = session.info.get(OVERLAY_KEY)
    if found is None:
        found = session.info[OVERLAY_KEY] = TransactionOverlay()
    return found
