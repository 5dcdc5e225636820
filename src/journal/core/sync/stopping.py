"""Stopping sync on this computer: it no longer writes or reads change packs; nothing else changes.

Only sync's own settings for this computer are cleared (the folder, the last round's outcome, the
files it named as damaged there), in the caller's transaction. The journal's records are not
touched, and neither are their histories or this computer's identity, so choosing a folder again
later (the same one or another) carries on where it stopped: an edit made meanwhile is noticed
then, as any edit between two rounds is.

The files already in the folder stay there; the person may delete them (they are encrypted). So
the first round after choosing a folder again writes this computer's versions again as one pack,
and its key file, and the folder is whole for another computer joining from it whatever was
deleted meanwhile (`rounds.py` does this when `republish` is set).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.core.sync.ledger import Ledger
from journal.core.sync.packs import new_file_id

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal


def stop_syncing(journal: Journal, session: Session) -> bool:
    """Forget the sync folder for this computer; False if none was chosen (nothing to do)."""
    ledger = Ledger(journal)
    state = ledger.state
    if not state.get("folder"):
        return False
    state["folder"] = None
    state["last_round"] = None
    state["damaged"] = {}
    state["blob_damaged"] = {}
    state["republish"] = True
    keys = state.get("keys")
    if keys is not None and not keys.get("pending"):
        keys["pending"] = new_file_id()  # the key file goes out again with the next round
    ledger.save(session)
    return True
