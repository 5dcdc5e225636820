"""Today's prompt for one journal: settings, key dates and history put together for `choose_prompt`.

The prompt card asks this module what to show and tells it what the person chose; it holds no rules of
its own. Reads come from the unlocked journal's memory. Writes take the caller's session, so the caller
decides what is saved together (`with journal.transaction() as session: ...`).

Which prompt is "current" is not stored separately: it is the prompt most recently shown today that may
still be offered (history keeps the order), so reopening the journal shows what the person last saw,
and "another" moves on from there. With nothing shown yet today it is the best-ranked prompt.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate
from journal.core.prompts.history import load_history, record_shown, record_used
from journal.core.prompts.library import Prompt, PromptLibrary, Theme, load_prompt_library
from journal.core.prompts.selection import PromptPreferences, hard_date_near, rank_prompts
from journal.core.settings import JournalSettings

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from journal.core.journal import Journal


class OfferState(enum.Enum):
    """Why the card shows what it shows."""

    OFFERED = "offered"  # a prompt is offered
    NOT_TODAY = "not_today"  # the person said "not today" for this day
    PAUSED = "paused"  # prompts are switched off altogether
    NONE_LEFT = "none_left"  # every prompt that could fit today is in a hidden theme


@dataclass(frozen=True, slots=True)
class PromptOffer:
    """What to show for one day: the prompt (if any), its theme, and whether a hard date is near."""

    day: dt.date
    state: OfferState
    prompt: Prompt | None = None
    theme: Theme | None = None
    hard_date: KeyDate | None = None  # the due date or loss anniversary within a few days, if any
    position: int = 0  # the prompt's place in today's ranking; "another" moves to the next
    choices: int = 0  # how many prompts could be offered today


def preferences_from(settings: JournalSettings, today: dt.date) -> PromptPreferences:
    """The prompt preferences held in the journal's settings, as selection wants them."""
    try:
        not_today = dt.date.fromisoformat(settings.prompts_not_today) if settings.prompts_not_today else None
    except ValueError:
        not_today = None  # an unreadable date is treated as never pressed
    return PromptPreferences(
        hidden_themes=frozenset(settings.hidden_prompt_themes),
        paused=settings.prompts_paused,
        not_today=not_today,
        situations=frozenset(settings.prompt_situations),
    )


def todays_offer(journal: Journal, today: dt.date, library: PromptLibrary | None = None) -> PromptOffer:
    """The prompt to show on `today`: the one last shown today if it may still be offered, else the best."""
    ranked, offer = _ranked(journal, today, library)
    if not ranked:
        return offer
    shown_today = [line.prompt_id for line in load_history(journal) if line.shown_on == today]
    position = 0
    for prompt_id in reversed(shown_today):
        index = _index_of(ranked, prompt_id)
        if index is not None:
            position = index
            break
    return _offered(offer, ranked, position, library)


def another_offer(
    journal: Journal, today: dt.date, current_id: str | None, library: PromptLibrary | None = None
) -> PromptOffer:
    """The next best prompt after `current_id` ("another"); after the last it starts over."""
    ranked, offer = _ranked(journal, today, library)
    if not ranked:
        return offer
    index = _index_of(ranked, current_id) if current_id else None
    position = 0 if index is None else (index + 1) % len(ranked)
    return _offered(offer, ranked, position, library)


def mark_shown(journal: Journal, session: Session, offer: PromptOffer) -> None:
    """Record the offered prompt in history (once per prompt per day); nothing when none is offered."""
    if offer.prompt is not None:
        record_shown(journal, session, offer.prompt.id, offer.day)


def show_again(journal: Journal, session: Session, prompt_id: str, today: dt.date) -> None:
    """Make a prompt shown earlier today the current one again (e.g. after undoing a hidden theme)."""
    record_shown(journal, session, prompt_id, today)


def mark_used(journal: Journal, session: Session, prompt_id: str, today: dt.date) -> None:
    """Record that the person chose to write about a prompt today."""
    record_used(journal, session, prompt_id, today)


def set_not_today(journal: Journal, session: Session, today: dt.date) -> None:
    """No prompt for the rest of `today`; the next day offers one again."""
    settings = journal.settings()
    journal.save_settings(session, dataclasses.replace(settings, prompts_not_today=today.isoformat()))


def hide_theme(journal: Journal, session: Session, theme_key: str) -> None:
    """Stop offering a whole theme, until the person turns it back on."""
    settings = journal.settings()
    if theme_key in settings.hidden_prompt_themes:
        return
    hidden = (*settings.hidden_prompt_themes, theme_key)
    journal.save_settings(session, dataclasses.replace(settings, hidden_prompt_themes=hidden))


def show_theme(journal: Journal, session: Session, theme_key: str) -> None:
    """Offer a hidden theme again."""
    settings = journal.settings()
    if theme_key not in settings.hidden_prompt_themes:
        return
    hidden = tuple(key for key in settings.hidden_prompt_themes if key != theme_key)
    journal.save_settings(session, dataclasses.replace(settings, hidden_prompt_themes=hidden))


def note_with_prompt(note: str, prompt_text: str) -> str:
    """The note with the prompt above it as a Markdown quote; a prompt already quoted there is not added twice."""
    quote = "\n".join(f"> {line}" if line else ">" for line in prompt_text.strip().splitlines())
    if quote in note:
        return note
    body = note.lstrip("\n")
    return f"{quote}\n\n{body}" if body else f"{quote}\n\n"


def entry_with_prompt(entry: DayEntry, prompt_id: str, prompt_text: str) -> DayEntry:
    """The day with the prompt quoted above its note and its id kept with the entry ("write about this")."""
    prompt_ids = entry.prompt_ids if prompt_id in entry.prompt_ids else (*entry.prompt_ids, prompt_id)
    return dataclasses.replace(entry, note=note_with_prompt(entry.note, prompt_text), prompt_ids=prompt_ids)


def _ranked(journal: Journal, today: dt.date, library: PromptLibrary | None) -> tuple[list[Prompt], PromptOffer]:
    """Today's ranking, and the offer to return when it is empty (with the reason)."""
    library = library or load_prompt_library()
    key_dates = journal.key_dates()
    preferences = preferences_from(journal.settings(), today)
    hard_date = hard_date_near(today, key_dates)
    if preferences.paused:
        return [], PromptOffer(today, OfferState.PAUSED, hard_date=hard_date)
    if preferences.not_today == today:
        return [], PromptOffer(today, OfferState.NOT_TODAY, hard_date=hard_date)
    ranked = rank_prompts(library, today, key_dates, load_history(journal), preferences)
    return ranked, PromptOffer(today, OfferState.NONE_LEFT, hard_date=hard_date)


def _offered(base: PromptOffer, ranked: list[Prompt], position: int, library: PromptLibrary | None) -> PromptOffer:
    prompt = ranked[position]
    theme = (library or load_prompt_library()).theme(prompt.theme)
    return dataclasses.replace(
        base, state=OfferState.OFFERED, prompt=prompt, theme=theme, position=position, choices=len(ranked)
    )


def _index_of(ranked: list[Prompt], prompt_id: str | None) -> int | None:
    return next((index for index, prompt in enumerate(ranked) if prompt.id == prompt_id), None)
