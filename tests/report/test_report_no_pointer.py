"""The quiet pointer on Today is never advice in the clinician PDF, even when every rule holds."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from journal.core.domain.entry import DayEntry, Measurement
from journal.core.report.content import ReportOptions, build_report
from journal.core.safety.pointers import load_pointer_rules, pointer_for
from journal.report import render_report_pdf

TODAY = dt.date(2026, 11, 24)


def test_days_that_meet_every_pointer_rule_add_no_pointer_to_the_pdf(qapp, journal) -> None:
    days = [
        DayEntry(TODAY, symptoms={"temperature": Measurement(38.6, "C")}),
        DayEntry(TODAY - dt.timedelta(days=1), symptoms={"bleeding": "heavy", "clots": True}),
        DayEntry(TODAY - dt.timedelta(days=2), symptoms={"dizziness": 3}),
        DayEntry(TODAY - dt.timedelta(days=3), symptoms={"cramping": 9, "temperature": Measurement(100.4, "F")}),
    ]
    assert {pointer_for(day, load_pointer_rules()).rule_id for day in days} == {
        "temperature",
        "heavy_bleeding_with_clots",
        "dizziness",
    }
    with journal.transaction() as session:
        for day in days:
            journal.save_day(session, day)
    catalog = journal.settings().catalog()
    options = ReportOptions(TODAY - dt.timedelta(days=6), TODAY)
    report = build_report(journal.days_between(), journal.key_dates(), catalog, options, generated_on=TODAY)
    text = " ".join(
        " ".join(page.extract_text().split())
        for page in PdfReader(io.BytesIO(render_report_pdf(report, catalog))).pages
    )
    assert "38.6" in text, "the values themselves are in the report, as recorded"
    for pointer_words in ("if you want it", "The page on when to contact", "You noted"):
        assert pointer_words not in text
