"""Unlocking reads through the driver alone: no engine, pool or session is made until the first
write, and that write takes over the connection the unlock read through (one connection, one lock)."""

from __future__ import annotations

import datetime as dt

from journal.core.domain.entry import DayEntry
from journal.core.journal import Journal

DAY = dt.date(2026, 10, 1)


def test_an_unlock_makes_no_engine_and_the_first_save_reuses_its_connection(journal: Journal, reopen) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=3, note="before"))
    opened = reopen(journal)
    database = opened.database
    assert database is not None
    assert database._engine is None, "the unlock made an engine"
    unlock_connection = database._spare
    assert unlock_connection is not None and not unlock_connection.in_transaction
    assert opened.day(DAY).note == "before"

    with opened.transaction() as session:
        opened.save_day(session, DayEntry(DAY, mood=4, note="after"))
        pooled = session.connection().connection.driver_connection
    assert pooled is unlock_connection and database._spare is None
    again = reopen(opened)
    assert again.day(DAY).note == "after" and again.unreadable_count == 0


def test_a_read_transaction_after_the_engine_exists_goes_through_its_pool(journal: Journal) -> None:
    database = journal.database
    assert database is not None
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=2))
    with database.read_transaction() as connection:
        assert connection.in_transaction
        assert connection.execute("SELECT count(*) FROM day_entries").fetchone() == (1,)
    assert not connection.in_transaction and database._spare is None
