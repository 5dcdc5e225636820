"""Dates that carry weight: a loss (often more than one), a due date, appointments."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class KeyDateKind(enum.StrEnum):
    LOSS = "loss"
    DUE_DATE = "due_date"
    APPOINTMENT = "appointment"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class KeyDate:
    """A date the person marked, with their own words for it (the app uses their label, not ours)."""

    id: str
    kind: KeyDateKind
    date: dt.date
    label: str = ""


def most_recent_loss(key_dates: list[KeyDate] | tuple[KeyDate, ...], on: dt.date) -> KeyDate | None:
    """The latest loss on or before `on`; recovery phases and "Day N since" count from it."""
    losses = [k for k in key_dates if k.kind is KeyDateKind.LOSS and k.date <= on]
    return max(losses, key=lambda k: k.date, default=None)
