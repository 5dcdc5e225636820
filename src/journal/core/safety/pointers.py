"""Quiet pointers to the page on when to contact a clinician, from rules kept as data.

A pointer never interprets anything: it says that a recorded value met a threshold the safety page names,
so the page is one click away. The rules live in `resources/safety/pointers.toml` so they can be read and
checked beside the page, and tested at and around each threshold.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from journal.core.domain.entry import DayEntry, Measurement, SymptomValue
from journal.core.resources import read_toml_file, resources_dir

_RULE_KEYS = frozenset({"id", "when"})
_TEST_KEYS = frozenset({"symptom", "at_least", "is"})


@dataclass(frozen=True, slots=True)
class ValueTest:
    """One recorded value: at least a number (per unit for a measurement), or exactly a word or yes/no."""

    symptom: str
    at_least: float | None = None
    at_least_by_unit: tuple[tuple[str, float], ...] = ()
    equals: str | bool | None = None

    def holds(self, value: SymptomValue | None) -> bool:
        if value is None:
            return False
        if self.equals is not None:
            return type(value) is type(self.equals) and value == self.equals
        if isinstance(value, Measurement):
            threshold = dict(self.at_least_by_unit).get(value.unit)
            return threshold is not None and math.isfinite(value.value) and value.value >= threshold
        if self.at_least is not None and isinstance(value, int | float) and not isinstance(value, bool):
            return math.isfinite(value) and value >= self.at_least
        return False


@dataclass(frozen=True, slots=True)
class PointerRule:
    """A rule holds when every test holds for the same day."""

    id: str
    tests: tuple[ValueTest, ...]

    def holds(self, entry: DayEntry) -> bool:
        return all(test.holds(entry.symptoms.get(test.symptom)) for test in self.tests)


@dataclass(frozen=True, slots=True)
class PointerHit:
    """A rule that held, with the values the person recorded for it (for the one calm line)."""

    rule_id: str
    values: tuple[tuple[str, SymptomValue], ...]


def pointer_for(entry: DayEntry | None, rules: tuple[PointerRule, ...]) -> PointerHit | None:
    """The first rule (in file order) that the day meets, or None."""
    if entry is None:
        return None
    for rule in rules:
        if rule.holds(entry):
            return PointerHit(rule.id, tuple((test.symptom, entry.symptoms[test.symptom]) for test in rule.tests))
    return None


@functools.cache
def load_pointer_rules() -> tuple[PointerRule, ...]:
    """The bundled rules, read once per run."""
    return read_pointer_rules(resources_dir() / "safety" / "pointers.toml")


def read_pointer_rules(path: Path) -> tuple[PointerRule, ...]:
    """Read and check a rules file; raise ValueError naming the rule when something is wrong."""
    data = read_toml_file(path)
    entries = data.get("pointer")
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{path.name}: needs at least one [[pointer]]")
    rules = tuple(_rule(entry, f"{path.name}, pointer #{n}") for n, entry in enumerate(entries, 1))
    ids = [rule.id for rule in rules]
    if len(set(ids)) != len(ids):
        raise ValueError(f"{path.name}: a pointer id appears twice")
    return rules


def _rule(entry: Any, where: str) -> PointerRule:
    if not isinstance(entry, dict) or set(entry) - _RULE_KEYS:
        raise ValueError(f"{where}: expected only {sorted(_RULE_KEYS)}")
    rule_id = entry.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise ValueError(f"{where}: id must be text")
    tests = entry.get("when")
    if not isinstance(tests, list) or not tests:
        raise ValueError(f"{where} ({rule_id}): needs at least one [[pointer.when]]")
    return PointerRule(rule_id, tuple(_test(test, f"{where} ({rule_id})") for test in tests))


def _test(data: Any, where: str) -> ValueTest:
    if not isinstance(data, dict) or set(data) - _TEST_KEYS:
        raise ValueError(f"{where}: a test takes only {sorted(_TEST_KEYS)}")
    symptom = data.get("symptom")
    if not isinstance(symptom, str) or not symptom:
        raise ValueError(f"{where}: symptom must be a catalog key")
    if ("at_least" in data) == ("is" in data):
        raise ValueError(f"{where}: a test needs exactly one of at_least or is")
    if "is" in data:
        equals = data["is"]
        if not isinstance(equals, str | bool):
            raise ValueError(f"{where}: is must be a word or true/false")
        return ValueTest(symptom, equals=equals)
    at_least = data["at_least"]
    if isinstance(at_least, dict):
        if not at_least or not all(
            isinstance(unit, str) and isinstance(v, int | float) and not isinstance(v, bool)
            for unit, v in at_least.items()
        ):
            raise ValueError(f"{where}: at_least by unit must map units to numbers")
        return ValueTest(symptom, at_least_by_unit=tuple((unit, float(v)) for unit, v in sorted(at_least.items())))
    if isinstance(at_least, bool) or not isinstance(at_least, int | float):
        raise ValueError(f"{where}: at_least must be a number")
    return ValueTest(symptom, at_least=float(at_least))
