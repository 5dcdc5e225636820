"""Schema upgrades, one step per version, run inside one transaction right after unlocking.

Version 1 is the first schema. A step receives the open session only: it changes tables (adding
one, say), never sealed payloads, which it cannot open; a change to what rows hold is read by the
codec instead, which accepts every older shape. A journal newer than `SCHEMA_VERSION` is refused by
the format check before this runs.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import update
from sqlalchemy.orm import Session

from journal.core.storage.tables import MetaRow

SCHEMA_VERSION = 1

# from_version -> step that brings the schema to from_version + 1
UPGRADE_STEPS: dict[int, Callable[[Session], None]] = {}


def upgrade(session: Session, found_version: int) -> int:
    """Bring the schema from `found_version` to `SCHEMA_VERSION`; returns the version reached."""
    version = found_version
    while version < SCHEMA_VERSION:
        UPGRADE_STEPS[version](session)
        version += 1
    if version != found_version:
        session.execute(update(MetaRow).where(MetaRow.key == "schema_version").values(value=str(version)))
    return version
