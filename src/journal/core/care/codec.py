"""Plain-data forms of results, questions and the facts card, for the store and the JSON export.

One set of functions serves both, as `domain.codec` does for days. Reading is strict: a value of
the wrong type, an unknown kind or unit, or a number out of range raises `ValueError` naming the field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from journal.core.care.facts import BloodGroup, MedicalFacts, Rh
from journal.core.care.questions import Question
from journal.core.care.results import HcgUnit, HomeTestReading, ResultKind, TestResult

RESULT_RECORD = "result"
QUESTION_RECORD = "question"


def _date(data: dict[str, Any], key: str, *, optional: bool = False) -> dt.date | None:
    value = data.get(key)
    if value is None and optional:
        return None
    try:
        if not isinstance(value, str):
            raise TypeError(key)
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValueError(f"{key}: expected YYYY-MM-DD") from None


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{key}: expected text")
    return value


def _choice(data: dict[str, Any], key: str, kind: Any, what: str) -> Any:
    value = data.get(key)
    if value is None:
        return None
    try:
        return kind(value)
    except (TypeError, ValueError):
        raise ValueError(f"{key}: expected {what}") from None


def _id(data: dict[str, Any]) -> str:
    value = data.get("id")
    if not isinstance(value, str) or len(value) > 64:
        raise ValueError("id: expected an id")
    return value


def result_to_dict(result: TestResult) -> dict[str, Any]:
    data: dict[str, Any] = {"id": result.id, "date": result.date.isoformat(), "kind": result.kind.value}
    if result.value is not None:
        data["value"] = result.value
    if result.unit is not None:
        data["unit"] = result.unit.value
    if result.reading is not None:
        data["result"] = result.reading.value
    if result.note:
        data["note"] = result.note
    if result.place:
        data["place"] = result.place
    if result.non_pregnant_level:
        data["non_pregnant_level"] = True
    return data


def result_from_dict(data: dict[str, Any]) -> TestResult:
    if not isinstance(data, dict):
        raise ValueError("result: expected a record")
    kind = _choice(data, "kind", ResultKind, "hcg, home_test, scan or other")
    if kind is None:
        raise ValueError("kind: expected hcg, home_test, scan or other")
    value = data.get("value")
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        raise ValueError("value: expected a number")
    marked = data.get("non_pregnant_level", False)
    if not isinstance(marked, bool):
        raise ValueError("non_pregnant_level: expected true or false")
    date = _date(data, "date")
    assert date is not None
    return TestResult(
        id=_id(data),
        date=date,
        kind=kind,
        value=None if value is None else float(value),
        unit=_choice(data, "unit", HcgUnit, "IU/L or mIU/mL"),
        reading=_choice(data, "result", HomeTestReading, "positive, faint or negative"),
        note=_text(data, "note"),
        place=_text(data, "place"),
        non_pregnant_level=marked,
    )


def question_to_dict(question: Question) -> dict[str, Any]:
    data: dict[str, Any] = {"id": question.id, "added_on": question.added_on.isoformat(), "text": question.text}
    if question.done_on is not None:
        data["done_on"] = question.done_on.isoformat()
    return data


def question_from_dict(data: dict[str, Any]) -> Question:
    if not isinstance(data, dict):
        raise ValueError("question: expected a record")
    added_on = _date(data, "added_on")
    assert added_on is not None
    return Question(_id(data), added_on, _text(data, "text"), _date(data, "done_on", optional=True))


def facts_to_dict(facts: MedicalFacts) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if facts.blood_group is not None:
        data["blood_group"] = facts.blood_group.value
    if facts.rh is not None:
        data["rh"] = facts.rh.value
    if facts.anti_d_date is not None:
        data["anti_d_date"] = facts.anti_d_date.isoformat()
    if facts.note:
        data["note"] = facts.note
    return data


def facts_from_dict(data: dict[str, Any]) -> MedicalFacts:
    if not isinstance(data, dict):
        raise ValueError("facts: expected key/value pairs")
    unknown = set(data) - {"blood_group", "rh", "anti_d_date", "note"}
    if unknown:
        raise ValueError("facts: holds a field this app does not know")
    return MedicalFacts(
        blood_group=_choice(data, "blood_group", BloodGroup, "O, A, B or AB"),
        rh=_choice(data, "rh", Rh, "positive or negative"),
        anti_d_date=_date(data, "anti_d_date", optional=True),
        note=_text(data, "note"),
    )
