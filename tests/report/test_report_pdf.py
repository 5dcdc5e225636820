"""The clinician PDF: text a clinician (and a script) can read, notes only when asked, a valid PDF/A file."""

from __future__ import annotations

import datetime as dt
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers.journals import CANARY, CHEAP_KDF
from journal.core.demo import create_demo_journal
from journal.core.domain.entry import DayEntry, Measurement
from journal.core.journal import Journal
from journal.core.journal_files import JournalFiles
from journal.core.report.content import ReportOptions, Section, build_report
from journal.report import render_report_pdf, write_report_pdf

TODAY = dt.date(2026, 11, 24)
DISCLAIMER = "Prepared by the patient from a personal journal — not a medical record"


def _pdf(journal: Journal, options: ReportOptions, progress=None) -> bytes:  # type: ignore[no-untyped-def]
    catalog = journal.settings().catalog()
    report = build_report(journal.days_between(), journal.key_dates(), catalog, options, generated_on=TODAY)
    return render_report_pdf(report, catalog, progress)


def _pages(data: bytes) -> list[str]:
    # Qt places words one by one; pypdf joins them with tabs, so compare with single spaces.
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def journal_with_canary(demo_journal: Journal) -> Journal:
    with demo_journal.transaction() as session:
        demo_journal.save_day(
            session,
            DayEntry(TODAY - dt.timedelta(days=3), mood=2, note=f"Private {CANARY}",
                     symptoms={"temperature": Measurement(38.6, "C"), "bleeding": "light", "cramping": 7}),
        )  # fmt: skip
    return demo_journal


def test_text_holds_range_summary_and_values_with_units(qapp, journal_with_canary: Journal) -> None:
    start = TODAY - dt.timedelta(days=13)
    pages = _pages(_pdf(journal_with_canary, ReportOptions(start, TODAY, name="Alex Example")))
    first = pages[0]
    assert "11 Nov 2026 – 24 Nov 2026" in first and "14 days" in first
    assert "Alex Example" in first and "Days recorded" in first
    assert "38.6 °C" in first  # a reading at or above 38 °C is listed as recorded
    assert "Cramping or pain" in first and "highest 7/10" in first
    text = "\n".join(pages)
    assert "7/10" in text and "light" in text and "h" in text
    assert all(DISCLAIMER in page for page in pages)
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))


def test_notes_are_absent_by_default_and_present_when_asked(qapp, journal_with_canary: Journal) -> None:
    start = TODAY - dt.timedelta(days=13)
    assert CANARY not in "".join(_pages(_pdf(journal_with_canary, ReportOptions(start, TODAY))))
    with_notes = "".join(_pages(_pdf(journal_with_canary, ReportOptions(start, TODAY, include_notes=True))))
    assert CANARY in with_notes
    other_day = frozenset({TODAY})
    picked = ReportOptions(start, TODAY, include_notes=True, note_dates=other_day)
    assert CANARY not in "".join(_pages(_pdf(journal_with_canary, picked)))


def test_days_without_an_entry_are_shown_as_such(qapp, journal: Journal) -> None:
    with journal.transaction() as session:
        journal.save_day(session, DayEntry(TODAY, mood=3))
    text = "".join(_pages(_pdf(journal, ReportOptions(TODAY - dt.timedelta(days=2), TODAY))))
    assert re.findall(r"(\w{3} \d{1,2} Nov) no entry", text) == ["Sun 22 Nov", "Mon 23 Nov"]


def test_the_file_is_pdf_a_with_embedded_fonts_and_the_chosen_paper(qapp, demo_journal: Journal) -> None:
    data = _pdf(demo_journal, ReportOptions(TODAY - dt.timedelta(days=30), TODAY, paper="Letter"))
    reader = PdfReader(io.BytesIO(data))
    assert b"pdfaid:part" in data  # the PDF/A identification in the XMP metadata
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for font in fonts.values():
        descendant = font.get_object()["/DescendantFonts"][0].get_object()
        assert "/FontFile2" in descendant["/FontDescriptor"]


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_finds_no_errors(qapp, demo_journal: Journal, tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    catalog = demo_journal.settings().catalog()
    options = ReportOptions(TODAY - dt.timedelta(days=89), TODAY, include_notes=True)
    report = build_report(demo_journal.days_between(), demo_journal.key_dates(), catalog, options, generated_on=TODAY)
    write_report_pdf(report, catalog, target)
    result = subprocess.run(["qpdf", "--check", str(target)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_one_year_report_renders_every_page(qapp, tmp_path: Path) -> None:
    year, _ = create_demo_journal(JournalFiles(tmp_path / "year"), "a long passphrase", days=400, seed=3,
                                  today=TODAY, kdf_params=CHEAP_KDF)  # fmt: skip
    seen: list[tuple[int, int]] = []
    try:
        data = _pdf(year, ReportOptions(TODAY - dt.timedelta(days=364), TODAY), lambda d, t: seen.append((d, t)))
    finally:
        year.close()
    pages = _pages(data)
    assert len(pages) > 8 and seen[-1] == (len(pages), len(pages))
    assert "365 days" in pages[0]
    if shutil.which("pdftoppm"):
        (tmp_path / "year.pdf").write_bytes(data)
        subprocess.run(["pdftoppm", "-r", "10", "-png", str(tmp_path / "year.pdf"), str(tmp_path / "p")], check=True)
        assert len(list(tmp_path.glob("p-*.png"))) == len(pages)


def test_sections_left_out_are_not_drawn(qapp, demo_journal: Journal) -> None:
    only_table = ReportOptions(TODAY - dt.timedelta(days=6), TODAY, sections=frozenset({Section.TABLE}))
    text = "".join(_pages(_pdf(demo_journal, only_table)))
    assert "Day by day" in text and "Charts" not in text and "Days recorded" not in text
