"""Where sync stands, without changing anything: the folder, the computers seen, what is waiting."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from journal.core.sync.clock import wall_time_of
from journal.core.sync.ledger import Ledger
from journal.core.sync.packs import FileRole, classify

if TYPE_CHECKING:
    from journal.core.journal import Journal


@dataclass(frozen=True, slots=True)
class SyncStatus:
    folder: Path | None
    other_computers: int
    last_round: dt.datetime | None
    unsent: int  # changes made here that no pack in the folder holds yet
    unread: int  # packs in the folder this computer has not read yet
    folder_reachable: bool
    damaged: int = 0  # files in the folder named as unusable (changed, cut short, another journal's)


def sync_status(journal: Journal) -> SyncStatus:
    ledger = Ledger(journal)
    state = ledger.state
    folder = Path(state["folder"]) if state.get("folder") else None
    last = state.get("last_round") or {}
    stamp = last.get("stamp") if isinstance(last, dict) else None
    read = {i for device in state["devices"].values() for i in device.get("read", {})} | set(state["own_packs"])
    unread, reachable = 0, False
    if folder is not None:
        try:
            with os.scandir(folder) as entries:
                names = [entry.name for entry in entries]
            reachable = True
            for name in names:
                role = classify(name)
                if role.role is FileRole.PACK and role.file_id not in read:
                    unread += 1
        except OSError:
            reachable = False
    others = len([d for d in state["devices"] if d != ledger.device])
    return SyncStatus(
        folder,
        others,
        wall_time_of(stamp) if isinstance(stamp, int) and stamp > 0 else None,
        len(state["unsent"]),
        unread,
        reachable,
        len(state.get("damaged", {})),
    )
