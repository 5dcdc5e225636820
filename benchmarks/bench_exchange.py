"""Export and import on the 10-year demo journal: the clinician PDF (90 days, one year), the full JSON
export, and a Daylio import of 3,650 rows into a fresh journal.

Targets from issue 6: 90-day PDF <= 1 s, one-year PDF <= 3 s. The demo journal is only read here.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import statistics
import time
from typing import Any

from common import DEMO_TODAY, BenchContext, Row, median_ms

_DAYLIO_MOODS = {1: "awful", 2: "bad", 3: "meh", 4: "good", 5: "rad"}


def daylio_csv(entries: list[Any], row_count: int = 3650) -> bytes:
    """A Daylio-shaped export (newest first, current header) of the demo days, `row_count` rows long:
    the demo skips some days, so the first days get a second, morning row (merged on import)."""
    rows = [(entry, "8:30 pm") for entry in entries]
    rows += [(entry, "7:15 am") for entry in entries[: max(0, row_count - len(rows))]]
    rows.sort(key=lambda row: (row[0].date, row[1].endswith("pm")), reverse=True)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["full_date", "date", "weekday", "time", "mood", "activities", "scales", "note_title", "note"])
    for entry, time_text in rows[:row_count]:
        writer.writerow([entry.date.isoformat(), f"{entry.date:%B} {entry.date.day}", f"{entry.date:%A}", time_text,
                         _DAYLIO_MOODS.get(entry.mood or 3), " | ".join((*entry.self_care, *entry.tags)), "", "",
                         entry.note.replace("\n", "<br>")])  # fmt: skip
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def rows(context: BenchContext) -> list[Row]:
    from journal.core.crypto.kdf import KdfParams
    from journal.core.exchange.daylio_import import parse_daylio
    from journal.core.exchange.importing import apply_import
    from journal.core.exchange.json_export import export_json
    from journal.core.journal_files import JournalFiles
    from journal.core.opening import create_journal
    from journal.core.report.content import ReportOptions, report_from_journal
    from journal.report import ensure_application, render_report_pdf

    ensure_application()
    journal: Any = context.demo_journal()
    catalog = journal.settings().catalog()

    def pdf(days: int) -> Any:
        def action() -> None:
            options = ReportOptions(DEMO_TODAY - dt.timedelta(days=days - 1), DEMO_TODAY)
            render_report_pdf(report_from_journal(journal, options, generated_on=DEMO_TODAY), catalog)

        return action

    result = [
        Row("exchange: clinician PDF, 90 days with charts", median_ms(pdf(90), repeat=5), 1000.0),
        Row("exchange: clinician PDF, one year", median_ms(pdf(365), repeat=3), 1000.0),
        Row("exchange: clinician PDF, ten years", median_ms(pdf(3650), repeat=3), 3000.0),
    ]
    json_ms = median_ms(lambda: export_json(journal, exported_on=DEMO_TODAY), repeat=5)
    result.append(Row("exchange: JSON export, 10 years", json_ms, None, f"{len(journal.dates())} days, every field"))

    raw = daylio_csv(journal.days_between())
    samples = []
    for attempt in range(3):
        fresh, _ = create_journal(JournalFiles(context.work_dir / f"daylio-{attempt}"), "benchmark import",
                                  KdfParams(memory_kib=1024, iterations=1, lanes=1))  # fmt: skip
        try:
            started = time.perf_counter()
            plan = parse_daylio(raw, today=DEMO_TODAY)
            apply_import(fresh, plan)
            samples.append((time.perf_counter() - started) * 1000)
            assert plan.is_valid and plan.records_read == 3650 and len(fresh.dates()) == len(plan.days)
        finally:
            fresh.close()
    result.append(
        Row("exchange: Daylio import, 3,650 rows", statistics.median(samples), None, "parse + one transaction")
    )
    return result
