"""Schema upgrades, one step per version, run inside one transaction right after unlocking.

Version 1 is the first schema; version 2 adds the `care_records` table (results and questions).
A step receives the open session only: it changes tables (adding one, say), never sealed payloads,
which it cannot open; a change to what rows hold is read by the codec instead, which accepts every
older shape. A journal newer than `SCHEMA_VERSION` is refused by the format check before this runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SCHEMA_VERSION = 2


def _add_care_records(session: Session) -> None:
    """1 -> 2: an empty table for results and questions; nothing already stored changes."""
    from journal.core.storage.tables import CareRecordRow

    CareRecordRow.__table__.create(session.connection(), checkfirst=True)  # type: ignore[attr-defined]


# from_version -> step that brings the schema to from_version + 1
UPGRADE_STEPS: dict[int, Callable[[Session], None]] = {1: _add_care_records}


def upgrade(session: Session, found_version: int) -> int:
    """Bring the schema from `found_version` to `SCHEMA_VERSION`; returns the version reached."""
    version = found_version
    while version < SCHEMA_VERSION:
        UPGRADE_STEPS[version](session)
        version += 1
    if version != found_version:
        from sqlalchemy import update

        from journal.core.storage.tables import MetaRow

        session.execute(update(MetaRow).where(MetaRow.key == "schema_version").values(value=str(version)))
    return version
