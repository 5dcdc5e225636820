"""One row per recorded day, for a spreadsheet. Columns are listed in docs/EXPORT_FORMATS.md.

Fixed columns come first and never move; the person's own symptoms follow as `custom_<key>`.
Lists are joined with "; " and a temperature is split into its number and its unit.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from journal.core.domain.catalog import SymptomCatalog
from journal.core.domain.entry import DayEntry, Measurement
from journal.core.exchange.values import medication_text, plain_value

BUILT_IN_SYMPTOMS = (
    "bleeding", "pads", "clots", "cramping", "tiredness", "sleep_hours", "temperature", "breast", "nausea",
    "headache", "dizziness",
)  # fmt: skip
COLUMNS = (
    "date", "weekday", "mood", "feelings",
    *BUILT_IN_SYMPTOMS[:7], "temperature_unit", *BUILT_IN_SYMPTOMS[7:],
    "self_care", "medications", "tags", "note", "period",
)  # fmt: skip
LIST_SEPARATOR = "; "


def custom_columns(catalog: SymptomCatalog, entries: list[DayEntry]) -> list[str]:
    """`custom_<key>` for every symptom the days hold that is not one of the built-in ones."""
    keys = dict.fromkeys(d.key for d in catalog if d.key not in BUILT_IN_SYMPTOMS)
    for entry in entries:
        keys.update(dict.fromkeys(k for k in entry.symptoms if k not in BUILT_IN_SYMPTOMS))
    return [f"custom_{key}" for key in keys if any(key in e.symptoms for e in entries)]


def export_csv(entries: list[DayEntry], catalog: SymptomCatalog) -> str:
    extra = custom_columns(catalog, entries)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([*COLUMNS, *extra])
    for entry in entries:
        writer.writerow(_row(entry, extra))
    return buffer.getvalue()


def _row(entry: DayEntry, extra: list[str]) -> list[str]:
    cells: dict[str, str] = {
        "date": entry.date.isoformat(),
        "weekday": _weekday(entry.date),
        "mood": str(entry.mood) if entry.mood is not None else "",
        "feelings": LIST_SEPARATOR.join(entry.feelings),
        "self_care": LIST_SEPARATOR.join(entry.self_care),
        "medications": LIST_SEPARATOR.join(medication_text(m) for m in entry.medications),
        "tags": LIST_SEPARATOR.join(entry.tags),
        "note": entry.note,
        "period": "yes" if entry.period else "",
    }
    for key, value in entry.symptoms.items():
        column = key if key in BUILT_IN_SYMPTOMS else f"custom_{key}"
        cells[column] = plain_value(value)
        if isinstance(value, Measurement) and key == "temperature":
            cells["temperature_unit"] = value.unit
    return [cells.get(column, "") for column in (*COLUMNS, *extra)]


def _weekday(date: dt.date) -> str:
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[date.weekday()]
