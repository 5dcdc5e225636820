"""What page one of the clinician report says, worked out from the chosen range without Qt.

Each part is `None` or empty when there is nothing to say, and the page then leaves its line out.
Values are as recorded; nothing is graded or interpreted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from journal.core.care.facts import MedicalFacts
from journal.core.care.milestones import first_periods
from journal.core.care.questions import Question
from journal.core.care.results import ResultKind, TestResult
from journal.core.domain.entry import DayEntry, Measurement
from journal.core.domain.key_dates import KeyDate, KeyDateKind

FEVER_C = 38.0
FEVER_F = 100.4
BLEEDING_LEVELS = ("spotting", "light", "moderate", "heavy")  # "none" is recorded, but is not bleeding
MOOD_WINDOW_DAYS = 14
DIZZINESS_TOP = 2  # of 3: the two top levels
LATER_AFTER_DAYS = 1  # written more than this many days after the date counts as filled in later


@dataclass(frozen=True, slots=True)
class LossLine:
    key_date: KeyDate
    days_since: int  # at the report's last day; 0 on the day itself


@dataclass(frozen=True, slots=True)
class DatedNumber:
    date: dt.date
    value: float


@dataclass(frozen=True, slots=True)
class FeverReading:
    date: dt.date
    reading: Measurement


@dataclass(frozen=True)
class Bleeding:
    recorded_days: int  # days with a bleeding value, "none" included
    by_level: dict[str, int]  # level -> days, in BLEEDING_LEVELS order, only levels seen
    heaviest: str | None
    heaviest_dates: tuple[dt.date, ...]
    last_bleeding: dt.date | None
    most_pads: DatedNumber | None
    clot_dates: tuple[dt.date, ...]

    @property
    def bleeding_days(self) -> int:
        return sum(self.by_level.values())

    @property
    def none_recorded(self) -> bool:
        """Bleeding was noted on some day, and on every such day as "none"."""
        return self.recorded_days > 0 and not self.by_level


@dataclass(frozen=True)
class Scale:
    """A 0–N scale over the range: days with a value, their average, the highest and its first date."""

    days: int
    average: float
    highest: float
    highest_on: dt.date


@dataclass(frozen=True)
class MoodWindow:
    start: dt.date
    end: dt.date
    counts: dict[int, int]  # mood step -> days, steps with at least one day


@dataclass(frozen=True)
class Written:
    """When the days in the range were written, from the times each entry keeps."""

    days: int
    on_the_day: int
    next_day: int
    later: tuple[dt.date, ...]  # written more than a day after the date
    unknown: int  # entries from before the journal kept these times


@dataclass(frozen=True)
class FirstPage:
    losses: tuple[LossLine, ...]
    facts: MedicalFacts | None
    hcg: tuple[TestResult, ...]  # every hCG result in the range, after the last one before it
    hcg_before: TestResult | None  # the last hCG result before the range (also first in `hcg`)
    home_tests: tuple[TestResult, ...]
    other_results: tuple[TestResult, ...]  # scans and others, in the range
    first_period: dt.date | None
    bleeding: Bleeding
    fevers: tuple[FeverReading, ...]
    temperature_readings: int
    pain: Scale | None
    dizziness: tuple[DatedNumber, ...]  # days at the top levels
    mood_first: MoodWindow | None
    mood_last: MoodWindow | None
    tiredness: Scale | None
    sleep: Scale | None  # hours; `highest` is the most, and the fewest is in `sleep_fewest`
    sleep_fewest: DatedNumber | None
    appointments: tuple[KeyDate, ...]
    questions: tuple[Question, ...]  # open ones, only when the person chose to include them
    written: Written


def is_fever(reading: Measurement) -> bool:
    return reading.value >= (FEVER_F if reading.unit == "F" else FEVER_C)


def build_first_page(
    in_range: Sequence[DayEntry],
    all_days: Iterable[DayEntry],
    key_dates: Sequence[KeyDate],
    start: dt.date,
    end: dt.date,
    *,
    results: Sequence[TestResult] = (),
    questions: Sequence[Question] = (),
    facts: MedicalFacts | None = None,
    include_questions: bool = False,
) -> FirstPage:
    losses = tuple(
        LossLine(kd, (end - kd.date).days) for kd in key_dates if kd.kind is KeyDateKind.LOSS and kd.date <= end
    )
    hcg_all = sorted((r for r in results if r.kind is ResultKind.HCG), key=lambda r: (r.date, r.id))
    before = [r for r in hcg_all if r.date < start]
    hcg_before = before[-1] if before else None
    hcg = tuple(([hcg_before] if hcg_before else []) + [r for r in hcg_all if start <= r.date <= end])
    in_dates = [r for r in results if start <= r.date <= end]
    periods = [date for date in first_periods(list(key_dates), all_days) if start <= date <= end]
    periods += [kd.date for kd in key_dates if kd.kind is KeyDateKind.FIRST_PERIOD and start <= kd.date <= end]
    return FirstPage(
        losses=losses,
        facts=facts if facts is not None and not facts.is_empty() else None,
        hcg=hcg,
        hcg_before=hcg_before,
        home_tests=tuple(sorted((r for r in in_dates if r.kind is ResultKind.HOME_TEST), key=lambda r: r.date)),
        other_results=tuple(
            sorted((r for r in in_dates if r.kind in (ResultKind.SCAN, ResultKind.OTHER)), key=lambda r: r.date)
        ),
        first_period=min(periods) if periods else None,
        bleeding=_bleeding(in_range),
        fevers=tuple(
            FeverReading(e.date, t)
            for e in in_range
            if isinstance(t := e.symptoms.get("temperature"), Measurement) and is_fever(t)
        ),
        temperature_readings=sum(isinstance(e.symptoms.get("temperature"), Measurement) for e in in_range),
        pain=_scale(in_range, "cramping"),
        dizziness=tuple(
            DatedNumber(d.date, d.value) for d in _numbers(in_range, "dizziness") if d.value >= DIZZINESS_TOP
        ),
        mood_first=_mood(in_range, start, min(end, start + dt.timedelta(days=MOOD_WINDOW_DAYS - 1))),
        mood_last=(
            _mood(in_range, end - dt.timedelta(days=MOOD_WINDOW_DAYS - 1), end)
            if (end - start).days + 1 >= 2 * MOOD_WINDOW_DAYS
            else None
        ),
        tiredness=_scale(in_range, "tiredness"),
        sleep=_scale(in_range, "sleep_hours"),
        sleep_fewest=min(_numbers(in_range, "sleep_hours"), key=lambda d: d.value, default=None),
        appointments=tuple(kd for kd in key_dates if kd.kind is KeyDateKind.APPOINTMENT and start <= kd.date <= end),
        questions=tuple(q for q in questions if not q.is_done) if include_questions else (),
        written=_written(in_range),
    )


def _numbers(entries: Iterable[DayEntry], key: str) -> list[DatedNumber]:
    found = []
    for entry in entries:
        value = entry.symptoms.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            found.append(DatedNumber(entry.date, float(value)))
    return found


def _scale(entries: Iterable[DayEntry], key: str) -> Scale | None:
    values = _numbers(entries, key)
    if not values:
        return None
    top = max(values, key=lambda d: (d.value, -d.date.toordinal()))
    return Scale(len(values), round(sum(d.value for d in values) / len(values), 1), top.value, top.date)


def _bleeding(entries: Sequence[DayEntry]) -> Bleeding:
    recorded = [(e.date, e.symptoms["bleeding"]) for e in entries if isinstance(e.symptoms.get("bleeding"), str)]
    counted = [(date, level) for date, level in recorded if level in BLEEDING_LEVELS]
    by_level = {level: n for level in BLEEDING_LEVELS if (n := sum(lv == level for _, lv in counted))}
    heaviest = max(by_level, key=BLEEDING_LEVELS.index) if by_level else None
    pads = _numbers(entries, "pads")
    most = max(pads, key=lambda d: (d.value, -d.date.toordinal()), default=None)
    return Bleeding(
        recorded_days=len(recorded),
        by_level=by_level,
        heaviest=heaviest,
        heaviest_dates=tuple(date for date, level in counted if level == heaviest),
        last_bleeding=counted[-1][0] if counted else None,
        most_pads=most if most is not None and most.value > 0 else None,
        clot_dates=tuple(e.date for e in entries if e.symptoms.get("clots") is True),
    )


def _mood(entries: Iterable[DayEntry], start: dt.date, end: dt.date) -> MoodWindow | None:
    counts: dict[int, int] = {}
    for entry in entries:
        if start <= entry.date <= end and entry.mood is not None:
            counts[entry.mood] = counts.get(entry.mood, 0) + 1
    return MoodWindow(start, end, dict(sorted(counts.items()))) if counts else None


def _written(entries: Sequence[DayEntry]) -> Written:
    on_the_day = next_day = unknown = 0
    later: list[dt.date] = []
    for entry in entries:
        if entry.written_at is None:
            unknown += 1
            continue
        after = (entry.written_at.date() - entry.date).days
        if after <= 0:
            on_the_day += 1
        elif after <= LATER_AFTER_DAYS:
            next_day += 1
        else:
            later.append(entry.date)
    return Written(len(entries), on_the_day, next_day, tuple(later), unknown)


def date_runs(dates: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Consecutive dates folded into (first, last) runs, oldest first: 2, 3, 4, 9 Nov -> (2, 4), (9, 9)."""
    runs: list[tuple[dt.date, dt.date]] = []
    for date in sorted(set(dates)):
        if runs and (date - runs[-1][1]).days == 1:
            runs[-1] = (runs[-1][0], date)
        else:
            runs.append((date, date))
    return runs


@dataclass(frozen=True)
class PeriodFigures:
    days_recorded: int
    bleeding_days: int
    pain_average: float | None
    mood_average: float | None


@dataclass(frozen=True)
class Comparison:
    """This range beside the period of the same length just before it (only when that one has entries)."""

    before_start: dt.date
    before_end: dt.date
    now: PeriodFigures
    before: PeriodFigures


def figures(entries: Sequence[DayEntry]) -> PeriodFigures:
    pain = _scale(entries, "cramping")
    moods = [e.mood for e in entries if e.mood is not None]
    return PeriodFigures(
        days_recorded=len(entries),
        bleeding_days=_bleeding(entries).bleeding_days,
        pain_average=pain.average if pain else None,
        mood_average=round(sum(moods) / len(moods), 1) if moods else None,
    )


def compare_with_previous(all_days: Iterable[DayEntry], start: dt.date, end: dt.date) -> Comparison | None:
    length = (end - start).days + 1
    before_end = start - dt.timedelta(days=1)
    before_start = start - dt.timedelta(days=length)
    now = [e for e in all_days if start <= e.date <= end]
    before = [e for e in all_days if before_start <= e.date <= before_end]
    if not before or not now:
        return None
    return Comparison(before_start, before_end, figures(now), figures(before))
