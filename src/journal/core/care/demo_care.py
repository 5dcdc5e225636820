"""The demo journal's milestones: hCG coming down over about five weeks after each loss, a
negative home test, a scan, a first period around week six and later cycles, a filled-in facts
card and a few questions. Made up, like the rest of the demo; the same seed gives the same story.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterable, Iterator
from dataclasses import replace

from journal.core.care.facts import BloodGroup, MedicalFacts, Rh
from journal.core.care.questions import Question
from journal.core.care.results import HcgUnit, HomeTestReading, ResultKind, TestResult
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate, KeyDateKind

# days after the loss -> hCG in IU/L (made up, shaped like the aftercare leaflets' examples)
_HCG_DAYS = ((1, 2460.0), (4, 1180.0), (8, 415.0), (13, 96.0), (20, 24.0), (27, 8.0), (35, 3.0))
_FIRST_PERIOD_AFTER = 43  # about six weeks
_PERIOD_LENGTH = 5


def demo_results(key_dates: Iterable[KeyDate], end: dt.date) -> list[TestResult]:
    results: list[TestResult] = []
    for loss in sorted(kd.date for kd in key_dates if kd.kind is KeyDateKind.LOSS):
        for days, value in _HCG_DAYS:
            last = days == _HCG_DAYS[-1][0]
            results.append(
                TestResult(
                    "",
                    loss + dt.timedelta(days=days),
                    ResultKind.HCG,
                    value,
                    HcgUnit.IU_PER_L,
                    place="Early pregnancy unit",
                    note="The nurse phoned with it in the afternoon." if days == 4 else "",
                    non_pregnant_level=last,
                )
            )
        results.append(
            TestResult(
                "",
                loss + dt.timedelta(days=6),
                ResultKind.SCAN,
                note="At the early pregnancy unit. They said the womb looked clear.",
            )
        )
        results.append(
            TestResult(
                "",
                loss + dt.timedelta(days=23),
                ResultKind.HOME_TEST,
                reading=HomeTestReading.NEGATIVE,
                note="First thing in the morning.",
            )
        )
    return [r for r in results if r.date <= end]


def with_periods(
    entries: Iterable[DayEntry], key_dates: Iterable[KeyDate], seed: int, end: dt.date
) -> Iterator[DayEntry]:
    """The demo's days with period days marked: the first about six weeks after each loss, then cycles."""
    rng = random.Random(seed * 7919 + 13)
    losses = sorted(kd.date for kd in key_dates if kd.kind is KeyDateKind.LOSS)
    period_days: dict[dt.date, int] = {}  # date -> day of the period (0 = first)
    for index, loss in enumerate(losses):
        # cycles stop a couple of months before a next pregnancy's loss
        stop = losses[index + 1] - dt.timedelta(days=100) if index + 1 < len(losses) else end
        start = loss + dt.timedelta(days=_FIRST_PERIOD_AFTER)
        while start < stop:
            for offset in range(_PERIOD_LENGTH):
                period_days[start + dt.timedelta(days=offset)] = offset
            start += dt.timedelta(days=rng.randint(26, 33))
    for entry in entries:
        period_day = period_days.get(entry.date)
        if period_day is None:
            yield entry
            continue
        bleeding = ("moderate", "moderate", "light", "light", "spotting")[period_day]
        yield replace(entry, symptoms={**entry.symptoms, "bleeding": bleeding}, period=True)


def demo_facts(key_dates: Iterable[KeyDate]) -> MedicalFacts:
    first_loss = min((kd.date for kd in key_dates if kd.kind is KeyDateKind.LOSS), default=None)
    return MedicalFacts(
        BloodGroup.A,
        Rh.NEGATIVE,
        first_loss + dt.timedelta(days=1) if first_loss else None,
        "Needles make me faint, so I like to lie down for blood tests.",
    )


def demo_questions(key_dates: Iterable[KeyDate], end: dt.date) -> list[Question]:
    appointment = min((kd.date for kd in key_dates if kd.kind is KeyDateKind.APPOINTMENT), default=None)
    if appointment is None:
        return []
    asked = appointment - dt.timedelta(days=3)
    questions = [
        Question("", asked, "How many more blood tests will I need?", appointment),
        Question("", asked, "When is it all right to go swimming again?", appointment),
        Question("", min(end, appointment + dt.timedelta(days=20)), "Is there anyone I can talk to about how I feel?"),
    ]
    return [q for q in questions if q.added_on <= end]
