"""The clinician report's content: options chosen in the dialog, the one-minute summary, the day rows.

Factual and compact, with units; no interpretation. A day without an entry is marked as such,
never shown as zero. Private notes are left out unless the person asks for them.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from journal.core.care.facts import MedicalFacts
from journal.core.care.questions import Question
from journal.core.care.results import TestResult
from journal.core.domain.catalog import SymptomCatalog
from journal.core.domain.entry import DayEntry, Measurement
from journal.core.domain.key_dates import KeyDate
from journal.core.exchange.values import medication_text, value_with_unit
from journal.core.report.first_page import (
    FEVER_C,
    FEVER_F,
    LATER_AFTER_DAYS,
    Comparison,
    FirstPage,
    build_first_page,
    compare_with_previous,
    is_fever,
)

if TYPE_CHECKING:
    from journal.core.journal import Journal

__all__ = ["FEVER_C", "FEVER_F", "is_fever"]
# Symptom columns of the day table, in order; each shows its unit or scale in the cell.
TABLE_SYMPTOMS = ("bleeding", "pads", "clots", "cramping", "tiredness", "sleep_hours", "temperature")
PAIN_KEY = "cramping"
BLEEDING_LEVELS_COUNTED = ("spotting", "light", "moderate", "heavy")


class Section(enum.StrEnum):
    SUMMARY = "summary"
    TABLE = "table"
    CHARTS = "charts"
    CARE = "care"  # self-care and medications recorded
    KEY_DATES = "key_dates"


ALL_SECTIONS = frozenset(Section)


@dataclass(frozen=True)
class ReportOptions:
    start: dt.date
    end: dt.date
    sections: frozenset[Section] = ALL_SECTIONS
    include_notes: bool = False
    note_dates: frozenset[dt.date] | None = None  # with include_notes: only these days (None = all)
    name: str = ""
    birth_date: dt.date | None = None
    paper: str = "A4"
    include_questions: bool = False  # open questions for the appointment, when the person chooses

    def note_allowed(self, date: dt.date) -> bool:
        return self.include_notes and (self.note_dates is None or date in self.note_dates)


@dataclass(frozen=True, slots=True)
class FeverReading:
    date: dt.date
    reading: Measurement


@dataclass(frozen=True)
class ReportSummary:
    start: dt.date
    end: dt.date
    day_count: int
    days_recorded: int
    bleeding_days: int
    bleeding_by_level: dict[str, int]
    bleeding_first_half: tuple[int, int]  # (days with bleeding, days with a bleeding value) in the first half
    bleeding_second_half: tuple[int, int]
    pain_days: int
    pain_average: float | None
    pain_max: int | None
    fever_readings: tuple[FeverReading, ...]
    temperature_readings: int
    mood_spread: dict[int, int]  # mood step -> days
    key_dates: tuple[KeyDate, ...]
    medication_days: dict[str, int] = field(default_factory=dict)  # "name (amount)" -> days, most first
    self_care_days: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DayRow:
    date: dt.date
    recorded: bool
    mood: str = ""
    cells: dict[str, str] = field(default_factory=dict)  # symptom key -> value with unit
    other_symptoms: str = ""
    care: str = ""
    note: str = ""
    written_later: bool = False  # first written more than a day after the date
    fever: bool = False  # a temperature at or above 38.0 °C / 100.4 °F
    heavy_bleeding: bool = False
    medications: tuple[str, ...] = ()  # as recorded, "name (amount)"
    other_items: tuple[tuple[str, str], ...] = ()  # (symptom label, value with unit) behind `other_symptoms`


@dataclass(frozen=True)
class ClinicianReport:
    options: ReportOptions
    generated_on: dt.date
    summary: ReportSummary
    rows: tuple[DayRow, ...]
    entries: tuple[DayEntry, ...]  # the recorded days in range, for the charts
    column_labels: dict[str, str]
    first_page: FirstPage
    results: tuple[TestResult, ...] = ()  # every result the journal holds (hCG chart, key dates)
    comparison: Comparison | None = None  # with the previous period of the same length, when it has entries


def build_report(
    entries: list[DayEntry],
    key_dates: list[KeyDate],
    catalog: SymptomCatalog,
    options: ReportOptions,
    *,
    generated_on: dt.date,
    results: tuple[TestResult, ...] | list[TestResult] = (),
    questions: tuple[Question, ...] | list[Question] = (),
    facts: MedicalFacts | None = None,
) -> ClinicianReport:
    """The whole report; `entries` may hold every day of the journal (the first period after a loss
    before the range is found from them), only those in the range are shown."""
    in_range = [e for e in entries if options.start <= e.date <= options.end]
    summary = summarise(in_range, key_dates, options.start, options.end)
    first_page = build_first_page(
        in_range, entries, key_dates, options.start, options.end,
        results=results, questions=questions, facts=facts, include_questions=options.include_questions,
    )  # fmt: skip
    by_date = {e.date: e for e in in_range}
    rows = []
    day = options.start
    while day <= options.end:
        entry = by_date.get(day)
        rows.append(day_row(entry, catalog, options) if entry else DayRow(day, recorded=False))
        day += dt.timedelta(days=1)
    labels = {key: catalog.get(key).label if key in catalog else key for key in TABLE_SYMPTOMS}
    comparison = compare_with_previous(entries, options.start, options.end)
    return ClinicianReport(
        options, generated_on, summary, tuple(rows), tuple(in_range), labels, first_page, tuple(results), comparison
    )


def report_from_journal(
    journal: Journal, options: ReportOptions, *, generated_on: dt.date, catalog: SymptomCatalog | None = None
) -> ClinicianReport:
    """The report of an open journal, with its results, questions and facts card; `catalog` in the
    person's language when given (the journal's settings otherwise)."""
    return build_report(
        journal.days_between(), journal.key_dates(), catalog or journal.settings().catalog(), options,
        generated_on=generated_on, results=journal.results(), questions=journal.questions(),
        facts=journal.medical_facts(),
    )  # fmt: skip


def summarise(entries: list[DayEntry], key_dates: list[KeyDate], start: dt.date, end: dt.date) -> ReportSummary:
    day_count = (end - start).days + 1
    middle = start + dt.timedelta(days=day_count // 2)
    levels: Counter[str] = Counter()
    halves = [[0, 0], [0, 0]]
    pains: list[int] = []
    fevers: list[FeverReading] = []
    temperatures = 0
    moods: Counter[int] = Counter()
    medications: Counter[str] = Counter()
    self_care: Counter[str] = Counter()
    for entry in entries:
        medications.update(list(dict.fromkeys(medication_text(m) for m in entry.medications)))
        self_care.update(list(dict.fromkeys(entry.self_care)))
        half = halves[0 if entry.date < middle else 1]
        bleeding = entry.symptoms.get("bleeding")
        if isinstance(bleeding, str):  # a half counts the days with a bleeding value, "none" included
            half[1] += 1
        if isinstance(bleeding, str) and bleeding in BLEEDING_LEVELS_COUNTED:
            levels[bleeding] += 1
            half[0] += 1
        pain = entry.symptoms.get(PAIN_KEY)
        if isinstance(pain, int) and not isinstance(pain, bool):
            pains.append(pain)
        temperature = entry.symptoms.get("temperature")
        if isinstance(temperature, Measurement):
            temperatures += 1
            if is_fever(temperature):
                fevers.append(FeverReading(entry.date, temperature))
        if entry.mood is not None:
            moods[entry.mood] += 1
    return ReportSummary(
        start=start,
        end=end,
        day_count=day_count,
        days_recorded=len(entries),
        bleeding_days=sum(levels.values()),
        bleeding_by_level={level: levels[level] for level in BLEEDING_LEVELS_COUNTED if levels[level]},
        bleeding_first_half=(halves[0][0], halves[0][1]),
        bleeding_second_half=(halves[1][0], halves[1][1]),
        pain_days=len(pains),
        pain_average=round(sum(pains) / len(pains), 1) if pains else None,
        pain_max=max(pains) if pains else None,
        fever_readings=tuple(fevers),
        temperature_readings=temperatures,
        mood_spread={step: moods[step] for step in range(1, 6)},
        key_dates=tuple(kd for kd in key_dates if start <= kd.date <= end),
        medication_days=dict(medications.most_common()),
        self_care_days=dict(self_care.most_common()),
    )


def day_row(entry: DayEntry, catalog: SymptomCatalog, options: ReportOptions) -> DayRow:
    cells = {key: value_with_unit(catalog, key, entry.symptoms[key]) for key in TABLE_SYMPTOMS if key in entry.symptoms}
    other_items = tuple(
        ((catalog.get(key).label if key in catalog else key).lower(), value_with_unit(catalog, key, value))
        for key, value in entry.symptoms.items()
        if key not in TABLE_SYMPTOMS
    )
    others = [f"{label} {value}" for label, value in other_items]
    care = [*entry.self_care, *(medication_text(m) for m in entry.medications)]
    temperature = entry.symptoms.get("temperature")
    written = entry.written_at
    return DayRow(
        date=entry.date,
        recorded=True,
        mood=f"{entry.mood}/5" if entry.mood is not None else "",
        cells=cells,
        other_symptoms=", ".join(others),
        other_items=other_items,
        care=", ".join(care),
        note=entry.note.strip() if options.note_allowed(entry.date) else "",
        written_later=written is not None and (written.date() - entry.date).days > LATER_AFTER_DAYS,
        fever=isinstance(temperature, Measurement) and is_fever(temperature),
        heavy_bleeding=entry.symptoms.get("bleeding") == "heavy",
        medications=tuple(dict.fromkeys(medication_text(m) for m in entry.medications)),
    )
