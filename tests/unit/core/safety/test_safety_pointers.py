"""The pointer rules: at and around each threshold, in both temperature units, and the file's own checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from journal.core.domain.catalog import load_default_catalog
from journal.core.domain.entry import DayEntry, Measurement
from journal.core.safety.pointers import load_pointer_rules, pointer_for, read_pointer_rules

DAY = dt.date(2026, 11, 24)
RULES = load_pointer_rules()


def hit(**symptoms: object) -> str | None:
    found = pointer_for(DayEntry(DAY, symptoms=dict(symptoms)), RULES)  # type: ignore[arg-type]
    return found.rule_id if found else None


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (37.9, "C", None),
        (37.99, "C", None),
        (38.0, "C", "temperature"),
        (38.6, "C", "temperature"),
        (100.3, "F", None),
        (100.4, "F", "temperature"),
        (101.0, "F", "temperature"),
        (38.6, "K", None),  # a unit the rules do not name is never guessed at
        (99.0, "F", None),  # 99 °F is not 99 °C
    ],
)
def test_temperature_at_and_around_the_threshold_in_both_units(value: float, unit: str, expected: str | None) -> None:
    assert hit(temperature=Measurement(value, unit)) == expected


@pytest.mark.parametrize(
    ("bleeding", "clots", "expected"),
    [
        ("heavy", True, "heavy_bleeding_with_clots"),
        ("heavy", False, None),
        ("moderate", True, None),
        ("heavy", None, None),
        (None, True, None),
    ],
)
def test_heavy_bleeding_counts_only_together_with_clots(bleeding, clots, expected) -> None:
    symptoms = {key: value for key, value in (("bleeding", bleeding), ("clots", clots)) if value is not None}
    assert hit(**symptoms) == expected


@pytest.mark.parametrize(("level", "expected"), [(0, None), (1, None), (2, None), (3, "dizziness")])
def test_dizziness_only_at_its_top_level(level: int, expected: str | None) -> None:
    assert hit(dizziness=level) == expected


def test_the_dizziness_rule_is_the_top_of_the_catalogs_scale() -> None:
    rule = next(rule for rule in RULES if rule.id == "dizziness")
    assert rule.tests[0].at_least == load_default_catalog().get("dizziness").scale_max


@pytest.mark.parametrize(("pain", "expected"), [(0, None), (7, None), (8, "pain"), (9, "pain"), (10, "pain")])
def test_pain_at_eight_of_ten_or_more(pain: int, expected: str | None) -> None:
    assert hit(cramping=pain) == expected


def test_a_quiet_day_or_no_entry_has_no_pointer() -> None:
    assert pointer_for(None, RULES) is None
    assert hit(bleeding="light", cramping=3, temperature=Measurement(36.8, "C")) is None


def test_the_first_rule_in_file_order_is_named_with_its_values() -> None:
    found = pointer_for(DayEntry(DAY, symptoms={"cramping": 9, "temperature": Measurement(38.6, "C")}), RULES)
    assert found is not None and found.rule_id == "temperature"
    assert found.values == (("temperature", Measurement(38.6, "C")),)


def test_a_yes_no_test_is_not_met_by_a_number_one() -> None:
    assert hit(bleeding="heavy", clots=1) is None


def test_every_rule_names_a_symptom_in_the_catalog() -> None:
    keys = {definition.key for definition in load_default_catalog()}
    assert {test.symptom for rule in RULES for test in rule.tests} <= keys


@pytest.mark.parametrize(
    "text",
    [
        "[[pointer]]\nid = 'x'\n",
        "[[pointer]]\nid = 'x'\n[[pointer.when]]\nsymptom = 'pain'\n",
        "[[pointer]]\nid = 'x'\n[[pointer.when]]\nsymptom = 'pain'\nat_least = 3\nis = true\n",
        "[[pointer]]\nid = 'x'\n[[pointer.when]]\nsymptom = 'pain'\nat_least = '8'\n",
        "[[pointer]]\nid = 'x'\nwhom = 1\n",
        "pointer = 3",
        "[[pointer",
    ],
)
def test_a_broken_rules_file_is_refused_with_a_message(tmp_path: Path, text: str) -> None:
    path = tmp_path / "pointers.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=r"pointers\.toml"):
        read_pointer_rules(path)
