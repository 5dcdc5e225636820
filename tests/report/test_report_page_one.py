"""Page one and the later pages, read back from the PDF's text layer with `pdftotext` (as a clinician's
search or copy-paste would), from the hand-made journal whose values are known in advance."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import known_journal as known
import pytest

from journal.core.domain.catalog import load_default_catalog
from journal.core.domain.entry import DayEntry, Medication
from journal.core.report.content import ReportOptions, build_report
from journal.report import render_report_pdf

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext is not installed")
CATALOG = load_default_catalog()
KEY_DATES = [known.LOSS, known.APPOINTMENT, known.DUE]


def _report(entries: list[DayEntry] | None = None, **options: object):  # type: ignore[no-untyped-def]
    return build_report(
        known.entries() if entries is None else entries, KEY_DATES, CATALOG,
        ReportOptions(known.START, known.END, **options),  # type: ignore[arg-type]
        generated_on=known.END, results=known.results(), questions=known.QUESTIONS, facts=known.FACTS,
    )  # fmt: skip


def _text(tmp_path: Path, report, *pages: int) -> list[str]:  # type: ignore[no-untyped-def]
    """Each page's text, whitespace folded to single spaces (a no-break space counts as one)."""
    target = tmp_path / "report.pdf"
    target.write_bytes(render_report_pdf(report, CATALOG))
    raw = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    return [" ".join(page.split()) for page in raw.split("\f") if page.strip()]


@pytest.fixture
def pages(qapp, tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    return _text(tmp_path, _report(include_questions=True))


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_everything_fits_on_page_one(qapp, tmp_path: Path, paper: str) -> None:  # type: ignore[no-untyped-def]
    report = _report(include_questions=True, paper=paper, name="Alex Example", birth_date=dt.date(1990, 5, 17))
    first = _text(tmp_path, report)[0]
    assert "Page 1 of" in first
    for line in ("Name: Alex Example", "Date of birth: 17 May 1990", "Pregnancy loss", "Medical facts", "hCG (blood)",
                 "Home pregnancy tests", "Scans and other results 20 Oct 2026: Ultrasound: womb clear",
                 "First period after the loss", "Bleeding", "Temperature", "Cramping or pain", "Dizziness",
                 "Mood (days)", "Tiredness", "Sleep", "Medications recorded", "Appointments", "Other key dates",
                 "Questions for this appointment", "When the days were written",
                 "Values are as the patient recorded them"):  # fmt: skip
        assert line in first, line  # every line of page one, the last ones included, is on page one
    assert "Charts" not in first


def test_the_loss_before_the_range_with_its_details_and_day_count(pages: list[str]) -> None:
    assert "20 Sept 2026: miscarriage, 8 weeks, managed with medication. Day 45 since, on 4 Nov 2026." in pages[0]


def test_the_facts_card(pages: list[str]) -> None:
    assert "Blood group O, Rh negative; anti-D given 21 Sept 2026." in pages[0]
    assert "Things my clinician should know: Allergic to penicillin" in pages[0]


def test_hcg_table_home_test_and_first_period(pages: list[str]) -> None:
    first = pages[0]
    rows = ("25 Sept 2026 1450 IU/L", "2 Oct 2026 620 IU/L", "9 Oct 2026 210 IU/L", "16 Oct 2026 48 mIU/mL",
            "30 Oct 2026 4 IU/L")  # fmt: skip
    assert all(row in first for row in rows)
    assert [first.index(row) for row in rows] == sorted(first.index(row) for row in rows)
    assert "last before this range" in first
    assert "log scale" in first and "10000" in first  # the mini chart's axis, as text
    assert "Home pregnancy tests 28 Oct 2026: negative" in first
    assert "First period after the loss 30 Oct 2026 (day 40 since the loss)" in first


def test_bleeding_after_the_quiet_week(pages: list[str]) -> None:
    first = pages[0]
    assert "Days at each level: heavy 3, moderate 1, light 4, spotting 2, none 6." in first
    assert "Heavy on 3 days: 8–10 Oct." in first
    assert "Last day with any bleeding: 1 Nov 2026." in first
    assert "Most pads in a day: 9 on 9 Oct." in first
    assert "Clots on 2 days: 8–9 Oct." in first


def test_the_late_fever_pain_dizziness_mood_tiredness_and_sleep(pages: list[str]) -> None:
    first = pages[0]
    assert "At or above 38.0 °C / 100.4 °F: 38.6 °C on 2 Nov (1 of 2 readings)." in first
    assert "Average 2.8/10 over 12 days; highest 8/10 on 9 Oct." in first
    assert "At the top levels (2–3 of 3): 3/3 on 9 Oct; 2/3 on 8 Oct, 10 Oct." in first
    assert "First 14 days (1 Oct – 14 Oct): low 14" in first and "Last 14 days (22 Oct – 4 Nov): okay 14" in first
    assert "Tiredness (0–10) Average 5.2/10 over 10 days; highest 8/10 on 8 Oct." in first
    assert "Sleep Average 6.8 h over 10 days; fewest 5 h on 8 Oct." in first


def test_appointments_questions_and_key_dates(pages: list[str]) -> None:
    first = pages[0]
    assert "20 Oct 2026 — Appointment: Early pregnancy unit Outcome: Scan clear; repeat hCG in two weeks" in first
    assert "• When can we try again?" in first and "Is the bleeding normal?" not in first  # ticked off
    assert "25 Oct 2026 — Due date" in first and "Due date: Due date" not in " ".join(pages)


def test_questions_are_left_out_unless_chosen(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert "When can we try again?" not in " ".join(_text(tmp_path, _report()))


def test_when_the_days_were_written(pages: list[str]) -> None:
    assert (
        "27 of 31 days written on the day; 1 the day after; 3 filled in more than a day later "
        "(marked ✎ in the day table). 2 days written before the journal kept these times, so not known."
    ) in pages[0]
    table = " ".join(pages[1:])
    assert "Thu 8 Oct ✎" in table and "Fri 9 Oct ✎" in table and "Sat 10 Oct ✎" in table
    assert "Wed 7 Oct ✎" not in table and "Thu 1 Oct ✎" not in table and "Tue 20 Oct ✎" not in table
    assert "✎ after the date: that day was first written more than a day later." in table
    assert "Days written before the journal kept these times carry no mark." in table


def test_key_dates_are_numbered_on_the_charts_and_named_in_a_legend(pages: list[str]) -> None:
    charts = next(page for page in pages if "Charts" in page)
    assert (
        "Key dates on the charts: 1 — 20 Oct 2026, Appointment: Early pregnancy unit (dotted line); "
        "2 — 25 Oct 2026, Due date (dotted line)."
    ) in charts


def test_a_loss_in_the_range_is_a_dashed_line_in_the_legend(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = build_report(known.entries(), KEY_DATES, CATALOG, ReportOptions(dt.date(2026, 9, 20), known.END),
                          generated_on=known.END)  # fmt: skip
    charts = next(page for page in _text(tmp_path, report) if "Charts" in page)
    assert "1 — 20 Sept 2026, Pregnancy loss (dashed line)" in charts


def test_medication_grid_and_boxed_cells(pages: list[str]) -> None:
    later = " ".join(pages[1:])
    assert "Medications, day by day" in later and "Mefenamic acid (500 mg)" in later
    assert "Boxed and bold: a temperature at or above 38.0 °C / 100.4 °F, or heavy bleeding." in later


def test_text_layer_has_no_ligatures_and_words_and_units_stay_whole(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    long_name = "Hydroxyprogesteronecaproateextendedrelease" * 2
    day = dataclasses.replace(
        known.entries()[20], note="The first office visit 🙂🌷 was fine ♥",
        medications=(Medication(long_name, "250 mg"),),
    )  # fmt: skip
    report = _report([day], include_notes=True)
    target = tmp_path / "r.pdf"
    target.write_bytes(render_report_pdf(report, CATALOG))
    raw = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "\ufb01" not in raw and "\ufb03" not in raw  # no "ﬁ" or "ﬃ" glyphs standing for two or three letters
    folded = " ".join(raw.split())
    assert "The first office visit was fine ♥" in folded  # emoji dropped (no emoji font embedded), ♥ kept
    assert "🙂" not in raw and "\ufffd" not in raw
    # the long name wraps inside its cell instead of running off the page: every piece is in the text
    pieces = "".join(line.strip() for line in raw.splitlines() if line.strip() and line.strip() in long_name)
    assert long_name[:20] in raw and len(pieces) > len(long_name) * 0.8
    assert "250 mg" in raw.replace("\u00a0", " ")  # number and unit on one line
    assert "500 mg" not in raw  # only what was recorded


def test_a_value_and_its_unit_never_wrap_apart() -> None:
    from journal.report.flow import NO_BREAK, font, printable

    text = printable("Most pads in a day: 9 pads; 38.6 °C on 2 Nov; 48 mIU/mL; 500 mg", font(9))
    for joined in ("9 pads", "38.6 °C", "48 mIU/mL", "500 mg"):
        assert joined.replace(" ", NO_BREAK) in text


def test_the_printed_charts_share_one_left_edge_and_one_time_axis(qapp) -> None:  # type: ignore[no-untyped-def]
    from journal.report.charts_page import build_print_charts

    charts = build_print_charts(_report(), CATALOG)
    areas = [built.chart.plotArea() for built in charts]
    assert len(areas) == 4
    assert max(a.left() for a in areas) - min(a.left() for a in areas) <= 1.0  # "Moderate" and "10" alike
    assert max(a.right() for a in areas) - min(a.right() for a in areas) <= 1.0


def test_bleeding_noted_as_none_says_so_and_unnoted_bleeding_says_nothing(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    quiet = [e for e in known.entries() if e.date < dt.date(2026, 10, 8) and e.date != dt.date(2026, 10, 3)]
    first = _text(tmp_path, build_report(quiet, [], CATALOG, ReportOptions(known.START, dt.date(2026, 10, 7)),
                                         generated_on=known.END))[0]  # fmt: skip
    assert "Bleeding Recorded as none on 6 days." in first
    moods_only = [e for e in known.entries() if e.date > dt.date(2026, 11, 2)]
    first = _text(tmp_path, build_report(moods_only, [], CATALOG, ReportOptions(dt.date(2026, 11, 3), known.END),
                                         generated_on=known.END))[0]  # fmt: skip
    assert "Bleeding" not in first and "No bleeding recorded" not in first


def test_compared_with_the_previous_period_of_the_same_length(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = build_report(known.entries(), KEY_DATES, CATALOG, ReportOptions(dt.date(2026, 10, 19), known.END),
                          generated_on=known.END)  # fmt: skip
    text = " ".join(_text(tmp_path, report))
    assert (
        "Compared with the previous 17 days (2 Oct 2026 – 18 Oct 2026): days with bleeding 3 (before: 7); "
        "pain average not recorded (before: 2.9/10); mood average 3.9/5 (before: 2.2/5); "
        "days recorded 16 (before: 16)."
    ) in text
    alone = build_report(known.entries(), KEY_DATES, CATALOG, ReportOptions(known.START, known.END),
                         generated_on=known.END)  # fmt: skip
    assert alone.comparison is None  # nothing was written in the 35 days before 1 Oct


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_the_full_report_passes_qpdf_and_keeps_the_pdf_a_markers(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = render_report_pdf(_report(include_questions=True), CATALOG)
    (tmp_path / "full.pdf").write_bytes(data)
    result = subprocess.run(["qpdf", "--check", str(tmp_path / "full.pdf")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert b"pdfaid:part" in data and b"pdfaid:conformance" in data


def test_an_hcg_of_zero_sits_on_the_mini_chart_floor(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from journal.core.care.results import HcgUnit, ResultKind, TestResult

    zero = TestResult("", dt.date(2026, 11, 3), ResultKind.HCG, value=0.0, unit=HcgUnit.IU_PER_L)
    report = build_report(known.entries(), KEY_DATES, CATALOG, ReportOptions(known.START, known.END),
                          generated_on=known.END, results=[*known.results(), zero])  # fmt: skip
    assert "3 Nov 2026 0 IU/L" in _text(tmp_path, report)[0]


def test_the_mini_chart_scale_reaches_the_highest_value_in_plain_numbers() -> None:
    from journal.report.hcg_chart import decades

    assert decades(4) == [1, 10] and decades(1450) == [1, 10, 100, 1000, 10000]
    assert decades(1_000_000)[-1] == 1_000_000
