"""What an import would do, worked out in full before anything is written.

Every importer turns a file into an `ImportPlan`: the days it found (several records of one day
already folded together), every problem with its line number, and, once compared with a journal,
which days are new and which are merged into days already there. `apply` refuses a plan with
problems, so an import writes everything or nothing.

Importers whose files name each entry (jrnl, Daylio: a date, a time and its place among entries
of that minute) also give `sourced` records. Those are imported idempotently: a sealed ledger
keeps what each source entry brought in, so importing the same file again changes nothing, an
entry added to the file is added, and an entry edited in the file replaces only its own earlier
import, never the person's own writing.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from journal.core.care.facts import MedicalFacts
from journal.core.care.questions import Question
from journal.core.care.results import TestResult
from journal.core.domain.codec import entry_from_dict, entry_to_dict
from journal.core.domain.entry import DayEntry, replace_note_block
from journal.core.domain.key_dates import KeyDate
from journal.core.errors import SHAPE_ERRORS, BadInputError, InputProblem
from journal.core.journal import SETTINGS_DOCUMENT, Journal

MAX_PROBLEMS_SHOWN = 200
LEDGER_DOCUMENT = "import_ledger"  # sealed: what each source entry brought in, by a hash of its identity


@dataclass(frozen=True, slots=True)
class SourcedRecord:
    """One entry of the source file and what names it there across exports (source, date, time, order)."""

    identity: str
    entry: DayEntry

    @property
    def key(self) -> str:
        return hashlib.sha256(self.identity.encode("utf-8")).hexdigest()


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
    unchanged: int = 0  # source entries imported before and not changed since: left as they are
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
    sourced: tuple[SourcedRecord, ...] = ()
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
            raise BadInputError("import", InputProblem.IMPORT_HAS_PROBLEMS, count=len(self.problems))
        merged, unchanged = 0, 0
        if self.sourced:
            new, merged, unchanged = self._apply_sourced(journal, session)
        else:
            for entry in self.days:
                if journal.day(entry.date) is not None:
                    merged += 1
                journal.merge_day(session, entry)
            new = len(self.days) - merged
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
        return ImportResult(new, merged, added, unchanged, care)

    def _apply_sourced(self, journal: Journal, session: Session) -> tuple[int, int, int]:
        """Each source entry once: new ones merged in, unchanged ones left, edited ones replacing their own import."""
        ledger: dict[str, Any] = dict(journal.document(LEDGER_DOCUMENT) or {})
        days: dict[dt.date, DayEntry | None] = {}
        touched: set[dt.date] = set()
        unchanged = 0
        for record in self.sourced:
            date = record.entry.date
            if date not in days:
                days[date] = journal.day(date)
            stored = entry_to_dict(record.entry)
            prior = ledger.get(record.key)
            if prior == stored:
                unchanged += 1
                continue
            day = days[date]
            if day is None:
                day = record.entry
            elif (earlier := _entry_or_none(prior)) is not None:
                day = _replace_import(day, earlier, record.entry)
            else:
                day = day.merged_with(record.entry)
            days[date], ledger[record.key] = day, stored
            touched.add(date)
        merged = sum(1 for date in touched if journal.day(date) is not None)
        for date in sorted(touched):
            day = days[date]
            assert day is not None
            journal.save_day(session, day)
        if touched:
            journal.save_document(session, LEDGER_DOCUMENT, ledger)
        return len(touched) - merged, merged, unchanged


def _entry_or_none(data: Any) -> DayEntry | None:
    if not isinstance(data, dict):
        return None
    try:
        return entry_from_dict(data)
    except SHAPE_ERRORS:
        return None


def _replace_import(day: DayEntry, earlier: DayEntry, entry: DayEntry) -> DayEntry:
    """`day` with what `earlier` (the same source entry, imported before) brought in replaced by `entry`."""
    merged = day.merged_with(replace(entry, note=""))
    return replace(merged, note=replace_note_block(day.note, earlier.note, entry.note))


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


def sourced_records(source: str, records: Iterable[tuple[DayEntry, dt.time]]) -> tuple[SourcedRecord, ...]:
    """Records (in the order they happened) named by source, date, time and their place in that minute."""
    seen: dict[tuple[dt.date, dt.time], int] = {}
    named = []
    for entry, time in records:
        place = seen.get((entry.date, time), 0)
        seen[(entry.date, time)] = place + 1
        named.append(SourcedRecord(f"{source}|{entry.date.isoformat()}|{time:%H:%M}|{place}", entry))
    return tuple(named)
