"""SQLite's side files (-wal, -shm, -journal), which belong to the database file of the same name.

A side file left with no database beside it (a journal deleted by hand, a crash while moving
files) would be folded by SQLite into whichever file takes that name next: a new journal or a
restored one. Such files are set aside under another name, never deleted: they may hold the
last changes of a journal someone still wants.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def sidecars_of(database: Path) -> tuple[Path, ...]:
    return tuple(database.with_name(database.name + suffix) for suffix in SIDECAR_SUFFIXES)


def set_aside_orphaned_sidecars(database: Path, now: dt.datetime | None = None) -> list[Path]:
    """Rename side files of a database that does not exist; returns their new paths."""
    if database.exists():
        return []
    stamp = f"{(now or dt.datetime.now()):%Y%m%d-%H%M%S}"
    moved = []
    for sidecar in sidecars_of(database):
        if sidecar.exists():
            target = sidecar.with_name(f"{sidecar.name}.orphaned-{stamp}")
            sidecar.replace(target)
            moved.append(target)
    return moved
