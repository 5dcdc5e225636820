"""Drafts (kept while typing, offered back after a crash) and the person's own words, without the app."""

from __future__ import annotations

import datetime as dt

from journal.core.domain.entry import DayEntry
from journal.core.drafts import DRAFT_DOCUMENT, discard_draft, left_draft, save_day_dropping_draft, save_draft
from journal.core.own_words import OwnWordList, with_word, words_in
from journal.core.settings import JournalSettings

DAY = dt.date(2026, 11, 20)


def test_a_draft_survives_reopening_and_is_offered_with_its_day(journal, reopen) -> None:
    typed = DayEntry(DAY, mood=2, note="half a sentence", feelings=("numb",))
    with journal.transaction() as session:
        save_draft(journal, session, typed)
    found = left_draft(reopen(journal))
    assert found is not None
    assert found.date == DAY and found.entry == typed and not found.replaces_saved_day


def test_the_offer_says_when_bringing_it_back_replaces_a_saved_day(journal) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(DAY, mood=4, note="saved"))
        save_draft(journal, session, DayEntry(DAY, mood=2, note="typed later"))
    found = left_draft(journal)
    assert found is not None and found.replaces_saved_day


def test_saving_the_day_drops_the_draft_in_the_same_transaction(journal) -> None:
    entry = DayEntry(DAY, mood=3, note="whole")
    with journal.transaction() as session:
        save_draft(journal, session, entry)
    with journal.transaction() as session:
        save_day_dropping_draft(journal, session, entry)
    assert journal.day(DAY) == entry and journal.document(DRAFT_DOCUMENT) is None and left_draft(journal) is None


def test_discarding_removes_it_and_an_unreadable_draft_is_never_offered(journal) -> None:
    with journal.transaction() as session:
        save_draft(journal, session, DayEntry(DAY, mood=1))
    with journal.transaction() as session:
        discard_draft(journal, session)
    assert left_draft(journal) is None
    with journal.transaction() as session:
        journal.save_document(session, DRAFT_DOCUMENT, {"date": "not a day", "entry": {}})
    assert left_draft(journal) is None
    with journal.transaction() as session:  # a readable day but a damaged check-in: offered, with nothing to restore
        journal.save_document(session, DRAFT_DOCUMENT, {"date": DAY.isoformat(), "entry": {"mood": "x"}})
    found = left_draft(journal)
    assert found is not None and found.date == DAY and found.entry is None


def test_an_own_word_is_added_once_in_the_order_first_used() -> None:
    settings = JournalSettings()
    settings = with_word(settings, OwnWordList.FEELINGS, "hollow")
    settings = with_word(settings, OwnWordList.FEELINGS, "tender")
    again = with_word(settings, OwnWordList.FEELINGS, "hollow")
    assert again is settings
    assert words_in(settings, OwnWordList.FEELINGS) == ("hollow", "tender")
    assert words_in(with_word(settings, OwnWordList.SELF_CARE, "a bath"), OwnWordList.SELF_CARE) == ("a bath",)
    assert words_in(settings, OwnWordList.SELF_CARE) == ()
