"""Week-by-week and month-by-month summaries: what was written, bleeding, pain, the person's own symptoms,
mood, feelings, self-care.

Numbers describe; they never grade. The self-care observation compares how often mood was Okay or
Good on days with and without each thing the person did for themselves; the view words it as an
observation ("On days with a walk, mood was more often Okay or Good"), never as advice.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from journal.core.domain.catalog import SymptomCatalog, SymptomDefinition, SymptomKind
from journal.core.domain.entry import DayEntry
from journal.core.review.series import metric_value

BLEEDING = "bleeding"
PAIN = "cramping"
BETTER_MOOD = 4  # "Okay" and "Good"
TREND_MARGIN = 0.5  # bleeding levels (none=0 .. heavy=4) between the halves of a period
MIN_DAYS_FOR_OBSERVATION = 3
TOP_FEELINGS = 3


class PeriodKind(enum.StrEnum):
    WEEK = "week"
    MONTH = "month"


class BleedingTrend(enum.StrEnum):
    NONE = "none"  # no bleeding recorded in the period
    UNKNOWN = "unknown"  # too few records in one half to compare
    LESS = "less"
    STEADY = "steady"
    MORE = "more"


@dataclass(frozen=True, slots=True)
class SelfCareObservation:
    """How often mood was Okay or Good on days with `item` and on days without it."""

    item: str
    days_with: int
    better_with: int
    days_without: int
    better_without: int


@dataclass(frozen=True, slots=True)
class OwnSymptomSummary:
    """One of the person's own (custom) symptoms over a period, made only when the period holds values for it.

    What each kind reports, counting only days with a value for the symptom (`days_recorded`):
    - scale and number: `average` (one decimal) and `highest`; numbers in °F count as °C, as in the charts;
    - yes/no: `days_present`, the days answered yes (`average` and `highest` stay `None`);
    - levels: `days_present`, the days above the lowest level, and `highest`, the index of the highest
      level reached (the view names it with the level's word).
    `days_present` is also filled for scales (days above 0) and numbers (every recorded day), as in search.
    """

    key: str
    kind: SymptomKind
    days_recorded: int
    days_present: int
    average: float | None = None
    highest: float | None = None


@dataclass(frozen=True, slots=True)
class PeriodSummary:
    start: dt.date
    end: dt.date
    days_written: int
    bleeding_days: int
    bleeding_trend: BleedingTrend
    pain_average: float | None
    pain_worst: float | None
    mood_counts: tuple[int, int, int, int, int]  # days at each mood step, Very low first
    top_feelings: tuple[tuple[str, int], ...]
    better_days_self_care: tuple[SelfCareObservation, ...]
    own_symptoms: tuple[OwnSymptomSummary, ...] = ()  # tracked custom symptoms with values, catalog order

    @property
    def mood_days(self) -> int:
        return sum(self.mood_counts)


def periods(start: dt.date, end: dt.date, kind: PeriodKind) -> Iterator[tuple[dt.date, dt.date]]:
    """Calendar weeks (Monday to Sunday) or months touching `start`..`end`, clipped to that span."""
    first = start - dt.timedelta(days=start.weekday()) if kind is PeriodKind.WEEK else start.replace(day=1)
    while first <= end:
        if kind is PeriodKind.WEEK:
            following = first + dt.timedelta(days=7)
        else:
            following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        yield max(first, start), min(following - dt.timedelta(days=1), end)
        first = following


def summarise(entries: Sequence[DayEntry], start: dt.date, end: dt.date, catalog: SymptomCatalog) -> PeriodSummary:
    """The summary of the entries dated `start`..`end` (entries outside are ignored)."""
    days = [entry for entry in entries if start <= entry.date <= end]
    bleeding = [
        (e.date, level)
        for e in days
        if BLEEDING in e.symptoms and (level := metric_value(e, BLEEDING, catalog)) is not None
    ]
    pain = [value for e in days if PAIN in e.symptoms and (value := metric_value(e, PAIN, catalog)) is not None]
    moods = Counter(e.mood for e in days if e.mood is not None)
    feelings = Counter(feeling for e in days for feeling in e.feelings)
    return PeriodSummary(
        start=start,
        end=end,
        days_written=len(days),
        bleeding_days=sum(1 for _, level in bleeding if level > 0),
        bleeding_trend=bleeding_trend(bleeding, start, end),
        pain_average=round(sum(pain) / len(pain), 1) if pain else None,
        pain_worst=max(pain) if pain else None,
        mood_counts=(moods[1], moods[2], moods[3], moods[4], moods[5]),
        top_feelings=tuple(sorted(feelings.items(), key=lambda item: (-item[1], item[0]))[:TOP_FEELINGS]),
        better_days_self_care=self_care_observations(days),
        own_symptoms=own_symptom_summaries(days, catalog),
    )


def summaries(
    entries: Sequence[DayEntry], start: dt.date, end: dt.date, kind: PeriodKind, catalog: SymptomCatalog
) -> list[PeriodSummary]:
    """One summary per week or month from `start` to `end`, oldest first; entries must be oldest first."""
    result = []
    index = 0
    for low, high in periods(start, end, kind):
        while index < len(entries) and entries[index].date < low:
            index += 1
        stop = index
        while stop < len(entries) and entries[stop].date <= high:
            stop += 1
        result.append(summarise(entries[index:stop], low, high, catalog))
        index = stop
    return result


def bleeding_trend(levels: Sequence[tuple[dt.date, float]], start: dt.date, end: dt.date) -> BleedingTrend:
    """Compare the mean bleeding level in the first and second half of the period.

    Both halves need at least one record; a difference under half a level counts as steady.
    """
    if not any(level > 0 for _, level in levels):
        return BleedingTrend.NONE
    middle = start + dt.timedelta(days=((end - start).days + 1) // 2)
    early = [level for date, level in levels if date < middle]
    late = [level for date, level in levels if date >= middle]
    if not early or not late:
        return BleedingTrend.UNKNOWN
    change = sum(late) / len(late) - sum(early) / len(early)
    if change <= -TREND_MARGIN:
        return BleedingTrend.LESS
    if change >= TREND_MARGIN:
        return BleedingTrend.MORE
    return BleedingTrend.STEADY


def self_care_observations(days: Sequence[DayEntry]) -> tuple[SelfCareObservation, ...]:
    """Self-care that went with Okay-or-Good days more often than its absence did, strongest first.

    Only days with a mood count; an item needs at least three such days with it and one without.
    """
    with_mood = [e for e in days if e.mood is not None]
    better_total = sum(1 for e in with_mood if (e.mood or 0) >= BETTER_MOOD)
    having: Counter[str] = Counter()
    better_having: Counter[str] = Counter()
    for entry in with_mood:
        better = (entry.mood or 0) >= BETTER_MOOD
        for item in set(entry.self_care):
            having[item] += 1
            better_having[item] += better
    found = []
    for item in sorted(having):
        days_with, better_with = having[item], better_having[item]
        days_without, better_without = len(with_mood) - days_with, better_total - better_with
        if days_with < MIN_DAYS_FOR_OBSERVATION or not days_without:
            continue
        if better_with / days_with > better_without / days_without:
            found.append(SelfCareObservation(item, days_with, better_with, days_without, better_without))
    found.sort(key=lambda o: (-(o.better_with / o.days_with - o.better_without / o.days_without), o.item))
    return tuple(found)


def own_symptom_summaries(days: Sequence[DayEntry], catalog: SymptomCatalog) -> tuple[OwnSymptomSummary, ...]:
    """A summary for each tracked custom symptom that has a value on at least one of `days`.

    A symptom with no values in the period is left out, not reported as zero: a week before the
    symptom was added, or a week it was not noted, says nothing about it.
    """
    found = []
    for definition in catalog.tracked():
        if not definition.custom:
            continue
        values = [
            value
            for entry in days
            if definition.key in entry.symptoms and (value := metric_value(entry, definition.key, catalog)) is not None
        ]
        if values:
            found.append(_own_symptom_summary(definition, values))
    return tuple(found)


def _own_symptom_summary(definition: SymptomDefinition, values: Sequence[float]) -> OwnSymptomSummary:
    kind = definition.kind
    present = len(values) if kind is SymptomKind.NUMBER else sum(1 for value in values if value > 0)
    if kind is SymptomKind.YES_NO:
        return OwnSymptomSummary(definition.key, kind, len(values), present)
    if kind is SymptomKind.LEVELS:
        return OwnSymptomSummary(definition.key, kind, len(values), present, highest=max(values))
    average = round(sum(values) / len(values), 1)
    return OwnSymptomSummary(definition.key, kind, len(values), present, average, max(values))
