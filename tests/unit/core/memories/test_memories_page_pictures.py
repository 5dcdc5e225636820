"""What a loss's memory page shows: its own pictures, then those kept with the loss's key date."""

from __future__ import annotations

import datetime as dt

from helpers.pictures import pdf_letter, png
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.memories.model import OwnerKind, PagePictures

DAY = dt.date(2026, 3, 14)


def attach(journal, data: bytes, date: dt.date = DAY, **options):
    with journal.transaction() as session:
        return journal.memories.add_attachment(session, data, file_name="a.png", date=date, **options).attachment


def test_the_page_lists_its_own_pictures_then_the_key_dates(journal, reopen) -> None:
    with journal.transaction() as session:
        loss = journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, DAY, "our loss"))
        other = journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, DAY.replace(year=2025)))
    scan = attach(journal, png(), dt.date(2026, 3, 20), owner=OwnerKind.KEY_DATE, owner_id=loss.id)
    letter = attach(journal, pdf_letter(), owner=OwnerKind.MEMORY, owner_id=loss.id)
    early = attach(journal, png(), dt.date(2026, 3, 1), owner=OwnerKind.KEY_DATE, owner_id=loss.id)
    attach(journal, png(), owner=OwnerKind.KEY_DATE, owner_id=other.id)  # another loss's
    attach(journal, png(), owner=OwnerKind.MEMORY, owner_id=other.id)
    attach(journal, png())  # the day's

    def check(opened) -> None:
        shown = opened.memories.page_pictures(loss.id)
        assert [a.id for a in shown.own] == [letter.id]
        assert [a.id for a in shown.from_key_date] == [early.id, scan.id]  # oldest date first
        assert [a.id for a in shown.all] == [letter.id, early.id, scan.id]

    check(journal)
    check(reopen(journal))  # from what was saved


def test_the_key_dates_pictures_are_the_same_stored_attachments_not_copies(journal) -> None:
    with journal.transaction() as session:
        loss = journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, DAY))
    scan = attach(journal, png(), owner=OwnerKind.KEY_DATE, owner_id=loss.id)
    before = journal.memories.attachments()
    (shown,) = journal.memories.page_pictures(loss.id).from_key_date
    assert shown == scan and shown.owner is OwnerKind.KEY_DATE and shown.blob == scan.blob
    assert journal.memories.attachments() == before  # listing adds nothing
    assert journal.memories.attachments_for(OwnerKind.MEMORY, loss.id) == []


def test_a_loss_with_no_pictures_shows_none(journal) -> None:
    assert journal.memories.page_pictures("ab" * 16) == PagePictures()
