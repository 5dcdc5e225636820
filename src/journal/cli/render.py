"""How days look on the terminal: one line per day for `list`, a short block for `show`."""

from __future__ import annotations

from journal.core.domain.catalog import SymptomCatalog
from journal.core.domain.entry import DayEntry, Measurement, SymptomValue
from journal.core.domain.mood import mood_word


def symptom_text(catalog: SymptomCatalog, key: str, value: SymptomValue) -> str:
    label = catalog.get(key).label if key in catalog else key
    if isinstance(value, bool):
        shown = "yes" if value else "no"
    elif isinstance(value, Measurement):
        shown = f"{value.value:g} °{value.unit}"
    elif key in catalog and catalog.get(key).scale_max:
        shown = f"{value}/{catalog.get(key).scale_max}"
    elif key in catalog and catalog.get(key).unit_label and not isinstance(value, str):
        shown = f"{value:g} {catalog.get(key).unit_label}"
    else:
        shown = str(value)
    return f"{label.lower()} {shown}"


def day_line(entry: DayEntry, catalog: SymptomCatalog, width: int = 60) -> str:
    parts = [mood_word(entry.mood) if entry.mood else "no mood"]
    parts += [symptom_text(catalog, key, value) for key, value in entry.symptoms.items()]
    if entry.period:
        parts.append("period")
    line = f"{entry.date.isoformat()}  " + " · ".join(parts)
    first_line = entry.note.strip().splitlines()[0] if entry.note.strip() else ""
    if first_line:
        shortened = first_line if len(first_line) <= width else first_line[: width - 1] + "…"
        line += f"  “{shortened}”"
    return line


def day_block(entry: DayEntry, catalog: SymptomCatalog) -> str:
    lines = [entry.date.strftime("%A %d %B %Y")]
    if entry.mood:
        lines.append(f"Mood: {mood_word(entry.mood)} ({entry.mood}/5)")
    if entry.feelings:
        lines.append("Feelings: " + ", ".join(entry.feelings))
    if entry.symptoms:
        lines.append("Body: " + "; ".join(symptom_text(catalog, k, v) for k, v in entry.symptoms.items()))
    if entry.self_care:
        lines.append("Self-care: " + ", ".join(entry.self_care))
    if entry.medications:
        lines.append("Medications: " + "; ".join(f"{m.name} {m.amount}".strip() for m in entry.medications))
    if entry.period:
        lines.append("Period: this day's bleeding is a period")
    if entry.tags:
        lines.append("Tags: " + ", ".join(entry.tags))
    if entry.note.strip():
        lines += ["", entry.note.strip()]
    return "\n".join(lines)
