"""Remembering that the person set the pointer line aside today, sealed inside the journal.

Only the day is kept, never which value met a rule: the line comes back at most once a day, and a
dismissal says nothing about the person's health to anyone who reads the document.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal

POINTER_DOCUMENT = "safety_pointer"


def dismissed_on(journal: Journal, day: dt.date) -> bool:
    """Whether the pointer line was set aside on `day`."""
    document = journal.document(POINTER_DOCUMENT) or {}
    return document.get("dismissed_on") == day.isoformat()


def dismiss(journal: Journal, session: Session, day: dt.date) -> None:
    """Set the pointer line aside for the rest of `day`."""
    previous = journal.document(POINTER_DOCUMENT) or {}
    journal.save_document(session, POINTER_DOCUMENT, {**previous, "dismissed_on": day.isoformat()})
