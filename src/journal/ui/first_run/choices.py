"""What the person chose in the optional last step, and writing it into the new journal in one go."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from journal.core.journal import Journal


@dataclass(frozen=True)
class FirstRunChoices:
    losses: tuple[tuple[dt.date, str], ...] = ()  # (date, the person's own label)
    due_date: dt.date | None = None
    hidden_symptoms: tuple[str, ...] = ()
    symptom_order: tuple[str, ...] = ()
    custom_symptoms: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    day_counter: str = ""  # "" (no counter), "days" or "weeks": how Today counts from the loss


def apply_first_run_choices(journal: Journal, choices: FirstRunChoices) -> None:
    """Store the key dates and symptom choices; skipping everything stores nothing."""
    from journal.core.domain.key_dates import KeyDate, KeyDateKind

    key_dates = [KeyDate("", KeyDateKind.LOSS, date, label.strip()) for date, label in choices.losses]
    if choices.due_date is not None:
        key_dates.append(KeyDate("", KeyDateKind.DUE_DATE, choices.due_date, ""))
    settings = journal.settings()
    chosen = replace(
        settings,
        hidden_symptoms=tuple(choices.hidden_symptoms),
        symptom_order=tuple(choices.symptom_order),
        custom_symptoms=tuple(choices.custom_symptoms),
    )
    if choices.day_counter:
        chosen = replace(chosen, show_day_counter=True, day_counter_wording=choices.day_counter)
    with journal.transaction() as session:
        for key_date in key_dates:
            journal.save_key_date(session, key_date)
        if chosen != settings:
            journal.save_settings(session, chosen)
