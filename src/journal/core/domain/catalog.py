"""The symptoms a person can track: defaults from `resources/symptoms/catalog.toml` plus their own.

Each symptom has a kind that decides its control in the check-in, how a typed value is read, and
which values are valid. The catalog checks values; it never interprets them. It is the one place
values are checked: the command line, the check-in and every import call `parse` or `validate`,
which hold a number to its unit's own range (a temperature in °C or °F) and to its `decimals`
(a count such as pads is whole). Messages name a built-in symptom by its key, and one of the
person's own only as "that symptom of your own": its key is made from their words.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from journal.core.content_locale import locale_chain
from journal.core.domain.entry import Measurement, SymptomValue
from journal.core.resources import load_toml

KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_YES = {"yes", "y", "true", "1"}
_NO = {"no", "n", "false", "0"}
_MEASUREMENT = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*°?\s*([A-Za-z]*)\s*$")


class SymptomKind(enum.StrEnum):
    LEVELS = "levels"
    SCALE = "scale"
    YES_NO = "yes_no"
    NUMBER = "number"


class SymptomValueError(ValueError):
    """A value that does not fit its symptom; the message names the symptom and what fits."""


@dataclass(frozen=True, slots=True)
class SymptomDefinition:
    key: str
    kind: SymptomKind
    label: str
    levels: tuple[str, ...] = ()
    level_labels: tuple[str, ...] = ()
    scale_max: int = 0
    units: tuple[str, ...] = ()
    unit_label: str = ""
    minimum: float = 0.0
    maximum: float = 0.0
    decimals: int = 0
    custom: bool = False
    # (unit, lowest, highest) where a unit has its own range, e.g. ("C", 34, 43); else minimum..maximum.
    unit_ranges: tuple[tuple[str, float, float], ...] = ()

    @property
    def _name(self) -> str:
        return "that symptom of your own" if self.custom else self.key

    def range_for(self, unit: str = "") -> tuple[float, float]:
        """The lowest and highest value that fits, in `unit` where the symptom has more than one."""
        for name, low, high in self.unit_ranges:
            if name == unit:
                return low, high
        return self.minimum, self.maximum

    def parse(self, text: str) -> SymptomValue:
        """Read a value typed on the command line or in an import, e.g. "light", "4", "yes", "38.2C"."""
        raw = text.strip()
        if self.kind is SymptomKind.LEVELS:
            lowered = raw.lower()
            if lowered in self.levels:
                return lowered
            raise SymptomValueError(f"{self._name}: use one of {self._levels_hint()}")
        if self.kind is SymptomKind.YES_NO:
            if raw.lower() in _YES:
                return True
            if raw.lower() in _NO:
                return False
            raise SymptomValueError(f"{self._name}: use yes or no")
        if self.kind is SymptomKind.SCALE:
            try:
                number = int(raw)
            except ValueError:
                raise SymptomValueError(f"{self._name}: use a whole number from 0 to {self.scale_max}") from None
            return self.validate(number)
        match = _MEASUREMENT.match(raw)
        if not match:
            raise SymptomValueError(f"{self._name}: use a number{self._unit_hint()}")
        number_value = float(match.group(1).replace(",", "."))
        unit = match.group(2).upper() if len(self.units) > 1 else (self.units[0] if self.units else "")
        if len(self.units) > 1:
            if not unit:
                raise SymptomValueError(f"{self._name}: add the unit, e.g. 37.5{self.units[0]}")
            return self.validate(Measurement(number_value, unit))
        if self.decimals == 0 and number_value.is_integer():
            return self.validate(int(number_value))
        return self.validate(number_value)

    def _levels_hint(self) -> str:
        return "its levels" if self.custom else ", ".join(self.levels)

    def validate(self, value: Any) -> SymptomValue:
        """Return the value if it fits this symptom, else raise SymptomValueError naming the symptom."""
        if self.kind is SymptomKind.LEVELS:
            if isinstance(value, str) and value in self.levels:
                return value
            raise SymptomValueError(f"{self._name}: use one of {self._levels_hint()}")
        if self.kind is SymptomKind.YES_NO:
            if isinstance(value, bool):
                return value
            raise SymptomValueError(f"{self._name}: use yes or no")
        if self.kind is SymptomKind.SCALE:
            if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= self.scale_max:
                return value
            raise SymptomValueError(f"{self._name}: use a whole number from 0 to {self.scale_max}")
        if len(self.units) > 1:
            if not isinstance(value, Measurement) or value.unit not in self.units:
                raise SymptomValueError(f"{self._name}: use a number with one of the units {', '.join(self.units)}")
            if isinstance(value.value, bool) or not isinstance(value.value, int | float):
                raise SymptomValueError(f"{self._name}: use a number{self._unit_hint()}")
            self._check_range(float(value.value), value.unit)
            return value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SymptomValueError(f"{self._name}: use a number{self._unit_hint()}")
        self._check_range(float(value))
        return value

    def numeric(self, value: SymptomValue) -> float | None:
        """A number for charts and summaries: level index, scale value, 1/0, or the number itself."""
        if isinstance(value, Measurement):
            return value.value
        if isinstance(value, bool):
            return 1.0 if value else 0.0
        if isinstance(value, str):
            return float(self.levels.index(value)) if value in self.levels else None
        return float(value)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for storing a custom symptom inside the encrypted settings."""
        return {
            "key": self.key,
            "kind": self.kind.value,
            "label": self.label,
            "levels": list(self.levels),
            "scale_max": self.scale_max,
            "units": list(self.units),
            "minimum": self.minimum,
            "maximum": self.maximum,
            "decimals": self.decimals,
        }

    @classmethod
    def custom_from_dict(cls, data: Mapping[str, Any]) -> SymptomDefinition:
        definition = cls(
            key=str(data["key"]),
            kind=SymptomKind(data["kind"]),
            label=str(data.get("label") or data["key"]),
            levels=tuple(str(level) for level in data.get("levels", ())),
            level_labels=tuple(str(level) for level in data.get("levels", ())),
            scale_max=int(data.get("scale_max", 0)),
            units=tuple(str(unit) for unit in data.get("units", ())),
            unit_label=" ".join(str(unit) for unit in data.get("units", ())[:1]),
            minimum=float(data.get("minimum", 0.0)),
            maximum=float(data.get("maximum", 1e6)),
            decimals=int(data.get("decimals", 1)),
            custom=True,
        )
        definition.check_shape()
        return definition

    def check_shape(self) -> None:
        """Refuse a definition that no control could show (bad key, empty levels, inverted range)."""
        if not KEY_PATTERN.match(self.key):
            raise SymptomValueError(
                f"{self.key!r}: a symptom key is lower-case letters, digits and _, starting with a letter"
            )
        if self.kind is SymptomKind.LEVELS and len(self.levels) < 2:
            raise SymptomValueError(f"{self.key}: a list of levels needs at least two")
        if self.kind is SymptomKind.SCALE and not 1 <= self.scale_max <= 100:
            raise SymptomValueError(f"{self.key}: a scale goes from 0 to a number between 1 and 100")
        if self.kind is SymptomKind.NUMBER and not self.minimum < self.maximum:
            raise SymptomValueError(f"{self.key}: the lowest value must be below the highest")
        if self.kind is SymptomKind.NUMBER and not 0 <= self.decimals <= 3:
            raise SymptomValueError(f"{self.key}: a number has from 0 to 3 decimal places")

    def _check_range(self, number: float, unit: str = "") -> None:
        low, high = self.range_for(unit)
        if not math.isfinite(number) or not low <= number <= high:
            hint = f" °{unit}" if unit else self._unit_hint()
            raise SymptomValueError(f"{self._name}: use a number from {low:g} to {high:g}{hint}")
        if not math.isclose(number, round(number, self.decimals), rel_tol=0.0, abs_tol=1e-9):
            places = "a whole number" if self.decimals == 0 else f"at most {self.decimals} decimal place(s)"
            raise SymptomValueError(f"{self._name}: use {places}")

    def _unit_hint(self) -> str:
        if len(self.units) > 1:
            return f" and a unit ({', '.join(self.units)})"
        return f" ({self.unit_label})" if self.unit_label else ""


@dataclass(frozen=True)
class SymptomCatalog:
    """The symptoms in use, in display order: defaults minus hidden ones, plus the person's own."""

    definitions: tuple[SymptomDefinition, ...]
    hidden: frozenset[str] = field(default_factory=frozenset)

    def __iter__(self) -> Iterator[SymptomDefinition]:
        return iter(self.definitions)

    def __contains__(self, key: object) -> bool:
        return any(d.key == key for d in self.definitions)

    def get(self, key: str) -> SymptomDefinition:
        for definition in self.definitions:
            if definition.key == key:
                return definition
        raise KeyError(key)

    def tracked(self) -> tuple[SymptomDefinition, ...]:
        """The symptoms shown in the check-in; hidden ones stay readable in old entries."""
        return tuple(d for d in self.definitions if d.key not in self.hidden)

    def with_custom(
        self,
        custom: Iterable[SymptomDefinition],
        hidden: Iterable[str] = (),
        order: Iterable[str] = (),
    ) -> SymptomCatalog:
        """This catalog with the person's own symptoms added, some hidden, and an optional order."""
        by_key = {d.key: d for d in self.definitions}
        for definition in custom:
            if definition.key not in by_key:
                by_key[definition.key] = definition
        ordered = [by_key.pop(key) for key in order if key in by_key]
        ordered.extend(by_key.values())
        return SymptomCatalog(tuple(ordered), frozenset(hidden) | self.hidden)


def _in_locale(values: dict[str, Any], chain: tuple[str, ...], default: Any) -> Any:
    """The value for the most specific locale of `chain` that the catalog names ("de_AT", "de", "en")."""
    return next((values[name] for name in chain if name in values), default)


def load_default_catalog(locale: str = "en") -> SymptomCatalog:
    """Read the bundled defaults; labels in `locale` ("de_AT" tries de_AT, de) where the file has them, else English."""
    data = load_toml("symptoms/catalog.toml")
    chain = locale_chain(locale)
    definitions = []
    for item in data["symptom"]:
        labels = item.get("label", {})
        level_labels = item.get("level_labels", {})
        unit_labels = item.get("unit_label", {})
        units = item.get("units") or ([item["unit"]] if "unit" in item else [])
        levels = tuple(item.get("levels", ()))
        ranges = item.get("ranges", {})
        definitions.append(
            SymptomDefinition(
                key=item["key"],
                kind=SymptomKind(item["kind"]),
                label=_in_locale(labels, chain, labels["en"]),
                levels=levels,
                level_labels=tuple(_in_locale(level_labels, chain, levels)),
                scale_max=int(item.get("max", 0)) if item["kind"] == "scale" else 0,
                units=tuple(units),
                unit_label=_in_locale(unit_labels, chain, ""),
                minimum=float(item.get("min", 0)),
                maximum=float(item.get("max", 0)),
                decimals=int(item.get("decimals", 0)),
                unit_ranges=tuple((unit, float(low), float(high)) for unit, (low, high) in ranges.items()),
            )
        )
    return SymptomCatalog(tuple(definitions))
