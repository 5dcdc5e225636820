"""Results, questions, the facts card and each key date's details in the plain exports.

JSON uses the store's own shapes (`core.care.codec`), so an export restores exactly. CSV gets
companion files beside the day table (documented in docs/EXPORT_FORMATS.md); Markdown gets sections.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from journal.core.care.codec import facts_to_dict, question_to_dict, result_to_dict
from journal.core.care.facts import MedicalFacts
from journal.core.care.milestones import period_starts
from journal.core.care.questions import Question
from journal.core.care.results import ResultKind, TestResult, format_hcg
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.journal import Journal

RESULT_COLUMNS = ("date", "kind", "value", "unit", "result", "non_pregnant_level", "place", "note")
KEY_DATE_COLUMNS = ("date", "kind", "label", "loss_kind", "weeks", "management", "outcome")
QUESTION_COLUMNS = ("added_on", "done_on", "question")
FACT_COLUMNS = ("fact", "value")
# companion file suffix -> what it holds; "report.csv" gains "report-results.csv" and so on
COMPANION_SUFFIXES = ("results", "key-dates", "questions", "facts")


def _in_range(date: dt.date, start: dt.date | None, end: dt.date | None) -> bool:
    return (start is None or date >= start) and (end is None or date <= end)


def results_in(journal: Journal, start: dt.date | None, end: dt.date | None) -> list[TestResult]:
    return [r for r in journal.results() if _in_range(r.date, start, end)]


def questions_in(journal: Journal, start: dt.date | None, end: dt.date | None) -> list[Question]:
    return [q for q in journal.questions() if _in_range(q.added_on, start, end)]


def care_to_data(journal: Journal, start: dt.date | None, end: dt.date | None) -> dict[str, Any]:
    """The JSON export's `results`, `questions` and `medical_facts` (the facts card is never ranged)."""
    return {
        "results": [result_to_dict(r) for r in results_in(journal, start, end)],
        "questions": [question_to_dict(q) for q in questions_in(journal, start, end)],
        "medical_facts": facts_to_dict(journal.medical_facts()),
    }


def _table(columns: tuple[str, ...], rows: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return buffer.getvalue()


def _result_row(result: TestResult) -> list[str]:
    return [
        result.date.isoformat(),
        result.kind.value,
        format_hcg(result.value) if result.value is not None else "",
        result.unit.value if result.unit else "",
        result.reading.value if result.reading else "",
        "yes" if result.non_pregnant_level else "",
        result.place,
        result.note,
    ]


def _key_date_row(kd: KeyDate) -> list[str]:
    return [
        kd.date.isoformat(),
        kd.kind.value,
        kd.label,
        kd.loss_kind.value if kd.loss_kind else "",
        str(kd.weeks) if kd.weeks is not None else "",
        kd.management.value if kd.management else "",
        kd.outcome,
    ]


def _fact_rows(facts: MedicalFacts) -> list[list[str]]:
    return [
        ["blood_group", facts.blood_group.value if facts.blood_group else ""],
        ["rh", facts.rh.value if facts.rh else ""],
        ["anti_d_date", facts.anti_d_date.isoformat() if facts.anti_d_date else ""],
        ["clinician_note", facts.note],
    ]


def companion_csv_files(journal: Journal, start: dt.date | None, end: dt.date | None) -> dict[str, str]:
    """Suffix -> CSV text for each companion table that has something in it."""
    files: dict[str, str] = {}
    results = results_in(journal, start, end)
    if results:
        files["results"] = _table(RESULT_COLUMNS, [_result_row(r) for r in results])
    key_dates = [kd for kd in journal.key_dates() if _in_range(kd.date, start, end)]
    if key_dates:
        files["key-dates"] = _table(KEY_DATE_COLUMNS, [_key_date_row(kd) for kd in key_dates])
    questions = questions_in(journal, start, end)
    if questions:
        rows = [[q.added_on.isoformat(), q.done_on.isoformat() if q.done_on else "", q.text] for q in questions]
        files["questions"] = _table(QUESTION_COLUMNS, rows)
    facts = journal.medical_facts()
    if not facts.is_empty():
        files["facts"] = _table(FACT_COLUMNS, _fact_rows(facts))
    return files


def _heading(date: dt.date) -> str:
    return f"{date:%A} {date.day} {date:%B %Y}"


def result_words(result: TestResult) -> str:
    """A result in plain words: what was recorded, never what it might mean."""
    if result.kind is ResultKind.HCG and result.value is not None and result.unit is not None:
        text = f"hCG {format_hcg(result.value)} {result.unit.value}"
        if result.non_pregnant_level:
            text += " (marked: back to a non-pregnant level)"
    elif result.kind is ResultKind.HOME_TEST and result.reading is not None:
        text = f"Home pregnancy test: {result.reading.value}"
    else:
        text = "Scan" if result.kind is ResultKind.SCAN else "Result"
    details = [part for part in (result.place, result.note) if part]
    return text + (": " + " — ".join(details) if details else "")


def care_markdown(journal: Journal, start: dt.date | None, end: dt.date | None) -> list[str]:
    """The Markdown sections for the facts card, results, period starts and questions."""
    lines: list[str] = []
    facts = journal.medical_facts()
    losses = [kd for kd in journal.key_dates() if kd.kind is KeyDateKind.LOSS]
    if not facts.is_empty() or any(kd.loss_kind or kd.weeks is not None or kd.management for kd in losses):
        lines += ["## Medical facts", ""]
        if facts.blood_group or facts.rh:
            group = facts.blood_group.value if facts.blood_group else "not said"
            lines.append(f"- **Blood group:** {group}, Rh {facts.rh.value if facts.rh else 'not said'}")
        if facts.anti_d_date:
            lines.append(f"- **Anti-D given:** {_heading(facts.anti_d_date)}")
        for kd in losses:
            details = [kd.loss_kind.value if kd.loss_kind else "kind not said"]
            details.append(f"{kd.weeks} weeks" if kd.weeks is not None else "weeks not said")
            details.append(kd.management.value if kd.management else "management not said")
            lines.append(f"- **Loss, {_heading(kd.date)}:** {', '.join(details)}")
        if facts.note.strip():
            lines += ["", "Things my clinician should know:", "", *facts.note.strip().splitlines()]
        lines.append("")
    results = results_in(journal, start, end)
    if results:
        lines += ["## Results", ""]
        lines += [f"- {_heading(r.date)}: {result_words(r)}" for r in results]
        lines.append("")
    starts = [p for p in period_starts(journal.days_between(start, end))]
    if starts:
        lines += ["## Period starts", ""]
        for start_day in starts:
            since = (
                f" ({start_day.days_since_previous} days after the one before)" if start_day.days_since_previous else ""
            )
            lines.append(f"- {_heading(start_day.date)}{since}")
        lines.append("")
    questions = questions_in(journal, start, end)
    if questions:
        lines += ["## Questions for my next appointment", ""]
        lines += [f"- [{'x' if q.is_done else ' '}] {q.text}" for q in questions]
        lines.append("")
    return lines
