"""Pictures go into the clinician PDF only when the person chose them, one by one."""

from __future__ import annotations

import datetime as dt
import io

from pypdf import PdfReader

from helpers.pictures import qt_picture
from journal.core.report.content import ReportOptions, report_from_journal
from journal.report import render_report_pdf

TODAY = dt.date(2026, 11, 24)


def _images(data: bytes) -> int:
    return sum(len(page.images) for page in PdfReader(io.BytesIO(data)).pages)


def _text(data: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)


def test_only_chosen_pictures_are_in_the_pdf_with_their_captions(qapp, journal) -> None:
    from dataclasses import replace

    with journal.transaction() as session:
        chosen = journal.memories.add_attachment(
            session, qt_picture("jpeg", 300, 200), file_name="pads.jpg", date=TODAY, caption="Pads on day two"
        ).attachment
        journal.memories.add_attachment(
            session, qt_picture("png", 300, 200), file_name="private.png", date=TODAY, caption="Not for the clinic"
        )
    options = ReportOptions(TODAY - dt.timedelta(days=13), TODAY)
    catalog = journal.settings().catalog()
    before = render_report_pdf(report_from_journal(journal, options, generated_on=TODAY), catalog)
    assert _images(before) == 0 and "Pads on day two" not in _text(before)
    with journal.transaction() as session:
        journal.memories.update_attachment(session, replace(chosen, in_report=True))
    report = report_from_journal(journal, options, generated_on=TODAY)
    assert [p.caption for p in report.pictures] == ["Pads on day two"]
    after = render_report_pdf(report, catalog)
    text = _text(after)
    assert _images(after) == 1
    assert "Pictures chosen for this report" in text and "Pads on day two" in text and "Not for the clinic" not in text
