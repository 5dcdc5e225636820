"""The hard-date line on the prompt card: the person's own label, marked dates, and a hidden gentle theme."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import QWidget

from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.journal import Journal
from journal.core.prompts.today import OfferState
from journal.ui.prompts.prompt_card import PromptCard

DAY = dt.date(2026, 11, 24)


def card_for(qtbot, journal: Journal) -> PromptCard:
    page = QWidget()
    qtbot.addWidget(page)
    card = PromptCard(journal, DAY, page)
    card._page = page  # keep the page alive with the card
    return card


def save(journal: Journal, key_date: KeyDate) -> None:
    with journal.transaction() as session:
        journal.save_key_date(session, key_date)


def test_the_anniversary_line_uses_the_persons_own_words(qtbot, journal: Journal) -> None:
    save(journal, KeyDate("", KeyDateKind.LOSS, DAY.replace(year=2024), "losing Robin"))
    card = card_for(qtbot, journal)
    assert "“losing Robin”" in card.hard_date_line.text()
    assert "may be hard" in card.hard_date_line.text()


def test_hiding_the_gentle_theme_keeps_the_today_may_be_hard_line(qtbot, journal: Journal) -> None:
    save(journal, KeyDate("", KeyDateKind.LOSS, DAY.replace(year=2024)))
    with journal.transaction() as session:
        journal.save_settings(session, dataclasses.replace(journal.settings(), hidden_prompt_themes=("hard_dates",)))
    card = card_for(qtbot, journal)
    assert card.offer.state is OfferState.NONE_LEFT
    assert not card.isHidden()
    assert not card.hard_date_line.isHidden()
    assert "may be hard" in card.hard_date_line.text()
    assert card.prompt_label.isHidden() and card.write_button.isHidden()


def test_with_no_hard_date_and_nothing_left_the_card_is_hidden(qtbot, journal: Journal) -> None:
    from journal.core.prompts.library import load_prompt_library

    every_theme = tuple(theme.key for theme in load_prompt_library().themes)
    with journal.transaction() as session:
        journal.save_settings(session, dataclasses.replace(journal.settings(), hidden_prompt_themes=every_theme))
    assert card_for(qtbot, journal).isHidden()


def test_a_marked_date_the_person_asked_about_gets_the_gentle_line(qtbot, journal: Journal) -> None:
    save(journal, KeyDate("", KeyDateKind.OTHER, DAY + dt.timedelta(days=1), "the funeral", gentle_prompts=True))
    card = card_for(qtbot, journal)
    assert card.offer.state is OfferState.OFFERED and card.offer.theme.gentle
    assert "“the funeral” is near" in card.hard_date_line.text()
