"""Today's prompt for a journal: settings, key dates and history composed into the selection rules."""

from __future__ import annotations

import dataclasses
import datetime as dt

from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.journal import Journal
from journal.core.prompts import load_prompt_library, rank_prompts
from journal.core.prompts.daily_offer import (
    OfferState,
    another_offer,
    entry_with_prompt,
    hide_theme,
    mark_shown,
    mark_used,
    note_with_prompt,
    preferences_from,
    set_not_today,
    show_theme,
    todays_offer,
)
from journal.core.prompts.history import load_history
from journal.core.prompts.selection import PromptPreferences
from journal.core.settings import JournalSettings

DAY = dt.date(2026, 11, 24)
LIBRARY = load_prompt_library()


def change_settings(journal: Journal, **changes: object) -> None:
    with journal.transaction() as session:
        journal.save_settings(session, dataclasses.replace(journal.settings(), **changes))


def add_key_date(journal: Journal, kind: KeyDateKind, date: dt.date) -> None:
    with journal.transaction() as session:
        journal.save_key_date(session, KeyDate("", kind, date, "A date"))


def show(journal: Journal, offer) -> None:
    with journal.transaction() as session:
        mark_shown(journal, session, offer)


def test_preferences_come_from_the_journal_settings() -> None:
    settings = JournalSettings(
        hidden_prompt_themes=("grief", "kindness"),
        prompts_paused=True,
        prompts_not_today="2026-11-24",
        prompt_situations=("partner_view",),
    )

    assert preferences_from(settings, DAY) == PromptPreferences(
        hidden_themes=frozenset({"grief", "kindness"}),
        paused=True,
        not_today=DAY,
        situations=frozenset({"partner_view"}),
    )


def test_an_unreadable_not_today_date_counts_as_never_pressed() -> None:
    assert preferences_from(JournalSettings(prompts_not_today="soon"), DAY).not_today is None


def test_a_new_journal_is_offered_the_best_ranked_prompt(journal: Journal) -> None:
    offer = todays_offer(journal, DAY, LIBRARY)

    ranked = rank_prompts(LIBRARY, DAY, [], [], PromptPreferences())
    assert offer.state is OfferState.OFFERED
    assert offer.prompt == ranked[0]
    assert offer.theme is not None and offer.theme.key == ranked[0].theme
    assert (offer.position, offer.choices) == (0, len(ranked))
    assert offer.hard_date is None


def test_the_same_journal_and_day_give_the_same_prompt(journal: Journal) -> None:
    assert todays_offer(journal, DAY, LIBRARY) == todays_offer(journal, DAY, LIBRARY)


def test_another_gives_the_next_best_and_wraps_around(journal: Journal) -> None:
    ranked = rank_prompts(LIBRARY, DAY, [], [], PromptPreferences())

    second = another_offer(journal, DAY, ranked[0].id, LIBRARY)
    first_again = another_offer(journal, DAY, ranked[-1].id, LIBRARY)

    assert second.prompt == ranked[1] and second.position == 1
    assert first_again.prompt == ranked[0]


def test_after_another_the_prompt_last_shown_today_stays_current(journal: Journal) -> None:
    first = todays_offer(journal, DAY, LIBRARY)
    show(journal, first)
    second = another_offer(journal, DAY, first.prompt.id, LIBRARY)
    show(journal, second)

    assert todays_offer(journal, DAY, LIBRARY).prompt == second.prompt


def test_recording_todays_prompt_does_not_change_todays_ranking(journal: Journal) -> None:
    before = todays_offer(journal, DAY, LIBRARY)
    show(journal, before)

    assert todays_offer(journal, DAY, LIBRARY) == before
    assert [line.prompt_id for line in load_history(journal)] == [before.prompt.id]


def test_a_prompt_shown_yesterday_is_not_offered_today(journal: Journal) -> None:
    yesterday = todays_offer(journal, DAY - dt.timedelta(days=1), LIBRARY)
    show(journal, yesterday)

    assert todays_offer(journal, DAY, LIBRARY).prompt != yesterday.prompt


def test_writing_about_a_prompt_is_recorded_as_used(journal: Journal) -> None:
    offer = todays_offer(journal, DAY, LIBRARY)
    with journal.transaction() as session:
        mark_used(journal, session, offer.prompt.id, DAY)

    assert [(line.prompt_id, line.used) for line in load_history(journal)] == [(offer.prompt.id, True)]


def test_not_today_stops_prompts_for_that_day_only(journal: Journal) -> None:
    with journal.transaction() as session:
        set_not_today(journal, session, DAY)

    assert journal.settings().prompts_not_today == "2026-11-24"
    assert todays_offer(journal, DAY, LIBRARY).state is OfferState.NOT_TODAY
    assert todays_offer(journal, DAY, LIBRARY).prompt is None
    assert todays_offer(journal, DAY + dt.timedelta(days=1), LIBRARY).state is OfferState.OFFERED


def test_paused_prompts_offer_nothing(journal: Journal) -> None:
    change_settings(journal, prompts_paused=True)

    offer = todays_offer(journal, DAY, LIBRARY)
    assert offer.state is OfferState.PAUSED and offer.prompt is None
    assert another_offer(journal, DAY, None, LIBRARY).prompt is None


def test_a_hidden_theme_is_never_offered_and_can_come_back(journal: Journal) -> None:
    theme = todays_offer(journal, DAY, LIBRARY).prompt.theme
    with journal.transaction() as session:
        hide_theme(journal, session, theme)
    with journal.transaction() as session:
        hide_theme(journal, session, theme)  # twice is the same as once

    assert journal.settings().hidden_prompt_themes == (theme,)
    first = todays_offer(journal, DAY, LIBRARY)
    themes = set()
    current = first
    for _ in range(first.choices):
        themes.add(current.prompt.theme)
        current = another_offer(journal, DAY, current.prompt.id, LIBRARY)
    assert theme not in themes

    with journal.transaction() as session:
        show_theme(journal, session, theme)
    assert journal.settings().hidden_prompt_themes == ()


def test_hiding_keeps_the_other_settings(journal: Journal) -> None:
    change_settings(journal, custom_feelings=("tender",), prompts_not_today="2026-11-01")
    with journal.transaction() as session:
        hide_theme(journal, session, "grief")

    settings = journal.settings()
    assert settings.custom_feelings == ("tender",) and settings.prompts_not_today == "2026-11-01"


def test_near_a_due_date_only_gentle_prompts_are_offered_and_the_date_is_named(journal: Journal) -> None:
    due = DAY + dt.timedelta(days=2)
    add_key_date(journal, KeyDateKind.DUE_DATE, due)

    offer = todays_offer(journal, DAY, LIBRARY)

    assert offer.hard_date is not None and offer.hard_date.date == due
    assert offer.theme is not None and offer.theme.gentle
    assert "near_due_date" in offer.prompt.conditions


def test_near_a_hard_date_with_the_gentle_theme_hidden_nothing_is_left(journal: Journal) -> None:
    add_key_date(journal, KeyDateKind.LOSS, dt.date(2025, 11, 25))
    change_settings(journal, hidden_prompt_themes=("hard_dates",))

    offer = todays_offer(journal, DAY, LIBRARY)

    assert offer.state is OfferState.NONE_LEFT and offer.prompt is None
    assert offer.hard_date is not None


def test_the_hard_date_is_known_even_after_not_today(journal: Journal) -> None:
    add_key_date(journal, KeyDateKind.DUE_DATE, DAY)
    with journal.transaction() as session:
        set_not_today(journal, session, DAY)

    offer = todays_offer(journal, DAY, LIBRARY)
    assert offer.state is OfferState.NOT_TODAY and offer.hard_date is not None


def test_writing_about_a_prompt_quotes_it_above_the_note() -> None:
    assert note_with_prompt("", "What helped today?") == "> What helped today?\n\n"
    assert note_with_prompt("Soup.", "What helped today?") == "> What helped today?\n\nSoup."
    assert note_with_prompt("One.\nTwo.", "Line one\nLine two") == "> Line one\n> Line two\n\nOne.\nTwo."


def test_a_prompt_already_quoted_is_not_added_twice() -> None:
    once = note_with_prompt("Soup.", "What helped today?")

    assert note_with_prompt(once, "What helped today?") == once


def test_the_entry_keeps_the_prompt_id_once_and_everything_else() -> None:
    entry = DayEntry(DAY, mood=3, note="Soup.", prompt_ids=("grief-001",))

    once = entry_with_prompt(entry, "what-002", "What helped today?")
    twice = entry_with_prompt(once, "what-002", "What helped today?")

    assert once.prompt_ids == ("grief-001", "what-002")
    assert once.note == "> What helped today?\n\nSoup."
    assert once.mood == 3 and once.date == DAY
    assert twice == once
