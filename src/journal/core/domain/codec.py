"""Plain-data forms of the domain values, for sealing in the store and for the JSON export.

The same functions serve both, so an exported file and a stored row can never disagree on shape.
Reading is strict: a malformed value raises `ValueError` naming the field.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from journal.core.domain.entry import DayEntry, Measurement, Medication, SymptomValue
from journal.core.domain.key_dates import MAX_WEEKS, KeyDate, KeyDateKind, LossKind, Management


def symptom_value_to_data(value: SymptomValue) -> Any:
    if isinstance(value, Measurement):
        return {"value": value.value, "unit": value.unit}
    return value


def symptom_value_from_data(data: Any) -> SymptomValue:
    """A stored or imported symptom value; numbers must be finite and words short."""
    if isinstance(data, dict):
        value, unit = data.get("value"), data.get("unit")
        if isinstance(value, bool) or not isinstance(value, int | float) or not isinstance(unit, str):
            raise ValueError("symptoms: a measurement needs a number and a unit")
        if not math.isfinite(value) or len(unit) > 8:
            raise ValueError("symptoms: a measurement is out of range")
        return Measurement(float(value), unit)
    if isinstance(data, bool):
        return data
    if isinstance(data, int | float):
        if not math.isfinite(data) or abs(data) > 1e6:
            raise ValueError("symptoms: a number is out of range")
        return data
    if isinstance(data, str) and len(data) <= 200:
        return data
    raise ValueError("symptoms: a value is not a number, word or yes/no")


def entry_to_dict(entry: DayEntry) -> dict[str, Any]:
    data: dict[str, Any] = {
        "date": entry.date.isoformat(),
        "mood": entry.mood,
        "feelings": list(entry.feelings),
        "symptoms": {key: symptom_value_to_data(value) for key, value in entry.symptoms.items()},
        "self_care": list(entry.self_care),
        "medications": [{"name": m.name, "amount": m.amount} for m in entry.medications],
        "note": entry.note,
        "tags": list(entry.tags),
        "prompt_ids": list(entry.prompt_ids),
    }
    if entry.period:  # written only when marked, so older rows and files keep their exact shape
        data["period"] = True
    return data


def _strings(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{key}: expected a list of words")
    return tuple(value)


def entry_from_dict(data: dict[str, Any]) -> DayEntry:
    try:
        date = dt.date.fromisoformat(data["date"])
    except (KeyError, TypeError, ValueError):
        raise ValueError("date: expected YYYY-MM-DD") from None
    mood = data.get("mood")
    if mood is not None and (isinstance(mood, bool) or not isinstance(mood, int) or not 1 <= mood <= 5):
        raise ValueError("mood: expected a whole number from 1 to 5")
    symptoms = data.get("symptoms", {})
    if not isinstance(symptoms, dict):
        raise ValueError("symptoms: expected key/value pairs")
    medications = data.get("medications", [])
    if not isinstance(medications, list):
        raise ValueError("medications: expected a list")
    note = data.get("note", "")
    if not isinstance(note, str):
        raise ValueError("note: expected text")
    period = data.get("period", False)
    if not isinstance(period, bool):
        raise ValueError("period: expected true or false")
    try:
        parsed_symptoms = {str(k): symptom_value_from_data(v) for k, v in symptoms.items()}
        parsed_medications = tuple(Medication(str(m["name"]), str(m.get("amount", ""))) for m in medications)
    except (KeyError, TypeError, AttributeError):
        raise ValueError("symptoms or medications: a value is incomplete") from None
    return DayEntry(
        date=date,
        mood=mood,
        feelings=_strings(data, "feelings"),
        symptoms=parsed_symptoms,
        self_care=_strings(data, "self_care"),
        medications=parsed_medications,
        note=note,
        tags=_strings(data, "tags"),
        prompt_ids=_strings(data, "prompt_ids"),
        period=period,
    )


def key_date_to_dict(key_date: KeyDate) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": key_date.id,
        "kind": key_date.kind.value,
        "date": key_date.date.isoformat(),
        "label": key_date.label,
    }
    # Optional details are written only when given, so older rows and files keep their exact shape.
    if key_date.loss_kind is not None:
        data["loss_kind"] = key_date.loss_kind.value
    if key_date.weeks is not None:
        data["weeks"] = key_date.weeks
    if key_date.management is not None:
        data["management"] = key_date.management.value
    if key_date.outcome:
        data["outcome"] = key_date.outcome
    if key_date.gentle_prompts:
        data["gentle_prompts"] = True
    return data


def key_date_from_dict(data: dict[str, Any]) -> KeyDate:
    try:
        weeks = data.get("weeks")
        if weeks is not None and (isinstance(weeks, bool) or not isinstance(weeks, int) or not 0 <= weeks <= MAX_WEEKS):
            raise ValueError("weeks")
        outcome = data.get("outcome", "")
        if not isinstance(outcome, str):
            raise ValueError("outcome")
        loss_kind, management = data.get("loss_kind"), data.get("management")
        gentle_prompts = data.get("gentle_prompts", False)
        if not isinstance(gentle_prompts, bool):
            raise ValueError("gentle_prompts")
        return KeyDate(
            id=str(data["id"]),
            kind=KeyDateKind(data["kind"]),
            date=dt.date.fromisoformat(data["date"]),
            label=str(data.get("label", "")),
            loss_kind=None if loss_kind is None else LossKind(loss_kind),
            weeks=weeks,
            management=None if management is None else Management(management),
            outcome=outcome,
            gentle_prompts=gentle_prompts,
        )
    except (KeyError, TypeError, ValueError):
        raise ValueError("key date: expected id, kind, date and label") from None
