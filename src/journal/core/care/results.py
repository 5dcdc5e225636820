"""Test results after a loss: hCG blood tests, home pregnancy tests, scans and anything else.

A result holds what the person was told, as entered (an hCG value keeps the unit they typed it
in); the app never grades or interprets it. Several results on one day are normal.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
from dataclasses import dataclass

MAX_HCG = 1_000_000.0
MAX_NOTE = 2000
MAX_PLACE = 200


class ResultKind(enum.StrEnum):
    HCG = "hcg"
    HOME_TEST = "home_test"
    SCAN = "scan"
    OTHER = "other"


class HcgUnit(enum.StrEnum):
    """Both units are the same scale (1 IU/L = 1 mIU/mL); the value is shown in the unit entered."""

    IU_PER_L = "IU/L"
    MIU_PER_ML = "mIU/mL"


class HomeTestReading(enum.StrEnum):
    POSITIVE = "positive"
    FAINT = "faint"
    NEGATIVE = "negative"


@dataclass(frozen=True, slots=True)
class TestResult:
    """One result on one day. `hcg` results carry `value` and `unit`; home tests `reading`; scans
    and other results say what they showed in `note`. `non_pregnant_level` is the person's own mark
    that their hCG is back to a non-pregnant level; the app never sets it.
    """

    id: str
    date: dt.date
    kind: ResultKind
    value: float | None = None
    unit: HcgUnit | None = None
    reading: HomeTestReading | None = None
    note: str = ""
    place: str = ""
    non_pregnant_level: bool = False

    __test__ = False  # not a pytest test class, despite the name

    def __post_init__(self) -> None:
        check_result(self)


def check_result(result: TestResult) -> None:
    """Raise ValueError naming the field when a result is not whole or out of range."""
    if result.kind is ResultKind.HCG:
        value = result.value
        if value is None or isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("value: an hCG result needs a number")
        if not math.isfinite(value) or not 0 <= value <= MAX_HCG:
            raise ValueError("value: expected a number from 0 to 1,000,000")
        if not isinstance(result.unit, HcgUnit):
            raise ValueError("unit: expected IU/L or mIU/mL")
        if result.reading is not None:
            raise ValueError("result: only a home test has a positive, faint or negative result")
    else:
        if result.value is not None or result.unit is not None:
            raise ValueError("value: only an hCG result has a value and unit")
        if result.non_pregnant_level:
            raise ValueError("non_pregnant_level: only an hCG result can be marked so")
        if result.kind is ResultKind.HOME_TEST:
            if not isinstance(result.reading, HomeTestReading):
                raise ValueError("result: expected positive, faint or negative")
        elif result.reading is not None:
            raise ValueError("result: only a home test has a positive, faint or negative result")
        elif not result.note.strip():
            raise ValueError("note: a scan or other result needs a short outcome")
    if len(result.note) > MAX_NOTE:
        raise ValueError(f"note: at most {MAX_NOTE} characters")
    if len(result.place) > MAX_PLACE:
        raise ValueError(f"place: at most {MAX_PLACE} characters")


def format_hcg(value: float) -> str:
    """An hCG value as entered: whole numbers without a decimal point, others as typed (up to 2 places)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.2f}".rstrip("0").rstrip(".")
