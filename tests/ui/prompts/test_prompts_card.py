"""The prompt card on Today: shows a prompt, moves on, hands it to the note, respects "not today" and hidden themes."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.journal import Journal
from journal.core.prompts import PromptPreferences, load_prompt_library, rank_prompts
from journal.core.prompts.history import load_history
from journal.core.prompts.selection import PromptShown
from journal.core.prompts.today import OfferState
from journal.ui.prompts.prompt_card import PromptCard

DAY = dt.date(2026, 11, 24)
LIBRARY = load_prompt_library()
RANKED = rank_prompts(LIBRARY, DAY, [], [], PromptPreferences())


@pytest.fixture
def make_card(qtbot) -> Callable[..., PromptCard]:
    pages: list[QWidget] = []  # held here: qtbot only closes them

    def make(journal: Journal, day: dt.date = DAY) -> PromptCard:
        page = QWidget()  # as on Today: the card lives inside a page, so hiding it shows in isHidden()
        qtbot.addWidget(page)
        pages.append(page)
        return PromptCard(journal, day, page)

    return make


def all_offered_themes(card: PromptCard) -> set[str]:
    """Press "Another" through every choice of the day and collect the themes seen."""
    themes = set()
    for _ in range(card.offer.choices):
        themes.add(card.offer.prompt.theme)
        card.another_button.click()
    return themes


def test_the_card_shows_a_prompt_from_the_library(journal: Journal, make_card) -> None:
    card = make_card(journal)

    assert not card.isHidden()
    assert card.offer.prompt == RANKED[0]
    assert card.prompt_label.text() == RANKED[0].text
    assert card.prompt_label.wordWrap()


def test_showing_the_card_records_the_prompt_once_a_day(journal: Journal, make_card) -> None:
    make_card(journal)
    make_card(journal)

    assert load_history(journal) == [PromptShown(RANKED[0].id, DAY)]


def test_another_shows_the_next_best_prompt(journal: Journal, make_card) -> None:
    card = make_card(journal)

    card.another_button.click()

    assert card.prompt_label.text() == RANKED[1].text
    assert [line.prompt_id for line in load_history(journal)] == [RANKED[0].id, RANKED[1].id]


def test_another_is_the_same_for_the_same_inputs(make_journal, make_card, tmp_path: Path) -> None:
    first, _ = make_journal()
    second, _ = make_journal(directory=tmp_path / "second")
    cards = [make_card(first), make_card(second)]

    for card in cards:
        card.another_button.click()
        card.another_button.click()

    assert cards[0].prompt_label.text() == cards[1].prompt_label.text() == RANKED[2].text


def test_reopening_shows_the_prompt_last_seen_today(journal: Journal, make_card, reopen) -> None:
    card = make_card(journal)
    card.another_button.click()

    journal = reopen(journal)

    assert make_card(journal).offer.prompt == RANKED[1]


def test_write_about_this_hands_over_the_prompt_and_records_it_used(journal: Journal, make_card, qtbot) -> None:
    card = make_card(journal)
    card.another_button.click()

    with qtbot.waitSignal(card.write_about_requested, timeout=1000) as signal:
        card.write_button.click()

    assert signal.args == [RANKED[1].id, RANKED[1].text]
    assert PromptShown(RANKED[1].id, DAY, used=True) in load_history(journal)


def test_not_today_leaves_one_gentle_line_and_nothing_else(journal: Journal, make_card) -> None:
    card = make_card(journal)

    card.not_today_button.click()

    assert card.offer.state is OfferState.NOT_TODAY
    assert card.message.text() == "No prompt today. The page is still here if you want it."
    assert not card.message.isHidden()
    assert card.prompt_label.isHidden()
    assert all(button.isHidden() for button in card.findChildren(QPushButton))


def test_not_today_lasts_the_day_and_ends_with_it(journal: Journal, make_card, reopen) -> None:
    make_card(journal).not_today_button.click()

    journal = reopen(journal)

    assert make_card(journal).offer.state is OfferState.NOT_TODAY
    tomorrow = make_card(journal, DAY + dt.timedelta(days=1))
    assert tomorrow.offer.state is OfferState.OFFERED and tomorrow.prompt_label.text()


def test_hiding_a_theme_lasts_and_its_prompts_stop(journal: Journal, make_card, reopen) -> None:
    card = make_card(journal)
    theme = card.offer.theme

    assert card.hide_theme_action.text() == f"Hide prompts about “{theme.title}”"
    card.hide_theme_action.trigger()

    assert card.offer.prompt.theme != theme.key
    assert theme.title in card.message.text() and not card.undo_hide_button.isHidden()
    journal = reopen(journal)
    assert journal.settings().hidden_prompt_themes == (theme.key,)
    assert theme.key not in all_offered_themes(make_card(journal))


def test_a_hidden_theme_can_be_brought_back_straight_away(journal: Journal, make_card) -> None:
    card = make_card(journal)
    theme = card.offer.theme.key

    card.hide_theme_action.trigger()
    card.undo_hide_button.click()

    assert journal.settings().hidden_prompt_themes == ()
    assert card.offer.prompt == RANKED[0]
    assert card.undo_hide_button.isHidden()
    assert theme in all_offered_themes(card)


def test_paused_prompts_hide_the_card(journal: Journal, make_card) -> None:
    with journal.transaction() as session:
        journal.save_settings(session, dataclasses.replace(journal.settings(), prompts_paused=True))

    card = make_card(journal)

    assert card.isHidden()
    assert load_history(journal) == []


def test_near_a_due_date_the_card_says_the_day_may_be_hard_and_puts_not_today_first(
    journal: Journal, make_card
) -> None:
    with journal.transaction() as session:
        journal.save_key_date(session, KeyDate("", KeyDateKind.DUE_DATE, DAY + dt.timedelta(days=1), "Due"))

    card = make_card(journal)

    assert not card.hard_date_line.isHidden()
    assert "today may be hard" in card.hard_date_line.text().lower()
    assert card.offer.theme.gentle
    assert card._buttons.itemAt(0).widget() is card.not_today_button
    assert card.not_today_button.font().bold()


def test_away_from_hard_dates_there_is_no_hard_date_line(journal: Journal, make_card) -> None:
    card = make_card(journal)

    assert card.hard_date_line.isHidden()
    assert card._buttons.itemAt(0).widget() is card.write_button
    assert not card.not_today_button.font().bold()


def test_an_earlier_day_hides_the_card_and_a_later_one_moves_it_on(journal: Journal, make_card) -> None:
    card = make_card(journal)

    card.set_date(DAY - dt.timedelta(days=2))
    assert card.isHidden()

    card.set_date(DAY + dt.timedelta(days=1))
    assert not card.isHidden()
    assert card.today == DAY + dt.timedelta(days=1)
    assert card.offer.day == DAY + dt.timedelta(days=1)


def test_every_control_has_a_name_and_takes_keyboard_focus(journal: Journal, make_card) -> None:
    from PySide6.QtCore import Qt

    card = make_card(journal)
    buttons = [card.write_button, card.another_button, card.not_today_button, card.more_button]

    for button in buttons:
        assert button.accessibleName()
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # a screen reader reads the prompt itself, not a label about it
    from PySide6.QtGui import QAccessible

    assert card.prompt_label.text()
    shown = QAccessible.queryAccessibleInterface(card.prompt_label)
    assert shown.text(QAccessible.Text.Name) == card.prompt_label.text()
    assert card.more_button.menu().actions() == [card.hide_theme_action]


def test_a_locked_journal_hides_the_card_instead_of_failing(journal: Journal, make_card) -> None:
    card = make_card(journal)
    journal.lock()

    card.refresh()

    assert card.isHidden()


def test_near_a_hard_date_the_keyboard_reaches_not_today_first(journal: Journal, make_card) -> None:
    with journal.transaction() as session:
        journal.save_key_date(session, KeyDate("", KeyDateKind.LOSS, DAY.replace(year=DAY.year - 1), "Loss"))

    card = make_card(journal)

    assert card.not_today_button.nextInFocusChain() is card.write_button
    assert card.write_button.nextInFocusChain() is card.another_button
