"""Plain-data forms of the domain values, for sealing in the store and for the JSON export.

The same functions serve both, so an exported file and a stored row can never disagree on shape.
Reading is strict: a malformed value raises `ValueError` naming the field.

Unlocking reads every day, so `entry_from_dict` first tries a fast path that accepts only
well-formed values of the exact JSON types (and builds the entry without the dataclass's
`__init__`); anything else, however slightly unusual, goes through the strict checks, which give
the same result for good data and the field-named `ValueError` for bad.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import operator
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
    for key, moment in (("written_at", entry.written_at), ("changed_at", entry.changed_at)):
        if moment is not None:  # likewise only when known
            data[key] = moment.isoformat()
    return data


def _strings(data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{key}: expected a list of words")
    return tuple(value)


_ENTRY_KEYS = frozenset(
    ("date", "mood", "feelings", "symptoms", "self_care", "medications", "note", "tags", "prompt_ids")
)
_OPTIONAL_KEYS = frozenset(("period", "written_at", "changed_at"))  # written only when set
_ALL_KEYS = _ENTRY_KEYS | _OPTIONAL_KEYS
_ENTRY_FIELDS = tuple(f.name for f in dataclasses.fields(DayEntry))
_required = operator.itemgetter(
    "date", "mood", "note", "feelings", "self_care", "tags", "prompt_ids", "symptoms", "medications"
)
_from_iso = dt.date.fromisoformat
_moment_from_iso = dt.datetime.fromisoformat


class _Built:
    """A twin of `DayEntry` with the same slots, which the fast path fills with plain attribute stores
    and then turns into a `DayEntry` by assigning `__class__` (allowed between classes whose instances
    are laid out alike). Unlocking builds one per day; the frozen class's own `__init__` (or a
    descriptor call per field) costs twice as much. `_BUILT_IS_DAY_ENTRY` checks it works."""

    __slots__ = DayEntry.__slots__

    def __init__(
        self,
        date: dt.date,
        mood: int | None,
        feelings: tuple[str, ...],
        symptoms: dict[str, SymptomValue],
        self_care: tuple[str, ...],
        medications: tuple[Medication, ...],
        note: str,
        tags: tuple[str, ...],
        prompt_ids: tuple[str, ...],
        period: bool,
        written_at: dt.datetime | None,
        changed_at: dt.datetime | None,
    ) -> None:
        self.date, self.mood, self.feelings, self.symptoms = date, mood, feelings, symptoms
        self.self_care, self.medications, self.note, self.tags = self_care, medications, note, tags
        self.prompt_ids, self.period, self.written_at, self.changed_at = prompt_ids, period, written_at, changed_at
        self.__class__ = DayEntry  # type: ignore[assignment]


def _built_is_day_entry() -> bool:
    try:
        sample: Any = _Built(dt.date(2000, 1, 1), 3, ("a",), {}, (), (), "n", (), (), True, None, None)
    except TypeError:  # the layouts differ (a base class or a __dict__ added to DayEntry): never fast
        return False
    expected = DayEntry(dt.date(2000, 1, 1), 3, ("a",), {}, (), (), "n", (), (), True, None, None)
    return type(sample) is DayEntry and sample == expected


# The fast path sets every field itself, so it runs only while it knows them all (a test checks it does).
FAST_PATH_COVERS_ENTRY = frozenset(_ENTRY_FIELDS) == _ALL_KEYS
_BUILT_IS_DAY_ENTRY = FAST_PATH_COVERS_ENTRY and _built_is_day_entry()


def _fast_entry(data: Any) -> DayEntry | None:
    """The entry if `data` is plainly well-formed (exact JSON types, values in range), else None."""
    if type(data) is not dict or not _BUILT_IS_DAY_ENTRY:
        return None
    try:
        date_text, mood, note, feelings, self_care, tags, prompt_ids, symptoms, medications = _required(data)
    except KeyError:
        return None  # older or hand-made rows may leave fields out: the strict path fills them in
    if type(date_text) is not str or type(note) is not str or type(symptoms) is not dict:
        return None
    if type(feelings) is not list or type(self_care) is not list or type(tags) is not list:
        return None
    if type(prompt_ids) is not list or type(medications) is not list:
        return None
    if mood is not None and (type(mood) is not int or not 1 <= mood <= 5):
        return None
    period, written_at, changed_at = False, None, None
    if len(data) != 9:  # the optional fields, when set
        # Every required key is there, so any key beyond them and the optional ones means the strict
        # path (three look-ups; a subset test of the keys' view cost more than the rest of the day).
        if len(data) != 9 + ("period" in data) + ("written_at" in data) + ("changed_at" in data):
            return None
        period = data.get("period", False)
        if type(period) is not bool:
            return None
        written_text, changed_text = data.get("written_at"), data.get("changed_at")
        if written_text is not None:
            if type(written_text) is not str or len(written_text) > 40:
                return None
            try:
                written_at = _moment_from_iso(written_text)
            except ValueError:
                return None
            if written_at.tzinfo is None:
                return None
        if changed_text is not None:
            if changed_text == written_text:
                changed_at = written_at  # most days were written once: one moment, parsed once
            else:
                if type(changed_text) is not str or len(changed_text) > 40:
                    return None
                try:
                    changed_at = _moment_from_iso(changed_text)
                except ValueError:
                    return None
                if changed_at.tzinfo is None:
                    return None
    try:
        "".join(feelings + self_care + tags + prompt_ids)  # TypeError unless every item is text, at C speed
        date = _from_iso(date_text)
    except (TypeError, ValueError):
        return None
    measured = False
    for value in symptoms.values():
        kind = type(value)
        if kind is int or kind is float:
            if not -1e6 <= value <= 1e6:  # also false for NaN
                return None
        elif kind is str:
            if len(value) > 200:
                return None
        elif kind is dict:
            measured = True
        elif kind is not bool:
            return None  # anything odd: the strict path
    if measured:
        symptoms = _fast_measurements(symptoms)
        if symptoms is None:
            return None
    taken: tuple[Medication, ...] | None = _fast_medications(medications) if medications else ()
    if taken is None:
        return None
    entry: DayEntry = _Built(  # type: ignore[assignment]  # it is one once built
        date,
        mood,
        tuple(feelings),
        symptoms,
        tuple(self_care),
        taken,
        note,
        tuple(tags),
        tuple(prompt_ids),
        period,
        written_at,
        changed_at,
    )
    return entry


def _fast_measurements(symptoms: dict[str, Any]) -> dict[str, SymptomValue] | None:
    converted: dict[str, SymptomValue] = {}
    for key, value in symptoms.items():
        if type(value) is dict:
            if len(value) != 2:
                return None
            number: Any = value.get("value")
            unit = value.get("unit")
            kind = type(number)
            if (kind is not float and kind is not int) or not -1e300 <= number <= 1e300:
                return None
            if type(unit) is not str or len(unit) > 8:
                return None
            value = Measurement(float(number), unit)
        converted[key] = value
    return converted


def _fast_medications(medications: list[Any]) -> tuple[Medication, ...] | None:
    taken = []
    for item in medications:
        if type(item) is not dict or len(item) != 2:
            return None
        name, amount = item.get("name"), item.get("amount")
        if type(name) is not str or type(amount) is not str:
            return None
        taken.append(Medication(name, amount))
    return tuple(taken)


plain_entry_or_none = _fast_entry  # for the unlock's loop, which falls back to `entry_from_dict` itself


def entry_from_dict(data: dict[str, Any]) -> DayEntry:
    fast = _fast_entry(data)
    if fast is not None:
        return fast
    return _strict_entry_from_dict(data)


def _strict_entry_from_dict(data: dict[str, Any]) -> DayEntry:
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
        written_at=_moment(data, "written_at"),
        changed_at=_moment(data, "changed_at"),
    )


def _moment(data: dict[str, Any], key: str) -> dt.datetime | None:
    """An optional ISO date and time with its offset (when a day was written or changed)."""
    value = data.get(key)
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(value) if isinstance(value, str) and len(value) <= 40 else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ValueError(f"{key}: expected a date and time with its offset")
    return moment


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
