"""How days look on the terminal: one line per day for `list`, a short block for `show`."""

from __future__ import annotations

from journal.core.domain.catalog import SymptomCatalog, SymptomDefinition
from journal.core.domain.entry import DayEntry, Measurement, SymptomValue
from journal.core.domain.mood import mood_word


def symptom_text(catalog: SymptomCatalog, key: str, value: SymptomValue) -> str:
    return _symptom_text(catalog.get(key) if key in catalog else None, key, value)


def _symptom_text(definition: SymptomDefinition | None, key: str, value: SymptomValue) -> str:
    label = definition.label if definition is not None else key
    if isinstance(value, bool):
        shown = "yes" if value else "no"
    elif isinstance(value, Measurement):
        shown = f"{value.value:g} °{value.unit}"
    elif definition is not None and definition.scale_max:
        shown = f"{value}/{definition.scale_max}"
    elif definition is not None and definition.unit_label and not isinstance(value, str):
        shown = f"{value:g} {definition.unit_label}"
    else:
        shown = str(value)
    return f"{label.lower()} {shown}"


class DayLines:
    """`list` and `search` lines for many days of one journal: the catalog is looked up once, not per symptom.

    A catalog finds a symptom by walking its definitions, so ten years of days asked it tens of
    thousands of times; here each key's definition and each (key, value)'s words are kept.
    """

    def __init__(self, catalog: SymptomCatalog, width: int = 60) -> None:
        self._definitions: dict[str, SymptomDefinition] = {}
        for definition in catalog:
            self._definitions.setdefault(definition.key, definition)  # the first wins, as `catalog.get`
        self._width = width
        self._moods: dict[int, str] = {}
        self._words: dict[tuple[str, type, SymptomValue], str] = {}

    def _mood(self, mood: int) -> str:
        word = self._moods.get(mood)
        if word is None:
            word = self._moods[mood] = mood_word(mood)
        return word

    def _symptom(self, key: str, value: SymptomValue) -> str:
        cache_key = (key, type(value), value)  # the type too: True and 1 are equal but read differently
        words = self._words.get(cache_key)
        if words is None:
            words = self._words[cache_key] = _symptom_text(self._definitions.get(key), key, value)
        return words

    def line(self, entry: DayEntry) -> str:
        parts = [self._mood(entry.mood) if entry.mood else "no mood"]
        parts += [self._symptom(key, value) for key, value in entry.symptoms.items()]
        if entry.period:
            parts.append("period")
        line = f"{entry.date.isoformat()}  " + " · ".join(parts)
        # Only the note's first line is shown: split a piece just longer than the line, not the whole note.
        width = self._width
        head = entry.note.strip()[: width + 1]
        first_line = head.splitlines()[0] if head else ""
        if first_line:
            shortened = first_line if len(first_line) <= width else first_line[: width - 1] + "…"
            line += f"  “{shortened}”"
        return line


def day_line(entry: DayEntry, catalog: SymptomCatalog, width: int = 60) -> str:
    return DayLines(catalog, width).line(entry)


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
