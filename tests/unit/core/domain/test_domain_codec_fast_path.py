"""The unlock's fast path for day rows gives exactly what the strict reader gives, and never lets a
malformed value through: anything unusual falls back to the strict checks, which name the field."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from typing import Any

import pytest

from journal.core.demo import demo_entries, demo_key_dates
from journal.core.domain import codec
from journal.core.domain.entry import DayEntry

START = dt.date(2024, 1, 1)


def _demo_payloads(days: int = 400) -> list[dict[str, Any]]:
    entries = demo_entries(START, days, 3, demo_key_dates(START, days), long_notes=True)
    # Through JSON, as a stored row is: exact JSON types, a fresh dict per row.
    return [json.loads(json.dumps(codec.entry_to_dict(entry))) for entry in entries]


def test_the_fast_path_covers_every_field_of_a_day() -> None:
    assert codec.FAST_PATH_COVERS_ENTRY, "a new DayEntry field needs a line in codec._fast_entry"


def test_the_fast_path_takes_well_formed_rows_and_gives_the_strict_result() -> None:
    payloads = _demo_payloads()
    fast = [codec._fast_entry(copy.deepcopy(p)) for p in payloads]
    assert all(entry is not None for entry in fast), "every demo row is well-formed"
    assert any(entry.medications for entry in fast) and any(
        any(not isinstance(v, (int, float, str)) for v in entry.symptoms.values()) for entry in fast
    ), "medications and measurements are covered"
    strict = [codec._strict_entry_from_dict(copy.deepcopy(p)) for p in payloads]
    assert fast == strict
    for entry in fast:
        assert dataclasses.replace(entry) == entry  # a whole, ordinary dataclass value


BASE = {
    "date": "2026-10-14",
    "mood": 2,
    "feelings": ["grief"],
    "symptoms": {"pads": 3, "temperature": {"value": 38.1, "unit": "C"}, "bleeding": "light"},
    "self_care": ["rest"],
    "medications": [{"name": "pain relief", "amount": "2 tablets"}],
    "note": "A day.",
    "tags": ["hard day"],
    "prompt_ids": ["grief-004"],
}

BAD = [
    ("date", "2026-13-01", "date"),
    ("date", 20261014, "date"),
    ("date", None, "date"),
    ("mood", 6, "mood"),
    ("mood", 0, "mood"),
    ("mood", True, "mood"),
    ("mood", 2.0, "mood"),
    ("mood", "2", "mood"),
    ("feelings", ["grief", 3], "feelings"),
    ("feelings", "grief", "feelings"),
    ("feelings", [None], "feelings"),
    ("self_care", [["rest"]], "self_care"),
    ("tags", {"a": 1}, "tags"),
    ("prompt_ids", [1.5], "prompt_ids"),
    ("note", 5, "note"),
    ("note", None, "note"),
    ("symptoms", [], "symptoms"),
    ("symptoms", {"pads": float("nan")}, "symptoms"),
    ("symptoms", {"pads": float("inf")}, "symptoms"),
    ("symptoms", {"pads": 10**7}, "symptoms"),
    ("symptoms", {"pads": -(10**7)}, "symptoms"),
    ("symptoms", {"bleeding": "x" * 201}, "symptoms"),
    ("symptoms", {"pads": None}, "symptoms"),
    ("symptoms", {"pads": [1]}, "symptoms"),
    ("symptoms", {"temperature": {"value": "38", "unit": "C"}}, "symptoms"),
    ("symptoms", {"temperature": {"value": True, "unit": "C"}}, "symptoms"),
    ("symptoms", {"temperature": {"value": float("nan"), "unit": "C"}}, "symptoms"),
    ("symptoms", {"temperature": {"value": 38.0, "unit": "C" * 9}}, "symptoms"),
    ("symptoms", {"temperature": {"value": 38.0}}, "symptoms"),
    ("medications", "pain relief", "medications"),
    ("medications", [{"amount": "2"}], "medications"),
    ("medications", ["pain relief"], "medications"),
    ("period", "yes", "period"),
    ("period", 1, "period"),
    ("written_at", "2026-10-14T10:00:00", "written_at"),
    ("written_at", 5, "written_at"),
    ("changed_at", "not a time", "changed_at"),
]


@pytest.mark.parametrize(("key", "value", "named"), BAD, ids=[f"{k}={v!r}"[:40] for k, v, _ in BAD])
def test_every_malformed_value_still_raises_naming_the_field(key: str, value: Any, named: str) -> None:
    data = copy.deepcopy(BASE)
    data[key] = value
    assert codec._fast_entry(copy.deepcopy(data)) is None
    with pytest.raises(ValueError, match=named):
        codec.entry_from_dict(data)


def test_rows_with_the_optional_fields_take_the_fast_path_with_the_strict_result() -> None:
    data = {
        **BASE,
        "period": True,
        "written_at": "2026-10-14T08:00:00+01:00",
        "changed_at": "2026-10-15T09:30:00+01:00",
    }
    fast = codec._fast_entry(copy.deepcopy(data))
    assert fast is not None and fast.period and fast.written_at is not None
    strict = codec._strict_entry_from_dict(copy.deepcopy(data))
    assert fast == strict and (fast.written_at, fast.changed_at) == (strict.written_at, strict.changed_at)


def test_rows_with_missing_or_extra_keys_take_the_strict_path_with_the_same_result() -> None:
    short = {"date": "2026-10-14", "mood": 3}
    assert codec._fast_entry(short) is None
    assert codec.entry_from_dict(short) == DayEntry(dt.date(2026, 10, 14), mood=3)
    extra = {**BASE, "imported_from": "somewhere"}
    assert codec._fast_entry(copy.deepcopy(extra)) is None
    assert codec.entry_from_dict(copy.deepcopy(extra)) == codec.entry_from_dict(copy.deepcopy(BASE))


def test_the_fast_path_builds_ordinary_frozen_day_entries() -> None:
    assert codec._BUILT_IS_DAY_ENTRY, "the fast path's builder no longer becomes a DayEntry"
    entry = codec._fast_entry(copy.deepcopy(BASE))
    assert entry is not None and type(entry) is DayEntry
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.note = "changed"  # type: ignore[misc]
    assert dataclasses.replace(entry, note="other").note == "other" and entry.note == "A day."
    assert entry == codec._strict_entry_from_dict(copy.deepcopy(BASE))


def test_one_moment_written_and_changed_is_read_once_and_kept_apart_from_a_later_change() -> None:
    same = {**BASE, "written_at": "2026-10-14T08:00:00+01:00", "changed_at": "2026-10-14T08:00:00+01:00"}
    entry = codec._fast_entry(copy.deepcopy(same))
    assert entry is not None and entry.written_at == entry.changed_at == dt.datetime.fromisoformat(same["written_at"])
    later = {**same, "changed_at": "2026-10-16T08:00:00+01:00"}
    entry = codec._fast_entry(copy.deepcopy(later))
    assert entry is not None and entry.changed_at == dt.datetime.fromisoformat(later["changed_at"])
    assert codec._fast_entry({**same, "written_at": None, "changed_at": "2026-10-14T08:00:00"}) is None
