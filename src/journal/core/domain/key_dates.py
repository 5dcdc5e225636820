"""Dates that carry weight: a loss (often more than one), a due date, appointments, a first period."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass


class KeyDateKind(enum.StrEnum):
    LOSS = "loss"
    DUE_DATE = "due_date"
    APPOINTMENT = "appointment"
    FIRST_PERIOD = "first_period"
    OTHER = "other"


class LossKind(enum.StrEnum):
    """What kind of loss it was, in the person's choice of word; prompts and readings may follow it."""

    MISCARRIAGE = "miscarriage"
    ECTOPIC = "ectopic"
    MOLAR = "molar"
    CHEMICAL = "chemical"
    TFMR = "tfmr"
    STILLBIRTH = "stillbirth"
    OTHER = "other"


class Management(enum.StrEnum):
    """How a loss was managed, as the person recorded it; never inferred."""

    WAITING = "waiting"
    MEDICATION = "medication"
    SURGERY = "surgery"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class KeyDate:
    """A date the person marked, with their own words for it (the app uses their label, not ours).

    A loss may also carry its kind, the weeks of pregnancy and how it was managed; an appointment
    its outcome. Each is optional: `None` (or an empty outcome) means "not said". A date marked
    "Something else" may ask for the gentle hard-date prompts around it (`gentle_prompts`), because
    only the person knows which of their own dates are heavy.
    """

    id: str
    kind: KeyDateKind
    date: dt.date
    label: str = ""
    loss_kind: LossKind | None = None
    weeks: int | None = None
    management: Management | None = None
    outcome: str = ""
    gentle_prompts: bool = False


MAX_WEEKS = 45


def most_recent_loss(key_dates: list[KeyDate] | tuple[KeyDate, ...], on: dt.date) -> KeyDate | None:
    """The latest loss on or before `on`; recovery phases and "Day N since" count from it."""
    losses = [k for k in key_dates if k.kind is KeyDateKind.LOSS and k.date <= on]
    return max(losses, key=lambda k: k.date, default=None)


def recorded_loss_kinds(key_dates: list[KeyDate] | tuple[KeyDate, ...], on: dt.date) -> frozenset[str]:
    """The kinds of every loss recorded on or before `on` (not only the latest); unsaid kinds are left out."""
    return frozenset(
        k.loss_kind.value for k in key_dates if k.kind is KeyDateKind.LOSS and k.date <= on and k.loss_kind is not None
    )
