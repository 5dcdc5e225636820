"""The draft: what was being typed for a day, kept sealed every few seconds until the day itself is saved.

A crash then loses at most a few seconds of writing. The next unlock offers the draft back; bringing
it back replaces what is saved for that day, so the offer says when a day is already saved. Saving
the day removes the draft in the same transaction, so a draft never outlives the writing it held.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from journal.core.domain.codec import entry_from_dict, entry_to_dict
from journal.core.domain.entry import DayEntry

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal

#: The sealed document that holds the draft (one at a time; never exported, never backed up to another machine).
DRAFT_DOCUMENT = "draft"


@dataclass(frozen=True)
class LeftDraft:
    """A draft found at unlock: the day it was for, and the check-in as typed (None if it cannot be read)."""

    date: dt.date
    entry: DayEntry | None
    replaces_saved_day: bool


def draft_body(entry: DayEntry) -> dict[str, Any]:
    """The draft document for `entry`: its day, its note (for a glance) and the whole check-in."""
    return {"date": entry.date.isoformat(), "note": entry.note, "entry": entry_to_dict(entry)}


def save_draft(journal: Journal, session: Session, entry: DayEntry) -> None:
    """Keep `entry` as the draft, replacing any earlier one."""
    journal.save_document(session, DRAFT_DOCUMENT, draft_body(entry))


def save_day_dropping_draft(journal: Journal, session: Session, entry: DayEntry) -> None:
    """Save the day (an emptied day is removed) and drop the draft it came from, in one transaction."""
    journal.save_day(session, entry)
    journal.delete_document(session, DRAFT_DOCUMENT)


def discard_draft(journal: Journal, session: Session) -> None:
    journal.delete_document(session, DRAFT_DOCUMENT)


def left_draft(journal: Journal) -> LeftDraft | None:
    """The draft to offer back, or None when there is none or its day cannot be read."""
    body = journal.document(DRAFT_DOCUMENT)
    if not body:
        return None
    try:
        date = dt.date.fromisoformat(str(body["date"]))
    except (KeyError, ValueError):
        return None
    try:
        entry: DayEntry | None = entry_from_dict(body["entry"])
    except (KeyError, ValueError, TypeError):
        entry = None
    return LeftDraft(date, entry, replaces_saved_day=journal.day(date) is not None)
