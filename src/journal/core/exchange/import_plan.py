"""What an import would do, worked out in full before anything is written.

Every importer turns a file into an `ImportPlan`: the days it found (several records of one day
already folded together), every problem with its line number, and, once compared with a journal,
which days are new and which are merged into days already there. `apply` refuses a plan with
problems, so an import writes everything or nothing.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from journal.core.care.facts import MedicalFacts
from journal.core.care.questions import Question
from journal.core.care.results import TestResult
from journal.core.counting import counted
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate
from journal.core.errors import BadInputError
from journal.core.journal import SETTINGS_DOCUMENT, Journal

MAX_PROBLEMS_SHOWN = 200


@dataclass(frozen=True, slots=True)
class ImportProblem:
    """One thing wrong in the file: where (line number when known, else a position) and what."""

    line: int | None
    message: str
    where: str = ""

    def __str__(self) -> str:
        place = f"line {self.line}" if self.line is not None else (self.where or "file")
        return f"{place}: {self.message}"


class DayStatus(enum.StrEnum):
    NEW = "new"
    MERGED = "merged"  # the journal already has this day; the import is folded into it


@dataclass(frozen=True, slots=True)
class PreviewRow:
    date: dt.date
    status: DayStatus
    entry: DayEntry


@dataclass(frozen=True, slots=True)
class ImportResult:
    new_days: int
    merged_days: int
    key_dates: int
    care_records: int = 0  # results and questions added


@dataclass(frozen=True)
class ImportPlan:
    source: str
    days: tuple[DayEntry, ...] = ()
    problems: tuple[ImportProblem, ...] = ()
    key_dates: tuple[KeyDate, ...] = ()
    settings: Mapping[str, Any] | None = None
    documents: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    mood_mapping: Mapping[str, int] = field(default_factory=dict)
    records_read: int = 0
    results: tuple[TestResult, ...] = ()
    questions: tuple[Question, ...] = ()
    medical_facts: MedicalFacts | None = None

    @property
    def is_valid(self) -> bool:
        return not self.problems

    def preview(self, journal: Journal) -> list[PreviewRow]:
        """Each day the import holds, oldest first, marked new or merged with what the journal has."""
        return [
            PreviewRow(e.date, DayStatus.MERGED if journal.day(e.date) is not None else DayStatus.NEW, e)
            for e in self.days
        ]

    def merged_dates(self, journal: Journal) -> list[dt.date]:
        return [e.date for e in self.days if journal.day(e.date) is not None]

    def problem_report(self) -> str:
        """Every problem, one per line, for the terminal or a dialog."""
        shown = [str(problem) for problem in self.problems[:MAX_PROBLEMS_SHOWN]]
        if len(self.problems) > MAX_PROBLEMS_SHOWN:
            shown.append(f"… and {len(self.problems) - MAX_PROBLEMS_SHOWN} more")
        return "\n".join(shown)

    def apply(self, journal: Journal, session: Session) -> ImportResult:
        """Write the whole plan in the caller's transaction; refuses (writing nothing) if it has problems.

        Existing days are merged, never replaced. Key dates already present (same kind, date and
        label) are not added twice; settings and documents are only restored where the journal has none.
        """
        if self.problems:
            raise BadInputError(
                "import", f"the file has {counted(len(self.problems), 'problem')}; nothing was imported"
            )
        merged = 0
        for entry in self.days:
            if journal.day(entry.date) is not None:
                merged += 1
            journal.merge_day(session, entry)
        existing = {(kd.kind, kd.date, kd.label) for kd in journal.key_dates()}
        known_ids = {kd.id for kd in journal.key_dates()}
        added = 0
        for key_date in self.key_dates:
            if (key_date.kind, key_date.date, key_date.label) in existing:
                continue
            if key_date.id in known_ids:
                key_date = replace(key_date, id="")  # a new id, the loss details and outcome kept
            journal.save_key_date(session, key_date)
            existing.add((key_date.kind, key_date.date, key_date.label))
            added += 1
        if self.settings and journal.document(SETTINGS_DOCUMENT) is None:
            journal.save_document(session, SETTINGS_DOCUMENT, dict(self.settings))
        for name, body in self.documents.items():
            if name != SETTINGS_DOCUMENT and journal.document(name) is None:
                journal.save_document(session, name, dict(body))
        from journal.core.exchange.care_import import apply_care  # it reads plans' records

        care = apply_care(journal, session, self.results, self.questions, self.medical_facts)
        return ImportResult(len(self.days) - merged, merged, added, care)


def fold_records(records: Iterable[DayEntry]) -> tuple[DayEntry, ...]:
    """Several records of one day (in the order they happened) folded into one entry per day."""
    by_date: dict[dt.date, DayEntry] = {}
    for record in records:
        current = by_date.get(record.date)
        by_date[record.date] = current.merged_with(record) if current else record
    return tuple(by_date[date] for date in sorted(by_date))


def check_not_future(date: dt.date, today: dt.date) -> str | None:
    """Imports refuse days after today, as `add` does: such a date is a typo or a clock problem."""
    return "the date is after today" if date > today else None
