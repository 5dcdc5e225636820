"""One overlay holds what a transaction wrote (its days and the manifest's staged changes), and it never
outlives the transaction: not after a commit, not after a rollback."""

from __future__ import annotations

import datetime as dt

import pytest

from journal.core.domain.entry import DayEntry
from journal.core.storage.transaction_overlay import OVERLAY_KEY, overlay_of

DAY = dt.date(2026, 11, 20)


def test_a_transactions_writes_are_in_one_overlay_and_gone_after_commit(journal) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=3))
        overlay = overlay_of(session)
        assert overlay.days[DAY][1] == journal._current_day(session, DAY)[1]
        assert overlay.manifest is not None
        assert OVERLAY_KEY in session.info
    assert OVERLAY_KEY not in session.info, "dropped at commit, with the session's other staged work"
    assert journal.day(DAY) is not None


def test_a_rolled_back_transaction_leaves_no_overlay(journal) -> None:
    with pytest.raises(RuntimeError), journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=3))
        raise RuntimeError("stop")
    assert OVERLAY_KEY not in session.info
    assert journal.day(DAY) is None
