"""Which prompt to offer today.

Pure and deterministic: the same day, dates, history and settings always give the same prompt, so opening
the journal twice never shuffles it, and a test can pin every rule. The rules, in order:

1. Prompts paused altogether, or "not today" pressed today: nothing.
2. Near a due date or the anniversary of a loss (a few days either side), only gentle prompts: those of
   the gentle (hard-dates) theme that fit that kind of date, or prompts elsewhere whose condition names
   it. A date marked "Something else" counts too when the person switched on gentle prompts for it
   (`KeyDate.gentle_prompts`); only the untied gentle prompts fit it, since the tied ones speak of a
   due date or an anniversary of a loss. A hidden theme stays hidden even then, and an ordinary prompt
   never stands in: with the hard-dates theme hidden, the bundled library offers no prompt on those
   days (the card still says the day may be hard). Away from those dates, the gentle theme and
   date-tied prompts are not offered.
3. The prompt fits the recovery phase. With no loss date, only prompts marked "any" fit.
4. Prompts about a situation (going back to work, a partner's view, children already at home, trying
   again, a pregnancy now) are offered only when the person said it applies to them, so nobody who lost a
   pregnancy is asked about supporting someone else.
5. A person who said "I'm a partner or support person" is never offered a prompt about their own body
   (`body = true`: bleeding, milk, their own cramps), whatever its theme or condition.
6. A prompt written for some kinds of loss (`loss_kinds`) is offered only to a person who recorded a
   loss of one of those kinds, on or before today. Any recorded loss counts, not only the most recent:
   a second loss does not make the first one stop being theirs, and a molar pregnancy's follow-up can
   run past a later loss. A loss with no kind recorded matches no kind-specific prompt.
7. Prompts shown in the last 30 days come last, least recently shown first, and ones the person wrote
   about come after ones they passed over. Among the rest: themes shown longest ago first, then prompts
   written for this phase before "any" prompts, then an order seeded by the date and the prompt id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from journal.core.domain.key_dates import KeyDate, KeyDateKind, most_recent_loss, recorded_loss_kinds
from journal.core.prompts.library import ANY_PHASE, HARD_DATE_CONDITIONS, Prompt, PromptLibrary, Reading, Theme

NO_REPEAT_DAYS = 30
HARD_DATE_WINDOW_DAYS = 3
#: Days since the loss at which each phase begins; "first_days" starts on the day of the loss.
FIRST_WEEKS_FROM_DAY = 14
LATER_FROM_DAY = 84

_CONDITION_FOR_KIND = {
    KeyDateKind.DUE_DATE: "near_due_date",
    KeyDateKind.LOSS: "near_anniversary",
    KeyDateKind.OTHER: "near_marked_date",
}
#: The situation that says the person is a partner or support person, not the one who was pregnant.
PARTNER_SITUATION = "partner_view"


@dataclass(frozen=True, slots=True)
class PromptShown:
    """One line of history, kept by the store (encrypted)."""

    prompt_id: str
    shown_on: dt.date
    used: bool = False  # "write about this" was pressed


@dataclass(frozen=True, slots=True)
class PromptPreferences:
    """What the person chose about prompts; everything here is theirs to change at any time."""

    hidden_themes: frozenset[str] = frozenset()
    paused: bool = False  # prompts switched off altogether
    not_today: dt.date | None = None  # the day "not today" was pressed
    #: Situations the person said fit them ("returning_to_work", "partner_view", "parenting_already",
    #: "trying_again", "pregnant_again"). Each is off by default.
    situations: frozenset[str] = frozenset()


def recovery_phase(today: dt.date, key_dates: Sequence[KeyDate]) -> str:
    """The phase counted from the most recent loss: "first_days", "first_weeks", "later", or "any"."""
    loss = most_recent_loss(tuple(key_dates), today)
    if loss is None:
        return ANY_PHASE
    days = (today - loss.date).days
    if days < FIRST_WEEKS_FROM_DAY:
        return "first_days"
    if days < LATER_FROM_DAY:
        return "first_weeks"
    return "later"


def hard_date_near(
    today: dt.date, key_dates: Sequence[KeyDate], window_days: int = HARD_DATE_WINDOW_DAYS
) -> KeyDate | None:
    """The due date, or the loss whose anniversary, lies within `window_days` of today; nearest first.

    Anniversaries are the same month and day in a later year (29 February falls on the 28th). The day
    of a loss itself is not counted: the first-days prompts are written for it. A due date counts only
    around the date itself, not yearly, because the app cannot tell it from a later pregnancy's.
    """
    near = _hard_dates_near(today, key_dates, window_days)
    return near[0][1] if near else None


def rank_prompts(
    library: PromptLibrary,
    today: dt.date,
    key_dates: Sequence[KeyDate],
    history: Iterable[PromptShown],
    preferences: PromptPreferences,
) -> list[Prompt]:
    """Every prompt that may be offered today, best first; empty when prompts are paused for today.

    History from today onwards is ignored, so recording today's prompt does not change today's choice.
    """
    if preferences.paused or preferences.not_today == today:
        return []
    phase = recovery_phase(today, key_dates)
    near = frozenset(condition for condition, _ in _hard_dates_near(today, key_dates, HARD_DATE_WINDOW_DAYS))
    kinds = recorded_loss_kinds(tuple(key_dates), today)
    candidates = [
        prompt
        for theme in library.themes
        if theme.key not in preferences.hidden_themes
        for prompt in theme.prompts
        if prompt.fits_phase(phase)
        and _fits_hard_dates(prompt, theme, near)
        and _fits_situations(prompt, preferences)
        and _fits_person(prompt, preferences)
        and fits_loss_kinds(prompt.loss_kinds, kinds)
    ]

    last_shown: dict[str, dt.date] = {}
    written_about: set[str] = set()
    for line in history:
        if line.shown_on >= today:
            continue
        if line.prompt_id not in last_shown or line.shown_on > last_shown[line.prompt_id]:
            last_shown[line.prompt_id] = line.shown_on
        if line.used:
            written_about.add(line.prompt_id)
    theme_of = {prompt.id: prompt.theme for prompt in library.prompts}
    theme_last_shown: dict[str, dt.date] = {}
    for prompt_id, shown_on in last_shown.items():
        theme = theme_of.get(prompt_id)
        if theme is not None and shown_on > theme_last_shown.get(theme, dt.date.min):
            theme_last_shown[theme] = shown_on

    def order(prompt: Prompt) -> tuple[int, int, int, int, str]:
        seeded = _seeded_position(today, prompt.id)
        shown_on = last_shown.get(prompt.id)
        if shown_on is not None and (today - shown_on).days < NO_REPEAT_DAYS:
            return (1, prompt.id in written_about, shown_on.toordinal(), seeded, prompt.id)
        theme_shown = theme_last_shown.get(prompt.theme, dt.date.min).toordinal()
        for_this_phase = phase != ANY_PHASE and ANY_PHASE not in prompt.phases
        return (0, theme_shown, not for_this_phase, seeded, prompt.id)

    return sorted(candidates, key=order)


def choose_prompt(
    library: PromptLibrary,
    today: dt.date,
    key_dates: Sequence[KeyDate],
    history: Iterable[PromptShown],
    preferences: PromptPreferences,
    skip: int = 0,
) -> Prompt | None:
    """Today's prompt, or None. `skip=N` is the N-th next best ("another"); past the end it starts over."""
    if skip < 0:
        raise ValueError(f"skip must be zero or more, got {skip}")
    ranked = rank_prompts(library, today, key_dates, history, preferences)
    return ranked[skip % len(ranked)] if ranked else None


def _hard_dates_near(today: dt.date, key_dates: Sequence[KeyDate], window_days: int) -> list[tuple[str, KeyDate]]:
    found: list[tuple[int, str, KeyDate]] = []
    for key_date in key_dates:
        if key_date.kind is KeyDateKind.DUE_DATE:
            candidates = [key_date.date]
        elif key_date.kind is KeyDateKind.LOSS:
            years = range(max(today.year - 1, key_date.date.year + 1), today.year + 2)
            candidates = [_same_day_in_year(key_date.date, year) for year in years]
        elif key_date.kind is KeyDateKind.OTHER and key_date.gentle_prompts:
            # The date itself counts too: a funeral or a diagnosis day may be ahead, unlike a loss.
            years = range(max(today.year - 1, key_date.date.year), today.year + 2)
            candidates = [_same_day_in_year(key_date.date, year) for year in years]
        else:
            continue
        distances = [abs((day - today).days) for day in candidates]
        if distances and min(distances) <= window_days:
            found.append((min(distances), _CONDITION_FOR_KIND[key_date.kind], key_date))
    found.sort(key=lambda hit: (hit[0], hit[1], hit[2].date, hit[2].id))
    return [(condition, key_date) for _, condition, key_date in found]


def _same_day_in_year(day: dt.date, year: int) -> dt.date:
    if day.month == 2 and day.day == 29:
        try:
            return dt.date(year, 2, 29)
        except ValueError:
            return dt.date(year, 2, 28)
    return day.replace(year=year)


def _fits_hard_dates(prompt: Prompt, theme: Theme, near: frozenset[str]) -> bool:
    tied_to = prompt.conditions & HARD_DATE_CONDITIONS
    if not near:
        return not tied_to and not theme.gentle
    return bool(tied_to & near) if tied_to else theme.gentle


def _fits_situations(prompt: Prompt, preferences: PromptPreferences) -> bool:
    situations = prompt.conditions - HARD_DATE_CONDITIONS
    return situations <= preferences.situations


def _fits_person(prompt: Prompt, preferences: PromptPreferences) -> bool:
    """A prompt about one's own body is never offered to a partner or support person."""
    return not (prompt.body and PARTNER_SITUATION in preferences.situations)


def fits_loss_kinds(wanted: frozenset[str], recorded: frozenset[str]) -> bool:
    """Whether content written for `wanted` kinds of loss (empty: every kind) fits what was recorded."""
    return not wanted or bool(wanted & recorded)


def reading_offered(reading: Reading, recorded: frozenset[str]) -> bool:
    """Whether the Library lists a reading unasked: one for every kind, for a kind recorded, or the safety page.

    Unlike a prompt, a reading is only a title in a list until someone opens it, so a person who recorded
    no kind of loss sees every reading; once they record one, readings for other kinds step back (a
    search still finds them), so nobody who had a miscarriage is shown pages about a decision to end one.
    """
    return reading.safety or not recorded or fits_loss_kinds(reading.loss_kinds, recorded)


def _seeded_position(today: dt.date, prompt_id: str) -> int:
    digest = hashlib.sha256(f"{today.isoformat()}|{prompt_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big")
