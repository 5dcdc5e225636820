"""The days as Markdown: one section per day, readable as is in any text editor."""

from __future__ import annotations

import datetime as dt

from journal.core.domain.catalog import SymptomCatalog
from journal.core.domain.entry import DayEntry
from journal.core.domain.key_dates import KeyDate
from journal.core.domain.mood import mood_word
from journal.core.exchange.values import medication_text, value_with_unit


def day_heading(date: dt.date) -> str:
    return f"{date:%A} {date.day} {date:%B %Y}"


def export_markdown(
    entries: list[DayEntry],
    key_dates: list[KeyDate],
    catalog: SymptomCatalog,
    *,
    exported_on: dt.date,
    care_sections: list[str] | None = None,
) -> str:
    lines = ["# My recovery journal", "", f"Exported on {day_heading(exported_on)}.", ""]
    if key_dates:
        lines += ["## Key dates", ""]
        lines += [key_date_item(kd) for kd in key_dates]
        lines.append("")
    lines += care_sections or []
    for entry in entries:
        lines += day_section(entry, catalog)
    return "\n".join(lines).rstrip("\n") + "\n"


def key_date_item(kd: KeyDate) -> str:
    line = f"- {day_heading(kd.date)}: {kd.label or kd.kind.value.replace('_', ' ')}"
    return line + (f" — outcome: {' '.join(kd.outcome.split())}" if kd.outcome else "")


def day_section(entry: DayEntry, catalog: SymptomCatalog) -> list[str]:
    lines = [f"## {day_heading(entry.date)}", ""]
    facts: list[str] = []
    if entry.mood is not None:
        facts.append(f"- **Mood:** {mood_word(entry.mood)} ({entry.mood}/5)")
    if entry.feelings:
        facts.append(f"- **Feelings:** {', '.join(entry.feelings)}")
    for key, value in entry.symptoms.items():
        label = catalog.get(key).label if key in catalog else key
        facts.append(f"- **{label}:** {value_with_unit(catalog, key, value)}")
    if entry.self_care:
        facts.append(f"- **Self-care:** {', '.join(entry.self_care)}")
    if entry.medications:
        facts.append(f"- **Medications:** {', '.join(medication_text(m) for m in entry.medications)}")
    if entry.tags:
        facts.append(f"- **Tags:** {', '.join(entry.tags)}")
    if entry.period:
        facts.append("- **Period:** this day's bleeding is a period")
    lines += facts
    if facts:
        lines.append("")
    if entry.note.strip():
        # Two trailing spaces keep the person's own line breaks in rendered Markdown.
        lines += [line.rstrip() + "  " if line.strip() else "" for line in entry.note.strip().splitlines()]
        lines.append("")
    return lines
