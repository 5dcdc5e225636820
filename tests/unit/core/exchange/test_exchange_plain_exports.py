"""CSV and Markdown exports: documented columns, units, empty cells for what was not recorded."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

from journal.core.domain.catalog import load_default_catalog
from journal.core.domain.entry import DayEntry, Measurement, Medication
from journal.core.domain.key_dates import KeyDate, KeyDateKind
from journal.core.exchange.csv_export import COLUMNS, export_csv
from journal.core.exchange.exporting import PlainFormat, write_export
from journal.core.exchange.markdown_export import export_markdown
from journal.core.journal import Journal

DOCS = Path(__file__).resolve().parents[4] / "docs" / "EXPORT_FORMATS.md"
CATALOG = load_default_catalog()
DAY = DayEntry(
    date=dt.date(2026, 10, 13),
    mood=1,
    feelings=("grief", "anger"),
    symptoms={
        "bleeding": "heavy",
        "pads": 8,
        "clots": True,
        "cramping": 6,
        "sleep_hours": 5.5,
        "temperature": Measurement(100.6, "F"),
    },
    self_care=("rest",),
    medications=(Medication("pain relief", "2 tablets"),),
    note='Cried in the car, "again".\nTold my sister.',
    tags=("hard day",),
)


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_every_csv_column_is_documented() -> None:
    documented = set(re.findall(r"^\| `([a-z_<>]+)` \|", DOCS.read_text(encoding="utf-8"), re.MULTILINE))
    assert set(COLUMNS) <= documented
    assert "custom_<key>" in documented


def test_csv_has_one_row_per_day_with_plain_values_and_units_split_out() -> None:
    text = export_csv([DAY, DayEntry(dt.date(2026, 10, 14), mood=3)], CATALOG)
    rows = _rows(text)
    assert list(rows[0]) == list(COLUMNS)
    first = rows[0]
    assert first["date"] == "2026-10-13" and first["weekday"] == "Tuesday" and first["mood"] == "1"
    assert first["bleeding"] == "heavy" and first["pads"] == "8" and first["clots"] == "yes"
    assert first["temperature"] == "100.6" and first["temperature_unit"] == "F"
    assert first["feelings"] == "grief; anger" and first["medications"] == "pain relief (2 tablets)"
    assert first["note"] == DAY.note
    assert rows[1]["bleeding"] == "" and rows[1]["cramping"] == ""  # not recorded is empty, never 0


def test_custom_symptoms_get_their_own_columns_after_the_fixed_ones() -> None:
    day = DayEntry(dt.date(2026, 10, 14), symptoms={"back_pain": 3})
    header = next(csv.reader(io.StringIO(export_csv([day], CATALOG))))
    assert header == [*COLUMNS, "custom_back_pain"]


def test_markdown_has_one_readable_section_per_day_with_units() -> None:
    text = export_markdown([DAY], [KeyDate("x", KeyDateKind.LOSS, dt.date(2026, 10, 12), "Our loss")], CATALOG,
                           exported_on=dt.date(2026, 11, 24))  # fmt: skip
    assert "## Tuesday 13 October 2026" in text
    assert "- **Mood:** Very low (1/5)" in text
    assert "- **Bleeding:** heavy" in text and "- **Cramping or pain:** 6/10" in text
    assert "- **Temperature:** 100.6 °F" in text and "- **Sleep:** 5.5 h" in text
    assert "Told my sister." in text and "Our loss" in text


def test_write_export_puts_the_file_in_place(demo_journal: Journal, tmp_path: Path) -> None:
    for fmt in PlainFormat:
        target = tmp_path / f"out{fmt.suffix}"
        days = write_export(demo_journal, fmt, target, dt.date(2026, 11, 1), None, today=dt.date(2026, 11, 24))
        assert days == len(demo_journal.days_between(dt.date(2026, 11, 1)))
        assert target.stat().st_size > 100
    assert len(_rows((tmp_path / "out.csv").read_text(encoding="utf-8"))) == days
