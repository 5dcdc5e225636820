"""The few facts a clinician asks first: blood group and Rh, anti-D, and a free note.

The details of each loss (kind, weeks, how it was managed) live on its key date; this card shows
them beside these facts. Everything is optional: `None` means "not said".
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

MAX_FACTS_NOTE = 4000


class BloodGroup(enum.StrEnum):
    O = "O"  # noqa: E741 (the blood group's own name)
    A = "A"
    B = "B"
    AB = "AB"


class Rh(enum.StrEnum):
    POSITIVE = "positive"
    NEGATIVE = "negative"


@dataclass(frozen=True, slots=True)
class MedicalFacts:
    blood_group: BloodGroup | None = None
    rh: Rh | None = None
    anti_d_date: dt.date | None = None
    note: str = ""  # "things my clinician should know"

    def __post_init__(self) -> None:
        if len(self.note) > MAX_FACTS_NOTE:
            raise ValueError(f"note: at most {MAX_FACTS_NOTE} characters")

    def is_empty(self) -> bool:
        return self.blood_group is None and self.rh is None and self.anti_d_date is None and not self.note.strip()
