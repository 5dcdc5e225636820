"""How one recorded value reads in a plain export: "light", "4/10", "38.3 °C", "7.5 h", "yes"."""

from __future__ import annotations

from journal.core.domain.catalog import SymptomCatalog, SymptomKind
from journal.core.domain.entry import Measurement, Medication, SymptomValue


def plain_value(value: SymptomValue) -> str:
    """The value alone, machine-friendly: numbers as numbers, yes/no, a level's key."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Measurement):
        return f"{value.value:g}"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def value_with_unit(catalog: SymptomCatalog, key: str, value: SymptomValue) -> str:
    """The value as a person reads it, with its unit or scale."""
    if isinstance(value, Measurement):
        return f"{value.value:g} °{value.unit}" if key == "temperature" else f"{value.value:g} {value.unit}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if key not in catalog:
        return plain_value(value)
    definition = catalog.get(key)
    if definition.kind is SymptomKind.LEVELS and isinstance(value, str) and value in definition.levels:
        labels = definition.level_labels or definition.levels
        return labels[definition.levels.index(value)].lower()
    if definition.kind is SymptomKind.SCALE:
        return f"{value}/{definition.scale_max}"
    unit = definition.unit_label or (definition.units[0] if definition.units else "")
    if unit == "hours":
        unit = "h"
    return f"{plain_value(value)} {unit}".strip()


def medication_text(medication: Medication) -> str:
    return f"{medication.name} ({medication.amount})" if medication.amount else medication.name
